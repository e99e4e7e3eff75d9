// Non-SUBSCRIBE calls of a subscribed framework (§1.6). Returns the HTTP status of the answer.
import { accept, decline } from './accept';
import type { MasterContext } from './context';
import type { Framework } from './framework';
import { removeFramework, updateFramework } from './framework-lifecycle';
import { uuidKey } from './ids';
import { reconcileOperations } from './operation-feedback';
import { reconcileExplicit, reconcileImplicit } from './reconcile';
import { acknowledge } from './status-updates';
import { CallType, v1, type Call } from './types';

export interface CallResult {
  status: number;
  message?: string;
}

export interface CallHooks {
  /** Run the allocator soon (after REVIVE), instead of waiting for the next interval. */
  allocateSoon(): void;
}

function rolesOrAll(fw: Framework, roles: string[] | null | undefined): string[] {
  return roles && roles.length > 0 ? roles.filter((r) => fw.roles.includes(r)) : fw.roles;
}

function kill(ctx: MasterContext, fw: Framework, call: Call): void {
  const k = call.kill;
  if (!k) return;
  const taskId = k.task_id.value;
  const task = fw.tasks.get(taskId);
  if (!task) {
    reconcileExplicit(ctx, fw, [{ taskId, agentId: k.agent_id?.value }]);
    return;
  }
  if (k.agent_id && k.agent_id.value !== task.agentId) return; // mismatched agent: ignored like Mesos
  const agent = ctx.agents.get(task.agentId);
  if (!agent) return;
  const policy = k.kill_policy ? new v1.KillPolicy(k.kill_policy) : undefined;
  if (agent.state === 'registered' && agent.port) agent.port.killTask(fw.id, taskId, policy);
  else agent.pendingKills.push({ frameworkId: fw.id, taskId, killPolicy: policy });
}

export function handleCall(ctx: MasterContext, fw: Framework, call: Call, hooks: CallHooks): CallResult {
  switch (call.type) {
    case CallType.TEARDOWN:
      removeFramework(ctx, fw, 'TEARDOWN');
      return { status: 202 };
    case CallType.ACCEPT:
      accept(ctx, fw, (call.accept?.offer_ids ?? []).map((o) => o.value), call.accept?.operations ?? [], call.accept?.filters);
      return { status: 202 };
    case CallType.DECLINE:
      decline(ctx, fw, call);
      return { status: 202 };
    case CallType.ACCEPT_INVERSE_OFFERS:
    case CallType.DECLINE_INVERSE_OFFERS:
    case CallType.REQUEST:
      return { status: 202 }; // no maintenance schedule; the allocator ignores requests, like Mesos's
    case CallType.REVIVE: {
      const roles = rolesOrAll(fw, call.revive?.roles);
      for (const r of roles) fw.suppressedRoles.delete(r);
      ctx.filters.clear(fw.id, roles);
      hooks.allocateSoon();
      return { status: 202 };
    }
    case CallType.SUPPRESS:
      for (const r of rolesOrAll(fw, call.suppress?.roles)) fw.suppressedRoles.add(r);
      return { status: 202 };
    case CallType.KILL:
      kill(ctx, fw, call);
      return { status: 202 };
    case CallType.SHUTDOWN: {
      const s = call.shutdown;
      const agent = s ? ctx.agents.get(s.agent_id.value) : undefined;
      if (s && agent?.state === 'registered') agent.port?.shutdownExecutor(fw.id, s.executor_id.value);
      return { status: 202 };
    }
    case CallType.ACKNOWLEDGE:
      acknowledge(ctx, fw, call);
      return { status: 202 };
    case CallType.ACKNOWLEDGE_OPERATION_STATUS: {
      const uuid = call.acknowledge_operation_status?.uuid;
      if (uuid) fw.pendingOperationUpdates.delete(uuidKey(uuid));
      return { status: 202 };
    }
    case CallType.RECONCILE: {
      const tasks = call.reconcile?.tasks ?? [];
      if (tasks.length === 0) reconcileImplicit(ctx, fw);
      else reconcileExplicit(ctx, fw, tasks.map((t) => ({ taskId: t.task_id.value, agentId: t.agent_id?.value })));
      return { status: 202 };
    }
    case CallType.RECONCILE_OPERATIONS:
      reconcileOperations(ctx, fw, (call.reconcile_operations?.operations ?? []).map((o) => o.operation_id.value));
      return { status: 202 };
    case CallType.MESSAGE: {
      const m = call.message;
      const agent = m ? ctx.agents.get(m.agent_id.value) : undefined;
      if (m && agent?.state === 'registered') agent.port?.frameworkMessage(fw.id, m.executor_id.value, m.data);
      return { status: 202 };
    }
    case CallType.UPDATE_FRAMEWORK: {
      const result = updateFramework(ctx, fw, call);
      return result.status === 200 ? { status: 200 } : { status: 400, message: result.message };
    }
    case CallType.SUBSCRIBE:
      return { status: 400, message: 'SUBSCRIBE is handled separately' };
    case CallType.UNKNOWN:
      return { status: 501, message: "Received 'UNKNOWN' call" };
  }
  return { status: 501, message: `Unsupported call type ${String(call.type)}` };
}
