// RESTORE_DOWNLOAD of a cluster restore against a real local backup directory in a temp dir.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalDirectoryStorage, TransferAbortedError, type BackupStorage, type GetFileOptions } from '@cassandra-mesos/backup-storage';
import { systemClock } from '../../src/clock';
import { runRestorePart, selectRestoreFiles } from '../../src/restore';
import { runPool, stageSelection } from '../../src/restore/download';
import { jobStagingDir, readStagingState, stagingRoot, tableStagingDir } from '../../src/restore/staging';
import { DEFAULT_FILES, deps, JobStage, RecordingProgress, RestoreFixture, restoreSpec } from './support';

let fx: RestoreFixture;
beforeEach(() => {
  fx = new RestoreFixture();
});
afterEach(() => fx.cleanup());

const signal = () => new AbortController().signal;

describe('staging paths', () => {
  it('stage beside the first data directory, per job, keyspace and table', () => {
    expect(stagingRoot(['/var/lib/cassandra/data', '/disk2/data'])).toBe('/var/lib/cassandra/restore-staging');
    expect(jobStagingDir(['/var/lib/cassandra/data'], 'job-1')).toBe('/var/lib/cassandra/restore-staging/job-1');
    expect(tableStagingDir('/s/job-1', 'shop', 'users')).toBe('/s/job-1/shop/users');
    expect(() => jobStagingDir(['/d'], '../x')).toThrow(/cannot name a staging directory/);
    expect(() => tableStagingDir('/s', 'shop', '../etc')).toThrow(/invalid table name/);
    expect(() => stagingRoot([])).toThrow(/no data directory/);
  });
});

