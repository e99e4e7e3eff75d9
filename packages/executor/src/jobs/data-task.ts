// A BACKUP or RESTORE NodeJobTask → a validated DataJobSpec, or why it is invalid (→ TASK_ERROR with
// TaskError INVALID_TASK). Everything that can be checked without Cassandra or the storage is checked
// here: a bad backup name or a missing bucket fails at launch, not after a snapshot was taken.
import { assertValidKey, backupNameProblem } from '@cassandra-mesos/backup-storage';
import { assertSnapshotTag } from '@cassandra-mesos/cassandra-jmx';
import { cassandra_mesos } from '@cassandra-mesos/model';
import { storageCredentials, type DataJobOptions, type DataJobSpec, type DataJobType, type StorageCredentials } from '../data-jobs/context';
import { readNodeJobTask, requestedNames, type NodeJobTaskData } from './task';

const { BackupType, ClusterJobType, JobStage, RestoreType } = cassandra_mesos.v1;

/** Node timeout of a backup or restore part when NodeJobTask.timeout_seconds is 0. */
export const DEFAULT_DATA_JOB_TIMEOUT_MS = 6 * 3600_000;
export const DEFAULT_TRANSFER_CONCURRENCY = 4;
export const MAX_TRANSFER_CONCURRENCY = 64;
const MiB = 1024 * 1024;
export const DEFAULT_PART_SIZE_BYTES = 16 * MiB;
/** S3's limits for a multipart part. */
const MIN_PART_SIZE_BYTES = 5 * MiB;
const MAX_PART_SIZE_BYTES = 5 * 1024 * MiB;
const DEFAULT_REGION = 'us-east-1';

interface DataJobKind {
  readonly type: DataJobType;
  /** The stages whose node parts run on an executor (the others are the scheduler's). */
  readonly stages: readonly cassandra_mesos.v1.JobStage[];
}

// The sibling of JOB_KINDS (./task) for jobs that move data instead of visiting keyspaces.
const DATA_JOB_KINDS = new Map<cassandra_mesos.v1.ClusterJobType, DataJobKind>([
  [ClusterJobType.BACKUP, { type: 'BACKUP', stages: [JobStage.BACKUP_UPLOAD] }],
  [ClusterJobType.RESTORE, { type: 'RESTORE', stages: [JobStage.RESTORE_DOWNLOAD, JobStage.RESTORE_IMPORT] }],
]);

/** True for the job types parseDataJobTask handles (the executor routes them to the data-job runner). */
export function isDataJobType(type: cassandra_mesos.v1.ClusterJobType | null | undefined): boolean {
  return type !== null && type !== undefined && DATA_JOB_KINDS.has(type);
}

export type ParsedDataJobTask = { readonly ok: true; readonly spec: DataJobSpec } | { readonly ok: false; readonly nodeId: string; readonly message: string };

