// Snapshots: take and clear over JMX; listing from the node's data directories.
//
// Listing does not use StorageService.getSnapshotDetails: with Jolokia 2.6.0 its answer is cut off
// mid-JSON as soon as one snapshot has no TTL (a null index value in the TabularData), and its sizes
// are human-readable strings anyway. The data directories come from JMX; the snapshot directories
// (<data>/<ks>/<table>-<id>/snapshots/<tag>/) and their manifest.json are read from disk, which the
// executor — running beside its Cassandra — can do. This also lists snapshots of dropped tables.
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dialect } from './dialect';
import type { CallOptions, JmxClient } from './jmx-client';
import { assertIdentifier, snapshotEntity, STORAGE_SERVICE } from './names';
import { expectStringArray } from './values';

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}$/;
const DURATION = /^\d+(ms|s|m|h|d)$/;

/** Throws a TypeError unless `tag` is a safe snapshot tag (letters, digits, _ . -; no path separators). */
export function assertSnapshotTag(tag: string): string {
  if (!TAG.test(tag))
    throw new TypeError(
      `invalid snapshot tag ${JSON.stringify(tag)}: use letters, digits, _ . - (not starting with . or -)`,
    );
  return tag;
}

export interface TakeSnapshotOptions {
  /** Keyspace names and/or "keyspace.table" entities; empty or absent = every keyspace. */
  readonly entities?: readonly string[];
  /** Do not flush memtables first (default false). */
  readonly skipFlush?: boolean;
  /** Expire the snapshot after this Cassandra duration, e.g. "1h", "90m", "2d" (Cassandra 4.1+; at least 1 minute). */
  readonly ttl?: string;
}

export async function takeSnapshot(
  client: JmxClient,
  dialect: Dialect,
  tag: string,
  options: TakeSnapshotOptions = {},
  call?: CallOptions,
): Promise<void> {
  assertSnapshotTag(tag);
  const entities = (options.entities ?? []).map(snapshotEntity);
  if (options.ttl !== undefined && !DURATION.test(options.ttl))
    throw new TypeError(
      `invalid snapshot ttl ${JSON.stringify(options.ttl)}: expected e.g. "30m", "1h", "2d"`,
    );
  await client.request(
    'takeSnapshot',
    dialect.takeSnapshot(
      tag,
      { skipFlush: options.skipFlush ?? false, ...(options.ttl === undefined ? {} : { ttl: options.ttl }) },
      entities,
    ),
    call,
  );
}

export interface ClearSnapshotOptions {
  /** Only these keyspaces; empty or absent = every keyspace. */
  readonly keyspaces?: readonly string[];
}

/** Removes the snapshot `tag` (a tag is required: clearing every snapshot is not offered by accident). */
export async function clearSnapshot(
  client: JmxClient,
  dialect: Dialect,
  tag: string,
  options: ClearSnapshotOptions = {},
  call?: CallOptions,
): Promise<void> {
  assertSnapshotTag(tag);
  const keyspaces = (options.keyspaces ?? []).map((k) => assertIdentifier('keyspace', k));
  await client.request('clearSnapshot', dialect.clearSnapshot(tag, keyspaces), call);
}

export interface SnapshotFile {
  /** Path relative to the table's snapshot directory (secondary index files are under ".<index>/"). */
  readonly name: string;
  readonly sizeBytes: number;
}

export interface TableSnapshot {
  readonly keyspace: string;
  readonly table: string;
  /** Table id as in the directory name (32 hex digits), when present. */
  readonly tableId?: string;
  /** The snapshot directory: <data>/<ks>/<table>-<id>/snapshots/<tag> */
  readonly directory: string;
  readonly files: readonly SnapshotFile[];
  /** All files of the snapshot. */
  readonly sizeBytes: number;
  /** Files that are not hard links of the table's live SSTables (what the snapshot really costs). */
  readonly trueSizeBytes: number;
  /** From manifest.json, when present. */
  readonly createdAt?: string;
  readonly expiresAt?: string;
  readonly ephemeral?: boolean;
}

export interface SnapshotInfo {
  readonly tag: string;
  readonly tables: readonly TableSnapshot[];
  readonly sizeBytes: number;
  readonly trueSizeBytes: number;
  /** Earliest creation time of its tables, when known. */
  readonly createdAt?: string;
  /** Expiry (TTL snapshots), when known. */
  readonly expiresAt?: string;
}

export interface ListSnapshotsOptions {
  /** Only this tag. */
  readonly tag?: string;
  /** Only these keyspaces. */
  readonly keyspaces?: readonly string[];
}

async function entries(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR')
      return [];
    throw e;
  }
}

async function sameInode(a: { dev: number; ino: number }, path: string): Promise<boolean> {
  try {
    const s = await stat(path);
    return s.dev === a.dev && s.ino === a.ino;
  } catch {
    return false;
  }
}

/** Files of a snapshot directory, recursively, with their sizes and whether each is a live SSTable's hard link. */
async function snapshotFiles(
  snapshotDir: string,
  tableDir: string,
  relative = '',
): Promise<Array<SnapshotFile & { live: boolean }>> {
  const out: Array<SnapshotFile & { live: boolean }> = [];
  for (const e of await entries(join(snapshotDir, relative))) {
    const name = relative === '' ? e.name : `${relative}/${e.name}`;
    if (e.isDirectory()) {
      out.push(...(await snapshotFiles(snapshotDir, tableDir, name)));
    } else if (e.isFile()) {
      const s = await stat(join(snapshotDir, name));
      out.push({ name, sizeBytes: s.size, live: await sameInode(s, join(tableDir, name)) });
    }
  }
  return out;
}

