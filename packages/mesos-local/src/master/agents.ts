// Agents as the master sees them: registration, re-registration (after a partition heals, an agent
// restarts or the master restarts), disconnection and loss (§4.6).
import type { AgentPort } from '../contracts';
import { newAgentRecord, type AgentProbe, type AgentRecord } from './agent-record';
import type { TimerHandle } from './clock';
import type { MasterContext } from './context';
import { Framework, placeholderInfo, type MasterTask } from './framework';
import { normalizeFromFramework } from './resource-format';
import { Resources } from './resources';
import { Reason, TaskState, isTerminalState, masterStatus } from './status';
import { EventType, Source, type ResourceProps, type TaskStatusProps } from './types';

const NORMALIZED = { multiRole: true, refinement: true };

function normalized(list: ResourceProps[] | null | undefined): ResourceProps[] {
  const out: ResourceProps[] = [];
  for (const r of list ?? []) {
    const n = normalizeFromFramework(r, NORMALIZED);
    if (n.ok) out.push(n.resource);
  }
  return out;
}

/** Registers an agent, or re-registers one the master already knows (same agent ID). */
export function registerAgent(ctx: MasterContext, port: AgentPort, probe: AgentProbe | undefined, checkpointed?: ResourceProps[]): AgentRecord {
  const now = ctx.clock.now();
  const known = ctx.agents.get(port.agentId);
  if (!known) {
    const record = newAgentRecord(port, probe, now, checkpointed ? new Resources(checkpointed) : undefined);
    ctx.agents.set(record.id, record);
    ctx.log.info({ agentId: record.id, endpoint: port.endpoint }, 'agent registered');
    if (checkpointed) rebuildFromAgent(ctx, record, port);
    return record;
  }
  known.port = port;
  known.probe = probe;
  if (checkpointed) known.total = new Resources(checkpointed);
  rebuildFromAgent(ctx, known, port);
  return known;
}

/** An agent the previous master knew: it has until agentReregisterTimeoutMs to come back. */
export function recoverAgent(ctx: MasterContext, agentId: string, checkpointed: ResourceProps[] | undefined, onTimeout: () => void): TimerHandle | undefined {
  if (ctx.agents.has(agentId)) return undefined;
  const now = ctx.clock.now();
  ctx.agents.set(agentId, {
    id: agentId,
    port: undefined,
    probe: undefined,
    hostname: '',
    ip: '',
    httpPort: 0,
    attributes: [],
    total: new Resources(checkpointed ?? []),
    state: 'recovering',
    registeredTimeMs: now,
    lastSeenMs: now,
    unreachableTimeMs: undefined,
    pendingKills: [],
    frameworksToShutdown: new Set(),
  });
  return ctx.clock.setTimeout(onTimeout, ctx.config.agentReregisterTimeoutMs);
}

function sendReturned(ctx: MasterContext, fw: Framework, task: MasterTask, latest: TaskStatusProps): void {
  const status: TaskStatusProps = {
    ...latest,
    uuid: undefined,
    source: Source.SOURCE_MASTER,
    reason: Reason.REASON_AGENT_REREGISTERED,
    message: 'Agent re-registered: latest task state',
    agent_id: { value: task.agentId },
    timestamp: ctx.clock.now() / 1000,
  };
  if (task.executorId) status.executor_id = { value: task.executorId };
  delete status.uuid;
  delete status.unreachable_time;
  ctx.sendUpdate(fw, status);
}

/** Rebuilds the master's view of what runs on the agent from its re-registration message. */
function rebuildFromAgent(ctx: MasterContext, agent: AgentRecord, port: AgentPort): void {
  const toShutdown = new Set(agent.frameworksToShutdown);
  const report = port.reregistration();
  const now = ctx.clock.now();
  agent.hostname = port.info.hostname || agent.hostname || port.endpoint.split(':')[0] || '';
  agent.attributes = (port.info.attributes ?? []);
  if (agent.total.isEmpty()) agent.total = new Resources((port.info.resources ?? []));
  const [ip = '', p = '0'] = port.endpoint.split(':');
  agent.ip = ip;
  agent.httpPort = Number(p);
  agent.state = 'registered';
  agent.lastSeenMs = now;
  agent.unreachableTimeMs = undefined;

  const reported = new Set<string>();
  for (const { frameworkId, executorId, task, latest } of report.tasks) {
    if (toShutdown.has(frameworkId)) continue;
    if (ctx.isCompleted(frameworkId)) {
      agent.frameworksToShutdown.add(frameworkId);
      continue;
    }
    let fw = ctx.frameworks.get(frameworkId);
    if (!fw) {
      fw = new Framework(frameworkId, placeholderInfo(frameworkId), now, true);
      ctx.frameworks.set(frameworkId, fw);
    }
    const taskId = task.task_id.value;
    reported.add(`${frameworkId}\u0000${taskId}`);
    const existing = fw.tasks.get(taskId);
    const returned = existing?.unreachableTimeMs !== undefined;
    const role = task.resources[0]?.allocation_info?.role ?? fw.roles[0] ?? '*';
    const t: MasterTask = {
      taskId,
      frameworkId,
      agentId: agent.id,
      executorId,
      info: task,
      resources: normalized(task.resources),
      role,
      state: latest.state,
      latest,
      latestUuid: existing?.latestUuid,
      unreachableTimeMs: undefined,
    };
    fw.tasks.set(taskId, t);
    if (returned && !isTerminalState(latest.state)) sendReturned(ctx, fw, t, latest);
  }
  // Tasks the master knew on this agent that the agent does not report are gone.
  for (const fw of ctx.frameworks.values()) {
    for (const t of fw.tasksOn(agent.id)) {
      if (reported.has(`${fw.id}\u0000${t.taskId}`)) continue;
      if (!isTerminalState(t.state) || t.unreachableTimeMs !== undefined) {
        ctx.sendUpdate(fw, masterStatus(ctx.clock, {
          taskId: t.taskId,
          state: TaskState.TASK_GONE,
          reason: Reason.REASON_AGENT_REREGISTERED,
          message: 'Task is unknown to the agent after its re-registration',
          agentId: agent.id,
          ...(t.executorId ? { executorId: t.executorId } : {}),
        }));
      }
      fw.completeTask(t.taskId, ctx.config.maxCompletedTasksPerFramework);
    }
    fw.executors.delete(agent.id);
  }
  for (const { frameworkId, executor } of report.executors) {
    if (toShutdown.has(frameworkId)) continue;
    const fw = ctx.frameworks.get(frameworkId);
    if (!fw) continue;
    const role = executor.resources[0]?.allocation_info?.role ?? fw.roles[0] ?? '*';
    fw.addExecutor({ frameworkId, agentId: agent.id, executorId: executor.executor_id.value, info: executor, resources: normalized(executor.resources), role });
  }
  for (const frameworkId of agent.frameworksToShutdown) port.shutdownFramework(frameworkId);
  agent.frameworksToShutdown.clear();
  for (const kill of agent.pendingKills.splice(0)) port.killTask(kill.frameworkId, kill.taskId, kill.killPolicy);
  for (const fw of ctx.frameworks.values()) if (fw.active) port.frameworkSubscribed(fw.info);
  ctx.log.info({ agentId: agent.id, tasks: report.tasks.length }, 'agent re-registered');
}

