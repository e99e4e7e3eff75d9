import { sha256Hex, type NodeManifest } from '@cassandra-mesos/backup-storage';
import { buildNodeManifest, checksumFiles, knownChecksums, type BackupFile } from '../../src';

const SNAPSHOT_AT = Date.parse('2026-03-01T00:00:00Z');

function file(fileName: string, size: number, mtimeMs = SNAPSHOT_AT - 1000, incremental = false): BackupFile {
  return { keyspace: 'ks', table: 't', tableId: `t-${'a'.repeat(32)}`, fileName, path: `/data/ks/t/${fileName}`, size, mtimeMs, incremental };
}

function previous(files: { fileName: string; size: number; sha256: string }[]): NodeManifest {
  return {
    formatVersion: 1, cluster: 'c', backupName: 'b0', nodeId: 'node-1', hostId: 'h', datacenter: 'dc1', rack: 'r1', cassandraVersion: '5.0.9', tokens: ['1'],
    snapshotAt: new Date(SNAPSHOT_AT).toISOString(), completedAt: new Date(SNAPSHOT_AT + 60_000).toISOString(), schemaCql: {},
    files: files.map((f) => ({ key: `k/${f.fileName}`, keyspace: 'ks', table: 't', tableId: `t-${'a'.repeat(32)}`, ...f })),
  };
}

describe('checksums', () => {
  const shaOf = (s: string) => sha256Hex(s);
  const hashed: string[] = [];
  const hash = (path: string) => {
    hashed.push(path);
    return Promise.resolve({ size: path.endsWith('grew') ? 999 : 10, sha256: shaOf(path) });
  };
  beforeEach(() => (hashed.length = 0));

  it("reuses the previous backup's SHA-256 only for the same file, unchanged since its snapshot", async () => {
    const known = knownChecksums([previous([{ fileName: 'same', size: 10, sha256: shaOf('recorded') }, { fileName: 'rewritten', size: 10, sha256: shaOf('old') }, { fileName: 'resized', size: 11, sha256: shaOf('old') }])]);
    const files = [file('same', 10), file('rewritten', 10, SNAPSHOT_AT + 5_000), file('resized', 10), file('new', 10)];
    const out = await checksumFiles(files, known, { concurrency: 2, signal: new AbortController().signal, hash });
    expect(out.map((f) => `${f.fileName}:${f.reused}`)).toEqual(['same:true', 'rewritten:false', 'resized:false', 'new:false']);
    expect(out[0]?.sha256).toBe(shaOf('recorded'));
    expect(hashed.sort()).toEqual(['/data/ks/t/new', '/data/ks/t/resized', '/data/ks/t/rewritten']);
  });

  it('fails naming the file when it changes while being read, and stops when aborted', async () => {
    const none = knownChecksums([]);
    await expect(checksumFiles([file('grew', 10)], none, { concurrency: 1, signal: new AbortController().signal, hash })).rejects.toThrow('ks.t file grew changed size while it was read (10 → 999 bytes)');
    const controller = new AbortController();
    controller.abort(new Error('aborted: operator asked'));
    await expect(checksumFiles([file('x', 10)], none, { concurrency: 1, signal: controller.signal, hash })).rejects.toThrow('aborted: operator asked');
    expect(hashed).toEqual(['/data/ks/t/grew']);
  });
});

describe('node manifest', () => {
  const facts = { hostId: 'h-1', datacenter: 'dc1', rack: 'r1', cassandraVersion: '5.0.9', tokens: ['-5', '7'] };
  const stored = (fileName: string, incremental: boolean) => ({ ...file(fileName, 10, 0, incremental), sha256: sha256Hex(fileName), reused: false, key: `data/${fileName}` });

  it('leaves snapshot files unmarked, and marks an incremental backup’s own and base files', () => {
    const snapshot = buildNodeManifest({ cluster: 'c', backupName: 'b1', nodeId: 'n1', facts, schemaCql: { ks: 'CREATE ...' }, snapshotAtMs: SNAPSHOT_AT, completedAtMs: SNAPSHOT_AT + 1, files: [stored('f1', false)] });
    expect(snapshot.files[0]).toEqual({ key: 'data/f1', keyspace: 'ks', table: 't', tableId: `t-${'a'.repeat(32)}`, fileName: 'f1', size: 10, sha256: sha256Hex('f1') });
    expect(snapshot).toMatchObject({ snapshotAt: '2026-03-01T00:00:00.000Z', tokens: ['-5', '7'], hostId: 'h-1' });
    expect(snapshot.baseBackup).toBeUndefined();

    const base = previous([{ fileName: 'f0', size: 10, sha256: sha256Hex('f0') }]).files;
    const incremental = buildNodeManifest({ cluster: 'c', backupName: 'b2', nodeId: 'n1', facts, schemaCql: {}, snapshotAtMs: SNAPSHOT_AT, completedAtMs: SNAPSHOT_AT, files: [stored('f2', true)], base: { name: 'b0', files: base } });
    expect(incremental.baseBackup).toBe('b0');
    expect(incremental.files.map((f) => `${f.fileName}:${String(f.incremental)}`)).toEqual(['f0:false', 'f2:true']);
  });

  it('refuses to build a manifest the schema would reject, saying which field', () => {
    expect(() => buildNodeManifest({ cluster: 'c', backupName: 'b1', nodeId: 'n1', facts: { ...facts, tokens: ['x'] }, schemaCql: {}, snapshotAtMs: 0, completedAtMs: 0, files: [] })).toThrow(/would be invalid: tokens.0/);
  });
});
