// Events about plans: a deploy step changing status, the deploy plan's own status, and operator
// controls (interrupt, continue, force-complete, restart of a step) on any plan.
import type { Plan } from '../../plans';
import { deployPlan } from '../decide';
import { DEPLOY_PLAN } from '../deploy-plan';
import type { PlanControl, SchedulerState } from '../types';
import type { ClusterEventDraft, ClusterEventLevel } from './types';

type Emit = (event: Omit<ClusterEventDraft, 'at'>) => void;

const NODE_ID = /^node-\d+$/;

export function planEvents(prev: SchedulerState, next: SchedulerState, nowMs: number, emit: Emit): void {
  controlEvents(prev, next, emit);
  if (!plansMayDiffer(prev, next)) return;
  // Both at the same time: only what this change did shows, not what the clock did since the last one.
  const before = deployPlan(prev, nowMs);
  const after = deployPlan(next, nowMs);
  deployStepEvents(before, after, emit);
  if (before.status !== after.status) {
    const problem = after.status === 'ERROR' && after.errors[0] ? `: ${after.errors[0]}` : '';
    emit({
      level: statusLevel(after.status),
      kind: 'plan-status',
      plan: DEPLOY_PLAN,
      message: `deploy plan ${before.status} → ${after.status}${problem}`,
    });
  }
}

function deployStepEvents(before: Plan, after: Plan, emit: Emit): void {
  const old = new Map(
    before.phases.flatMap((phase) =>
      phase.steps.map((step) => [`${phase.name}/${step.name}`, step] as const),
    ),
  );
  for (const phase of after.phases) {
    for (const step of phase.steps) {
      const was = old.get(`${phase.name}/${step.name}`);
      // A step that just appeared belongs to a node that just appeared: the node event says so.
      if (!was || was.status === step.status) continue;
      const where = phase.name === after.phases[0]?.name ? '' : ` (${phase.name})`;
      const detail = step.status === 'ERROR' || step.status === 'WAITING' ? `: ${step.message}` : '';
      emit({
        level: statusLevel(step.status),
        kind: 'plan-step',
        plan: DEPLOY_PLAN,
        ...(NODE_ID.test(step.name) ? { nodeId: step.name } : {}),
        message: `deploy step ${step.name}${where} ${was.status} → ${step.status}${detail}`,
      });
    }
  }
}

function controlEvents(prev: SchedulerState, next: SchedulerState, emit: Emit): void {
  if (prev.planControls === next.planControls) return;
  for (const [plan, control] of next.planControls) {
    const was = prev.planControls.get(plan);
    if (was === control) continue;
    if (!was?.interrupted && control.interrupted) {
      const canary =
        was?.canaryConfigId && !control.canaryConfigId
          ? ' after its canary node: check that node, then continue the plan'
          : '';
      emit({ level: 'warn', kind: 'plan-interrupted', plan, message: `${plan} plan interrupted${canary}` });
    } else if (was?.interrupted && !control.interrupted) {
      emit({ level: 'info', kind: 'plan-continued', plan, message: `${plan} plan continued` });
    }
    overrideEvents(plan, was, control, emit);
  }
}

function overrideEvents(plan: string, was: PlanControl | undefined, control: PlanControl, emit: Emit): void {
  const old = new Map((was?.overrides ?? []).map((o) => [o.stepName ?? '', o]));
  for (const o of control.overrides) {
    const step = o.stepName ?? '';
    const before = old.get(step);
    const nodeId = NODE_ID.test(step) ? { nodeId: step } : {};
    if (o.forceComplete && !before?.forceComplete) {
      emit({
        level: 'warn',
        kind: 'plan-step',
        plan,
        ...nodeId,
        message: `${plan} step ${step} force-completed by an operator`,
      });
    }
    if ((o.restartRequestedAtMs ?? 0) > (before?.restartRequestedAtMs ?? 0)) {
      emit({
        level: 'info',
        kind: 'plan-step',
        plan,
        ...nodeId,
        message: `${plan} step ${step} restarted by an operator`,
      });
    }
  }
}

function statusLevel(status: Plan['status']): ClusterEventLevel {
  if (status === 'ERROR') return 'error';
  return status === 'WAITING' ? 'warn' : 'info';
}

/**
 * False when nothing the deploy plan is derived from changed (a tick that found nothing to do): then
 * deriving it twice is skipped, which keeps every tick of a large cluster cheap.
 */
function plansMayDiffer(prev: SchedulerState, next: SchedulerState): boolean {
  if (
    prev.nodes !== next.nodes ||
    prev.planControls !== next.planControls ||
    prev.target !== next.target ||
    prev.rejectedErrors !== next.rejectedErrors ||
    prev.framework !== next.framework ||
    prev.job !== next.job
  ) {
    return true;
  }
  const a = prev.volatile;
  const b = next.volatile;
  return (
    a.reconciliation !== b.reconciliation ||
    a.offerShortfalls !== b.offerShortfalls ||
    a.lastLaunchAtMs !== b.lastLaunchAtMs ||
    a.subscribed !== b.subscribed ||
    a.settings !== b.settings
  );
}
