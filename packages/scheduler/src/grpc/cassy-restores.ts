// RestoreBackup and ListRestoreStatuses.
import { isRestorePlan, type BackupService, type BackupSummary } from '../backup/types';
import type { RestoreRequest, RestoreResponse, RestoreStatusListingEntry, RestoreStatusListingRequest, RestoreStatusListingResponse } from './cassy-messages';
import { GRPC_REQUESTER, registeredCluster, type CassyCallDeps } from './cassy-clusters';
import type { ListingResult } from './cassy-backups';
import { cassySnapshotId, jobOperationStatus, jobRows, jobTargets } from './cassy-views';
import { checkSnapshotId, parseLimit, parseRestoreType, resolveTargets, restoreTypeNumber } from './requests';

/** How many finished restore jobs ListRestoreStatuses looks at. */
const RESTORE_JOBS_LOOKED_AT = 100;

/** The newest committed incremental backup on top of `base`, if any. */
function newestIncrementalOf(base: string, backups: readonly BackupSummary[]): BackupSummary | undefined {
  return backups
    .filter((b) => b.type === 'INCREMENTAL' && b.baseBackup === base)
    .reduce<BackupSummary | undefined>((newest, b) => (newest === undefined || Date.parse(b.createdAt) > Date.parse(newest.createdAt) ? b : newest), undefined);
}

/**
 * Which of our backups a Cassy snapshot_id restores. In Cassy a snapshot and the incremental backups
 * taken after it share a snapshot_id, and a restore brings back the snapshot plus those incrementals
 * unless snapshot_only. Each of our incrementals holds its base's files plus the incremental files up
 * to its time, so restoring the newest one is the same thing.
 */
async function backupToRestore(service: BackupService, clusterId: string, snapshotId: string, snapshotOnly: boolean): Promise<string> {
  const named = await service.getBackup(snapshotId, { cluster: clusterId });
  if (snapshotOnly || named.type === 'INCREMENTAL') return named.name;
  const listing = await service.listBackups({ cluster: clusterId });
  return newestIncrementalOf(named.name, listing.backups)?.name ?? named.name;
}

export async function restoreBackup(deps: CassyCallDeps, request: RestoreRequest): Promise<RestoreResponse> {
  const type = parseRestoreType(request.restore_type);
  const snapshotId = checkSnapshotId(request.snapshot_id);
  const { cluster } = await registeredCluster(deps, request.cluster_id);
  const nodes = resolveTargets(request.target_ips, cluster);
  const name = await backupToRestore(deps.service, cluster.frameworkName, snapshotId, request.snapshot_only);
  const result = await deps.service.startRestore(
    { name, type, snapshotOnly: request.snapshot_only, ...(nodes.length > 0 ? { nodes } : {}) },
    GRPC_REQUESTER,
  );
  // We never ask for a dry run, so a plan here is a service bug, not the caller's problem.
  if (isRestorePlan(result)) throw new Error(`BackupService.startRestore answered a dry-run plan for restore ${name} that was not a dry run`);
  return {
    status: jobOperationStatus(result.status),
    cluster_id: cluster.frameworkName,
    target_ips: jobTargets(result, cluster),
    snapshot_id: snapshotId,
    restore_type: restoreTypeNumber(result.backup.type) || request.restore_type,
    snapshot_only: request.snapshot_only,
  };
}

/** Running and finished restores, one row per node, newest first. */
export async function listRestoreStatuses(deps: CassyCallDeps, request: RestoreStatusListingRequest): Promise<ListingResult<RestoreStatusListingResponse>> {
  const limit = parseLimit(request.limit);
  const snapshotId = request.snapshot_id === '' ? undefined : checkSnapshotId(request.snapshot_id);
  const { cluster } = await registeredCluster(deps, request.cluster_id, true);
  const [running, finished] = await Promise.all([deps.service.status('restore'), deps.service.history('restore', RESTORE_JOBS_LOOKED_AT)]);
  const jobs = [...(running.job ? [running.job] : []), ...finished];
  const warnings: string[] = [];
  // A restore of an incremental backup shows its base's snapshot_id, as the restore request named it.
  let bases = new Map<string, string>();
  if (jobs.length > 0) {
    const listing = await deps.service.listBackups({ cluster: cluster.frameworkName });
    warnings.push(...listing.warnings);
    bases = new Map(listing.backups.map((b) => [b.name, cassySnapshotId(b)]));
  }
  const rows: Array<{ own: string; entry: RestoreStatusListingEntry }> = [];
  for (const job of jobs) {
    const cassyId = bases.get(job.backup.name) ?? job.backup.name;
    for (const row of jobRows(job, cluster)) {
      rows.push({
        own: job.backup.name,
        entry: {
          target_ip: row.targetIp,
          snapshot_id: cassyId,
          created_at: row.createdAt,
          updated_at: row.updatedAt,
          restore_type: restoreTypeNumber(job.backup.type),
          status: row.status,
        },
      });
    }
  }
  const entries = rows
    .filter((r) => snapshotId === undefined || r.entry.snapshot_id === snapshotId || r.own === snapshotId)
    .filter((r) => request.target_ip === '' || r.entry.target_ip === request.target_ip.trim())
    .map((r) => r.entry)
    .sort((a, b) => b.created_at - a.created_at)
    .slice(0, limit);
  return { value: { cluster_id: cluster.frameworkName, entries }, warnings };
}
