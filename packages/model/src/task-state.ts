// Mesos task-state facts every part needs (master, agent, scheduler): which states are terminal.
import { mesos } from './gen/mesos';

const S = mesos.v1.TaskState;

// protobuf::isTerminalState in Mesos. TASK_LOST and TASK_GONE_BY_OPERATOR are terminal even though a
// partitioned agent that comes back may report TASK_RUNNING again afterwards.
const TERMINAL: ReadonlySet<number> = new Set([
  S.TASK_FINISHED,
  S.TASK_FAILED,
  S.TASK_KILLED,
  S.TASK_ERROR,
  S.TASK_LOST,
  S.TASK_DROPPED,
  S.TASK_GONE,
  S.TASK_GONE_BY_OPERATOR,
]);

export function isTerminalTaskState(state: mesos.v1.TaskState | number): boolean {
  return TERMINAL.has(state);
}
