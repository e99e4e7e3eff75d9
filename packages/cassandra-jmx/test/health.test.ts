import { CassandraJmx, healthRequests, isLive, JmxUnavailableError } from '../src';
import { FakeJolokia, jmxError, ok } from './fake-jolokia';

let fake: FakeJolokia;
beforeEach(async () => {
  fake = await FakeJolokia.start();
});
afterEach(async () => {
  await fake.stop();
});

const FULL: Record<string, unknown> = {
  OperationMode: 'NORMAL',
  Initialized: true,
  Joined: true,
  GossipRunning: true,
  NativeTransportRunning: true,
  LocalHostId: '6c1c8a4e-4b8e-4a43-9a4e-2f1a1b9c0d11',
  Tokens: ['-9223372036854775808', '0'],
  Datacenter: 'dc1',
  Rack: 'rack1',
  ReleaseVersion: '5.0.9',
  ClusterName: 'test',
  Count: 118721,
  LiveNodes: ['127.0.0.1', '127.0.0.2'],
  UnreachableNodes: [],
  Uptime: 42_000,
};

/** Answers each read from `values` by attribute name; a missing attribute → 404 InstanceNotFound. */
function answerFrom(values: Record<string, unknown>) {
  return (reqs: Array<Record<string, unknown>>): unknown[] =>
    reqs.map((r) => {
      const attr = String(r['attribute']);
      return attr in values
        ? ok(values[attr])
        : jmxError(404, 'javax.management.InstanceNotFoundException', String(r['mbean']));
    });
}

describe('health', () => {
  it('reads every field in ONE bulk POST of single-attribute reads', async () => {
    fake.handler = answerFrom(FULL);
    const health = await new CassandraJmx({ url: fake.url, nodeName: 'n1' }).health();
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.body).toEqual(healthRequests());
    expect(fake.requests[0]?.body.map((r) => `${String(r['mbean'])}/${String(r['attribute'])}`)).toEqual([
      'org.apache.cassandra.db:type=StorageService/OperationMode',
      'org.apache.cassandra.db:type=StorageService/Initialized',
      'org.apache.cassandra.db:type=StorageService/Joined',
      'org.apache.cassandra.db:type=StorageService/GossipRunning',
      'org.apache.cassandra.db:type=StorageService/NativeTransportRunning',
      'org.apache.cassandra.db:type=StorageService/LocalHostId',
      'org.apache.cassandra.db:type=StorageService/Tokens',
      'org.apache.cassandra.db:type=EndpointSnitchInfo/Datacenter',
      'org.apache.cassandra.db:type=EndpointSnitchInfo/Rack',
      'org.apache.cassandra.db:type=StorageService/ReleaseVersion',
      'org.apache.cassandra.db:type=StorageService/ClusterName',
      'org.apache.cassandra.metrics:type=Storage,name=Load/Count',
      'org.apache.cassandra.db:type=StorageService/LiveNodes',
      'org.apache.cassandra.db:type=StorageService/UnreachableNodes',
      'java.lang:type=Runtime/Uptime',
    ]);
    expect(health).toEqual({
      node: 'n1',
      checkedAt: expect.any(Number) as number,
      missing: [],
      operationMode: 'NORMAL',
      initialized: true,
      joined: true,
      gossipRunning: true,
      nativeTransportRunning: true,
      hostId: '6c1c8a4e-4b8e-4a43-9a4e-2f1a1b9c0d11',
      tokenCount: 2,
      dataCenter: 'dc1',
      rack: 'rack1',
      releaseVersion: '5.0.9',
      clusterName: 'test',
      loadBytes: 118721,
      liveNodes: ['127.0.0.1', '127.0.0.2'],
      unreachableNodes: [],
      uptimeMs: 42_000,
    });
    expect(isLive(health)).toBe(true);
  });

  it('returns partial results while Cassandra is starting and says what is missing', async () => {
    // Only the JVM MBean and part of StorageService exist yet; the host id is still null.
    fake.handler = answerFrom({
      OperationMode: 'STARTING',
      Initialized: false,
      Uptime: 900,
      LocalHostId: null,
      ReleaseVersion: '5.0.9',
      Tokens: 'garbage',
    });
    const health = await new CassandraJmx({ url: fake.url }).health();
    expect(health).toMatchObject({
      operationMode: 'STARTING',
      initialized: false,
      uptimeMs: 900,
      releaseVersion: '5.0.9',
    });
    expect(health.hostId).toBeUndefined();
    const missing = Object.fromEntries(health.missing.map((m) => [m.field, m.reason]));
    expect(Object.keys(missing).sort()).toEqual(
      [
        'clusterName',
        'dataCenter',
        'gossipRunning',
        'hostId',
        'joined',
        'liveNodes',
        'loadBytes',
        'nativeTransportRunning',
        'rack',
        'tokenCount',
        'unreachableNodes',
      ].sort(),
    );
    expect(missing['dataCenter']).toBe('org.apache.cassandra.db:type=EndpointSnitchInfo not registered yet');
    expect(missing['hostId']).toBe('LocalHostId is not set yet');
    expect(missing['tokenCount']).toMatch(/Tokens: expected a list of strings, got "garbage"/);
    expect(isLive(health)).toBe(false);
  });

  it('throws typed errors for transport failures (nothing partial about an unreachable agent)', async () => {
    await fake.stop();
    const err = await new CassandraJmx({ url: fake.url }).health().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JmxUnavailableError);
    fake = await FakeJolokia.start();
  });

  it('isLive needs NORMAL and native transport', () => {
    expect(isLive({ operationMode: 'NORMAL', nativeTransportRunning: true })).toBe(true);
    expect(isLive({ operationMode: 'NORMAL', nativeTransportRunning: false })).toBe(false);
    expect(isLive({ operationMode: 'JOINING', nativeTransportRunning: true })).toBe(false);
    expect(isLive({})).toBe(false);
  });
});

describe('isLive', () => {
  it('counts a node whose decommission was refused as live (it stays a serving ring member), and no other mode but NORMAL', () => {
    expect(isLive({ operationMode: 'NORMAL', nativeTransportRunning: true })).toBe(true);
    expect(isLive({ operationMode: 'DECOMMISSION_FAILED', nativeTransportRunning: true })).toBe(true);
    expect(isLive({ operationMode: 'DECOMMISSION_FAILED', nativeTransportRunning: false })).toBe(false);
    for (const mode of ['STARTING', 'JOINING', 'LEAVING', 'DECOMMISSIONED', 'DRAINING', 'DRAINED', 'MOVING'] as const) {
      expect(isLive({ operationMode: mode, nativeTransportRunning: true })).toBe(false);
    }
  });
});
