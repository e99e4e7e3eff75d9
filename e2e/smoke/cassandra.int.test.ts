import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assertNothingLeftRunning, basicAuthHeader, startCassandraCluster, STORAGE_SERVICE, type CassandraCluster, type CassandraNode } from '@cassandra-mesos/testkit';
import { Client } from 'cassandra-driver';
import { bulk, Jolokia, jolokiaClient, JolokiaError, type JolokiaErrorResponse, type JolokiaSuccessResponse } from './jolokia-client';

const TAKE_SNAPSHOT = 'takeSnapshot(java.lang.String,java.util.Map,[Ljava.lang.String;)';
const SNAPSHOT_DETAILS = 'getSnapshotDetails(java.util.Map)';
const CLEAR_SNAPSHOT = 'clearSnapshot(java.util.Map,java.lang.String,[Ljava.lang.String;)';

let cluster: CassandraCluster | undefined;
let cql: Client | undefined;

function node1(): CassandraNode {
  const n = cluster?.nodes[0];
  if (!n) throw new Error('cluster did not start');
  return n;
}

/** The data directory of smoke.kv (Cassandra appends the table id). */
function tableDir(): string {
  const dir = readdirSync(join(node1().dataDir, 'smoke')).find((d) => d.startsWith('kv-'));
  if (!dir) throw new Error(`no smoke.kv directory under ${node1().dataDir}/smoke`);
  return join(node1().dataDir, 'smoke', dir);
}

beforeAll(async () => {
  cluster = await startCassandraCluster({ nodes: 1, jolokiaUser: 'operator', jolokiaPassword: randomBytes(12).toString('base64') });
  console.log(`Cassandra ${cluster.version}: ${node1().name} (${node1().ip}) NORMAL with native transport up ${cluster.startupMs} ms after launch`);
}, 240_000);

afterAll(async () => {
  try {
    await cql?.shutdown();
  } finally {
    try {
      await cluster?.stop();
    } finally {
      await assertNothingLeftRunning();
    }
  }
}, 120_000);

