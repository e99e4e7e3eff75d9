// What one node part of a BACKUP or RESTORE job gets to work with: the validated task (DataJobSpec),
// the node's resources (DataJobDeps), a progress sink (DataJobProgress), the storage it reads or
// writes (openStorage) and what it hands back at the end (DataJobOutcome). Backup (../backup) and
// restore (../restore) both build on these types; the data-job runner fills them in.
import { resolve } from 'node:path';
import { inspect } from 'node:util';
import type { Client as CqlClient } from 'cassandra-driver';
import type { Logger } from 'pino';
import {
  dataKey,
  describeSchemaError,
  LocalDirectoryStorage,
  localDataKey,
  localNodeManifestKey,
  nodeManifestKey,
  NodeManifestSchema,
  S3Storage,
  type BackupStorage,
  type LayoutRoot,
  type NodeManifest,
} from '@cassandra-mesos/backup-storage';
import type { CassandraJmx } from '@cassandra-mesos/cassandra-jmx';
import type { cassandra_mesos } from '@cassandra-mesos/model';
import type { Clock } from '../clock';

export type DataJobType = 'BACKUP' | 'RESTORE';

/** S3 keys for one job (NodeJobTask.credentials). Never logged, stored or returned. */
export interface StorageCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

const REDACTED = '[redacted]';

/**
 * The keys as an object that redacts itself wherever it could be printed: JSON.stringify (pino),
 * util.inspect (console.log, jest), String(). The fields stay readable for the S3 client.
 */
export function storageCredentials(keys: StorageCredentials): StorageCredentials {
  const credentials = { accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey, ...(keys.sessionToken ? { sessionToken: keys.sessionToken } : {}) };
  Object.defineProperties(credentials, {
    toJSON: { value: () => REDACTED, enumerable: false },
    toString: { value: () => REDACTED, enumerable: false },
    [inspect.custom]: { value: () => REDACTED, enumerable: false },
  });
  return Object.freeze(credentials);
}

/** BackupOptions of the task with the proto3 defaults resolved: every field means what it says. */
export interface DataJobOptions {
  readonly backupName: string;
  readonly storage: 's3' | 'local';
  /** S3 only. */
  readonly bucket: string;
  /** S3: key prefix ('' = none). Local: the backup directory, absolute or relative to the sandbox (default "backup"). */
  readonly prefix: string;
  /** S3-compatible endpoint; '' = AWS. */
  readonly endpoint: string;
  /** Default us-east-1. */
  readonly region: string;
  /** True whenever an endpoint is given. */
  readonly forcePathStyle: boolean;
  /** Files moved at once (default 4). */
  readonly concurrency: number;
  /** Multipart part size (default 16 MiB). */
  readonly partSizeBytes: number;
  /** 0 = unlimited. */
  readonly rateLimitBytesPerSecond: number;
  /** NODE_SNAPSHOT when the task left it unset. */
  readonly backupType: cassandra_mesos.v1.BackupType;
  /** INCREMENTAL: the snapshot backup it adds to. */
  readonly baseBackup: string;
  /** Restore: cluster the backup belongs to ('' = this one; NodeJobTask.cluster_name already resolves it). */
  readonly sourceCluster: string;
  /** CLUSTER_RESTORE when the task left it unset. */
  readonly restoreType: cassandra_mesos.v1.RestoreType;
  /** Restore: leave out files marked incremental. */
  readonly snapshotOnly: boolean;
  /** Restore: this cluster's node id → backup node id. */
  readonly nodeMapping: Readonly<Record<string, string>>;
  /** Restore: create missing keyspaces/tables from the manifest's CQL. */
  readonly restoreSchema: boolean;
  /** Consistent backup: upload this existing snapshot instead of taking one; '' = take one tagged backupName. */
  readonly snapshotTag: string;
}

