// GET /state: a read-only snapshot shaped like Mesos's /state endpoint ("slaves", "slave_id",
// resource summaries such as {"cpus": 4, "ports": "[31000-32000]"}, task states by name).
import { toMesosJson } from '@cassandra-mesos/mesos';
import { mesosType } from '@cassandra-mesos/model';
import type { MasterContext } from './context';
import type { Framework, MasterTask } from './framework';
import { Resources, reservationRole } from './resources';
import { isTerminalState, stateName } from './status';
import { CapabilityType, ValueType, type ResourceProps } from './types';

type Json = Record<string, unknown>;

export function summary(list: Iterable<ResourceProps> | Resources): Json {
  const out: Json = {};
  const ranges = new Map<string, string[]>();
  for (const r of list instanceof Resources ? list.toList() : new Resources(list).toList()) {
    if (r.type === ValueType.SCALAR) out[r.name] = Math.round(((out[r.name] as number | undefined) ?? 0) * 1000 + (r.scalar?.value ?? 0) * 1000) / 1000;
    else if (r.type === ValueType.RANGES) {
      const parts = ranges.get(r.name) ?? [];
      for (const x of r.ranges?.range ?? []) parts.push(`${x.begin}-${x.end}`);
      ranges.set(r.name, parts);
    } else if (r.type === ValueType.SET) out[r.name] = `{${(r.set?.item ?? []).join(',')}}`;
  }
  for (const [name, parts] of ranges) out[name] = `[${parts.join(', ')}]`;
  return out;
}

function resourcesJson(list: ResourceProps[]): Json[] {
  const type = mesosType('mesos.v1.Resource');
  return list.map((r) => toMesosJson(type, r));
}

function taskJson(t: MasterTask): Json {
  const statusType = mesosType('mesos.v1.TaskStatus');
  return {
    id: t.taskId,
    name: t.info.name,
    framework_id: t.frameworkId,
    executor_id: t.executorId ?? '',
    slave_id: t.agentId,
    state: stateName(t.state),
    role: t.role,
    resources: summary(isTerminalState(t.state) ? [] : t.resources),
    ...(t.unreachableTimeMs !== undefined ? { unreachable_time: t.unreachableTimeMs / 1000 } : {}),
    statuses: t.latest ? [toMesosJson(statusType, { ...t.latest, uuid: undefined, data: undefined })] : [],
  };
}

function frameworkJson(ctx: MasterContext, fw: Framework): Json {
  const used = new Resources();
  for (const t of fw.tasks.values()) if (!isTerminalState(t.state)) used.add(t.resources);
  for (const m of fw.executors.values()) for (const e of m.values()) used.add(e.resources);
  const offers = ctx.offers.ofFramework(fw.id);
  const offered = Resources.sum(offers.map((o) => o.resources.toList()));
  return {
    id: fw.id,
    name: fw.info.name,
    user: fw.info.user,
    principal: fw.info.principal || undefined,
    hostname: fw.info.hostname,
    webui_url: fw.info.webui_url,
    failover_timeout: fw.info.failover_timeout,
    checkpoint: fw.info.checkpoint,
    roles: fw.roles,
    suppressed_roles: [...fw.suppressedRoles],
    capabilities: fw.info.capabilities.map((c) => CapabilityType[c.type ?? 0] ?? String(c.type)),
    active: fw.active,
    connected: fw.connected,
    recovered: fw.recovered,
    stream_stalled: fw.stream?.stalled ?? false,
    registered_time: fw.registeredTimeMs / 1000,
    ...(fw.reregisteredTimeMs !== undefined ? { reregistered_time: fw.reregisteredTimeMs / 1000 } : {}),
    ...(fw.unregisteredTimeMs !== undefined ? { unregistered_time: fw.unregisteredTimeMs / 1000 } : {}),
    used_resources: summary(used),
    offered_resources: summary(offered),
    tasks: [...fw.tasks.values()].map(taskJson),
    completed_tasks: fw.completedTasks.map((id) => ({ id })),
    offers: offers.map((o) => ({ id: o.id, framework_id: o.frameworkId, slave_id: o.agentId, role: o.role, resources: summary(o.resources) })),
    // As in Mesos: the ExecutorInfo's name, command (value, uris, environment) and labels with each executor.
    executors: [...fw.executors.values()].flatMap((m) =>
      [...m.values()].map((e) => ({
        executor_id: e.executorId,
        name: e.info.name ?? '',
        framework_id: e.frameworkId,
        slave_id: e.agentId,
        command: e.info.command ? toMesosJson(mesosType('mesos.v1.CommandInfo'), e.info.command) : {},
        resources: summary(e.resources),
      })),
    ),
    refuse_filters: ctx.filters.count(fw.id),
  };
}

