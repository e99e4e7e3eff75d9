// The ZooKeeper store against a real ZooKeeper (testkit): the StateStore contract, plus connection
// errors, chroot, session expiry, and znode sizes that do not grow with the cluster.
import { assertNothingLeftRunning, freePort, startZooKeeper, type ZooKeeperServer } from '@cassandra-mesos/testkit';
import { cassandra_mesos } from '@cassandra-mesos/model';
import { StaleStateError, StateUnavailableError } from '../../src/state/errors';
import { StateCollections, StateKeys } from '../../src/state/keys';
import { CREATE, StateOps } from '../../src/state/state-store';
import { SessionEndedError, ZooKeeperConnection } from '../../src/state/zookeeper/connection';
import { openZooKeeperStateStore } from '../../src/state/zookeeper/open';
import { registerStateStoreContract } from './contract';
import { nodeRecord } from './samples';
import { rejection } from './support';
import { TcpProxy } from './tcp-proxy';

let zk: ZooKeeperServer | undefined;
let shared: ZooKeeperConnection | undefined;
const extraConnections: ZooKeeperConnection[] = [];

async function connect(url: string, options: Parameters<typeof ZooKeeperConnection.connect>[1] = {}): Promise<ZooKeeperConnection> {
  const c = await ZooKeeperConnection.connect(url, { sessionTimeoutMs: 10_000, ...options });
  extraConnections.push(c);
  return c;
}

beforeAll(async () => {
  zk = await startZooKeeper();
  console.log(`ZooKeeper ${zk.version} at ${zk.connectString}`);
  shared = await ZooKeeperConnection.connect(zk.connectString, { sessionTimeoutMs: 10_000 });
}, 60_000);

afterEach(async () => {
  await Promise.all(extraConnections.splice(0).map((c) => c.close()));
});

afterAll(async () => {
  try {
    await shared?.close();
  } finally {
    try {
      await zk?.stop();
    } finally {
      await assertNothingLeftRunning();
    }
  }
});

registerStateStoreContract('ZooKeeper', () => ({
  open: (frameworkName) => openZooKeeperStateStore({ connection: shared!, frameworkName }),
  async corrupt(frameworkName, path, bytes) {
    await shared!.multi([{ type: 'set', path: `/cassandra-mesos/${frameworkName}/${path}`, data: Buffer.from(bytes), version: -1 }]);
  },
}));

