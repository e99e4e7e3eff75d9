// Which files of a node manifest a restore brings back: the requested keyspaces and tables, without
// the incremental files when snapshot_only. Pure; every problem is found here, before a byte moves.
import type { ManifestFile, NodeManifest } from '@cassandra-mesos/backup-storage';
import { parseSchemaCql, type SchemaStatement } from './schema-cql';

/**
 * Cassandra's own keyspaces: never restored by default, and the node-local ones never at all (their
 * content is the node's identity and the cluster's schema, which a restore must not overwrite).
 */
const LOCAL_SYSTEM_KEYSPACES = ['system', 'system_schema', 'system_views', 'system_virtual_schema'];
const REPLICATED_SYSTEM_KEYSPACES = ['system_auth', 'system_distributed', 'system_traces', 'system_cluster_metadata'];

export interface RestoreFilter {
  /** Empty = every non-system keyspace of the backup. */
  readonly keyspaces: readonly string[];
  /** Empty = every table; a plain name applies to each selected keyspace, `ks.table` to one. */
  readonly tables: readonly string[];
  /** Leave out the files of Cassandra's incremental_backups. */
  readonly snapshotOnly: boolean;
}

export interface RestoreTable {
  readonly keyspace: string;
  readonly table: string;
  /** The table directory name in the backup, `<table>-<32 hex id>`; undefined for a table without files. */
  readonly tableDir: string | undefined;
  /** True for a materialized view: it is not truncated (Cassandra refuses that) but its files are restored. */
  readonly view: boolean;
  readonly files: readonly ManifestFile[];
  readonly bytes: number;
}

export interface RestoreSelection {
  readonly keyspaces: readonly string[];
  /** Sorted by keyspace, then table. Tables the schema lists but that had no data are included with no files. */
  readonly tables: readonly RestoreTable[];
  readonly files: number;
  readonly bytes: number;
  /** snapshot_only: what was left out. */
  readonly incrementalLeftOut: { readonly files: number; readonly bytes: number };
  /** Parsed schema CQL of each selected keyspace (empty when the manifest carries none). */
  readonly schema: ReadonlyMap<string, readonly SchemaStatement[]>;
}

const TABLE_DIR = /^(.+)-([0-9a-f]{32})$/;
const SAFE_FILE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._=+-]*$/;

/** `<table>-<id>` → the 32-hex table id, or undefined if the name is not shaped so. */
export function tableIdOfDir(tableDir: string): string | undefined {
  return TABLE_DIR.exec(tableDir)?.[2];
}

/** Selects the files to restore; throws an Error saying exactly which name or file is the problem. */
export function selectRestoreFiles(manifest: NodeManifest, filter: RestoreFilter): RestoreSelection {
  const where = `backup ${manifest.backupName} of node ${manifest.nodeId} (cluster ${manifest.cluster})`;
  const inBackup = [...new Set([...Object.keys(manifest.schemaCql), ...manifest.files.map((f) => f.keyspace)])].sort();
  const keyspaces = chooseKeyspaces(inBackup, filter.keyspaces, where);

  const schema = new Map<string, readonly SchemaStatement[]>();
  for (const ks of keyspaces) {
    const cql = manifest.schemaCql[ks];
    if (cql === undefined) continue;
    try {
      schema.set(ks, parseSchemaCql(ks, cql).statements);
    } catch (error) {
      throw new Error(`the schema CQL of keyspace ${ks} in ${where} cannot be read: ${(error as Error).message}`);
    }
  }

  const wanted = tableFilter(filter.tables, keyspaces, manifest, schema, where);
  const byTable = new Map<string, { keyspace: string; table: string; view: boolean; files: Map<string, ManifestFile>; dirs: Set<string> }>();
  const entry = (keyspace: string, table: string, view: boolean) => {
    const key = `${keyspace}.${table}`;
    let e = byTable.get(key);
    if (e === undefined) byTable.set(key, (e = { keyspace, table, view, files: new Map(), dirs: new Set() }));
    return e;
  };
  for (const [ks, statements] of schema) {
    for (const s of statements) if ((s.kind === 'table' || s.kind === 'view') && s.keyspace === ks && wanted(ks, s.name)) entry(ks, s.name, s.kind === 'view');
  }
  const isView = (ks: string, table: string) => schema.get(ks)?.some((s) => s.kind === 'view' && s.keyspace === ks && s.name === table) === true;

  let leftOutFiles = 0;
  let leftOutBytes = 0;
  for (const file of manifest.files) {
    if (!keyspaces.includes(file.keyspace) || !wanted(file.keyspace, file.table)) continue;
    if (filter.snapshotOnly && file.incremental === true) {
      leftOutFiles++;
      leftOutBytes += file.size;
      continue;
    }
    checkFile(file, where);
    const e = entry(file.keyspace, file.table, isView(file.keyspace, file.table));
    e.dirs.add(file.tableId);
    const same = e.files.get(file.fileName);
    if (same === undefined) e.files.set(file.fileName, file);
    else if (same.sha256 !== file.sha256 || same.size !== file.size) {
      throw new Error(
        `${where} lists ${file.keyspace}.${file.table} file ${file.fileName} twice with different content ` +
          `(${same.size} bytes sha256 ${same.sha256} under '${same.key}', ${file.size} bytes sha256 ${file.sha256} under '${file.key}'); the manifest is inconsistent, restore from another backup`,
      );
    }
  }

  const tables: RestoreTable[] = [...byTable.values()]
    .map((e) => {
      if (e.dirs.size > 1) {
        throw new Error(
          `${where} has files of ${e.keyspace}.${e.table} from ${e.dirs.size} table directories (${[...e.dirs].sort().join(', ')}): ` +
            'the table was dropped and re-created between the base backup and its increments; restore with snapshot_only or from a newer full backup',
        );
      }
      const files = [...e.files.values()].sort((a, b) => a.fileName.localeCompare(b.fileName));
      return { keyspace: e.keyspace, table: e.table, tableDir: [...e.dirs][0], view: e.view, files, bytes: files.reduce((n, f) => n + f.size, 0) };
    })
    .sort((a, b) => a.keyspace.localeCompare(b.keyspace) || a.table.localeCompare(b.table));

  return {
    keyspaces,
    tables,
    files: tables.reduce((n, t) => n + t.files.length, 0),
    bytes: tables.reduce((n, t) => n + t.bytes, 0),
    incrementalLeftOut: { files: leftOutFiles, bytes: leftOutBytes },
    schema,
  };
}

