// NODE_RESTORE (Cassy restore type 2) on a node whose Cassandra is stopped: stage and verify every
// file like a cluster restore, then place the files straight into the table directories
// (`<data dir>/<ks>/<table>-<id>/`), where Cassandra finds them when the operator starts the node.
import { constants } from 'node:fs';
import { copyFile, link, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { cassandra_mesos } from '@cassandra-mesos/model';
import type { DataJobDeps, DataJobOutcome, DataJobProgress, DataJobSpec } from '../data-jobs/context';
import { downloadToStaging, stagedSummary } from './download-stage';
import { formatBytes, RestoreFailure } from './failure';
import type { RestoreSelection, RestoreTable } from './selection';
import { tableStagingDir } from './staging';

export interface TablePlacement {
  readonly table: RestoreTable;
  /** Absolute table directory the files go to. */
  readonly directory: string;
  /** Why this directory (a different id than the backup's, or created). */
  readonly note: string | undefined;
}

export async function runNodeRestore(spec: DataJobSpec, deps: DataJobDeps, progress: DataJobProgress, signal: AbortSignal): Promise<DataJobOutcome> {
  if (deps.jmx !== undefined) {
    throw new RestoreFailure(undefined, `node restore refused: Cassandra is running on node ${spec.nodeId}; a node restore writes into the data directory of a STOPPED node: stop the node (target state STOP) and start the restore again`);
  }
  if (spec.stage !== cassandra_mesos.v1.JobStage.RESTORE_DOWNLOAD) {
    throw new RestoreFailure(undefined, `a node restore has only the RESTORE_DOWNLOAD stage, not ${cassandra_mesos.v1.JobStage[spec.stage] ?? spec.stage}`);
  }
  // Refuse before downloading anything: a table that already has data would only be found after hours of transfer otherwise.
  const staged = await downloadToStaging(spec, deps, progress, signal, async (selection) => {
    await planPlacement(selection, deps.dataDirectories);
  });
  signal.throwIfAborted();
  const placements = await planPlacement(staged.selection, deps.dataDirectories);
  const placed: string[] = [];
  try {
    for (const p of placements) {
      await mkdir(p.directory, { recursive: true });
      const from = tableStagingDir(staged.jobDir, p.table.keyspace, p.table.table);
      for (const file of p.table.files) {
        const target = join(p.directory, file.fileName);
        await placeFile(join(from, file.fileName), target);
        placed.push(target);
      }
    }
  } catch (error) {
    // All or nothing: a half-placed table would start with part of its data.
    await Promise.all(placed.map((f) => rm(f, { force: true })));
    throw new RestoreFailure(undefined, `placing the restored files failed (${(error as Error).message}); the ${placed.length} files placed so far were removed again, the data directory is as before`, { cause: error });
  }
  await rm(staged.jobDir, { recursive: true, force: true });
  const notes = placements.filter((p) => p.note !== undefined).map((p) => `${p.table.keyspace}.${p.table.table}: ${p.note}`);
  const { selection, report } = staged;
  const keyspaces = report.keyspaces.map((k) => ({ ...k, message: `${k.message ?? ''}; placed into the table directories` }));
  progress.report({ keyspaces, currentKeyspace: '', remainingKeyspaces: [] });
  return {
    keyspaces,
    bytesDone: selection.bytes,
    bytesTotal: selection.bytes,
    bytesSkipped: report.bytesReused,
    filesDone: selection.files,
    filesTotal: selection.files,
    summary:
      `${stagedSummary(staged)}; placed ${placed.length} files (${formatBytes(selection.bytes)}) into ${placements.length} table directories; start the node, then repair it` +
      (notes.length > 0 ? ` (${notes.join('; ')})` : ''),
  };
}

/**
 * The directory of each table with files, checked: the backup's `<table>-<id>` if the node has it, else
 * the node's only directory of that table (the table was re-created, so it has a new id), else a new
 * directory with the backup's id. Refuses (before anything moves) a table directory that holds
 * SSTables, and a table with several directories (which one Cassandra uses cannot be told while it is
 * stopped).
 */
export async function planPlacement(selection: RestoreSelection, dataDirectories: readonly string[]): Promise<TablePlacement[]> {
  const first = dataDirectories[0];
  if (first === undefined) throw new RestoreFailure(undefined, 'this node has no data directory configured; nowhere to place the restored files');
  const out: TablePlacement[] = [];
  const problems: string[] = [];
  for (const table of selection.tables) {
    if (table.files.length === 0 || table.tableDir === undefined) continue;
    const candidates: string[] = [];
    for (const dataDir of dataDirectories) {
      for (const name of await listNames(join(dataDir, table.keyspace))) {
        if (name.startsWith(`${table.table}-`) && /^[0-9a-f]{32}$/.test(name.slice(table.table.length + 1))) candidates.push(join(dataDir, table.keyspace, name));
      }
    }
    const exact = candidates.find((c) => c.endsWith(`/${table.tableDir}`));
    let placement: TablePlacement;
    if (exact !== undefined) placement = { table, directory: exact, note: undefined };
    else if (candidates.length === 1) placement = { table, directory: candidates[0]!, note: `the node's table directory has another id than the backup's ${table.tableDir}` };
    else if (candidates.length > 1) {
      problems.push(`${table.keyspace}.${table.table} has ${candidates.length} directories (${candidates.join(', ')}) and none is the backup's ${table.tableDir}: remove the stale ones`);
      continue;
    } else placement = { table, directory: join(first, table.keyspace, table.tableDir), note: 'table directory created; the node schema must define the table with this id' };
    const sstables = (await listNames(placement.directory)).filter((n) => n.endsWith('-Data.db'));
    if (sstables.length > 0) {
      problems.push(`${placement.directory} already holds ${sstables.length} SSTables (e.g. ${sstables[0]}): a node restore only fills empty tables; move them away and retry`);
      continue;
    }
    out.push(placement);
  }
  if (problems.length > 0) throw new RestoreFailure(undefined, `node restore refused, nothing was placed: ${problems.join('; ')}`);
  return out;
}

async function listNames(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
}

/**
 * Puts a staged file into place without ever replacing a file (rename would, silently): a hard link
 * within a file system, a copy across (a second data directory on another disk). The staged name
 * stays until every file is placed, so a failed placement can be retried without downloading again.
 */
async function placeFile(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to, constants.COPYFILE_EXCL);
  }
}
