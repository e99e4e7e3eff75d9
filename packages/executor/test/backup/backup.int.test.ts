// The backup node part end to end against ONE real Cassandra 5.0 node and a real s3proxy (testkit),
// through the real code path: an encoded BACKUP NodeJobTask → DataJobTaskRunner → runBackupPart.
// Snapshot backup (manifest, objects with their sizes and SHA-256), a repeat that uploads nothing,
// an incremental backup of a new flush, s3proxy stopped mid-upload (failure naming the S3 error, the
// snapshot cleared, no manifest; a retry succeeds), a local-directory backup deduplicated by hard
// links, and the consistent backup's snapshot request + upload of that snapshot.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { Client } from 'cassandra-driver';
import { hashFile, LocalDirectoryStorage, nodeManifestKey, NodeManifestSchema, S3Storage, type NodeManifest } from '@cassandra-mesos/backup-storage';
import { CassandraJmx, STORAGE_SERVICE } from '@cassandra-mesos/cassandra-jmx';
import { cassandra_mesos, encodeMessage, mesos } from '@cassandra-mesos/model';
import { assertNothingLeftRunning, startCassandraCluster, startS3, type CassandraCluster, type CassandraNode, type S3Server } from '@cassandra-mesos/testkit';
import { ConsistentSnapshots, DataJobTaskRunner, LazyCqlSession, PROTOCOL_VERSION, runBackupPart, systemClock, type OutgoingStatus } from '../../src';
import { runRestorePart } from '../../src/restore';

const { BackupType, ClusterJobType, JobStage, NodeJobState } = cassandra_mesos.v1;
const S = mesos.v1.TaskState;
const USER = 'executor';
const PASSWORD = randomBytes(12).toString('base64url');
const BUCKET = 'backups';
const CLUSTER = 'it-cluster';
const log = pino({ level: process.env.LOG_LEVEL ?? 'silent' });

jest.setTimeout(300_000);

let cluster: CassandraCluster | undefined;
let s3: S3Server | undefined;
let cql: Client | undefined;
let jmx: CassandraJmx;
let sandbox: string;

const node = (): CassandraNode => cluster!.nodes[0]!;

