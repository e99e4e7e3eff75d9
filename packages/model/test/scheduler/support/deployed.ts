// A cluster already deployed and live, as a scheduler finds it in the store after a failover, with the
// scheduler subscribed and reconciled: the starting point of the lifecycle tests.
import { cassandra_mesos } from '../../../src/gen/cassandra_mesos';
import type { CoreSettings } from '../../../src/scheduler';
import { Driver, R, S, agent, config, initialState, status } from './fixtures';

export function liveNode(index: number, opts: { seed?: boolean; appliedConfigId?: string; loadBytes?: number } = {}): cassandra_mesos.v1.NodeRecord {
  const a = agent(index + 1);
  return cassandra_mesos.v1.NodeRecord.create({
    nodeId: `node-${index}`,
    index,
    hostname: a.hostname,
    ip: a.ip,
    agentId: a.agentId,
    executorId: `node-${index}-executor-0`,
    seed: opts.seed ?? index < 2,
    targetRunState: cassandra_mesos.v1.TargetRunState.RUN,
    rackDc: { rack: 'rack1', dc: 'dc1' },
    appliedConfigId: opts.appliedConfigId ?? 'config-1',
    firstLiveAtMs: 500,
    createdAtMs: 100,
    reservation: { agentId: a.agentId, role: 'cassandra', reservationId: `res-${index}`, persistenceId: `vol-${index}`, containerPath: 'cassandra-data', confirmed: true },
    tasks: [{ taskId: `node-${index}-server-t0`, kind: cassandra_mesos.v1.NodeTaskKind.SERVER, state: 'TASK_RUNNING', launchedAtMs: 400, stateAtMs: 450, configId: opts.appliedConfigId ?? 'config-1' }],
    health: { healthy: true, operationMode: 'NORMAL', nativeTransportRunning: true, checkedAtMs: 900, loadBytes: opts.loadBytes ?? 1_000_000 },
  });
}

/** node_count live nodes (seeds node-0, node-1), subscribed and reconciled. */
export function deployedDriver(
  opts: {
    nodeCount?: number;
    config?: cassandra_mesos.v1.FrameworkConfig.$Properties;
    settings?: Partial<CoreSettings>;
    nodes?: cassandra_mesos.v1.NodeRecord[];
    targetId?: string;
    configVersions?: ReadonlyMap<string, cassandra_mesos.v1.FrameworkConfig.$Properties>;
  } = {},
): Driver {
  const count = opts.nodeCount ?? 3;
  const nodes = opts.nodes ?? Array.from({ length: count }, (_, i) => liveNode(i));
  const framework = cassandra_mesos.v1.FrameworkRecord.create({ frameworkId: 'fw-1', schemaVersion: 1, nextNodeIndex: nodes.length });
  const d = new Driver(initialState({ framework, nodes, config: config({ nodeCount: count, ...opts.config }), settings: opts.settings, targetId: opts.targetId, configVersions: opts.configVersions }));
  d.subscribe();
  for (const n of nodes) {
    for (const t of n.tasks) d.feed(status(t.taskId ?? '', S.TASK_RUNNING, { agentId: n.agentId, reason: R.REASON_RECONCILIATION }));
  }
  d.tick(0);
  return d;
}
