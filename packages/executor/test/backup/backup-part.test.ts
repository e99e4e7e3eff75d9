// The backup part over a Cassandra-shaped temp directory, a fake Jolokia/CQL and a real local-directory
// storage; faults are injected by wrapping the storage. What is checked: the order snapshot → upload →
// verify → manifest → clear, that the snapshot is cleared after a failure or an abort too, and that an
// abort reaches the upload in flight (its signal) instead of waiting for it.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeManifestSchema, StorageUnavailableError, TransferAbortedError, type BackupStorage } from '@cassandra-mesos/backup-storage';
import { cassandra_mesos } from '@cassandra-mesos/model';
import { createBackupPart, openStorage, parseDataJobTask, type DataJobProgressFields, type DataJobSpec, type DataJobStorage } from '../../src';
import { jobTaskDetails } from '../jobs/support';
import type { fakeCql} from './support';
import { DataTree, deps, FakeJmx } from './support';

const { BackupType, ClusterJobType, JobStage } = cassandra_mesos.v1;

let tree: DataTree;
let jmx: FakeJmx;
let sandbox: string;
let reports: DataJobProgressFields[];
const progress = { report: (f: DataJobProgressFields) => reports.push(f) };

beforeEach(() => {
  tree = new DataTree();
  jmx = new FakeJmx(tree);
  sandbox = mkdtempSync(join(tmpdir(), 'sandbox-'));
  reports = [];
  tree.flushSSTable('shop', 'orders', 1, 100, true);
  tree.flushSSTable('shop', 'blobs', 1, 300, true);
  tree.flushSSTable('audit', 'events', 1, 50, true);
  tree.flushSSTable('system', 'local', 1);
});
afterEach(() => {
  tree.cleanup();
  rmSync(sandbox, { recursive: true, force: true });
});

function spec(options: cassandra_mesos.v1.IBackupOptions = {}, keyspaces: string[] = []): DataJobSpec {
  const parsed = parseDataJobTask(
    't1',
    jobTaskDetails({ type: ClusterJobType.BACKUP, stage: JobStage.BACKUP_UPLOAD, clusterName: 'c1', params: { keyspaces, backup: { backupName: 'b1', storage: 'local', prefix: 'bk', ...options } } }),
  );
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.spec;
}

/** openStorage with the storage's putFile replaced. */
function faulty(putFile: (inner: BackupStorage, key: string, path: string, options: Parameters<BackupStorage['putFile']>[2]) => Promise<void>, closed: { count: number } = { count: 0 }) {
  return (s: DataJobSpec, d: Parameters<typeof openStorage>[1]): DataJobStorage => {
    const real = openStorage(s, d);
    const storage: BackupStorage = Object.assign(Object.create(real.storage) as BackupStorage, { putFile: (key: string, path: string, o: Parameters<BackupStorage['putFile']>[2]) => putFile(real.storage, key, path, o) });
    return { ...real, storage, close: () => void closed.count++ };
  };
}

const snapshotDirs = (tag: string) => readdirSync(tree.dataDir).flatMap((ks) => readdirSync(join(tree.dataDir, ks)).filter((t) => existsSync(join(tree.dataDir, ks, t, 'snapshots', tag))));
const backupsLinks = () => readdirSync(join(tree.tableDir('shop', 'orders'), 'backups'));

