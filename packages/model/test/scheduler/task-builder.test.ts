import { cassandra_mesos } from '../../src/gen/cassandra_mesos';
import { mesos } from '../../src/gen/mesos';
import { validateServerConfig } from '../../src/cassandra-config';
import { Driver, agent, config, initialState, launchedTasks, taskDetails, unreservedOffer } from './support/fixtures';

function firstLaunch(cfg: cassandra_mesos.v1.FrameworkConfig) {
  const d = new Driver(initialState({ config: cfg }));
  d.subscribe();
  const [task] = launchedTasks(d.offers(unreservedOffer(agent(1))));
  if (!task) throw new Error('nothing launched');
  return { d, task };
}

describe('the server task', () => {
  it('runs our custom executor with the configured command, environment and artifacts', () => {
    const { task } = firstLaunch(config({ nodeCount: 1, seedCount: 1 }));
    expect(task).toMatchObject({ name: 'node-0-server', task_id: { value: 'node-0-server-id-3' }, agent_id: { value: 'agent-1' } });
    expect(task.kill_policy?.grace_period?.nanoseconds).toBe(30_000_000_000);
    const e = task.executor;
    expect(e).toMatchObject({ type: mesos.v1.ExecutorInfo.Type.CUSTOM, executor_id: { value: 'node-0-executor-0' }, framework_id: { value: 'fw-1' } });
    expect(e?.command?.value).toBe('./cassandra-mesos-executor');
    expect(e?.command?.environment?.variables).toEqual([
      { name: 'CASSANDRA_MESOS_CASSANDRA_HOME', value: 'cassandra' },
      { name: 'CASSANDRA_MESOS_JAVA_HOME', value: '/usr/lib/jvm/java-17' },
    ]);
    // Empty artifact URIs are not fetched.
    expect(e?.command?.uris?.map((u) => u.value)).toEqual(['http://artifacts/executor.tgz', 'http://artifacts/cassandra.tgz', 'http://artifacts/jolokia.jar']);
    const executorMem = e?.resources?.filter((r) => r.name === 'mem').reduce((a, r) => a + (r.scalar?.value ?? 0), 0);
    expect(executorMem).toBe(256);
    expect(task.labels?.labels).toEqual(
      expect.arrayContaining([
        { key: 'cassandra_mesos_framework', value: 'cassandra' },
        { key: 'cassandra_mesos_node', value: 'node-0' },
        { key: 'cassandra_mesos_config', value: 'config-1' },
      ]),
    );
  });

  it('carries fully resolved TaskDetails that the executor accepts', () => {
    const { task } = firstLaunch(config({ nodeCount: 1, seedCount: 1, yamlOverrides: { concurrent_reads: '64' } }));
    const details = taskDetails(task);
    expect(details).toMatchObject({ protocolVersion: 1, nodeId: 'node-0' });
    expect(details.server).toMatchObject({ healthCheckIntervalSeconds: 10, configId: 'config-1' });
    const c = details.server?.config;
    expect(c).toMatchObject({
      clusterName: 'test-cluster',
      seeds: ['10.0.0.1'],
      listenAddress: '10.0.0.1',
      rpcAddress: '10.0.0.1',
      broadcastAddress: '10.0.0.1',
      jolokiaBind: '10.0.0.1',
      dataDir: 'cassandra-data',
      endpointSnitch: 'GossipingPropertyFileSnitch',
      numTokens: 16,
      heapMb: 1024,
      autoBootstrap: false,
      replaceAddress: '',
      cassandraVersion: '5.0.9',
      rackDc: { rack: 'rack1', dc: 'dc1' },
      yamlOverrides: { concurrent_reads: '64' },
    });
    expect(c?.ports).toMatchObject({ storage: 7000, sslStorage: 7001, native: 9042, jmx: 7199, jolokia: 8778 });
    expect(validateServerConfig(c!, 2048)).toEqual([]);
  });

  it('keeps data in the sandbox in SANDBOX mode', () => {
    const { task, d } = firstLaunch(config({ nodeCount: 1, seedCount: 1, role: '*', dataVolumeMode: cassandra_mesos.v1.DataVolumeMode.SANDBOX }));
    expect(taskDetails(task).server?.config?.dataDir).toBe('data');
    expect(d.node('node-0').reservation).toMatchObject({ reservationId: '', agentId: 'agent-1', confirmed: true });
  });
});
