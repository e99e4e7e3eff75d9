// The "deploy" plan, derived from state on every pass (only operator controls are stored):
//   phase "Deploy": one step per node, seeds first, then by index; serial. A step is COMPLETE when the
//     node is live with the target config. A config change makes live nodes' steps PENDING again, so
//     the serial strategy rolls the new config out one node at a time, and a node that is not live
//     blocks the ones after it.
//   phase "Decommission" (while a scale-down runs): one step per node being removed, highest index first.
// Rejected config candidates show as plan errors while the old target keeps running.
import { buildPlan, candidateSteps, pruneOverrides } from '../plans';
import type { Plan, PlanSpec, StepSpec } from '../plans';
import { backoffVerdict } from './backoff';
import { initialTokensBlocker } from './initial-tokens';
import { clusterGates, isoTime, launchBlocker, type ClusterGates } from './gates';
import { formatMs, hasJoined, isAgentLost, isLive, isPlaced, isTerminated, nodeIdOf, runStateName, serverTask } from './node-facts';
import type { NodeSet } from './node-set';
import { formatBytes, removalBlocker } from './scale-down';
import type { TargetView } from './target';
import type { ConfigErrorInput, NodeRecord, OfferShortfall, PlanControl, VolatileState } from './types';

export const DEPLOY_PLAN = 'deploy';
export const DEPLOY_PHASE = 'Deploy';
export const DECOMMISSION_PHASE = 'Decommission';

export interface DeployInputs {
  readonly target: TargetView;
  readonly set: NodeSet;
  readonly volatile: VolatileState;
  readonly rejectedErrors: readonly ConfigErrorInput[];
  readonly control: PlanControl | undefined;
  readonly nowMs: number;
  /** FrameworkRecord.next_node_index, for naming the steps of nodes still to be created. */
  readonly nextNodeIndex: number | undefined;
}

export interface DeployView {
  readonly spec: PlanSpec;
  readonly plan: Plan;
  readonly gates: ClusterGates;
  /** Nodes whose step may be worked on now. */
  readonly candidates: ReadonlySet<string>;
  /** Step restarts an operator requested, by node id. */
  readonly restartAt: ReadonlyMap<string, number>;
}

/** Nodes that have a Deploy step: counted, wanting Cassandra up (not STOP/TERMINATE), not being removed. */
export function deployOrder(set: NodeSet): readonly NodeRecord[] {
  const cached = deployOrders.get(set);
  if (cached) return cached;
  const removing = new Set(set.toRemove.map((n) => n.nodeId));
  const seeds: NodeRecord[] = [];
  const others: NodeRecord[] = [];
  // countable is in index order; seeds first, each group keeping that order.
  for (const n of set.countable) {
    const state = runStateName(n);
    if (removing.has(n.nodeId) || (state !== 'RUN' && state !== 'RESTART')) continue;
    (n.seed ? seeds : others).push(n);
  }
  const order = seeds.concat(others);
  deployOrders.set(set, order);
  return order;
}

const deployOrders = new WeakMap<NodeSet, readonly NodeRecord[]>();

export function deployView(inputs: DeployInputs): DeployView {
  const { target, set, volatile, control, nowMs } = inputs;
  const restartAt = new Map<string, number>();
  const forced = new Set<string>();
  for (const o of control?.overrides ?? []) {
    const name = o.stepName ?? '';
    if ((o.restartRequestedAtMs ?? 0) > 0) restartAt.set(name, o.restartRequestedAtMs ?? 0);
    if (o.forceComplete) forced.add(name);
  }
  const gates = clusterGates(set, volatile, forced, target.bootstrapGraceMs, nowMs);
  // Serial: a step behind an unfinished (not force-completed) one cannot start; its message says so
  // instead of working out every gate, which keeps a pass over a thousand nodes cheap.
  let ahead: string | undefined;
  const deploySteps = deployOrder(set).map((node) => {
    const spec = deployStep(node, {
      target,
      gates,
      nowMs,
      restartAt: restartAt.get(node.nodeId) ?? 0,
      shortfall: volatile.offerShortfalls.get(node.nodeId),
      behind: ahead,
      executorExitWarnMs: volatile.settings.executorExitWarnMs,
    });
    if (ahead === undefined && spec.status !== 'COMPLETE' && !forced.has(node.nodeId)) ahead = node.nodeId;
    return spec;
  });
  deploySteps.push(...stepsToCreate(set, target, inputs.nextNodeIndex));
  const phases = [{ name: DEPLOY_PHASE, strategy: 'serial' as const, steps: deploySteps }];
  const removal = decommissionSteps(set, target, volatile);
  if (removal.length > 0) phases.push({ name: DECOMMISSION_PHASE, strategy: 'serial', steps: removal });
  const spec: PlanSpec = {
    name: DEPLOY_PLAN,
    strategy: 'serial',
    phases,
    errors: inputs.rejectedErrors.map((e) => `configuration rejected, the previous one keeps running: ${e.field ?? ''}: ${e.message ?? ''}`),
  };
  const plan = buildPlan(spec, control);
  return { spec, plan, gates, candidates: new Set(candidateSteps(plan).map((s) => s.name)), restartAt };
}

