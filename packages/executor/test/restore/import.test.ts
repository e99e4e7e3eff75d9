// RESTORE_IMPORT with fakes of Cassandra's JMX and CQL: what is truncated, created and imported, in
// which order, and what a retried part repeats (nothing).
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CassandraOperationFailedError } from '@cassandra-mesos/cassandra-jmx';
import type { DataJobJmx } from '../../src/data-jobs/context';
import { runRestorePart } from '../../src/restore';
import { readStagingState } from '../../src/restore/staging';
import { deps, fakeJmx, FakeCql, JobStage, RecordingProgress, RestoreFixture, restoreSpec } from './support';

let fx: RestoreFixture;
beforeEach(async () => {
  fx = new RestoreFixture();
  await fx.writeBackup();
  await runRestorePart(restoreSpec(fx.backupDir), deps(fx), new RecordingProgress(), new AbortController().signal);
});
afterEach(() => fx.cleanup());

const EXISTING = ['keyspace:shop.shop', 'type:shop.address', 'table:shop.orders', 'table:shop.users', 'table:shop.empty', 'index:shop.users_name'];
const importSpec = (truncate: boolean, options = {}) => restoreSpec(fx.backupDir, { stage: JobStage.RESTORE_IMPORT, truncate }, options);
const jobDir = () => join(fx.stagingDir, 'job-42');

