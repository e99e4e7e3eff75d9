// Restore parts against ONE real Cassandra 5.0 node (testkit) and a real s3proxy: a backup built by
// hand with backup-storage (snapshot through cassandra-jmx, files + node manifest + cluster manifest
// uploaded), then RESTORE_DOWNLOAD + RESTORE_IMPORT through runRestorePart, checked over CQL.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { dataKey, hashFile, S3Storage, uploadFiles, writeClusterManifest, writeNodeManifest, type FileToUpload, type ManifestFile } from '@cassandra-mesos/backup-storage';
import { CassandraJmx } from '@cassandra-mesos/cassandra-jmx';
import { assertNothingLeftRunning, startCassandraCluster, startS3, type CassandraCluster, type S3Server } from '@cassandra-mesos/testkit';
import { Client } from 'cassandra-driver';
import { systemClock } from '../../src/clock';
import { storageCredentials, type DataJobDeps, type DataJobSpec } from '../../src/data-jobs/context';
import { runRestorePart } from '../../src/restore';
import { JobStage, RecordingProgress, restoreOptions } from './support';

const USER = 'operator';
const PASSWORD = randomBytes(12).toString('base64url');
const CLUSTER = 'restore-it';
const BACKUP = 'it-backup-1';
const NODE = 'node-0';
const ROWS = 3000;

let cluster: CassandraCluster | undefined;
let s3: S3Server | undefined;
let cql: Client | undefined;
let storage: S3Storage | undefined;
const work = mkdtempSync(join(tmpdir(), 'restore-it-'));
/** Copies of the backed-up files, to repair an object the test corrupted. */
const originals = new Map<string, string>();
let backupChecksum = '';
let backupTableId = '';
let corruptKey = '';

function db(): Client {
  if (cql === undefined) throw new Error('no CQL session');
  return cql;
}
function jmx(): CassandraJmx {
  const node = cluster?.nodes[0];
  if (node === undefined) throw new Error('cluster did not start');
  return new CassandraJmx({ url: node.jolokiaUrl, credentials: { username: USER, password: PASSWORD }, timeoutMs: 120_000 });
}
function dataDir(): string {
  return cluster!.nodes[0]!.dataDir;
}

/** Row count and a SHA-256 over every row (sorted), so "equal" means equal content. */
async function tableDigest(): Promise<{ rows: number; sha256: string }> {
  const lines: string[] = [];
  let pageState: string | undefined;
  do {
    const rs = await db().execute('SELECT id, n, v FROM rit.kv', [], { prepare: true, fetchSize: 1000, ...(pageState === undefined ? {} : { pageState }) });
    for (const row of rs.rows) lines.push(`${String(row.get('id'))}|${String(row.get('n'))}|${String(row.get('v'))}`);
    pageState = rs.pageState ?? undefined;
  } while (pageState !== undefined);
  lines.sort();
  return { rows: lines.length, sha256: createHash('sha256').update(lines.join('\n')).digest('hex') };
}

async function insertRows(from: number, count: number): Promise<void> {
  for (let start = from; start < from + count; start += 100) {
    await Promise.all(
      Array.from({ length: Math.min(100, from + count - start) }, (_, i) =>
        db().execute('INSERT INTO rit.kv (id, n, v) VALUES (?, ?, ?)', [randomUUID(), start + i, `value-${start + i}-${'x'.repeat(start % 50)}`], { prepare: true }),
      ),
    );
  }
}

async function currentTableId(): Promise<string> {
  const rs = await db().execute("SELECT id FROM system_schema.tables WHERE keyspace_name = 'rit' AND table_name = 'kv'");
  return String(rs.first().get('id')).replace(/-/g, '');
}

