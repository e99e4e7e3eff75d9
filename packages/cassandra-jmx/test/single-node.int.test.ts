// Against ONE real Cassandra 5.0 node (testkit): health, schema, flush, snapshots, cleanup, import,
// JMX errors and refused credentials.
import { randomBytes, randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  assertNothingLeftRunning,
  startCassandraCluster,
  type CassandraCluster,
  type CassandraNode,
} from '@cassandra-mesos/testkit';
import { Client } from 'cassandra-driver';
import { CassandraJmx, isLive, JmxAuthError, JmxError, JmxOperationError } from '../src';

const USER = 'operator';
const PASSWORD = randomBytes(12).toString('base64url');
const ROWS = 60;

let cluster: CassandraCluster | undefined;
let cql: Client | undefined;

function node(): CassandraNode {
  const n = cluster?.nodes[0];
  if (n === undefined) throw new Error('cluster did not start');
  return n;
}
function jmx(password = PASSWORD): CassandraJmx {
  return new CassandraJmx({
    url: node().jolokiaUrl,
    credentials: { username: USER, password },
    timeoutMs: 60_000,
  });
}
function db(): Client {
  if (cql === undefined) throw new Error('no CQL session');
  return cql;
}
function tableDir(keyspace: string, table: string): string {
  const dir = readdirSync(join(node().dataDir, keyspace)).find((d) => d.startsWith(`${table}-`));
  if (dir === undefined) throw new Error(`no directory for ${keyspace}.${table}`);
  return join(node().dataDir, keyspace, dir);
}
async function rowCount(): Promise<number> {
  return Number((await db().execute('SELECT count(*) AS c FROM jmxit.kv')).first().get('c'));
}

