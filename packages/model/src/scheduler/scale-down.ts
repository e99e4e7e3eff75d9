// Scale-down: node_count lowered → the highest-index nodes are removed one at a time.
//
// A removal starts once every remaining node is live and their disks have room for the leaving node's
// data. The node then leaves the ring before anything of it is stopped:
//   running  → DecommissionRequest to its executor (nodetool decommission: its ranges stream to the
//              remaining nodes); done when the executor reports success or health says DECOMMISSIONED.
//   down     → RemoveNodeRequest (by host id) to a live node (nodetool removenode).
//   never joined the ring → nothing to hand over.
// A refusal (e.g. the replication factor needs the node) is kept on the record and shown as an ERROR
// step; restarting the step tries again. After the ring departure Cassandra is stopped, the executor
// shut down and the record deleted; the reservation it leaves is released from the next offer of its
// agent (DESTROY/UNRESERVE).
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { emitKill, killRequested } from './kills';
import { encodeSchedulerMessage } from './messages';
import { hasJoined, isAgentLost, isLeaving, isLive, isTerminated, replaceTask, serverTask } from './node-facts';
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

/** Starts removing the node: it leaves the count and the seeds; its ring departure starts next pass. */
export function startRemoval(w: Working, node: NodeRecord): void {
  const updated = cassandra_mesos.v1.NodeRecord.create({ ...node, leavingSinceMs: w.nowMs, seed: false, removalRequestedAtMs: 0, removalError: '' });
  w.putNode(updated, `removing ${node.nodeId}: node_count=${w.target.nodeCount}`);
  progressRemoval(w, updated);
}

/** Moves a leaving node one step on: ring departure, then stop, then release. */
export function progressRemoval(w: Working, node: NodeRecord): void {
  if (!isLeaving(node)) return;
  if (!node.decommissioned && (!hasJoined(node) || node.hostId === '')) {
    // It never joined the ring (or never said who it is there): nothing streams anywhere.
    node = markDecommissioned(w, node, `${node.nodeId} never joined the ring: nothing to hand over`);
  }
  if (node.decommissioned) {
    stopLeavingNode(w, node);
    return;
  }
  if (node.removalError !== '') return; // shown in the plan; an operator restarts the step to retry
  if (node.removalRequestedAtMs > 0 && w.nowMs - node.removalRequestedAtMs < RING_REQUEST_RESEND_MS) return;
  const task = serverTask(node);
  const running = task !== undefined && task.state === 'TASK_RUNNING' && task.killRequestedAtMs === 0 && !isAgentLost(node);
  const mode = node.health?.operationMode ?? '';
  if (running && mode === 'LEAVING' && node.removalRequestedAtMs > 0) return; // streaming: wait for it
  if (running) {
    requestRingChange(w, node, node, { decommissionRequest: { nodeId: node.nodeId } }, `asking ${node.nodeId} to decommission: its data streams to the remaining nodes`);
    return;
  }
  if (task && !isAgentLost(node) && task.killRequestedAtMs === 0 && task.state !== 'TASK_RUNNING') return; // starting: wait until it runs
  const peer = [...w.nodes.values()].find((n) => n.nodeId !== node.nodeId && !isLeaving(n) && isLive(n));
  if (!peer) {
    w.emit({ type: 'log', level: 'warn', reason: `${node.nodeId} is down and no other node is live to remove it from the ring: waiting` });
    return;
  }
  requestRingChange(w, node, peer, { removeNodeRequest: { nodeId: node.nodeId, hostId: node.hostId } }, `${node.nodeId} is down: asking ${peer.nodeId} to remove host ${node.hostId} from the ring`);
}

/** A DecommissionRequest or RemoveNodeRequest is re-sent after this long without an answer. */
export const RING_REQUEST_RESEND_MS = 60_000;

