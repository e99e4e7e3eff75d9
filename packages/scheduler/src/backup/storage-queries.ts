// The backups themselves: listing (S3 listing + the catalogue), one backup's facts, verification and
// purge. Where a backup is: the location the caller names, else its catalogue entry's, else the
// CASSANDRA_MESOS_BACKUP_LOCATION setting. Storage errors become the service's codes with the storage's
// message (which names the key and the S3 error, never credentials).
import {
  BackupStorageError,
  CorruptError,
  InvalidKeyError,
  listBackups as listStoredBackups,
  NotFoundError,
  readBackup,
  readClusterManifest,
  StorageUnavailableError,
  clusterManifestKey,
  type ClusterManifest,
  type NodeManifest,
} from '@cassandra-mesos/backup-storage';
import { cassandra_mesos, type BackupSchedulerSettings } from '@cassandra-mesos/model';
import type { BackupCatalogue, CatalogueEntry } from './catalogue';
import { describeLocation, resolveLocation, sameLocation, type StorageLocation } from './location';
import { choosePurged, executePurge, planS3Purge, purgeOrder } from './purge';
import { backupNameProblem, checkBackupName, checkClusterName, checkKeys, checkWholeNumber } from './request-checks';
import { localNotReachable, withStorage, type StorageOpener } from './storage-access';
import { BackupServiceError, type BackupListView, type BackupSummary, type PurgeReport, type PurgeRequest, type StorageKeys, type StorageQuery, type VerifyReport } from './types';
import { verifyStoredBackup, type VerifyOptions } from './verify';

export interface StorageQueriesOptions {
  readonly catalogue: BackupCatalogue;
  readonly leaderCatalogue?: () => BackupCatalogue | undefined;
  readonly opener: StorageOpener;
  readonly settings: BackupSchedulerSettings;
  readonly now: () => number;
  readonly verify?: VerifyOptions;
  readonly frameworkName: () => Promise<string>;
  readonly runningDataJob: () => Promise<{ readonly job: cassandra_mesos.v1.ClusterJob | undefined; readonly leading: boolean }>;
}

/** A backup found: where, its catalogue entry when it has one, and its manifests when read from S3. */
export interface FoundBackup {
  readonly name: string;
  readonly cluster: string;
  readonly location: StorageLocation;
  readonly entry: CatalogueEntry | undefined;
  readonly manifests: { readonly cluster: ClusterManifest; readonly nodes: NodeManifest[] } | undefined;
}

const { ClusterJobType } = cassandra_mesos.v1;
const MAX_LIST = 1000;
const MAX_LOCATIONS = 5;

