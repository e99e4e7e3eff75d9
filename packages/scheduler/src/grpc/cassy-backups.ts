// TakeBackup and ListBackups.
import type { BackupJobView, BackupStartRequest, BackupTypeName } from '../backup/types';
import type { BackupListingEntry, BackupListingRequest, BackupListingResponse, BackupRequest, BackupResponse } from './cassy-messages';
import { GRPC_REQUESTER, registeredCluster, type CassyCallDeps } from './cassy-clusters';
import { invalidArgument } from './errors';
import { backupRows, cassySnapshotId, jobOperationStatus, jobRows, jobTargets, toMs, type NodeRow } from './cassy-views';
import { backupTypeNumber, checkSnapshotId, parseBackupType, parseLimit, resolveTargets } from './requests';

/** How many finished backup jobs ListBackups looks at for failed backups (the job history is bounded anyway). */
const FAILED_JOBS_LOOKED_AT = 100;

export async function takeBackup(deps: CassyCallDeps, request: BackupRequest): Promise<BackupResponse> {
  const type = parseBackupType(request.backup_type);
  const naming = snapshotFields(type, request.snapshot_id);
  const { cluster } = await registeredCluster(deps, request.cluster_id);
  const nodes = resolveTargets(request.target_ips, cluster);
  const start: BackupStartRequest = { type, ...naming, ...(nodes.length > 0 ? { nodes } : {}) };
  const job = await deps.service.startBackup(start, GRPC_REQUESTER);
  return {
    status: jobOperationStatus(job.status),
    cluster_id: cluster.frameworkName,
    target_ips: jobTargets(job, cluster),
    snapshot_id: cassySnapshotId(job.backup),
    created_at: toMs(job.createdAt) || toMs(job.startedAt) || deps.now(),
    backup_type: backupTypeNumber(job.backup.type) || request.backup_type,
  };
}

/** What snapshot_id means for each backup type. */
function snapshotFields(type: BackupTypeName, snapshotId: string): Pick<BackupStartRequest, 'name' | 'baseBackup'> {
  if (type === 'INCREMENTAL') {
    if (snapshotId === '') {
      throw invalidArgument('snapshot_id is required with backup_type 3: give the name of the snapshot backup the incremental files add to (ListBackups shows them)');
    }
    // The incremental backup gets a name of its own from the service; Cassy clients keep using the base's.
    return { baseBackup: checkSnapshotId(snapshotId) };
  }
  // Cassy refuses a snapshot_id with types 1 and 2; we take it as the new backup's name (default: backup-<ms>).
  return snapshotId === '' ? {} : { name: checkSnapshotId(snapshotId) };
}

export interface ListingResult<T> {
  readonly value: T;
  /** Parts that could not be listed (an S3 bucket unreachable, say): the answer holds the rest. */
  readonly warnings: string[];
}

function entry(clusterId: string, snapshotId: string, backupType: number, row: NodeRow): BackupListingEntry {
  return {
    cluster_id: clusterId,
    target_ip: row.targetIp,
    snapshot_id: snapshotId,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
    backup_type: backupType,
    status: row.status,
  };
}

/**
 * Committed backups (COMPLETED rows), the running backup (INITIALIZED/STARTED) and failed ones from
 * the job history (FAILED): one row per node, newest first, as Cassy lists its backup history.
 */
export async function listBackups(deps: CassyCallDeps, request: BackupListingRequest): Promise<ListingResult<BackupListingResponse>> {
  const limit = parseLimit(request.limit);
  const snapshotId = request.snapshot_id === '' ? undefined : checkSnapshotId(request.snapshot_id);
  const { cluster } = await registeredCluster(deps, request.cluster_id, true);
  const clusterId = cluster.frameworkName;
  const [listing, running, finished] = await Promise.all([
    deps.service.listBackups({ cluster: clusterId }),
    deps.service.status('backup'),
    deps.service.history('backup', FAILED_JOBS_LOOKED_AT),
  ]);

  const committed = new Set(listing.backups.map((b) => b.name));
  const rows: Array<{ own: string; entry: BackupListingEntry }> = [];
  for (const backup of listing.backups) {
    const cassyId = cassySnapshotId(backup);
    for (const row of backupRows(backup, cluster)) rows.push({ own: backup.name, entry: entry(clusterId, cassyId, backupTypeNumber(backup.type), row) });
  }
  const jobs: BackupJobView[] = [...(running.job ? [running.job] : []), ...finished.filter((j) => j.status === 'FAILED' || j.status === 'ABORTED')];
  for (const job of jobs) {
    // A job whose backup is committed is already listed; a succeeded one that is not was purged since.
    if (committed.has(job.backup.name)) continue;
    const cassyId = cassySnapshotId(job.backup);
    for (const row of jobRows(job, cluster)) rows.push({ own: job.backup.name, entry: entry(clusterId, cassyId, backupTypeNumber(job.backup.type), row) });
  }

  const entries = rows
    .filter((r) => snapshotId === undefined || r.entry.snapshot_id === snapshotId || r.own === snapshotId)
    .filter((r) => request.target_ip === '' || r.entry.target_ip === request.target_ip.trim())
    .map((r) => r.entry)
    .sort((a, b) => b.created_at - a.created_at)
    .slice(0, limit);
  return { value: { entries }, warnings: [...listing.warnings] };
}
