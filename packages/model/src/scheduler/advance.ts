// The pass that moves the cluster toward its target, run on every tick and every batch of offers:
// node records for node_count, seeds, automatic replacement, run states, the deploy plan's candidate
// work (rollout restarts, removals), and finally what offers are needed for.
//
// Plan gating, and why recovery is not gated: an interrupted deploy plan hands out no candidates, so
// nothing NEW happens (no first start, no placement, no config rollout, no removal). Restarting a node
// that has already joined the ring after a crash is not new work but the framework's baseline promise
// to keep the deployed cluster running; holding it with the plan would turn an operator's pause into an
// outage. Those restarts (and operator run-state changes) therefore happen whatever the plan says.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { clusterGates, launchBlocker, type ClusterGates } from './gates';
import { deployOrder, deployView, prunedControl, DEPLOY_PLAN, type DeployView } from './deploy-plan';
import { enforceRunState } from './lifecycle';
import { isAgentLost, isLeaving, isPlaced, serverTask, wantsServer } from './node-facts';
import { analyzeNodeSet, applySeeds, ensureNodeRecords, type NodeSet } from './node-set';
import { autoReplace } from './replace';
import { adoptConfigsWithoutRestart, restartForStep } from './rollout';
import { progressRemoval, removalBlocker, startRemoval } from './scale-down';
import type { NodeRecord } from './types';
import type { Working } from './working';
import { backoffVerdict } from './backoff';
import { initialTokensBlocker } from './initial-tokens';
import { progressJob } from './jobs/engine';
import { fireCanary } from './canary';
import { agentsWithJobLaunches } from './jobs/job-tasks';
import { startScheduledRepair } from './jobs/schedule';

export interface Placement {
  readonly nodeId: string;
  /** The node may also start Cassandra in the same ACCEPT. */
  readonly launch: boolean;
}

export interface OfferNeeds {
  readonly view: DeployView;
  readonly set: NodeSet;
  readonly gates: ClusterGates;
  /** Placed nodes that may start Cassandra on an offer from their agent, by agent id. */
  readonly launchable: ReadonlyMap<string, readonly string[]>;
  /** Nodes to place (reserve) on a new host, in deploy order. */
  readonly placements: readonly Placement[];
  /** Offers are needed now or soon (a timer will open a gate): do not suppress. */
  readonly pending: boolean;
}

export function advance(w: Working): OfferNeeds {
  w.volatile.lastPassAtMs = w.nowMs;
  let set = refreshSet(w, undefined);
  if (ensureNodeRecords(w, set)) set = refreshSet(w, set);
  applySeeds(w, set);
  set = refreshSet(w, set);
  if (autoReplace(w, set)) {
    set = refreshSet(w, set);
    applySeeds(w, set);
    set = refreshSet(w, set);
  }
  for (const node of w.nodes.values()) enforceRunState(w, node);
  adoptConfigsWithoutRestart(w);
  set = refreshSet(w, set);

  fireCanary(w);
  const control = w.planControls.get(DEPLOY_PLAN);
  const view = deployView({ target: w.target, set, volatile: w.volatile, rejectedErrors: w.before.rejectedErrors, control, nowMs: w.nowMs, nextNodeIndex: w.framework?.nextNodeIndex });
  const pruned = prunedControl(view, control, w.nowMs);
  if (pruned) w.putPlanControl(pruned, 'dropping operator overrides the state has made obsolete');
  candidateWork(w, view, set);
  for (const node of set.leaving) progressRemoval(w, w.node(node.nodeId) ?? node);
  progressJob(w);
  startScheduledRepair(w);
  if (analyzedAt.get(set) !== w.nodesVersion) {
    set = refreshSet(w, set);
    applySeeds(w, set);
    set = refreshSet(w, set);
  }

  const forced = new Set(view.plan.phases.flatMap((p) => p.steps.filter((s) => s.forced).map((s) => s.name)));
  const gates = clusterGates(set, w.volatile, forced, w.target.bootstrapGraceMs, w.nowMs);
  return { view, set, gates, ...offerWork(w, view, set, gates) };
}

