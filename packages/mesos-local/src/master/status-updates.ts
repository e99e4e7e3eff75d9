// Agent -> master traffic (MasterPort) and the scheduler's ACKNOWLEDGE (§4.4): updates go to the
// framework with agent_id/executor_id/timestamp filled and the uuid kept; acks go back to the agent.
import type { MasterContext } from './context';
import type { Framework } from './framework';
import { uuidKey } from './ids';
import { isTerminalState } from './status';
import { CapabilityType, EventType, TaskState, v1, type Call, type TaskStatusProps } from './types';
import type { TaskStatus } from '../contracts';

function registeredPort(ctx: MasterContext, agentId: string): ReturnType<MasterContext['agents']['get']> {
  const agent = ctx.agents.get(agentId);
  return agent && agent.state === 'registered' && agent.port ? agent : undefined;
}

/** Frees a default executor once it has no live task (custom executors wait for their process to end). */
function releaseIdleDefaultExecutor(fw: Framework, agentId: string, executorId: string | undefined): void {
  if (!executorId) return;
  const e = fw.executor(agentId, executorId);
  if (!e || e.info.type !== v1.ExecutorInfo.Type.DEFAULT) return;
  const live = [...fw.tasks.values()].some((t) => t.agentId === agentId && t.executorId === executorId && !isTerminalState(t.state));
  if (!live) fw.removeExecutor(agentId, executorId);
}

export function statusUpdate(ctx: MasterContext, agentId: string, frameworkId: string, status: TaskStatus): void {
  const agent = registeredPort(ctx, agentId);
  const fw = ctx.frameworks.get(frameworkId);
  if (!agent || !fw) {
    ctx.log.debug({ agentId, frameworkId }, 'dropping status update from an unregistered agent or for an unknown framework');
    return;
  }
  const taskId = status.task_id.value;
  const task = fw.tasks.get(taskId);
  const uuid = status.uuid && status.uuid.length > 0 ? status.uuid : undefined;
  if (task) {
    task.state = status.state;
    task.latest = status;
    task.unreachableTimeMs = undefined;
    if (uuid) task.latestUuid = uuidKey(uuid);
    if (isTerminalState(status.state)) releaseIdleDefaultExecutor(fw, agentId, task.executorId);
  }
  if (status.state === TaskState.TASK_KILLING && !fw.capable(CapabilityType.TASK_KILLING_STATE)) {
    // Frameworks without TASK_KILLING_STATE never see TASK_KILLING; keep the agent's stream moving.
    if (uuid) agent.port?.acknowledge(frameworkId, taskId, uuid);
    return;
  }
  const out: TaskStatusProps = { ...status, agent_id: { value: agentId } };
  const executorId = status.executor_id?.value ?? task?.executorId;
  if (executorId) out.executor_id = { value: executorId };
  if (!status.timestamp) out.timestamp = ctx.clock.now() / 1000;
  if (ctx.sendUpdate(fw, out) && uuid) {
    const pending = fw.pendingAcks.get(taskId) ?? new Set<string>();
    pending.add(uuidKey(uuid));
    fw.pendingAcks.set(taskId, pending);
  }
}

export function acknowledge(ctx: MasterContext, fw: Framework, call: Call): void {
  const ack = call.acknowledge;
  if (!ack) return;
  const taskId = ack.task_id.value;
  const key = uuidKey(ack.uuid);
  const pending = fw.pendingAcks.get(taskId);
  if (!pending?.has(key)) {
    ctx.log.info({ frameworkId: fw.id, taskId }, 'ignoring acknowledgement of an unknown status update');
    return;
  }
  const agent = registeredPort(ctx, ack.agent_id.value);
  if (!agent) {
    ctx.log.info({ frameworkId: fw.id, taskId }, 'dropping acknowledgement: agent not connected');
    return;
  }
  pending.delete(key);
  const task = fw.tasks.get(taskId);
  if (task && task.latestUuid === key && isTerminalState(task.state)) {
    fw.completeTask(taskId, ctx.config.maxCompletedTasksPerFramework);
  }
  agent.port?.acknowledge(fw.id, taskId, ack.uuid);
}

export function executorMessage(ctx: MasterContext, agentId: string, frameworkId: string, executorId: string, data: Uint8Array): void {
  const fw = ctx.frameworks.get(frameworkId);
  if (!fw || !registeredPort(ctx, agentId)) return;
  ctx.send(fw, { type: EventType.MESSAGE, message: { agent_id: { value: agentId }, executor_id: { value: executorId }, data } });
}

export function executorTerminated(ctx: MasterContext, agentId: string, frameworkId: string, executorId: string, status: number): void {
  const fw = ctx.frameworks.get(frameworkId);
  if (!fw || !registeredPort(ctx, agentId)) return;
  const executor = fw.removeExecutor(agentId, executorId);
  if (executor?.info.type === v1.ExecutorInfo.Type.DEFAULT) return; // no FAILURE for the default executor
  ctx.send(fw, { type: EventType.FAILURE, failure: { agent_id: { value: agentId }, executor_id: { value: executorId }, status } });
}
