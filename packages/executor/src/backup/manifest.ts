// The node manifest: the last thing a backup part writes. Without it the node's files are not a backup
// (nothing lists or restores them), so it is written only after every file was uploaded and verified.
import { describeSchemaError, NodeManifestSchema, type ManifestFile, type NodeManifest } from '@cassandra-mesos/backup-storage';
import type { DataJobStorage } from '../data-jobs/context';
import type { HashedFile } from './checksums';
import type { NodeFacts } from './node-facts';

export interface ManifestInput {
  readonly cluster: string;
  readonly backupName: string;
  readonly nodeId: string;
  readonly facts: NodeFacts;
  readonly schemaCql: Readonly<Record<string, string>>;
  readonly snapshotAtMs: number;
  readonly completedAtMs: number;
  /** Files this backup stored, with their keys. */
  readonly files: readonly (HashedFile & { readonly key: string })[];
  /** INCREMENTAL: the base backup's name and its files (kept as the base recorded them). */
  readonly base?: { readonly name: string; readonly files: readonly ManifestFile[] };
}

export function buildNodeManifest(input: ManifestInput): NodeManifest {
  const incremental = input.base !== undefined;
  const own: ManifestFile[] = input.files.map((f) => ({
    key: f.key,
    keyspace: f.keyspace,
    table: f.table,
    tableId: f.tableId,
    fileName: f.fileName,
    size: f.size,
    sha256: f.sha256,
    // Only an incremental backup marks its files; absent means "a snapshot file".
    ...(incremental ? { incremental: f.incremental } : {}),
  }));
  const base = (input.base?.files ?? []).map((f) => ({ ...f, incremental: f.incremental ?? false }));
  const manifest: NodeManifest = {
    formatVersion: 1,
    cluster: input.cluster,
    backupName: input.backupName,
    nodeId: input.nodeId,
    hostId: input.facts.hostId,
    datacenter: input.facts.datacenter,
    rack: input.facts.rack,
    cassandraVersion: input.facts.cassandraVersion,
    tokens: [...input.facts.tokens],
    snapshotAt: new Date(input.snapshotAtMs).toISOString(),
    completedAt: new Date(input.completedAtMs).toISOString(),
    schemaCql: { ...input.schemaCql },
    files: [...base, ...own],
    ...(input.base ? { baseBackup: input.base.name } : {}),
  };
  const parsed = NodeManifestSchema.safeParse(manifest);
  if (!parsed.success) throw new Error(describeSchemaError(`the node manifest of ${input.nodeId} for backup ${input.backupName} would be invalid`, parsed.error));
  return parsed.data;
}

/** Writes the manifest and reads back what the storage recorded: its key and the SHA-256 of the stored document. */
export async function writeNodeManifestTo(target: DataJobStorage, manifest: NodeManifest): Promise<{ key: string; sha256: string }> {
  const key = target.nodeManifestKey(manifest.backupName, manifest.nodeId);
  try {
    await target.storage.putJson(key, manifest);
  } catch (err) {
    throw new Error(`writing the node manifest ${key} failed: ${(err as Error).message}`);
  }
  const stored = await target.storage.head(key);
  if (stored?.sha256 === undefined) throw new Error(`the node manifest ${key} is not in ${target.storage.describe()} right after it was written (or has no recorded SHA-256)`);
  return { key, sha256: stored.sha256 };
}