async function readManifest(
  dir: string,
): Promise<{ createdAt?: string; expiresAt?: string; ephemeral?: boolean }> {
  let raw: string;
  try {
    raw = await readFile(join(dir, 'manifest.json'), 'utf8');
  } catch {
    return {};
  }
  try {
    const m = JSON.parse(raw) as { created_at?: unknown; expires_at?: unknown; ephemeral?: unknown };
    return {
      ...(typeof m.created_at === 'string' ? { createdAt: m.created_at } : {}),
      ...(typeof m.expires_at === 'string' ? { expiresAt: m.expires_at } : {}),
      ...(typeof m.ephemeral === 'boolean' ? { ephemeral: m.ephemeral } : {}),
    };
  } catch {
    return {};
  }
}

function splitTableDir(name: string): { table: string; tableId?: string } {
  const m = /^(.+)-([0-9a-f]{32})$/.exec(name);
  return m?.[1] !== undefined && m[2] !== undefined ? { table: m[1], tableId: m[2] } : { table: name };
}

/** Snapshots found under the given data directories (pure file-system part of listSnapshots). */
export async function scanSnapshots(
  dataDirs: readonly string[],
  options: ListSnapshotsOptions = {},
): Promise<SnapshotInfo[]> {
  if (options.tag !== undefined) assertSnapshotTag(options.tag);
  const onlyKeyspaces = options.keyspaces?.map((k) => assertIdentifier('keyspace', k));
  const byTag = new Map<string, TableSnapshot[]>();
  for (const dataDir of new Set(dataDirs)) {
    for (const ks of await entries(dataDir)) {
      if (!ks.isDirectory() || (onlyKeyspaces !== undefined && !onlyKeyspaces.includes(ks.name))) continue;
      for (const t of await entries(join(dataDir, ks.name))) {
        if (!t.isDirectory()) continue;
        const tableDir = join(dataDir, ks.name, t.name);
        for (const snap of await entries(join(tableDir, 'snapshots'))) {
          if (!snap.isDirectory() || (options.tag !== undefined && snap.name !== options.tag)) continue;
          const directory = join(tableDir, 'snapshots', snap.name);
          const files = await snapshotFiles(directory, tableDir);
          const table: TableSnapshot = {
            keyspace: ks.name,
            ...splitTableDir(t.name),
            directory,
            files: files
              .map(({ name, sizeBytes }) => ({ name, sizeBytes }))
              .sort((a, b) => a.name.localeCompare(b.name)),
            sizeBytes: files.reduce((n, f) => n + f.sizeBytes, 0),
            trueSizeBytes: files.reduce((n, f) => n + (f.live ? 0 : f.sizeBytes), 0),
            ...(await readManifest(directory)),
          };
          byTag.set(snap.name, [...(byTag.get(snap.name) ?? []), table]);
        }
      }
    }
  }
  return [...byTag.entries()]
    .map(([tag, tables]): SnapshotInfo => {
      const created = tables
        .map((t) => t.createdAt)
        .filter((x): x is string => x !== undefined)
        .sort();
      const expires = tables
        .map((t) => t.expiresAt)
        .filter((x): x is string => x !== undefined)
        .sort();
      const sorted = [...tables].sort(
        (a, b) =>
          a.keyspace.localeCompare(b.keyspace) ||
          a.table.localeCompare(b.table) ||
          a.directory.localeCompare(b.directory),
      );
      return {
        tag,
        tables: sorted,
        sizeBytes: tables.reduce((n, t) => n + t.sizeBytes, 0),
        trueSizeBytes: tables.reduce((n, t) => n + t.trueSizeBytes, 0),
        ...(created[0] === undefined ? {} : { createdAt: created[0] }),
        ...(expires[0] === undefined ? {} : { expiresAt: expires[0] }),
      };
    })
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/** Every snapshot on the node (data directories from JMX, snapshot directories from disk). */
export async function listSnapshots(
  client: JmxClient,
  options: ListSnapshotsOptions = {},
  call?: CallOptions,
): Promise<SnapshotInfo[]> {
  const op = 'listSnapshots';
  const [data, localSystem] = await client.bulk(
    op,
    [
      { type: 'read', mbean: STORAGE_SERVICE, attribute: 'AllDataFileLocations' },
      { type: 'read', mbean: STORAGE_SERVICE, attribute: 'LocalSystemKeyspacesDataFileLocations' },
    ],
    call,
  );
  if (data === undefined || !data.ok) throw data?.error ?? new Error('no answer for AllDataFileLocations');
  const dirs = expectStringArray(client.context(op), 'AllDataFileLocations', data.value);
  // Older releases have no separate local-system directories.
  if (localSystem?.ok === true)
    dirs.push(
      ...expectStringArray(client.context(op), 'LocalSystemKeyspacesDataFileLocations', localSystem.value),
    );
  return scanSnapshots(dirs, options);
}
