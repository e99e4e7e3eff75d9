// NODE_RESTORE: files placed straight into a stopped node's table directories.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalDirectoryStorage } from '@cassandra-mesos/backup-storage';
import { runRestorePart } from '../../src/restore';
import { DEFAULT_FILES, deps, fakeJmx, ORDERS_DIR, RecordingProgress, RestoreFixture, restoreSpec, RestoreType, USERS_DIR } from './support';

let fx: RestoreFixture;
beforeEach(async () => {
  fx = new RestoreFixture();
  await fx.writeBackup();
});
afterEach(() => fx.cleanup());

const nodeSpec = (options = {}) => restoreSpec(fx.backupDir, {}, { restoreType: RestoreType.NODE_RESTORE, ...options });
const run = (options = {}, overrides = {}) => runRestorePart(nodeSpec(options), deps(fx, overrides), new RecordingProgress(), new AbortController().signal);

describe('NODE_RESTORE', () => {
  it('places every file (incrementals included) into <data>/<ks>/<table>-<id>/, creating missing table directories, and removes staging', async () => {
    const outcome = await run();
    expect(readdirSync(join(fx.dataDir, 'shop', ORDERS_DIR)).sort()).toEqual(['nb-1-big-Data.db', 'nb-1-big-Index.db', 'nb-2-big-Data.db']);
    expect(readFileSync(join(fx.dataDir, 'shop', USERS_DIR, 'nb-3-big-Data.db'), 'utf8')).toBe(DEFAULT_FILES[3]!.content);
    expect(readdirSync(fx.stagingDir)).toEqual([]);
    expect(outcome).toMatchObject({ filesDone: 4, filesTotal: 4, bytesDone: 1524 });
    expect(outcome.summary).toContain('placed 4 files (1.5 KiB) into 2 table directories; start the node, then repair it');
    expect(outcome.summary).toContain('table directory created; the node schema must define the table with this id');
  });

  it('snapshot_only places no incremental file', async () => {
    await run({ snapshotOnly: true });
    expect(readdirSync(join(fx.dataDir, 'shop', ORDERS_DIR)).sort()).toEqual(['nb-1-big-Data.db', 'nb-1-big-Index.db']);
  });

  it("uses the node's only directory of a table whose id changed (re-created table)", async () => {
    const current = join(fx.dataDir, 'shop', 'users-99999999999999999999999999999999');
    mkdirSync(join(current, 'snapshots'), { recursive: true });
    const outcome = await run();
    expect(readdirSync(current).sort()).toEqual(['nb-3-big-Data.db', 'snapshots']);
    expect(existsSync(join(fx.dataDir, 'shop', USERS_DIR))).toBe(false);
    expect(outcome.summary).toContain(`shop.users: the node's table directory has another id than the backup's ${USERS_DIR}`);
  });

  it('refuses while Cassandra runs on the node, before reading anything', async () => {
    const getJson = jest.spyOn(LocalDirectoryStorage.prototype, 'getJson');
    await expect(run({}, { jmx: fakeJmx().jmx })).rejects.toThrow(
      'node restore refused: Cassandra is running on node node-9; a node restore writes into the data directory of a STOPPED node: stop the node (target state STOP) and start the restore again',
    );
    expect(getJson).not.toHaveBeenCalled();
    getJson.mockRestore();
  });

  it('refuses a table directory that already holds SSTables, before downloading anything', async () => {
    const live = join(fx.dataDir, 'shop', USERS_DIR);
    mkdirSync(live, { recursive: true });
    writeFileSync(join(live, 'nb-8-big-Data.db'), 'live data');
    const getFile = jest.spyOn(LocalDirectoryStorage.prototype, 'getFile');
    await expect(run()).rejects.toThrow(`node restore refused, nothing was placed: ${live} already holds 1 SSTables (e.g. nb-8-big-Data.db): a node restore only fills empty tables; move them away and retry`);
    expect(getFile).not.toHaveBeenCalled();
    expect(existsSync(join(fx.dataDir, 'shop', ORDERS_DIR))).toBe(false);
    getFile.mockRestore();
  });

  it('refuses a table with several directories, none of them the backup one', async () => {
    mkdirSync(join(fx.dataDir, 'shop', 'users-99999999999999999999999999999999'), { recursive: true });
    mkdirSync(join(fx.dataDir, 'shop', 'users-88888888888888888888888888888888'), { recursive: true });
    await expect(run()).rejects.toThrow(/shop\.users has 2 directories .* and none is the backup's users-fedcba9876543210fedcba9876543210: remove the stale ones/);
  });

  it('a corrupt object fails naming it, and nothing is placed into any table', async () => {
    const key = fx.corrupt(DEFAULT_FILES[3]!);
    await expect(run()).rejects.toThrow(`object '${key}' is corrupt`);
    expect(existsSync(join(fx.dataDir, 'shop'))).toBe(false);
  });

  it('a retry after a failure downloads only what is missing and then places everything', async () => {
    fx.corrupt(DEFAULT_FILES[3]!);
    await expect(run()).rejects.toThrow(/is corrupt/);
    await fx.writeBackup();
    const getFile = jest.spyOn(LocalDirectoryStorage.prototype, 'getFile');
    const outcome = await run();
    expect(getFile.mock.calls.map((c) => c[0])).toEqual([expect.stringMatching(/users\/nb-3-big-Data\.db$/)]);
    expect(outcome.bytesSkipped).toBe(1164);
    expect(readdirSync(join(fx.dataDir, 'shop', USERS_DIR))).toEqual(['nb-3-big-Data.db']);
    getFile.mockRestore();
  });
});
