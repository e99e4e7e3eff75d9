// The whole-system simulation, recording the events of every state change its scheduler makes, the way
// the scheduler's driver feeds its journal: (state before, state after, now, the change's decisions).
import { clusterEventsBetween, type ClusterEventDraft } from '../../../src/scheduler/events';
import type { Decision, SchedulerInput } from '../../../src/scheduler/types';
import { Simulation } from '../../sim/simulation';

export class RecordingSimulation extends Simulation {
  readonly events: ClusterEventDraft[] = [];

  override deliver(input: SchedulerInput): Decision[] {
    const prev = this.state;
    const decisions = super.deliver(input);
    if (prev && this.state)
      this.events.push(...clusterEventsBetween(prev, this.state, this.nowMs, decisions));
    return decisions;
  }

  /** The events recorded since `from` (an index into events), as "level kind: message" lines. */
  lines(from = 0): string[] {
    return this.events.slice(from).map((e) => `${e.level} ${e.kind}: ${e.message}`);
  }
}
