// LaunchSettings.servedExecutorUri: the tarball the scheduler serves is fetched only when the
// configuration names no executor URI.
import type { cassandra_mesos } from '../../src/gen/cassandra_mesos';
import { Driver, agent, config, context, initialState, launchedTasks, unreservedOffer } from './support/fixtures';

const SERVED = 'http://scheduler-host:8080/v1/artifacts/cassandra-mesos-executor-0.1.0.tar.gz';

class ServedDriver extends Driver {
  override readonly ctx = context({ servedExecutorUri: SERVED });
}

function executorUris(d: Driver): string[] {
  d.subscribe();
  const [task] = launchedTasks(d.offers(unreservedOffer(agent(1))));
  if (!task) throw new Error('nothing launched');
  return task.executor?.command?.uris?.map((u) => u.value) ?? [];
}

const artifacts = (executor: string): cassandra_mesos.v1.FrameworkConfig.$Properties['artifacts'] => ({
  executor,
  cassandra: 'http://artifacts/cassandra.tgz',
  jolokia: 'http://artifacts/jolokia.jar',
  java: '',
  node: '',
});

describe('the executor URI of a server task', () => {
  it('is the served tarball when the configuration names none', () => {
    const d = new ServedDriver(initialState({ config: config({ nodeCount: 1, seedCount: 1, artifacts: artifacts('') }) }));
    expect(executorUris(d)).toEqual([SERVED, 'http://artifacts/cassandra.tgz', 'http://artifacts/jolokia.jar']);
  });

  it('is the configured one even when the scheduler serves a tarball', () => {
    const d = new ServedDriver(initialState({ config: config({ nodeCount: 1, seedCount: 1, artifacts: artifacts('http://mirror/executor.tgz') }) }));
    expect(executorUris(d)).toEqual(['http://mirror/executor.tgz', 'http://artifacts/cassandra.tgz', 'http://artifacts/jolokia.jar']);
  });

  it('is left out when neither is set (the executor is already on the agents)', () => {
    const d = new Driver(initialState({ config: config({ nodeCount: 1, seedCount: 1, artifacts: artifacts('') }) }));
    expect(executorUris(d)).toEqual(['http://artifacts/cassandra.tgz', 'http://artifacts/jolokia.jar']);
  });
});