export function parseDataJobTask(taskId: string, data: NodeJobTaskData, executorNodeId?: string): ParsedDataJobTask {
  const header = readNodeJobTask(taskId, data, executorNodeId);
  if (!header.ok) return header;
  const { nodeId, task } = header;
  const invalid = (message: string): ParsedDataJobTask => ({ ok: false, nodeId, message });
  const jobType = task.type ?? ClusterJobType.CLUSTER_JOB_TYPE_UNSPECIFIED;
  const kind = DATA_JOB_KINDS.get(jobType);
  if (!kind) return invalid(`NodeJobTask.type ${ClusterJobType[jobType] ?? String(jobType)} is not a backup or restore`);
  const stage = task.stage ?? JobStage.JOB_STAGE_UNSPECIFIED;
  if (!kind.stages.includes(stage)) {
    const expected = kind.stages.map((s) => JobStage[s]).join(' or ');
    return invalid(`NodeJobTask.stage ${JobStage[stage] ?? String(stage)} is not a node stage of a ${kind.type}: expected ${expected}`);
  }
  const names = requestedNames(task.params);
  if (!names.ok) return invalid(names.message);
  const options = backupOptions(task.params?.backup, kind.type);
  if (!options.ok) return invalid(options.message);
  const clusterName = task.clusterName ?? '';
  const clusterProblem = segmentProblem(clusterName);
  if (clusterProblem !== undefined) return invalid(`NodeJobTask.cluster_name ${JSON.stringify(clusterName)} cannot name the backups' storage namespace: ${clusterProblem}`);
  const sourceNodeId = kind.type === 'RESTORE' ? task.sourceNodeId || nodeId : nodeId;
  const sourceProblem = segmentProblem(sourceNodeId);
  if (sourceProblem !== undefined) return invalid(`NodeJobTask.source_node_id ${JSON.stringify(sourceNodeId)} is not a node id: ${sourceProblem}`);
  if (kind.type === 'RESTORE' && options.value.restoreType === RestoreType.NODE_RESTORE && stage !== JobStage.RESTORE_DOWNLOAD) {
    return invalid(`a NODE_RESTORE has one node stage, RESTORE_DOWNLOAD (it places the files itself), not ${JobStage[stage] ?? String(stage)}`);
  }
  const credentials = readCredentials(task.credentials);
  if (!credentials.ok) return invalid(credentials.message);
  if (credentials.value !== undefined && options.value.storage !== 's3') {
    return invalid('NodeJobTask.credentials are S3 keys, but the backup is stored in a local directory; the scheduler must not send keys for it');
  }
  const timeoutSeconds = task.timeoutSeconds ?? 0;
  return {
    ok: true,
    spec: {
      taskId,
      nodeId,
      jobId: task.jobId,
      type: kind.type,
      stage,
      options: options.value,
      keyspaces: names.keyspaces,
      tables: names.tables,
      clusterName,
      sourceNodeId,
      truncate: stage === JobStage.RESTORE_IMPORT && task.truncate === true,
      ...(credentials.value === undefined ? {} : { credentials: credentials.value }),
      jobTimeoutMs: timeoutSeconds > 0 ? timeoutSeconds * 1000 : DEFAULT_DATA_JOB_TIMEOUT_MS,
    },
  };
}

