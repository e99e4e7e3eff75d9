// Operator commands: node run states, node replacement, plan controls. A command that cannot be
// applied changes nothing and comes back as `command-rejected` with what to do instead. The API layer
// can ask `commandError` first to answer the operator synchronously.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { continuePlan, forceCompleteStep, interruptPlan, resolveStep, restartStep } from '../plans';
import { RECONCILIATION_PLAN } from '../reconcile';
import { deployView, DEPLOY_PLAN } from './deploy-plan';
import { enforceRunState, runStateChangeBlocker } from './lifecycle';
import { isLeaving, runStateName, runStateOf } from './node-facts';
import { analyzeNodeSet, applySeeds } from './node-set';
import { reviveFor } from './offer-flow';
import { replaceBlocker, replaceNode } from './replace';
import type { NodeRecord, OperatorCommand } from './types';
import type { Working } from './working';
import { jobPlanCommandError, applyJobPlanCommand, isJobPlanName } from './jobs/job-plan';
import { jobPlanName } from './jobs/job-facts';
import { abortJob, abortJobError, startJob, startJobError } from './jobs/start';
import { progressJob } from './jobs/engine';
import { chooseForDecommission, decommissionBlocker, setSeedBlocker, setSeedPreference } from './node-ops';

type PlanCommand = Extract<OperatorCommand, { plan: string }>;

export function handleOperatorCommand(w: Working, command: OperatorCommand): void {
  const error = commandError(w, command);
  if (error !== undefined) {
    w.emit({ type: 'command-rejected', command, error, reason: `operator command ${command.kind} rejected: ${error}` });
    return;
  }
  switch (command.kind) {
    case 'set-run-state':
      setRunState(w, requireNode(w, command.nodeId), command);
      return;
    case 'replace-node': {
      const replacement = replaceNode(w, requireNode(w, command.nodeId), 'requested by an operator');
      applySeeds(w, analyzeNodeSet(w.nodes, w.target.nodeCount));
      reviveFor(w, w.node(replacement.nodeId), `it replaces ${command.nodeId}`);
      return;
    }
    case 'decommission-node':
      chooseForDecommission(w, requireNode(w, command.nodeId));
      return;
    case 'set-seed':
      setSeedPreference(w, requireNode(w, command.nodeId), command.seed);
      return;
    case 'start-job':
      startJob(w, command);
      progressJob(w);
      return;
    case 'abort-job':
      abortJob(w, command);
      progressJob(w);
      return;
    case 'interrupt-plan':
    case 'continue-plan':
    case 'force-complete-step':
    case 'restart-step':
      if (isJobPlanName(w, command.plan)) {
        applyJobPlanCommand(w, command);
        progressJob(w);
        return;
      }
      applyPlanCommand(w, command);
      return;
  }
}

/** Why the command cannot be applied now, or undefined. */
export function commandError(w: Working, command: OperatorCommand): string | undefined {
  switch (command.kind) {
    case 'set-run-state': {
      const node = w.node(command.nodeId);
      return node ? runStateChangeBlocker(node, command.runState) : unknownNode(w, command.nodeId);
    }
    case 'replace-node': {
      const node = w.node(command.nodeId);
      return node ? replaceBlocker(w, node, analyzeNodeSet(w.nodes, w.target.nodeCount)) : unknownNode(w, command.nodeId);
    }
    case 'decommission-node': {
      const node = w.node(command.nodeId);
      return node ? decommissionBlocker(w, node) : unknownNode(w, command.nodeId);
    }
    case 'set-seed': {
      const node = w.node(command.nodeId);
      return node ? setSeedBlocker(w, node, command.seed) : unknownNode(w, command.nodeId);
    }
    case 'start-job':
      return startJobError(w, command.request);
    case 'abort-job':
      return abortJobError(w, command);
    case 'interrupt-plan':
    case 'continue-plan':
    case 'force-complete-step':
    case 'restart-step':
      return isJobPlanName(w, command.plan) ? jobPlanCommandError(w, command) : planCommandError(w, command);
  }
}