/** Overrides made obsolete by the state (removed nodes, force-completes of steps now complete). */
export function prunedControl(view: DeployView, control: PlanControl | undefined, nowMs: number): PlanControl | undefined {
  return pruneOverrides(control, view.spec, nowMs);
}

interface StepEnv {
  readonly target: TargetView;
  readonly gates: ClusterGates;
  readonly nowMs: number;
  readonly restartAt: number;
  readonly shortfall: OfferShortfall | undefined;
  /** The unfinished step this one waits behind, if any. */
  readonly behind: string | undefined;
  readonly executorExitWarnMs: number;
}

function step(node: NodeRecord, status: StepSpec['status'], message: string): StepSpec {
  return { name: node.nodeId, status, message };
}

function deployStep(node: NodeRecord, env: StepEnv): StepSpec {
  const { target, nowMs } = env;
  if (isAgentLost(node)) return agentLostStep(node, target, nowMs);
  const task = serverTask(node);
  if (task) {
    if (task.killRequestedAtMs > 0) return step(node, 'IN_PROGRESS', `stopping Cassandra: ${task.killReason}`);
    if (env.restartAt > task.launchedAtMs) return step(node, 'PENDING', `an operator asked to restart this step at ${isoTime(env.restartAt)}`);
    if (!isLive(node)) {
      const mode = node.health?.operationMode ? `, Cassandra ${node.health.operationMode}` : '';
      return step(node, 'IN_PROGRESS', `starting: ${task.state}${mode}`);
    }
    if (node.appliedConfigId !== target.id) {
      return step(node, 'PENDING', `live with config ${node.appliedConfigId || '(unknown)'}; restarts with config ${target.id} in its turn`);
    }
    return step(node, 'COMPLETE', `live (NORMAL) on ${node.hostname} with config ${target.id}`);
  }
  const backoff = backoffVerdict(node, target.id, nowMs, env.restartAt);
  if (backoff.blocked) return step(node, backoff.invalid ? 'ERROR' : 'WAITING', backoff.message);
  // Every node that would start with the unusable tokens says so (not only the first in line).
  const tokens = initialTokensBlocker(target.config, node);
  if (tokens !== undefined) return step(node, 'ERROR', `${node.nodeId} ${tokens}`);
  if (!isPlaced(node)) {
    const last = env.shortfall ? `; the last offer (${env.shortfall.hostname}) did not fit: ${env.shortfall.reason}` : '';
    return step(node, 'PENDING', `waiting for an offer${last}`);
  }
  // A first start waits for its turn; a node that has joined before restarts whatever the plan says.
  if (env.behind !== undefined && !hasJoined(node)) return step(node, 'PENDING', `placed on ${node.hostname}: starts after ${env.behind}`);
  const blocker = launchBlocker(node, { gates: env.gates, targetId: target.id, nowMs, isCandidate: true, restartRequestedAtMs: env.restartAt, config: target.config });
  if (blocker === undefined && env.shortfall) return placedShortfallStep(node, env.shortfall, env);
  return step(node, 'PENDING', `placed on ${node.hostname}: ${blocker ?? 'starts on the next offer from its agent'}`);
}

/** A placed node that may start, but the last offer from its agent could not be used. */
function placedShortfallStep(node: NodeRecord, shortfall: OfferShortfall, env: StepEnv): StepSpec {
  const executorId = shortfall.previousExecutorId;
  if (executorId === undefined) {
    return step(node, 'PENDING', `placed on ${node.hostname}: starts on the next offer from its agent that fits; the last one did not: ${shortfall.reason}`);
  }
  // See waitForPreviousExecutor (offer-handling): the executor's reserved share is back only once it has exited.
  const waited = env.nowMs - shortfall.atMs;
  if (waited >= env.executorExitWarnMs) {
    return step(
      node,
      'WAITING',
      `placed on ${node.hostname}: waiting for its previous executor ${executorId} to exit, for ${formatMs(waited)} now (the agent should end it at the end of its shutdown grace period); SHUTDOWN is re-sent with every offer that still lists it: check agent ${node.agentId} (${node.hostname})`,
    );
  }
  return step(
    node,
    'PENDING',
    `placed on ${node.hostname}: waiting for its previous executor ${executorId} to exit (it holds the executor's share of the reservation; SHUTDOWN requested); relaunches on the first offer without it`,
  );
}

