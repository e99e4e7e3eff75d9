// Repairs the scheduler runs by itself (repair_interval_days, repair_window), and the cleanup it
// suggests after a scale-up. A scheduled repair is an ordinary REPAIR job of every node (requested by
// "schedule"); it starts only when no job runs and every node is live, inside the window, once the
// oldest node's last successful repair (or the last scheduled start, or the framework's registration)
// is a full interval ago, so a failing repair is retried the next interval, not on every pass.
import { cassandra_mesos } from '../../gen/cassandra_mesos';
import { inRepairWindow, nextWindowStartMs, parseRepairWindow } from '../../framework-config/repair-window';
import { isLive } from '../node-facts';
import { analyzeNodeSet } from '../node-set';
import { normalizeTarget } from '../target';
import type { FrameworkRecord, NodeRecord, SchedulerState } from '../types';
import type { Working } from '../working';
import { countable, startJob } from './start';

export interface RepairScheduleView {
  readonly enabled: boolean;
  readonly intervalMs: number;
  /** When the next scheduled repair is due (ignoring the window); undefined when the schedule is off. */
  readonly dueAtMs: number | undefined;
  /** When it can start: the due time moved into the window. */
  readonly nextStartMs: number | undefined;
  /** The oldest node's last successful repair (0 = some node was never repaired). */
  readonly oldestRepairAtMs: number;
}

const DAY_MS = 24 * 3600_000;

/**
 * When the schedule starts the next repair: a full interval after the latest of the oldest node
 * repair, the last scheduled start and the framework's registration; never before now; moved into the
 * window. Undefined without a schedule. The one rule the core and the API share.
 */
export function nextScheduledRepairMs(
  config: { readonly repairIntervalDays: number; readonly repairWindow: string },
  framework: Pick<FrameworkRecord, 'lastScheduledRepairAtMs' | 'registeredAtMs'> | undefined,
  oldestRepairMs: number,
  nowMs: number,
): number | undefined {
  if (!config.repairIntervalDays) return undefined;
  const since = Math.max(oldestRepairMs, Number(framework?.lastScheduledRepairAtMs ?? 0), Number(framework?.registeredAtMs ?? 0));
  return nextWindowStartMs(parseRepairWindow(config.repairWindow).window, Math.max(since + config.repairIntervalDays * DAY_MS, nowMs));
}

function oldestRepair(nodes: readonly NodeRecord[]): number {
  return nodes.length === 0 ? 0 : Math.min(...nodes.map((n) => n.lastRepairAtMs));
}

export function repairScheduleView(state: Pick<SchedulerState, 'target' | 'nodes' | 'framework'>, nowMs: number): RepairScheduleView {
  const target = normalizeTarget(state.target.id, state.target.config);
  const { intervalMs } = target.repairSchedule;
  const nodes = analyzeNodeSet(state.nodes, target.nodeCount).countable;
  const oldest = oldestRepair(nodes);
  if (intervalMs <= 0) return { enabled: false, intervalMs: 0, dueAtMs: undefined, nextStartMs: undefined, oldestRepairAtMs: oldest };
  const fw = state.framework;
  const dueAtMs = Math.max(oldest, fw?.lastScheduledRepairAtMs ?? 0, fw?.registeredAtMs ?? 0) + intervalMs;
  return { enabled: true, intervalMs, dueAtMs, nextStartMs: nextScheduledRepairMs(target.config, fw, oldest, nowMs), oldestRepairAtMs: oldest };
}

export function startScheduledRepair(w: Working): void {
  const fw = w.framework;
  if (w.job || !fw || !w.volatile.subscribed) return;
  const view = repairScheduleView({ target: w.before.target, nodes: w.nodes, framework: fw }, w.nowMs);
  if (!view.enabled || view.dueAtMs === undefined || w.nowMs < view.dueAtMs) return;
  if (!inRepairWindow(w.target.repairSchedule.window, w.nowMs)) return;
  const nodes = countable(w);
  if (nodes.length === 0 || nodes.some((n) => !isLive(n))) return;
  startJob(w, { kind: 'start-job', request: { type: 'REPAIR', params: {}, requestedBy: 'schedule' } });
  w.putFramework(
    cassandra_mesos.v1.FrameworkRecord.create({ ...fw, lastScheduledRepairAtMs: w.nowMs }),
    `scheduled repair started (repair_interval_days=${w.target.config.repairIntervalDays}; the oldest node repair was ${view.oldestRepairAtMs === 0 ? 'never' : new Date(view.oldestRepairAtMs).toISOString()})`,
  );
}

/**
 * A node joined a ring that already held data (a scale-up, not a replacement): the nodes that were
 * there keep copies of the ranges it took over until a cleanup drops them. Suggested, never run.
 */
export function suggestCleanup(w: Working, joined: NodeRecord): void {
  const fw = w.framework;
  if (!fw || joined.replacesNodeId !== '') return;
  // Nodes that were serving before this one was even created: the initial deploy suggests nothing.
  const others = countable(w).filter((n) => n.nodeId !== joined.nodeId && n.firstLiveAtMs > 0 && n.firstLiveAtMs <= joined.createdAtMs);
  if (others.length === 0) return;
  const ids = [...new Set([...fw.cleanupSuggestedNodeIds, ...others.map((n) => n.nodeId)])].filter((id) => id !== joined.nodeId);
  w.putFramework(
    cassandra_mesos.v1.FrameworkRecord.create({
      ...fw,
      cleanupSuggestedAtMs: w.nowMs,
      cleanupSuggestedNodeIds: ids,
      cleanupSuggestion: `${joined.nodeId} joined the ring: run a cleanup on ${ids.join(', ')} to drop the data they no longer own (POST /cluster/cleanup/start)`,
    }),
    `${joined.nodeId} joined an existing ring: cleanup suggested for ${ids.join(', ')}`,
  );
}
