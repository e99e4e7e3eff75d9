// The scheduler's backup/restore surface: one BackupService that the REST routes (both families) and
// the Cassy gRPC server call, its request/response shapes, its typed error, and the ApplicationPauser
// the driver uses for consistent backups. Transports translate; they never decide anything themselves.
import type { JobNodeView, JobView } from '../api/views/job';

/** Which of the two job kinds a status/abort/last call is about. */
export type BackupKind = 'backup' | 'restore';

/** Cassy's backup types (proto BackupType names). */
export type BackupTypeName = 'NODE_SNAPSHOT' | 'INCREMENTAL' | 'CLUSTER_CONSISTENT';
/** Cassy's restore types (proto RestoreType names). */
export type RestoreTypeName = 'CLUSTER_RESTORE' | 'NODE_RESTORE';

/**
 * What went wrong, in transport-neutral terms. REST: 400 / 404 / 409 / 503 / 403;
 * gRPC: INVALID_ARGUMENT / NOT_FOUND / FAILED_PRECONDITION / UNAVAILABLE / PERMISSION_DENIED.
 */
export type BackupServiceErrorCode = 'INVALID_ARGUMENT' | 'NOT_FOUND' | 'FAILED_PRECONDITION' | 'UNAVAILABLE' | 'PERMISSION_DENIED';

/**
 * A refusal with a message that names the problem and what to do. `reason` is a stable machine code
 * for REST clients (e.g. INVALID_BACKUP_NAME, BACKUP_NOT_FOUND, JOB_RUNNING, NOT_LEADER); `details`
 * is extra JSON (field problems, the running job). Never carries a secret.
 */
export class BackupServiceError extends Error {
  constructor(
    readonly code: BackupServiceErrorCode,
    message: string,
    readonly reason: string = code,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'BackupServiceError';
  }
}

/** S3 keys a request brought. Held in the scheduler's memory only (CredentialVault); never stored, logged or returned. */
export interface StorageKeys {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
}

export interface BackupStartRequest {
  /** Backup name; default `backup-<epoch ms>`. Letters, digits, `_`, `-`, `.`; no `/`, no `..`. */
  readonly name?: string | undefined;
  /** Default NODE_SNAPSHOT. */
  readonly type?: BackupTypeName | undefined;
  /** INCREMENTAL: the snapshot backup these files add to (required for INCREMENTAL, refused otherwise). */
  readonly baseBackup?: string | undefined;
  /** Default: every non-system keyspace. */
  readonly keyspaces?: readonly string[] | undefined;
  /** Node ids, IPs or hostnames; default all nodes. */
  readonly nodes?: readonly string[] | undefined;
  /** Nodes uploading at once (default 1). */
  readonly parallelism?: number | undefined;
  /** Where to: `s3://bucket[/prefix]`, `file:///dir` or `local`; default the CASSANDRA_MESOS_BACKUP_LOCATION setting. */
  readonly location?: string | undefined;
  /** Request keys (DC/OS s3_access_key/s3_secret_key); default the scheduler's env keys, else the executor's AWS chain. */
  readonly credentials?: StorageKeys | undefined;
  /** CLUSTER_CONSISTENT: DNS SRV name of the applications to pause; default the CASSANDRA_MESOS_PAUSE_SRV setting. */
  readonly pauseSrv?: string | undefined;
  /** CLUSTER_CONSISTENT: longest pause in seconds (default 30). */
  readonly pauseTimeoutSeconds?: number | undefined;
  /** A node's part fails after this long (default 6 h). */
  readonly nodeTimeoutSeconds?: number | undefined;
}

export interface RestoreStartRequest {
  /** The backup to restore (required). */
  readonly name: string;
  /** The cluster (framework name) that took the backup; default this one. */
  readonly sourceCluster?: string | undefined;
  /** Default CLUSTER_RESTORE. */
  readonly type?: RestoreTypeName | undefined;
  /** Leave the incremental files out. */
  readonly snapshotOnly?: boolean | undefined;
  /** This cluster's node (id, IP or hostname) → the backup's node id. Default: the same node ids. */
  readonly nodeMapping?: Readonly<Record<string, string>> | undefined;
  /** Create missing keyspaces/tables from the manifests' CQL (default false). */
  readonly restoreSchema?: boolean | undefined;
  readonly keyspaces?: readonly string[] | undefined;
  /** Tables of the named keyspaces (table names; name the keyspaces too). */
  readonly tables?: readonly string[] | undefined;
  /** Node ids, IPs or hostnames of this cluster; default all. NODE_RESTORE: the (stopped) nodes to restore. */
  readonly nodes?: readonly string[] | undefined;
  readonly parallelism?: number | undefined;
  /** Where the backup is, when it is not in the catalogue (same forms as BackupStartRequest.location). */
  readonly location?: string | undefined;
  readonly credentials?: StorageKeys | undefined;
  readonly nodeTimeoutSeconds?: number | undefined;
  /** Answer the plan (mapping, bytes, estimated time) and start nothing. */
  readonly dryRun?: boolean | undefined;
}