/**
 * Steps for the nodes node_count still asks for but that have no record yet (before the first
 * subscription, or between a node_count increase and the next pass). Without them a plan with fewer
 * nodes than node_count could be COMPLETE, and a readiness check on it would pass before anything ran.
 * They are named as ensureNodeRecords will name the records (ids are never reused).
 */
function stepsToCreate(set: NodeSet, target: TargetView, nextNodeIndex: number | undefined): StepSpec[] {
  const missing = target.nodeCount - set.countable.length;
  if (missing <= 0) return [];
  let first = nextNodeIndex ?? 0;
  for (const n of set.countable) first = Math.max(first, n.index + 1);
  for (const n of set.leaving) first = Math.max(first, n.index + 1);
  const when = nextNodeIndex === undefined ? 'once the scheduler has subscribed with Mesos' : 'on the next pass';
  return Array.from({ length: missing }, (_, i) => ({
    name: nodeIdOf(first + i),
    status: 'PENDING' as const,
    message: `to be created (node_count=${target.nodeCount}, ${set.countable.length} node record(s) so far) ${when}`,
  }));
}

function agentLostStep(node: NodeRecord, target: TargetView, nowMs: number): StepSpec {
  const since = `agent ${node.agentId} (${node.hostname}) lost since ${isoTime(node.agentLostAtMs)}`;
  const deadline = node.agentLostAtMs + target.replaceTimeoutMs;
  if (nowMs < deadline) {
    const then = target.config.autoReplace ? 'it is replaced on another host' : 'an operator may replace it';
    return step(node, 'WAITING', `${since}; if it is not back by ${isoTime(deadline)}, ${then}`);
  }
  if (target.config.autoReplace) return step(node, 'WAITING', `${since}; being replaced on another host`);
  return step(
    node,
    'ERROR',
    `${since}, longer than replace_timeout_seconds=${target.config.replaceTimeoutSeconds}: replace the node (auto_replace is off) or bring the agent back`,
  );
}

function leavingStep(node: NodeRecord, target: TargetView): StepSpec {
  const removed = `being removed (node_count=${target.nodeCount})`;
  if (node.removalError !== '') return step(node, 'ERROR', `${node.removalError}; restart this step to try again, or raise node_count back`);
  if (node.decommissioned) {
    return step(node, 'IN_PROGRESS', serverTask(node) ? `${removed}: left the ring; stopping Cassandra and its executor` : `${removed}: left the ring; releasing its resources`);
  }
  const mode = node.health?.operationMode ?? '';
  if (node.removalRequestedAtMs === 0) return step(node, 'IN_PROGRESS', `${removed}: about to leave the ring`);
  if (mode === 'LEAVING') return step(node, 'IN_PROGRESS', `${removed}: decommissioning, streaming ${formatBytes(node.health?.loadBytes ?? 0)} to the remaining nodes`);
  return step(node, 'IN_PROGRESS', `${removed}: leaving the ring (requested ${isoTime(node.removalRequestedAtMs)})`);
}

function decommissionSteps(set: NodeSet, target: TargetView, volatile: VolatileState): StepSpec[] {
  const steps: StepSpec[] = set.leaving.map((node) => leavingStep(node, target));
  set.toRemove.forEach((node, i) => {
    if (i > 0 || set.leaving.length > 0) {
      steps.push(step(node, 'PENDING', `removed after the nodes before it (node_count=${target.nodeCount})`));
      return;
    }
    const blocker = removalBlocker(node, set, target, volatile.settings);
    if (!blocker) {
      const what = isTerminated(node) ? 'terminated; it leaves the ring, then its record and resources are released' : 'it leaves the ring (decommission), then Cassandra is stopped and its resources released';
      steps.push(step(node, 'PENDING', `to be removed (node_count=${target.nodeCount}): ${what}`));
    } else {
      steps.push(step(node, blocker.permanent ? 'ERROR' : 'WAITING', blocker.message));
    }
  });
  return steps;
}
