// Small, literal building blocks for the decision core's unit tests: a config, a context with
// deterministic ids, offers, status updates and health messages, and a `Driver` that feeds inputs to
// decide() and keeps the resulting state.
import { cassandra_mesos } from '../../../src/gen/cassandra_mesos';
import { mesos } from '../../../src/gen/mesos';
import { encodeMessage } from '../../../src/wire';
import { createSchedulerState, decide } from '../../../src/scheduler';
import type { CoreSettings, DecideContext, Decision, NodeRecord, SchedulerInput, SchedulerState } from '../../../src/scheduler';

export const TARGET_ID = 'config-1';
export const FRAMEWORK_ID = 'fw-1';
export const PORTS = { storage: 7000, sslStorage: 7001, native: 9042, jmx: 7199, jolokia: 8778 };

export function config(overrides: cassandra_mesos.v1.FrameworkConfig.$Properties = {}): cassandra_mesos.v1.FrameworkConfig {
  return cassandra_mesos.v1.FrameworkConfig.create({
    frameworkName: 'cassandra',
    clusterName: 'test-cluster',
    nodeCount: 3,
    seedCount: 2,
    resources: { cpus: 1, memMb: 2048, diskMb: 4096, heapMb: 0 },
    ports: PORTS,
    role: 'cassandra',
    principal: 'cassandra-principal',
    failoverTimeoutSeconds: 604800,
    healthCheckIntervalSeconds: 10,
    bootstrapGraceSeconds: 60,
    replaceTimeoutSeconds: 600,
    artifacts: { executor: 'http://artifacts/executor.tgz', cassandra: 'http://artifacts/cassandra.tgz', jolokia: 'http://artifacts/jolokia.jar', java: '', node: '' },
    cassandraVersion: '5.0.9',
    defaultRackDc: { rack: 'rack1', dc: 'dc1' },
    dataVolumeMode: cassandra_mesos.v1.DataVolumeMode.PERSISTENT_VOLUME,
    numTokens: 16,
    endpointSnitch: 'GossipingPropertyFileSnitch',
    autoReplace: true,
    placementConstraints: '',
    ...overrides,
  });
}

/** Ids "id-1", "id-2", ... in call order. */
export function context(extra: Partial<DecideContext['launch']> = {}): DecideContext & { issued: () => number } {
  let n = 0;
  return {
    launch: {
      executorCommand: './cassandra-mesos-executor',
      executorEnvironment: { CASSANDRA_MESOS_CASSANDRA_HOME: 'cassandra', CASSANDRA_MESOS_JAVA_HOME: '/usr/lib/jvm/java-17' },
      executorResources: { cpus: 0.1, memMb: 256 },
      killGracePeriodMs: 30_000,
      ...extra,
    },
    ids: { uuid: () => `id-${++n}` },
    issued: () => n,
  };
}

export function initialState(
  opts: {
    config?: cassandra_mesos.v1.FrameworkConfig;
    nodes?: NodeRecord[];
    framework?: cassandra_mesos.v1.FrameworkRecord;
    settings?: Partial<CoreSettings>;
    targetId?: string;
    configVersions?: ReadonlyMap<string, cassandra_mesos.v1.FrameworkConfig.$Properties>;
  } = {},
): SchedulerState {
  return createSchedulerState(
    {
      framework: opts.framework,
      target: { id: opts.targetId ?? TARGET_ID, config: opts.config ?? config() },
      nodes: opts.nodes ?? [],
      ...(opts.configVersions ? { configVersions: opts.configVersions } : {}),
    },
    opts.settings,
  );
}

// ---------------------------------------------------------------------------------------------- offers

export interface AgentSpec {
  agentId: string;
  hostname: string;
  ip: string;
}

export function agent(i: number): AgentSpec {
  return { agentId: `agent-${i}`, hostname: `host-${i}`, ip: `10.0.0.${i}` };
}

let offerSeq = 0;
export function nextOfferId(): string {
  return `offer-${++offerSeq}`;
}

function scalar(name: string, value: number, reservations: mesos.v1.Resource.ReservationInfo.$Properties[] = []): mesos.v1.Resource.$Properties {
  return { name, type: mesos.v1.Value.Type.SCALAR, scalar: { value }, reservations };
}

/** An offer of unreserved resources, plenty for one node: 4 cpus, 8 GiB, 20 GiB disk, ports 7000-10000. */
export function unreservedOffer(a: AgentSpec, opts: { cpus?: number; portsEnd?: number; executors?: string[] } = {}): mesos.v1.Offer.$Properties {
  return {
    id: { value: nextOfferId() },
    framework_id: { value: FRAMEWORK_ID },
    agent_id: { value: a.agentId },
    hostname: a.hostname,
    url: { scheme: 'http', address: { hostname: a.hostname, ip: a.ip, port: 5051 }, path: '/slave(1)' },
    resources: [
      scalar('cpus', opts.cpus ?? 4),
      scalar('mem', 8192),
      scalar('disk', 20480),
      { name: 'ports', type: mesos.v1.Value.Type.RANGES, ranges: { range: [{ begin: 7000, end: opts.portsEnd ?? 10000 }] }, reservations: [] },
    ],
    executor_ids: (opts.executors ?? []).map((value) => ({ value })),
  };
}

