// Stopping tasks. A KILL is not reliable (Mesos forgets a KILL for a task it does not know, and the
// call itself may be lost), so the time of the last KILL is stored on the task and the KILL is re-sent
// until the task's terminal status arrives. The stored kill reason also tells a requested end from a
// crash, so a requested stop never counts toward the restart backoff.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { isAgentLost, replaceTask, serverTask, tasksOf } from './node-facts';
import type { NodeRecord, NodeTask } from './types';
import type { Working } from './working';

export function killRequested(task: NodeTask, nowMs: number, reason: string): NodeTask {
  return cassandra_mesos.v1.NodeTask.create({ ...task, killRequestedAtMs: nowMs, killReason: reason });
}

export function emitKill(w: Working, node: NodeRecord, taskId: string, reason: string): void {
  const grace = w.ctx.launch.killGracePeriodMs;
  w.emit({ type: 'kill', taskId, agentId: node.agentId, ...(grace !== undefined ? { gracePeriodMs: grace } : {}), reason });
}

/**
 * Asks for the node's server task to stop (once: an already requested kill is left to the retry).
 * Returns the updated node (persisted) or the node unchanged.
 */
export function killServer(w: Working, node: NodeRecord, why: string): NodeRecord {
  const task = serverTask(node);
  if (!task || task.killRequestedAtMs > 0 || isAgentLost(node)) return node;
  const updated = cassandra_mesos.v1.NodeRecord.create({ ...node, tasks: replaceTask(node, task.taskId, killRequested(task, w.nowMs, why)) });
  w.putNode(updated, `stopping Cassandra on ${node.nodeId}: ${why}`);
  emitKill(w, updated, task.taskId, `stopping Cassandra on ${node.nodeId}: ${why}`);
  return updated;
}

/** Re-sends KILLs that have not taken effect after `killRetryMs`. */
export function retryKills(w: Working): void {
  for (const node of w.nodes.values()) {
    if (isAgentLost(node)) continue;
    const tasks = tasksOf(node);
    const due = tasks.filter((t) => t.killRequestedAtMs > 0 && w.nowMs - t.killRequestedAtMs >= w.settings.killRetryMs);
    if (due.length === 0) continue;
    const updated = cassandra_mesos.v1.NodeRecord.create({
      ...node,
      tasks: tasks.map((t) => (due.includes(t) ? cassandra_mesos.v1.NodeTask.create({ ...t, killRequestedAtMs: w.nowMs }) : t)),
    });
    w.putNode(updated, `${node.nodeId}: KILL not answered yet, sending it again`);
    for (const t of due) emitKill(w, updated, t.taskId, `re-sending KILL of ${t.taskId} (${t.killReason}): still ${t.state}`);
  }
}
