// What must hold before a Cassandra process starts. Cluster-wide gates are computed once per pass;
// `launchBlocker` says, for one node, what still holds its launch (undefined = it may launch).
//
// A node that has never been live BOOTSTRAPS into the ring when it starts: that needs the seeds
// acquired (their addresses go into its cassandra.yaml), a live seed to join through (unless it is a
// seed), no other node bootstrapping at the same time, and the bootstrap grace since the last such
// start. A node that has been live before only restarts: none of these apply.
import type { CompleteFrameworkConfig } from '../framework-config/fields';
import { backoffVerdict } from './backoff';
import { initialTokensBlocker } from './initial-tokens';
import { hasJoined, isAgentLost, isLive, isPlaced, isTerminated, serverTask } from './node-facts';
import type { NodeSet } from './node-set';
import type { NodeRecord, VolatileState } from './types';

export interface ClusterGates {
  readonly reconciled: boolean;
  /** Why launches wait for reconciliation (when not reconciled). */
  readonly reconcileWait: string;
  /** Seeds without agent + reservation. */
  readonly unplacedSeeds: readonly string[];
  readonly liveSeed: boolean;
  /** The node currently bootstrapping (started, never live yet), if any. */
  readonly bootstrapping: string | undefined;
  /** No new bootstrap before this (last bootstrap launch + bootstrap grace). */
  readonly graceUntilMs: number;
}

export function clusterGates(
  set: NodeSet,
  volatile: VolatileState,
  forced: ReadonlySet<string>,
  bootstrapGraceMs: number,
  nowMs: number,
): ClusterGates {
  const unplacedSeeds: string[] = [];
  let liveSeed = false;
  let bootstrapping: string | undefined;
  for (const node of set.countable) {
    if (node.seed && !isPlaced(node)) unplacedSeeds.push(node.nodeId);
    if (node.seed && isLive(node)) liveSeed = true;
    if (bootstrapping === undefined && isBootstrapping(node) && !forced.has(node.nodeId)) bootstrapping = node.nodeId;
  }
  const { reconciled, wait } = reconciliationGate(volatile, nowMs);
  return {
    reconciled,
    reconcileWait: wait,
    unplacedSeeds,
    liveSeed,
    bootstrapping,
    graceUntilMs: (volatile.lastLaunchAtMs ?? Number.NEGATIVE_INFINITY) + bootstrapGraceMs,
  };
}

/** Started for the first time and not live yet (an unreachable one is not making progress: not counted). */
export function isBootstrapping(node: NodeRecord): boolean {
  return !hasJoined(node) && !isTerminated(node) && !isAgentLost(node) && serverTask(node) !== undefined;
}

function reconciliationGate(volatile: VolatileState, nowMs: number): { reconciled: boolean; wait: string } {
  const tracker = volatile.reconciliation;
  if (!volatile.subscribed) return { reconciled: false, wait: 'not subscribed to the Mesos master' };
  if (tracker.explicitDone) return { reconciled: true, wait: '' };
  if (tracker.phase === 'explicit') {
    // Some agents may take very long to re-register; past the timeout we act on what we know rather
    // than leave the whole cluster without recovery. Late answers are still applied as they arrive.
    if (nowMs - tracker.roundStartedAtMs >= volatile.settings.explicitReconcileTimeoutMs) return { reconciled: true, wait: '' };
    return { reconciled: false, wait: `waiting for ${tracker.pendingTasks.length} task(s) to answer explicit reconciliation` };
  }
  return { reconciled: false, wait: 'reconciliation has not started' };
}

export interface NodeLaunchContext {
  readonly gates: ClusterGates;
  readonly targetId: string;
  readonly nowMs: number;
  /** The node's deploy step may be worked on now (plan order, not interrupted). */
  readonly isCandidate: boolean;
  readonly restartRequestedAtMs: number;
  /** The target config's initial tokens: a first start waits when they were to come from an unusable backup. */
  readonly config: Pick<CompleteFrameworkConfig, 'initialTokens'>;
}

/**
 * What holds the node's next server launch, or undefined when it may launch on a suitable offer.
 * The caller has checked that the node wants a server and has none.
 */
export function launchBlocker(node: NodeRecord, c: NodeLaunchContext): string | undefined {
  const { gates } = c;
  if (isAgentLost(node)) return `its agent ${node.agentId} is lost`;
  if (!gates.reconciled) return gates.reconcileWait;
  const backoff = backoffVerdict(node, c.targetId, c.nowMs, c.restartRequestedAtMs);
  if (backoff.blocked) return backoff.message;
  if (hasJoined(node)) return undefined;
  const tokens = initialTokensBlocker(c.config, node);
  if (tokens !== undefined) return tokens;
  // A first start is deploy work: it follows the plan (order, interrupt).
  if (!c.isCandidate) return 'waiting for its turn in the deploy plan';
  const otherUnplacedSeeds = gates.unplacedSeeds.filter((id) => id !== node.nodeId);
  if (otherUnplacedSeeds.length > 0) {
    return `waiting until every seed has an agent and reservation (missing: ${otherUnplacedSeeds.join(', ')})`;
  }
  if (gates.bootstrapping !== undefined && gates.bootstrapping !== node.nodeId) {
    return `${gates.bootstrapping} is bootstrapping; one node joins the ring at a time`;
  }
  if (c.nowMs < gates.graceUntilMs) return `bootstrap grace: the next node starts at ${isoTime(gates.graceUntilMs)}`;
  if (!node.seed && !gates.liveSeed) return 'no seed is live to join the ring through';
  return undefined;
}

export function isoTime(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : 'never';
}