/**
 * The offer an agent sends once resources were reserved for a node: what the accepted operations
 * produced. From a LAUNCH: the task's and executor's resources (what they give back when they end).
 * From RESERVE/CREATE only: the reserved resources, the reserved disk turned into the created volume.
 */
export function heldOffer(a: AgentSpec, accept: Extract<Decision, { type: 'accept' }>, extra: mesos.v1.Resource.$Properties[] = [], executors: string[] = []): mesos.v1.Offer.$Properties {
  const Type = mesos.v1.Offer.Operation.Type;
  const launch = accept.operations.find((o) => o.type === Type.LAUNCH);
  let resources: mesos.v1.Resource.$Properties[];
  if (launch) {
    const task = launch.launch?.task_infos?.[0];
    resources = [...(task?.resources ?? []), ...(task?.executor?.resources ?? [])];
  } else {
    const reserved = accept.operations.find((o) => o.type === Type.RESERVE)?.reserve?.resources ?? [];
    const volumes = accept.operations.find((o) => o.type === Type.CREATE)?.create?.volumes ?? [];
    resources = [...reserved.filter((r) => !(r.name === 'disk' && volumes.length > 0)), ...volumes];
  }
  return {
    id: { value: nextOfferId() },
    framework_id: { value: FRAMEWORK_ID },
    agent_id: { value: a.agentId },
    hostname: a.hostname,
    url: { scheme: 'http', address: { hostname: a.hostname, ip: a.ip, port: 5051 }, path: '/slave(1)' },
    resources: [...resources, ...extra],
    executor_ids: executors.map((value) => ({ value })),
  };
}

/** An offer carrying everything reserved for `node` (its reservation labels and its volume). */
export function reservedOfferFor(node: NodeRecord, opts: { executors?: string[]; role?: string; spare?: boolean } = {}): mesos.v1.Offer.$Properties {
  const r = node.reservation;
  if (!r?.reservationId) throw new Error(`${node.nodeId} has no reservation`);
  const reservation: mesos.v1.Resource.ReservationInfo.$Properties = {
    type: mesos.v1.Resource.ReservationInfo.Type.DYNAMIC,
    role: opts.role ?? 'cassandra',
    principal: 'cassandra-principal',
    labels: {
      labels: [
        { key: 'cassandra_mesos_framework', value: 'cassandra' },
        { key: 'cassandra_mesos_reservation', value: r.reservationId },
        { key: 'cassandra_mesos_node', value: node.nodeId },
      ],
    },
  };
  const ports = [7000, 7001, 7199, 8778, 9042].map((p) => ({ begin: p, end: p }));
  const volume: mesos.v1.Resource.$Properties = {
    ...scalar('disk', 4096, [reservation]),
    disk: { persistence: { id: r.persistenceId ?? '', principal: 'cassandra-principal' }, volume: { mode: mesos.v1.Volume.Mode.RW, container_path: r.containerPath || 'cassandra-data' } },
  };
  return {
    id: { value: nextOfferId() },
    framework_id: { value: FRAMEWORK_ID },
    agent_id: { value: node.agentId },
    hostname: node.hostname,
    url: { scheme: 'http', address: { hostname: node.hostname, ip: node.ip, port: 5051 }, path: '/slave(1)' },
    resources: [
      scalar('cpus', 1.1, [reservation]),
      scalar('mem', 2304, [reservation]),
      { name: 'ports', type: mesos.v1.Value.Type.RANGES, ranges: { range: ports }, reservations: [reservation] },
      volume,
      // Unreserved room on the agent, e.g. for a config that grows the node.
      ...(opts.spare ? [scalar('cpus', 2), scalar('mem', 4096)] : []),
    ],
    executor_ids: (opts.executors ?? []).map((value) => ({ value })),
  };
}

// ---------------------------------------------------------------------------------------------- statuses

export function status(
  taskId: string,
  state: mesos.v1.TaskState,
  opts: { agentId?: string; reason?: mesos.v1.TaskStatus.Reason; message?: string; details?: cassandra_mesos.v1.TaskStatusDetails.$Properties; unreachable?: boolean } = {},
): SchedulerInput {
  const s: mesos.v1.TaskStatus.$Properties = { task_id: { value: taskId }, state, agent_id: { value: opts.agentId ?? 'agent-1' } };
  if (opts.reason !== undefined) s.reason = opts.reason;
  if (opts.message) s.message = opts.message;
  if (opts.details) s.data = encodeMessage(cassandra_mesos.v1.TaskStatusDetails, cassandra_mesos.v1.TaskStatusDetails.create(opts.details));
  if (opts.unreachable) s.unreachable_time = { nanoseconds: 1 };
  return { type: 'status', status: s };
}