/** Per node of a running or finished backup/restore: the job's node view plus where it runs and how far the transfer is. */
export interface BackupNodeView extends JobNodeView {
  readonly hostname: string | null;
  readonly ip: string | null;
  readonly executorId: string | null;
  /** BACKUP_UPLOAD, RESTORE_DOWNLOAD, ... or null. */
  readonly stage: string | null;
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly bytesSkipped: number;
  readonly filesDone: number;
  readonly filesTotal: number;
  readonly rateBytesPerSecond: number;
  /** Backup: the SHA-256 of the node manifest it wrote. */
  readonly manifestSha256: string | null;
  /** Bytes moved per finished keyspace (absent = not reported). */
  readonly keyspaceBytes?: Readonly<Record<string, number>>;
}

export interface BackupJobDetails {
  readonly name: string;
  /** BACKUP: NODE_SNAPSHOT | INCREMENTAL | CLUSTER_CONSISTENT; RESTORE: CLUSTER_RESTORE | NODE_RESTORE. */
  readonly type: string;
  readonly storage: 's3' | 'local';
  /** s3://bucket/prefix or local:<directory>; never with credentials. */
  readonly location: string;
  readonly baseBackup: string | null;
  readonly sourceCluster: string | null;
  readonly snapshotOnly: boolean;
  readonly restoreSchema: boolean;
  readonly nodeMapping: Readonly<Record<string, string>>;
  /** The request brought its own S3 keys (the keys themselves are never shown). */
  readonly requestCredentials: boolean;
}

export interface TransferView {
  readonly stage: string | null;
  readonly stageStartedAt: string | null;
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly bytesSkipped: number;
  /** Sum of the running nodes' rates. */
  readonly rateBytesPerSecond: number;
  /** From the bytes left and the current rate; null when unknown or not running. */
  readonly etaSeconds: number | null;
}

/** A backup or restore job: the common job view, plus backup details, transfer progress and per-node transfer facts. */
export interface BackupJobView extends Omit<JobView, 'nodes'> {
  readonly backup: BackupJobDetails;
  readonly transfer: TransferView;
  readonly nodes?: BackupNodeView[];
}

export interface BackupStatusView {
  readonly running: boolean;
  readonly job: BackupJobView | null;
}

/** One node of a restore plan. */
export interface RestorePlanNode {
  /** This cluster's node. */
  readonly nodeId: string;
  readonly ip: string | null;
  readonly hostname: string | null;
  /** The backup's node whose files it gets. */
  readonly backupNodeId: string;
  readonly bytes: number;
  readonly files: number;
  /**
   * The node's ring tokens equal its backup node's (true), differ (false), or were not compared (null:
   * no live node to read the ring from, or a local backup without manifests).
   */
  readonly tokensMatch: boolean | null;
}

export interface RestorePlanView {
  readonly dryRun: true;
  readonly backup: string;
  readonly sourceCluster: string;
  readonly type: RestoreTypeName;
  readonly location: string;
  readonly snapshotOnly: boolean;
  readonly restoreSchema: boolean;
  readonly keyspaces: string[];
  readonly nodes: RestorePlanNode[];
  readonly totalBytes: number;
  readonly estimatedSeconds: number;
  readonly rateBytesPerSecond: number;
  /** Where the rate comes from: the last finished backup/restore, or a conservative default of 50 MB/s. */
  readonly rateSource: 'last-restore' | 'last-backup' | 'default';
  /** Things that do not stop the restore but the operator should know. */
  readonly warnings: string[];
}

export function isRestorePlan(result: BackupJobView | RestorePlanView): result is RestorePlanView {
  return 'dryRun' in result && result.dryRun === true;
}

export interface BackupNodeSummary {
  readonly nodeId: string;
  readonly hostname: string | null;
  readonly bytes: number;
  readonly files: number;
  readonly manifestSha256: string | null;
  readonly cassandraVersion: string | null;
  readonly dataCenter: string | null;
  readonly rack: string | null;
}

export interface BackupSummary {
  readonly name: string;
  /** Storage namespace: the framework name of the cluster that took it. */
  readonly cluster: string;
  /** UNKNOWN: found in storage only (not in this scheduler's catalogue), which does not record the type. */
  readonly type: BackupTypeName | 'UNKNOWN';
  readonly storage: 's3' | 'local';
  /** s3://bucket/prefix or local:<directory>; never with credentials. */
  readonly location: string;
  readonly baseBackup: string | null;
  readonly jobId: string | null;
  readonly startedAt: string | null;
  /** When the backup was committed (its cluster manifest / catalogue entry was written). */
  readonly createdAt: string;
  readonly totalBytes: number;
  readonly totalFiles: number;
  readonly keyspaces: string[];
  readonly nodes: BackupNodeSummary[];
  /** Where it was found: the ZooKeeper catalogue, the storage listing, or both. */
  readonly source: 'catalogue' | 'storage' | 'both';
}

