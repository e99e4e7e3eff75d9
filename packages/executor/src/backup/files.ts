// The files a backup takes, read straight from Cassandra's data directories (the executor runs
// beside its node):
//
//   <data>/<keyspace>/<table>-<id>/snapshots/<tag>/   a snapshot (hard links of the SSTables at that moment)
//   <data>/<keyspace>/<table>-<id>/backups/           incremental_backups: a hard link of every flushed SSTable
//
// Only SSTable components are taken. A snapshot's manifest.json and schema.cql are Cassandra's
// bookkeeping (the node manifest carries the schema from DESCRIBE instead); files of legacy secondary
// indexes (hidden ".<index>/" subdirectories) are left out because import rebuilds those indexes.
import type { Dirent } from 'node:fs';
import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** One file a backup uploads. */
export interface BackupFile {
  readonly keyspace: string;
  readonly table: string;
  /** The table's directory name, `<table>-<32 hex id>`: what the node manifest calls the table id. */
  readonly tableId: string;
  readonly fileName: string;
  /** Absolute path of the file (in the snapshot or backups directory). */
  readonly path: string;
  readonly size: number;
  /** Last modification of the file's inode: when Cassandra wrote the SSTable (hard links share it). */
  readonly mtimeMs: number;
  /** From backups/ (incremental_backups) rather than a snapshot. */
  readonly incremental: boolean;
}

export interface TableSelection {
  readonly keyspaces: readonly string[];
  /** Empty = every table of the keyspaces. */
  readonly tables: readonly string[];
}

/** Cassandra's own files in a snapshot directory: not SSTable components. */
const SNAPSHOT_BOOKKEEPING = new Set(['manifest.json', 'schema.cql']);
const TABLE_DIR = /^([A-Za-z0-9_]+)-([0-9a-f]{32})$/;

export interface FileListing {
  readonly files: readonly BackupFile[];
  /** Paths left out (legacy secondary-index files), for the log. */
  readonly skipped: readonly string[];
}

/** The files of snapshot `tag` of the selected tables, from every data directory. */
export async function listSnapshotFiles(dataDirectories: readonly string[], tag: string, selection: TableSelection): Promise<FileListing> {
  if (tag.includes('/') || tag.startsWith('.')) throw new Error(`snapshot tag ${JSON.stringify(tag)} cannot name a directory`);
  return listTableFiles(dataDirectories, selection, (tableDir) => join(tableDir, 'snapshots', tag), false);
}

/** The files of the selected tables' backups/ directories (Cassandra's incremental_backups). */
export function listIncrementalFiles(dataDirectories: readonly string[], selection: TableSelection): Promise<FileListing> {
  return listTableFiles(dataDirectories, selection, (tableDir) => join(tableDir, 'backups'), true);
}

async function listTableFiles(dataDirectories: readonly string[], selection: TableSelection, sourceDir: (tableDir: string) => string, incremental: boolean): Promise<FileListing> {
  const files: BackupFile[] = [];
  const skipped: string[] = [];
  for (const dataDir of new Set(dataDirectories)) {
    for (const keyspace of selection.keyspaces) {
      for (const entry of await entries(join(dataDir, keyspace))) {
        const match = TABLE_DIR.exec(entry.name);
        if (!entry.isDirectory() || !match?.[1]) continue;
        const table = match[1];
        if (selection.tables.length > 0 && !selection.tables.includes(table)) continue;
        const dir = sourceDir(join(dataDir, keyspace, entry.name));
        for (const file of await entries(dir)) {
          const path = join(dir, file.name);
          if (file.isDirectory()) {
            skipped.push(path);
            continue;
          }
          if (!file.isFile() || SNAPSHOT_BOOKKEEPING.has(file.name) || file.name.startsWith('.')) continue;
          const st = await stat(path);
          files.push({ keyspace, table, tableId: entry.name, fileName: file.name, path, size: st.size, mtimeMs: st.mtimeMs, incremental });
        }
      }
    }
  }
  files.sort((a, b) => a.keyspace.localeCompare(b.keyspace) || a.tableId.localeCompare(b.tableId) || a.fileName.localeCompare(b.fileName));
  assertNoDuplicates(files);
  return { files, skipped };
}

/** Two data directories holding the same table file would collide in storage: refuse rather than lose one. */
function assertNoDuplicates(files: readonly BackupFile[]): void {
  const seen = new Map<string, string>();
  for (const f of files) {
    const id = `${f.keyspace}/${f.tableId}/${f.fileName}`;
    const other = seen.get(id);
    if (other !== undefined) throw new Error(`table ${f.keyspace}.${f.table} has file ${f.fileName} twice (${other} and ${f.path}); Cassandra never writes that, check the data directories`);
    seen.set(id, f.path);
  }
}

/**
 * After a snapshot backup: removes the backups/ hard links of the SSTables the snapshot holds (same
 * table, same file name), so the next incremental backup lists only what was flushed after it. The
 * data itself stays (the live SSTable and the snapshot are other links to it). Returns how many.
 */
export async function pruneIncrementalLinks(dataDirectories: readonly string[], snapshotFiles: readonly BackupFile[]): Promise<number> {
  const byTableDir = new Map<string, Set<string>>();
  for (const f of snapshotFiles) {
    const names = byTableDir.get(`${f.keyspace}/${f.tableId}`) ?? new Set<string>();
    names.add(f.fileName);
    byTableDir.set(`${f.keyspace}/${f.tableId}`, names);
  }
  let removed = 0;
  for (const dataDir of new Set(dataDirectories)) {
    for (const [tableDir, names] of byTableDir) {
      const backupsDir = join(dataDir, ...tableDir.split('/'), 'backups');
      for (const entry of await entries(backupsDir)) {
        if (!entry.isFile() || !names.has(entry.name)) continue;
        try {
          await unlink(join(backupsDir, entry.name));
          removed++;
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        }
      }
    }
  }
  return removed;
}

async function entries(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw err;
  }
}
