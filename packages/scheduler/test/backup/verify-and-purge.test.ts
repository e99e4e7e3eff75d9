// Verification and purge over a real storage implementation (a local directory standing in for a
// bucket): every bad object is reported by key and kind; a purge deletes cluster manifests first,
// then node manifests, then only the data no kept backup references.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clusterManifestKey, dataPrefix, listAll, listBackups, nodeManifestKey, type LayoutRoot, type LocalDirectoryStorage } from '@cassandra-mesos/backup-storage';
import { choosePurged, executePurge, planS3Purge, purgeOrder, verifyStoredBackup } from '../../src/backup';
import { buildBackup, DirectoryOpener, threeNodes } from './support/backup-builder';

const ROOT: LayoutRoot = { prefix: 'cassandra', cluster: 'prod' };
let dir: string;
let storage: LocalDirectoryStorage;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verify-purge-'));
  storage = new DirectoryOpener(dir).storageOf('bucket');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function pathOf(key: string): string {
  return join(dir, 'bucket', ...key.split('/'));
}

async function keysUnder(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const o of listAll(storage, prefix)) keys.push(o.key);
  return keys;
}

describe('verifyStoredBackup', () => {
  it('passes a whole backup, counting every manifest and object', async () => {
    await buildBackup(storage, ROOT, 'b1', threeNodes());
    const result = await verifyStoredBackup(storage, ROOT, 'b1', { scratchDir: dir });
    expect(result.problems).toEqual([]);
    expect(result.checkedObjects).toBe(1 + 3 + 6);
    expect(result.checkedBytes).toBeGreaterThan(0);
  });

  it('reports a missing, a truncated and a corrupted object, each by key', async () => {
    const built = await buildBackup(storage, ROOT, 'b1', threeNodes());
    const [missing, truncated, corrupted] = [built[0]?.manifest.files[0], built[1]?.manifest.files[0], built[2]?.manifest.files[1]];
    if (!missing || !truncated || !corrupted) throw new Error('fixture');
    rmSync(pathOf(missing.key));
    truncateSync(pathOf(truncated.key), 3);
    writeFileSync(pathOf(corrupted.key), 'X'.repeat(corrupted.size));
    const result = await verifyStoredBackup(storage, ROOT, 'b1', { scratchDir: dir });
    expect(result.problems.map((p) => [p.kind, p.key, p.nodeId])).toEqual(
      [
        ['MISSING', missing.key, 'node-0'],
        ['WRONG_SIZE', truncated.key, 'node-1'],
        ['WRONG_CHECKSUM', corrupted.key, 'node-2'],
      ].sort((a, b) => ((a[1] ?? '') < (b[1] ?? '') ? -1 : 1)),
    );
    const wrongSum = result.problems.find((p) => p.kind === 'WRONG_CHECKSUM');
    expect(wrongSum?.message).toContain(corrupted.sha256);
    expect(result.problems.find((p) => p.kind === 'WRONG_SIZE')?.message).toContain(`has 3 bytes; the manifest says ${truncated.size}`);
  });

  it('reports a missing node manifest without stopping at it', async () => {
    await buildBackup(storage, ROOT, 'b1', threeNodes());
    rmSync(pathOf(nodeManifestKey(ROOT, 'b1', 'node-1')));
    const result = await verifyStoredBackup(storage, ROOT, 'b1', { scratchDir: dir });
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'MISSING', key: nodeManifestKey(ROOT, 'b1', 'node-1'), nodeId: 'node-1' })]);
    expect(result.checkedObjects).toBe(1 + 3 + 4);
  });

  it('rejects a backup without a cluster manifest: it does not exist', async () => {
    await buildBackup(storage, ROOT, 'half', threeNodes(), { commit: false });
    await expect(verifyStoredBackup(storage, ROOT, 'half', { scratchDir: dir })).rejects.toThrow("does not exist");
  });
});

describe('choosePurged', () => {
  const DAY = 86_400_000;
  const NOW = 100 * DAY;
  const backups = [1, 2, 3, 4, 5].map((i) => ({ name: `b${i}`, createdAtMs: NOW - (10 - i) * DAY }));

  it('keeps the newest N', () => {
    expect(choosePurged(backups, { keepLast: 2 }, NOW)).toEqual({ purge: backups.slice(0, 3), keep: backups.slice(3) });
  });

  it('purges those older than N days', () => {
    expect(choosePurged(backups, { olderThanDays: 7 }, NOW).purge.map((b) => b.name)).toEqual(['b1', 'b2']);
  });

  it('with both rules purges only what both allow', () => {
    expect(choosePurged(backups, { olderThanDays: 7, keepLast: 4 }, NOW).purge.map((b) => b.name)).toEqual(['b1']);
    expect(choosePurged(backups, { olderThanDays: 30, keepLast: 1 }, NOW).purge).toEqual([]);
  });
});

describe('planS3Purge / executePurge', () => {
  it('deletes manifests first and only the data no kept backup uses', async () => {
    // b1 and b2 share the base files; b2 adds "two", b3 adds "three".
    await buildBackup(storage, ROOT, 'b1', threeNodes());
    await buildBackup(storage, ROOT, 'b2', threeNodes('two'));
    const b3 = await buildBackup(storage, ROOT, 'b3', threeNodes('three'));
    const dataBefore = await keysUnder(dataPrefix(ROOT));
    expect(dataBefore).toHaveLength(6 + 3 + 3);

    const plan = await planS3Purge(storage, ROOT, ['b1', 'b2'], ['b3']);
    const order = purgeOrder(plan);
    expect(plan.phases[0]).toEqual([clusterManifestKey(ROOT, 'b1'), clusterManifestKey(ROOT, 'b2')]);
    expect(plan.phases[1].sort()).toEqual(['b1', 'b2'].flatMap((b) => ['node-0', 'node-1', 'node-2'].map((n) => nodeManifestKey(ROOT, b, n))).sort());
    // Only b2's "two" files go; the base files are b3's too.
    expect(plan.phases[2].every((k) => k.includes('nb-two-big-Data.db'))).toBe(true);
    expect(plan.phases[2]).toHaveLength(3);
    expect(plan.sharedObjectsKept).toBe(6);
    expect(order.indexOf(plan.phases[2][0] ?? '')).toBeGreaterThan(order.indexOf(plan.phases[1][5] ?? ''));

    await executePurge(storage, plan);
    expect((await listBackups(storage, ROOT)).map((b) => b.name)).toEqual(['b3']);
    const kept = new Set(b3.flatMap((n) => n.manifest.files.map((f) => f.key)));
    const dataAfter = await keysUnder(dataPrefix(ROOT));
    expect(dataAfter.sort()).toEqual([...kept].sort());
    expect((await verifyStoredBackup(storage, ROOT, 'b3', { scratchDir: dir })).problems).toEqual([]);
  });

  it('refuses when a kept backup cannot be read, deleting nothing', async () => {
    await buildBackup(storage, ROOT, 'b1', threeNodes());
    await buildBackup(storage, ROOT, 'b2', threeNodes('two'));
    rmSync(pathOf(nodeManifestKey(ROOT, 'b2', 'node-0')));
    await expect(planS3Purge(storage, ROOT, ['b1'], ['b2'])).rejects.toThrow("kept backup 'b2' cannot be read");
    expect((await listBackups(storage, ROOT)).map((b) => b.name)).toEqual(['b1', 'b2']);
  });
});
