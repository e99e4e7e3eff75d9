// Framework messages from executors (ExecutorMessage). Health checks keep the node's latest health
// summary (what "live" is decided on) and its compacted history. Messages are unreliable: they may be
// lost, duplicated or reordered, so an older check never overwrites a newer one, a message from an
// executor the node no longer uses is dropped, and nothing waits for one to arrive.
import { applySnapshotResult } from './jobs/stages';
import { finishJob } from './jobs/engine';
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { decodeMessage, WireFormatError } from '../wire';
import { noteLiveness } from './lifecycle';
import { nodeIdOfExecutor } from './node-facts';
import { applyRingChange, noteDecommissionedHealth } from './scale-down';
import { applyJobProgress } from './jobs/job-status';
import type { NodeHealthSummary, NodeRecord } from './types';
import type { Working } from './working';

export function handleFrameworkMessage(w: Working, agentId: string, executorId: string, data: Uint8Array): void {
  let message: cassandra_mesos.v1.ExecutorMessage;
  try {
    message = decodeMessage<cassandra_mesos.v1.ExecutorMessage>(cassandra_mesos.v1.ExecutorMessage, data, `framework message from executor ${executorId} on agent ${agentId}`);
  } catch (err) {
    if (!(err instanceof WireFormatError)) throw err;
    w.emit({ type: 'log', level: 'warn', reason: `${err.message}; the message is dropped` });
    return;
  }
  const nodeId = message.nodeId || nodeIdOfExecutor(executorId);
  const node = nodeId ? w.node(nodeId) : undefined;
  if (!node || node.executorId !== executorId) {
    w.emit({ type: 'log', level: 'info', reason: `dropping a message from executor ${executorId}: ${node ? `${node.nodeId} now uses executor ${node.executorId || '(none)'}` : `no node ${nodeId ?? '(unknown)'}`}` });
    return;
  }
  switch (message.body) {
    case 'health':
      if (message.health) applyHealth(w, node, cassandra_mesos.v1.HealthCheckDetails.create(message.health));
      return;
    case 'ringChange':
      if (message.ringChange) applyRingChange(w, cassandra_mesos.v1.RingChange.create(message.ringChange));
      return;
    case 'protocolError':
      w.emit({ type: 'log', level: 'warn', reason: `executor ${executorId} of ${node.nodeId} rejected a message: ${message.protocolError?.code ?? ''}: ${message.protocolError?.message ?? ''}` });
      return;
    case 'jobProgress':
      if (message.jobProgress) applyJobProgress(w, node, cassandra_mesos.v1.NodeJobRecord.create(message.jobProgress));
      return;
    case 'snapshotResult':
      if (message.snapshotResult) applySnapshotResult(w, node, cassandra_mesos.v1.SnapshotResult.create(message.snapshotResult), finishJob);
      return;
    case 'metadata':
    case undefined:
      w.emit({ type: 'log', level: 'info', reason: `executor ${executorId} of ${node.nodeId} sent ${message.body ?? 'an empty message'}, which the core does not use yet` });
      return;
  }
}

export function healthSummary(details: cassandra_mesos.v1.HealthCheckDetails.$Properties, checkedAtMs: number): NodeHealthSummary {
  const info = details.info;
  return cassandra_mesos.v1.NodeHealthSummary.create({
    healthy: details.healthy === true,
    operationMode: info?.operationMode ?? '',
    nativeTransportRunning: info?.nativeTransportRunning === true,
    checkedAtMs,
    liveNodeCount: info?.liveNodes?.length ?? 0,
    unreachableNodeCount: info?.unreachableNodes?.length ?? 0,
    loadBytes: info?.loadBytes ?? 0,
    releaseVersion: info?.releaseVersion ?? '',
    message: details.message ?? '',
  });
}

/** Same state for an operator: everything but the check time, with the data load within 10%. */
export function sameHealth(a: NodeHealthSummary | cassandra_mesos.v1.NodeHealthSummary.$Properties | null | undefined, b: NodeHealthSummary): boolean {
  if (!a) return false;
  const loadA = a.loadBytes ?? 0;
  const loadClose = Math.abs(loadA - b.loadBytes) <= 0.1 * Math.max(loadA, b.loadBytes);
  return (
    (a.healthy ?? false) === b.healthy &&
    (a.operationMode ?? '') === b.operationMode &&
    (a.nativeTransportRunning ?? false) === b.nativeTransportRunning &&
    (a.liveNodeCount ?? 0) === b.liveNodeCount &&
    (a.unreachableNodeCount ?? 0) === b.unreachableNodeCount &&
    (a.releaseVersion ?? '') === b.releaseVersion &&
    (a.message ?? '') === b.message &&
    loadClose
  );
}

function applyHealth(w: Working, node: NodeRecord, details: cassandra_mesos.v1.HealthCheckDetails): void {
  const checkedAtMs = details.checkedAtMs || w.nowMs;
  const previous = node.health;
  if (previous && checkedAtMs < (previous.checkedAtMs ?? 0)) {
    w.emit({ type: 'log', level: 'info', reason: `dropping an out-of-order health check of ${node.nodeId} (${checkedAtMs} < ${previous.checkedAtMs ?? 0})` });
    return;
  }
  const summary = healthSummary(details, checkedAtMs);
  const changed = !sameHealth(previous, summary);
  // An unchanged check is written back only now and then: the history is compacted, and rewriting
  // every node's record on every check would be the original framework's write storm.
  if (!changed && w.nowMs - (previous?.checkedAtMs ?? 0) < w.settings.healthRefreshMs) return;
  const hostId = details.info?.hostId || node.hostId;
  const updated = cassandra_mesos.v1.NodeRecord.create({ ...node, health: summary, hostId });
  w.putNode(updated, changed ? `${node.nodeId} health: ${describeHealth(summary)}` : `${node.nodeId} health unchanged: ${describeHealth(summary)}`);
  w.emit({ type: 'persist-health', nodeId: node.nodeId, summary, reason: `health check of ${node.nodeId}` });
  noteLiveness(w, node, updated);
  noteDecommissionedHealth(w, w.node(node.nodeId) ?? updated);
}

export function describeHealth(h: NodeHealthSummary): string {
  if (!h.healthy) return `unhealthy${h.message ? `: ${h.message}` : ''}`;
  return `${h.operationMode || 'unknown mode'}, native transport ${h.nativeTransportRunning ? 'up' : 'down'}`;
}

/**
 * The node's compacted health history with `summary` appended: a run of equal states is one entry
 * (first and last time seen, count); at most `maxEntries` entries, the oldest dropped. For the store.
 */
export function appendHealthHistory(
  history: cassandra_mesos.v1.NodeHealthHistory | undefined,
  nodeId: string,
  summary: NodeHealthSummary,
  maxEntries = 20,
): cassandra_mesos.v1.NodeHealthHistory {
  const entries = [...(history?.entries ?? [])];
  const last = entries[entries.length - 1];
  if (last && sameHealth(last.summary, summary)) {
    entries[entries.length - 1] = cassandra_mesos.v1.HealthHistoryEntry.create({
      ...last,
      lastSeenMs: summary.checkedAtMs,
      count: (last.count ?? 0) + 1,
      summary,
    });
  } else {
    entries.push(cassandra_mesos.v1.HealthHistoryEntry.create({ firstSeenMs: summary.checkedAtMs, lastSeenMs: summary.checkedAtMs, count: 1, summary }));
  }
  const max = Math.max(1, maxEntries);
  return cassandra_mesos.v1.NodeHealthHistory.create({ nodeId, maxEntries: max, entries: entries.slice(-max) });
}
