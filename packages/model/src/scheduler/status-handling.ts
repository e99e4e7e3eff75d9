// Task status updates, executor and agent failures. Every TaskState lands in one of three cases:
//   active    STAGING, STARTING, RUNNING, KILLING: the task lives; record its state.
//   agent     UNREACHABLE, UNKNOWN, GONE_BY_OPERATOR, and LOST for agent reasons: the task may live on
//             an agent we cannot reach; keep it, mark the agent lost (replace after the timeout) and
//             resume if it comes back (Mesos ≥ 1.5 reports TASK_RUNNING again).
//   ended     FINISHED, FAILED, KILLED, ERROR, DROPPED, GONE, and LOST otherwise: the task is gone.
//             Unless we asked for it, that is a crash: the server restarts in place on the same agent
//             and reservation after the restart backoff.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { mesos } from '../gen/mesos';
import { decodeMessage, WireFormatError } from '../wire';
import { backoffAfterFailure, type LaunchFailure } from './backoff';
import { killServer } from './kills';
import { enforceRunState, noteLiveness } from './lifecycle';
import { isAgentLost, isLeaving, isTerminated, nodeIdOfExecutor, nodeIdOfTask, reasonName, replaceTask, runStateName, serverTask, taskById, taskStateName } from './node-facts';
import { reviveFor } from './offer-flow';
import { finishRemovalIfDone } from './scale-down';
import { jobTaskEnded } from './jobs/job-status';
import type { MesosTaskStatus, NodeRecord, NodeTask } from './types';
import type { Working } from './working';

const S = mesos.v1.TaskState;
const R = mesos.v1.TaskStatus.Reason;
const { NodeTaskKind } = cassandra_mesos.v1;

const ACTIVE: ReadonlySet<number> = new Set([S.TASK_STAGING, S.TASK_STARTING, S.TASK_RUNNING, S.TASK_KILLING]);
const AGENT_UNREACHABLE: ReadonlySet<number> = new Set([S.TASK_UNREACHABLE, S.TASK_UNKNOWN, S.TASK_GONE_BY_OPERATOR]);
/** TASK_LOST reasons that mean "its agent is unreachable", not "the task is gone". */
const AGENT_LOSS_REASONS: ReadonlySet<number> = new Set([
  R.REASON_AGENT_REMOVED,
  R.REASON_AGENT_DISCONNECTED,
  R.REASON_AGENT_REMOVED_BY_OPERATOR,
  R.REASON_AGENT_UNKNOWN,
  R.REASON_MASTER_DISCONNECTED,
]);
/** Ends that say nothing about the node's health: a launch that never reached an agent. */
const NOT_A_CRASH: ReadonlySet<number> = new Set([R.REASON_RECONCILIATION, R.REASON_INVALID_OFFERS, R.REASON_TASK_UNKNOWN]);

type StatusCase = 'active' | 'agent' | 'ended';

export function classifyStatus(status: MesosTaskStatus): StatusCase {
  const state = status.state ?? S.TASK_STAGING;
  if (ACTIVE.has(state)) return 'active';
  if (AGENT_UNREACHABLE.has(state)) return 'agent';
  if (state === S.TASK_LOST && (AGENT_LOSS_REASONS.has(status.reason ?? -1) || !!status.unreachable_time)) return 'agent';
  return 'ended';
}

export function handleStatus(w: Working, status: MesosTaskStatus): void {
  const taskId = status.task_id?.value ?? '';
  w.setTracker(w.volatile.reconciliation.onStatus(taskId, w.nowMs));
  const nodeId = nodeIdOfTask(taskId);
  const node = nodeId === undefined ? undefined : w.node(nodeId);
  const task = node ? taskById(node, taskId) : undefined;
  if (!node || !task) {
    strayTask(w, status, node);
    return;
  }
  switch (classifyStatus(status)) {
    case 'active':
      onActive(w, node, task, status);
      return;
    case 'agent':
      onAgentUnreachable(w, node, task, status);
      return;
    case 'ended': {
      const description = describe(status);
      endTask(w, node, task, { description, expected: expectedEnd(task, status), invalid: status.state === S.TASK_ERROR });
      if (task.kind === NodeTaskKind.NODE_JOB) jobTaskEnded(w, w.node(node.nodeId) ?? node, task, status, description, neverRan(status));
      return;
    }
  }
}

