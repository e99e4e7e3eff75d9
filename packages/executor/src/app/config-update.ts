// The config-update task: renders the node's files from a new configuration and writes them for the
// next start, without touching the running process. It fails (and writes nothing) when the
// configuration cannot be rendered, so a rollout can check a config on a node before restarting it.
import { cassandra_mesos, mesos } from '@cassandra-mesos/model';
import type { TaskInfo } from '@cassandra-mesos/mesos';
import { PROTOCOL_VERSION } from '../server/machine';
import { outgoingStatus, ServerStartError, type OutgoingStatus } from '../server/runner';
import { renderForTask, writeNodeFiles } from './cassandra-launcher';
import type { ExecutorRuntime } from './runtime-env';
import { taskResources, type TaskDetails } from './task-info';

const { TaskState } = mesos.v1;
const { TaskErrorType } = cassandra_mesos.v1;

export function runConfigUpdate(task: TaskInfo, details: TaskDetails, sandbox: string, runtime: ExecutorRuntime): OutgoingStatus {
  const taskId = task.task_id.value;
  const nodeId = details.nodeId ?? '';
  const update = details.configUpdate;
  const status = (state: mesos.v1.TaskState, message: string, error?: cassandra_mesos.v1.ITaskError): OutgoingStatus => {
    return outgoingStatus({
      type: 'update',
      taskId,
      state,
      message,
      ...(state === TaskState.TASK_ERROR ? { reason: mesos.v1.TaskStatus.Reason.REASON_TASK_INVALID } : {}),
      details: { protocolVersion: PROTOCOL_VERSION, nodeId, ...(error ? { error } : {}) },
    });
  };
  if (!update?.config) return status(TaskState.TASK_ERROR, 'TaskDetails.config_update.config is missing', { type: TaskErrorType.INVALID_TASK, message: 'config_update.config is missing' });
  // The memory of the server that will use this config is what the heap is checked against; a
  // config-update task carries the server's resources for that reason (its own would be tiny).
  const resources = taskResources(task);
  try {
    const rendered = renderForTask({ config: update.config, configId: update.configId ?? '' }, resources, sandbox, runtime);
    writeNodeFiles(rendered, sandbox, update.configId ?? '');
    return status(TaskState.TASK_FINISHED, `configuration ${update.configId || '(no id)'} written for the next start (heap ${rendered.heapMb} MiB); Cassandra was not restarted`);
  } catch (err) {
    if (err instanceof ServerStartError) {
      const type = err.failure === 'INVALID_TASK' ? TaskErrorType.INVALID_TASK : TaskErrorType.CONFIG_WRITE_FAILED;
      return status(err.failure === 'INVALID_TASK' ? TaskState.TASK_ERROR : TaskState.TASK_FAILED, err.message, { type, message: err.message });
    }
    throw err;
  }
}