type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** BackupOptions with the proto3 defaults resolved, or the first thing wrong with them. */
export function backupOptions(raw: cassandra_mesos.v1.IBackupOptions | null | undefined, type: DataJobType): Checked<DataJobOptions> {
  const fail = (message: string): Checked<DataJobOptions> => ({ ok: false, message });
  if (!raw) return fail(`JobParams.backup is missing: a ${type} task needs its BackupOptions (backup name and storage)`);
  const backupName = raw.backupName ?? '';
  const nameProblem = backupNameProblem(backupName);
  if (nameProblem !== undefined) return fail(`BackupOptions.backup_name: ${nameProblem}`);
  const storage = raw.storage ?? '';
  if (storage !== 's3' && storage !== 'local') return fail(`BackupOptions.storage is ${JSON.stringify(storage)}; it must be "s3" or "local"`);
  const bucket = raw.bucket ?? '';
  const prefix = raw.prefix ?? '';
  const endpoint = raw.endpoint ?? '';
  if (storage === 's3') {
    if (bucket === '') return fail('BackupOptions.bucket is empty: an S3 backup needs the bucket to write to (s3://bucket/prefix)');
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/.test(bucket)) return fail(`BackupOptions.bucket ${JSON.stringify(bucket)} is not a bucket name: use letters, digits, '.', '_' and '-'`);
    const prefixProblem = keyProblem(prefix.replace(/\/+$/, ''));
    if (prefix !== '' && prefixProblem !== undefined) return fail(`BackupOptions.prefix ${JSON.stringify(prefix)} cannot prefix storage keys: ${prefixProblem}`);
    if (endpoint !== '' && !isHttpUrl(endpoint)) return fail(`BackupOptions.endpoint ${JSON.stringify(endpoint)} is not an http(s) URL, e.g. "http://127.0.0.1:9000"`);
  } else if (prefix.includes('\0')) {
    return fail('BackupOptions.prefix (the local backup directory) contains a NUL character');
  }
  const concurrency = raw.concurrency || DEFAULT_TRANSFER_CONCURRENCY;
  if (concurrency > MAX_TRANSFER_CONCURRENCY) return fail(`BackupOptions.concurrency is ${concurrency}; at most ${MAX_TRANSFER_CONCURRENCY} files can move at once`);
  const partSizeBytes = raw.partSizeBytes || DEFAULT_PART_SIZE_BYTES;
  if (storage === 's3' && (partSizeBytes < MIN_PART_SIZE_BYTES || partSizeBytes > MAX_PART_SIZE_BYTES)) {
    return fail(`BackupOptions.part_size_bytes is ${partSizeBytes}; S3 parts are 5 MiB to 5 GiB (${MIN_PART_SIZE_BYTES}-${MAX_PART_SIZE_BYTES})`);
  }
  const backupType = raw.backupType || BackupType.NODE_SNAPSHOT;
  if (BackupType[backupType] === undefined) return fail(`BackupOptions.backup_type ${backupType} is unknown (1 = CLUSTER_CONSISTENT, 2 = NODE_SNAPSHOT, 3 = INCREMENTAL)`);
  const restoreType = raw.restoreType || RestoreType.CLUSTER_RESTORE;
  if (RestoreType[restoreType] === undefined) return fail(`BackupOptions.restore_type ${restoreType} is unknown (1 = CLUSTER_RESTORE, 2 = NODE_RESTORE)`);
  const baseBackup = raw.baseBackup ?? '';
  const snapshotTag = raw.snapshotTag ?? '';
  if (type === 'BACKUP') {
    if (backupType === BackupType.INCREMENTAL) {
      const baseProblem = backupNameProblem(baseBackup);
      if (baseProblem !== undefined) return fail(`BackupOptions.base_backup: an INCREMENTAL backup adds to a snapshot backup; ${baseProblem}`);
      if (baseBackup === backupName) return fail(`BackupOptions.base_backup is the backup itself (${JSON.stringify(backupName)}); name the snapshot backup it adds to`);
      if (snapshotTag !== '') return fail('BackupOptions.snapshot_tag is set on an INCREMENTAL backup, which takes no snapshot: it uploads the incremental_backups files');
    }
    if (backupType === BackupType.CLUSTER_CONSISTENT && snapshotTag === '') {
      return fail('BackupOptions.snapshot_tag is empty: the upload of a CLUSTER_CONSISTENT backup uses the snapshot every node took under that tag');
    }
    if (snapshotTag !== '') {
      const tagProblem = snapshotTagProblem(snapshotTag);
      if (tagProblem !== undefined) return fail(`BackupOptions.snapshot_tag: ${tagProblem}`);
    }
  }
  const nodeMapping: Record<string, string> = {};
  for (const [target, source] of Object.entries(raw.nodeMapping ?? {})) {
    const problem = segmentProblem(target) ?? segmentProblem(source);
    if (problem !== undefined) return fail(`BackupOptions.node_mapping ${JSON.stringify(target)} -> ${JSON.stringify(source)} does not map node ids: ${problem}`);
    nodeMapping[target] = source;
  }
  return {
    ok: true,
    value: {
      backupName,
      storage,
      bucket,
      prefix,
      endpoint,
      region: raw.region || DEFAULT_REGION,
      forcePathStyle: raw.forcePathStyle === true || endpoint !== '',
      concurrency,
      partSizeBytes,
      rateLimitBytesPerSecond: raw.rateLimitBytesPerSecond ?? 0,
      backupType,
      baseBackup,
      sourceCluster: raw.sourceCluster ?? '',
      restoreType,
      snapshotOnly: raw.snapshotOnly === true,
      nodeMapping,
      restoreSchema: raw.restoreSchema === true,
      snapshotTag,
    },
  };
}

function readCredentials(raw: cassandra_mesos.v1.IStorageCredentials | null | undefined): Checked<StorageCredentials | undefined> {
  const accessKeyId = raw?.accessKeyId ?? '';
  const secretAccessKey = raw?.secretAccessKey ?? '';
  const sessionToken = raw?.sessionToken ?? '';
  if (accessKeyId === '' && secretAccessKey === '' && sessionToken === '') return { ok: true, value: undefined };
  // Never echo a key: only say which part is missing.
  if (accessKeyId === '' || secretAccessKey === '') {
    return { ok: false, message: `NodeJobTask.credentials has ${accessKeyId === '' ? 'no access key id' : 'no secret access key'}; send both keys, or none to use the executor's default AWS credentials` };
  }
  return { ok: true, value: storageCredentials({ accessKeyId, secretAccessKey, ...(sessionToken === '' ? {} : { sessionToken }) }) };
}

function keyProblem(key: string): string | undefined {
  try {
    assertValidKey(key);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

/** Why `value` cannot be one segment of a storage key (a cluster or node id), or undefined. */
function segmentProblem(value: string): string | undefined {
  if (value === '') return 'it is empty';
  if (value.includes('/')) return "it contains '/'";
  return keyProblem(value);
}

function snapshotTagProblem(tag: string): string | undefined {
  try {
    assertSnapshotTag(tag);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
