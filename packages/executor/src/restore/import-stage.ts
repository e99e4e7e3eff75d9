// RESTORE_IMPORT of a cluster restore on one node: (the truncating node first creates missing schema
// and truncates every restored table once), then each staged table is imported into the live table
// (importNewSSTables from the staging directory; when the node has no such operation, the files are
// moved into the table directory and loaded there), and its staging directory is removed.
import { readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { CassandraOperationFailedError } from '@cassandra-mesos/cassandra-jmx';
import type { cassandra_mesos } from '@cassandra-mesos/model';
import type { DataJobDeps, DataJobJmx, DataJobOutcome, DataJobProgress, DataJobSpec } from '../data-jobs/context';
import { abortError, formatBytes, RestoreFailure } from './failure';
import { parseSchemaCql } from './schema-cql';
import { createSchema, liveTableIds, planSchemaCreation, readExistingSchema, truncateTable } from './schema-restore';
import { jobStagingDir, readStagingState, tableStagingDir, writeStagingState, type StagedTable, type StagingState } from './staging';

/** One table's import verifies every SSTable (nodetool import's default): allow for large tables. */
const IMPORT_TIMEOUT_MS = 2 * 3600_000;

export async function runImportStage(spec: DataJobSpec, deps: DataJobDeps, progress: DataJobProgress, signal: AbortSignal): Promise<DataJobOutcome> {
  const jmx = deps.jmx;
  if (jmx === undefined) throw new RestoreFailure(undefined, `Cassandra does not run on node ${spec.nodeId}; a cluster restore imports into the running node: start it and retry`);
  const jobDir = jobStagingDir(deps.dataDirectories, spec.jobId);
  const staged = await readStagingState(jobDir);
  if (staged === undefined) {
    throw new RestoreFailure(undefined, `node ${spec.nodeId} has no completely staged download of job ${spec.jobId} (${jobDir} has no staging state): the RESTORE_DOWNLOAD stage did not finish here; run the restore again`);
  }
  if (staged.backupName !== spec.options.backupName) {
    throw new RestoreFailure(undefined, `${jobDir} holds backup ${staged.backupName}, but job ${spec.jobId} restores ${spec.options.backupName}; run the restore again`);
  }
  // The state document records each truncate and import as it happens, so a retried part repeats neither.
  const journal = new StagingJournal(jobDir, staged);
  if (spec.truncate) await prepareCluster(spec, deps, journal, signal);
  const state = journal.state;

  const done: cassandra_mesos.v1.IKeyspaceProgress[] = [];
  const totalBytes = state.tables.reduce((n, t) => n + t.bytes, 0);
  const totalFiles = state.tables.reduce((n, t) => n + t.files, 0);
  let bytesDone = 0;
  let filesDone = 0;
  let bytesEarlier = 0;
  for (const [index, keyspace] of state.keyspaces.entries()) {
    const started = deps.clock.now();
    const remaining = state.keyspaces.slice(index + 1);
    const tables = state.tables.filter((t) => t.keyspace === keyspace);
    const report = () => progress.report({ currentKeyspace: keyspace, remainingKeyspaces: [...remaining], keyspaces: [...done], bytesDone, bytesTotal: totalBytes, bytesSkipped: bytesEarlier, filesDone, filesTotal: totalFiles });
    report();
    let bytes = 0;
    const notes: string[] = [];
    for (const table of tables) {
      const name = `${table.keyspace}.${table.table}`;
      if (journal.state.imported.includes(name)) {
        bytesEarlier += table.bytes;
        notes.push(`${table.table} imported by an earlier attempt`);
      } else if (table.files > 0) {
        try {
          if (signal.aborted) throw abortError(signal, `importing ${name}`);
          const method = await importTable(jmx, table, tableStagingDir(jobDir, table.keyspace, table.table), deps, signal);
          notes.push(`${table.table}: ${table.files} files (${formatBytes(table.bytes)}) via ${method}`);
        } catch (error) {
          const failure = error instanceof RestoreFailure ? error : new RestoreFailure(keyspace, `importing ${name} failed: ${(error as Error).message}`, { cause: error });
          done.push({ keyspace, status: 'FAILURE', durationMs: deps.clock.now() - started, bytes, message: failure.message });
          report();
          throw failure;
        }
        // Recorded before the staging directory goes: a crash in between must not read as "files lost".
        await journal.update({ imported: [...journal.state.imported, name] });
        await rm(tableStagingDir(jobDir, table.keyspace, table.table), { recursive: true, force: true });
      }
      bytes += table.bytes;
      bytesDone += table.bytes;
      filesDone += table.files;
      report();
    }
    done.push({ keyspace, status: 'SUCCESS', durationMs: deps.clock.now() - started, bytes, message: notes.join('; ') || 'no data in the backup' });
  }
  progress.report({ currentKeyspace: '', remainingKeyspaces: [], keyspaces: [...done], bytesDone, bytesTotal: totalBytes, bytesSkipped: bytesEarlier, filesDone, filesTotal: totalFiles });
  await rm(jobDir, { recursive: true, force: true });
  const truncated = spec.truncate ? `; truncated ${journal.state.truncated.length} tables first` : '';
  return {
    keyspaces: done,
    bytesDone,
    bytesTotal: totalBytes,
    bytesSkipped: bytesEarlier,
    filesDone,
    filesTotal: totalFiles,
    summary: `imported ${filesDone} files (${formatBytes(bytesDone)}) of backup ${state.backupName} into ${state.tables.length} tables${truncated}`,
  };
}

class StagingJournal {
  constructor(
    private readonly jobDir: string,
    private current: StagingState,
  ) {}

  get state(): StagingState {
    return this.current;
  }

  async update(change: Partial<Pick<StagingState, 'truncated' | 'imported'>>): Promise<void> {
    const next = { ...this.current, ...change };
    await writeStagingState(this.jobDir, next);
    this.current = next;
  }
}

/** The truncating node's work for the whole cluster: schema (restore_schema), then TRUNCATE each table once. */
async function prepareCluster(spec: DataJobSpec, deps: DataJobDeps, journal: StagingJournal, signal: AbortSignal): Promise<void> {
  const { state } = journal;
  const cql = await deps.cql();
  if (spec.options.restoreSchema) {
    const restored = new Set(state.tables.map((t) => `${t.keyspace}.${t.table}`));
    const statements = state.keyspaces.flatMap((ks) => {
      const text = state.schemaCql[ks];
      return text === undefined ? [] : parseSchemaCql(ks, text).statements;
    });
    const missing = planSchemaCreation(statements, await readExistingSchema(cql, state.keyspaces), restored);
    await createSchema(cql, missing, signal);
    if (missing.length > 0) deps.log.info({ jobId: spec.jobId, created: missing.map((s) => `${s.kind} ${s.keyspace}.${s.name}`) }, 'restore created the missing schema from the backup');
  }
  // Every table must exist before the first TRUNCATE: a restore that cannot import must not have emptied anything.
  await liveTableIds(cql, state.tables, spec.options.restoreSchema);
  for (const table of state.tables) {
    const name = `${table.keyspace}.${table.table}`;
    if (table.view || journal.state.truncated.includes(name)) continue;
    if (signal.aborted) throw abortError(signal, `truncating ${name}`);
    await truncateTable(cql, table.keyspace, table.table);
    await journal.update({ truncated: [...journal.state.truncated, name] });
    deps.log.info({ jobId: spec.jobId, table: name }, 'restore truncated the table');
  }
}

async function importTable(jmx: DataJobJmx, table: StagedTable, stagingDir: string, deps: DataJobDeps, signal: AbortSignal): Promise<string> {
  const name = `${table.keyspace}.${table.table}`;
  const staged = await readdir(stagingDir).catch((error: unknown) => {
    throw new RestoreFailure(table.keyspace, `the staged files of ${name} are gone (${stagingDir}: ${(error as Error).message}); run the restore again`, { cause: error });
  });
  if (staged.length === 0) throw new RestoreFailure(table.keyspace, `the staging directory of ${name} (${stagingDir}) is empty, though ${table.files} files were staged; run the restore again`);
  const call = { timeoutMs: IMPORT_TIMEOUT_MS, signal };
  let refused: unknown;
  try {
    await jmx.importSSTables(table.keyspace, table.table, { sourceDirs: [stagingDir] }, call);
  } catch (error) {
    refused = error;
  }
  if (refused === undefined) {
    await assertNothingLeft(stagingDir, table);
    return 'importNewSSTables';
  }
  // Only "this node has no importNewSSTables(Set, …)" (no failed directories listed) falls back; a refused import is a failure.
  if (!(refused instanceof CassandraOperationFailedError) || refused.details.length > 0) {
    throw new RestoreFailure(table.keyspace, `importing ${name} from ${stagingDir} failed: ${(refused as Error).message}`, { cause: refused });
  }
  const liveDir = await liveTableDirectory(jmx, table, signal);
  const moved: string[] = [];
  for (const file of staged) {
    await rename(join(stagingDir, file), join(liveDir, file));
    moved.push(file);
  }
  deps.log.info({ table: name, liveDir, files: moved.length }, 'node has no importNewSSTables from a directory: moved the staged files into the table directory');
  const result = await jmx.importSSTables(table.keyspace, table.table, {}, call);
  return `${result.method} in ${liveDir}`;
}

/** The live table's data directory (its id may differ from the backup's, e.g. in a new cluster). */
async function liveTableDirectory(jmx: DataJobJmx, table: StagedTable, signal: AbortSignal): Promise<string> {
  const paths = await jmx.tableDataPaths(table.keyspace, { signal });
  const dir = paths.find((p) => p.table === table.table)?.paths[0];
  if (dir === undefined) throw new RestoreFailure(table.keyspace, `table ${table.keyspace}.${table.table} has no data directory on this node; does it exist?`);
  return dir;
}

/** importNewSSTables moves what it imports; an SSTable still in the staging directory was not taken. */
async function assertNothingLeft(stagingDir: string, table: StagedTable): Promise<void> {
  const left = (await readdir(stagingDir)).filter((f) => f.endsWith('-Data.db'));
  if (left.length > 0) {
    throw new RestoreFailure(table.keyspace, `Cassandra left ${left.length} SSTables of ${table.keyspace}.${table.table} in ${stagingDir} unimported (${left.join(', ')}); see the node's log`);
  }
}
