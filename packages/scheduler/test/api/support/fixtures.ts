// A realistic scheduler state for API tests: three nodes of a deployed cluster, built with the real
// model (createSchedulerState), so commands run through the real decision core.
import { cassandra_mesos, createSchedulerState, parseSchedulerEnvironment, type CompleteFrameworkConfig, type NodeRecord, type SchedulerState } from '@cassandra-mesos/model';

export const NOW = 1_700_000_000_000;
export const TARGET_ID = 'cfg-1';

export function testConfig(env: Record<string, string> = {}): CompleteFrameworkConfig {
  const parsed = parseSchedulerEnvironment({ CASSANDRA_MESOS_FRAMEWORK_NAME: 'api-test', CASSANDRA_MESOS_ROLE: 'cassandra', CASSANDRA_MESOS_CLUSTER_NAME: 'ring', ...env });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed.config;
}

export interface NodeSpec {
  readonly index: number;
  readonly live?: boolean;
  readonly seed?: boolean;
  /** Server task state; default TASK_RUNNING for live nodes, TASK_STAGING otherwise. */
  readonly taskState?: string;
  readonly health?: boolean;
}

export function nodeRecord(spec: NodeSpec): NodeRecord {
  const id = `node-${spec.index}`;
  const live = spec.live ?? true;
  const taskState = spec.taskState ?? (live ? 'TASK_RUNNING' : 'TASK_STAGING');
  return cassandra_mesos.v1.NodeRecord.create({
    nodeId: id,
    index: spec.index,
    hostname: `host-${spec.index}.example`,
    ip: `10.0.0.${10 + spec.index}`,
    agentId: `agent-${spec.index}`,
    executorId: `${id}-executor-0`,
    seed: spec.seed ?? spec.index < 2,
    targetRunState: cassandra_mesos.v1.TargetRunState.RUN,
    tasks: [{ taskId: `${id}-server-aaaa`, kind: cassandra_mesos.v1.NodeTaskKind.SERVER, state: taskState, launchedAtMs: NOW - 600_000, stateAtMs: NOW - 500_000, configId: TARGET_ID }],
    reservation: { agentId: `agent-${spec.index}`, role: 'cassandra', reservationId: `res-${spec.index}`, persistenceId: `vol-${spec.index}`, containerPath: 'cassandra-data', confirmed: true, reservedAtMs: NOW - 700_000 },
    appliedConfigId: TARGET_ID,
    createdAtMs: NOW - 800_000,
    hostId: live ? `host-id-${spec.index}` : '',
    firstLiveAtMs: live ? NOW - 400_000 : 0,
    ...((spec.health ?? live)
      ? {
          health: {
            healthy: live,
            operationMode: live ? 'NORMAL' : 'STARTING',
            nativeTransportRunning: live,
            checkedAtMs: NOW - 30_000,
            liveNodeCount: 2,
            releaseVersion: '5.0.4',
            message: live ? '' : 'starting',
          },
        }
      : {}),
  });
}

/** node-0 and node-1 live seeds, node-2 still starting (no health report yet). */
export function clusterState(options: { config?: CompleteFrameworkConfig; nodes?: NodeSpec[] } = {}): SchedulerState {
  const nodes = options.nodes ?? [{ index: 0 }, { index: 1 }, { index: 2, live: false, health: false }];
  return createSchedulerState({
    framework: cassandra_mesos.v1.FrameworkRecord.create({ frameworkId: 'fw-123', registeredAtMs: NOW - 900_000, schemaVersion: 1, nextNodeIndex: nodes.length }),
    target: { id: TARGET_ID, config: options.config ?? testConfig() },
    nodes: nodes.map(nodeRecord),
  });
}
