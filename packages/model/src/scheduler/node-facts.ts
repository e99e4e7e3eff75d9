// Facts about one node record that every rule asks: its server task, whether it is live, placed,
// leaving; and how task and executor ids are formed from the node id.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { mesos } from '../gen/mesos';
import type { NodeHealthSummary, NodeRecord, NodeTask, RunStateName } from './types';

const { NodeTaskKind, TargetRunState } = cassandra_mesos.v1;

export function nodeIdOf(index: number): string {
  return `node-${index}`;
}

const TASK_ID = /^(node-\d+)-(server|job|config)-/;

/** The node a task id belongs to (`<nodeId>-server-<uuid>`), or undefined for a task id we never made. */
export function nodeIdOfTask(taskId: string): string | undefined {
  return TASK_ID.exec(taskId)?.[1];
}

const EXECUTOR_ID = /^(node-\d+)-executor-(\d+)$/;

export function nodeIdOfExecutor(executorId: string): string | undefined {
  return EXECUTOR_ID.exec(executorId)?.[1];
}

/**
 * A fresh executor id for the node's next server launch. Every server launch gets its own executor, so
 * an ExecutorInfo never has to match one launched by an older config or scheduler version.
 */
export function nextExecutorId(node: NodeRecord): string {
  const n = Number(EXECUTOR_ID.exec(node.executorId)?.[2] ?? '-1');
  return `${node.nodeId}-executor-${n + 1}`;
}

/**
 * A task entry with every field present. Nested messages of a record may be plain objects (built by
 * hand, or by a store that does not decode into message instances); the rules read them through this.
 */
export function asTask(task: cassandra_mesos.v1.NodeTask.$Properties): NodeTask {
  return task instanceof cassandra_mesos.v1.NodeTask ? task : cassandra_mesos.v1.NodeTask.create(task);
}

export function tasksOf(node: NodeRecord): NodeTask[] {
  return node.tasks.map(asTask);
}

export function serverTask(node: NodeRecord): NodeTask | undefined {
  const task = node.tasks.find((t) => t.kind === NodeTaskKind.SERVER);
  return task ? asTask(task) : undefined;
}

export function taskById(node: NodeRecord, taskId: string): NodeTask | undefined {
  const task = node.tasks.find((t) => t.taskId === taskId);
  return task ? asTask(task) : undefined;
}

/** The node's tasks with the one of `taskId` replaced (or removed when `replacement` is undefined). */
export function replaceTask(node: NodeRecord, taskId: string, replacement: NodeTask | undefined): NodeTask[] {
  const out: NodeTask[] = [];
  for (const t of node.tasks) {
    if (t.taskId !== taskId) out.push(asTask(t));
    else if (replacement) out.push(replacement);
  }
  return out;
}

const RUNNING = mesos.v1.TaskState[mesos.v1.TaskState.TASK_RUNNING];

/**
 * Operation modes of a node that is a full ring member serving clients. DECOMMISSION_FAILED is what
 * Cassandra reports after it refused a decommission (e.g. the replication factor needs the node): the
 * node stays a NORMAL member in gossip and keeps serving until it is restarted or decommissioned.
 */
const SERVING_MODES: ReadonlySet<string> = new Set(['NORMAL', 'DECOMMISSION_FAILED']);

/** A health summary that says Cassandra serves: healthy, a serving mode, native transport up. */
export function healthSaysLive(health: NodeHealthSummary | cassandra_mesos.v1.NodeHealthSummary.$Properties | null | undefined): boolean {
  return !!health && health.healthy === true && SERVING_MODES.has(health.operationMode ?? '') && health.nativeTransportRunning === true;
}

/** Live = the server task runs and the latest health check says NORMAL with native transport up. */
export function isLive(node: NodeRecord): boolean {
  const task = serverTask(node);
  return task !== undefined && task.state === RUNNING && healthSaysLive(node.health);
}

/** Has an agent and (possibly empty-id) reservation: the node is bound to a host. */
export function isPlaced(node: NodeRecord): boolean {
  return node.agentId !== '' && !!node.reservation;
}

export function isTerminated(node: NodeRecord): boolean {
  return node.targetRunState === TargetRunState.TERMINATE;
}

export function isLeaving(node: NodeRecord): boolean {
  return node.leavingSinceMs > 0;
}

export function isAgentLost(node: NodeRecord): boolean {
  return node.agentLostAtMs > 0;
}

/** Has been live once: it is a ring member, and a restart does not bootstrap. */
export function hasJoined(node: NodeRecord): boolean {
  return node.firstLiveAtMs > 0;
}

export function runStateName(node: NodeRecord): RunStateName {
  switch (node.targetRunState) {
    case TargetRunState.STOP:
      return 'STOP';
    case TargetRunState.RESTART:
      return 'RESTART';
    case TargetRunState.TERMINATE:
      return 'TERMINATE';
    case TargetRunState.RUN:
    case TargetRunState.TARGET_RUN_STATE_UNSPECIFIED:
      return 'RUN';
  }
}

export function runStateOf(name: RunStateName): cassandra_mesos.v1.TargetRunState {
  return TargetRunState[name];
}

/** Wants the Cassandra process running (RUN, or RESTART once the old process is gone). */
export function wantsServer(node: NodeRecord): boolean {
  const state = runStateName(node);
  return (state === 'RUN' || state === 'RESTART') && !isLeaving(node);
}

export function taskStateName(state: mesos.v1.TaskState | number | null | undefined): string {
  return mesos.v1.TaskState[state ?? mesos.v1.TaskState.TASK_STAGING] ?? `TASK_STATE_${String(state)}`;
}

export function reasonName(reason: mesos.v1.TaskStatus.Reason | number | null | undefined): string {
  if (reason === null || reason === undefined) return '';
  return mesos.v1.TaskStatus.Reason[reason] ?? `REASON_${reason}`;
}

/** "12s", "3m20s": durations in step messages. */
export function formatMs(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
}
