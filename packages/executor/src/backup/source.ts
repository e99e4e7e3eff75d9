// Where a backup's files come from, per backup type:
//   NODE_SNAPSHOT       flush + snapshot tagged with the backup name (taken here, cleared after)
//   CLUSTER_CONSISTENT  the snapshot every node took under BackupOptions.snapshot_tag (cleared after)
//   snapshot_tag given  an existing snapshot of the operator's (used, left in place)
//   INCREMENTAL         flush, then the base backup's files + what incremental_backups wrote since
import { NotFoundError, type ManifestFile, type NodeManifest } from '@cassandra-mesos/backup-storage';
import { cassandra_mesos } from '@cassandra-mesos/model';
import type { DataJobDeps, DataJobJmx, DataJobSpec, DataJobStorage } from '../data-jobs/context';
import { listIncrementalFiles, listSnapshotFiles, type BackupFile, type TableSelection } from './files';

const { BackupType } = cassandra_mesos.v1;

/** Flush, snapshot and clear block on the node until done: generous, the job's timeout ends them first. */
export const LONG_CALL_TIMEOUT_MS = 6 * 3600_000;
const CLEAR_TIMEOUT_MS = 120_000;

export interface BackupSource {
  /** Files to upload. */
  readonly files: readonly BackupFile[];
  /** INCREMENTAL: the base backup's manifest entries of the selected tables (already stored). */
  readonly baseFiles: readonly ManifestFile[];
  readonly baseManifest: NodeManifest | undefined;
  /** When the data was captured (snapshot or flush). */
  readonly snapshotAtMs: number;
  /** What it is, for messages: "snapshot nightly-1", "incremental files since base b0". */
  readonly description: string;
  /** Paths left out (legacy secondary-index files). */
  readonly skipped: readonly string[];
  /**
   * A snapshot backup of the job's own: once it is complete, the backups/ links of its files go, so
   * the next incremental starts from it (as Cassy does). Not before: an incremental on the previous
   * base must still find them if this backup fails.
   */
  readonly pruneAfter: boolean;
}

/**
 * The snapshot a backup part must clear when it ends, whatever the outcome. `held` is set before the
 * snapshot is requested, so one that Cassandra made only partly before failing is cleared too.
 */
export class SnapshotLease {
  private held: { tag: string; keyspaces: readonly string[] } | undefined;

  constructor(private readonly jmx: DataJobJmx) {}

  hold(tag: string, keyspaces: readonly string[]): void {
    this.held = { tag, keyspaces };
  }

  get tag(): string | undefined {
    return this.held?.tag;
  }

  /** Clears the held snapshot (not cancellable: it must happen after an abort too). Returns the problem, if any. */
  async release(): Promise<string | undefined> {
    const held = this.held;
    if (!held) return undefined;
    this.held = undefined;
    try {
      await this.jmx.clearSnapshot(held.tag, { keyspaces: [...held.keyspaces] }, { timeoutMs: CLEAR_TIMEOUT_MS });
      return undefined;
    } catch (err) {
      return `snapshot ${held.tag} could not be cleared (${(err as Error).message}); clear it with nodetool clearsnapshot -t ${held.tag}`;
    }
  }
}

