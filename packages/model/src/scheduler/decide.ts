// decide(): the pure function from (state, one input, now) to the next state and the decisions the
// driver executes in order. Nothing here does I/O or reads a clock; the same arguments always give
// the same result (ids come from ctx.ids).
import { buildPlan, type Plan } from '../plans';
import { RECONCILIATION_PLAN, reconciliationPlanSpec } from '../reconcile';
import { handleOperatorCommand } from './commands';
import { deployView, DEPLOY_PLAN } from './deploy-plan';
import { handleFrameworkMessage } from './health';
import { jobPlan } from './jobs/job-plan';
import { finishJob } from './jobs/engine';
import { applicationsPaused, backupCommitted } from './jobs/stages';
import { analyzeNodeSet } from './node-set';
import { handleOffers } from './offer-handling';
import { handleDisconnected, handleSubscribed, handleTargetChanged, handleTick } from './session';
import { handleAgentFailure, handleExecutorFailure, handleStatus } from './status-handling';
import { normalizeTarget } from './target';
import type { DecideContext, DecideResult, SchedulerInput, SchedulerState } from './types';
import { Working } from './working';

export function decide(state: SchedulerState, input: SchedulerInput, nowMs: number, ctx: DecideContext): DecideResult {
  const w = new Working(input.type === 'target-changed' ? withTarget(state, input) : state, nowMs, ctx);
  switch (input.type) {
    case 'subscribed':
      handleSubscribed(w, input.frameworkId, input.resubscribed);
      break;
    case 'disconnected':
      handleDisconnected(w);
      break;
    case 'offers':
      handleOffers(w, input.offers);
      break;
    case 'rescind':
      // Offers are answered in the same call they arrive in; a launch on a rescinded offer comes back
      // as TASK_LOST/TASK_DROPPED (REASON_INVALID_OFFERS) and a lost RESERVE is found by its absence.
      w.emit({ type: 'log', level: 'info', reason: `offer ${input.offerId} rescinded` });
      break;
    case 'status':
      handleStatus(w, input.status);
      break;
    case 'framework-message':
      handleFrameworkMessage(w, input.agentId, input.executorId, input.data);
      break;
    case 'agent-failure':
      handleAgentFailure(w, input.agentId);
      break;
    case 'executor-failure':
      handleExecutorFailure(w, input.agentId, input.executorId, input.status);
      break;
    case 'tick':
      handleTick(w);
      break;
    case 'operator':
      handleOperatorCommand(w, input.command);
      break;
    case 'target-changed':
      handleTargetChanged(w, input.canary === true);
      break;
    case 'applications-paused':
      applicationsPaused(w, input.jobId, input.ok, input.message, finishJob);
      break;
    case 'backup-committed':
      backupCommitted(w, input.jobId, input.ok, input.message, finishJob);
      break;
  }
  return w.finish();
}

function withTarget(state: SchedulerState, input: Extract<SchedulerInput, { type: 'target-changed' }>): SchedulerState {
  const configVersions = new Map(state.configVersions ?? []);
  for (const [id, config] of input.configVersions ?? []) configVersions.set(id, config);
  // The version nodes currently run stays known, so a change that does not touch them restarts nothing.
  configVersions.set(state.target.id, state.target.config);
  return { ...state, target: input.target, rejectedErrors: input.rejectedErrors, configVersions };
}

/**
 * The plans operators see, derived from state (plus the stored operator controls): "reconciliation",
 * "deploy", and the running job's plan ("repair", "cleanup", "rolling-restart", ...). They survive a failover because everything they are made of is persisted.
 */
export function derivePlans(state: SchedulerState, nowMs: number): Plan[] {
  const reconciliation = buildPlan(reconciliationPlanSpec(state.volatile.reconciliation, nowMs), state.planControls.get(RECONCILIATION_PLAN));
  const deploy = deployPlan(state, nowMs);
  const job = jobPlan(state, nowMs);
  return job ? [reconciliation, deploy, job] : [reconciliation, deploy];
}

/** The "deploy" plan of derivePlans alone (the events feed diffs it between two states). */
export function deployPlan(state: SchedulerState, nowMs: number): Plan {
  const target = normalizeTarget(state.target.id, state.target.config);
  return deployView({
    target,
    set: analyzeNodeSet(state.nodes, target.nodeCount),
    volatile: state.volatile,
    rejectedErrors: state.rejectedErrors,
    control: state.planControls.get(DEPLOY_PLAN),
    nowMs,
    nextNodeIndex: state.framework?.nextNodeIndex,
  }).plan;
}
