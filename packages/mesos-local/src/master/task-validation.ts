// TaskInfo / ExecutorInfo validation as the master does it on LAUNCH and LAUNCH_GROUP (§2.6, §4.3).
import type { AgentRecord } from './agent-record';
import { canonical } from './canonical';
import type { Framework } from './framework';
import { validateId } from './ids';
import { normalizeFromFramework } from './resource-format';
import { Resources } from './resources';
import { v1, type ExecutorInfoProps, type ResourceProps, type TaskInfoProps } from './types';

export interface TaskPlan {
  resources: ResourceProps[];
  /** The executor with framework_id set and normalized resources. */
  executor: ExecutorInfoProps | undefined;
  /** Resources of an executor that is not running yet (charged once, with its first task). */
  newExecutorResources: ResourceProps[];
}

export type TaskCheck = { ok: true; plan: TaskPlan } | { ok: false; error: string };

export interface TaskContext {
  fw: Framework;
  agent: AgentRecord;
  role: string;
  /** Executors launched earlier in this ACCEPT (not in the framework yet). */
  pendingExecutors: Map<string, ExecutorInfoProps>;
}

export function normalizeResources(ctx: TaskContext, list: ResourceProps[] | null | undefined, what: string): ResourceProps[] | string {
  const out: ResourceProps[] = [];
  for (const r of list ?? []) {
    const n = normalizeFromFramework(r, ctx.fw.caps);
    if (!n.ok) return `${what} uses invalid resources: ${n.error}`;
    if (ctx.fw.caps.multiRole) {
      if (n.allocationRole === undefined) return `${what} uses invalid resources: resources of a MULTI_ROLE framework must carry 'allocation_info'`;
      if (n.allocationRole !== ctx.role) {
        return `${what} uses invalid resources: allocation role '${n.allocationRole}' differs from the offer's allocation role '${ctx.role}'`;
      }
    }
    out.push(n.resource);
  }
  return out;
}

function durationError(d: { nanoseconds?: number | null } | null | undefined): boolean {
  return !!d && Number(d.nanoseconds ?? 0) < 0;
}

/** The executor with framework_id filled in, as the master stores and compares it. */
export function completeExecutor(fw: Framework, e: ExecutorInfoProps): ExecutorInfoProps {
  return { ...e, framework_id: { value: fw.id } };
}

export function checkExecutor(ctx: TaskContext, e: ExecutorInfoProps, group: boolean): string | undefined {
  const idError = validateId(e.executor_id?.value ?? '');
  if (idError) return `Executor has invalid ExecutorID '${e.executor_id?.value ?? ''}': ${idError}`;
  if (e.framework_id && e.framework_id.value !== ctx.fw.id) {
    return `ExecutorInfo has an invalid FrameworkID (Actual: ${e.framework_id.value} vs Expected: ${ctx.fw.id})`;
  }
  const type = e.type ?? v1.ExecutorInfo.Type.UNKNOWN;
  if (group) {
    if (type === v1.ExecutorInfo.Type.UNKNOWN) return "'ExecutorInfo.type' must be set";
    if (type === v1.ExecutorInfo.Type.DEFAULT && e.command) return "'ExecutorInfo.command' must not be set for 'DEFAULT' executor";
  } else if (type === v1.ExecutorInfo.Type.DEFAULT) {
    return "'ExecutorInfo.type' must be 'CUSTOM' (or unset) for a LAUNCH operation";
  }
  if (type !== v1.ExecutorInfo.Type.DEFAULT && !e.command) return "'ExecutorInfo.command' must be set for 'CUSTOM' executor";
  if (durationError(e.shutdown_grace_period)) return "ExecutorInfo's 'shutdown_grace_period' must be non-negative";
  const id = e.executor_id?.value ?? '';
  const existing = ctx.fw.executor(ctx.agent.id, id)?.info ?? ctx.pendingExecutors.get(id);
  const resources = normalizeResources(ctx, e.resources, 'Executor');
  if (typeof resources === 'string') return resources;
  if (existing && canonical(existing) !== canonical({ ...completeExecutor(ctx.fw, e), resources })) {
    return `ExecutorInfo is not compatible with existing ExecutorInfo with same ExecutorID '${id}'`;
  }
  return undefined;
}

/** Rules every task shares, LAUNCH or LAUNCH_GROUP. Returns the normalized task resources. */
export function checkTaskBasics(ctx: TaskContext, task: TaskInfoProps, seenInAccept: Set<string>): ResourceProps[] | string {
  const taskId = task.task_id?.value ?? '';
  const idError = validateId(taskId);
  if (idError) return `Task ID '${taskId}' is invalid: ${idError}`;
  const existing = ctx.fw.tasks.get(taskId);
  if (existing && existing.unreachableTimeMs !== undefined) return `Task reuses the ID of an unreachable task: ${taskId}`;
  if (existing || seenInAccept.has(taskId)) return `Task has duplicate ID: ${taskId}`;
  if (task.agent_id?.value !== ctx.agent.id) return `Task uses invalid agent: ${task.agent_id?.value ?? ''}`;
  if (durationError(task.kill_policy?.grace_period)) return "Task's 'kill_policy.grace_period' must be non-negative";
  if (durationError(task.max_completion_time)) return "Task's 'max_completion_time' must be non-negative";
  const resources = normalizeResources(ctx, task.resources, 'Task');
  if (typeof resources === 'string') return resources;
  if (new Resources(resources).isEmpty()) return 'Task uses no resources';
  return resources;
}

/** LAUNCH: one task with exactly one of command or a custom executor. */
export function checkTask(ctx: TaskContext, task: TaskInfoProps, available: Resources, seen: Set<string>): TaskCheck {
  const resources = checkTaskBasics(ctx, task, seen);
  if (typeof resources === 'string') return { ok: false, error: resources };
  if (!!task.command === !!task.executor) {
    return { ok: false, error: 'Task should have at least one (but not both) of CommandInfo or ExecutorInfo present' };
  }
  let newExecutorResources: ResourceProps[] = [];
  let executor: ExecutorInfoProps | undefined;
  if (task.executor) {
    const err = checkExecutor(ctx, task.executor, false);
    if (err) return { ok: false, error: err };
    const er = normalizeResources(ctx, task.executor.resources, 'Executor');
    if (typeof er === 'string') return { ok: false, error: er };
    executor = { ...completeExecutor(ctx.fw, task.executor), resources: er };
    const id = task.executor.executor_id?.value ?? '';
    if (!ctx.fw.executor(ctx.agent.id, id) && !ctx.pendingExecutors.has(id)) newExecutorResources = er;
  }
  const total = new Resources(resources).add(newExecutorResources);
  if (!available.contains(total)) {
    return { ok: false, error: `Total resources ${canonical(total.toList())} required by task and its executor is more than available ${canonical(available.toList())}` };
  }
  return { ok: true, plan: { resources, executor, newExecutorResources } };
}
