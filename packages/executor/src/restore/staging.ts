// Where a restore keeps the verified files between RESTORE_DOWNLOAD and RESTORE_IMPORT, and the small
// state document that lets each stage resume: `<first data dir>/../restore-staging/<job id>/`.
// Beside the data directory, so it is on the same file system: Cassandra's import then moves the
// files instead of copying them, and a node restore places them with a rename.
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export const STAGING_DIR_NAME = 'restore-staging';
export const STATE_FILE = 'restore-state.json';

const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,199}$/;

export function stagingRoot(dataDirectories: readonly string[]): string {
  const first = dataDirectories[0];
  if (first === undefined) throw new Error('this node has no data directory configured, so there is nowhere to stage the restore');
  return resolve(dirname(resolve(first)), STAGING_DIR_NAME);
}

export function jobStagingDir(dataDirectories: readonly string[], jobId: string): string {
  if (!SAFE_SEGMENT.test(jobId)) throw new Error(`job id ${JSON.stringify(jobId)} cannot name a staging directory (letters, digits, . _ - only)`);
  return join(stagingRoot(dataDirectories), jobId);
}

/** `<job dir>/<keyspace>/<table>/`: the directory names Cassandra reads keyspace and table from on import. */
export function tableStagingDir(jobDir: string, keyspace: string, table: string): string {
  for (const [what, name] of [['keyspace', keyspace], ['table', table]] as const) {
    if (!/^[A-Za-z0-9_]{1,222}$/.test(name)) throw new Error(`invalid ${what} name ${JSON.stringify(name)} for a staging directory`);
  }
  return join(jobDir, keyspace, table);
}

export interface StagedTable {
  readonly keyspace: string;
  readonly table: string;
  /** Backup's `<table>-<id>`; absent for a table that had no files. */
  readonly tableDir?: string;
  readonly view: boolean;
  readonly files: number;
  readonly bytes: number;
}

export interface StagingState {
  readonly formatVersion: 1;
  readonly jobId: string;
  readonly backupName: string;
  /** Storage namespace and node the files came from. */
  readonly sourceCluster: string;
  readonly sourceNodeId: string;
  /** ISO time the last file was verified: the download is complete. */
  readonly stagedAt: string;
  readonly keyspaces: readonly string[];
  readonly tables: readonly StagedTable[];
  /** Schema CQL of the restored keyspaces (from the manifest), for the node that creates missing schema. */
  readonly schemaCql: Readonly<Record<string, string>>;
  /** `ks.table` already truncated by this node (a retried import must not truncate what it already imported). */
  readonly truncated: readonly string[];
  /** `ks.table` already imported (their staging directories are gone). */
  readonly imported: readonly string[];
}

/** Why `value` is not a StagingState, or undefined. The document is ours, so a shape check is enough. */
function stateProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'not an object';
  const v = value as Record<string, unknown>;
  if (v.formatVersion !== 1) return `formatVersion is ${JSON.stringify(v.formatVersion)}, expected 1`;
  for (const f of ['jobId', 'backupName', 'sourceCluster', 'sourceNodeId', 'stagedAt'] as const) if (typeof v[f] !== 'string') return `${f} is not a string`;
  for (const f of ['keyspaces', 'truncated', 'imported'] as const) {
    if (!Array.isArray(v[f]) || !(v[f] as unknown[]).every((x) => typeof x === 'string')) return `${f} is not a list of names`;
  }
  if (typeof v.schemaCql !== 'object' || v.schemaCql === null || !Object.values(v.schemaCql).every((x) => typeof x === 'string')) return 'schemaCql is not a map of CQL texts';
  if (!Array.isArray(v.tables)) return 'tables is not a list';
  for (const t of v.tables as unknown[]) {
    const r = t as Record<string, unknown> | null;
    const ok =
      typeof r === 'object' && r !== null && typeof r.keyspace === 'string' && typeof r.table === 'string' && typeof r.view === 'boolean' &&
      (r.tableDir === undefined || typeof r.tableDir === 'string') && Number.isInteger(r.files) && Number.isInteger(r.bytes);
    if (!ok) return `tables has an invalid entry ${JSON.stringify(t)}`;
  }
  return undefined;
}

/** The job's staging state, or undefined when no download completed on this node. */
export async function readStagingState(jobDir: string): Promise<StagingState | undefined> {
  const path = join(jobDir, STATE_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not valid JSON (${(error as Error).message}); remove ${jobDir} and run the restore again`);
  }
  const problem = stateProblem(json);
  if (problem !== undefined) throw new Error(`${path} is not a restore staging state (${problem}); remove ${jobDir} and run the restore again`);
  return json as StagingState;
}

/** Replaces the state document atomically (temp file + rename): a crash leaves the old or the new one. */
export async function writeStagingState(jobDir: string, state: StagingState): Promise<void> {
  const path = join(jobDir, STATE_FILE);
  const tmp = join(jobDir, `.${STATE_FILE}.${randomBytes(6).toString('hex')}`);
  try {
    await writeFile(tmp, JSON.stringify(state, null, 2) + '\n', { flag: 'wx' });
    await rename(tmp, path);
  } finally {
    await rm(tmp, { force: true });
  }
}

/**
 * Removes the staging directories of other jobs: one cluster job runs at a time, so anything another
 * job left (an aborted or failed restore) is stale and only takes disk space. Returns what was removed.
 */
export async function removeStaleStaging(dataDirectories: readonly string[], currentJobId: string): Promise<string[]> {
  const root = stagingRoot(dataDirectories);
  let names: string[];
  try {
    names = await readdir(root);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const removed: string[] = [];
  for (const name of names) {
    if (name === currentJobId) continue;
    await rm(join(root, name), { recursive: true, force: true });
    removed.push(join(root, name));
  }
  return removed;
}
