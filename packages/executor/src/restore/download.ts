// Brings the selected files into the staging directory, each verified (size + SHA-256 while it
// streams; the storage renames a file into place only when both match), keyspace by keyspace with
// bounded parallelism. Resumable: a staged file that already has the right size and SHA-256 is kept.
// The part's AbortSignal goes into every download, so an abort cuts the files in flight off (their
// partial files are removed) instead of waiting for them.
import { mkdir, readdir, rm, stat, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import { CorruptError, forEachLimited, hashFile, NotFoundError, ProgressMeter, type BackupStorage, type ManifestFile } from '@cassandra-mesos/backup-storage';
import type { cassandra_mesos } from '@cassandra-mesos/model';
import type { Clock } from '../clock';
import type { DataJobProgress } from '../data-jobs/context';
import { abortError, formatBytes, RestoreFailure } from './failure';
import type { RestoreSelection, RestoreTable } from './selection';
import { STATE_FILE, tableStagingDir } from './staging';

export interface StageDownloadOptions {
  readonly storage: BackupStorage;
  readonly selection: RestoreSelection;
  readonly jobDir: string;
  /** Files moved at once. */
  readonly concurrency: number;
  readonly signal: AbortSignal;
  readonly clock: Clock;
  readonly progress: DataJobProgress;
}

export interface StageReport {
  /** Per keyspace: SUCCESS with bytes staged (downloaded + already staged). */
  readonly keyspaces: readonly cassandra_mesos.v1.IKeyspaceProgress[];
  readonly filesDownloaded: number;
  readonly bytesDownloaded: number;
  /** Files found already staged and verified (a resumed download): not downloaded again. */
  readonly filesReused: number;
  readonly bytesReused: number;
}

const CHUNK_REPORT_INTERVAL_MS = 250;

interface PlannedFile {
  readonly table: RestoreTable;
  readonly file: ManifestFile;
  readonly localPath: string;
}

/**
 * Stages every selected file. On any problem it throws a RestoreFailure naming the keyspace, table and
 * object; a file that failed verification is never left in the staging directory.
 */
export async function stageSelection(options: StageDownloadOptions): Promise<StageReport> {
  const { selection, jobDir, signal, clock, progress } = options;
  await mkdir(jobDir, { recursive: true });
  // The state document marks a COMPLETE download; while files change it must not exist.
  await rm(join(jobDir, STATE_FILE), { force: true });
  await removeUnselected(jobDir, selection);

  const reused = new Set<PlannedFile>();
  const planned: PlannedFile[] = [];
  for (const table of selection.tables) {
    const dir = tableStagingDir(jobDir, table.keyspace, table.table);
    await mkdir(dir, { recursive: true });
    for (const file of table.files) {
      const p: PlannedFile = { table, file, localPath: join(dir, file.fileName) };
      planned.push(p);
      signal.throwIfAborted();
      if (await alreadyStaged(p, signal)) reused.add(p);
    }
  }
  const bytesReused = [...reused].reduce((n, p) => n + p.file.size, 0);
  await checkFreeSpace(jobDir, selection.bytes - bytesReused);

  const meter = new ProgressMeter(selection.bytes - bytesReused, clock.now());
  const done: cassandra_mesos.v1.IKeyspaceProgress[] = [];
  let filesDone = reused.size;
  let bytesDownloaded = 0;
  let inFlight = 0;
  let lastChunkReport = clock.now();
  const report = (currentKeyspace: string, remaining: readonly string[]) =>
    progress.report({
      currentKeyspace,
      remainingKeyspaces: [...remaining],
      keyspaces: [...done],
      bytesDone: bytesReused + bytesDownloaded + inFlight,
      bytesTotal: selection.bytes,
      bytesSkipped: bytesReused,
      filesDone,
      filesTotal: selection.files,
      rateBytesPerSecond: meter.snapshot(clock.now()).bytesPerSecond,
    });

  for (const [index, keyspace] of selection.keyspaces.entries()) {
    const remaining = selection.keyspaces.slice(index + 1);
    const started = clock.now();
    const files = planned.filter((p) => p.table.keyspace === keyspace);
    const todo = files.filter((p) => !reused.has(p));
    report(keyspace, remaining);
    try {
      await runPool(todo, options.concurrency, signal, async (p) => {
        let seen = 0;
        await options.storage
          .getFile(p.file.key, p.localPath, {
            expected: { size: p.file.size, sha256: p.file.sha256 },
            signal,
            onBytes: (soFar) => {
              const now = clock.now();
              meter.add(soFar - seen, now);
              inFlight += soFar - seen;
              seen = soFar;
              // Storages call this per chunk; the record only needs a fresh figure every so often.
              if (now - lastChunkReport >= CHUNK_REPORT_INTERVAL_MS) {
                lastChunkReport = now;
                report(keyspace, remaining);
              }
            },
          })
          .catch((error: unknown) => {
            // Cut off by the abort: reported below as the abort, not as a failure of this file.
            if (signal.aborted) throw error;
            throw describeDownloadError(p, error);
          })
          .finally(() => {
            inFlight -= seen;
          });
        bytesDownloaded += p.file.size;
        filesDone++;
        report(keyspace, remaining);
      });
    } catch (error) {
      const failure = error instanceof RestoreFailure ? error : signal.aborted ? abortError(signal, `staging keyspace ${keyspace}`) : new RestoreFailure(keyspace, `${keyspace}: ${(error as Error).message}`);
      done.push({ keyspace, status: 'FAILURE', durationMs: clock.now() - started, message: failure.message });
      report(keyspace, remaining);
      throw failure;
    }
    const bytes = files.reduce((n, p) => n + p.file.size, 0);
    const again = files.length - todo.length;
    done.push({
      keyspace,
      status: 'SUCCESS',
      durationMs: clock.now() - started,
      bytes,
      message: `${files.length} files (${formatBytes(bytes)}) staged and verified` + (again > 0 ? `, ${again} of them already staged` : ''),
    });
    report('', remaining);
  }
  return { keyspaces: done, filesDownloaded: planned.length - reused.size, bytesDownloaded, filesReused: reused.size, bytesReused };
}

/** A staged file with the right size and SHA-256 is kept; anything else at that path is removed. */
async function alreadyStaged(p: PlannedFile, signal: AbortSignal): Promise<boolean> {
  let size: number;
  try {
    const st = await stat(p.localPath);
    if (!st.isFile()) {
      await rm(p.localPath, { recursive: true, force: true });
      return false;
    }
    size = st.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  if (size === p.file.size) {
    // The signal stops the check of a large staged file; the abort then reads as one.
    const staged = await hashFile(p.localPath, signal).catch((error: unknown) => {
      throw signal.aborted ? abortError(signal, `checking the staged file ${p.localPath}`) : error;
    });
    if (staged.sha256 === p.file.sha256) return true;
  }
  await rm(p.localPath, { force: true });
  return false;
}

/**
 * Removes whatever the staging directory holds that this selection does not: other keyspaces and
 * tables, files of another backup, partial downloads. Cassandra's import takes every SSTable it finds
 * in the directory, so only verified files of this restore may be there.
 */
async function removeUnselected(jobDir: string, selection: RestoreSelection): Promise<void> {
  const expected = new Map<string, Map<string, Set<string>>>();
  for (const t of selection.tables) {
    const tables = expected.get(t.keyspace) ?? new Map<string, Set<string>>();
    tables.set(t.table, new Set(t.files.map((f) => f.fileName)));
    expected.set(t.keyspace, tables);
  }
  for (const ks of await readdir(jobDir, { withFileTypes: true })) {
    const tables = expected.get(ks.name);
    if (tables === undefined || !ks.isDirectory()) {
      await rm(join(jobDir, ks.name), { recursive: true, force: true });
      continue;
    }
    for (const t of await readdir(join(jobDir, ks.name), { withFileTypes: true })) {
      const files = tables.get(t.name);
      const tableDir = join(jobDir, ks.name, t.name);
      if (files === undefined || !t.isDirectory()) {
        await rm(tableDir, { recursive: true, force: true });
        continue;
      }
      for (const f of await readdir(tableDir)) if (!files.has(f)) await rm(join(tableDir, f), { recursive: true, force: true });
    }
  }
}

/** Fails before the first byte when the staging file system cannot hold the files. */
async function checkFreeSpace(dir: string, bytesNeeded: number): Promise<void> {
  if (bytesNeeded <= 0) return;
  const fs = await statfs(dir);
  const free = fs.bavail * fs.bsize;
  if (free < bytesNeeded) {
    throw new RestoreFailure(undefined, `staging the restore needs ${formatBytes(bytesNeeded)} in ${dir}, but only ${formatBytes(free)} are free there; free up space on the data volume and retry`);
  }
}

function describeDownloadError(p: PlannedFile, error: unknown): RestoreFailure {
  const { keyspace, table } = p.table;
  const what = `${keyspace}.${table} file ${p.file.fileName}`;
  if (error instanceof CorruptError) {
    return new RestoreFailure(keyspace, `${what}: ${error.message} Nothing of the table was touched; the backup object is damaged: restore from another backup`);
  }
  if (error instanceof NotFoundError) {
    return new RestoreFailure(
      keyspace,
      `${what}: object '${error.key}' is missing (expected ${p.file.size} bytes with sha256 ${p.file.sha256}, found no object in ${error.where}). Nothing of the table was touched; the backup is incomplete: restore from another backup`,
    );
  }
  return new RestoreFailure(keyspace, `${what} ('${p.file.key}'): ${(error as Error).message ?? String(error)}`);
}

/**
 * Runs `work` over `items`, `concurrency` at a time (backup-storage's forEachLimited); an abort that
 * came after the last item still ends the download as aborted.
 */
export async function runPool<T>(items: readonly T[], concurrency: number, signal: AbortSignal, work: (item: T) => Promise<void>): Promise<void> {
  await forEachLimited(items, concurrency, work, signal);
  signal.throwIfAborted();
}