function unknownNode(w: Working, nodeId: string): string {
  const ids = [...w.nodes.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const shown = ids.slice(0, 20).join(', ') + (ids.length > 20 ? `, ... (${ids.length} nodes)` : '');
  return `there is no node '${nodeId}'; the nodes are: ${shown || '(none yet)'}`;
}

function requireNode(w: Working, nodeId: string): NodeRecord {
  const node = w.node(nodeId);
  if (!node) throw new Error(`node ${nodeId} vanished between the check and the command`);
  return node;
}

function setRunState(w: Working, node: NodeRecord, command: Extract<OperatorCommand, { kind: 'set-run-state' }>): void {
  if (runStateName(node) === command.runState) {
    w.emit({ type: 'log', level: 'info', reason: `${node.nodeId} is already ${command.runState}` });
    return;
  }
  const updated = cassandra_mesos.v1.NodeRecord.create({ ...node, targetRunState: runStateOf(command.runState) });
  w.putNode(updated, `an operator set ${node.nodeId} to ${command.runState} (was ${runStateName(node)})`);
  const now = enforceRunState(w, updated);
  reviveFor(w, now, `an operator set it to ${command.runState}`);
}

function planCommandError(w: Working, command: PlanCommand): string | undefined {
  if (command.plan === RECONCILIATION_PLAN) {
    return `the ${RECONCILIATION_PLAN} plan is not operator-controlled: it completes when Mesos has answered for every known task`;
  }
  if (command.plan !== DEPLOY_PLAN) {
    const job = w.job ? `, ${jobPlanName(w.job.header.type)}` : '';
    return `there is no plan '${command.plan}'; the plans are: ${RECONCILIATION_PLAN}, ${DEPLOY_PLAN}${job}`;
  }
  if (command.kind === 'force-complete-step' || command.kind === 'restart-step') {
    const resolved = resolveStep(currentDeployPlan(w), undefined, command.step);
    if ('error' in resolved) return resolved.error;
  }
  return undefined;
}

function currentDeployPlan(w: Working): ReturnType<typeof deployView>['plan'] {
  return deployView({
    target: w.target,
    set: analyzeNodeSet(w.nodes, w.target.nodeCount),
    volatile: w.volatile,
    rejectedErrors: w.before.rejectedErrors,
    control: w.planControls.get(DEPLOY_PLAN),
    nowMs: w.nowMs,
    nextNodeIndex: w.framework?.nextNodeIndex,
  }).plan;
}

function applyPlanCommand(w: Working, command: PlanCommand): void {
  const control = w.planControls.get(DEPLOY_PLAN);
  switch (command.kind) {
    case 'interrupt-plan':
      w.putPlanControl(interruptPlan(control, DEPLOY_PLAN, w.nowMs), 'an operator interrupted the deploy plan: no new work is started');
      return;
    case 'continue-plan':
      w.putPlanControl(continuePlan(control, DEPLOY_PLAN, w.nowMs), 'an operator continued the deploy plan');
      break;
    case 'force-complete-step': {
      const name = stepName(w, command.step);
      w.putPlanControl(forceCompleteStep(control, DEPLOY_PLAN, name, w.nowMs), `an operator force-completed deploy step ${name}`);
      break;
    }
    case 'restart-step': {
      const name = stepName(w, command.step);
      w.putPlanControl(restartStep(control, DEPLOY_PLAN, name, w.nowMs), `an operator restarted deploy step ${name}`);
      retryRingDeparture(w, name);
      break;
    }
  }
  if (w.volatile.suppressed && w.volatile.subscribed) {
    w.volatile.suppressed = false;
    w.emit({ type: 'revive', reason: `the deploy plan may have work again (${command.kind})` });
  }
}

/** Restarting the step of a node whose decommission failed sends the request again. */
function retryRingDeparture(w: Working, stepName: string): void {
  const node = w.node(stepName); // deploy steps are named after their node
  if (!node || !isLeaving(node) || node.removalError === '') return;
  w.putNode(cassandra_mesos.v1.NodeRecord.create({ ...node, removalError: '', removalRequestedAtMs: 0 }), `an operator retries the removal of ${node.nodeId}`);
}

/** The step's name (the API may pass a step id). */
function stepName(w: Working, ref: string): string {
  const resolved = resolveStep(currentDeployPlan(w), undefined, ref);
  return 'error' in resolved ? ref : resolved.step.name;
}