function requestRingChange(w: Working, leaving: NodeRecord, receiver: NodeRecord, body: Pick<cassandra_mesos.v1.ISchedulerMessage, 'decommissionRequest' | 'removeNodeRequest'>, why: string): void {
  const updated = cassandra_mesos.v1.NodeRecord.create({ ...leaving, removalRequestedAtMs: w.nowMs });
  w.putNode(updated, why);
  w.emit({ type: 'send-message', agentId: receiver.agentId, executorId: receiver.executorId, data: encodeSchedulerMessage(w.nowMs, body), reason: why });
}

/** The executor's report on a ring departure (the node itself, or the peer running removenode). */
export function applyRingChange(w: Working, change: cassandra_mesos.v1.RingChange): void {
  const node = w.node(change.nodeId);
  const op = change.operation === cassandra_mesos.v1.RingChangeOperation.REMOVE_NODE ? 'removenode' : 'decommission';
  if (!node || !isLeaving(node)) {
    w.emit({ type: 'log', level: 'info', reason: `${op} report for ${change.nodeId}, which is not being removed: ignored` });
    return;
  }
  switch (change.state) {
    case cassandra_mesos.v1.RingChangeState.RING_CHANGE_SUCCEEDED:
      if (!node.decommissioned) stopLeavingNode(w, markDecommissioned(w, node, `${node.nodeId} left the ring (${op} took ${Math.round(Number(change.durationMs) / 1000)} s)`));
      return;
    case cassandra_mesos.v1.RingChangeState.RING_CHANGE_FAILED: {
      if (node.decommissioned) return;
      const error = `${op} of ${node.nodeId} failed: ${change.message || 'no reason given'}`;
      w.putNode(cassandra_mesos.v1.NodeRecord.create({ ...node, removalError: error }), error);
      return;
    }
    case cassandra_mesos.v1.RingChangeState.RING_CHANGE_STARTED:
    case cassandra_mesos.v1.RingChangeState.RING_CHANGE_STATE_UNSPECIFIED:
      w.emit({ type: 'log', level: 'info', reason: `${op} of ${node.nodeId} started` });
  }
}

/** A health check of a leaving node that says DECOMMISSIONED ends its ring departure (the report may be lost). */
export function noteDecommissionedHealth(w: Working, node: NodeRecord): void {
  if (isLeaving(node) && !node.decommissioned && node.health?.operationMode === 'DECOMMISSIONED') {
    stopLeavingNode(w, markDecommissioned(w, node, `${node.nodeId} reports DECOMMISSIONED: it left the ring`));
  }
}

function markDecommissioned(w: Working, node: NodeRecord, why: string): NodeRecord {
  const updated = cassandra_mesos.v1.NodeRecord.create({ ...node, decommissioned: true, removalError: '', targetRunState: cassandra_mesos.v1.TargetRunState.TERMINATE });
  w.putNode(updated, why);
  return updated;
}

function stopLeavingNode(w: Working, node: NodeRecord): void {
  const task = serverTask(node);
  if (isAgentLost(node) && node.tasks.length > 0) {
    // Nothing can be stopped on a lost agent: its tasks are forgotten with the node.
    node = cassandra_mesos.v1.NodeRecord.create({ ...node, tasks: [] });
    w.putNode(node, `${node.nodeId}'s agent is lost: its tasks are forgotten`);
  } else if (task && task.killRequestedAtMs === 0) {
    node = cassandra_mesos.v1.NodeRecord.create({ ...node, tasks: replaceTask(node, task.taskId, killRequested(task, w.nowMs, 'removed by a scale-down')) });
    w.putNode(node, `stopping ${node.nodeId}: it left the ring`);
    emitKill(w, node, task.taskId, `stopping ${node.nodeId}: removed by a scale-down`);
  }
  finishRemovalIfDone(w, node);
}

/** A leaving node that left the ring and whose tasks have ended: shut its executor down and drop the record. */
export function finishRemovalIfDone(w: Working, node: NodeRecord): void {
  if (!isLeaving(node) || !node.decommissioned || node.tasks.length > 0) return;
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