export function health(
  node: NodeRecord,
  opts: { mode?: string; healthy?: boolean; native?: boolean; checkedAtMs: number; loadBytes?: number; hostId?: string; executorId?: string },
): SchedulerInput {
  const message = cassandra_mesos.v1.ExecutorMessage.create({
    protocolVersion: 1,
    sequence: 1,
    sentAtMs: opts.checkedAtMs,
    nodeId: node.nodeId,
    executorId: opts.executorId ?? node.executorId,
    health: {
      healthy: opts.healthy ?? true,
      checkedAtMs: opts.checkedAtMs,
      info: {
        operationMode: opts.mode ?? 'NORMAL',
        nativeTransportRunning: opts.native ?? true,
        joined: true,
        initialized: true,
        hostId: opts.hostId ?? `host-id-${node.nodeId}`,
        loadBytes: opts.loadBytes ?? 1_000_000,
      },
    },
  });
  return {
    type: 'framework-message',
    agentId: node.agentId,
    executorId: opts.executorId ?? node.executorId,
    data: encodeMessage(cassandra_mesos.v1.ExecutorMessage, message),
  };
}

// ---------------------------------------------------------------------------------------------- driver

/** Feeds inputs to decide(), keeping state and the clock; records every decision. */
export class Driver {
  state: SchedulerState;
  nowMs: number;
  readonly ctx = context();
  readonly log: Decision[] = [];

  constructor(state: SchedulerState = initialState(), nowMs = 1_000_000) {
    this.state = state;
    this.nowMs = nowMs;
  }

  feed(input: SchedulerInput, advanceMs = 0): Decision[] {
    this.nowMs += advanceMs;
    const { state, decisions } = decide(this.state, input, this.nowMs, this.ctx);
    this.state = state;
    this.log.push(...decisions);
    return decisions;
  }

  subscribe(frameworkId = FRAMEWORK_ID): Decision[] {
    return this.feed({ type: 'subscribed', frameworkId, resubscribed: false });
  }

  offers(...offers: mesos.v1.Offer.$Properties[]): Decision[] {
    return this.feed({ type: 'offers', offers });
  }

  tick(advanceMs = 0): Decision[] {
    return this.feed({ type: 'tick' }, advanceMs);
  }

  node(nodeId: string): NodeRecord {
    const node = this.state.nodes.get(nodeId);
    if (!node) throw new Error(`no node ${nodeId} in state (nodes: ${[...this.state.nodes.keys()].join(', ')})`);
    return node;
  }

  serverTaskId(nodeId: string): string {
    const task = this.node(nodeId).tasks.find((t) => t.kind === cassandra_mesos.v1.NodeTaskKind.SERVER);
    if (!task?.taskId) throw new Error(`${nodeId} has no server task`);
    return task.taskId;
  }

  /** Drives a launched node to live: TASK_RUNNING, then a NORMAL health check. */
  makeLive(nodeId: string, advanceMs = 1_000): void {
    const node = this.node(nodeId);
    this.feed(status(this.serverTaskId(nodeId), mesos.v1.TaskState.TASK_RUNNING, { agentId: node.agentId, details: { nodeId, serverStarted: { pid: 4242 } } }), advanceMs);
    this.feed(health(this.node(nodeId), { checkedAtMs: this.nowMs }), advanceMs);
  }
}

// ---------------------------------------------------------------------------------------------- queries

export function ofType<T extends Decision['type']>(decisions: readonly Decision[], type: T): Extract<Decision, { type: T }>[] {
  return decisions.filter((d): d is Extract<Decision, { type: T }> => d.type === type);
}

export function launchedTasks(decisions: readonly Decision[]): mesos.v1.TaskInfo.$Properties[] {
  return ofType(decisions, 'accept').flatMap((a) =>
    a.operations.filter((o) => o.type === mesos.v1.Offer.Operation.Type.LAUNCH).flatMap((o) => o.launch?.task_infos ?? []),
  );
}

export function operationTypes(accept: Extract<Decision, { type: 'accept' }>): string[] {
  return accept.operations.map((o) => mesos.v1.Offer.Operation.Type[o.type ?? 0] ?? 'UNKNOWN');
}

export function taskDetails(task: mesos.v1.TaskInfo.$Properties): cassandra_mesos.v1.TaskDetails {
  if (!task.data) throw new Error('task has no data');
  return cassandra_mesos.v1.TaskDetails.decode(task.data);
}

export const S = mesos.v1.TaskState;
export const R = mesos.v1.TaskStatus.Reason;
