import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listIncrementalFiles, listSnapshotFiles, pruneIncrementalLinks } from '../../src';
import { DataTree, FakeJmx, TABLE_IDS } from './support';

describe('backup file listing over a Cassandra-shaped data directory', () => {
  let tree: DataTree;
  beforeEach(() => (tree = new DataTree()));
  afterEach(() => tree.cleanup());

  it("lists a snapshot's SSTable components per table, leaving out Cassandra's bookkeeping, index directories and other tags", async () => {
    tree.flushSSTable('shop', 'orders', 1);
    tree.flushSSTable('shop', 'blobs', 1, 500);
    tree.flushSSTable('audit', 'events', 1);
    const jmx = new FakeJmx(tree);
    await jmx.takeSnapshot('b1', { entities: ['shop'] });
    await jmx.takeSnapshot('other', { entities: ['shop', 'audit'] });
    mkdirSync(join(tree.tableDir('shop', 'orders'), 'snapshots', 'b1', '.orders_idx'));
    writeFileSync(join(tree.tableDir('shop', 'orders'), 'snapshots', 'b1', '.orders_idx', 'nb-1-big-Data.db'), 'index');

    const listing = await listSnapshotFiles([tree.dataDir], 'b1', { keyspaces: ['shop', 'audit'], tables: [] });
    expect(listing.files.map((f) => `${f.keyspace}/${f.tableId}/${f.fileName}:${f.size}`)).toEqual([
      `shop/blobs-${TABLE_IDS['shop.blobs']}/nb-1-big-Data.db:500`,
      `shop/blobs-${TABLE_IDS['shop.blobs']}/nb-1-big-Index.db:501`,
      `shop/blobs-${TABLE_IDS['shop.blobs']}/nb-1-big-Statistics.db:502`,
      `shop/orders-${TABLE_IDS['shop.orders']}/nb-1-big-Data.db:100`,
      `shop/orders-${TABLE_IDS['shop.orders']}/nb-1-big-Index.db:101`,
      `shop/orders-${TABLE_IDS['shop.orders']}/nb-1-big-Statistics.db:102`,
    ]);
    expect(listing.files.every((f) => f.table === f.tableId.slice(0, -33) && !f.incremental && f.path.includes('/snapshots/b1/'))).toBe(true);
    expect(listing.skipped).toEqual([join(tree.tableDir('shop', 'orders'), 'snapshots', 'b1', '.orders_idx')]);

    const onlyOrders = await listSnapshotFiles([tree.dataDir], 'b1', { keyspaces: ['shop'], tables: ['orders'] });
    expect(new Set(onlyOrders.files.map((f) => f.table))).toEqual(new Set(['orders']));
    expect((await listSnapshotFiles([tree.dataDir], 'missing', { keyspaces: ['shop'], tables: [] })).files).toEqual([]);
    await expect(listSnapshotFiles([tree.dataDir], '../x', { keyspaces: ['shop'], tables: [] })).rejects.toThrow('cannot name a directory');
  });

  it('reads every data directory and refuses a table file found twice', async () => {
    const second = new DataTree();
    try {
      tree.flushSSTable('shop', 'orders', 1);
      second.flushSSTable('shop', 'orders', 2);
      await new FakeJmx(tree).takeSnapshot('b1', { entities: ['shop'] });
      await new FakeJmx(second).takeSnapshot('b1', { entities: ['shop'] });
      const both = await listSnapshotFiles([tree.dataDir, second.dataDir], 'b1', { keyspaces: ['shop'], tables: ['orders'] });
      expect(both.files.map((f) => f.fileName)).toEqual(['nb-1-big-Data.db', 'nb-1-big-Index.db', 'nb-1-big-Statistics.db', 'nb-2-big-Data.db', 'nb-2-big-Index.db', 'nb-2-big-Statistics.db']);
      second.flushSSTable('shop', 'orders', 1);
      await new FakeJmx(second).clearSnapshot('b1');
      await new FakeJmx(second).takeSnapshot('b1', { entities: ['shop'] });
      await expect(listSnapshotFiles([tree.dataDir, second.dataDir], 'b1', { keyspaces: ['shop'], tables: ['orders'] })).rejects.toThrow(/table shop.orders has file nb-1-big-Data.db twice/);
    } finally {
      second.cleanup();
    }
  });

  it('lists the incremental_backups files, and prunes the ones a snapshot holds', async () => {
    const first = tree.flushSSTable('shop', 'orders', 1, 100, true);
    const jmx = new FakeJmx(tree);
    await jmx.takeSnapshot('b1', { entities: ['shop'] });
    tree.flushSSTable('shop', 'orders', 2, 100, true);
    const before = await listIncrementalFiles([tree.dataDir], { keyspaces: ['shop'], tables: [] });
    expect(before.files.map((f) => f.fileName)).toEqual([...first, 'nb-2-big-Data.db', 'nb-2-big-Index.db', 'nb-2-big-Statistics.db']);
    expect(before.files.every((f) => f.incremental && f.path.includes('/backups/'))).toBe(true);

    const snapshot = await listSnapshotFiles([tree.dataDir], 'b1', { keyspaces: ['shop'], tables: [] });
    expect(await pruneIncrementalLinks([tree.dataDir], snapshot.files)).toBe(3);
    const after = await listIncrementalFiles([tree.dataDir], { keyspaces: ['shop'], tables: [] });
    expect(after.files.map((f) => f.fileName)).toEqual(['nb-2-big-Data.db', 'nb-2-big-Index.db', 'nb-2-big-Statistics.db']);
    // Only the backups/ links went: the live SSTables and the snapshot are untouched.
    expect(existsSync(join(tree.tableDir('shop', 'orders'), 'nb-1-big-Data.db'))).toBe(true);
    expect(existsSync(join(tree.tableDir('shop', 'orders'), 'snapshots', 'b1', 'nb-1-big-Data.db'))).toBe(true);
    expect(await pruneIncrementalLinks([tree.dataDir], snapshot.files)).toBe(0);
  });
});
