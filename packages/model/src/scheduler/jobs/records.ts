// Writing a node's part of the job: one place stamps the end of a final state and records what a
// succeeded repair or cleanup means for the node (its last repair / cleanup time).
import { cassandra_mesos } from '../../gen/cassandra_mesos';
import type { NodeJobRecord } from '../types';
import type { Working } from '../working';
import { isFinalNodeState, jobTypeName } from './job-facts';

const { NodeJobState } = cassandra_mesos.v1;

/** Replaces a node's record, stamping the end time of a final state. */
export function putRecord(w: Working, record: NodeJobRecord, changes: cassandra_mesos.v1.NodeJobRecord.$Properties, reason: string): NodeJobRecord {
  const next = cassandra_mesos.v1.NodeJobRecord.create({ ...record, ...changes });
  const ending = isFinalNodeState(next.state) && !isFinalNodeState(record.state);
  const updated = ending && next.finishedAtMs === 0 ? cassandra_mesos.v1.NodeJobRecord.create({ ...next, finishedAtMs: w.nowMs }) : next;
  w.putJobNode(updated, reason);
  if (ending && updated.state === NodeJobState.NODE_JOB_SUCCEEDED) noteNodeDone(w, updated);
  return updated;
}

/** A node's repair or cleanup succeeded: remember when, per node (the API and the schedule read it). */
function noteNodeDone(w: Working, record: NodeJobRecord): void {
  const type = jobTypeName(w.job?.header.type ?? 0);
  const node = w.node(record.nodeId);
  if (!node || (type !== 'REPAIR' && type !== 'CLEANUP')) return;
  const at = record.startedAtMs || w.nowMs;
  const updated = cassandra_mesos.v1.NodeRecord.create(type === 'REPAIR' ? { ...node, lastRepairAtMs: at } : { ...node, lastCleanupAtMs: at });
  w.putNode(updated, `${record.nodeId}'s ${type.toLowerCase()} succeeded`);
}

