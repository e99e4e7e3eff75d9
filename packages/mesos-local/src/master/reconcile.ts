// Task reconciliation (§4.5, Master::reconcile): implicit (every known task) and explicit (the case
// table). Answers are master-generated: SOURCE_MASTER, REASON_RECONCILIATION, no uuid.
import type { MasterContext } from './context';
import type { Framework, MasterTask } from './framework';
import { Reason, TaskState, masterStatus } from './status';
import { has, type TaskStatusProps } from './types';

function latestOf(ctx: MasterContext, task: MasterTask): TaskStatusProps {
  const status = masterStatus(ctx.clock, {
    taskId: task.taskId,
    state: task.state,
    reason: Reason.REASON_RECONCILIATION,
    message: 'Reconciliation: Latest task state',
    agentId: task.agentId,
    ...(task.executorId ? { executorId: task.executorId } : {}),
    ...(task.unreachableTimeMs !== undefined ? { unreachableTimeMs: task.unreachableTimeMs } : {}),
  });
  const latest = task.latest;
  if (latest) {
    if (has(latest, 'healthy')) status.healthy = latest.healthy;
    if (has(latest, 'check_status')) status.check_status = latest.check_status;
    if (has(latest, 'container_status')) status.container_status = latest.container_status;
    if (has(latest, 'labels')) status.labels = latest.labels;
  }
  return status;
}

export function reconcileImplicit(ctx: MasterContext, fw: Framework): void {
  for (const task of fw.tasks.values()) ctx.sendUpdate(fw, latestOf(ctx, task));
}

/** The answer for one listed task, or undefined when the framework must ask again later. */
export function explicitAnswer(ctx: MasterContext, fw: Framework, taskId: string, agentId: string | undefined): TaskStatusProps | undefined {
  const task = fw.tasks.get(taskId);
  if (task) return latestOf(ctx, task);
  const agent = agentId ? ctx.agents.get(agentId) : undefined;
  const base = { taskId, reason: Reason.REASON_RECONCILIATION, ...(agentId ? { agentId } : {}) };
  if (agent && (agent.state === 'registered' || agent.state === 'disconnected')) {
    return masterStatus(ctx.clock, { ...base, state: TaskState.TASK_GONE, message: 'Reconciliation: Task is unknown to the agent' });
  }
  if (agent && agent.state === 'unreachable') {
    return masterStatus(ctx.clock, {
      ...base,
      state: TaskState.TASK_UNREACHABLE,
      message: 'Reconciliation: Task is unreachable',
      ...(agent.unreachableTimeMs !== undefined ? { unreachableTimeMs: agent.unreachableTimeMs } : {}),
    });
  }
  const anyRecovering = [...ctx.agents.values()].some((a) => a.state === 'recovering');
  if ((agentId && agent?.state !== 'recovering') || (!agentId && !anyRecovering)) {
    return masterStatus(ctx.clock, { ...base, state: TaskState.TASK_UNKNOWN, message: 'Reconciliation: Task is unknown' });
  }
  return undefined; // its agent (or some agent) is still re-registering after a master restart
}

export function reconcileExplicit(ctx: MasterContext, fw: Framework, tasks: Array<{ taskId: string; agentId: string | undefined }>): void {
  for (const { taskId, agentId } of tasks) {
    const status = explicitAnswer(ctx, fw, taskId, agentId);
    if (status) ctx.sendUpdate(fw, status);
  }
}
