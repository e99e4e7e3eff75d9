// Node run states (RUN / STOP / RESTART / TERMINATE, see the original framework's node-state diagram)
// and what happens when a node becomes live.
//   RUN        keep Cassandra running: launch it when it is not.
//   STOP       stop it; keep executor data and reservation; no relaunch while STOP.
//   RESTART    stop it, then back to RUN (relaunched in place), without the restart backoff.
//   TERMINATE  stop it and its executor; final (a replace may follow).
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { killServer } from './kills';
import { hasJoined, isLive, runStateName, serverTask } from './node-facts';
import { analyzeNodeSet, applySeeds } from './node-set';
import { completeReplacement } from './replace';
import { suggestCleanup } from './jobs/schedule';
import type { NodeRecord, RunStateName } from './types';
import type { Working } from './working';

/**
 * Moves the node toward its run state: kills a server that should not run, turns a finished RESTART
 * into RUN. Returns the node as it is now.
 */
export function enforceRunState(w: Working, node: NodeRecord): NodeRecord {
  const state = runStateName(node);
  const task = serverTask(node);
  if (state === 'RESTART' && !task) {
    const updated = cassandra_mesos.v1.NodeRecord.create({ ...node, targetRunState: cassandra_mesos.v1.TargetRunState.RUN });
    w.putNode(updated, `${node.nodeId}: restart requested and Cassandra is stopped: starting it again (RUN)`);
    return updated;
  }
  if (task && (state === 'STOP' || state === 'RESTART' || state === 'TERMINATE')) {
    return killServer(w, node, `run state ${state}`);
  }
  return node;
}

/** Whether an operator may set `to` on the node, and why not. */
export function runStateChangeBlocker(node: NodeRecord, to: RunStateName): string | undefined {
  const from = runStateName(node);
  if (node.leavingSinceMs > 0) return `${node.nodeId} is being removed by a scale-down; its run state cannot change`;
  if (from === 'TERMINATE' && to !== 'TERMINATE') {
    return `${node.nodeId} is TERMINATE, which is final: replace the node to bring a new one up in its place`;
  }
  return undefined;
}

/**
 * Call after a node's server task or health changed. When it has just become live: its first live time
 * is recorded (its next start is a plain restart, not a bootstrap), its crash backoff is forgotten,
 * a replacement completes, and the seeds are re-chosen (a node that joined may be promoted).
 */
export function noteLiveness(w: Working, before: NodeRecord | undefined, node: NodeRecord): NodeRecord {
  if (!isLive(node) || (before !== undefined && isLive(before))) return node;
  const firstTime = !hasJoined(node);
  let updated = node;
  if (firstTime || node.backoff) {
    updated = cassandra_mesos.v1.NodeRecord.create({
      ...node,
      firstLiveAtMs: firstTime ? w.nowMs : node.firstLiveAtMs,
      backoff: null,
    });
    w.putNode(updated, firstTime ? `${node.nodeId} is live for the first time: it has joined the ring` : `${node.nodeId} is live again`);
  }
  updated = completeReplacement(w, updated);
  if (firstTime) {
    applySeeds(w, analyzeNodeSet(w.nodes, w.target.nodeCount));
    suggestCleanup(w, updated);
  }
  return w.node(updated.nodeId) ?? updated;
}
