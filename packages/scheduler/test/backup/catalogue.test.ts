// The backup catalogue over the embedded state store (the ZooKeeper store passes the same contract in
// the integration test): schema-checked JSON documents, compare-and-set, idempotent re-commits, bounded.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackupCatalogue, BackupServiceError, CatalogueEntrySchema } from '../../src/backup';
import { CorruptStateError, openFileStateStore, type FileStateStore } from '../../src/state';
import { entry } from './support/catalogue-entries';

let dir: string;
let store: FileStateStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'catalogue-'));
  store = await openFileStateStore({ directory: dir, frameworkName: 'api-test' });
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('BackupCatalogue', () => {
  it('records entries under backups/<cluster>/<name> and lists them newest first', async () => {
    const catalogue = new BackupCatalogue(store);
    await catalogue.record(entry('b1', { committedAtMs: 1000 }));
    await catalogue.record(entry('b2', { committedAtMs: 3000 }));
    await catalogue.record(entry('b3', { committedAtMs: 2000, cluster: 'other-cluster' }));
    expect((await catalogue.list('api-test')).map((e) => e.name)).toEqual(['b2', 'b1']);
    expect((await catalogue.list('other-cluster')).map((e) => e.name)).toEqual(['b3']);
    expect((await catalogue.get('api-test', 'b1'))?.value).toEqual(entry('b1', { committedAtMs: 1000 }));
    expect(await catalogue.get('api-test', 'missing')).toBeUndefined();
    // JSON in the envelope's JSON format (ca 02), readable with ordinary tools.
    const bytes = readFileSync(join(store.location, 'backups', 'api-test', 'b1'));
    expect(bytes.includes(Buffer.from('"clusterManifestKey"'))).toBe(true);
  });

  it('replaces an entry of the same job (a repeated commit) and refuses another job under the name', async () => {
    const catalogue = new BackupCatalogue(store);
    await catalogue.record(entry('b1'));
    await catalogue.record(entry('b1', { totalBytes: 200 }));
    expect((await catalogue.get('api-test', 'b1'))?.value.totalBytes).toBe(200);
    const err = await catalogue.record(entry('b1', { jobId: 'another-job' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupServiceError);
    expect((err as BackupServiceError).reason).toBe('BACKUP_EXISTS');
  });

  it('stays bounded: the oldest S3 entries leave first, local ones are never dropped silently', async () => {
    const catalogue = new BackupCatalogue(store, { maxEntries: 3 });
    await catalogue.record(entry('local-1', { committedAtMs: 1, location: { storage: 'local', directory: 'backup' } }));
    await catalogue.record(entry('s3-1', { committedAtMs: 2 }));
    await catalogue.record(entry('s3-2', { committedAtMs: 3 }));
    expect(await catalogue.record(entry('s3-3', { committedAtMs: 4 }))).toEqual(['s3-1']);
    expect((await catalogue.list('api-test')).map((e) => e.name)).toEqual(['s3-3', 's3-2', 'local-1']);
    const full = new BackupCatalogue(store, { maxEntries: 1 });
    const err = await full.record(entry('s3-4', { committedAtMs: 5 })).catch((e: unknown) => e);
    // Two S3 entries can go, but the local one cannot: refused, nothing dropped.
    expect((err as BackupServiceError).reason).toBe('CATALOGUE_FULL');
    expect((await catalogue.list('api-test')).length).toBe(3);
  });

  it('removes entries with compare-and-set', async () => {
    const catalogue = new BackupCatalogue(store);
    await catalogue.record(entry('b1'));
    expect(await catalogue.remove('api-test', 'b1')).toBe(true);
    expect(await catalogue.remove('api-test', 'b1')).toBe(false);
  });

  it('refuses a document that is not a catalogue entry, and reports a damaged one as corrupt', async () => {
    const catalogue = new BackupCatalogue(store);
    await expect(catalogue.record({ ...entry('b1'), totalBytes: -1 })).rejects.toThrow();
    await catalogue.record(entry('b2'));
    const path = join(store.location, 'backups', 'api-test', 'b2');
    const raw = readFileSync(path);
    writeFileSync(path, Buffer.from(raw.toString('latin1').replace('"totalBytes":100', '"totalBytes":"x"'), 'latin1'));
    const err = await catalogue.get('api-test', 'b2').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CorruptStateError);
  });

  it('has no field for a secret', () => {
    const names = new Set<string>();
    const walk = (schema: unknown): void => {
      const def = (schema as { _zod?: { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; options?: unknown[]; innerType?: unknown } } })._zod?.def;
      if (!def) return;
      for (const [key, value] of Object.entries(def.shape ?? {})) {
        names.add(key);
        walk(value);
      }
      if (def.element) walk(def.element);
      if (def.innerType) walk(def.innerType);
      for (const option of def.options ?? []) walk(option);
    };
    walk(CatalogueEntrySchema);
    expect(names).toContain('manifestSha256');
    expect(names).toContain('endpoint');
    expect([...names].filter((n) => /pass(word|wd|phrase)?|secret|token|credential|private_?key|access_?key|api_?key|session_?key|cookie|bearer/i.test(n))).toEqual([]);
  });
});
