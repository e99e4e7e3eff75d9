// The operations of an ACCEPT, applied to the accepted offers' resources by the rules real Mesos
// enforces: RESERVE/UNRESERVE/CREATE/DESTROY must name resources the offer holds (in MULTI_ROLE format),
// a LAUNCH must fit what is left; an invalid operation is dropped (an invalid LAUNCH ends in TASK_ERROR).
import { mesos } from '../../src/gen/mesos';
import { isTerminalTaskState } from '../../src/task-state';
import type { Resource, ResourcePool } from './resource-pool';
import type { SimMaster } from './sim-master';
import type { AcceptResult, SimAgent, SimTask } from './sim-types';

type Operation = mesos.v1.Offer.Operation.$Properties;
type TaskInfo = mesos.v1.TaskInfo.$Properties;

const { TaskState } = mesos.v1;
const { Reason } = mesos.v1.TaskStatus;
const OpType = mesos.v1.Offer.Operation.Type;

export function applyOperation(
  master: SimMaster,
  agent: SimAgent,
  pool: ResourcePool,
  op: Operation,
  nowMs: number,
  result: AcceptResult,
): void {
  const fail = (what: string): void => {
    master.counters.invalidOperations++;
    result.errors.push(`${what} on ${agent.spec.hostname}`);
  };
  const unwrap = (rs: readonly Resource[]): string | undefined => checkAllocation(master, rs);
  switch (op.type) {
    case OpType.RESERVE: {
      const rs = op.reserve?.resources ?? [];
      const bad = unwrap(rs) ?? reserveError(rs);
      const error = bad ?? pool.take(rs.map(withoutTopReservation));
      if (error) return fail(`RESERVE dropped: ${error}`);
      pool.add(rs);
      master.counters.reserves++;
      return;
    }
    case OpType.UNRESERVE: {
      const rs = op.unreserve?.resources ?? [];
      const error = unwrap(rs) ?? pool.take(rs);
      if (error) return fail(`UNRESERVE dropped: ${error}`);
      pool.add(rs.map(withoutTopReservation));
      master.counters.unreserves++;
      return;
    }
    case OpType.CREATE: {
      const rs = op.create?.volumes ?? [];
      const bad = unwrap(rs) ?? createError(rs);
      const error = bad ?? pool.take(rs.map(withoutVolume));
      if (error) return fail(`CREATE dropped: ${error}`);
      pool.add(rs);
      master.counters.creates++;
      return;
    }
    case OpType.DESTROY: {
      const rs = op.destroy?.volumes ?? [];
      const inUse = rs.find((v) => volumeInUse(master, agent, v.disk?.persistence?.id ?? ''));
      const error = unwrap(rs) ?? (inUse ? `volume ${inUse.disk?.persistence?.id} is in use` : pool.take(rs));
      if (error) return fail(`DESTROY dropped: ${error}`);
      pool.add(rs.map(withoutVolume));
      master.counters.destroys++;
      return;
    }
    case OpType.LAUNCH:
      for (const task of op.launch?.task_infos ?? []) launch(master, agent, pool, task, nowMs, result);
      return;
    case OpType.LAUNCH_GROUP:
    case OpType.CREATE_DISK:
    case OpType.DESTROY_DISK:
    case OpType.GROW_VOLUME:
    case OpType.SHRINK_VOLUME:
    case OpType.UNKNOWN:
    case null:
    case undefined:
      return fail(`operation type ${String(op.type)} is not simulated`);
  }
}