describe('one Cassandra node with the Jolokia agent', () => {
  it('answers OperationMode, ReleaseVersion, LiveNodes and the agent version in ONE bulk POST', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    try {
      const client = jolokiaClient(node1().jolokiaUrl, node1().jolokiaAuthHeader);
      const [mode, release, live, version] = await bulk(client, [
        { type: 'read', mbean: STORAGE_SERVICE, attribute: 'OperationMode' },
        { type: 'read', mbean: STORAGE_SERVICE, attribute: 'ReleaseVersion' },
        { type: 'read', mbean: STORAGE_SERVICE, attribute: 'LiveNodes' },
        { type: 'version' },
      ]);
      expect(fetchSpy).toHaveBeenCalledTimes(1);
      expect(fetchSpy.mock.calls[0]?.[1]?.method?.toUpperCase()).toBe('POST');
      expect(mode).toBe('NORMAL');
      expect(release).toBe(cluster?.version);
      expect(live).toEqual([node1().ip]);
      const agent = (version as { agent: string }).agent;
      expect(agent).toBe(cluster?.jolokiaVersion);
      console.log(`versions: Cassandra ReleaseVersion=${String(release)}, Jolokia agent=${agent}, jolokia.js client=${client.CLIENT_VERSION}`);
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('creates a keyspace and table, writes and reads rows with cassandra-driver', async () => {
    cql = new Client({ contactPoints: [...(cluster?.contactPoints ?? [])], localDataCenter: cluster?.datacenter ?? '' });
    await cql.connect();
    await cql.execute("CREATE KEYSPACE smoke WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    await cql.execute('CREATE TABLE smoke.kv (id uuid PRIMARY KEY, n int, v text)');
    const rows = Array.from({ length: 50 }, (_, n) => ({ id: randomUUID(), n, v: `value-${n}-${randomBytes(4).toString('hex')}` }));
    for (const r of rows) await cql.execute('INSERT INTO smoke.kv (id, n, v) VALUES (?, ?, ?)', [r.id, r.n, r.v], { prepare: true });

    const count = await cql.execute('SELECT count(*) AS c FROM smoke.kv');
    expect(Number(count.first().get('c'))).toBe(50);
    for (const r of [rows[0], rows[17], rows[49]]) {
      const got = await cql.execute('SELECT n, v FROM smoke.kv WHERE id = ?', [r?.id], { prepare: true });
      expect(got.rowLength).toBe(1);
      expect(got.first().get('v')).toBe(r?.v);
      expect(got.first().get('n')).toBe(r?.n);
    }
  });

  it('takes a snapshot over Jolokia and lists it', async () => {
    const client = jolokiaClient(node1().jolokiaUrl, node1().jolokiaAuthHeader);
    // With a TTL: see the next test for why a snapshot without one cannot be listed through Jolokia 2.6.0.
    await bulk(client, [{ type: 'exec', mbean: STORAGE_SERVICE, operation: TAKE_SNAPSHOT, arguments: ['smoke-snap', { skipFlush: 'false', ttl: '1h' }, ['smoke']] }]);
    const [details] = await bulk(client, [{ type: 'exec', mbean: STORAGE_SERVICE, operation: SNAPSHOT_DETAILS, arguments: [{}] }]);
    expect(Object.keys(details as Record<string, unknown>)).toEqual(['smoke-snap']);
    const rows = JSON.stringify((details as Record<string, unknown>)['smoke-snap']);
    expect(rows).toContain('"Keyspace name":"smoke"');
    expect(rows).toContain('"Column family name":"kv"');

    // and it is really on disk, with its manifest
    expect(existsSync(join(tableDir(), 'snapshots', 'smoke-snap', 'manifest.json'))).toBe(true);
  });

  it('KNOWN ISSUE: Jolokia 2.6.0 truncates getSnapshotDetails when a snapshot has no TTL; clearing it restores listing', async () => {
    const client = jolokiaClient(node1().jolokiaUrl, node1().jolokiaAuthHeader);
    await bulk(client, [{ type: 'exec', mbean: STORAGE_SERVICE, operation: TAKE_SNAPSHOT, arguments: ['no-ttl', { skipFlush: 'true' }, ['smoke']] }]);
    expect(existsSync(join(tableDir(), 'snapshots', 'no-ttl', 'manifest.json'))).toBe(true);

    // Its "Expiration time" index value is null; the agent stops writing the JSON there (HTTP 200,
    // truncated body, nothing logged). Callers must not read this as "no snapshots".
    const listing = await bulk(client, [{ type: 'exec', mbean: STORAGE_SERVICE, operation: SNAPSHOT_DETAILS, arguments: [{}] }]).catch((e: unknown) => e);
    // (thrown by fetch's JSON parser, from another realm than jest's: compare by name)
    expect((listing as Error).name).toBe('SyntaxError');
    expect((listing as Error).message).toMatch(/JSON/);

    await bulk(client, [{ type: 'exec', mbean: STORAGE_SERVICE, operation: CLEAR_SNAPSHOT, arguments: [{}, 'no-ttl', ['smoke']] }]);
    expect(existsSync(join(tableDir(), 'snapshots', 'no-ttl'))).toBe(false);
    const [details] = await bulk(client, [{ type: 'exec', mbean: STORAGE_SERVICE, operation: SNAPSHOT_DETAILS, arguments: [{}] }]);
    expect(Object.keys(details as Record<string, unknown>)).toEqual(['smoke-snap']);
  });

  it('surfaces a JMX error delivered with HTTP 200 (snapshot of a keyspace that does not exist)', async () => {
    const client = jolokiaClient(node1().jolokiaUrl, node1().jolokiaAuthHeader);
    const request = { type: 'exec' as const, mbean: STORAGE_SERVICE, operation: TAKE_SNAPSHOT, arguments: ['nope', {}, ['no_such_ks']] };

    // jolokia.js itself resolves (the HTTP status was 200) — the error is inside the response …
    const raw = (await client.request([request])) as Array<JolokiaSuccessResponse | JolokiaErrorResponse>;
    expect(raw).toHaveLength(1);
    expect(Jolokia.isError(raw[0]!)).toBe(true);

    // … and the typed layer turns it into an error naming the keyspace.
    const err = (await bulk(client, [request]).catch((e: unknown) => e)) as JolokiaError;
    expect(err).toBeInstanceOf(JolokiaError);
    expect(err.status).toBeGreaterThanOrEqual(400);
    expect(err.errorType).toMatch(/Exception$/);
    expect(err.message).toContain('no_such_ks');
  });

  it('refuses wrong or missing Jolokia credentials with HTTP 401', async () => {
    for (const header of [basicAuthHeader('operator', 'wrong-password'), '']) {
      const client = jolokiaClient(node1().jolokiaUrl, header === '' ? undefined : header);
      const rejection = await client.request([{ type: 'read', mbean: STORAGE_SERVICE, attribute: 'OperationMode' }]).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(rejection).toBeInstanceOf(Response);
      expect((rejection as Response).status).toBe(401);
    }
  });
});