describe('RESTORE_DOWNLOAD (cluster restore)', () => {
  it('stages every selected file, verified, into <data>/../restore-staging/<job>/<ks>/<table>/ and records the completed download', async () => {
    await fx.writeBackup();
    const progress = new RecordingProgress();
    const outcome = await runRestorePart(restoreSpec(fx.backupDir), deps(fx), progress, signal());

    const jobDir = join(fx.stagingDir, 'job-42');
    for (const f of DEFAULT_FILES) expect(readFileSync(join(jobDir, f.keyspace, f.table, f.fileName), 'utf8')).toBe(f.content);
    expect(readdirSync(join(jobDir, 'shop'))).toEqual(['empty', 'orders', 'users']);
    const bytes = DEFAULT_FILES.reduce((n, f) => n + f.content.length, 0);
    expect(outcome).toMatchObject({ bytesDone: bytes, bytesTotal: bytes, bytesSkipped: 0, filesDone: 4, filesTotal: 4 });
    expect(outcome.keyspaces).toEqual([expect.objectContaining({ keyspace: 'shop', status: 'SUCCESS', bytes, message: `4 files (${(bytes / 1024).toFixed(1)} KiB) staged and verified` })]);
    expect(outcome.summary).toMatch(/^staged and verified 4 files .* of backup nightly-1 node node-0$/);

    const state = await readStagingState(jobDir);
    expect(state).toMatchObject({ jobId: 'job-42', backupName: 'nightly-1', sourceNodeId: 'node-0', keyspaces: ['shop'], truncated: [], imported: [] });
    expect(state?.tables.map((t) => [t.table, t.files, t.tableDir])).toEqual([
      ['empty', 0, undefined],
      ['orders', 3, 'orders-0123456789abcdef0123456789abcdef'],
      ['users', 1, 'users-fedcba9876543210fedcba9876543210'],
    ]);
    expect(state?.schemaCql.shop).toContain('CREATE TABLE shop.orders');

    const last = progress.reports[progress.reports.length - 1]!;
    expect(last).toMatchObject({ bytesDone: bytes, bytesTotal: bytes, filesDone: 4, filesTotal: 4, remainingKeyspaces: [] });
    expect(progress.reports.some((r) => r.currentKeyspace === 'shop' && (r.bytesDone as number) < bytes)).toBe(true);
  });

  it('snapshot_only stages no incremental file', async () => {
    await fx.writeBackup();
    const outcome = await runRestorePart(restoreSpec(fx.backupDir, {}, { snapshotOnly: true }), deps(fx), new RecordingProgress(), signal());
    expect(readdirSync(join(fx.stagingDir, 'job-42', 'shop', 'orders')).sort()).toEqual(['nb-1-big-Data.db', 'nb-1-big-Index.db']);
    expect(outcome.filesTotal).toBe(3);
    expect(outcome.summary).toContain('1 incremental files (500 bytes) left out (snapshot_only)');
  });

  it('resumes: a staged file with the right size and SHA-256 is not downloaded again, a damaged or foreign one is replaced or removed', async () => {
    await fx.writeBackup();
    await runRestorePart(restoreSpec(fx.backupDir), deps(fx), new RecordingProgress(), signal());
    const usersDir = join(fx.stagingDir, 'job-42', 'shop', 'users');
    writeFileSync(join(usersDir, 'nb-3-big-Data.db'), 'damaged');
    writeFileSync(join(usersDir, '.nb-3-big-Data.db.partial-abc'), 'partial');
    writeFileSync(join(usersDir, 'nb-77-big-Data.db'), 'from another backup');
    mkdirSync(join(fx.stagingDir, 'job-42', 'otherks'));

    const spy = jest.spyOn(LocalDirectoryStorage.prototype, 'getFile');

    const outcome = await runRestorePart(restoreSpec(fx.backupDir), deps(fx), new RecordingProgress(), signal());
    expect(spy.mock.calls.map((c) => c[0])).toEqual([expect.stringMatching(/shop\/users\/nb-3-big-Data\.db$/)]);
    expect(readdirSync(usersDir)).toEqual(['nb-3-big-Data.db']);
    expect(readFileSync(join(usersDir, 'nb-3-big-Data.db'), 'utf8')).toBe(DEFAULT_FILES[3]!.content);
    expect(existsSync(join(fx.stagingDir, 'job-42', 'otherks'))).toBe(false);
    expect(outcome.bytesSkipped).toBe(DEFAULT_FILES.slice(0, 3).reduce((n, f) => n + f.content.length, 0));
    expect(outcome.summary).toContain('3 (');
    spy.mockRestore();
  });

  it('a corrupt object fails the part naming the key, expected and actual; the file is not staged and no download is recorded', async () => {
    await fx.writeBackup();
    const key = fx.corrupt(DEFAULT_FILES[3]!);
    const error = (await runRestorePart(restoreSpec(fx.backupDir), deps(fx), new RecordingProgress(), signal()).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain(`shop.users file nb-3-big-Data.db: object '${key}' is corrupt: expected 360 bytes with sha256 `);
    expect(error.message).toMatch(/got 7 bytes with sha256 [0-9a-f]{64}/);
    expect(error.message).toContain('Nothing of the table was touched');
    expect(existsSync(join(fx.stagingDir, 'job-42', 'shop', 'users', 'nb-3-big-Data.db'))).toBe(false);
    expect(readdirSync(join(fx.stagingDir, 'job-42', 'shop', 'users'))).toEqual([]);
    expect(await readStagingState(join(fx.stagingDir, 'job-42'))).toBeUndefined();
  });

  it('a missing object fails naming the key and what was expected', async () => {
    await fx.writeBackup();
    const key = fx.corrupt(DEFAULT_FILES[0]!);
    rmSync(join(fx.backupDir, key));
    const progress = new RecordingProgress();
    const error = (await runRestorePart(restoreSpec(fx.backupDir), deps(fx), progress, signal()).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(new RegExp(`shop\\.orders file nb-1-big-Data\\.db: object '${key}' is missing \\(expected 650 bytes with sha256 [0-9a-f]{64}, found no object in local directory`));
    const last = progress.reports[progress.reports.length - 1]!;
    expect(last.keyspaces).toEqual([expect.objectContaining({ keyspace: 'shop', status: 'FAILURE', message: error.message })]);
  });

  it('a backup without a manifest for the source node fails saying what to check', async () => {
    await fx.writeBackup();
    const error = (await runRestorePart(restoreSpec(fx.backupDir, { sourceNodeId: 'node-5' }), deps(fx), new RecordingProgress(), signal()).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^backup nightly-1 has no manifest for node node-5 in local directory .* \('prod\/node-5\/nightly-1\/node-manifest\.json' is missing\)/);
  });

  it('removes the staging directories of earlier jobs', async () => {
    await fx.writeBackup();
    mkdirSync(join(fx.stagingDir, 'job-old', 'shop', 'users'), { recursive: true });
    writeFileSync(join(fx.stagingDir, 'job-old', 'shop', 'users', 'nb-1-big-Data.db'), 'old');
    await runRestorePart(restoreSpec(fx.backupDir), deps(fx), new RecordingProgress(), signal());
    expect(readdirSync(fx.stagingDir)).toEqual(['job-42']);
  });

  it('stops at the next file when aborted, and says so', async () => {
    await fx.writeBackup();
    const controller = new AbortController();
    const progress = { report: () => controller.abort(new Error('the scheduler aborted job job-42')) };
    const error = (await runRestorePart(restoreSpec(fx.backupDir, {}, { concurrency: 1 }), deps(fx), progress, controller.signal).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe('restore stopped while staging keyspace shop: the scheduler aborted job job-42');
    const staged = readdirSync(join(fx.stagingDir, 'job-42', 'shop', 'orders'));
    expect(staged.length).toBeLessThan(3);
  });

  it('cuts the downloads in flight off when aborted: each got the signal, none other starts, same failure as between files', async () => {
    const manifest = await fx.writeBackup();
    const selection = selectRestoreFiles(manifest, { keyspaces: [], tables: [], snapshotOnly: false });
    const controller = new AbortController();
    const started: string[] = [];
    let bothStarted: () => void = () => undefined;
    const inFlight = new Promise<void>((resolve) => (bothStarted = resolve));
    // A storage whose downloads are huge: each only ends when its signal fires, rejecting as the storages do.
    const storage = Object.assign(Object.create(fx.storage) as BackupStorage, {
      getFile: (key: string, _localPath: string, o?: GetFileOptions) => {
        started.push(key);
        if (started.length === 2) bothStarted();
        return new Promise<void>((_resolve, reject) => {
          o?.signal?.addEventListener('abort', () => reject(new TransferAbortedError('local read', key, String((o.signal?.reason as Error).message))));
        });
      },
    });
    const staging = stageSelection({ storage, selection, jobDir: join(fx.stagingDir, 'job-42'), concurrency: 2, signal: controller.signal, clock: systemClock, progress: new RecordingProgress() });
    await inFlight;
    const abortedAt = performance.now();
    controller.abort(new Error('the scheduler aborted job job-42'));
    const error = (await staging.catch((e: unknown) => e)) as Error;
    expect(performance.now() - abortedAt).toBeLessThan(1_000);
    expect(error.message).toBe('restore stopped while staging keyspace shop: the scheduler aborted job job-42');
    expect(started).toHaveLength(2);
    expect(readdirSync(join(fx.stagingDir, 'job-42', 'shop', 'orders'))).toEqual([]);
  });

  it('refuses a stage a cluster restore does not have', async () => {
    await expect(runRestorePart(restoreSpec(fx.backupDir, { stage: JobStage.BACKUP_UPLOAD }), deps(fx), new RecordingProgress(), signal())).rejects.toThrow(
      'a cluster restore runs the stages RESTORE_DOWNLOAD and RESTORE_IMPORT on a node, not BACKUP_UPLOAD',
    );
  });
});

describe('runPool', () => {
  it('runs at most `concurrency` at once and stops starting new items after the first failure', async () => {
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const work = async (n: number) => {
      started.push(n);
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      if (n === 2) throw new Error('item 2 failed');
    };
    await expect(runPool([1, 2, 3, 4, 5, 6], 2, signal(), work)).rejects.toThrow('item 2 failed');
    expect(peak).toBe(2);
    expect(started.length).toBeLessThan(6);
  });

  it('is not fooled into success by an empty list on an aborted signal', async () => {
    const c = new AbortController();
    c.abort(new Error('stop'));
    await expect(runPool([], 3, c.signal, () => Promise.resolve())).rejects.toThrow('stop');
  });
});
