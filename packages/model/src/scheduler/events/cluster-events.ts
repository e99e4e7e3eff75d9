// clusterEventsBetween: what an operator would want to read about one change of the scheduler's state.
// Pure: the same (prev, next, now, decisions) always give the same events, in this order: the
// scheduler (Mesos, config), then nodes and tasks, then jobs, then plans.
import { isoTime } from '../gates';
import { jobPlanName } from '../jobs/job-facts';
import { isLive } from '../node-facts';
import type { Decision, SchedulerState } from '../types';
import { nodesCount, shortId } from './format';
import { jobEvents } from './job-events';
import { nodeEvents } from './node-events';
import { planEvents } from './plan-events';
import type { ClusterEventDraft } from './types';

/**
 * The events of the change from `prev` to `next` at `nowMs`, oldest first; [] when nothing an operator
 * cares about changed. `prev` undefined means the state was just loaded (a leadership term starts): one
 * summary event. `decisions` are the ones decide() returned with `next`: a job that finished leaves the
 * state in the same change, and only its archive decision holds its result. Without them a finished
 * job is reported without its result.
 */
export function clusterEventsBetween(
  prev: SchedulerState | undefined,
  next: SchedulerState,
  nowMs: number,
  decisions: readonly Decision[] = [],
): ClusterEventDraft[] {
  const at = isoTime(nowMs);
  const events: ClusterEventDraft[] = [];
  const emit = (event: Omit<ClusterEventDraft, 'at'>): void => {
    events.push({ at, ...event });
  };
  if (!prev) {
    emit({ level: 'info', kind: 'state-loaded', message: loadedSummary(next) });
    return events;
  }
  if (prev === next) return events;
  schedulerEvents(prev, next, emit);
  nodeEvents(prev, next, nowMs, emit);
  jobEvents(prev, next, decisions, emit);
  planEvents(prev, next, nowMs, emit);
  return events;
}

type Emit = (event: Omit<ClusterEventDraft, 'at'>) => void;

function schedulerEvents(prev: SchedulerState, next: SchedulerState, emit: Emit): void {
  const frameworkId = next.framework?.frameworkId ?? '';
  if (!prev.framework?.frameworkId && frameworkId)
    emit({ level: 'info', kind: 'mesos', message: `registered with Mesos as framework ${frameworkId}` });
  if (!prev.volatile.subscribed && next.volatile.subscribed)
    emit({ level: 'info', kind: 'mesos', message: 'subscribed to Mesos' });
  if (prev.volatile.subscribed && !next.volatile.subscribed)
    emit({ level: 'warn', kind: 'mesos', message: 'the Mesos subscription ended; subscribing again' });
  if (prev.target.id !== next.target.id) {
    const counts =
      prev.target.config.nodeCount !== next.target.config.nodeCount
        ? ` (node count ${prev.target.config.nodeCount ?? 0} → ${next.target.config.nodeCount ?? 0})`
        : '';
    emit({
      level: 'info',
      kind: 'config-accepted',
      message: `configuration ${shortId(next.target.id)} accepted${counts}`,
    });
  }
  if (prev.rejectedErrors !== next.rejectedErrors && next.rejectedErrors.length > 0) {
    const problems = next.rejectedErrors.map((e) => `${e.field ?? ''}: ${e.message ?? ''}`).join('; ');
    emit({
      level: 'error',
      kind: 'config-rejected',
      message: `configuration rejected, the previous one keeps running: ${problems}`,
    });
  }
  const suggestion = next.framework?.cleanupSuggestion ?? '';
  if (suggestion && suggestion !== (prev.framework?.cleanupSuggestion ?? ''))
    emit({ level: 'info', kind: 'cleanup-suggested', message: suggestion });
}

/** "state loaded: 3 nodes (2 live), configuration 3f2a1b2c…; repair job 9c1d… running (1/3 nodes done)". */
function loadedSummary(state: SchedulerState): string {
  const nodes = [...state.nodes.values()];
  const live = nodes.filter(isLive).length;
  const job = state.job?.header;
  const running = job
    ? `; ${jobPlanName(job.type)} job ${shortId(job.jobId)} running (${job.completedNodes}/${job.totalNodes} nodes done)`
    : '';
  return `state loaded: ${nodesCount(nodes.length)} (${live} live), configuration ${shortId(state.target.id)}${running}`;
}
