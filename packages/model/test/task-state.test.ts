import { mesos } from '../src/gen/mesos';
import { isTerminalTaskState } from '../src/task-state';

const S = mesos.v1.TaskState;

describe('isTerminalTaskState', () => {
  it.each([S.TASK_FINISHED, S.TASK_FAILED, S.TASK_KILLED, S.TASK_ERROR, S.TASK_LOST, S.TASK_DROPPED, S.TASK_GONE, S.TASK_GONE_BY_OPERATOR])(
    'state %d is terminal',
    (state) => expect(isTerminalTaskState(state)).toBe(true),
  );
  it.each([S.TASK_STAGING, S.TASK_STARTING, S.TASK_RUNNING, S.TASK_KILLING, S.TASK_UNREACHABLE, S.TASK_UNKNOWN])(
    'state %d is not terminal',
    (state) => expect(isTerminalTaskState(state)).toBe(false),
  );
});