function rescindOffersOn(ctx: MasterContext, agentId: string): void {
  for (const offer of ctx.offers.onAgent(agentId)) ctx.removeOffer(offer.id, true);
}

/** The agent's connection closed: stop offering it; non-checkpointing frameworks lose its tasks now. */
export function agentDisconnected(ctx: MasterContext, agent: AgentRecord): void {
  if (agent.state !== 'registered') return;
  agent.state = 'disconnected';
  ctx.log.warn({ agentId: agent.id }, 'agent disconnected');
  rescindOffersOn(ctx, agent.id);
  for (const fw of ctx.frameworks.values()) {
    if (fw.info.checkpoint || fw.recovered) continue;
    const tasks = fw.tasksOn(agent.id);
    if (tasks.length === 0 && !fw.executors.has(agent.id)) continue;
    for (const t of tasks) {
      if (!isTerminalState(t.state)) {
        ctx.sendUpdate(fw, masterStatus(ctx.clock, {
          taskId: t.taskId,
          state: TaskState.TASK_LOST,
          reason: Reason.REASON_AGENT_DISCONNECTED,
          message: 'Agent disconnected',
          agentId: agent.id,
          ...(t.executorId ? { executorId: t.executorId } : {}),
        }));
      }
      fw.completeTask(t.taskId, ctx.config.maxCompletedTasksPerFramework);
    }
    fw.executors.delete(agent.id);
    agent.frameworksToShutdown.add(fw.id);
  }
}

/** Declares an agent lost: its tasks become unreachable (TASK_LOST for other frameworks), FAILURE{agent_id}. */
export function agentUnreachable(ctx: MasterContext, agent: AgentRecord): void {
  if (agent.state === 'unreachable') return;
  const now = ctx.clock.now();
  agent.state = 'unreachable';
  agent.unreachableTimeMs = now;
  ctx.log.warn({ agentId: agent.id }, 'agent unreachable');
  rescindOffersOn(ctx, agent.id);
  for (const fw of ctx.frameworks.values()) {
    for (const t of fw.tasksOn(agent.id)) {
      if (isTerminalState(t.state)) {
        fw.completeTask(t.taskId, ctx.config.maxCompletedTasksPerFramework);
        continue;
      }
      t.state = TaskState.TASK_UNREACHABLE;
      t.unreachableTimeMs = now;
      ctx.sendUpdate(fw, masterStatus(ctx.clock, {
        taskId: t.taskId,
        state: TaskState.TASK_UNREACHABLE,
        reason: Reason.REASON_AGENT_REMOVED,
        message: `Agent ${agent.hostname} is unreachable`,
        agentId: agent.id,
        unreachableTimeMs: now,
        ...(t.executorId ? { executorId: t.executorId } : {}),
      }));
    }
    fw.executors.delete(agent.id);
  }
  for (const fw of ctx.frameworks.values()) ctx.send(fw, { type: EventType.FAILURE, failure: { agent_id: { value: agent.id } } });
}

/** One health-check round over every agent that has a probe. */
export function probeAgents(ctx: MasterContext): void {
  const now = ctx.clock.now();
  for (const agent of ctx.agents.values()) {
    if (!agent.probe || !agent.port) continue;
    const result = agent.probe();
    if (agent.state === 'recovering') {
      if (result === 'connected') registerAgent(ctx, agent.port, agent.probe);
      continue;
    }
    if (result === 'connected') {
      if (agent.state === 'registered') agent.lastSeenMs = now;
      else registerAgent(ctx, agent.port, agent.probe);
      continue;
    }
    if (result === 'exited') agentDisconnected(ctx, agent);
    if (agent.state !== 'unreachable' && now - agent.lastSeenMs >= ctx.config.agentPingTimeoutMs) agentUnreachable(ctx, agent);
  }
}