/** Re-analyzes the node set when this call changed nodes since `previous` was computed. */
const analyzedAt = new WeakMap<NodeSet, number>();
function refreshSet(w: Working, previous: NodeSet | undefined): NodeSet {
  if (previous && analyzedAt.get(previous) === w.nodesVersion) return previous;
  const set = analyzeNodeSet(w.nodes, w.target.nodeCount);
  analyzedAt.set(set, w.nodesVersion);
  return set;
}

function candidateWork(w: Working, view: DeployView, set: NodeSet): void {
  const removing = new Set(set.toRemove.map((n) => n.nodeId));
  for (const nodeId of view.candidates) {
    const node = w.node(nodeId);
    if (!node || isLeaving(node)) continue; // a leaving node's step moves on in progressRemoval
    if (removing.has(nodeId)) {
      if (!removalBlocker(node, set, w.target, w.settings)) startRemoval(w, node);
    } else {
      restartForStep(w, node, view.restartAt.get(nodeId) ?? 0);
    }
  }
}

function offerWork(w: Working, view: DeployView, set: NodeSet, gates: ClusterGates): Pick<OfferNeeds, 'launchable' | 'placements' | 'pending'> {
  const launchable = new Map<string, string[]>();
  const placements: Placement[] = [];
  let pending = (w.volatile.cleanupUntilMs !== undefined && w.nowMs < w.volatile.cleanupUntilMs) || agentsWithJobLaunches(w).size > 0;
  const order = deployOrder(set);
  const inDeploy = new Set(order.map((n) => n.nodeId));
  const interrupted = view.plan.interrupted;

  for (const node of order) {
    if (isPlaced(node) || interrupted) continue;
    // Seeds first: other nodes are placed once every seed has its host.
    if (!node.seed && gates.unplacedSeeds.length > 0) {
      pending = true;
      continue;
    }
    const blocker = nodeLaunchBlocker(w, node, view, gates, true);
    placements.push({ nodeId: node.nodeId, launch: blocker === undefined });
    pending = true;
  }

  for (const node of set.countable) {
    if (!isPlaced(node) || !wantsServer(node) || serverTask(node) || isAgentLost(node)) continue;
    const blocker = nodeLaunchBlocker(w, node, view, gates, inDeploy.has(node.nodeId));
    if (blocker === undefined) {
      const list = launchable.get(node.agentId);
      if (list) list.push(node.nodeId);
      else launchable.set(node.agentId, [node.nodeId]);
      pending = true;
    } else if (!pending && waitsForTimeOrTurn(w, node, view, inDeploy)) {
      pending = true;
    }
  }
  return { launchable, placements, pending };
}

/** `deploys`: the node has a Deploy step (a node being removed never starts for the first time). */
export function nodeLaunchBlocker(w: Working, node: NodeRecord, view: DeployView, gates: ClusterGates, deploys: boolean): string | undefined {
  return launchBlocker(node, {
    gates,
    targetId: w.target.id,
    nowMs: w.nowMs,
    isCandidate: deploys && view.candidates.has(node.nodeId),
    restartRequestedAtMs: view.restartAt.get(node.nodeId) ?? 0,
    config: w.target.config,
  });
}

/**
 * A node that cannot launch yet but will without anyone acting (a backoff or grace timer, its turn in
 * an uninterrupted plan): keep offers coming. A node held by an interrupt or an invalid launch is not.
 */
function waitsForTimeOrTurn(w: Working, node: NodeRecord, view: DeployView, inDeploy: ReadonlySet<string>): boolean {
  const verdict = backoffVerdict(node, w.target.id, w.nowMs, view.restartAt.get(node.nodeId) ?? 0);
  if (verdict.blocked && verdict.invalid) return false;
  if (node.firstLiveAtMs > 0) return true;
  // Held until an operator fixes the backup the tokens come from: no offers needed meanwhile.
  if (initialTokensBlocker(w.target.config, node) !== undefined) return false;
  return inDeploy.has(node.nodeId) && !view.plan.interrupted;
}

/** The node needs an offer now: used after status updates and commands to revive without a full pass. */
export function nodeWantsOffer(node: NodeRecord): boolean {
  return wantsServer(node) && !serverTask(node) && !isAgentLost(node) && node.targetRunState !== cassandra_mesos.v1.TargetRunState.TERMINATE;
}