export function stateJson(ctx: MasterContext): Json {
  const info = ctx.masterInfo();
  const agents = [...ctx.agents.values()];
  const pid = `master@${ctx.config.ip}:${ctx.config.port}`;
  return {
    version: info.version,
    id: ctx.id,
    pid,
    hostname: info.hostname,
    leader: pid,
    leader_info: toMesosJson(mesosType('mesos.v1.MasterInfo'), info),
    start_time: ctx.startTimeMs / 1000,
    activated_slaves: agents.filter((a) => a.state === 'registered').length,
    deactivated_slaves: agents.filter((a) => a.state === 'disconnected').length,
    unreachable_slaves: agents.filter((a) => a.state === 'unreachable').length,
    recovering_slaves: agents.filter((a) => a.state === 'recovering').length,
    flags: {
      allocation_interval: `${ctx.config.allocationIntervalMs}ms`,
      agent_ping_timeout: `${ctx.config.agentPingTimeoutMs}ms`,
      heartbeat_interval: `${ctx.config.heartbeatIntervalSeconds}secs`,
      ...(ctx.config.offerTimeoutMs !== undefined ? { offer_timeout: `${ctx.config.offerTimeoutMs}ms` } : {}),
    },
    slaves: agents.map((a) => {
      const used = ctx.allocated(a.id);
      const offered = Resources.sum(ctx.offers.onAgent(a.id).map((o) => o.resources.toList()));
      const roles = new Set(a.total.toList().map(reservationRole).filter((role) => role !== '*'));
      const reserved: Record<string, Json> = {};
      for (const role of roles) reserved[role] = summary(a.total.filter((x) => reservationRole(x) === role));
      return {
        id: a.id,
        pid: `slave(1)@${a.ip}:${a.httpPort}`,
        hostname: a.hostname,
        port: a.httpPort,
        state: a.state,
        active: a.state === 'registered',
        registered_time: a.registeredTimeMs / 1000,
        ...(a.unreachableTimeMs !== undefined ? { unreachable_time: a.unreachableTimeMs / 1000 } : {}),
        attributes: Object.fromEntries(a.attributes.map((x) => [x.name, x.text?.value ?? x.scalar?.value ?? ''])),
        resources: summary(a.total),
        used_resources: summary(used.clone().subtract(offered)),
        offered_resources: summary(offered),
        reserved_resources: reserved,
        unreserved_resources: summary(a.total.filter((r) => reservationRole(r) === '*')),
        reserved_resources_full: Object.fromEntries(
          Object.keys(reserved).map((role) => [role, resourcesJson(a.total.filter((r) => reservationRole(r) === role).toList())]),
        ),
      };
    }),
    frameworks: [...ctx.frameworks.values()].map((fw) => frameworkJson(ctx, fw)),
    completed_frameworks: ctx.completedFrameworks.map((c) => ({
      id: c.id,
      name: c.info.name,
      removed_time: c.removedTimeMs / 1000,
      completed_tasks: c.completedTasks.map((id) => ({ id })),
    })),
  };
}
