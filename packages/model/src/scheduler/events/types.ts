// The operator's view of what the scheduler did: one short, human line per meaningful change of its
// state (a task came up, a step finished, a job ended). Derived from (previous state, next state, now)
// by clusterEventsBetween; the scheduler's journal numbers them (seq) and serves them to the dashboard.

/** info: progress; warn: something an operator may want to look at; error: something failed. */
export type ClusterEventLevel = 'info' | 'warn' | 'error';

/** What changed; dashboards filter and style by it. */
export type ClusterEventKind =
  | 'state-loaded'
  | 'leader'
  | 'mesos'
  | 'config-accepted'
  | 'config-rejected'
  | 'cleanup-suggested'
  | 'node-added'
  | 'node-replaced'
  | 'node-removed'
  | 'node-health'
  | 'node-agent'
  | 'node-run-state'
  | 'node-seed'
  | 'node-removal'
  | 'task-state'
  | 'plan-step'
  | 'plan-status'
  | 'plan-interrupted'
  | 'plan-continued'
  | 'job-started'
  | 'job-stage'
  | 'job-node'
  | 'job-abort'
  | 'job-finished'
  | 'backup-committed';

/** An event before the journal gives it a sequence number. */
export interface ClusterEventDraft {
  /** ISO 8601 time of the change. */
  readonly at: string;
  readonly level: ClusterEventLevel;
  readonly kind: ClusterEventKind;
  readonly nodeId?: string;
  readonly jobId?: string;
  readonly plan?: string;
  /** One short line for people, e.g. "node-1 task RUNNING on 10.0.0.2". */
  readonly message: string;
}

/** A journaled event: seq grows by one per event within one scheduler process. */
export interface ClusterEvent extends ClusterEventDraft {
  readonly seq: number;
}
