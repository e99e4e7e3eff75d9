// A rolling restart's node part: the node is set to RESTART (its Cassandra is drained and stopped,
// then relaunched in place, see lifecycle.ts) and the part succeeds once a server launched after the
// part started is live. Idempotent on purpose: after a failover the new leader finds the record
// RUNNING and re-derives where the node is — already relaunched (wait for live), being stopped (wait),
// or not touched yet because the scheduler died between the two writes (set RESTART now). A node is
// never restarted twice for one part, because "launched after the part started" is stored truth.
import { cassandra_mesos } from '../../gen/cassandra_mesos';
import { enforceRunState } from '../lifecycle';
import { formatMs, isLive, runStateName, serverTask } from '../node-facts';
import { reviveFor } from '../offer-flow';
import type { NodeJobRecord, NodeRecord } from '../types';
import type { Working } from '../working';
import { putRecord } from './records';

const { NodeJobState, TargetRunState } = cassandra_mesos.v1;

/** The server launched after the part started (the restart has happened), if any. */
function relaunched(node: NodeRecord, record: NodeJobRecord): boolean {
  const task = serverTask(node);
  return task !== undefined && task.launchedAtMs > record.startedAtMs;
}

export function startRestart(w: Working, record: NodeJobRecord, node: NodeRecord): void {
  if (relaunched(node, record) || runStateName(node) === 'RESTART') return;
  const task = serverTask(node);
  if (!task || task.killRequestedAtMs > 0) return; // already down: it comes back by itself
  const updated = cassandra_mesos.v1.NodeRecord.create({ ...node, targetRunState: TargetRunState.RESTART });
  w.putNode(updated, `rolling restart (job ${record.jobId}): restarting ${node.nodeId}`);
  const now = enforceRunState(w, updated);
  reviveFor(w, now, `${node.nodeId} restarts (rolling restart)`);
}

export function progressRestart(w: Working, record: NodeJobRecord, node: NodeRecord, timeoutMs: number): void {
  if (relaunched(node, record) && isLive(node)) {
    putRecord(w, record, { state: NodeJobState.NODE_JOB_SUCCEEDED }, `${node.nodeId} is live again after ${formatMs(w.nowMs - record.startedAtMs)} (rolling restart)`);
    return;
  }
  if (w.nowMs - record.startedAtMs >= timeoutMs) {
    putRecord(
      w,
      record,
      {
        state: NodeJobState.NODE_JOB_FAILED,
        failureMessage: `${node.nodeId} did not come back live within ${formatMs(timeoutMs)} (node_timeout_seconds); the rolling restart stops here: look at the node's logs, then start the restart again for the remaining nodes`,
      },
      `${node.nodeId} did not come back live in time: the rolling restart stops`,
    );
    return;
  }
  // Not restarted yet and not being restarted (a failover between the record and the node write).
  if (!relaunched(node, record)) startRestart(w, record, node);
}