/** Snapshot → upload every SSTable component → node manifest → cluster manifest (the commit point) → clear snapshot. */
async function takeBackupByHand(): Promise<void> {
  const c = jmx();
  await c.flush('rit');
  await c.takeSnapshot(BACKUP, { entities: ['rit'] });
  const snapshot = (await c.listSnapshots({ tag: BACKUP, keyspaces: ['rit'] }))[0];
  if (snapshot === undefined) throw new Error('snapshot missing');
  const root = { prefix: 'it', cluster: CLUSTER };
  const uploads: FileToUpload[] = [];
  const files: ManifestFile[] = [];
  for (const table of snapshot.tables) {
    const tableDir = `${table.table}-${table.tableId ?? ''}`;
    for (const f of table.files) {
      if (f.name === 'manifest.json' || f.name === 'schema.cql' || f.name.includes('/')) continue;
      const localPath = join(table.directory, f.name);
      const { size, sha256 } = await hashFile(localPath);
      const key = dataKey(root, { nodeId: NODE, keyspace: table.keyspace, tableId: tableDir, fileName: f.name, sha256 });
      const copy = join(work, 'originals', key.replace(/\//g, '_'));
      mkdirSync(join(work, 'originals'), { recursive: true });
      copyFileSync(localPath, copy);
      originals.set(key, copy);
      uploads.push({ localPath, key, size, sha256 });
      files.push({ key, keyspace: table.keyspace, table: table.table, tableId: tableDir, fileName: f.name, size, sha256 });
    }
  }
  await uploadFiles(storage!, uploads, { concurrency: 4 });
  const describe = await db().execute('DESCRIBE KEYSPACE rit');
  const schemaCql = describe.rows.map((r) => String(r.get('create_statement'))).join('\n\n');
  const now = new Date().toISOString();
  const manifest = {
    formatVersion: 1 as const,
    cluster: CLUSTER,
    backupName: BACKUP,
    nodeId: NODE,
    hostId: randomUUID(),
    datacenter: cluster!.datacenter,
    rack: 'rack1',
    cassandraVersion: cluster!.version,
    tokens: ['0'],
    snapshotAt: now,
    completedAt: now,
    schemaCql: { rit: schemaCql },
    files,
  };
  const written = await writeNodeManifest(storage!, root, manifest);
  await writeClusterManifest(storage!, root, {
    formatVersion: 1,
    cluster: CLUSTER,
    backupName: BACKUP,
    startedAt: now,
    completedAt: now,
    keyspaces: ['rit'],
    nodes: [{ nodeId: NODE, manifestKey: written.key, manifestSha256: written.sha256, files: files.length, bytes: files.reduce((n, f) => n + f.size, 0) }],
  });
  await c.clearSnapshot(BACKUP, { keyspaces: ['rit'] });
  corruptKey = files.find((f) => f.table === 'kv' && f.fileName.endsWith('-Data.db'))!.key;
  console.log(`backup by hand: ${files.length} files, ${files.reduce((n, f) => n + f.size, 0)} bytes, tables ${snapshot.tables.map((t) => t.table).join(', ')}`);
}

function spec(jobId: string, stage: number, extra: Partial<DataJobSpec> = {}, options: Parameters<typeof restoreOptions>[1] = {}): DataJobSpec {
  return {
    taskId: `${jobId}-task`,
    nodeId: NODE,
    jobId,
    type: 'RESTORE',
    stage,
    options: restoreOptions('it', { backupName: BACKUP, storage: 's3', bucket: s3!.bucket, endpoint: s3!.endpoint, region: s3!.region, forcePathStyle: true, concurrency: 3, ...options }),
    keyspaces: ['rit'],
    tables: [],
    clusterName: CLUSTER,
    sourceNodeId: NODE,
    truncate: false,
    credentials: storageCredentials({ accessKeyId: s3!.accessKeyId, secretAccessKey: s3!.secretAccessKey }),
    jobTimeoutMs: 3600_000,
    ...extra,
  };
}

function deps(): DataJobDeps {
  return { jmx: jmx(), cql: () => Promise.resolve(db()), dataDirectories: [dataDir()], sandbox: work, log: pino({ level: 'silent' }), clock: systemClock };
}

async function restore(jobId: string, options: Parameters<typeof restoreOptions>[1] = {}): Promise<{ downloadMs: number; importMs: number }> {
  const t0 = Date.now();
  const download = await runRestorePart(spec(jobId, JobStage.RESTORE_DOWNLOAD, {}, options), deps(), new RecordingProgress(), new AbortController().signal);
  const t1 = Date.now();
  console.log(`download: ${download.summary}`);
  const imported = await runRestorePart(spec(jobId, JobStage.RESTORE_IMPORT, { truncate: true }, options), deps(), new RecordingProgress(), new AbortController().signal);
  console.log(`import: ${imported.summary} | ${JSON.stringify(imported.keyspaces)}`);
  return { downloadMs: t1 - t0, importMs: Date.now() - t1 };
}

beforeAll(async () => {
  s3 = await startS3({ bucket: 'backups' });
  storage = new S3Storage({ bucket: s3.bucket, endpoint: s3.endpoint, region: s3.region, forcePathStyle: true, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } });
  cluster = await startCassandraCluster({ nodes: 1, jolokiaUser: USER, jolokiaPassword: PASSWORD });
  console.log(`Cassandra ${cluster.version} up in ${cluster.startupMs} ms; s3proxy ${s3.version}`);
  cql = new Client({ contactPoints: [...cluster.contactPoints], localDataCenter: cluster.datacenter });
  await cql.connect();
  await cql.execute("CREATE KEYSPACE rit WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
  await cql.execute("CREATE TABLE rit.kv (id uuid PRIMARY KEY, n int, v text) WITH comment = 'restore it; kv'");
  await cql.execute('CREATE TABLE rit.nothing (id int PRIMARY KEY)');
  // Two flushes: the table has more than one SSTable.
  await insertRows(0, ROWS / 2);
  await jmx().flush('rit');
  await insertRows(ROWS / 2, ROWS / 2);
  backupChecksum = (await tableDigest()).sha256;
  backupTableId = await currentTableId();
  await takeBackupByHand();
}, 300_000);

afterAll(async () => {
  try {
    await cql?.shutdown();
    storage?.destroy();
  } finally {
    try {
      await cluster?.stop();
    } finally {
      try {
        await s3?.stop();
      } finally {
        rmSync(work, { recursive: true, force: true });
        await assertNothingLeftRunning();
      }
    }
  }
}, 120_000);

describe('restore parts against a real Cassandra node and s3proxy', () => {
  it('download stages and verifies without touching the table; import truncates and brings back exactly the backed-up rows', async () => {
    // Changes after the backup: rows added, some deleted. A restore returns to the backup's content.
    await insertRows(ROWS, 250);
    await db().execute('TRUNCATE rit.nothing');
    const before = await tableDigest();
    expect(before.rows).toBe(ROWS + 250);

    const download = await runRestorePart(spec('job-a', JobStage.RESTORE_DOWNLOAD), deps(), new RecordingProgress(), new AbortController().signal);
    expect(download.filesTotal).toBeGreaterThan(8);
    expect(await tableDigest()).toEqual(before);
    const staged = join(dataDir(), '..', 'restore-staging', 'job-a', 'rit', 'kv');
    expect(readdirSync(staged).filter((f) => f.endsWith('-Data.db')).length).toBeGreaterThanOrEqual(2);

    const t0 = Date.now();
    const imported = await runRestorePart(spec('job-a', JobStage.RESTORE_IMPORT, { truncate: true }), deps(), new RecordingProgress(), new AbortController().signal);
    console.log(`import ${Date.now() - t0} ms: ${imported.summary}`);
    expect(imported.keyspaces).toEqual([expect.objectContaining({ keyspace: 'rit', status: 'SUCCESS', message: expect.stringContaining('kv: ') as string })]);
    expect(await tableDigest()).toEqual({ rows: ROWS, sha256: backupChecksum });
    expect(existsSync(join(dataDir(), '..', 'restore-staging', 'job-a'))).toBe(false);
  });

  it('a corrupt object fails the download naming it; the table is untouched and the object is not staged', async () => {
    const before = await tableDigest();
    const garbage = join(work, 'garbage.db');
    writeFileSync(garbage, randomBytes(4096));
    const facts = await hashFile(garbage);
    // Replace the object's bytes (as bit rot or a wrong copy would); the manifest still has the right size/SHA-256.
    await storage!.putFile(corruptKey, garbage, facts);

    const error = (await runRestorePart(spec('job-b', JobStage.RESTORE_DOWNLOAD), deps(), new RecordingProgress(), new AbortController().signal).catch((e: unknown) => e)) as Error;
    console.log(`corrupt object → ${error.message}`);
    expect(error.message).toContain(`object '${corruptKey}' is corrupt: expected `);
    expect(error.message).toContain(`got 4096 bytes with sha256 ${facts.sha256}`);
    const fileName = corruptKey.slice(corruptKey.lastIndexOf('/') + 1).slice(65);
    expect(existsSync(join(dataDir(), '..', 'restore-staging', 'job-b', 'rit', 'kv', fileName))).toBe(false);
    expect(await tableDigest()).toEqual(before);

    const original = originals.get(corruptKey)!;
    await storage!.putFile(corruptKey, original, await hashFile(original));
  });

  it('restore_schema re-creates a dropped keyspace (the table gets a new id) and imports into it', async () => {
    await db().execute('DROP KEYSPACE rit');
    const times = await restore('job-c', { restoreSchema: true });
    expect(await currentTableId()).not.toBe(backupTableId);
    expect(await tableDigest()).toEqual({ rows: ROWS, sha256: backupChecksum });
    console.log(`restore into a re-created schema: download ${times.downloadMs} ms, import ${times.importMs} ms`);
  });
});
