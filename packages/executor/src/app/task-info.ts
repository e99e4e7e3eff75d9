// Reading what a TaskInfo asks for: its TaskDetails (TaskInfo.data) and its resources.
import { cassandra_mesos, decodeMessage, WireFormatError } from '@cassandra-mesos/model';
import type { TaskInfo } from '@cassandra-mesos/mesos';
import { PROTOCOL_VERSION } from '../server/machine';
import type { TaskResources } from './cassandra-launcher';

export type TaskDetails = ReturnType<typeof decodeRaw>;

function decodeRaw(task: TaskInfo) {
  return decodeMessage(cassandra_mesos.v1.TaskDetails, task.data, `TaskInfo.data of task '${task.task_id.value}'`);
}

export type DecodedTaskDetails = { readonly ok: true; readonly value: TaskDetails } | { readonly ok: false; readonly message: string };

/** Decodes and checks TaskInfo.data; the message of a failure names what was wrong. */
export function decodeTaskDetails(task: TaskInfo): DecodedTaskDetails {
  const taskId = task.task_id.value;
  let details: TaskDetails;
  try {
    details = decodeRaw(task);
  } catch (err) {
    if (err instanceof WireFormatError) return { ok: false, message: err.message };
    throw err;
  }
  if ((details.protocolVersion ?? 0) !== PROTOCOL_VERSION) {
    return { ok: false, message: `TaskDetails.protocol_version of task '${taskId}' is ${details.protocolVersion ?? 0}; this executor speaks version ${PROTOCOL_VERSION}` };
  }
  if (!details.nodeId) return { ok: false, message: `TaskDetails.node_id of task '${taskId}' is empty` };
  if (!details.task) return { ok: false, message: `TaskDetails of task '${taskId}' carries no task (server, node_job or config_update)` };
  return { ok: true, value: details };
}

/** The task's own scalar resources (mem in MiB, cpus). */
export function taskResources(task: TaskInfo): TaskResources {
  let memMb = 0;
  let cpus = 0;
  for (const r of task.resources ?? []) {
    const value = r.scalar?.value ?? 0;
    if (r.name === 'mem') memMb += value;
    else if (r.name === 'cpus') cpus += value;
  }
  return { memMb: Math.floor(memMb), cpus };
}