/** A validated BACKUP or RESTORE NodeJobTask. */
export interface DataJobSpec {
  readonly taskId: string;
  readonly nodeId: string;
  readonly jobId: string;
  readonly type: DataJobType;
  /** BACKUP_UPLOAD for a backup part; RESTORE_DOWNLOAD or RESTORE_IMPORT for a restore part. */
  readonly stage: cassandra_mesos.v1.JobStage;
  readonly options: DataJobOptions;
  /** Requested keyspaces, without duplicates; empty = every non-system keyspace. */
  readonly keyspaces: readonly string[];
  /** Requested tables (of each keyspace); empty = all. */
  readonly tables: readonly string[];
  /** Storage namespace of the keys: the framework name of the cluster that took the backup. */
  readonly clusterName: string;
  /** Restore: the backup node whose files this node gets (defaults to nodeId). */
  readonly sourceNodeId: string;
  /** Restore import: this node truncates (and creates the schema) for the whole cluster. */
  readonly truncate: boolean;
  /** Absent: the executor's default AWS credential chain. Built by storageCredentials (redacting). */
  readonly credentials?: StorageCredentials;
  /** Limit of this part on this node (NodeJobTask.timeout_seconds, default 6 h). */
  readonly jobTimeoutMs: number;
}

/** The part of CassandraJmx a data job uses (fakes in unit tests implement just this). */
export type DataJobJmx = Pick<
  CassandraJmx,
  'client' | 'health' | 'version' | 'keyspaces' | 'tables' | 'dataFileLocations' | 'tableDataPaths' | 'flush' | 'takeSnapshot' | 'clearSnapshot' | 'listSnapshots' | 'importSSTables'
>;

/** A CQL session to this node only (cassandra-driver). */
export type CqlSession = Pick<CqlClient, 'execute'>;

export interface DataJobDeps {
  /** This node's Cassandra over Jolokia; undefined while it does not run (NODE_RESTORE runs on a stopped node). */
  readonly jmx: DataJobJmx | undefined;
  /**
   * The CQL session to this node, opened on the first call and shut down by the runner when the part
   * ends. Rejects with a message saying why when Cassandra does not run or refuses the connection.
   */
  cql(): Promise<CqlSession>;
  /** Cassandra's data_file_directories of this node (absolute; the first one is where staging goes). */
  readonly dataDirectories: readonly string[];
  /** The executor's sandbox (relative local backup directories resolve against it). */
  readonly sandbox: string;
  readonly log: Logger;
  readonly clock: Clock;
}

/** What a part reports while it runs: a partial NodeJobRecord, merged into the running record. */
export type DataJobProgressFields = Pick<
  cassandra_mesos.v1.INodeJobRecord,
  'currentKeyspace' | 'keyspaces' | 'remainingKeyspaces' | 'bytesDone' | 'bytesTotal' | 'bytesSkipped' | 'filesDone' | 'filesTotal' | 'rateBytesPerSecond'
>;

export interface DataJobProgress {
  /**
   * Merges `fields` into the record. It is sent (ExecutorMessage.job_progress) at most once per 2 s;
   * a report that falls inside the window is sent when it ends, so the latest state always goes out.
   */
  report(fields: DataJobProgressFields): void;
}

/** The final record of a successful part (the runner adds job/node/task ids, state, stage and times). */
export interface DataJobOutcome {
  /** One entry per keyspace (seeds/001 processedKeyspaces: status, duration, bytes). */
  readonly keyspaces: readonly cassandra_mesos.v1.IKeyspaceProgress[];
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly bytesSkipped: number;
  readonly filesDone: number;
  readonly filesTotal: number;
  /** Backup: the node manifest written and the SHA-256 of the stored document. */
  readonly manifestKey?: string;
  readonly manifestSha256?: string;
  /** One line for TASK_FINISHED, e.g. "uploaded 12 files (3.1 MiB), 40 already stored (1.2 GiB)". */
  readonly summary: string;
}

/**
 * A part that cannot finish throws an Error whose message names the keyspace/table/object and the
 * storage error (StorageUnavailableError.code); it never contains credentials. When the AbortSignal
 * fires (abort, KILL, timeout, shutdown) the part stops at once and rejects: the signal goes into every
 * transfer and checksum, so a file in flight is cut off (no object, no multipart upload, no partial
 * file left), not waited for. Either way it cleans up what it made (snapshots, partial staging)
 * before it settles.
 */
