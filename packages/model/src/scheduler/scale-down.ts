// Scale-down: node_count lowered → the highest-index nodes are removed one at a time.
//
// The executor protocol has no decommission request yet (see the report to the lead), so a removal is:
// check that every remaining node is live and that their disks have room for the leaving node's data,
// then stop Cassandra (the executor drains it on KILL), shut its executor down and delete the record;
// the reservation it leaves is then orphaned and released (DESTROY/UNRESERVE) from the next offer of
// its agent.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { emitKill, killRequested } from './kills';
import { isAgentLost, isLive, isTerminated, replaceTask, serverTask, tasksOf } from './node-facts';
import type { NodeSet } from './node-set';
import type { TargetView } from './target';
import type { CoreSettings, NodeRecord } from './types';
import type { Working } from './working';

const MIB = 1024 * 1024;

export interface RemovalBlocker {
  readonly message: string;
  /** Cannot resolve itself (no room): an operator must change something. */
  readonly permanent: boolean;
}

export function removalBlocker(node: NodeRecord, set: NodeSet, target: TargetView, settings: CoreSettings): RemovalBlocker | undefined {
  if (isTerminated(node) && !serverTask(node)) return undefined;
  const removing = new Set(set.toRemove.map((n) => n.nodeId));
  const remaining = set.countable.filter((n) => !removing.has(n.nodeId));
  const notLive = remaining.filter((n) => !isLive(n)).map((n) => n.nodeId);
  if (notLive.length > 0) {
    return {
      permanent: false,
      message: `waiting until every remaining node is live (not live: ${notLive.slice(0, 10).join(', ')}${notLive.length > 10 ? ', ...' : ''}): removing a node while another is down could lose the last replica of some data`,
    };
  }
  const need = node.health?.loadBytes ?? 0;
  const capacity = target.config.resources.diskMb * MIB * settings.maxDiskFillRatio;
  let free = 0;
  for (const n of remaining) free += Math.max(0, capacity - (n.health?.loadBytes ?? 0));
  if (need > free) {
    return {
      permanent: true,
      message: `the remaining ${remaining.length} nodes lack room for ${node.nodeId}'s ${formatBytes(need)} of data: they can take ${formatBytes(free)} (disk_mb=${target.config.resources.diskMb} each, filled to at most ${Math.round(settings.maxDiskFillRatio * 100)}%); raise node_count again or give nodes more disk`,
    };
  }
  return undefined;
}

/** Starts removing the node: it leaves the count and the seeds, and its Cassandra is stopped. */
export function startRemoval(w: Working, node: NodeRecord): void {
  const task = serverTask(node);
  const lost = isAgentLost(node);
  const tasks = lost ? [] : task ? replaceTask(node, task.taskId, killRequested(task, w.nowMs, 'removed by a scale-down')) : tasksOf(node);
  const updated = cassandra_mesos.v1.NodeRecord.create({
    ...node,
    leavingSinceMs: w.nowMs,
    targetRunState: cassandra_mesos.v1.TargetRunState.TERMINATE,
    seed: false,
    tasks,
  });
  w.putNode(updated, `removing ${node.nodeId}: node_count=${w.target.nodeCount}`);
  if (task && !lost) emitKill(w, node, task.taskId, `stopping ${node.nodeId}: removed by a scale-down`);
  finishRemovalIfDone(w, updated);
}

/** A leaving node whose tasks have ended: shut its executor down and drop the record. */
export function finishRemovalIfDone(w: Working, node: NodeRecord): void {
  if (node.leavingSinceMs === 0 || node.tasks.length > 0) return;
  if (node.executorId !== '' && node.agentId !== '' && !isAgentLost(node)) {
    w.emit({ type: 'shutdown-executor', executorId: node.executorId, agentId: node.agentId, reason: `${node.nodeId} is removed` });
  }
  releaseNode(w, node, `${node.nodeId} removed (node_count=${w.target.nodeCount})`);
}

/** Deletes a node record; its reservation becomes orphaned, so offers are wanted for a while to release it. */
export function releaseNode(w: Working, node: NodeRecord, reason: string): void {
  w.deleteNode(node.nodeId, reason);
  w.setShortfall(node.nodeId, undefined);
  if (node.reservation?.reservationId) w.volatile.cleanupUntilMs = w.nowMs + w.settings.orphanCleanupWindowMs;
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit] ?? 'B'}`;
}