describe('backup part', () => {
  it('snapshots the user keyspaces, uploads and verifies every file, writes the manifest, clears the snapshot and prunes backups/', async () => {
    const outcome = await createBackupPart()(spec(), deps(tree, jmx, sandbox), progress, new AbortController().signal);
    expect(jmx.ops()).toEqual(['takeSnapshot:b1', 'clearSnapshot:b1']);
    expect(jmx.calls[0]?.args[1]).toEqual(['audit', 'shop']);
    expect(outcome.keyspaces.map((k) => `${k.keyspace}:${k.status}:${Number(k.bytes)}`)).toEqual(['audit:SUCCESS:153', 'shop:SUCCESS:1206']);
    expect(outcome).toMatchObject({ bytesDone: 1359, bytesTotal: 1359, bytesSkipped: 0, filesDone: 9, filesTotal: 9, manifestKey: 'c1/node-1/b1/node-manifest.json' });
    expect(outcome.summary).toBe('2 keyspace(s) from snapshot b1: 9 files uploaded (1.33 KiB), 0 already stored (0 B not sent); manifest c1/node-1/b1/node-manifest.json');
    const storage = openStorage(spec(), { sandbox });
    const manifest = NodeManifestSchema.parse(await storage.storage.getJson(outcome.manifestKey!));
    expect(manifest.files.map((f) => f.key)).toContain('c1/node-1/b1/shop/orders/nb-1-big-Data.db');
    expect(manifest.files.some((f) => f.keyspace === 'system')).toBe(false);
    expect(Object.keys(manifest.schemaCql)).toEqual(['audit', 'shop']);
    expect(manifest.tokens).toEqual(['-9223372036854775808', '42']);
    expect((await storage.storage.head(outcome.manifestKey!))?.sha256).toBe(outcome.manifestSha256);
    expect(snapshotDirs('b1')).toEqual([]);
    expect(backupsLinks()).toEqual([]);
    expect(reports[0]).toEqual({ remainingKeyspaces: ['audit', 'shop'] });
    expect(reports.some((r) => r.currentKeyspace === 'shop')).toBe(true);

    // Again, as another backup: every file is already there, hard-linked rather than copied.
    tree.flushSSTable('shop', 'orders', 2, 100, true);
    const again = await createBackupPart()(spec({ backupName: 'b2' }, ['shop']), deps(tree, jmx, sandbox), progress, new AbortController().signal);
    expect(again).toMatchObject({ bytesTotal: 1509, bytesSkipped: 1206, filesTotal: 9 });
    expect(again.summary).toMatch(/3 files uploaded .*6 hard-linked.*; checksums of 6 files reused from backup b1;/);
  });

  it('fails naming the table, file and storage error, clears the snapshot, writes no manifest and keeps backups/', async () => {
    const closed = { count: 0 };
    const part = createBackupPart({
      openStorage: faulty((inner, key, path, o) => (key.includes('/blobs/') && key.endsWith('Data.db') ? Promise.reject(new StorageUnavailableError('S3 upload', key, 'ECONNRESET', 'socket hang up', undefined)) : inner.putFile(key, path, o)), closed),
    });
    const failure = part(spec({ concurrency: 1 }, ['shop']), deps(tree, jmx, sandbox), progress, new AbortController().signal);
    await expect(failure).rejects.toThrow(/^keyspace shop: upload of table blobs file nb-1-big-Data.db failed \[ECONNRESET\]: S3 upload of '.*' failed: ECONNRESET: socket hang up\. .*; snapshot b1 was cleared$/);
    expect(jmx.ops()).toEqual(['takeSnapshot:b1', 'clearSnapshot:b1']);
    expect(snapshotDirs('b1')).toEqual([]);
    expect(existsSync(join(sandbox, 'bk', 'c1', 'node-1', 'b1', 'node-manifest.json'))).toBe(false);
    expect(backupsLinks()).toHaveLength(3);
    expect(closed.count).toBeGreaterThan(0);
    expect(reports[reports.length - 1]?.keyspaces?.map((k) => k.status)).toEqual(['FAILURE']);
  });

  it('cuts the upload in flight off when aborted: the storage gets the signal, is closed once it stopped, and the snapshot is cleared', async () => {
    const controller = new AbortController();
    const events: string[] = [];
    const closed = { count: 0 };
    let putStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (putStarted = resolve));
    const part = createBackupPart({
      openStorage: (s, d) => {
        const real = faulty((_inner, key, _path, o) => {
          // A multi-GiB file: it only ends when its signal fires, then rejects as the storages do.
          events.push(`put ${key.split('/').pop()}`);
          putStarted();
          return new Promise<void>((_resolve, reject) => {
            o.signal?.addEventListener('abort', () => {
              events.push('put cut off');
              reject(new TransferAbortedError('S3 upload', key, String((o.signal?.reason as Error).message)));
            });
          });
        }, closed)(s, d);
        return { ...real, close: () => (events.push('closed'), real.close()) };
      },
    });
    const running = part(spec({ concurrency: 1 }), deps(tree, jmx, sandbox), progress, controller.signal);
    await started;
    const abortedAt = performance.now();
    controller.abort(new Error('aborted: operator asked'));
    await expect(running).rejects.toThrow(/^keyspace audit: upload of table events file nb-1-big-Data.db was cut off; snapshot b1 was cleared$/);
    expect(performance.now() - abortedAt).toBeLessThan(1_000);
    expect(events).toEqual(['put nb-1-big-Data.db', 'put cut off', 'closed']);
    expect(closed.count).toBe(1);
    expect(snapshotDirs('b1')).toEqual([]);
    expect(existsSync(join(sandbox, 'bk', 'c1', 'node-1', 'b1', 'node-manifest.json'))).toBe(false);
  });

  it('stops at the next file when aborted between files, and clears the snapshot', async () => {
    const controller = new AbortController();
    const closed = { count: 0 };
    const keys: string[] = [];
    const part = createBackupPart({
      openStorage: faulty(async (inner, key, path, o) => {
        keys.push(key);
        await inner.putFile(key, path, o);
        controller.abort(new Error('aborted: operator asked'));
      }, closed),
    });
    await expect(part(spec({ concurrency: 1 }), deps(tree, jmx, sandbox), progress, controller.signal)).rejects.toThrow(/^keyspace audit: aborted: operator asked; snapshot b1 was cleared$/);
    expect(keys).toHaveLength(1);
    expect(closed.count).toBe(1);
    expect(snapshotDirs('b1')).toEqual([]);
  });

  it('clears a snapshot that Cassandra made only partly before failing', async () => {
    jmx.failSnapshot = new Error('Snapshot failed: No space left on device');
    await expect(createBackupPart()(spec(), deps(tree, jmx, sandbox), progress, new AbortController().signal)).rejects.toThrow('No space left on device; snapshot b1 was cleared');
    expect(snapshotDirs('b1')).toEqual([]);
  });

  it('reports a snapshot it could not clear: in the failure, and as a warning of a complete backup', async () => {
    jmx.failClear = new Error('JMX unreachable');
    const outcome = await createBackupPart()(spec({}, ['audit']), deps(tree, jmx, sandbox), progress, new AbortController().signal);
    expect(outcome.summary).toMatch(/; snapshot b1 could not be cleared \(JMX unreachable\); clear it with nodetool clearsnapshot -t b1$/);
    const failing = deps(tree, jmx, sandbox, { execute: () => Promise.reject(new Error('unauthorized')) } as unknown as ReturnType<typeof fakeCql>);
    await expect(createBackupPart()(spec({ backupName: 'b9' }), failing, progress, new AbortController().signal)).rejects.toThrow(
      'cannot read the schema of keyspace audit (DESCRIBE KEYSPACE over CQL): unauthorized',
    );
  });

  it('refuses an incremental backup without a base manifest, before touching Cassandra', async () => {
    await expect(createBackupPart()(spec({ backupName: 'i1', backupType: BackupType.INCREMENTAL, baseBackup: 'b0' }), deps(tree, jmx, sandbox), progress, new AbortController().signal)).rejects.toThrow(
      /^base backup b0 has no node manifest for node-1 in local directory .*\(c1\/node-1\/b0\/node-manifest.json\); an incremental backup adds to a snapshot backup of the same node: take one first$/,
    );
    expect(jmx.ops()).toEqual([]);
  });

  it('uploads the base files plus the new incremental files', async () => {
    await createBackupPart()(spec({}, ['shop']), deps(tree, jmx, sandbox), progress, new AbortController().signal);
    const newFiles = tree.flushSSTable('shop', 'orders', 2, 100, true);
    const outcome = await createBackupPart()(spec({ backupName: 'i1', backupType: BackupType.INCREMENTAL, baseBackup: 'b1' }, ['shop']), deps(tree, jmx, sandbox), progress, new AbortController().signal);
    expect(jmx.ops()).toEqual(['takeSnapshot:b1', 'clearSnapshot:b1', 'flush:shop']);
    expect(outcome.filesTotal).toBe(3);
    const manifest = NodeManifestSchema.parse(await openStorage(spec(), { sandbox }).storage.getJson(outcome.manifestKey!));
    expect(manifest.baseBackup).toBe('b1');
    expect(manifest.files.filter((f) => f.incremental).map((f) => f.fileName)).toEqual(newFiles);
    expect(manifest.files.filter((f) => f.incremental === false)).toHaveLength(6);
  });

  it('uploads an existing consistent snapshot, and refuses when this node has none', async () => {
    const consistent = spec({ backupName: 'c1', backupType: BackupType.CLUSTER_CONSISTENT, snapshotTag: 'c1' }, ['audit']);
    await expect(createBackupPart()(consistent, deps(tree, jmx, sandbox), progress, new AbortController().signal)).rejects.toThrow(
      /^snapshot c1 does not exist on node-1 for keyspaces audit; the snapshot stage did not reach this node, start the backup again$/,
    );
    await jmx.takeSnapshot('c1', { entities: ['audit'] });
    const outcome = await createBackupPart()(consistent, deps(tree, jmx, sandbox), progress, new AbortController().signal);
    expect(outcome.filesTotal).toBe(3);
    expect(jmx.ops().filter((o) => o.startsWith('takeSnapshot'))).toEqual(['takeSnapshot:c1']);
    expect(snapshotDirs('c1')).toEqual([]);
  });

  it('needs a running Cassandra', async () => {
    await expect(createBackupPart()(spec(), deps(tree, undefined, sandbox), progress, new AbortController().signal)).rejects.toThrow('Cassandra is not running on node-1; a backup needs the node up');
  });
});
