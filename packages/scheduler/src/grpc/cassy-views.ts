// How our jobs and backups read in Cassy's terms. Cassy keeps one row per node per backup/restore,
// with the node's IP, times in ms since the epoch and an OperationStatus; we derive the same rows
// from the job views and the backup catalogue, filling only what we know (see docs/grpc.md).
import type { BackupJobView, BackupNodeView, BackupSummary, ClusterDescription } from '../backup/types';
import type { OperationStatus } from './cassy-messages';
import { nodeAddress } from './requests';

/** One node's share of a backup or restore, in Cassy's terms. */
export interface NodeRow {
  readonly targetIp: string;
  readonly status: OperationStatus;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** ISO time → ms since the epoch; 0 (Cassy's "not set") when absent. */
export function toMs(iso: string | null | undefined): number {
  if (!iso) return 0;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : 0;
}

export function jobOperationStatus(status: string): OperationStatus {
  switch (status) {
    case 'PENDING':
      return 'INITIALIZED';
    case 'RUNNING':
      return 'STARTED';
    case 'SUCCEEDED':
      return 'COMPLETED';
    case 'FAILED':
    case 'ABORTED':
      return 'FAILED';
    default:
      return 'UNKNOWN';
  }
}

/** A node that was skipped, aborted, or never reached in a job that ended did not get its backup/restore: FAILED. */
function nodeOperationStatus(state: string, jobStatus: string): OperationStatus {
  switch (state) {
    case 'PENDING':
      return jobStatus === 'PENDING' || jobStatus === 'RUNNING' ? 'INITIALIZED' : 'FAILED';
    case 'RUNNING':
      return 'STARTED';
    case 'SUCCEEDED':
      return 'COMPLETED';
    case 'FAILED':
    case 'ABORTED':
    case 'SKIPPED':
      return 'FAILED';
    default:
      return 'UNKNOWN';
  }
}

/** A node id's address: this cluster's current IP/hostname for it, else `fallback`, else the id itself. */
export function addressOfNode(cluster: ClusterDescription, nodeId: string, fallback?: string | null): string {
  const node = cluster.nodes.find((n) => n.nodeId === nodeId);
  return node ? nodeAddress(node) : (fallback ?? nodeId);
}

function jobNodeAddress(cluster: ClusterDescription, node: BackupNodeView): string {
  return node.ip ?? node.hostname ?? addressOfNode(cluster, node.nodeId);
}

/** The addresses of the nodes a job works on, in visiting order. */
export function jobTargets(job: BackupJobView, cluster: ClusterDescription): string[] {
  if (job.nodes && job.nodes.length > 0) return job.nodes.map((n) => jobNodeAddress(cluster, n));
  const ids = job.params.nodes.length > 0 ? job.params.nodes : cluster.nodes.map((n) => n.nodeId);
  return ids.map((id) => addressOfNode(cluster, id));
}

/** A job as Cassy rows: one per node (one row without an address when the job names no node). */
export function jobRows(job: BackupJobView, cluster: ClusterDescription): NodeRow[] {
  const createdAt = toMs(job.createdAt) || toMs(job.startedAt);
  const jobUpdatedAt = toMs(job.finishedAt) || toMs(job.startedAt) || createdAt;
  if (job.nodes && job.nodes.length > 0) {
    return job.nodes.map((n) => ({
      targetIp: jobNodeAddress(cluster, n),
      status: nodeOperationStatus(n.state, job.status),
      createdAt,
      updatedAt: toMs(n.finishedAt) || toMs(n.startedAt) || jobUpdatedAt,
    }));
  }
  const status = jobOperationStatus(job.status);
  const targets = jobTargets(job, cluster);
  return (targets.length > 0 ? targets : ['']).map((targetIp) => ({ targetIp, status, createdAt, updatedAt: jobUpdatedAt }));
}

/** A committed backup as Cassy rows: one COMPLETED row per node it holds. */
export function backupRows(backup: BackupSummary, cluster: ClusterDescription): NodeRow[] {
  const committedAt = toMs(backup.createdAt);
  const createdAt = toMs(backup.startedAt) || committedAt;
  const targets = backup.nodes.length > 0 ? backup.nodes.map((n) => addressOfNode(cluster, n.nodeId, n.hostname)) : [''];
  return targets.map((targetIp) => ({ targetIp, status: 'COMPLETED', createdAt, updatedAt: committedAt }));
}

/**
 * Cassy's snapshot_id of a backup. In Cassy incremental backups belong to the snapshot they add to and
 * carry its snapshot_id; ours are backups of their own with a base, so an incremental shows its base.
 */
export function cassySnapshotId(backup: { readonly name: string; readonly type: string; readonly baseBackup: string | null }): string {
  return backup.type === 'INCREMENTAL' && backup.baseBackup ? backup.baseBackup : backup.name;
}
