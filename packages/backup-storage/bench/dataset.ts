// The bench dataset: files laid out like a Cassandra snapshot
// (<data>/<keyspace>/<table>-<id>/snapshots/<tag>/<sstable component>), either generated (random,
// incompressible bytes, like compressed SSTables) or taken from a real node (cassandra-dataset.ts).
import { createHash, randomFill } from 'node:crypto';
import { mkdir, open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** crypto.randomFill off the main thread (libuv pool), so filling a chunk never blocks the event loop. */
function fillRandom(buffer: Buffer): Promise<void> {
  return new Promise((resolve, reject) => randomFill(buffer, (err) => (err === null ? resolve() : reject(err))));
}

/** One file of a snapshot, as the executor lists it before a backup. */
export interface SnapshotFile {
  readonly localPath: string;
  /** Path below the data directory, '/'-separated: names the same file in every restore directory. */
  readonly relPath: string;
  readonly keyspace: string;
  readonly table: string;
  /** Cassandra's table directory name, `<table>-<32 hex>`. */
  readonly tableId: string;
  readonly fileName: string;
  readonly size: number;
}

export interface PlannedFile {
  readonly keyspace: string;
  readonly table: string;
  readonly tableId: string;
  readonly fileName: string;
  readonly size: number;
  /** Data and index components are random (incompressible, like LZ4-compressed SSTables); TOC/Digest are short text. */
  readonly text?: string;
}

// Six tables of unequal size in two keyspaces, each with three SSTables of size-tiered sizes: some
// Data.db files span many multipart parts, some are below one part, as on a real node.
const TABLES: readonly { keyspace: string; table: string; share: number }[] = [
  { keyspace: 'bench_metrics', table: 'events', share: 0.35 },
  { keyspace: 'bench_metrics', table: 'rollups_hourly', share: 0.12 },
  { keyspace: 'bench_metrics', table: 'rollups_daily', share: 0.08 },
  { keyspace: 'bench_shop', table: 'orders', share: 0.2 },
  { keyspace: 'bench_shop', table: 'customers', share: 0.15 },
  { keyspace: 'bench_shop', table: 'sessions', share: 0.1 },
];
const SSTABLES: readonly { generation: number; share: number }[] = [
  { generation: 3, share: 0.6 },
  { generation: 7, share: 0.3 },
  { generation: 12, share: 0.1 },
];
const COMPONENTS_IN_TOC = ['Data.db', 'Index.db', 'Summary.db', 'Filter.db', 'Statistics.db', 'CompressionInfo.db', 'TOC.txt', 'Digest.crc32'];
/** Cassandra 5's default chunk_length_in_kb: CompressionInfo.db holds one 8-byte offset per chunk. */
const COMPRESSION_CHUNK = 16 * 1024;

/**
 * The files of a synthetic snapshot whose Data.db files add up to exactly `dataBytes` (the small
 * components come on top, about 2.5 %). Pure and deterministic, so the shape is the same every run.
 */
export function planSnapshotDataset(dataBytes: number): PlannedFile[] {
  if (!Number.isSafeInteger(dataBytes) || dataBytes < 1024 * 1024) throw new RangeError(`dataset size must be at least 1 MiB, got ${dataBytes} bytes`);
  const files: PlannedFile[] = [];
  let dataLeft = dataBytes;
  TABLES.forEach((t, ti) => {
    const tableId = `${t.table}-${createHash('md5').update(`${t.keyspace}.${t.table}`).digest('hex')}`;
    SSTABLES.forEach((s, si) => {
      const last = ti === TABLES.length - 1 && si === SSTABLES.length - 1;
      // The last Data.db takes the rounding remainder so the total is exact.
      const data = last ? dataLeft : Math.round(dataBytes * t.share * s.share);
      dataLeft -= data;
      const name = (component: string): string => `nb-${s.generation}-big-${component}`;
      const add = (component: string, size: number, text?: string): void => {
        files.push({ keyspace: t.keyspace, table: t.table, tableId, fileName: name(component), size, ...(text === undefined ? {} : { text }) });
      };
      add('Data.db', data);
      add('Index.db', Math.max(4096, Math.round(data / 50)));
      add('Summary.db', Math.max(64, Math.round(data / 5000)));
      add('Filter.db', Math.max(16, Math.round(data / 800)));
      add('Statistics.db', 9_000 + si * 517);
      add('CompressionInfo.db', 40 + 8 * Math.ceil(data / COMPRESSION_CHUNK));
      const toc = COMPONENTS_IN_TOC.join('\n') + '\n';
      add('TOC.txt', Buffer.byteLength(toc), toc);
      const digest = String(Math.imul(data, 2654435761) >>> 0); // any CRC-looking decimal
      add('Digest.crc32', digest.length, digest);
    });
  });
  return files;
}

/** Writes the planned files under `dataDir` as snapshot `tag` and lists them back. */
export async function writeSnapshotDataset(dataDir: string, tag: string, plan: readonly PlannedFile[]): Promise<SnapshotFile[]> {
  // 4 MiB chunks of crypto-random bytes: generating 1 GiB takes about a second.
  const chunk = Buffer.allocUnsafe(4 * 1024 * 1024);
  for (const f of plan) {
    const dir = join(dataDir, f.keyspace, f.tableId, 'snapshots', tag);
    await mkdir(dir, { recursive: true });
    const handle = await open(join(dir, f.fileName), 'wx');
    try {
      if (f.text !== undefined) {
        await handle.writeFile(f.text, 'utf8');
        continue;
      }
      for (let left = f.size; left > 0; ) {
        const n = Math.min(left, chunk.length);
        await fillRandom(chunk);
        await handle.write(chunk, 0, n);
        left -= n;
      }
    } finally {
      await handle.close();
    }
  }
  return listSnapshotFiles(dataDir, tag);
}

/** Snapshot `tag`'s files under a Cassandra data directory (Cassandra's own manifest.json/schema.cql excluded, as the executor does). */
export async function listSnapshotFiles(dataDir: string, tag: string, keyspaces?: readonly string[]): Promise<SnapshotFile[]> {
  const files: SnapshotFile[] = [];
  const wanted = keyspaces === undefined ? undefined : new Set(keyspaces);
  for (const keyspace of (await readdir(dataDir)).sort()) {
    if (wanted !== undefined && !wanted.has(keyspace)) continue;
    const ksDir = join(dataDir, keyspace);
    if (!(await stat(ksDir)).isDirectory()) continue;
    for (const tableId of (await readdir(ksDir)).sort()) {
      const snapshotDir = join(ksDir, tableId, 'snapshots', tag);
      let names: string[];
      try {
        names = await readdir(snapshotDir);
      } catch {
        continue; // a table without this snapshot (e.g. no data flushed)
      }
      const table = tableId.replace(/-[0-9a-f]{32}$/, '');
      for (const fileName of names.sort()) {
        if (fileName === 'manifest.json' || fileName === 'schema.cql') continue;
        const localPath = join(snapshotDir, fileName);
        const st = await stat(localPath);
        if (!st.isFile()) continue;
        files.push({ localPath, relPath: `${keyspace}/${tableId}/snapshots/${tag}/${fileName}`, keyspace, table, tableId, fileName, size: st.size });
      }
    }
  }
  return files;
}

export function totalBytes(files: readonly { readonly size: number }[]): number {
  return files.reduce((sum, f) => sum + f.size, 0);
}