function onActive(w: Working, node: NodeRecord, task: NodeTask, status: MesosTaskStatus): void {
  const state = taskStateName(status.state);
  const running = status.state === S.TASK_RUNNING;
  const pid = running && task.kind === NodeTaskKind.SERVER ? startedPid(w, status) : undefined;
  const confirm = running && !!node.reservation?.reservationId && !node.reservation.confirmed;
  const back = running && isAgentLost(node);
  if (task.state === state && pid === undefined && !confirm && !back) return;
  const updated = cassandra_mesos.v1.NodeRecord.create({
    ...node,
    tasks: replaceTask(node, task.taskId, cassandra_mesos.v1.NodeTask.create({ ...task, state, stateAtMs: w.nowMs })),
    ...(pid !== undefined ? { serverPid: pid } : {}),
    ...(back ? { agentLostAtMs: 0 } : {}),
    ...(confirm ? { reservation: cassandra_mesos.v1.NodeReservation.create({ ...node.reservation, confirmed: true }) } : {}),
  });
  w.putNode(updated, `${task.taskId} is ${state}${back ? `: agent ${node.agentId} is back` : ''}`);
  let now = noteLiveness(w, node, updated);
  // A process that must not run (stopped, terminated, being removed) is stopped again.
  // A leaving node keeps running until it has left the ring (decommission needs it up).
  if (task.kind === NodeTaskKind.SERVER && task.killRequestedAtMs === 0 && (runStateName(now) !== 'RUN' || (isLeaving(now) && now.decommissioned))) {
    now = killServer(w, now, isLeaving(now) ? 'the node is being removed' : `run state ${runStateName(now)}`);
  }
}

function onAgentUnreachable(w: Working, node: NodeRecord, task: NodeTask, status: MesosTaskStatus): void {
  const state = taskStateName(status.state);
  if (isTerminated(node) || isLeaving(node)) {
    // Nothing to wait for: the node is going away anyway.
    const updated = cassandra_mesos.v1.NodeRecord.create({ ...node, tasks: replaceTask(node, task.taskId, undefined), serverPid: 0 });
    w.putNode(updated, `${task.taskId} is ${state} (${describe(status)}); ${node.nodeId} is going away, the task is forgotten`);
    finishRemovalIfDone(w, updated);
    return;
  }
  const updated = cassandra_mesos.v1.NodeRecord.create({
    ...node,
    agentLostAtMs: node.agentLostAtMs > 0 ? node.agentLostAtMs : w.nowMs,
    tasks: replaceTask(node, task.taskId, cassandra_mesos.v1.NodeTask.create({ ...task, state, stateAtMs: w.nowMs })),
  });
  w.putNode(updated, `${task.taskId} is ${state}: agent ${node.agentId} (${node.hostname}) is unreachable (${describe(status)})`);
}

/** The task never reached an executor: a launch the master dropped, or one it never saw (reconciliation). */
function neverRan(status: MesosTaskStatus): boolean {
  return status.state === S.TASK_DROPPED || NOT_A_CRASH.has(status.reason ?? -1);
}

function expectedEnd(task: NodeTask, status: MesosTaskStatus): boolean {
  return task.killRequestedAtMs > 0 || status.state === S.TASK_DROPPED || NOT_A_CRASH.has(status.reason ?? -1);
}

export interface TaskEnd {
  readonly description: string;
  /** We asked for it (or it never started): no restart backoff. */
  readonly expected: boolean;
  /** TASK_ERROR: the launch itself was invalid. */
  readonly invalid: boolean;
}

export function endTask(w: Working, node: NodeRecord, task: NodeTask, end: TaskEnd): void {
  const { description } = end;
  const isServer = task.kind === NodeTaskKind.SERVER;
  const failure: LaunchFailure | undefined =
    isServer && !end.expected ? { description, invalidTask: end.invalid, configId: task.configId } : undefined;
  const updated = cassandra_mesos.v1.NodeRecord.create({
    ...node,
    tasks: replaceTask(node, task.taskId, undefined),
    ...(isServer ? { serverPid: 0 } : {}),
    ...(failure ? { backoff: backoffAfterFailure(node, failure, w.nowMs, w.settings) } : {}),
  });
  const why = failure ? `Cassandra on ${node.nodeId} failed: ${description}` : `${task.taskId} ended: ${description}`;
  w.putNode(updated, why);
  if (isServer && updated.executorId !== '' && !isAgentLost(updated)) {
    // Its executor has nothing left to do; the next launch starts a new one.
    w.emit({ type: 'shutdown-executor', executorId: updated.executorId, agentId: updated.agentId, reason: `${node.nodeId}'s server task ended` });
  }
  const now = enforceRunState(w, updated);
  finishRemovalIfDone(w, now);
  reviveFor(w, w.node(node.nodeId), why);
}