beforeAll(async () => {
  cluster = await startCassandraCluster({ nodes: 1, jolokiaUser: USER, jolokiaPassword: PASSWORD });
  console.log(`Cassandra ${cluster.version} up in ${cluster.startupMs} ms`);
  cql = new Client({ contactPoints: [...cluster.contactPoints], localDataCenter: cluster.datacenter });
  await cql.connect();
  await cql.execute(
    "CREATE KEYSPACE jmxit WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}",
  );
  await cql.execute('CREATE TABLE jmxit.kv (id uuid PRIMARY KEY, n int, v text)');
  for (let n = 0; n < ROWS; n++)
    await cql.execute('INSERT INTO jmxit.kv (id, n, v) VALUES (?, ?, ?)', [randomUUID(), n, `v${n}`], {
      prepare: true,
    });
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

describe('CassandraJmx against one real node', () => {
  it('reads every health field in ONE POST, all filled and sane', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    let health;
    try {
      health = await jmx().health();
      expect(fetchSpy).toHaveBeenCalledTimes(1);
      expect(fetchSpy.mock.calls[0]?.[1]?.method).toBe('POST');
    } finally {
      fetchSpy.mockRestore();
    }
    expect(health.missing).toEqual([]);
    expect(health).toMatchObject({
      node: node().ip,
      operationMode: 'NORMAL',
      initialized: true,
      joined: true,
      gossipRunning: true,
      nativeTransportRunning: true,
      dataCenter: cluster?.datacenter,
      rack: node().rack,
      releaseVersion: cluster?.version,
      clusterName: cluster?.clusterName,
      liveNodes: [node().ip],
      unreachableNodes: [],
    });
    expect(health.hostId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(health.tokenCount).toBeGreaterThanOrEqual(1);
    expect(health.loadBytes).toBeGreaterThan(0);
    expect(health.uptimeMs).toBeGreaterThan(1000);
    expect(Math.abs(health.checkedAt - Date.now())).toBeLessThan(60_000);
    expect(isLive(health)).toBe(true);
  });

  it('lists user and system keyspaces, tables and data file locations', async () => {
    const c = jmx();
    const ks = await c.keyspaces();
    expect(ks.user).toEqual(['jmxit']);
    expect(ks.system).toEqual(
      expect.arrayContaining([
        'system',
        'system_schema',
        'system_auth',
        'system_distributed',
        'system_traces',
      ]),
    );
    expect(ks.all).toEqual(expect.arrayContaining(['jmxit', 'system']));
    expect(await c.tables('jmxit')).toEqual(['kv']);
    expect(await c.tables('system_schema')).toEqual(
      expect.arrayContaining(['keyspaces', 'tables', 'columns']),
    );
    expect(await c.tables('no_such_ks')).toEqual([]);
    const locations = await c.dataFileLocations();
    expect(locations.data).toEqual([node().dataDir]);
    expect(locations.commitLog).toMatch(/commitlog/);
    const paths = await c.tableDataPaths('jmxit');
    expect(paths).toEqual([{ keyspace: 'jmxit', table: 'kv', paths: [tableDir('jmxit', 'kv')] }]);
    expect(await c.version()).toMatchObject({ major: 5, minor: 0, raw: cluster?.version });
  });

  it('flushes a keyspace: SSTables appear on disk', async () => {
    await jmx().flush('jmxit', ['kv']);
    expect(readdirSync(tableDir('jmxit', 'kv')).some((f) => f.endsWith('-Data.db'))).toBe(true);
  });

  it('takes, lists (with sizes) and clears snapshots with and without TTL', async () => {
    const c = jmx();
    await c.takeSnapshot('with-ttl', { entities: ['jmxit.kv'], ttl: '1h' });
    await c.takeSnapshot('no-ttl', { entities: ['jmxit'], skipFlush: true });

    const all = await c.listSnapshots();
    expect(all.map((s) => s.tag)).toEqual(['no-ttl', 'with-ttl']);
    const withTtl = all.find((s) => s.tag === 'with-ttl');
    const noTtl = all.find((s) => s.tag === 'no-ttl');
    expect(withTtl?.tables).toHaveLength(1);
    const t = withTtl?.tables[0];
    expect(t).toMatchObject({
      keyspace: 'jmxit',
      table: 'kv',
      directory: join(tableDir('jmxit', 'kv'), 'snapshots', 'with-ttl'),
      ephemeral: false,
    });
    expect(t?.tableId).toMatch(/^[0-9a-f]{32}$/);
    expect(t?.files.map((f) => f.name)).toEqual(expect.arrayContaining(['manifest.json', 'schema.cql']));
    expect(t?.files.some((f) => f.name.endsWith('-Data.db'))).toBe(true);
    expect(withTtl?.sizeBytes).toBeGreaterThan(0);
    // the SSTables are hard links of the live ones: only manifest and schema cost space
    expect(withTtl?.trueSizeBytes).toBeGreaterThan(0);
    expect(withTtl?.trueSizeBytes).toBeLessThan(withTtl?.sizeBytes ?? 0);
    expect(withTtl?.expiresAt).toBeDefined();
    expect(Date.parse(withTtl?.expiresAt ?? '') - Date.parse(withTtl?.createdAt ?? '')).toBe(3600_000);
    expect(noTtl?.expiresAt).toBeUndefined();
    expect(noTtl?.createdAt).toBeDefined();

    expect((await c.listSnapshots({ tag: 'no-ttl', keyspaces: ['jmxit'] })).map((s) => s.tag)).toEqual([
      'no-ttl',
    ]);
    expect(await c.listSnapshots({ keyspaces: ['system'] })).toEqual([]);

    await c.clearSnapshot('no-ttl', { keyspaces: ['jmxit'] });
    expect(existsSync(join(tableDir('jmxit', 'kv'), 'snapshots', 'no-ttl'))).toBe(false);
    expect((await c.listSnapshots()).map((s) => s.tag)).toEqual(['with-ttl']);
  });

  it('runs cleanup (whole keyspace; one table with one job) and refuses system keyspaces with a typed error', async () => {
    const c = jmx();
    await c.cleanup('jmxit');
    await c.cleanup('jmxit', { tables: ['kv'], jobs: 1 });
    const err = await c.cleanup('system').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JmxOperationError);
    expect((err as Error).message).toMatch(/^cleanup on 127\.0\.0\.1: .*system keyspace/);
  });

  it('imports snapshot SSTables copied into the table directory: the rows are back', async () => {
    const c = jmx();
    const snapshot = (await c.listSnapshots({ tag: 'with-ttl' }))[0]?.tables[0];
    if (snapshot === undefined) throw new Error('snapshot with-ttl missing');
    expect(await rowCount()).toBe(ROWS);
    await db().execute('TRUNCATE jmxit.kv');
    expect(await rowCount()).toBe(0);

    const dir = tableDir('jmxit', 'kv');
    for (const f of snapshot.files)
      if (!f.name.includes('/') && f.name !== 'manifest.json' && f.name !== 'schema.cql')
        copyFileSync(join(snapshot.directory, f.name), join(dir, f.name));
    expect(await c.importSSTables('jmxit', 'kv')).toEqual({ method: 'importNewSSTables' });
    expect(await rowCount()).toBe(ROWS);
  });

  it('fails an import from a directory that does not exist with a typed error naming it', async () => {
    const err = await jmx()
      .importSSTables('jmxit', 'kv', { sourceDirs: ['/nonexistent/import-dir'] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JmxError);
    expect((err as Error).message).toMatch(
      /^importNewSSTables\(jmxit\.kv\) on 127\.0\.0\.1: .*\/nonexistent\/import-dir/,
    );
    console.log(`import error: ${(err as Error).message}`);
  });

  it('surfaces a JMX error (snapshot of a keyspace that does not exist) as a typed error naming keyspace and node', async () => {
    const err = await jmx()
      .takeSnapshot('nope', { entities: ['no_such_ks'] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JmxOperationError);
    expect(err).toMatchObject({ operation: 'takeSnapshot', node: node().ip });
    expect((err as Error).message).toMatch(
      /^takeSnapshot on 127\.0\.0\.1: .*no_such_ks.* \(java\.[a-zA-Z.]+Exception\)$/,
    );
    console.log(`typed JMX error: ${(err as Error).message}`);
  });

  it('refuses wrong credentials with JmxAuthError, without leaking the password', async () => {
    const wrong = 'wrong-password-123';
    const err = await jmx(wrong)
      .health()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JmxAuthError);
    expect((err as JmxAuthError).httpStatus).toBe(401);
    expect(String(err)).not.toContain(wrong);
    expect(String(err)).not.toContain(PASSWORD);
  });
});