beforeAll(async () => {
  sandbox = mkdtempSync(join(tmpdir(), 'backup-it-'));
  [cluster, s3] = await Promise.all([startCassandraCluster({ nodes: 1, jolokiaUser: USER, jolokiaPassword: PASSWORD }), startS3({ bucket: BUCKET })]);
  jmx = new CassandraJmx({ url: node().jolokiaUrl, credentials: { username: USER, password: PASSWORD }, timeoutMs: 60_000 });
  // incremental_backups on, as an operator enables it for incremental backups (nodetool enablebackup).
  await enableIncrementalBackups();
  cql = new Client({ contactPoints: [...cluster.contactPoints], localDataCenter: cluster.datacenter });
  await cql.connect();
  await cql.execute("CREATE KEYSPACE shop WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
  await cql.execute('CREATE TABLE shop.orders (id int PRIMARY KEY, item text, qty int)');
  await cql.execute('CREATE TABLE shop.blobs (id int PRIMARY KEY, data blob)');
  await cql.execute("CREATE KEYSPACE audit WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
  await cql.execute('CREATE TABLE audit.events (id int PRIMARY KEY, what text)');
  await insertOrders(0, 300);
  for (let id = 0; id < 50; id++) await cql.execute('INSERT INTO audit.events (id, what) VALUES (?, ?)', [id, `event-${id}`], { prepare: true });
}, 300_000);

afterAll(async () => {
  await cql?.shutdown().catch(() => undefined);
  await Promise.allSettled([cluster?.stop(), s3?.stop({ allowPriorExit: true })]);
  rmSync(sandbox, { recursive: true, force: true });
  await assertNothingLeftRunning();
});

/** A JMX attribute write (JmxClient has no write requests): StorageService.IncrementalBackupsEnabled = true. */
async function enableIncrementalBackups(): Promise<void> {
  const response = await fetch(node().jolokiaUrl, {
    method: 'POST',
    headers: { authorization: node().jolokiaAuthHeader, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'write', mbean: STORAGE_SERVICE, attribute: 'IncrementalBackupsEnabled', value: true }),
  });
  const body = (await response.json()) as { status: number; error?: string };
  if (body.status !== 200) throw new Error(`cannot enable incremental backups: ${body.error ?? body.status}`);
  expect(await jmx.client.read('check', STORAGE_SERVICE, 'IncrementalBackupsEnabled')).toBe(true);
}

async function insertOrders(from: number, to: number): Promise<void> {
  for (let id = from; id < to; id++) await cql!.execute('INSERT INTO shop.orders (id, item, qty) VALUES (?, ?, ?)', [id, `item-${id}`, id % 7], { prepare: true });
}

interface Run {
  final: OutgoingStatus;
  result: cassandra_mesos.v1.INodeJobRecord;
  updates: OutgoingStatus[];
  progress: cassandra_mesos.v1.NodeJobRecord[];
}

function backupTask(jobId: string, backup: cassandra_mesos.v1.IBackupOptions, keyspaces: string[] = []): Uint8Array {
  return encodeMessage(
    cassandra_mesos.v1.TaskDetails,
    cassandra_mesos.v1.TaskDetails.create({
      protocolVersion: PROTOCOL_VERSION,
      nodeId: 'node-1',
      nodeJob: {
        jobId,
        type: ClusterJobType.BACKUP,
        stage: JobStage.BACKUP_UPLOAD,
        clusterName: CLUSTER,
        params: { keyspaces, backup },
        credentials: { accessKeyId: s3!.accessKeyId, secretAccessKey: s3!.secretAccessKey },
      },
    }),
  );
}

function s3Options(backupName: string, extra: cassandra_mesos.v1.IBackupOptions = {}): cassandra_mesos.v1.IBackupOptions {
  return { backupName, storage: 's3', bucket: BUCKET, prefix: 'it', endpoint: s3!.endpoint, region: s3!.region, ...extra };
}

/** Launches the task on a fresh runner (as the executor does), returns when its terminal update was sent. */
function launch(data: Uint8Array, onProgress?: (record: cassandra_mesos.v1.NodeJobRecord) => void): { runner: DataJobTaskRunner; run: Promise<Run> } {
  const updates: OutgoingStatus[] = [];
  const progress: cassandra_mesos.v1.NodeJobRecord[] = [];
  const session = new LazyCqlSession({ host: node().ip, port: node().cqlPort });
  const runner = new DataJobTaskRunner({
    clock: systemClock,
    nodeId: 'node-1',
    serverRunning: true,
    parts: { BACKUP: runBackupPart, RESTORE: runRestorePart },
    deps: () => ({ jmx, cql: () => session.session(), dataDirectories: [node().dataDir], sandbox, log, clock: systemClock }),
    release: () => session.close(),
    send: (u) => updates.push(u),
    progress: (r) => {
      progress.push(r);
      onProgress?.(r);
    },
  });
  runner.launch(`task-${Math.random().toString(36).slice(2)}`, data);
  const run = runner.done.then(async (final) => {
    await runner.settled;
    return { final, result: cassandra_mesos.v1.TaskStatusDetails.decode(final.data).jobResult ?? {}, updates, progress };
  });
  return { runner, run };
}

function storage(): S3Storage {
  return new S3Storage({ bucket: BUCKET, endpoint: s3!.endpoint, region: s3!.region, forcePathStyle: true, credentials: { accessKeyId: s3!.accessKeyId, secretAccessKey: s3!.secretAccessKey } });
}

async function manifestOf(name: string): Promise<NodeManifest> {
  const store = storage();
  try {
    return NodeManifestSchema.parse(await store.getJson(nodeManifestKey({ prefix: 'it', cluster: CLUSTER }, name, 'node-1')));
  } finally {
    store.destroy();
  }
}

async function snapshotTags(): Promise<string[]> {
  return (await jmx.listSnapshots()).map((s) => s.tag);
}

/** The table's live SSTable files by name → path (a snapshot's files are hard links of these). */
function liveFiles(keyspace: string, table: string): Map<string, string> {
  const ksDir = join(node().dataDir, keyspace);
  const dir = readdirSync(ksDir).find((d) => d.startsWith(`${table}-`));
  if (dir === undefined) throw new Error(`no directory for ${keyspace}.${table}`);
  const out = new Map<string, string>();
  for (const f of readdirSync(join(ksDir, dir), { withFileTypes: true })) if (f.isFile()) out.set(f.name, join(ksDir, dir, f.name));
  return out;
}

describe('backup node part (real Cassandra + s3proxy)', () => {
  it('uploads a snapshot, verifies every object and writes the node manifest, then clears the snapshot', async () => {
    const { run } = launch(backupTask('job-b1', s3Options('b1')));
    const { final, result, updates } = await run;
    expect(final.message).toMatch(/succeeded/);
    expect(updates.map((u) => S[u.state])).toEqual(['TASK_RUNNING', 'TASK_FINISHED']);
    expect(result.state).toBe(NodeJobState.NODE_JOB_SUCCEEDED);
    expect(result.stage).toBe(JobStage.BACKUP_UPLOAD);
    expect(result.keyspaces?.map((k) => `${k.keyspace}:${k.status}`)).toEqual(['audit:SUCCESS', 'shop:SUCCESS']);
    expect(Number(result.bytesTotal)).toBeGreaterThan(0);
    expect(Number(result.bytesDone)).toBe(Number(result.bytesTotal));
    expect(result.manifestKey).toBe('it/it-cluster/backups/b1/nodes/node-1.json');
    expect(result.manifestSha256).toMatch(/^[0-9a-f]{64}$/);

    const manifest = await manifestOf('b1');
    expect(manifest).toMatchObject({ cluster: CLUSTER, backupName: 'b1', nodeId: 'node-1', datacenter: node().datacenter, rack: node().rack, cassandraVersion: cluster!.version });
    expect(manifest.tokens).toEqual([node().token]);
    expect(manifest.hostId).toMatch(/^[0-9a-f-]{36}$/);
    expect(manifest.schemaCql.shop).toMatch(/CREATE KEYSPACE shop[\s\S]*CREATE TABLE shop\.orders[\s\S]*CREATE TABLE shop\.blobs|CREATE KEYSPACE shop[\s\S]*CREATE TABLE shop\.blobs[\s\S]*CREATE TABLE shop\.orders/);
    expect(Object.keys(manifest.schemaCql).sort()).toEqual(['audit', 'shop']);
    expect(manifest.files.length).toBe(Number(result.filesTotal));
    expect(manifest.files.some((f) => f.fileName.endsWith('-Data.db') && f.table === 'orders')).toBe(true);
    expect(manifest.files.every((f) => f.fileName !== 'manifest.json' && f.fileName !== 'schema.cql')).toBe(true);
    // Every object: stored with the manifest's size and SHA-256, and equal to the node's own file.
    const store = storage();
    try {
      for (const f of manifest.files) {
        const info = await store.head(f.key);
        expect({ key: f.key, size: info?.size, sha256: info?.sha256 }).toEqual({ key: f.key, size: f.size, sha256: f.sha256 });
        const live = liveFiles(f.keyspace, f.table).get(f.fileName);
        expect(live).toBeDefined();
        expect(await hashFile(live!)).toEqual({ size: f.size, sha256: f.sha256 });
      }
    } finally {
      store.destroy();
    }
    expect(await snapshotTags()).not.toContain('b1');
  });

  it('uploads no data bytes on a second backup of unchanged files', async () => {
    const { result, final } = await launch(backupTask('job-b2', s3Options('b2'))).run;
    expect(result.state).toBe(NodeJobState.NODE_JOB_SUCCEEDED);
    // Nothing re-read either: every checksum came from b1's node manifest.
    expect(final.message).toContain(`checksums of ${Number(result.filesTotal)} files reused from backup b1`);
    const uploaded = Number(result.bytesDone) - Number(result.bytesSkipped);
    console.log(`second backup: ${Number(result.bytesTotal)} bytes total, ${uploaded} uploaded, ${Number(result.bytesSkipped)} skipped`);
    expect(uploaded).toBe(0);
    expect(Number(result.bytesSkipped)).toBe(Number(result.bytesTotal));
    const [b1, b2] = [await manifestOf('b1'), await manifestOf('b2')];
    expect(b2.files.map((f) => f.key).sort()).toEqual(b1.files.map((f) => f.key).sort());
  });

  it('takes an incremental backup: the base files plus what a new flush wrote, marked', async () => {
    await insertOrders(300, 400);
    const { result } = await launch(backupTask('job-b3', s3Options('b3', { backupType: BackupType.INCREMENTAL, baseBackup: 'b2' }))).run;
    expect(result.failureMessage).toBe('');
    expect(result.state).toBe(NodeJobState.NODE_JOB_SUCCEEDED);
    const [base, incremental] = [await manifestOf('b2'), await manifestOf('b3')];
    expect(incremental.baseBackup).toBe('b2');
    const own = incremental.files.filter((f) => f.incremental === true);
    const inherited = incremental.files.filter((f) => f.incremental === false);
    expect(inherited.map((f) => f.key).sort()).toEqual(base.files.map((f) => f.key).sort());
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((f) => f.keyspace === 'shop' && f.table === 'orders')).toBe(true);
    const baseNames = new Set(base.files.map((f) => `${f.tableId}/${f.fileName}`));
    expect(own.some((f) => baseNames.has(`${f.tableId}/${f.fileName}`))).toBe(false);
    expect(own.some((f) => f.fileName.endsWith('-Data.db'))).toBe(true);
    expect(Number(result.filesTotal)).toBe(own.length);
  });

  it('fails naming the S3 error when s3proxy stops mid-upload, clears the snapshot and writes no manifest; a retry succeeds', async () => {
    // ~6 MiB of new, incompressible data at 1 MiB/s: the upload is still running when s3proxy goes.
    for (let id = 0; id < 24; id++) await cql!.execute('INSERT INTO shop.blobs (id, data) VALUES (?, ?)', [id, randomBytes(256 * 1024)], { prepare: true });
    let stopped: Promise<unknown> | undefined;
    const { run } = launch(backupTask('job-b4', s3Options('b4', { rateLimitBytesPerSecond: 1024 * 1024, concurrency: 2 }), ['shop']), (record) => {
      if (stopped === undefined && Number(record.bytesDone) > 0 && Number(record.bytesDone) < Number(record.bytesTotal)) stopped = s3!.stop();
    });
    const { final, result } = await run;
    await stopped;
    expect(stopped).toBeDefined();
    console.log(`backup with s3proxy stopped: ${final.message}`);
    expect(S[final.state]).toBe('TASK_FAILED');
    expect(result.state).toBe(NodeJobState.NODE_JOB_FAILED);
    expect(result.failureMessage).toMatch(/keyspace shop: (upload|check) of table blobs file \S+ failed \[[A-Za-z]+\]/);
    expect(result.failureMessage).toMatch(/snapshot b4 was cleared/);
    expect(result.failureMessage).not.toContain(s3!.secretAccessKey);
    expect(result.keyspaces?.map((k) => `${k.keyspace}:${k.status}`)).toEqual(['shop:FAILURE']);
    expect(await snapshotTags()).not.toContain('b4');

    s3 = await startS3({ restartOf: s3! });
    const store = storage();
    try {
      expect(await store.head(nodeManifestKey({ prefix: 'it', cluster: CLUSTER }, 'b4', 'node-1'))).toBeUndefined();
    } finally {
      store.destroy();
    }
    const retry = await launch(backupTask('job-b4-retry', s3Options('b4'), ['shop'])).run;
    expect(retry.result.failureMessage).toBe('');
    expect(retry.result.state).toBe(NodeJobState.NODE_JOB_SUCCEEDED);
    expect((await manifestOf('b4')).files.some((f) => f.table === 'blobs')).toBe(true);
  });

  it('stops a running upload at once when aborted, and clears the snapshot', async () => {
    for (let id = 100; id < 116; id++) await cql!.execute('INSERT INTO shop.blobs (id, data) VALUES (?, ?)', [id, randomBytes(256 * 1024)], { prepare: true });
    let abortedAt = 0;
    const started = launch(backupTask('job-b5', s3Options('b5', { rateLimitBytesPerSecond: 512 * 1024, concurrency: 2 }), ['shop']), (record) => {
      if (abortedAt === 0 && Number(record.bytesDone) > 0 && Number(record.bytesDone) < Number(record.bytesTotal)) {
        abortedAt = Date.now();
        started.runner.abort('operator asked');
      }
    });
    const { final, result } = await started.run;
    const tookMs = Date.now() - abortedAt;
    console.log(`abort took effect after ${tookMs} ms: ${final.message}`);
    expect(abortedAt).toBeGreaterThan(0);
    expect(S[final.state]).toBe('TASK_KILLED');
    expect(result.state).toBe(NodeJobState.NODE_JOB_ABORTED);
    expect(result.failureMessage).toMatch(/^aborted: operator asked; keyspace shop: .*(cut off|operator asked).*; snapshot b5 was cleared$/);
    // Not the ~8 s the rest of the rate-limited upload would take: the reads and S3 requests in flight
    // were cut off through the signal (the 1.5 s leave room for clearing the snapshot over Jolokia).
    expect(tookMs).toBeLessThan(1_500);
    expect(await snapshotTags()).not.toContain('b5');
  });

  it('backs up into a local directory in the seeds/001 layout, hard-linking what the previous backup holds', async () => {
    const local = (name: string) => ({ backupName: name, storage: 'local', prefix: 'local-backups' });
    const localTask = (jobId: string, options: cassandra_mesos.v1.IBackupOptions) => {
      const details = cassandra_mesos.v1.TaskDetails.decode(backupTask(jobId, options, ['audit']));
      details.nodeJob!.credentials = null;
      return encodeMessage(cassandra_mesos.v1.TaskDetails, details);
    };
    const first = await launch(localTask('job-l1', local('l1'))).run;
    expect(first.result.failureMessage).toBe('');
    const second = await launch(localTask('job-l2', local('l2'))).run;
    expect(second.result.state).toBe(NodeJobState.NODE_JOB_SUCCEEDED);
    expect(Number(second.result.bytesSkipped)).toBe(Number(second.result.bytesTotal));
    expect(second.result.manifestKey).toBe(`${CLUSTER}/node-1/l2/node-manifest.json`);
    const root = join(sandbox, 'local-backups');
    const manifest = NodeManifestSchema.parse(await new LocalDirectoryStorage(root).getJson(second.result.manifestKey!));
    expect(manifest.files.length).toBeGreaterThan(0);
    for (const f of manifest.files) {
      expect(f.key).toBe(`${CLUSTER}/node-1/l2/audit/events/${f.fileName}`);
      const [a, b] = [statSync(join(root, CLUSTER, 'node-1', 'l1', 'audit', 'events', f.fileName)), statSync(join(root, ...f.key.split('/')))];
      expect(b.ino).toBe(a.ino);
    }
  });

  it('answers a consistent-backup snapshot request once per job and tag, then uploads that snapshot and clears it', async () => {
    const snapshots = new ConsistentSnapshots(() => 'node-1', systemClock, log);
    const [one, repeat] = await Promise.all([snapshots.snapshot({ jobId: 'job-c1', tag: 'c1', keyspaces: ['audit'] }, jmx), snapshots.snapshot({ jobId: 'job-c1', tag: 'c1', keyspaces: ['audit'] }, jmx)]);
    expect(one).toMatchObject({ jobId: 'job-c1', tag: 'c1', ok: true });
    expect(repeat).toBe(one);
    expect(await snapshotTags()).toContain('c1');
    const missing = await snapshots.snapshot({ jobId: 'job-c2', tag: 'c2', keyspaces: ['nope'] }, jmx);
    expect(missing.ok).toBe(false);
    expect(missing.message).toMatch(/keyspace "nope" does not exist/);

    const { result } = await launch(backupTask('job-c1', s3Options('c1', { backupType: BackupType.CLUSTER_CONSISTENT, snapshotTag: 'c1' }), ['audit'])).run;
    expect(result.failureMessage).toBe('');
    expect(result.state).toBe(NodeJobState.NODE_JOB_SUCCEEDED);
    expect((await manifestOf('c1')).files.every((f) => f.keyspace === 'audit')).toBe(true);
    expect(await snapshotTags()).not.toContain('c1');
  });
});
