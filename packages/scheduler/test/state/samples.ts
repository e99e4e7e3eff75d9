// One realistic record of every stored kind, and a changed version of it, for the contract suite.
import { cassandra_mesos } from '@cassandra-mesos/model';
import { StateKeys, type StateKey } from '../../src/state/keys';

const v1 = cassandra_mesos.v1;

export interface KindSample<T> {
  readonly kind: string;
  readonly key: StateKey<T>;
  readonly first: T;
  readonly second: T;
}

function sample<T>(kind: string, key: StateKey<T>, first: T, second: T): KindSample<T> {
  return { kind, key, first, second };
}

export function nodeRecord(nodeId: string, extra: Partial<cassandra_mesos.v1.NodeRecord.$Properties> = {}): cassandra_mesos.v1.NodeRecord {
  const index = Number(/\d+$/.exec(nodeId)?.[0] ?? '0');
  return v1.NodeRecord.create({
    nodeId,
    index,
    hostname: `agent-${index}.example.org`,
    ip: `10.0.${Math.floor(index / 250)}.${(index % 250) + 1}`,
    agentId: `a1b2c3d4-0000-4000-8000-${String(index).padStart(12, '0')}-S${index}`,
    executorId: `cassandra.${nodeId}.executor`,
    seed: index < 3,
    targetRunState: v1.TargetRunState.RUN,
    rackDc: { rack: 'rack1', dc: 'dc1' },
    tasks: [{ taskId: `cassandra.${nodeId}.server.1`, kind: v1.NodeTaskKind.SERVER, state: 'TASK_RUNNING', launchedAtMs: 1_700_000_000_000, configId: 'cfg-1' }],
    reservation: { agentId: `agent-${index}`, role: 'cassandra', reservationId: `res-${nodeId}`, persistenceId: `vol-${nodeId}`, containerPath: 'data' },
    appliedConfigId: 'cfg-1',
    serverPid: 4242,
    createdAtMs: 1_700_000_000_000,
    health: { healthy: true, operationMode: 'NORMAL', nativeTransportRunning: true, checkedAtMs: 1_700_000_060_000, liveNodeCount: 3 },
    ...extra,
  });
}

export function clusterJob(jobId: string, extra: Partial<cassandra_mesos.v1.ClusterJob.$Properties> = {}): cassandra_mesos.v1.ClusterJob {
  return v1.ClusterJob.create({
    jobId,
    type: v1.ClusterJobType.REPAIR,
    status: v1.JobStatus.JOB_RUNNING,
    params: { keyspaces: ['app'], parallelism: 1, repair: { primaryRange: true, parallelism: v1.RepairParallelism.SEQUENTIAL } },
    createdAtMs: 1_700_000_000_000,
    startedAtMs: 1_700_000_001_000,
    totalNodes: 3,
    currentNodeIds: ['node-0'],
    requestedBy: 'operator',
    ...extra,
  });
}

export function nodeJobRecord(jobId: string, nodeId: string, sequence = 0): cassandra_mesos.v1.NodeJobRecord {
  return v1.NodeJobRecord.create({
    jobId,
    nodeId,
    sequence,
    state: v1.NodeJobState.NODE_JOB_RUNNING,
    taskId: `cassandra.${nodeId}.repair.${jobId}`,
    startedAtMs: 1_700_000_002_000,
    keyspaces: [{ keyspace: 'app', status: 'SUCCESS', durationMs: 1200 }],
    remainingKeyspaces: ['audit'],
    currentKeyspace: 'audit',
  });
}

const CONFIG_ID = '3f0c8e4a-9d7b-4c61-8a52-6f1e2d3c4b5a';

/** Every stored kind: the contract runs its CRUD and compare-and-set checks on each. */
export function samplesOfEveryKind(): ReadonlyArray<KindSample<unknown>> {
  const all = [
    sample('framework', StateKeys.framework, v1.FrameworkRecord.create({ frameworkId: 'fw-0001', schemaVersion: 1, nextNodeIndex: 3 }), v1.FrameworkRecord.create({ frameworkId: 'fw-0001', schemaVersion: 1, nextNodeIndex: 4 })),
    sample('config target', StateKeys.configTarget, v1.ConfigTarget.create({ targetId: CONFIG_ID }), v1.ConfigTarget.create({ targetId: 'cfg-2', previousTargetId: CONFIG_ID })),
    sample(
      'config version',
      StateKeys.configVersion(CONFIG_ID),
      v1.ConfigVersion.create({
        id: CONFIG_ID,
        createdAtMs: 1_700_000_000_000,
        source: 'env',
        config: { frameworkName: 'cassandra', clusterName: 'prod', nodeCount: 3, seedCount: 2, resources: { cpus: 2, memMb: 8192, diskMb: 20480 }, yamlOverrides: { concurrent_reads: '32' } },
      }),
      v1.ConfigVersion.create({ id: CONFIG_ID, createdAtMs: 1_700_000_000_000, source: 'api', config: { frameworkName: 'cassandra', clusterName: 'prod', nodeCount: 5 } }),
    ),
    sample('node', StateKeys.node('node-7'), nodeRecord('node-7'), nodeRecord('node-7', { targetRunState: v1.TargetRunState.STOP, serverPid: 0 })),
    sample(
      'health history',
      StateKeys.health('node-7'),
      v1.NodeHealthHistory.create({ nodeId: 'node-7', maxEntries: 10, entries: [{ firstSeenMs: 1, lastSeenMs: 2, count: 2, summary: { healthy: true, operationMode: 'NORMAL' } }] }),
      v1.NodeHealthHistory.create({ nodeId: 'node-7', maxEntries: 10, entries: [{ firstSeenMs: 1, lastSeenMs: 3, count: 3, summary: { healthy: true, operationMode: 'NORMAL' } }] }),
    ),
    sample('plan control', StateKeys.plan('deploy'), v1.PlanControl.create({ planName: 'deploy', interrupted: true }), v1.PlanControl.create({ planName: 'deploy', interrupted: false, overrides: [{ stepName: 'node-1', forceComplete: true }] })),
    sample('current job', StateKeys.currentJob, clusterJob('job-1'), clusterJob('job-1', { completedNodes: 1, currentNodeIds: ['node-1'] })),
    sample('job node record', StateKeys.jobNode('job-1', 'node-7'), nodeJobRecord('job-1', 'node-7'), nodeJobRecord('job-1', 'node-7', 1)),
    sample('job history entry', StateKeys.jobHistory('job-0'), clusterJob('job-0', { status: v1.JobStatus.JOB_SUCCEEDED, finishedAtMs: 1_700_000_100_000 }), clusterJob('job-0', { status: v1.JobStatus.JOB_FAILED, finishedAtMs: 1_700_000_100_000 })),
  ];
  return all;
}

/** Plain-object view of a message for equality checks: defaults included, so "set to default" = "absent". */
export function plain(value: unknown): unknown {
  const type = (value as { constructor: { toObject(m: unknown, o: object): unknown } }).constructor;
  return type.toObject(value, { defaults: true, longs: Number, enums: String });
}
