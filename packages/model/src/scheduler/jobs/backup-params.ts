// What a backup or restore job must say before it starts: where the backup lives, its name, its type.
// The API checks the same things with its own messages; this is the core's own guard, so a job that
// starts is one the executors can run.
import { cassandra_mesos } from '../../gen/cassandra_mesos';
import { isLive } from '../node-facts';
import type { JobRequest, NodeRecord } from '../types';

const { BackupType, RestoreType, TargetRunState } = cassandra_mesos.v1;

/** Backup names double as snapshot tags and storage key segments. */
const BACKUP_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;
const NODE_ID = /^[A-Za-z0-9._-]{1,128}$/;
const CLUSTER_NAME = /^[A-Za-z0-9_][A-Za-z0-9._=+-]{0,127}$/;

export function backupNameError(name: string, what = 'backup name'): string | undefined {
  if (name === '') return `the ${what} is empty`;
  if (name.length > 128) return `the ${what} is ${name.length} characters long; at most 128 are allowed`;
  if (name.includes('..')) return `the ${what} ${JSON.stringify(name)} contains "..": backup names are single path segments`;
  if (!BACKUP_NAME.test(name)) return `the ${what} ${JSON.stringify(name)} may only hold letters, digits, '.', '_' and '-', and may not start with '.'`;
  return undefined;
}

/** Why this backup or restore cannot start on these nodes, or undefined. */
export function backupJobError(request: JobRequest, nodes: readonly NodeRecord[]): string | undefined {
  const options = request.params.backup;
  if (!options) return `a ${request.type.toLowerCase()} needs backup options (the backup's name and where it is stored)`;
  const nameError = backupNameError(options.backupName ?? '');
  if (nameError) return nameError;
  if (request.params.repair) return `repair options apply to a repair, not to a ${request.type.toLowerCase()}`;
  const storage = options.storage ?? '';
  if (storage !== 's3' && storage !== 'local') return `backup storage ${JSON.stringify(storage)} is unknown: use "s3" or "local"`;
  if (storage === 's3' && !options.bucket) return 'an S3 backup needs a bucket';
  if (storage === 'local' && !options.prefix) return 'a local backup needs the backup directory (CASSANDRA_BACKUP_DIRECTORY)';
  return request.type === 'BACKUP' ? backupError(options) : restoreError(options, nodes);
}

function backupError(options: cassandra_mesos.v1.BackupOptions.$Properties): string | undefined {
  const type = options.backupType ?? BackupType.BACKUP_TYPE_UNSPECIFIED;
  if (BackupType[type] === undefined) return `backup type ${type} is unknown: 1 = cluster-consistent, 2 = node snapshot, 3 = incremental`;
  if (options.restoreType || options.snapshotOnly || options.sourceCluster || Object.keys(options.nodeMapping ?? {}).length > 0 || options.restoreSchema) {
    return 'restore options (restore type, snapshot_only, source cluster, node mapping, restore_schema) apply to a restore, not to a backup';
  }
  if (type === BackupType.INCREMENTAL) {
    const base = options.baseBackup ?? '';
    if (base === '') return 'an incremental backup adds to a snapshot backup: name it (base backup / snapshot_id)';
    const baseError = backupNameError(base, 'base backup name');
    if (baseError) return baseError;
    if (base === options.backupName) return `an incremental backup cannot be its own base (${base})`;
  } else if (options.baseBackup) {
    return 'only an incremental backup has a base backup';
  }
  if (type === BackupType.CLUSTER_CONSISTENT && !options.pauseSrv) {
    return 'a cluster-consistent backup pauses the applications found through a DNS SRV record: set CASSANDRA_MESOS_PAUSE_SRV (Cassy\'s srv_service_url)';
  }
  return undefined;
}

function restoreError(options: cassandra_mesos.v1.BackupOptions.$Properties, nodes: readonly NodeRecord[]): string | undefined {
  const type = options.restoreType ?? RestoreType.RESTORE_TYPE_UNSPECIFIED;
  if (RestoreType[type] === undefined) return `restore type ${type} is unknown: 1 = cluster, 2 = node`;
  if (options.backupType || options.baseBackup || options.pauseSrv || options.snapshotTag) return 'backup options (backup type, base backup, pause) apply to a backup, not to a restore';
  if (options.sourceCluster && !CLUSTER_NAME.test(options.sourceCluster)) return `source cluster ${JSON.stringify(options.sourceCluster)} is not a valid cluster name`;
  const ids = new Set(nodes.map((n) => n.nodeId));
  const mapped = new Set<string>();
  for (const [target, source] of Object.entries(options.nodeMapping ?? {})) {
    if (!ids.has(target)) return `the node mapping names ${target}, which is not one of the restored nodes (${[...ids].join(', ')})`;
    if (!NODE_ID.test(source)) return `the node mapping maps ${target} to ${JSON.stringify(source)}, which is not a node id`;
    if (mapped.has(source)) return `the node mapping gives backup node ${source} to two nodes: each backup node's data goes to one node`;
    mapped.add(source);
  }
  if (type === RestoreType.NODE_RESTORE) {
    const running = nodes.filter((n) => isLive(n) || n.targetRunState !== TargetRunState.STOP).map((n) => n.nodeId);
    if (running.length > 0) return `a node restore places files into a stopped node's data directory: stop ${running.join(', ')} first (PUT /v1/nodes/<node>/stop), then restore`;
  }
  return undefined;
}
