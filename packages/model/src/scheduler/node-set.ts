// Which nodes make up the cluster: node records for node_count (ids never reused), which nodes count
// toward node_count, which are removed by a scale-down, and which are seeds.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { hasJoined, isLeaving, isTerminated, nodeIdOf } from './node-facts';
import type { NodeRecord } from './types';
import type { Working } from './working';

const { SeedPreference } = cassandra_mesos.v1;

export interface NodeSet {
  /** Old node id → id of the node replacing it. */
  readonly replacedBy: ReadonlyMap<string, string>;
  /** Nodes that count toward node_count, by index: not leaving, not replaced. */
  readonly countable: readonly NodeRecord[];
  /** Countable nodes a scale-down removes, in removal order (not leaving yet). */
  readonly toRemove: readonly NodeRecord[];
  /** Nodes whose removal has started, by index descending. */
  readonly leaving: readonly NodeRecord[];
}

export function analyzeNodeSet(nodes: ReadonlyMap<string, NodeRecord>, nodeCount: number): NodeSet {
  const replacedBy = new Map<string, string>();
  for (const node of nodes.values()) {
    if (node.replacesNodeId !== '' && nodes.has(node.replacesNodeId)) replacedBy.set(node.replacesNodeId, node.nodeId);
  }
  const countable: NodeRecord[] = [];
  const leaving: NodeRecord[] = [];
  for (const node of nodes.values()) {
    if (isLeaving(node)) leaving.push(node);
    else if (!(isTerminated(node) && replacedBy.has(node.nodeId))) countable.push(node);
  }
  // Records are usually stored in index order already; sort only when they are not.
  if (!inIndexOrder(countable)) countable.sort((a, b) => a.index - b.index);
  leaving.sort((a, b) => b.index - a.index);
  const excess = countable.length - nodeCount;
  // Terminated nodes go first (they serve nothing), then nodes an operator chose, then the highest indexes.
  const toRemove =
    excess > 0
      ? [...countable]
          .sort((a, b) => Number(isTerminated(b)) - Number(isTerminated(a)) || Number(b.removalChosen) - Number(a.removalChosen) || b.index - a.index)
          .slice(0, excess)
      : [];
  return { replacedBy, countable, toRemove, leaving };
}

function inIndexOrder(nodes: readonly NodeRecord[]): boolean {
  for (let i = 1; i < nodes.length; i++) if ((nodes[i]?.index ?? 0) < (nodes[i - 1]?.index ?? 0)) return false;
  return true;
}

/**
 * Creates node records until node_count nodes count. The framework record's next index is persisted
 * BEFORE the nodes, so a crash in between leaves a gap in the ids, never a reused id.
 */
export function ensureNodeRecords(w: Working, set: NodeSet): boolean {
  const framework = w.framework;
  const missing = w.target.nodeCount - set.countable.length;
  if (!framework || missing <= 0) return false;
  let first = framework.nextNodeIndex;
  for (const node of w.nodes.values()) first = Math.max(first, node.index + 1);
  w.putFramework(
    cassandra_mesos.v1.FrameworkRecord.create({ ...framework, nextNodeIndex: first + missing }),
    `reserving node ids ${nodeIdOf(first)}..${nodeIdOf(first + missing - 1)} for node_count=${w.target.nodeCount}`,
  );
  for (let index = first; index < first + missing; index++) {
    w.putNode(newNodeRecord(w, index, {}), `node_count=${w.target.nodeCount}: ${set.countable.length} nodes, adding ${nodeIdOf(index)}`);
  }
  return true;
}

export function newNodeRecord(w: Working, index: number, extra: cassandra_mesos.v1.NodeRecord.$Properties): NodeRecord {
  const rackDc = w.target.config.defaultRackDc;
  return cassandra_mesos.v1.NodeRecord.create({
    nodeId: nodeIdOf(index),
    index,
    targetRunState: cassandra_mesos.v1.TargetRunState.RUN,
    rackDc: cassandra_mesos.v1.RackDc.create({ rack: rackDc.rack, dc: rackDc.dc }),
    createdAtMs: w.nowMs,
    ...extra,
  });
}

/**
 * Seeds are the first seed_count nodes, kept stable: a current seed stays one while it is eligible;
 * a removed, terminated or replaced seed is replaced by the lowest-index eligible node. Once the ring
 * holds data only nodes that have joined it are promoted (a seed never bootstraps, so a new node made
 * a seed would come up empty). A replacement is never a seed before it has joined: Cassandra cannot
 * replace an address while listing itself as a seed.
 */
export function applySeeds(w: Working, set: NodeSet): void {
  const removing = new Set(set.toRemove.map((n) => n.nodeId));
  const eligible = set.countable.filter(
    (n) => !isTerminated(n) && !removing.has(n.nodeId) && !(n.replaceIp !== '' && !hasJoined(n)) && n.seedPreference !== SeedPreference.NEVER_SEED,
  );
  const want = w.target.seedCount;
  const ringHasData = set.countable.some(hasJoined);
  const mayBecomeSeed = (n: NodeRecord): boolean => !ringHasData || hasJoined(n);
  // Operators' choices first (make-seed), then the current seeds, then the lowest indexes.
  const chosen = eligible.filter((n) => n.seedPreference === SeedPreference.PREFER_SEED && (n.seed || mayBecomeSeed(n))).slice(0, want);
  for (const n of eligible) {
    if (chosen.length >= want) break;
    if (n.seed && !chosen.includes(n)) chosen.push(n);
  }
  for (const n of eligible) {
    if (chosen.length >= want) break;
    if (!n.seed && !chosen.includes(n) && mayBecomeSeed(n)) chosen.push(n);
  }
  const seeds = new Set(chosen.map((n) => n.nodeId));
  for (const node of w.nodes.values()) {
    const seed = seeds.has(node.nodeId);
    if (node.seed !== seed) {
      w.putNode(
        cassandra_mesos.v1.NodeRecord.create({ ...node, seed }),
        seed ? `${node.nodeId} becomes a seed (seed_count=${want})` : `${node.nodeId} is no longer a seed`,
      );
    }
  }
}

/** Seed addresses for cassandra.yaml: the seeds' IPs by index (seeds without an address yet are left out). */
export function seedAddresses(nodes: ReadonlyMap<string, NodeRecord>): string[] {
  return [...nodes.values()]
    .filter((n) => n.seed && n.ip !== '')
    .sort((a, b) => a.index - b.index)
    .map((n) => n.ip);
}
