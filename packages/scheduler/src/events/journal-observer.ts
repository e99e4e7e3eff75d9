// Feeds the journal from the driver: after every change of the core's state (and once when a term
// loads it), the events between the two states; plus the start of a leadership term.
import { clusterEventsBetween } from '@cassandra-mesos/model';
import type { DriverObserver } from '../driver/driver';
import type { EventJournal } from './event-journal';

/**
 * `base` (e.g. the metrics observer) with the journal fed from its state changes. Deriving events never
 * stops the driver: the driver ignores an observer that throws (and logs it).
 */
export function withEventJournal(journal: EventJournal, base: DriverObserver = {}): DriverObserver {
  return {
    ...base,
    stateChanged: (prev, next, nowMs, decisions) => {
      base.stateChanged?.(prev, next, nowMs, decisions);
      journal.publishAll(clusterEventsBetween(prev, next, nowMs, decisions));
    },
  };
}

export interface LeaderTermInfo {
  readonly host: string;
  readonly apiPort: number;
  readonly pid: number;
  /** The election's term id (ZooKeeper candidate node or the local lock). */
  readonly term: string;
}

/** Records that this process was elected and starts the scheduler (the first event of a term). */
export function publishLeaderEvent(journal: EventJournal, info: LeaderTermInfo, nowMs: number): void {
  journal.publish({
    at: new Date(nowMs).toISOString(),
    level: 'info',
    kind: 'leader',
    message: `this scheduler (${info.host}:${info.apiPort}, pid ${info.pid}) is the leader now (term ${info.term})`,
  });
}
