// Task states as the master sees and reports them (§2.9, §0 item 17).
import { isTerminalTaskState } from '@cassandra-mesos/model';
import { epochSeconds, type Clock } from './clock';
import { Reason, Source, TaskState, type TaskStatusProps } from './types';

const PARTITION_AWARE_ONLY = new Set<number>([
  TaskState.TASK_UNREACHABLE,
  TaskState.TASK_GONE,
  TaskState.TASK_GONE_BY_OPERATOR,
  TaskState.TASK_UNKNOWN,
  TaskState.TASK_DROPPED,
]);

export function isTerminalState(state: number): boolean {
  return isTerminalTaskState(state);
}

/** What a framework without PARTITION_AWARE sees instead of the partition-aware states. */
export function stateFor(state: number, partitionAware: boolean): number {
  return !partitionAware && PARTITION_AWARE_ONLY.has(state) ? TaskState.TASK_LOST : state;
}

export interface MasterStatusInput {
  taskId: string;
  state: number;
  reason: number;
  message: string;
  agentId?: string;
  executorId?: string;
  unreachableTimeMs?: number;
}

/** A master-generated update: SOURCE_MASTER, no uuid (it is never acknowledged nor retried). */
export function masterStatus(clock: Clock, input: MasterStatusInput): TaskStatusProps {
  const status: TaskStatusProps = {
    task_id: { value: input.taskId },
    state: input.state,
    source: Source.SOURCE_MASTER,
    reason: input.reason,
    message: input.message,
    timestamp: epochSeconds(clock),
  };
  if (input.agentId) status.agent_id = { value: input.agentId };
  if (input.executorId) status.executor_id = { value: input.executorId };
  if (input.unreachableTimeMs !== undefined) status.unreachable_time = { nanoseconds: input.unreachableTimeMs * 1_000_000 };
  return status;
}

export { Reason, TaskState };

export function stateName(state: number): string {
  return TaskState[state] ?? String(state);
}