describe('ZooKeeper connection', () => {
  it('says where it could not connect, why, and which setting to check', async () => {
    const port = await freePort('127.0.0.1');
    const started = Date.now();
    const err = await rejection(ZooKeeperConnection.connect(`zk://127.0.0.1:${port}/x`, { connectTimeoutMs: 1_500 }));
    expect(err).toBeInstanceOf(StateUnavailableError);
    expect((err as Error).message).toBe(
      `could not connect to ZooKeeper at 127.0.0.1:${port} within 1.5 s: 127.0.0.1:${port}: connection refused; check CASSANDRA_MESOS_ZK_URL`,
    );
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('keeps state below the chroot of the address, creating it', async () => {
    const connection = await connect(`zk://${zk!.connectString}/tenants/team-a`);
    const store = await openZooKeeperStateStore({ connection, frameworkName: 'chrooted' });
    expect(store.location).toBe('/tenants/team-a/cassandra-mesos/chrooted');
    await store.put(StateKeys.node('node-0'), nodeRecord('node-0'), CREATE);
    expect((await shared!.exists('/tenants/team-a/cassandra-mesos/chrooted/nodes/node-0'))?.version).toBe(0);
    expect(await shared!.exists('/cassandra-mesos/chrooted')).toBeUndefined();
  });

  it('surfaces session expiry: event, aborted signal, and every later call fails with the reason', async () => {
    const proxy = await TcpProxy.start(zk!.host, zk!.port);
    try {
      const connection = await connect(proxy.connectString, { sessionTimeoutMs: 4_000 });
      const store = await openZooKeeperStateStore({ connection, frameworkName: 'expiring' });
      await store.put(StateKeys.node('node-0'), nodeRecord('node-0'), CREATE);
      const expired = new Promise<SessionEndedError>((resolve) => connection.once('expired', resolve));

      // ZooKeeper's way to expire a session from outside: join it from a second client and close that.
      // The proxy keeps the first client away meanwhile, or it would take its session straight back.
      proxy.refuse();
      const intruder = await ZooKeeperConnection.connect(zk!.connectString, { session: connection.sessionCredentials() });
      expect(intruder.sessionId).toBe(connection.sessionId);
      await intruder.close();
      const closedAt = Date.now();
      proxy.forward();

      const event = await expired;
      console.log(`session expiry surfaced ${Date.now() - closedAt} ms after the session was closed elsewhere`);
      expect(event.how).toBe('expired');
      expect(connection.sessionEnded.aborted).toBe(true);
      expect(connection.sessionEnded.reason).toBe(event);
      const err = await rejection(store.put(StateKeys.node('node-0'), nodeRecord('node-0'), 0));
      expect(err).toBeInstanceOf(SessionEndedError);
      expect((err as Error).message).toMatch(/ZooKeeper session 0x[0-9a-f]+ with .* ended: ZooKeeper reported the session expired; reconnect to continue/);
      expect((await shared!.getData('/cassandra-mesos/expiring/nodes/node-0'))?.stat.version).toBe(0);
    } finally {
      await proxy.close();
    }
  });

  it('with no server reachable for the session timeout, calls time out, then the session is presumed expired', async () => {
    const proxy = await TcpProxy.start(zk!.host, zk!.port);
    try {
      const connection = await connect(proxy.connectString, { sessionTimeoutMs: 4_000, operationTimeoutMs: 500 });
      const events: string[] = [];
      connection.on('disconnected', () => events.push('disconnected'));
      const disconnected = new Promise<void>((resolve) => connection.once('disconnected', resolve));
      const expired = new Promise<SessionEndedError>((resolve) => connection.once('expired', resolve));
      const cutAt = Date.now();
      proxy.refuse();
      await disconnected;

      // Issued while disconnected: the library would queue it until a server answers.
      const err = await rejection(connection.getData('/cassandra-mesos'));
      expect((err as Error).message).toMatch(/ZooKeeper getData \/cassandra-mesos got no answer within 0.5 s \(connection disconnected\)/);
      const event = await expired;
      const after = Date.now() - cutAt;
      console.log(`session presumed expired ${after} ms after the server became unreachable`);
      expect(event.how).toBe('presumed-expired');
      expect(event.message).toMatch(/no ZooKeeper server reachable for 4 s \(the session timeout\): the session is presumed expired/);
      expect(after).toBeGreaterThanOrEqual(4_000);
      expect(after).toBeLessThan(6_000);
      expect(events).toEqual(['disconnected']);
    } finally {
      await proxy.close();
    }
  });

  it('reports the actual version when a compare-and-set loses to another client', async () => {
    const other = await connect(zk!.connectString);
    const mine = await openZooKeeperStateStore({ connection: shared!, frameworkName: 'two-writers' });
    const theirs = await openZooKeeperStateStore({ connection: other, frameworkName: 'two-writers' });
    await mine.put(StateKeys.configTarget, cassandra_mesos.v1.ConfigTarget.create({ targetId: 'a' }), CREATE);
    await theirs.put(StateKeys.configTarget, cassandra_mesos.v1.ConfigTarget.create({ targetId: 'b' }), 0);
    const err = await rejection(mine.commit([StateOps.put(StateKeys.configTarget, cassandra_mesos.v1.ConfigTarget.create({ targetId: 'c' }), 0)]));
    expect(err).toBeInstanceOf(StaleStateError);
    expect((err as Error).message).toBe('stale write to /cassandra-mesos/two-writers/config/target: expected version 0, found version 1; re-read it and retry');
  });
});

describe('znode sizes', () => {
  /** dataLength of every znode below `root`. */
  async function sizesBelow(root: string): Promise<Map<string, number>> {
    const sizes = new Map<string, number>();
    let level = [root];
    while (level.length > 0) {
      const next: string[] = [];
      await Promise.all(
        level.map(async (path) => {
          const stat = await shared!.exists(path);
          if (stat) sizes.set(path, stat.dataLength);
          for (const child of await shared!.getChildren(path)) next.push(`${path}/${child}`);
        }),
      );
      level = next;
    }
    return sizes;
  }

  it('no znode grows with the number of nodes (1,000 node records)', async () => {
    const store = await openZooKeeperStateStore({ connection: shared!, frameworkName: 'thousand' });
    const v1 = cassandra_mesos.v1;
    await store.put(StateKeys.framework, v1.FrameworkRecord.create({ frameworkId: 'fw', schemaVersion: 1, nextNodeIndex: 10 }), CREATE);
    await store.put(StateKeys.currentJob, v1.ClusterJob.create({ jobId: 'job-1', totalNodes: 10, type: v1.ClusterJobType.REPAIR }), CREATE);
    const write = async (from: number, to: number): Promise<void> => {
      for (let start = from; start < to; start += 100) {
        const ids = Array.from({ length: Math.min(100, to - start) }, (_, i) => `node-${start + i}`);
        await store.commit(ids.map((id) => StateOps.put(StateKeys.node(id), nodeRecord(id), CREATE)));
        await store.commit(ids.map((id) => StateOps.put(StateKeys.jobNode('job-1', id), v1.NodeJobRecord.create({ jobId: 'job-1', nodeId: id }), CREATE)));
      }
    };
    await write(0, 10);
    const before = await sizesBelow('/cassandra-mesos/thousand');

    const started = Date.now();
    await write(10, 1_000);
    await store.put(StateKeys.framework, v1.FrameworkRecord.create({ frameworkId: 'fw', schemaVersion: 1, nextNodeIndex: 1_000 }), 0);
    await store.put(StateKeys.currentJob, v1.ClusterJob.create({ jobId: 'job-1', totalNodes: 1_000, type: v1.ClusterJobType.REPAIR }), 0);
    const after = await sizesBelow('/cassandra-mesos/thousand');
    console.log(`wrote 1,980 records in ${Date.now() - started} ms; ${after.size} znodes`);

    expect(await store.listIds(StateCollections.nodes)).toHaveLength(1_000);
    // Every znode that existed with 10 nodes has the same size with 1,000 (containers stay empty)...
    const grown = [...before].filter(([path, size]) => Math.abs((after.get(path) ?? -1) - size) > 2);
    expect(grown).toEqual([]);
    expect(after.get('/cassandra-mesos/thousand/nodes')).toBe(0);
    // ...and every node record is about as big as the first ones (ids and addresses get a few digits longer).
    const nodeSizes = [...after].filter(([path]) => /\/nodes\/node-\d+$/.test(path) && !path.includes('/jobs/')).map(([, size]) => size);
    expect(nodeSizes).toHaveLength(1_000);
    expect(Math.max(...nodeSizes) - Math.min(...nodeSizes)).toBeLessThanOrEqual(32);
    expect(Math.max(...after.values())).toBeLessThan(1_024);
  });
});
