// The "reconciliation" plan operators see: one step, COMPLETE once every known task has answered.
import type { PlanSpec, Status } from '../plans/types';
import type { ReconcileTracker } from './tracker';

export const RECONCILIATION_PLAN = 'reconciliation';
export const RECONCILIATION_STEP = 'reconcile-tasks';

export function reconciliationPlanSpec(tracker: ReconcileTracker, nowMs: number): PlanSpec {
  const { status, message } = describe(tracker, nowMs);
  return {
    name: RECONCILIATION_PLAN,
    strategy: 'serial',
    phases: [
      {
        name: RECONCILIATION_PLAN,
        strategy: 'serial',
        steps: [{ name: RECONCILIATION_STEP, status, message }],
      },
    ],
    errors: [],
  };
}

function describe(tracker: ReconcileTracker, nowMs: number): { status: Status; message: string } {
  switch (tracker.phase) {
    case 'idle':
      return { status: 'PENDING', message: 'waiting for the subscription with the Mesos master' };
    case 'explicit': {
      const waiting = tracker.pendingTasks.length;
      const next = tracker.nextAtMs === undefined ? '' : `; next ask in ${seconds(tracker.nextAtMs - nowMs)}`;
      return {
        status: 'IN_PROGRESS',
        message: `waiting for ${waiting} of ${tracker.roundSize} known tasks to answer (asked ${tracker.asks} times${next})`,
      };
    }
    case 'implicit': {
      const every = seconds(tracker.settings.implicitIntervalMs);
      return {
        status: 'COMPLETE',
        message: `all ${tracker.roundSize} known tasks answered; implicit reconciliation every ${every}`,
      };
    }
  }
}

function seconds(ms: number): string {
  return `${Math.max(0, Math.ceil(ms / 1000))}s`;
}
