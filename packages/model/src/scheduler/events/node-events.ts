// Events about nodes and their Mesos tasks: added, replaced, removed; task states; live or not; the
// agent lost and back; run state, seed and ring-departure changes.
import { cassandra_mesos } from '../../gen/cassandra_mesos';
import { isLive, runStateName, serverTask, tasksOf } from '../node-facts';
import type { NodeRecord, NodeTask, SchedulerState } from '../types';
import { duration, taskState, whereNode } from './format';
import type { ClusterEventDraft } from './types';

const { NodeTaskKind } = cassandra_mesos.v1;

/** Task states that say "the agent cannot be reached", not "the task ended". */
const UNREACHABLE_STATES: ReadonlySet<string> = new Set([
  'TASK_UNREACHABLE',
  'TASK_LOST',
  'TASK_UNKNOWN',
  'TASK_GONE_BY_OPERATOR',
]);

type Emit = (event: Omit<ClusterEventDraft, 'at'>) => void;

export function nodeEvents(prev: SchedulerState, next: SchedulerState, nowMs: number, emit: Emit): void {
  for (const [nodeId, after] of next.nodes) {
    const before = prev.nodes.get(nodeId);
    if (before === after) continue;
    if (!before) added(after, emit);
    // Task events first: a task that failed is the cause of the node no longer being live.
    taskEvents(before, after, nowMs, emit);
    if (before) changed(before, after, emit);
  }
  // Last: a replaced node is removed once its replacement is live, usually in the same change.
  for (const [nodeId, before] of prev.nodes) {
    if (next.nodes.has(nodeId)) continue;
    const where = before.hostname ? ` (it ran on ${before.hostname})` : '';
    emit({ level: 'info', kind: 'node-removed', nodeId, message: `${nodeId} removed${where}` });
  }
}

function added(node: NodeRecord, emit: Emit): void {
  const nodeId = node.nodeId;
  if (node.replacesNodeId) {
    const address = node.replaceIp ? ` (replace_address ${node.replaceIp})` : '';
    emit({
      level: 'warn',
      kind: 'node-replaced',
      nodeId,
      message: `${nodeId} replaces ${node.replacesNodeId}${address}`,
    });
    return;
  }
  emit({
    level: 'info',
    kind: 'node-added',
    nodeId,
    message: `${nodeId} added${node.seed ? ' as a seed' : ''}`,
  });
}

function changed(before: NodeRecord, after: NodeRecord, emit: Emit): void {
  const nodeId = after.nodeId;
  if (before.agentLostAtMs === 0 && after.agentLostAtMs > 0) {
    emit({
      level: 'warn',
      kind: 'node-agent',
      nodeId,
      message: `${nodeId}'s agent ${after.hostname || after.agentId} is unreachable`,
    });
  } else if (before.agentLostAtMs > 0 && after.agentLostAtMs === 0 && after.agentId === before.agentId) {
    emit({
      level: 'info',
      kind: 'node-agent',
      nodeId,
      message: `${nodeId}'s agent ${after.hostname || after.agentId} is back`,
    });
  }
  const wasLive = isLive(before);
  const live = isLive(after);
  if (!wasLive && live) {
    emit({
      level: 'info',
      kind: 'node-health',
      nodeId,
      message: `${nodeId} is live (${after.health?.operationMode ?? 'NORMAL'})${whereNode(after)}`,
    });
  } else if (wasLive && !live) {
    // A node an operator (or a rollout) is stopping going down is expected; any other is worth a look.
    const expected =
      runStateName(after) !== 'RUN' || stopping(before) || stopping(after) || after.leavingSinceMs > 0;
    emit({
      level: expected ? 'info' : 'warn',
      kind: 'node-health',
      nodeId,
      message: `${nodeId} is no longer live: ${whyNotLive(after)}`,
    });
  }
  if (runStateName(before) !== runStateName(after)) {
    emit({
      level: 'info',
      kind: 'node-run-state',
      nodeId,
      message: `${nodeId} run state ${runStateName(before)} → ${runStateName(after)}`,
    });
  }
  if (before.seed !== after.seed) {
    emit({
      level: 'info',
      kind: 'node-seed',
      nodeId,
      message: after.seed ? `${nodeId} is now a seed` : `${nodeId} is no longer a seed`,
    });
  }
  removalEvents(before, after, emit);
}

