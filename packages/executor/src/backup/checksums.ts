// SHA-256 of every file a backup takes. Reading a node's whole data set just to learn checksums it
// already knew would double the cost of every backup, so a file this node's previous backup recorded
// (same table directory, same name, same size, and not written since that backup's snapshot) reuses
// the recorded SHA-256. Everything else is hashed here. A reused checksum is still safe: S3/local
// uploads verify the bytes against it while streaming, and the key is content-addressed.
import { forEachLimited, hashFile, type NodeManifest } from '@cassandra-mesos/backup-storage';
import type { BackupFile } from './files';

export interface HashedFile extends BackupFile {
  readonly sha256: string;
  /** The checksum came from the previous node manifest (the file was not read). */
  readonly reused: boolean;
}

export interface KnownChecksums {
  /** SHA-256 recorded for this file by an earlier backup, or undefined. */
  lookup(file: BackupFile): string | undefined;
  readonly size: number;
}

/**
 * The checksums an earlier node manifest can vouch for. `snapshotAtMs` is when that backup's snapshot
 * was taken: a file modified after it is not the file that backup read (Cassandra can reuse an SSTable
 * name after a TRUNCATE), so its checksum is not reused.
 */
export function knownChecksums(previous: readonly NodeManifest[]): KnownChecksums {
  const known = new Map<string, { sha256: string; snapshotAtMs: number }>();
  for (const manifest of previous) {
    const snapshotAtMs = Date.parse(manifest.snapshotAt);
    for (const f of manifest.files) {
      const id = identity(f.keyspace, f.tableId, f.fileName, f.size);
      const existing = known.get(id);
      if (existing === undefined || existing.snapshotAtMs < snapshotAtMs) known.set(id, { sha256: f.sha256, snapshotAtMs });
    }
  }
  return {
    lookup(file) {
      const entry = known.get(identity(file.keyspace, file.tableId, file.fileName, file.size));
      return entry !== undefined && file.mtimeMs <= entry.snapshotAtMs ? entry.sha256 : undefined;
    },
    size: known.size,
  };
}

function identity(keyspace: string, tableId: string, fileName: string, size: number): string {
  return `${keyspace}/${tableId}/${fileName}/${size}`;
}

export interface HashOptions {
  readonly concurrency: number;
  readonly signal: AbortSignal;
  /** Called after each file that had to be read, with its size. */
  readonly onHashed?: (bytes: number) => void;
  /** For tests: how a file is hashed. */
  readonly hash?: (path: string) => Promise<{ size: number; sha256: string }>;
}

/** Every file with its SHA-256, reusing known ones; stops (also mid-file) when `signal` fires. */
export async function checksumFiles(files: readonly BackupFile[], known: KnownChecksums, options: HashOptions): Promise<HashedFile[]> {
  // The signal also stops a file being hashed (an SSTable can take minutes to read).
  const hash = options.hash ?? ((path: string) => hashFile(path, options.signal));
  const out: HashedFile[] = new Array<HashedFile>(files.length);
  const one = async (file: BackupFile): Promise<HashedFile> => {
    const reused = known.lookup(file);
    if (reused !== undefined) return { ...file, sha256: reused, reused: true };
    let facts;
    try {
      facts = await hash(file.path);
    } catch (err) {
      // Cut off by an abort: the same failure as an abort between files.
      if (options.signal.aborted) throw options.signal.reason as Error;
      throw new Error(`cannot read ${file.keyspace}.${file.table} file ${file.fileName} (${file.path}) to checksum it: ${(err as Error).message}`);
    }
    if (facts.size !== file.size) {
      throw new Error(`${file.keyspace}.${file.table} file ${file.fileName} changed size while it was read (${file.size} → ${facts.size} bytes); snapshot files must not change, retry the backup`);
    }
    options.onHashed?.(facts.size);
    return { ...file, sha256: facts.sha256, reused: false };
  };
  await forEachLimited(files, options.concurrency, async (file, index) => {
    out[index] = await one(file);
  }, options.signal);
  return out;
}
