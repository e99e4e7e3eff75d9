// The backup catalogue in the state store: one small document per committed backup at
// `backups/<cluster>/<name>` (JSON, schema-checked; see state/json-document.ts). It is the only
// cluster-level record of a local backup (the scheduler cannot see agents' disks) and an index of S3
// backups, whose truth stays the cluster manifest in the bucket. No secret has a field here. Writes
// are compare-and-set; the number of entries per cluster is bounded.
import { z } from 'zod';
import { backupCatalogueCollection, CREATE, jsonDocumentType, type StateStore, type VersionedValue } from '../state';
import { BackupServiceError } from './types';

/** Entries kept per cluster. Beyond it, the oldest S3 entries leave the catalogue (their manifests stay in S3). */
export const MAX_CATALOGUE_ENTRIES = 1000;

const S3LocationSchema = z.strictObject({
  storage: z.literal('s3'),
  bucket: z.string().min(1),
  prefix: z.string(),
  endpoint: z.string().refine((e) => !e.includes('@'), 'an endpoint must not carry credentials'),
  region: z.string(),
  forcePathStyle: z.boolean(),
});
const LocalLocationSchema = z.strictObject({ storage: z.literal('local'), directory: z.string().min(1) });

const CatalogueNodeSchema = z.strictObject({
  nodeId: z.string().min(1),
  hostname: z.string(),
  bytes: z.number().int().nonnegative(),
  files: z.number().int().nonnegative(),
  bytesSkipped: z.number().int().nonnegative(),
  /** Storage key of the node manifest ('' when unknown). */
  manifestKey: z.string(),
  manifestSha256: z.string(),
});

export const CatalogueEntrySchema = z.strictObject({
  formatVersion: z.literal(1),
  /** Storage namespace: the framework name of the cluster that took it. */
  cluster: z.string().min(1),
  name: z.string().min(1),
  type: z.enum(['NODE_SNAPSHOT', 'INCREMENTAL', 'CLUSTER_CONSISTENT']),
  location: z.discriminatedUnion('storage', [S3LocationSchema, LocalLocationSchema]),
  baseBackup: z.string(),
  jobId: z.string(),
  startedAtMs: z.number().int().nonnegative(),
  committedAtMs: z.number().int().nonnegative(),
  keyspaces: z.array(z.string()).max(10_000),
  /** S3: the cluster manifest's key; local: ''. */
  clusterManifestKey: z.string(),
  nodes: z.array(CatalogueNodeSchema).max(1000),
  totalBytes: z.number().int().nonnegative(),
  totalFiles: z.number().int().nonnegative(),
  bytesSkipped: z.number().int().nonnegative(),
});

export type CatalogueEntry = z.infer<typeof CatalogueEntrySchema>;
export type CatalogueNode = z.infer<typeof CatalogueNodeSchema>;

const CATALOGUE_ENTRY = jsonDocumentType<CatalogueEntry>('cassandra_mesos.scheduler.BackupCatalogueEntry', CatalogueEntrySchema);

export class BackupCatalogue {
  private readonly maxEntries: number;

  constructor(
    private readonly store: StateStore,
    options: { readonly maxEntries?: number } = {},
  ) {
    this.maxEntries = options.maxEntries ?? MAX_CATALOGUE_ENTRIES;
  }

  private key(cluster: string, name: string) {
    return backupCatalogueCollection(cluster, CATALOGUE_ENTRY).key(name);
  }

  async get(cluster: string, name: string): Promise<VersionedValue<CatalogueEntry> | undefined> {
    return this.store.get(this.key(cluster, name));
  }

  /** The cluster's entries, newest commit first. */
  async list(cluster: string): Promise<CatalogueEntry[]> {
    const entries = await this.store.list(backupCatalogueCollection(cluster, CATALOGUE_ENTRY));
    return entries.map((e) => e.value).sort((a, b) => b.committedAtMs - a.committedAtMs || (a.name < b.name ? -1 : 1));
  }

  /**
   * Records a committed backup. Writing the same job's entry again (a commit repeated by a new leader)
   * replaces it; an entry of another job under the name is refused. Returns the names of old S3
   * entries that left the catalogue to keep it bounded.
   */
  async record(entry: CatalogueEntry): Promise<string[]> {
    const parsed = CatalogueEntrySchema.parse(entry);
    const existing = await this.get(parsed.cluster, parsed.name);
    if (existing && existing.value.jobId !== parsed.jobId) {
      throw new BackupServiceError(
        'FAILED_PRECONDITION',
        `the catalogue already has backup '${parsed.name}' of cluster ${parsed.cluster} (job ${existing.value.jobId || '(none)'}); backup names are unique: purge that one or choose another name`,
        'BACKUP_EXISTS',
      );
    }
    const dropped = existing ? [] : await this.makeRoom(parsed.cluster);
    // A repeated commit keeps the time of the first.
    const value = existing ? { ...parsed, committedAtMs: Math.min(existing.value.committedAtMs, parsed.committedAtMs) } : parsed;
    await this.store.put(this.key(parsed.cluster, parsed.name), value, existing ? existing.version : CREATE);
    return dropped;
  }

  /** Removes an entry if it is still the version that was read; false when it was not there. */
  async remove(cluster: string, name: string): Promise<boolean> {
    const existing = await this.get(cluster, name);
    if (!existing) return false;
    await this.store.delete(this.key(cluster, name), existing.version);
    return true;
  }

  /** Frees a slot for one more entry: the oldest S3 entries go first; local entries are the only record of their backup. */
  private async makeRoom(cluster: string): Promise<string[]> {
    const entries = await this.list(cluster);
    const excess = entries.length + 1 - this.maxEntries;
    if (excess <= 0) return [];
    const droppable = entries.filter((e) => e.location.storage === 's3').reverse().slice(0, excess);
    if (droppable.length < excess) {
      throw new BackupServiceError(
        'FAILED_PRECONDITION',
        `the backup catalogue of cluster ${cluster} holds ${entries.length} backups, the most it keeps (${this.maxEntries}), and the oldest are local backups, whose only record it is: purge old local backups (POST /v1/backups/purge with their location, then remove the directories it names on the agents), then back up again`,
        'CATALOGUE_FULL',
      );
    }
    for (const entry of droppable) await this.remove(cluster, entry.name);
    return droppable.map((e) => e.name);
  }
}
