// LAUNCH and LAUNCH_GROUP inside an ACCEPT: validate, reply TASK_ERROR for invalid tasks, record valid
// ones as TASK_STAGING and hand them to the agent.
import type { AgentRecord } from './agent-record';
import type { MasterContext } from './context';
import type { MasterTask } from './framework';
import { formatForFramework } from './resource-format';
import { Resources } from './resources';
import { Reason, TaskState, masterStatus } from './status';
import { checkExecutor, checkTask, checkTaskBasics, completeExecutor, normalizeResources, type TaskContext } from './task-validation';
import { v1, type ExecutorInfoProps, type OperationProps, type ResourceProps, type TaskInfoProps } from './types';

export interface LaunchScope extends TaskContext {
  master: MasterContext;
  /** What is left of the offers; valid tasks take their resources from it. */
  available: Resources;
  /** Task IDs launched earlier in this ACCEPT. */
  seen: Set<string>;
}

/** Agents get the normalized (post-refinement) format with allocation_info, as Mesos agents do. */
function forAgent(list: ResourceProps[] | null | undefined, role: string): ResourceProps[] {
  return (list ?? []).map((r) => formatForFramework(r, role, { multiRole: true, refinement: true }));
}

function agentExecutor(executor: ExecutorInfoProps, role: string): InstanceType<typeof v1.ExecutorInfo> {
  return new v1.ExecutorInfo({ ...executor, resources: forAgent(executor.resources, role) });
}

function taskError(scope: LaunchScope, task: TaskInfoProps, reason: number, message: string): void {
  const status = masterStatus(scope.master.clock, {
    taskId: task.task_id?.value ?? '',
    state: TaskState.TASK_ERROR,
    reason,
    message,
    agentId: scope.agent.id,
  });
  scope.master.sendUpdate(scope.fw, status);
}

function record(scope: LaunchScope, task: TaskInfoProps, resources: ResourceProps[], executorId: string | undefined): void {
  const t: MasterTask = {
    taskId: task.task_id?.value ?? '',
    frameworkId: scope.fw.id,
    agentId: scope.agent.id,
    executorId,
    info: task,
    resources,
    role: scope.role,
    state: TaskState.TASK_STAGING,
    latest: undefined,
    latestUuid: undefined,
    unreachableTimeMs: undefined,
  };
  scope.fw.tasks.set(t.taskId, t);
  scope.seen.add(t.taskId);
}

function addExecutor(scope: LaunchScope, executor: ExecutorInfoProps, chargedResources: ResourceProps[]): void {
  const id = executor.executor_id?.value ?? '';
  if (scope.fw.executor(scope.agent.id, id)) return;
  scope.fw.addExecutor({ frameworkId: scope.fw.id, agentId: scope.agent.id, executorId: id, info: executor, resources: chargedResources, role: scope.role });
  scope.pendingExecutors.set(id, executor);
}

export function launch(scope: LaunchScope, op: OperationProps, agent: AgentRecord): void {
  for (const task of op.launch?.task_infos ?? []) {
    if (op.id) {
      taskError(scope, task, Reason.REASON_TASK_INVALID, 'The `id` field cannot be set on LAUNCH operations');
      continue;
    }
    const check = checkTask(scope, task, scope.available, scope.seen);
    if (!check.ok) {
      taskError(scope, task, Reason.REASON_TASK_INVALID, check.error);
      continue;
    }
    const { resources, executor, newExecutorResources } = check.plan;
    scope.available.subtract(resources).subtract(newExecutorResources);
    if (executor) addExecutor(scope, executor, newExecutorResources);
    record(scope, task, resources, executor?.executor_id?.value ?? undefined);
    const sent = new v1.TaskInfo({
      ...task,
      resources: forAgent(resources, scope.role),
      ...(executor ? { executor: agentExecutor(executor, scope.role) } : {}),
    });
    agent.port?.runTask(scope.fw.info, sent);
  }
}

export function launchGroup(scope: LaunchScope, op: OperationProps, agent: AgentRecord): void {
  const group = op.launch_group;
  const tasks = group?.task_group?.tasks ?? [];
  const fail = (message: string): void => {
    for (const t of tasks) taskError(scope, t, Reason.REASON_TASK_GROUP_INVALID, message);
  };
  if (op.id) return fail('The `id` field cannot be set on LAUNCH_GROUP operations');
  if (!group?.executor) return fail("'LaunchGroup.executor' must be set");
  if (tasks.length === 0) return;
  const executorError = checkExecutor(scope, group.executor, true);
  if (executorError) return fail(executorError);
  const executorResources = normalizeResources(scope, group.executor.resources, 'Executor');
  if (typeof executorResources === 'string') return fail(executorResources);
  const executor = { ...completeExecutor(scope.fw, group.executor), resources: executorResources };
  const executorId = executor.executor_id?.value ?? '';
  const groupSeen = new Set(scope.seen);
  const all = new Resources();
  const perTask: ResourceProps[][] = [];
  for (const task of tasks) {
    const basics = checkTaskBasics(scope, task, groupSeen);
    if (typeof basics === 'string') return fail(basics);
    if (task.executor && task.executor.executor_id?.value !== executorId) {
      return fail(`The executor of task '${task.task_id?.value ?? ''}' differs from the task group's executor`);
    }
    groupSeen.add(task.task_id?.value ?? '');
    perTask.push(basics);
    all.add(basics);
  }
  const isNew = !scope.fw.executor(scope.agent.id, executorId) && !scope.pendingExecutors.has(executorId);
  const charged = isNew ? executorResources : [];
  all.add(charged);
  if (!scope.available.contains(all)) {
    return fail('Total resources required by the task group and its executor are more than available in the offers');
  }
  scope.available.subtract(all);
  addExecutor(scope, executor, charged);
  const sentTasks = tasks.map((task, i) => {
    const resources = perTask[i] ?? [];
    record(scope, task, resources, executorId);
    return new v1.TaskInfo({ ...task, resources: forAgent(resources, scope.role) });
  });
  agent.port?.runTaskGroup(scope.fw.info, agentExecutor(executor, scope.role), new v1.TaskGroupInfo({ tasks: sentTasks }));
}
