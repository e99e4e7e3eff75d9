// TaskStatus helpers shared by the agent's parts: terminal states, and the updates the agent generates
// itself (SOURCE_AGENT, with a uuid, sent through the same reliable streams as executor updates).
import { isTerminalTaskState, mesos } from '@cassandra-mesos/model';
import type { FrameworkInfo, TaskStatus } from '../contracts';
import { newUuidBytes } from './ids';

export const TaskState = mesos.v1.TaskState;
export type TaskState = mesos.v1.TaskState;
export const Reason = mesos.v1.TaskStatus.Reason;
export type Reason = mesos.v1.TaskStatus.Reason;
export const Source = mesos.v1.TaskStatus.Source;

export function isTerminal(state: TaskState): boolean {
  return isTerminalTaskState(state);
}

export function hasCapability(
  framework: FrameworkInfo,
  type: mesos.v1.FrameworkInfo.Capability.Type,
): boolean {
  return (framework.capabilities ?? []).some((c) => c.type === type);
}

export function partitionAware(framework: FrameworkInfo): boolean {
  return hasCapability(framework, mesos.v1.FrameworkInfo.Capability.Type.PARTITION_AWARE);
}

export function taskKillingState(framework: FrameworkInfo): boolean {
  return hasCapability(framework, mesos.v1.FrameworkInfo.Capability.Type.TASK_KILLING_STATE);
}

export interface StatusFields {
  taskId: string;
  state: TaskState;
  source: mesos.v1.TaskStatus.Source;
  agentId: string;
  executorId?: string;
  reason?: Reason;
  message?: string;
}

/** A fresh update with a uuid and a timestamp (seconds, as Mesos writes it). */
export function newStatus(f: StatusFields): TaskStatus {
  const status = mesos.v1.TaskStatus.create({
    task_id: { value: f.taskId },
    state: f.state,
    source: f.source,
    agent_id: { value: f.agentId },
    uuid: newUuidBytes(),
    timestamp: Date.now() / 1000,
  });
  if (f.executorId !== undefined) status.executor_id = { value: f.executorId };
  if (f.reason !== undefined) status.reason = f.reason;
  if (f.message !== undefined) status.message = f.message;
  return status;
}

/** "Command exited with status 3" / "Command terminated with signal SIGKILL", as Mesos words it. */
export function describeExit(code: number | null, signal: string | null): string {
  if (signal) return `Command terminated with signal ${signal}`;
  return `Command exited with status ${code ?? -1}`;
}