function launch(
  master: SimMaster,
  agent: SimAgent,
  pool: ResourcePool,
  task: TaskInfo,
  nowMs: number,
  result: AcceptResult,
): void {
  const taskId = task.task_id?.value ?? '';
  const executorInfo = task.executor;
  const executorId = executorInfo?.executor_id?.value ?? '';
  const refuse = (message: string): void => {
    master.counters.invalidOperations++;
    result.errors.push(`LAUNCH of ${taskId} refused: ${message}`);
    result.statuses.push(
      master.masterStatus(task, TaskState.TASK_ERROR, Reason.REASON_TASK_INVALID, message, nowMs),
    );
  };
  if (!executorInfo || executorId === '') return refuse('a task without a custom executor is not simulated');
  if (master.tasks.has(taskId) && !isTerminalTaskState(master.tasks.get(taskId)?.state ?? 0)) {
    return refuse(`Task has duplicate ID: ${taskId}`);
  }
  if (task.agent_id?.value !== agent.id)
    return refuse(`task agent_id '${task.agent_id?.value ?? ''}' is not the offer's agent '${agent.id}'`);
  const taskResources = task.resources ?? [];
  const existing = agent.executors.get(executorId);
  // As Mesos: a task joining a running executor must carry exactly that executor's ExecutorInfo.
  if (existing && JSON.stringify(existing.info) !== JSON.stringify(executorInfo)) {
    return refuse(`ExecutorInfo is not compatible with existing ExecutorInfo with same ExecutorID '${executorId}'`);
  }
  const executorResources = existing ? [] : (executorInfo.resources ?? []);
  const error =
    checkAllocation(master, [...taskResources, ...executorResources]) ??
    pool.take([...taskResources, ...executorResources]);
  if (error) return refuse(`resources not in the offer: ${error}`);
  const executor = existing ?? {
    executorId,
    agentId: agent.id,
    info: executorInfo,
    resources: executorResources,
    tasks: new Set<string>(),
  };
  agent.executors.set(executorId, executor);
  executor.tasks.add(taskId);
  const simTask: SimTask = {
    taskId,
    agentId: agent.id,
    executorId,
    info: task,
    resources: taskResources,
    state: TaskState.TASK_STAGING,
    launchedAtMs: nowMs,
  };
  master.tasks.set(taskId, simTask);
  master.counters.launches++;
  result.launched.push(simTask);
}

/** MULTI_ROLE: every resource in an operation carries the allocation role of the offer. */
function checkAllocation(master: SimMaster, rs: readonly Resource[]): string | undefined {
  const bad = rs.find((r) => r.allocation_info?.role !== master.role);
  return bad
    ? `resource ${bad.name ?? '?'} lacks allocation_info.role '${master.role}' (MULTI_ROLE framework)`
    : undefined;
}

function volumeInUse(master: SimMaster, agent: SimAgent, persistenceId: string): boolean {
  for (const executor of agent.executors.values()) {
    if (executor.resources.some((r) => r.disk?.persistence?.id === persistenceId)) return true;
    for (const taskId of executor.tasks) {
      if (master.tasks.get(taskId)?.resources.some((r) => r.disk?.persistence?.id === persistenceId))
        return true;
    }
  }
  return false;
}

function withoutTopReservation(r: Resource): Resource {
  const stack = r.reservations ?? [];
  const out: Resource = { ...r, reservations: stack.slice(0, -1) };
  if (out.reservations?.length === 0) delete out.reservations;
  return out;
}

function withoutVolume(r: Resource): Resource {
  const out: Resource = { ...r };
  delete out.disk;
  return out;
}

function reserveError(rs: readonly Resource[]): string | undefined {
  for (const r of rs) {
    const top = r.reservations?.[r.reservations.length - 1];
    if (!top) return `resource ${r.name ?? '?'} has no reservation to push`;
    if (top.type !== mesos.v1.Resource.ReservationInfo.Type.DYNAMIC)
      return 'RESERVE needs a DYNAMIC reservation';
    if (r.disk?.persistence) return 'RESERVE of a persistent volume';
  }
  return undefined;
}

function createError(rs: readonly Resource[]): string | undefined {
  for (const v of rs) {
    if (v.name !== 'disk') return `CREATE of a ${v.name ?? '?'} resource`;
    if (!v.disk?.persistence?.id) return 'CREATE volume without disk.persistence.id';
    if (!v.disk.volume?.container_path) return 'CREATE volume without disk.volume.container_path';
    if ((v.reservations?.length ?? 0) === 0) return 'CREATE volume on unreserved disk';
  }
  return undefined;
}