function chooseKeyspaces(inBackup: readonly string[], requested: readonly string[], where: string): string[] {
  if (requested.length === 0) return inBackup.filter((k) => !LOCAL_SYSTEM_KEYSPACES.includes(k) && !REPLICATED_SYSTEM_KEYSPACES.includes(k));
  const local = requested.filter((k) => LOCAL_SYSTEM_KEYSPACES.includes(k));
  if (local.length > 0) throw new Error(`keyspace ${local.join(', ')} cannot be restored: it holds this node's identity and the cluster schema (restore_schema recreates user schemas instead)`);
  const missing = requested.filter((k) => !inBackup.includes(k));
  if (missing.length > 0) {
    const has = inBackup.length === 0 ? 'it holds no keyspaces' : `it holds: ${inBackup.join(', ')}`;
    throw new Error(`keyspace ${missing.map((k) => JSON.stringify(k)).join(', ')} is not in ${where} (${has})`);
  }
  return [...new Set(requested)].sort();
}

/** The tables filter as a predicate; a requested table that no selected keyspace of the backup has is an error. */
function tableFilter(
  requested: readonly string[],
  keyspaces: readonly string[],
  manifest: NodeManifest,
  schema: ReadonlyMap<string, readonly SchemaStatement[]>,
  where: string,
): (keyspace: string, table: string) => boolean {
  if (requested.length === 0) return () => true;
  const known = new Set<string>();
  for (const f of manifest.files) known.add(`${f.keyspace}.${f.table}`);
  for (const [ks, statements] of schema) for (const s of statements) if (s.kind === 'table' || s.kind === 'view') known.add(`${ks}.${s.name}`);
  const matches = (wanted: string, keyspace: string, table: string) => (wanted.includes('.') ? wanted === `${keyspace}.${table}` : wanted === table);
  const missing = requested.filter((w) => !keyspaces.some((ks) => [...known].some((k) => k.startsWith(`${ks}.`) && matches(w, ks, k.slice(ks.length + 1)))));
  if (missing.length > 0) {
    const has = [...known].filter((k) => keyspaces.some((ks) => k.startsWith(`${ks}.`))).sort();
    throw new Error(`table ${missing.map((t) => JSON.stringify(t)).join(', ')} is not in ${where} for keyspace ${keyspaces.join(', ')} (tables: ${has.join(', ') || 'none'})`);
  }
  return (keyspace, table) => requested.some((w) => matches(w, keyspace, table));
}

function checkFile(file: ManifestFile, where: string): void {
  const problem = !SAFE_FILE_NAME.test(file.fileName)
    ? 'its file name is not a plain file name'
    : tableIdOfDir(file.tableId) === undefined
      ? `its table directory ${JSON.stringify(file.tableId)} is not <table>-<32 hex id>`
      : !file.tableId.startsWith(`${file.table}-`)
        ? `its table directory ${file.tableId} does not belong to table ${file.table}`
        : undefined;
  if (problem !== undefined) throw new Error(`${where} lists ${file.keyspace}.${file.table} file ${JSON.stringify(file.fileName)} ('${file.key}'), but ${problem}`);
}
