import { linkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CassandraJmx, scanSnapshots } from '../src';
import { FakeJolokia, ok } from './fake-jolokia';

const ID = '0123456789abcdef0123456789abcdef';
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cassandra-jmx-scan-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** <data>/<ks>/<table>-<id>/ with a live SSTable, and a snapshot `tag` holding a hard link of it plus own files. */
function table(data: string, ks: string, tbl: string, tag: string, manifest: object | undefined): string {
  const dir = join(data, ks, `${tbl}-${ID}`);
  const snap = join(dir, 'snapshots', tag);
  mkdirSync(join(snap, '.idx'), { recursive: true });
  writeFileSync(join(dir, 'nb-1-big-Data.db'), 'x'.repeat(1000));
  linkSync(join(dir, 'nb-1-big-Data.db'), join(snap, 'nb-1-big-Data.db'));
  writeFileSync(join(snap, 'nb-0-big-Data.db'), 'y'.repeat(300)); // compacted away since: only the snapshot has it
  writeFileSync(join(snap, '.idx', 'nb-1-big-Data.db'), 'z'.repeat(50));
  writeFileSync(join(snap, 'schema.cql'), 'CREATE TABLE …');
  if (manifest !== undefined) writeFileSync(join(snap, 'manifest.json'), JSON.stringify(manifest));
  return snap;
}

describe('scanSnapshots (listing from the data directories)', () => {
  it('groups per tag with file lists, sizes, true sizes and manifest times', async () => {
    const d1 = join(root, 'd1');
    const d2 = join(root, 'd2');
    const a = table(d1, 'app', 'users', 'daily', {
      files: [],
      created_at: '2026-01-01T00:00:00Z',
      expires_at: '2026-01-02T00:00:00Z',
      ephemeral: false,
    });
    table(d2, 'app', 'orders', 'daily', { created_at: '2026-01-01T00:00:01Z' });
    table(d2, 'other', 't', 'manual', undefined);

    const all = await scanSnapshots([d1, d2]);
    expect(all.map((s) => s.tag)).toEqual(['daily', 'manual']);
    const daily = all[0];
    expect(daily?.tables.map((t) => `${t.keyspace}.${t.table}`)).toEqual(['app.orders', 'app.users']);
    const users = daily?.tables[1];
    expect(users).toMatchObject({
      keyspace: 'app',
      table: 'users',
      tableId: ID,
      directory: a,
      createdAt: '2026-01-01T00:00:00Z',
      expiresAt: '2026-01-02T00:00:00Z',
      ephemeral: false,
    });
    expect(users?.files.map((f) => f.name)).toEqual([
      '.idx/nb-1-big-Data.db',
      'manifest.json',
      'nb-0-big-Data.db',
      'nb-1-big-Data.db',
      'schema.cql',
    ]);
    const manifestSize = JSON.stringify({
      files: [],
      created_at: '2026-01-01T00:00:00Z',
      expires_at: '2026-01-02T00:00:00Z',
      ephemeral: false,
    }).length;
    const schemaSize = Buffer.byteLength('CREATE TABLE …');
    expect(users?.sizeBytes).toBe(1000 + 300 + 50 + schemaSize + manifestSize);
    // the hard link of the live SSTable costs nothing
    expect(users?.trueSizeBytes).toBe(300 + 50 + schemaSize + manifestSize);
    expect(daily?.createdAt).toBe('2026-01-01T00:00:00Z');
    expect(daily?.expiresAt).toBe('2026-01-02T00:00:00Z');
    expect(daily?.sizeBytes).toBe(daily?.tables.reduce((n, t) => n + t.sizeBytes, 0));
    expect(all[1]?.expiresAt).toBeUndefined();
    expect(all[1]?.createdAt).toBeUndefined();

    expect((await scanSnapshots([d1, d2], { tag: 'manual' })).map((s) => s.tag)).toEqual(['manual']);
    expect((await scanSnapshots([d1, d2], { keyspaces: ['other'] })).map((s) => s.tag)).toEqual(['manual']);
    expect(await scanSnapshots([join(root, 'missing')])).toEqual([]);
    await expect(scanSnapshots([d1], { tag: '../x' })).rejects.toThrow(/invalid snapshot tag/);
  });

  it('takes the data directories from JMX', async () => {
    const d1 = join(root, 'd1');
    table(d1, 'app', 'users', 'daily', undefined);
    const fake = await FakeJolokia.start();
    try {
      fake.handler = (reqs) =>
        reqs.map((r) => (r['attribute'] === 'AllDataFileLocations' ? ok([d1]) : ok([])));
      const snapshots = await new CassandraJmx({ url: fake.url }).listSnapshots();
      expect(snapshots.map((s) => [s.tag, s.tables.length])).toEqual([['daily', 1]]);
      expect(fake.requests).toHaveLength(1);
    } finally {
      await fake.stop();
    }
  });
});
