import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorruptError, InvalidKeyError, NotFoundError } from '../src/errors';
import { hashFile, sha256Hex } from '../src/hashing';
import { clusterManifestKey, dataKey, manifestTotals, type LayoutRoot, type NodeManifest } from '../src/layout';
import { listBackups, readBackup, writeClusterManifest, writeNodeManifest } from '../src/catalog';
import { listAll, type BackupStorage } from '../src/storage';
import { uploadFiles, downloadFiles, type FileToUpload } from '../src/transfer';

export const MiB = 1024 * 1024;

/** The behaviour both storages must show. `corrupt` overwrites an object's bytes behind the storage's back. */
export function storageContract(name: string, setup: () => { storage: BackupStorage; corrupt: (key: string, bytes: Buffer) => Promise<void>; largeSize: number }): void {
  describe(`${name}: storage contract`, () => {
    let work: string;
    let storage: BackupStorage;
    let corrupt: (key: string, bytes: Buffer) => Promise<void>;
    const root: LayoutRoot = { prefix: `run-${randomBytes(3).toString('hex')}`, cluster: 'test-cluster' };
    const files: FileToUpload[] = [];

    beforeAll(async () => {
      ({ storage, corrupt } = setup());
      work = mkdtempSync(join(tmpdir(), 'backup-storage-'));
      const sizes = [0, 1, 1000, 256 * 1024, setup().largeSize];
      for (const [i, size] of sizes.entries()) {
        const path = join(work, `nb-${i}-big-Data.db`);
        writeFileSync(path, randomBytes(size));
        const facts = await hashFile(path);
        files.push({ localPath: path, size, sha256: facts.sha256, key: dataKey(root, { nodeId: 'node-0', keyspace: 'ks', tableId: 't-1', fileName: `nb-${i}-big-Data.db`, sha256: facts.sha256 }) });
      }
    });
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    it('round-trips files of several sizes (incl. multipart) with SHA-256 verified, then skips them all on the second upload', async () => {
      const first = await uploadFiles(storage, files, { concurrency: 3 });
      expect(first.filesUploaded).toBe(files.length);
      const total = files.reduce((s, f) => s + f.size, 0);
      expect(first.bytesUploaded).toBe(total);
      for (const f of files) expect(await storage.head(f.key)).toMatchObject({ size: f.size, sha256: f.sha256 });

      const back = join(work, 'restored');
      await downloadFiles(storage, files.map((f) => ({ ...f, localPath: join(back, f.key.split('/').pop()!) })), { concurrency: 3 });
      for (const f of files) expect((await hashFile(join(back, f.key.split('/').pop()!))).sha256).toBe(f.sha256);

      const second = await uploadFiles(storage, files, { concurrency: 3 });
      console.log(`${name}: first upload ${first.bytesUploaded} bytes in ${first.elapsedMs.toFixed(0)} ms; second upload ${second.bytesUploaded} data bytes, ${second.bytesSkipped} skipped`);
      expect(second).toMatchObject({ filesUploaded: 0, bytesUploaded: 0, filesSkipped: files.length, bytesSkipped: total });
    }, 120_000);

    it('detects a corrupt object, names it, and leaves no partial file', async () => {
      const f = files[2]!;
      await corrupt(f.key, randomBytes(f.size));
      const dir = join(work, 'corrupt');
      const err = (await storage.getFile(f.key, join(dir, 'x.db'), { expected: { size: f.size, sha256: f.sha256 } }).catch((e: unknown) => e)) as CorruptError;
      expect(err).toBeInstanceOf(CorruptError);
      expect(err.message).toContain(f.key);
      expect(err.message).toContain(f.sha256);
      expect(err.actual.sha256).not.toBe(f.sha256);
      expect(readdirSync(dir)).toEqual([]);
      // without an expected value, the recorded SHA-256 is the reference
      await expect(storage.getFile(f.key, join(dir, 'y.db'))).rejects.toThrow(CorruptError);
    });

    it('refuses to store a file whose bytes do not match the SHA-256 given, leaving nothing', async () => {
      const f = files[3]!;
      const key = `${root.prefix}/liar`;
      await expect(storage.putFile(key, f.localPath, { size: f.size, sha256: 'a'.repeat(64) })).rejects.toThrow(CorruptError);
      expect(await storage.head(key)).toBeUndefined();
    });

    it('reports missing objects as NotFound and refuses keys that escape', async () => {
      await expect(storage.getFile(`${root.prefix}/nope`, join(work, 'nope'))).rejects.toThrow(NotFoundError);
      await expect(storage.getJson(`${root.prefix}/nope.json`)).rejects.toThrow(NotFoundError);
      expect(await storage.head(`${root.prefix}/nope`)).toBeUndefined();
      await expect(storage.head('../etc/passwd')).rejects.toThrow(InvalidKeyError);
      await expect(storage.putJson('/abs', {})).rejects.toThrow(InvalidKeyError);
    });

    it('lists by prefix in pages and deletes many', async () => {
      const keys = Array.from({ length: 7 }, (_, i) => `${root.prefix}/paged/doc-${i}.json`);
      for (const k of keys) await storage.putJson(k, { k });
      const first = await storage.list(`${root.prefix}/paged/`, { pageSize: 3 });
      expect(first.objects).toHaveLength(3);
      expect(first.nextPageToken).toBeDefined();
      const all: string[] = [];
      for await (const o of listAll(storage, `${root.prefix}/paged/`, 3)) all.push(o.key);
      expect(all).toEqual(keys);
      expect(await storage.getJson(keys[4]!)).toEqual({ k: keys[4] });
      await storage.deleteMany(keys.slice(0, 5));
      await storage.deleteMany([keys[5]!, `${root.prefix}/paged/never-existed`]);
      const left: string[] = [];
      for await (const o of listAll(storage, `${root.prefix}/paged/`)) left.push(o.key);
      expect(left).toEqual([keys[6]]);
    });

    it('lists a backup only once its cluster manifest exists, and checks node manifests before committing', async () => {
      const upload = files.slice(0, 3);
      const node: NodeManifest = {
        formatVersion: 1, cluster: root.cluster, backupName: 'b-1', nodeId: 'node-0', hostId: 'host-uuid', datacenter: 'dc1', rack: 'rack1',
        cassandraVersion: '5.0.4', tokens: ['-3', '7'], snapshotAt: '2026-11-21T08:00:00Z', completedAt: '2026-11-21T08:01:00Z',
        schemaCql: { ks: 'CREATE KEYSPACE ks;' },
        files: upload.map((f) => ({ key: f.key, keyspace: 'ks', table: 't', tableId: 't-1', fileName: f.key.split('-').pop()!, size: f.size, sha256: f.sha256 })),
      };
      const written = await writeNodeManifest(storage, root, node);
      expect(await listBackups(storage, root)).toEqual([]);
      const cluster = {
        formatVersion: 1 as const, cluster: root.cluster, backupName: 'b-1', startedAt: '2026-11-21T08:00:00Z', completedAt: '2026-11-21T08:02:00Z', keyspaces: ['ks'],
        nodes: [{ nodeId: 'node-0', manifestKey: written.key, manifestSha256: written.sha256, ...manifestTotals(node) }],
      };
      await expect(writeClusterManifest(storage, root, { ...cluster, nodes: [{ ...cluster.nodes[0]!, manifestSha256: 'b'.repeat(64) }] })).rejects.toThrow('refusing to commit');
      await expect(writeClusterManifest(storage, root, { ...cluster, backupName: 'b-2' })).rejects.toThrow(/expected/);
      expect(await listBackups(storage, root)).toEqual([]);
      expect(await writeClusterManifest(storage, root, cluster)).toBe(clusterManifestKey(root, 'b-1'));
      expect((await listBackups(storage, root)).map((b) => b.name)).toEqual(['b-1']);
      const read = await readBackup(storage, root, 'b-1');
      expect(read.nodes[0]).toEqual(node);
      // a manifest changed behind our back is detected
      await corrupt(clusterManifestKey(root, 'b-1'), Buffer.from(JSON.stringify({ ...cluster, keyspaces: [] })));
      await expect(readBackup(storage, root, 'b-1')).rejects.toThrow(CorruptError);
    });
  });
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
export { sha256Hex };
