// Replacing a node whose host is gone (or that an operator gives up on): a NEW node record (new id,
// never a reused one) starts on another host with replace_address = the dead node's address, so it
// takes over the dead node's tokens and streams its data from the replicas. The old record stays,
// TERMINATE, until the replacement is live; then it is deleted and its reservation released. The
// replacement's replace_ip is cleared at that moment too, so a later restart never replaces again.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { killRequested, emitKill } from './kills';
import { hasJoined, isAgentLost, isLeaving, isLive, nodeIdOf, replaceTask, serverTask, tasksOf } from './node-facts';
import { newNodeRecord, type NodeSet } from './node-set';
import { releaseNode } from './scale-down';
import type { NodeRecord } from './types';
import type { Working } from './working';

/** Why the node cannot be replaced now, or undefined. */
export function replaceBlocker(w: Working, node: NodeRecord, set: NodeSet): string | undefined {
  if (!w.framework) return 'the scheduler has not subscribed with Mesos yet; try again in a moment';
  if (isLeaving(node)) return `${node.nodeId} is being removed by a scale-down; it is not replaced`;
  const by = set.replacedBy.get(node.nodeId);
  if (by !== undefined) return `${node.nodeId} is already being replaced by ${by}`;
  if (isLive(node)) return `${node.nodeId} is live: only a node that is down can be replaced (stop it first if it must go)`;
  // A replacement learns the ring from a live seed; with none it could never join.
  if (node.seed && !set.countable.some((n) => n.nodeId !== node.nodeId && n.seed && isLive(n))) {
    return `${node.nodeId} is a seed and no other seed is live: its replacement could not learn the ring from anyone; bring another seed back first, or make a live node a seed (make-seed), then replace ${node.nodeId}`;
  }
  return undefined;
}

/** Creates the replacement of `node` and terminates `node`. The caller checked replaceBlocker. */
export function replaceNode(w: Working, node: NodeRecord, why: string): NodeRecord {
  const framework = w.framework;
  if (!framework) throw new Error(`replaceNode(${node.nodeId}): no framework record; check replaceBlocker first`);
  let index = framework.nextNodeIndex;
  for (const n of w.nodes.values()) index = Math.max(index, n.index + 1);
  w.putFramework(
    cassandra_mesos.v1.FrameworkRecord.create({ ...framework, nextNodeIndex: index + 1 }),
    `reserving node id ${nodeIdOf(index)} to replace ${node.nodeId}`,
  );
  // A node that never joined holds no data of its own: its replacement replaces what it was replacing.
  const replaceIp = hasJoined(node) ? node.ip : node.replaceIp;
  const replacement = newNodeRecord(w, index, { replaceIp, replacesNodeId: node.nodeId, rackDc: node.rackDc });

  const task = serverTask(node);
  const lost = isAgentLost(node);
  const stopping = task && !lost && task.killRequestedAtMs === 0;
  const old = cassandra_mesos.v1.NodeRecord.create({
    ...node,
    targetRunState: cassandra_mesos.v1.TargetRunState.TERMINATE,
    seed: false,
    // A lost agent's tasks are gone with it; if it comes back, their statuses name a terminated node and are killed.
    tasks: lost ? [] : task && stopping ? replaceTask(node, task.taskId, killRequested(task, w.nowMs, `replaced by ${replacement.nodeId}`)) : tasksOf(node),
  });
  w.putNode(old, `${node.nodeId} is replaced by ${replacement.nodeId}: ${why}`);
  w.putNode(replacement, `${replacement.nodeId} replaces ${node.nodeId}${replaceIp ? ` (replace_address ${replaceIp})` : ''}: ${why}`);
  w.setShortfall(node.nodeId, undefined);
  if (task && stopping) emitKill(w, old, task.taskId, `stopping ${node.nodeId}: replaced by ${replacement.nodeId}`);
  return replacement;
}

/** Replaces nodes whose agent has been lost longer than replace_timeout_seconds, when auto_replace is on. */
export function autoReplace(w: Working, set: NodeSet): boolean {
  if (!w.target.config.autoReplace || !w.framework) return false;
  let replaced = false;
  for (const node of set.countable) {
    if (!isAgentLost(node) || set.replacedBy.has(node.nodeId) || isLeaving(node)) continue;
    const lostFor = w.nowMs - node.agentLostAtMs;
    if (lostFor < w.target.replaceTimeoutMs) continue;
    replaceNode(w, node, `its agent ${node.agentId} has been lost for ${Math.round(lostFor / 1000)}s (replace_timeout_seconds=${w.target.config.replaceTimeoutSeconds})`);
    replaced = true;
  }
  return replaced;
}

/**
 * A replacement became live: it owns the dead node's tokens now. Delete the node(s) it replaced and
 * stop applying replace_address.
 */
export function completeReplacement(w: Working, node: NodeRecord): NodeRecord {
  let oldId = node.replacesNodeId;
  const seen = new Set<string>();
  while (oldId !== '' && !seen.has(oldId)) {
    seen.add(oldId);
    const old = w.node(oldId);
    if (!old) break;
    releaseNode(w, old, `${oldId} was replaced by ${node.nodeId}, which is live`);
    oldId = old.replacesNodeId;
  }
  if (node.replaceIp === '') return node;
  const updated = cassandra_mesos.v1.NodeRecord.create({ ...node, replaceIp: '' });
  w.putNode(updated, `${node.nodeId} finished replacing ${node.replaceIp}: replace_address is no longer applied`);
  return updated;
}