export type DataJobPart = (spec: DataJobSpec, deps: DataJobDeps, progress: DataJobProgress, signal: AbortSignal) => Promise<DataJobOutcome>;

/** Where a job's objects live and how they are named: S3 keeps the content-addressed layout, local the seeds/001 tree. */
export interface DataJobStorage {
  readonly storage: BackupStorage;
  readonly kind: 's3' | 'local';
  /** prefix ('' for local, whose prefix is the root directory) + cluster namespace. */
  readonly root: LayoutRoot;
  /** Key of `nodeId`'s manifest of `backupName`. */
  nodeManifestKey(backupName: string, nodeId: string): string;
  /** Key of one SSTable component of `nodeId` in `backupName`. */
  dataKey(file: DataFileRef): string;
  /** Reads and validates a node manifest (NotFoundError when the node has none in that backup). */
  readNodeManifest(backupName: string, nodeId: string): Promise<NodeManifest>;
  /** Releases sockets (S3); call when the part ends. */
  close(): void;
}

export interface DataFileRef {
  readonly backupName: string;
  readonly nodeId: string;
  readonly keyspace: string;
  readonly table: string;
  /** Cassandra's table directory name, `<table>-<32 hex id>`. */
  readonly tableId: string;
  readonly fileName: string;
  readonly sha256: string;
}

export const DEFAULT_LOCAL_BACKUP_DIRECTORY = 'backup';

/** The storage of the job's BackupOptions, with the job's credentials (or the default AWS chain). */
export function openStorage(spec: DataJobSpec, deps: Pick<DataJobDeps, 'sandbox'>): DataJobStorage {
  const { options } = spec;
  if (options.storage === 'local') {
    const directory = resolve(deps.sandbox, options.prefix || DEFAULT_LOCAL_BACKUP_DIRECTORY);
    const root: LayoutRoot = { prefix: '', cluster: spec.clusterName };
    const storage = new LocalDirectoryStorage(directory);
    const manifestKey = (backupName: string, nodeId: string): string => localNodeManifestKey(root, backupName, nodeId);
    return {
      storage,
      kind: 'local',
      root,
      nodeManifestKey: manifestKey,
      dataKey: (file) => localDataKey(root, file),
      readNodeManifest: (backupName, nodeId) => readManifest(storage, manifestKey(backupName, nodeId)),
      close: () => undefined,
    };
  }
  const root: LayoutRoot = { prefix: options.prefix.replace(/\/+$/, ''), cluster: spec.clusterName };
  const s3 = new S3Storage({
    bucket: options.bucket,
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    forcePathStyle: options.forcePathStyle,
    ...(spec.credentials ? { credentials: spec.credentials } : {}),
    partSizeBytes: options.partSizeBytes,
    // Two parts in flight per file: with `concurrency` files at once, memory stays near concurrency × 2 × part size.
    queueSize: 2,
    ...(options.rateLimitBytesPerSecond > 0 ? { rateLimitBytesPerSecond: options.rateLimitBytesPerSecond } : {}),
  });
  const manifestKey = (backupName: string, nodeId: string): string => nodeManifestKey(root, backupName, nodeId);
  return {
    storage: s3,
    kind: 's3',
    root,
    nodeManifestKey: manifestKey,
    dataKey: (file) => dataKey(root, file),
    readNodeManifest: (backupName, nodeId) => readManifest(s3, manifestKey(backupName, nodeId)),
    close: () => s3.destroy(),
  };
}

async function readManifest(storage: BackupStorage, key: string): Promise<NodeManifest> {
  const parsed = NodeManifestSchema.safeParse(await storage.getJson(key));
  if (!parsed.success) throw new Error(describeSchemaError(`'${key}' is not a valid node manifest`, parsed.error));
  return parsed.data;
}