export interface BackupListView {
  readonly cluster: string;
  /** Newest first. */
  readonly backups: BackupSummary[];
  /** Parts that could not be listed (e.g. the S3 bucket unreachable), with why; the rest is still answered. */
  readonly warnings: string[];
}

export type VerifyProblemKind = 'MISSING' | 'WRONG_SIZE' | 'WRONG_CHECKSUM' | 'UNREADABLE';

export interface VerifyProblem {
  readonly kind: VerifyProblemKind;
  /** The storage key of the object. */
  readonly key: string;
  readonly nodeId: string | null;
  readonly message: string;
}

export interface VerifyReport {
  readonly backup: string;
  readonly cluster: string;
  readonly ok: boolean;
  readonly checkedObjects: number;
  readonly checkedBytes: number;
  readonly durationMs: number;
  readonly problems: VerifyProblem[];
}

export interface PurgeRequest {
  /** Purge backups committed more than this many days ago. */
  readonly olderThanDays?: number | undefined;
  /** Keep this many newest backups, purge the rest. */
  readonly keepLast?: number | undefined;
  /** Only list what would be deleted. */
  readonly dryRun?: boolean | undefined;
  /** Storage namespace; default this cluster. */
  readonly cluster?: string | undefined;
  /** Which S3 location (s3://bucket[/prefix]); default the CASSANDRA_MESOS_BACKUP_LOCATION setting. Local backups cannot be purged from the scheduler. */
  readonly location?: string | undefined;
  readonly credentials?: StorageKeys | undefined;
}

export interface PurgeReport {
  readonly dryRun: boolean;
  readonly cluster: string;
  /** Backups purged (or to be purged), oldest first. */
  readonly purged: string[];
  readonly kept: string[];
  /** Object keys deleted (or to delete), in deletion order: cluster manifests, node manifests, data. */
  readonly deletedObjects: string[];
  readonly deletedBytes: number;
  /** Data objects of purged backups kept because a kept backup still references them. */
  readonly sharedObjectsKept: number;
  readonly problems: string[];
}

export interface ClusterNodeDescription {
  readonly nodeId: string;
  readonly ip: string | null;
  readonly hostname: string | null;
  /** The node's Cassandra state as the scheduler knows it: LIVE, STARTING, STOPPED, ... */
  readonly state: string;
}

/** For Cassy's RegisterCluster: this cluster as the backup tooling sees it. */
export interface ClusterDescription {
  /** Cassandra's cluster_name. */
  readonly clusterName: string;
  /** The framework name = the storage namespace of this cluster's backups. */
  readonly frameworkName: string;
  readonly nodes: ClusterNodeDescription[];
  /** Non-system keyspaces (empty when no node could be asked). */
  readonly keyspaces: string[];
  /** Cassandra's data directory on the nodes. */
  readonly dataDir: string;
}

/** Which backups a query is about: a cluster's (default this one) at a location (default the catalogue, then the setting). */
export interface StorageQuery {
  readonly cluster?: string | undefined;
  /** s3://bucket[/prefix], file:///dir or local. */
  readonly location?: string | undefined;
  readonly credentials?: StorageKeys | undefined;
}

/** The one implementation both REST families and gRPC call. `principal` is who asked (ClusterJob.requested_by). */
export interface BackupService {
  startBackup(request: BackupStartRequest, principal: string): Promise<BackupJobView>;
  startRestore(request: RestoreStartRequest, principal: string): Promise<BackupJobView | RestorePlanView>;
  listBackups(options?: StorageQuery & { readonly limit?: number | undefined }): Promise<BackupListView>;
  getBackup(name: string, options?: StorageQuery): Promise<BackupSummary>;
  verifyBackup(name: string, options?: StorageQuery): Promise<VerifyReport>;
  purgeBackups(request: PurgeRequest): Promise<PurgeReport>;
  /** Asks the running backup/restore to stop after its current node(s). */
  abort(kind: BackupKind): Promise<BackupJobView>;
  status(kind: BackupKind): Promise<BackupStatusView>;
  /** The newest finished job of this kind with its nodes; null when there is none. */
  last(kind: BackupKind): Promise<BackupJobView | null>;
  /** Finished jobs of this kind, newest first (with their nodes), for Cassy's ListRestoreStatuses / ListBackups. */
  history(kind: BackupKind, limit?: number): Promise<BackupJobView[]>;
  describeCluster(): Promise<ClusterDescription>;
}

/** Cassy's application pause (scalar-admin Pause/Unpause on every host of a DNS SRV record). */
export interface ApplicationPauser {
  pause(srv: string, timeoutMs: number): Promise<{ readonly ok: boolean; readonly message: string; readonly hosts: string[] }>;
  unpause(srv: string): Promise<void>;
}