describe('RESTORE_IMPORT (cluster restore)', () => {
  it('the truncating node truncates every restored table once (CL ALL) before importing; then imports each staged table from its staging dir and removes staging', async () => {
    const cql = new FakeCql(EXISTING);
    const truncatesBeforeImport: number[] = [];
    const { jmx, imports } = fakeJmx(() => {
      truncatesBeforeImport.push(cql.truncates.length);
    });
    const outcome = await runRestorePart(importSpec(true), deps(fx, { jmx, cql: () => Promise.resolve(cql.session) }), new RecordingProgress(), new AbortController().signal);

    expect(cql.truncates).toEqual(['TRUNCATE "shop"."empty"', 'TRUNCATE "shop"."orders"', 'TRUNCATE "shop"."users"']);
    const truncateCall = cql.calls.find((c) => c.query.startsWith('TRUNCATE'))!;
    expect(truncateCall.options).toMatchObject({ consistency: 0x05, readTimeout: 600_000 });
    expect(truncatesBeforeImport).toEqual([3, 3]);
    expect(imports).toEqual([
      { keyspace: 'shop', table: 'orders', sourceDirs: [join(jobDir(), 'shop', 'orders')], files: ['nb-1-big-Data.db', 'nb-1-big-Index.db', 'nb-2-big-Data.db'] },
      { keyspace: 'shop', table: 'users', sourceDirs: [join(jobDir(), 'shop', 'users')], files: ['nb-3-big-Data.db'] },
    ]);
    expect(existsSync(jobDir())).toBe(false);
    expect(outcome.keyspaces).toEqual([
      expect.objectContaining({ keyspace: 'shop', status: 'SUCCESS', bytes: 1524, message: expect.stringContaining('orders: 3 files (1.1 KiB) via importNewSSTables') as string }),
    ]);
    expect(outcome).toMatchObject({ bytesDone: 1524, bytesTotal: 1524, filesDone: 4, filesTotal: 4 });
    expect(outcome.summary).toBe('imported 4 files (1.5 KiB) of backup nightly-1 into 3 tables; truncated 3 tables first');
  });

  it('the other nodes only import: no CQL at all', async () => {
    const { jmx, imports } = fakeJmx();
    await runRestorePart(importSpec(false), deps(fx, { jmx }), new RecordingProgress(), new AbortController().signal);
    expect(imports.map((i) => i.table)).toEqual(['orders', 'users']);
  });

  it('refuses before truncating anything when a restored table does not exist, saying how to fix it', async () => {
    const cql = new FakeCql(EXISTING.filter((e) => e !== 'table:shop.users'));
    const { jmx, imports } = fakeJmx();
    await expect(runRestorePart(importSpec(true), deps(fx, { jmx, cql: () => Promise.resolve(cql.session) }), new RecordingProgress(), new AbortController().signal)).rejects.toThrow(
      'table shop.users of the backup does not exist in this cluster (create it first, or restore with restore_schema to create it from the backup); nothing was truncated',
    );
    expect(cql.truncates).toEqual([]);
    expect(imports).toEqual([]);
  });

  it('restore_schema creates the missing keyspace, type, tables and index with IF NOT EXISTS, then truncates and imports', async () => {
    const cql = new FakeCql();
    const { jmx, imports } = fakeJmx();
    await runRestorePart(importSpec(true, { restoreSchema: true }), deps(fx, { jmx, cql: () => Promise.resolve(cql.session) }), new RecordingProgress(), new AbortController().signal);
    const creates = cql.calls.filter((c) => c.query.startsWith('CREATE')).map((c) => c.query.split(' (')[0]!.split(' WITH')[0]);
    expect(creates).toEqual([
      'CREATE KEYSPACE IF NOT EXISTS shop',
      'CREATE TYPE IF NOT EXISTS shop.address',
      'CREATE TABLE IF NOT EXISTS shop.orders',
      'CREATE TABLE IF NOT EXISTS shop.users',
      'CREATE INDEX IF NOT EXISTS users_name ON shop.users',
      'CREATE TABLE IF NOT EXISTS shop.empty',
    ]);
    expect(cql.truncates).toHaveLength(3);
    expect(imports).toHaveLength(2);
  });

  it('restore_schema leaves existing objects alone', async () => {
    const cql = new FakeCql(EXISTING.filter((e) => e !== 'table:shop.empty'));
    await runRestorePart(importSpec(true, { restoreSchema: true }), deps(fx, { jmx: fakeJmx().jmx, cql: () => Promise.resolve(cql.session) }), new RecordingProgress(), new AbortController().signal);
    expect(cql.calls.filter((c) => c.query.startsWith('CREATE')).map((c) => c.query)).toEqual(['CREATE TABLE IF NOT EXISTS shop.empty (\n    id int PRIMARY KEY\n)']);
  });

  it('a retried part neither truncates again nor re-imports what it already imported', async () => {
    const cql = new FakeCql(EXISTING);
    let fail = true;
    const { jmx, imports } = fakeJmx((call) => {
      if (call.table === 'users' && fail) throw new CassandraOperationFailedError({ operation: 'importNewSSTables(shop.users)', node: '127.0.0.1' }, 'could not import SSTables from /x; see the node log', ['/x']);
    });
    const first = (await runRestorePart(importSpec(true), deps(fx, { jmx, cql: () => Promise.resolve(cql.session) }), new RecordingProgress(), new AbortController().signal).catch((e: unknown) => e)) as Error;
    expect(first.message).toMatch(/^importing shop\.users from .*\/shop\/users failed: importNewSSTables\(shop\.users\) on 127\.0\.0\.1: could not import/);
    expect(cql.truncates).toHaveLength(3);
    const state = await readStagingState(jobDir());
    expect(state?.imported).toEqual(['shop.orders']);
    expect(state?.truncated).toEqual(['shop.empty', 'shop.orders', 'shop.users']);

    fail = false;
    const outcome = await runRestorePart(importSpec(true), deps(fx, { jmx, cql: () => Promise.resolve(cql.session) }), new RecordingProgress(), new AbortController().signal);
    expect(cql.truncates).toHaveLength(3);
    expect(imports.map((i) => i.table)).toEqual(['orders', 'users', 'users']);
    expect(outcome.bytesSkipped).toBe(1164);
    expect(outcome.keyspaces[0]?.message).toContain('orders imported by an earlier attempt');
  });

  it('falls back to moving the files into the live table directory when the node has no importNewSSTables from a directory', async () => {
    const live = join(fx.dataDir, 'shop', 'users-11111111222233334444555555555555');
    const liveOrders = join(fx.dataDir, 'shop', 'orders-11111111222233334444555555555555');
    mkdirSync(live, { recursive: true });
    mkdirSync(liveOrders, { recursive: true });
    const calls: Array<{ table: string; sourceDirs: readonly string[] }> = [];
    const jmx = {
      importSSTables: (_ks: string, table: string, options: { sourceDirs?: readonly string[] }) => {
        calls.push({ table, sourceDirs: options.sourceDirs ?? [] });
        if ((options.sourceDirs ?? []).length > 0) return Promise.reject(new CassandraOperationFailedError({ operation: 'importNewSSTables', node: 'n' }, 'the node has no importNewSSTables(Set, 7 × boolean)'));
        return Promise.resolve({ method: 'loadNewSSTables' as const });
      },
      tableDataPaths: () =>
        Promise.resolve([
          { keyspace: 'shop', table: 'orders', paths: [liveOrders] },
          { keyspace: 'shop', table: 'users', paths: [live] },
        ]),
    } as unknown as DataJobJmx;
    const outcome = await runRestorePart(importSpec(false), deps(fx, { jmx }), new RecordingProgress(), new AbortController().signal);
    expect(readdirSync(live)).toEqual(['nb-3-big-Data.db']);
    expect(calls.map((c) => [c.table, c.sourceDirs.length])).toEqual([
      ['orders', 1],
      ['orders', 0],
      ['users', 1],
      ['users', 0],
    ]);
    expect(outcome.keyspaces[0]?.message).toContain(`users: 1 files (360 bytes) via loadNewSSTables in ${live}`);
  });

  it('fails clearly when no download completed on this node', async () => {
    const { rmSync } = await import('node:fs');
    rmSync(jobDir(), { recursive: true });
    await expect(runRestorePart(importSpec(false), deps(fx, { jmx: fakeJmx().jmx }), new RecordingProgress(), new AbortController().signal)).rejects.toThrow(
      /^node node-9 has no completely staged download of job job-42 \(.* has no staging state\): the RESTORE_DOWNLOAD stage did not finish here; run the restore again$/,
    );
  });

  it('needs a running Cassandra', async () => {
    await expect(runRestorePart(importSpec(false), deps(fx), new RecordingProgress(), new AbortController().signal)).rejects.toThrow(/Cassandra does not run on node node-9/);
  });

  it('a failed TRUNCATE names the table and what to do', async () => {
    const cql = new FakeCql(EXISTING);
    cql.failOn = /TRUNCATE "shop"."orders"/;
    await expect(runRestorePart(importSpec(true), deps(fx, { jmx: fakeJmx().jmx, cql: () => Promise.resolve(cql.session) }), new RecordingProgress(), new AbortController().signal)).rejects.toThrow(
      'TRUNCATE shop.orders failed: fake failure of TRUNCATE "shop"."orders". TRUNCATE needs every node of the cluster up; bring them up and retry the restore',
    );
  });
});
