// The subscription with the Mesos master: SUBSCRIBED (persist the framework id, reconcile every known
// task explicitly, then implicitly), disconnection, and the periodic tick that drives every timer.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { ReconcileTracker, type ReconcileOutcome } from '../reconcile';
import { advance } from './advance';
import { retryKills } from './kills';
import { analyzeNodeSet, applySeeds, ensureNodeRecords } from './node-set';
import { reviveOrSuppress } from './offer-flow';
import { armCanary } from './canary';
import type { Working } from './working';

/** Version of the state layout this core reads and writes. */
export const STATE_SCHEMA_VERSION = 1;

export function handleSubscribed(w: Working, frameworkId: string, resubscribed: boolean): void {
  if (frameworkId === '') {
    w.emit({ type: 'log', level: 'warn', reason: 'SUBSCRIBED without a framework id: ignored' });
    return;
  }
  const fw = w.framework;
  if (!fw || fw.frameworkId !== frameworkId) {
    if (fw?.frameworkId) {
      w.emit({
        type: 'log',
        level: 'warn',
        reason: `Mesos assigned framework id ${frameworkId}, not the stored ${fw.frameworkId}: the old framework was removed (failover timeout?) and its tasks are gone; they reconcile as lost and are relaunched`,
      });
    }
    w.putFramework(
      cassandra_mesos.v1.FrameworkRecord.create({
        frameworkId,
        registeredAtMs: w.nowMs,
        schemaVersion: fw?.schemaVersion || STATE_SCHEMA_VERSION,
        nextNodeIndex: fw?.nextNodeIndex ?? 0,
      }),
      `framework id ${frameworkId} assigned by Mesos`,
    );
  }
  w.volatile.subscribed = true;
  w.volatile.subscribedAtMs = w.nowMs;
  w.volatile.lastPassAtMs = undefined;
  // A (re)subscription starts unsuppressed.
  w.volatile.suppressed = false;

  const tasks = [...w.nodes.values()].flatMap((n) => n.tasks.map((t) => ({ taskId: t.taskId ?? '', ...(n.agentId ? { agentId: n.agentId } : {}) })));
  emitReconcile(w, w.volatile.reconciliation.startExplicit(tasks, w.nowMs), resubscribed ? 're-subscribed' : 'subscribed');
  emitReconcile(w, w.volatile.reconciliation.tick(w.nowMs), 'explicit reconciliation answered');

  const set = analyzeNodeSet(w.nodes, w.target.nodeCount);
  if (ensureNodeRecords(w, set)) applySeeds(w, analyzeNodeSet(w.nodes, w.target.nodeCount));
}

export function handleDisconnected(w: Working): void {
  w.volatile.subscribed = false;
  w.volatile.lastPassAtMs = undefined;
  w.volatile.suppressed = false;
  w.setTracker(ReconcileTracker.idle(w.settings.reconcile));
}

/** A new target: new node records for a larger count, seeds recomputed, and a pass at once. */
export function handleTargetChanged(w: Working, canary: boolean): void {
  w.emit({ type: 'log', level: 'info', reason: `target configuration is now ${w.target.id} (node_count=${w.target.nodeCount})` });
  armCanary(w, canary);
  if (!w.volatile.subscribed) return;
  const set = analyzeNodeSet(w.nodes, w.target.nodeCount);
  if (ensureNodeRecords(w, set)) applySeeds(w, analyzeNodeSet(w.nodes, w.target.nodeCount));
  w.volatile.lastPassAtMs = undefined;
  handleTick(w);
}

export function handleTick(w: Working): void {
  if (!w.volatile.subscribed) return;
  emitReconcile(w, w.volatile.reconciliation.tick(w.nowMs), 'timer');
  const last = w.volatile.lastPassAtMs;
  if (last !== undefined && w.nowMs - last < w.settings.passIntervalMs) return;
  retryKills(w);
  const needs = advance(w);
  reviveOrSuppress(w, needs.pending);
}

function emitReconcile(w: Working, outcome: ReconcileOutcome, why: string): void {
  w.setTracker(outcome.tracker);
  if (outcome.reconcileTasks && outcome.reconcileTasks.length > 0) {
    const tasks = outcome.reconcileTasks.map((t) => ({ taskId: t.taskId, ...(t.agentId ? { agentId: t.agentId } : {}) }));
    w.emit({ type: 'reconcile', tasks, reason: `explicit reconciliation of ${tasks.length} task(s) (${why})` });
  } else if (outcome.implicit) {
    w.emit({ type: 'reconcile', tasks: [], reason: 'implicit reconciliation: the master reports every task it knows for us' });
  }
}