function removalEvents(before: NodeRecord, after: NodeRecord, emit: Emit): void {
  const nodeId = after.nodeId;
  if (before.leavingSinceMs === 0 && after.leavingSinceMs > 0)
    emit({ level: 'info', kind: 'node-removal', nodeId, message: `${nodeId} is leaving the cluster` });
  if (!before.decommissioned && after.decommissioned)
    emit({ level: 'info', kind: 'node-removal', nodeId, message: `${nodeId} left the ring` });
  if (after.removalError !== '' && after.removalError !== before.removalError) {
    emit({
      level: 'error',
      kind: 'node-removal',
      nodeId,
      message: `${nodeId} could not leave the ring: ${after.removalError}`,
    });
  }
}

/** Its Cassandra is being stopped on purpose (a KILL was sent). */
function stopping(node: NodeRecord): boolean {
  return (serverTask(node)?.killRequestedAtMs ?? 0) > 0;
}

function whyNotLive(node: NodeRecord): string {
  const task = serverTask(node);
  if (!task) return 'Cassandra is not running';
  if (task.state !== 'TASK_RUNNING') return `its task is ${taskState(task.state)}`;
  const h = node.health;
  if (!h) return 'no health report';
  if (h.healthy !== true) return `health check failed${h.message ? `: ${h.message}` : ''}`;
  if (h.nativeTransportRunning !== true) return 'native transport is down';
  return `Cassandra is ${h.operationMode || 'not serving'}`;
}

/** Launches, state changes, kill requests and ends of the node's tasks. */
function taskEvents(before: NodeRecord | undefined, after: NodeRecord, nowMs: number, emit: Emit): void {
  const nodeId = after.nodeId;
  const old = new Map((before ? tasksOf(before) : []).map((t) => [t.taskId, t]));
  for (const task of tasksOf(after)) {
    const was = old.get(task.taskId);
    old.delete(task.taskId);
    const jobId = task.kind === NodeTaskKind.NODE_JOB && task.jobId ? { jobId: task.jobId } : {};
    if (!was || was.state !== task.state) {
      const level = UNREACHABLE_STATES.has(task.state) ? 'warn' : 'info';
      emit({
        level,
        kind: 'task-state',
        nodeId,
        ...jobId,
        message: `${nodeId} ${taskName(task)} ${taskState(task.state)}${whereNode(after)}`,
      });
    }
    if ((was?.killRequestedAtMs ?? 0) === 0 && task.killRequestedAtMs > 0) {
      emit({
        level: 'info',
        kind: 'task-state',
        nodeId,
        ...jobId,
        message: `${nodeId} ${taskName(task)} stopping${task.killReason ? `: ${task.killReason}` : ''}`,
      });
    }
  }
  // What is left ended in this change (the core forgets a task once it has ended).
  for (const task of old.values()) ended(before, after, task, nowMs, emit);
}

function ended(
  before: NodeRecord | undefined,
  after: NodeRecord,
  task: NodeTask,
  nowMs: number,
  emit: Emit,
): void {
  const nodeId = after.nodeId;
  // A job task's outcome is the job's node part (job-node event); a second line would say less.
  if (task.kind === NodeTaskKind.NODE_JOB && task.killRequestedAtMs === 0) return;
  // The core records a crash in the node's restart backoff: a new failure time means this end was one.
  const b = after.backoff;
  const failedAtMs = Number(b?.lastFailureAtMs ?? 0);
  if (
    b &&
    task.kind === NodeTaskKind.SERVER &&
    failedAtMs > 0 &&
    failedAtMs !== Number(before?.backoff?.lastFailureAtMs ?? 0)
  ) {
    const failure = b.lastFailure ?? '';
    const what = failure.startsWith('TASK_') ? taskState(failure) : `failed: ${failure || 'no reason given'}`;
    const wait = Number(b.notBeforeMs ?? 0) - nowMs;
    const then = b.taskInvalid
      ? '; not retried with this configuration'
      : wait > 0
        ? `; restarting in ${duration(wait)}`
        : '';
    emit({
      level: 'error',
      kind: 'task-state',
      nodeId,
      message: `${nodeId} ${taskName(task)} ${what}${then}`,
    });
    return;
  }
  if (task.killRequestedAtMs > 0) {
    emit({
      level: 'info',
      kind: 'task-state',
      nodeId,
      message: `${nodeId} ${taskName(task)} stopped${task.killReason ? ` (${task.killReason})` : ''}`,
    });
    return;
  }
  emit({
    level: 'info',
    kind: 'task-state',
    nodeId,
    message: `${nodeId} ${taskName(task)} ${task.taskId} ended`,
  });
}

function taskName(task: NodeTask): string {
  switch (task.kind) {
    case NodeTaskKind.NODE_JOB:
      return 'job task';
    case NodeTaskKind.CONFIG_UPDATE:
      return 'config task';
    case NodeTaskKind.SERVER:
    case NodeTaskKind.NODE_TASK_KIND_UNSPECIFIED:
      return 'task';
  }
}
