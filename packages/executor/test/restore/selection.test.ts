import type { ManifestFile, NodeManifest } from '@cassandra-mesos/backup-storage';
import { selectRestoreFiles, tableIdOfDir } from '../../src/restore/selection';
import { ORDERS_DIR, SHOP_SCHEMA, USERS_DIR } from './support';

const sha = (c: string) => c.repeat(64).slice(0, 64);

function file(keyspace: string, table: string, fileName: string, size: number, extra: Partial<ManifestFile> = {}): ManifestFile {
  const tableId = table === 'orders' ? ORDERS_DIR : table === 'users' ? USERS_DIR : `${table}-0123456789abcdef0123456789abcdef`;
  return { key: `c/n/b/${keyspace}/${table}/${fileName}`, keyspace, table, tableId, fileName, size, sha256: sha('a'), ...extra };
}

function manifest(files: ManifestFile[], schemaCql: Record<string, string> = { shop: SHOP_SCHEMA }): NodeManifest {
  return {
    formatVersion: 1,
    cluster: 'prod',
    backupName: 'b1',
    nodeId: 'node-0',
    hostId: 'h',
    datacenter: 'dc1',
    rack: 'r1',
    cassandraVersion: '5.0.4',
    tokens: ['1'],
    snapshotAt: '2025-01-01T00:00:00.000Z',
    completedAt: '2025-01-01T00:00:00.000Z',
    schemaCql,
    files,
  };
}

const FILES = [
  file('shop', 'orders', 'nb-1-big-Data.db', 100),
  file('shop', 'orders', 'nb-2-big-Data.db', 50, { incremental: true, sha256: sha('b') }),
  file('shop', 'users', 'nb-3-big-Data.db', 30, { incremental: false }),
  file('logs', 'events', 'nb-4-big-Data.db', 7),
  file('system_auth', 'roles', 'nb-5-big-Data.db', 3),
];

describe('selectRestoreFiles', () => {
  it('takes every non-system keyspace by default, with schema-only tables listed without files', () => {
    const s = selectRestoreFiles(manifest(FILES), { keyspaces: [], tables: [], snapshotOnly: false });
    expect(s.keyspaces).toEqual(['logs', 'shop']);
    expect(s.tables.map((t) => [`${t.keyspace}.${t.table}`, t.files.length, t.bytes, t.tableDir])).toEqual([
      ['logs.events', 1, 7, 'events-0123456789abcdef0123456789abcdef'],
      ['shop.empty', 0, 0, undefined],
      ['shop.orders', 2, 150, ORDERS_DIR],
      ['shop.users', 1, 30, USERS_DIR],
    ]);
    expect([s.files, s.bytes]).toEqual([4, 187]);
    expect(s.schema.get('shop')?.map((st) => st.name)).toEqual(['shop', 'address', 'orders', 'users', 'users_name', 'empty']);
  });

  it('snapshot_only leaves out the files marked incremental and says how much', () => {
    const s = selectRestoreFiles(manifest(FILES), { keyspaces: ['shop'], tables: [], snapshotOnly: true });
    expect(s.tables.find((t) => t.table === 'orders')?.files.map((f) => f.fileName)).toEqual(['nb-1-big-Data.db']);
    expect(s.incrementalLeftOut).toEqual({ files: 1, bytes: 50 });
    expect(s.bytes).toBe(130);
  });

  it('filters tables by plain name (every keyspace) and by keyspace.table', () => {
    const plain = selectRestoreFiles(manifest(FILES), { keyspaces: ['shop', 'logs'], tables: ['users', 'events'], snapshotOnly: false });
    expect(plain.tables.map((t) => `${t.keyspace}.${t.table}`)).toEqual(['logs.events', 'shop.users']);
    const qualified = selectRestoreFiles(manifest(FILES), { keyspaces: [], tables: ['shop.orders'], snapshotOnly: false });
    expect(qualified.tables.map((t) => `${t.keyspace}.${t.table}`)).toEqual(['shop.orders']);
  });

  it('restores a replicated system keyspace only when named, and never a node-local one', () => {
    expect(selectRestoreFiles(manifest(FILES), { keyspaces: ['system_auth'], tables: [], snapshotOnly: false }).files).toBe(1);
    expect(() => selectRestoreFiles(manifest(FILES), { keyspaces: ['system_schema'], tables: [], snapshotOnly: false })).toThrow(/keyspace system_schema cannot be restored/);
  });

  it('names a keyspace or table that is not in the backup, with what is there', () => {
    expect(() => selectRestoreFiles(manifest(FILES), { keyspaces: ['shopp'], tables: [], snapshotOnly: false })).toThrow(
      'keyspace "shopp" is not in backup b1 of node node-0 (cluster prod) (it holds: logs, shop, system_auth)',
    );
    expect(() => selectRestoreFiles(manifest(FILES), { keyspaces: ['shop'], tables: ['userz'], snapshotOnly: false })).toThrow(
      /table "userz" is not in backup b1 .* \(tables: shop\.empty, shop\.orders, shop\.users\)/,
    );
  });

  it('keeps one copy of a file listed twice with the same content, and refuses two different contents under one name', () => {
    const twice = [...FILES, file('shop', 'users', 'nb-3-big-Data.db', 30, { incremental: true, key: 'other/key' })];
    expect(selectRestoreFiles(manifest(twice), { keyspaces: ['shop'], tables: ['users'], snapshotOnly: false }).files).toBe(1);
    const clash = [...FILES, file('shop', 'users', 'nb-3-big-Data.db', 31, { sha256: sha('c') })];
    expect(() => selectRestoreFiles(manifest(clash), { keyspaces: ['shop'], tables: [], snapshotOnly: false })).toThrow(/lists shop\.users file nb-3-big-Data\.db twice with different content/);
  });

  it('refuses unsafe file names and table directories that do not match the table', () => {
    const bad = [file('shop', 'users', '.hidden', 1)];
    expect(() => selectRestoreFiles(manifest(bad), { keyspaces: [], tables: [], snapshotOnly: false })).toThrow(/file "\.hidden" .* its file name is not a plain file name/);
    const wrongDir = [file('shop', 'users', 'nb-1-big-Data.db', 1, { tableId: ORDERS_DIR })];
    expect(() => selectRestoreFiles(manifest(wrongDir), { keyspaces: [], tables: [], snapshotOnly: false })).toThrow(/does not belong to table users/);
  });

  it('refuses files of one table from two table ids (dropped and re-created between base and increment)', () => {
    const two = [file('shop', 'users', 'nb-1-big-Data.db', 1), file('shop', 'users', 'nb-9-big-Data.db', 1, { tableId: 'users-99999999999999999999999999999999', incremental: true })];
    expect(() => selectRestoreFiles(manifest(two), { keyspaces: [], tables: [], snapshotOnly: false })).toThrow(/from 2 table directories .* restore with snapshot_only/);
    expect(selectRestoreFiles(manifest(two), { keyspaces: [], tables: [], snapshotOnly: true }).files).toBe(1);
  });

  it('tableIdOfDir takes the 32-hex id from a table directory name', () => {
    expect(tableIdOfDir(USERS_DIR)).toBe('fedcba9876543210fedcba9876543210');
    expect(tableIdOfDir('users')).toBeUndefined();
  });
});