/** A storage failure in the service's terms. */
export function storageError(err: unknown, what: string): unknown {
  if (err instanceof BackupServiceError || !(err instanceof BackupStorageError)) return err;
  if (err instanceof NotFoundError) return new BackupServiceError('NOT_FOUND', `${what}: ${err.message}`, 'BACKUP_NOT_FOUND');
  if (err instanceof StorageUnavailableError) return new BackupServiceError('UNAVAILABLE', `${what}: ${err.message}`, 'STORAGE_UNAVAILABLE');
  if (err instanceof CorruptError) return new BackupServiceError('FAILED_PRECONDITION', `${what}: ${err.message}`, 'BACKUP_CORRUPT');
  if (err instanceof InvalidKeyError) return new BackupServiceError('INVALID_ARGUMENT', `${what}: ${err.message}`, 'INVALID_INPUT');
  return err;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function summaryOfEntry(entry: CatalogueEntry, source: BackupSummary['source'], manifests?: NodeManifest[]): BackupSummary {
  const byNode = new Map((manifests ?? []).map((m) => [m.nodeId, m]));
  return {
    name: entry.name,
    cluster: entry.cluster,
    type: entry.type,
    storage: entry.location.storage,
    location: describeLocation(entry.location),
    baseBackup: entry.baseBackup || null,
    jobId: entry.jobId || null,
    startedAt: entry.startedAtMs ? iso(entry.startedAtMs) : null,
    createdAt: iso(entry.committedAtMs),
    totalBytes: entry.totalBytes,
    totalFiles: entry.totalFiles,
    keyspaces: [...entry.keyspaces],
    nodes: entry.nodes.map((n) => {
      const m = byNode.get(n.nodeId);
      return { nodeId: n.nodeId, hostname: n.hostname || null, bytes: n.bytes, files: n.files, manifestSha256: n.manifestSha256 || null, cassandraVersion: m?.cassandraVersion ?? null, dataCenter: m?.datacenter ?? null, rack: m?.rack ?? null };
    }),
    source,
  };
}

function summaryOfManifest(manifest: ClusterManifest, location: StorageLocation, nodes?: NodeManifest[]): BackupSummary {
  const byNode = new Map((nodes ?? []).map((m) => [m.nodeId, m]));
  return {
    name: manifest.backupName,
    cluster: manifest.cluster,
    type: 'UNKNOWN',
    storage: 's3',
    location: describeLocation(location),
    baseBackup: null,
    jobId: null,
    startedAt: manifest.startedAt,
    createdAt: manifest.completedAt,
    totalBytes: manifest.nodes.reduce((s, n) => s + n.bytes, 0),
    totalFiles: manifest.nodes.reduce((s, n) => s + n.files, 0),
    keyspaces: [...manifest.keyspaces],
    nodes: manifest.nodes.map((n) => {
      const m = byNode.get(n.nodeId);
      return { nodeId: n.nodeId, hostname: null, bytes: n.bytes, files: n.files, manifestSha256: n.manifestSha256, cassandraVersion: m?.cassandraVersion ?? null, dataCenter: m?.datacenter ?? null, rack: m?.rack ?? null };
    }),
    source: 'storage',
  };
}

export class StorageQueries {
  private purging = false;

  constructor(private readonly options: StorageQueriesOptions) {}

  refuseWhilePurging(kind: string): void {
    if (this.purging) throw new BackupServiceError('FAILED_PRECONDITION', `a purge of backups is running; start the ${kind} when it has finished (a purge deletes files a new backup could be sharing)`, 'PURGE_RUNNING');
  }

  private async cluster(requested: string | undefined): Promise<string> {
    return requested === undefined || requested === '' ? this.options.frameworkName() : checkClusterName(requested, 'cluster');
  }

  private async entry(cluster: string, name: string): Promise<CatalogueEntry | undefined> {
    try {
      return (await this.options.catalogue.get(cluster, name))?.value;
    } catch (err) {
      throw new BackupServiceError('UNAVAILABLE', `the backup catalogue cannot be read from the state store: ${(err as Error).message}; check the state store (ZooKeeper) and retry`, 'STATE_UNAVAILABLE');
    }
  }

  /**
   * Finds backup `name` of `cluster`: at the named location, else through its catalogue entry, else at
   * the default location. S3 backups are read (manifests checked); NOT_FOUND says where it looked.
   */
  async find(cluster: string, name: string, query: StorageQuery, readS3 = true): Promise<FoundBackup> {
    const keys = checkKeys(query.credentials);
    const named = query.location ? resolveLocation(query.location, this.options.settings) : undefined;
    const entry = await this.entry(cluster, name);
    const location = named ?? entry?.location ?? resolveLocation(undefined, this.options.settings);
    const fromEntry = entry && sameLocation(entry.location, location) ? entry : undefined;
    if (location.storage === 'local') {
      if (fromEntry) return { name, cluster, location, entry: fromEntry, manifests: undefined };
      throw new BackupServiceError(
        'NOT_FOUND',
        `there is no backup '${name}' of cluster ${cluster} in the catalogue at ${describeLocation(location)}; local backups are known through the catalogue of the scheduler that took them (GET /v1/backups lists them)`,
        'BACKUP_NOT_FOUND',
      );
    }
    if (!readS3) return { name, cluster, location, entry: fromEntry, manifests: undefined };
    try {
      const manifests = await withStorage(this.options.opener, location, cluster, keys, ({ storage, root }) => readBackup(storage, root, name));
      return { name, cluster, location, entry: fromEntry, manifests };
    } catch (err) {
      if (err instanceof NotFoundError) {
        throw new BackupServiceError(
          'NOT_FOUND',
          `there is no backup '${name}' of cluster ${cluster} at ${describeLocation(location)} (no cluster manifest ${clusterManifestKeySafe(location, cluster, name)}${fromEntry ? ', although the catalogue lists it: it was deleted from the bucket' : ''}); GET /v1/backups lists the backups`,
          'BACKUP_NOT_FOUND',
        );
      }
      throw storageError(err, `backup '${name}' at ${describeLocation(location)} cannot be read`);
    }
  }

  /** FAILED_PRECONDITION when a backup of that name exists (in the catalogue, or at the S3 location). */
  async refuseExisting(cluster: string, name: string, location: StorageLocation, keys: StorageKeys | undefined): Promise<void> {
    const entry = await this.entry(cluster, name);
    const exists = (where: string): BackupServiceError =>
      new BackupServiceError('FAILED_PRECONDITION', `a backup named '${name}' already exists (${where}); backup names are unique per cluster: choose another name or purge the old backup`, 'BACKUP_EXISTS');
    if (entry) throw exists(`catalogue, ${describeLocation(entry.location)}`);
    if (location.storage !== 's3') return;
    const found = await withStorage(this.options.opener, location, cluster, keys, ({ storage, root }) => storage.head(clusterManifestKey(root, name))).catch((err: unknown) => {
      throw storageError(err, `cannot check whether backup '${name}' exists at ${describeLocation(location)}`);
    });
    if (found) throw exists(describeLocation(location));
  }

  /** NOT_FOUND unless backup `name` exists (a base backup). */
  async requireExisting(cluster: string, name: string, location: StorageLocation, keys: StorageKeys | undefined, what: string): Promise<void> {
    const entry = await this.entry(cluster, name);
    if (entry && sameLocation(entry.location, location)) return;
    if (location.storage === 's3') {
      const found = await withStorage(this.options.opener, location, cluster, keys, ({ storage, root }) => storage.head(clusterManifestKey(root, name))).catch((err: unknown) => {
        throw storageError(err, `cannot check ${what} '${name}' at ${describeLocation(location)}`);
      });
      if (found) return;
    }
    throw new BackupServiceError('NOT_FOUND', `${what} '${name}' does not exist at ${describeLocation(location)}; name a completed backup there (GET /v1/backups)`, 'BACKUP_NOT_FOUND');
  }

  async list(query: StorageQuery & { readonly limit?: number | undefined }): Promise<BackupListView> {
    const cluster = await this.cluster(query.cluster);
    const limit = checkWholeNumber(query.limit, 'limit', 1, MAX_LIST) ?? 100;
    const keys = checkKeys(query.credentials);
    const warnings: string[] = [];
    let entries: CatalogueEntry[] = [];
    try {
      entries = await this.options.catalogue.list(cluster);
    } catch (err) {
      warnings.push(`the backup catalogue could not be read (${(err as Error).message}); local backups are missing from this list`);
    }
    const locations: StorageLocation[] = [];
    const addLocation = (l: StorageLocation): void => {
      if (l.storage === 's3' && !locations.some((x) => sameLocation(x, l))) locations.push(l);
    };
    addLocation(resolveLocation(query.location, this.options.settings));
    if (!query.location) for (const e of entries) addLocation(e.location);
    const summaries: BackupSummary[] = [];
    const listed = new Set<string>();
    for (const location of locations.slice(0, MAX_LOCATIONS)) {
      try {
        await withStorage(this.options.opener, location, cluster, keys, async ({ storage, root }) => {
          for (const stored of await listStoredBackups(storage, root)) {
            const entry = entries.find((e) => e.name === stored.name && sameLocation(e.location, location));
            if (entry) {
              summaries.push(summaryOfEntry(entry, 'both'));
            } else {
              summaries.push(summaryOfManifest(await readClusterManifest(storage, root, stored.name), location));
            }
            listed.add(`${describeLocation(location)}\n${stored.name}`);
          }
        });
      } catch (err) {
        warnings.push(`${describeLocation(location)} could not be listed: ${(storageError(err, 'listing') as Error).message}`);
        for (const e of entries) {
          if (!sameLocation(e.location, location)) continue;
          listed.add(`${describeLocation(location)}\n${e.name}`);
          summaries.push(summaryOfEntry(e, 'catalogue'));
        }
      }
    }
    if (locations.length > MAX_LOCATIONS) warnings.push(`only ${MAX_LOCATIONS} of ${locations.length} S3 locations were listed; name one (location) to list it`);
    for (const e of entries) {
      const key = `${describeLocation(e.location)}\n${e.name}`;
      if (listed.has(key)) continue;
      if (e.location.storage === 'local') summaries.push(summaryOfEntry(e, 'catalogue'));
      else if (locations.slice(0, MAX_LOCATIONS).some((l) => sameLocation(l, e.location))) warnings.push(`backup '${e.name}' is in the catalogue but its cluster manifest is gone from ${describeLocation(e.location)}: it was deleted outside this scheduler`);
    }
    summaries.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.name < b.name ? -1 : 1));
    return { cluster, backups: summaries.slice(0, limit), warnings };
  }

  async get(name: string, query: StorageQuery): Promise<BackupSummary> {
    checkBackupName(name);
    const found = await this.find(await this.cluster(query.cluster), name, query);
    if (found.entry) return summaryOfEntry(found.entry, found.manifests ? 'both' : 'catalogue', found.manifests?.nodes);
    if (!found.manifests) throw new BackupServiceError('NOT_FOUND', `there is no backup '${name}'`, 'BACKUP_NOT_FOUND');
    return summaryOfManifest(found.manifests.cluster, found.location, found.manifests.nodes);
  }

  async verify(name: string, query: StorageQuery): Promise<VerifyReport> {
    checkBackupName(name);
    const cluster = await this.cluster(query.cluster);
    const found = await this.find(cluster, name, query, false);
    if (found.location.storage !== 's3') throw localNotReachable(found.location, `verifying backup '${name}'`);
    const started = this.options.now();
    const result = await withStorage(this.options.opener, found.location, cluster, checkKeys(query.credentials), ({ storage, root }) => verifyStoredBackup(storage, root, name, this.options.verify)).catch((err: unknown) => {
      if (err instanceof NotFoundError) throw new BackupServiceError('NOT_FOUND', `there is no backup '${name}' of cluster ${cluster} at ${describeLocation(found.location)}: ${err.message}`, 'BACKUP_NOT_FOUND');
      throw storageError(err, `backup '${name}' cannot be verified`);
    });
    return { backup: name, cluster, ok: result.problems.length === 0, checkedObjects: result.checkedObjects, checkedBytes: result.checkedBytes, durationMs: this.options.now() - started, problems: result.problems };
  }

  async purge(request: PurgeRequest): Promise<PurgeReport> {
    const olderThanDays = checkWholeNumber(request.olderThanDays, 'olderThanDays', 1, 36_500);
    const keepLast = checkWholeNumber(request.keepLast, 'keepLast', 1, 100_000);
    if (olderThanDays === undefined && keepLast === undefined) {
      throw new BackupServiceError('INVALID_ARGUMENT', 'say which backups to purge: olderThanDays (purge those committed longer ago), keepLast (keep that many newest), or both (purge only what both allow)', 'INVALID_INPUT');
    }
    const cluster = await this.cluster(request.cluster);
    const location = resolveLocation(request.location, this.options.settings);
    const keys = checkKeys(request.credentials);
    const dryRun = request.dryRun === true;
    const running = await this.options.runningDataJob();
    if (!dryRun) {
      if (!running.leading) throw new BackupServiceError('UNAVAILABLE', 'only the leading scheduler purges backups; send the purge to the leader (GET /v1/leader)', 'NOT_LEADER');
      if (running.job) {
        const kind = running.job.type === ClusterJobType.RESTORE ? 'restore' : 'backup';
        throw new BackupServiceError('FAILED_PRECONDITION', `${kind} job ${running.job.jobId} is running; purge when it has finished (it may be using files a purge would delete)`, 'JOB_RUNNING');
      }
      this.refuseWhilePurging('purge');
      this.purging = true;
    }
    try {
      return location.storage === 's3'
        ? await this.purgeS3(cluster, location, keys, { olderThanDays, keepLast }, dryRun)
        : await this.purgeLocal(cluster, location, { olderThanDays, keepLast }, dryRun);
    } finally {
      if (!dryRun) this.purging = false;
    }
  }

  private async purgeS3(cluster: string, location: StorageLocation, keys: StorageKeys | undefined, rules: { olderThanDays: number | undefined; keepLast: number | undefined }, dryRun: boolean): Promise<PurgeReport> {
    const entries = await this.options.catalogue.list(cluster).catch(() => [] as CatalogueEntry[]);
    const problems: string[] = [];
    const report = await withStorage(this.options.opener, location, cluster, keys, async ({ storage, root }) => {
      const stored = await listStoredBackups(storage, root);
      const candidates = stored.map((b) => {
        const entry = entries.find((e) => e.name === b.name && sameLocation(e.location, location));
        return { name: b.name, createdAtMs: entry?.committedAtMs ?? b.lastModified?.getTime() ?? 0 };
      });
      const chosen = choosePurged(candidates, rules, this.options.now());
      const plan = await planS3Purge(storage, root, chosen.purge.map((b) => b.name), chosen.keep.map((b) => b.name));
      if (!dryRun) await executePurge(storage, plan);
      return { chosen, plan };
    }).catch((err: unknown) => {
      if (err instanceof Error && !(err instanceof BackupStorageError) && !(err instanceof BackupServiceError)) throw new BackupServiceError('FAILED_PRECONDITION', err.message, 'PURGE_REFUSED');
      throw storageError(err, `the purge at ${describeLocation(location)} failed (objects deleted so far stay deleted; kept backups are whole; run it again)`);
    });
    const purged = report.chosen.purge.map((b) => b.name);
    if (!dryRun) await this.forget(cluster, location, purged, problems);
    return { dryRun, cluster, purged, kept: report.chosen.keep.map((b) => b.name), deletedObjects: purgeOrder(report.plan), deletedBytes: report.plan.deletedBytes, sharedObjectsKept: report.plan.sharedObjectsKept, problems };
  }

  private async purgeLocal(cluster: string, location: StorageLocation, rules: { olderThanDays: number | undefined; keepLast: number | undefined }, dryRun: boolean): Promise<PurgeReport> {
    const entries = (await this.options.catalogue.list(cluster)).filter((e) => sameLocation(e.location, location));
    const chosen = choosePurged(entries.map((e) => ({ name: e.name, createdAtMs: e.committedAtMs })), rules, this.options.now());
    const purged = chosen.purge.map((b) => b.name);
    const dir = location.storage === 'local' ? location.directory : '';
    // The scheduler cannot reach the agents' disks: it forgets the backups and says what to remove where.
    const problems = chosen.purge.flatMap((b) => {
      const entry = entries.find((e) => e.name === b.name);
      return (entry?.nodes ?? []).map((n) => `remove ${dir}/${cluster}/${n.nodeId}/${b.name} on ${n.hostname || n.nodeId} (the scheduler cannot delete files on agents)`);
    });
    if (!dryRun) await this.forget(cluster, location, purged, problems);
    return { dryRun, cluster, purged, kept: chosen.keep.map((b) => b.name), deletedObjects: [], deletedBytes: 0, sharedObjectsKept: 0, problems };
  }

  /** Removes purged backups' catalogue entries (through the leader's store). */
  private async forget(cluster: string, location: StorageLocation, names: readonly string[], problems: string[]): Promise<void> {
    const catalogue = this.options.leaderCatalogue?.() ?? this.options.catalogue;
    for (const name of names) {
      try {
        const entry = (await catalogue.get(cluster, name))?.value;
        if (entry && sameLocation(entry.location, location)) await catalogue.remove(cluster, name);
      } catch (err) {
        problems.push(`the catalogue entry of '${name}' could not be removed: ${(err as Error).message}; it is listed until a purge removes it`);
      }
    }
  }
}

function clusterManifestKeySafe(location: StorageLocation, cluster: string, name: string): string {
  if (location.storage !== 's3' || backupNameProblem(name)) return `of ${name}`;
  try {
    return `'${clusterManifestKey({ prefix: location.prefix, cluster }, name)}'`;
  } catch {
    return `of ${name}`;
  }
}