/** A status for a task no node tracks: a running one is a duplicate or belongs to a removed node. */
function strayTask(w: Working, status: MesosTaskStatus, node: NodeRecord | undefined): void {
  const taskId = status.task_id?.value ?? '';
  const state = taskStateName(status.state);
  const agentId = status.agent_id?.value ?? '';
  const whose = node ? `not ${node.nodeId}'s current task (${serverTask(node)?.taskId ?? 'none'})` : 'of no known node';
  if (ACTIVE.has(status.state ?? S.TASK_STAGING) && agentId !== '') {
    w.emit({ type: 'kill', taskId, agentId, reason: `${taskId} is ${state} but ${whose}: killing it` });
    return;
  }
  w.emit({ type: 'log', level: 'info', reason: `ignoring ${state} of ${taskId}: ${whose}` });
}

export function handleExecutorFailure(w: Working, agentId: string, executorId: string | undefined, exitStatus: number | undefined): void {
  const nodeId = executorId ? nodeIdOfExecutor(executorId) : undefined;
  const node = nodeId ? w.node(nodeId) : undefined;
  const task = node ? serverTask(node) : undefined;
  if (!node || !task || node.executorId !== executorId || isAgentLost(node)) {
    w.emit({ type: 'log', level: 'info', reason: `executor ${executorId ?? '(none)'} on agent ${agentId} ended (status ${exitStatus ?? 'unknown'}); no running task depends on it` });
    return;
  }
  // Its tasks died with it; the agent's TASK_FAILED for them may come later or not at all.
  endTask(w, node, task, { description: `executor ${executorId} exited with status ${exitStatus ?? 'unknown'}`, expected: task.killRequestedAtMs > 0, invalid: false });
}

export function handleAgentFailure(w: Working, agentId: string): void {
  for (const node of w.nodes.values()) {
    if (node.agentId !== agentId || isAgentLost(node)) continue;
    if (isTerminated(node) && node.tasks.length === 0) continue;
    w.putNode(cassandra_mesos.v1.NodeRecord.create({ ...node, agentLostAtMs: w.nowMs }), `agent ${agentId} (${node.hostname}) of ${node.nodeId} failed`);
  }
}

function describe(status: MesosTaskStatus): string {
  const reason = reasonName(status.reason);
  const parts = [taskStateName(status.state) + (reason ? ` (${reason})` : '')];
  if (status.message) parts.push(status.message);
  const details = statusDetails(status);
  if (details?.serverExited) {
    const e = details.serverExited;
    parts.push(e.signal ? `killed by ${e.signal}` : `exit code ${e.exitCode}`);
  }
  if (details?.error?.message) parts.push(details.error.message);
  return parts.join(': ');
}

function statusDetails(status: MesosTaskStatus): cassandra_mesos.v1.TaskStatusDetails | undefined {
  if (!status.data || status.data.length === 0) return undefined;
  try {
    return decodeMessage<cassandra_mesos.v1.TaskStatusDetails>(cassandra_mesos.v1.TaskStatusDetails, status.data, `TaskStatus.data of ${status.task_id?.value ?? ''}`);
  } catch (err) {
    if (err instanceof WireFormatError) return undefined;
    throw err;
  }
}

function startedPid(w: Working, status: MesosTaskStatus): number | undefined {
  if (!status.data || status.data.length === 0) return undefined;
  try {
    const details = decodeMessage<cassandra_mesos.v1.TaskStatusDetails>(cassandra_mesos.v1.TaskStatusDetails, status.data, `TaskStatus.data of ${status.task_id?.value ?? ''}`);
    return details.serverStarted?.pid || undefined;
  } catch (err) {
    if (!(err instanceof WireFormatError)) throw err;
    w.emit({ type: 'log', level: 'warn', reason: err.message });
    return undefined;
  }
}