export async function prepareSource(
  spec: DataJobSpec,
  deps: Pick<DataJobDeps, 'dataDirectories' | 'clock' | 'log'>,
  jmx: DataJobJmx,
  target: DataJobStorage,
  selection: TableSelection,
  lease: SnapshotLease,
  signal: AbortSignal,
): Promise<BackupSource> {
  const { options } = spec;
  const call = { signal, timeoutMs: LONG_CALL_TIMEOUT_MS };
  if (options.backupType === BackupType.INCREMENTAL) {
    const base = await readBase(target, options.baseBackup, spec.nodeId);
    // What is still in the memtables belongs in this backup: flush it into incremental_backups files.
    for (const keyspace of selection.keyspaces) await jmx.flush(keyspace, [...selection.tables], call);
    const snapshotAtMs = deps.clock.now();
    const listing = await listIncrementalFiles(deps.dataDirectories, selection);
    const baseFiles = base.files.filter((f) => selection.keyspaces.includes(f.keyspace) && (selection.tables.length === 0 || selection.tables.includes(f.table)));
    // A backups/ link of a file the base already holds (backups/ not pruned after it) is not new.
    const inBase = new Set(baseFiles.map((f) => `${f.keyspace}/${f.tableId}/${f.fileName}/${f.size}`));
    const files = listing.files.filter((f) => !inBase.has(`${f.keyspace}/${f.tableId}/${f.fileName}/${f.size}`));
    return { files, baseFiles, baseManifest: base, snapshotAtMs, description: `incremental files since base backup ${options.baseBackup}`, skipped: listing.skipped, pruneAfter: false };
  }
  if (options.snapshotTag !== '') {
    const tag = options.snapshotTag;
    const existing = await jmx.listSnapshots({ tag, keyspaces: [...selection.keyspaces] }, { signal, timeoutMs: 60_000 });
    if (existing.length === 0 && selection.keyspaces.length > 0) {
      throw new Error(`snapshot ${tag} does not exist on ${spec.nodeId} for keyspaces ${selection.keyspaces.join(', ')}; the snapshot stage did not reach this node, start the backup again`);
    }
    // A consistent backup's snapshot belongs to the job: cleared after the upload. An operator's is kept.
    if (options.backupType === BackupType.CLUSTER_CONSISTENT) lease.hold(tag, selection.keyspaces);
    const listing = await listSnapshotFiles(deps.dataDirectories, tag, selection);
    const created = existing[0]?.createdAt;
    const snapshotAtMs = created !== undefined && !Number.isNaN(Date.parse(created)) ? Date.parse(created) : deps.clock.now();
    const pruneAfter = options.backupType === BackupType.CLUSTER_CONSISTENT;
    return { files: listing.files, baseFiles: [], baseManifest: undefined, snapshotAtMs, description: `snapshot ${tag}`, skipped: listing.skipped, pruneAfter };
  }
  const tag = options.backupName;
  if (selection.keyspaces.length > 0) {
    const leftover = await jmx.listSnapshots({ tag, keyspaces: [...selection.keyspaces] }, { signal, timeoutMs: 60_000 });
    if (leftover.length > 0) {
      // A failed earlier attempt of this very backup whose clear did not happen: Cassandra refuses a second snapshot under a tag.
      deps.log.warn({ tag }, 'clearing a snapshot left by an earlier attempt of this backup');
      await jmx.clearSnapshot(tag, { keyspaces: [...selection.keyspaces] }, call);
    }
    lease.hold(tag, selection.keyspaces);
    const entities = selection.tables.length === 0 ? [...selection.keyspaces] : selection.keyspaces.flatMap((k) => selection.tables.map((t) => `${k}.${t}`));
    // takeSnapshot flushes the memtables first (skipFlush false), so the snapshot has every acknowledged write.
    await jmx.takeSnapshot(tag, { entities, skipFlush: false }, call);
  }
  const snapshotAtMs = deps.clock.now();
  const listing = await listSnapshotFiles(deps.dataDirectories, tag, selection);
  return { files: listing.files, baseFiles: [], baseManifest: undefined, snapshotAtMs, description: `snapshot ${tag}`, skipped: listing.skipped, pruneAfter: true };
}

async function readBase(target: DataJobStorage, baseBackup: string, nodeId: string): Promise<NodeManifest> {
  try {
    return await target.readNodeManifest(baseBackup, nodeId);
  } catch (err) {
    if (err instanceof NotFoundError) {
      throw new Error(`base backup ${baseBackup} has no node manifest for ${nodeId} in ${target.storage.describe()} (${err.key}); an incremental backup adds to a snapshot backup of the same node: take one first`);
    }
    throw new Error(`cannot read the node manifest of base backup ${baseBackup}: ${(err as Error).message}`);
  }
}
