// Node operations beyond run states and replace: decommissioning a chosen node (a scale-down that
// removes THAT node), and make-seed / make-non-seed. Preconditions are checked up front and explained.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { hasJoined, isLeaving, isTerminated } from './node-facts';
import { analyzeNodeSet, applySeeds } from './node-set';
import type { NodeRecord } from './types';
import type { Working } from './working';

const { SeedPreference } = cassandra_mesos.v1;

export function decommissionBlocker(w: Working, node: NodeRecord): string | undefined {
  if (isLeaving(node)) return `${node.nodeId} is already being removed from the cluster`;
  const set = analyzeNodeSet(w.nodes, w.target.nodeCount);
  if (set.replacedBy.has(node.nodeId)) return `${node.nodeId} is being replaced by ${set.replacedBy.get(node.nodeId) ?? ''}; it leaves the cluster when its replacement is live`;
  if (!set.countable.some((n) => n.nodeId === node.nodeId)) return `${node.nodeId} is not part of the cluster`;
  const after = w.target.nodeCount - 1;
  if (after < 1) return 'the last node cannot be decommissioned: a cluster needs at least one node';
  if (after < w.target.seedCount) return `node_count would drop to ${after}, below seed_count=${w.target.seedCount}: lower seed_count first`;
  return undefined;
}

/**
 * Marks the node as the one the next scale-down removes. The caller lowers node_count by one; until it
 * does, the mark is only a preference and changes nothing.
 */
export function chooseForDecommission(w: Working, node: NodeRecord): void {
  if (node.removalChosen) return;
  w.putNode(cassandra_mesos.v1.NodeRecord.create({ ...node, removalChosen: true }), `an operator chose ${node.nodeId} to be decommissioned`);
}

/** Nodes that may be seeds at all (whatever the operators prefer). */
function seedCandidates(w: Working): NodeRecord[] {
  const set = analyzeNodeSet(w.nodes, w.target.nodeCount);
  const removing = new Set(set.toRemove.map((n) => n.nodeId));
  return set.countable.filter((n) => !isTerminated(n) && !removing.has(n.nodeId) && !(n.replaceIp !== '' && !hasJoined(n)));
}

export function setSeedBlocker(w: Working, node: NodeRecord, seed: boolean): string | undefined {
  if (isLeaving(node) || isTerminated(node)) return `${node.nodeId} is leaving the cluster; its seed status cannot change`;
  const candidates = seedCandidates(w);
  if (seed) {
    if (!candidates.some((n) => n.nodeId === node.nodeId)) return `${node.nodeId} cannot be a seed now (it is being removed or is still replacing another node)`;
    if (!hasJoined(node) && candidates.some(hasJoined)) return `${node.nodeId} has not joined the ring yet: a seed never bootstraps, so it would come up without data; make it a seed once it is live`;
    const preferred = candidates.filter((n) => n.seedPreference === SeedPreference.PREFER_SEED && n.nodeId !== node.nodeId);
    if (preferred.length >= w.target.seedCount) {
      return `all ${w.target.seedCount} seeds (${preferred.map((n) => n.nodeId).join(', ')}) were chosen by operators: make one of them a non-seed first, or raise seed_count`;
    }
    return undefined;
  }
  const others = candidates.filter((n) => n.nodeId !== node.nodeId && n.seedPreference !== SeedPreference.NEVER_SEED);
  if (others.length < w.target.seedCount) {
    return `only ${others.length} other node(s) can be seeds and seed_count is ${w.target.seedCount}: lower seed_count or add nodes first`;
  }
  return undefined;
}

export function setSeedPreference(w: Working, node: NodeRecord, seed: boolean): void {
  const preference = seed ? SeedPreference.PREFER_SEED : SeedPreference.NEVER_SEED;
  if (node.seedPreference !== preference) {
    w.putNode(cassandra_mesos.v1.NodeRecord.create({ ...node, seedPreference: preference }), `an operator made ${node.nodeId} ${seed ? 'a seed' : 'a non-seed'}`);
  }
  applySeeds(w, analyzeNodeSet(w.nodes, w.target.nodeCount));
}
