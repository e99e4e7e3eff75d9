// How the scheduler itself reaches backup storage (to commit, list, verify and purge; the executors move
// the data). S3 only: local backups live on the agents' disks, which the scheduler cannot see.
// Credentials in order: the request's keys, the scheduler's env keys, else the default AWS chain.
import { S3Storage, type BackupStorage, type LayoutRoot } from '@cassandra-mesos/backup-storage';
import { describeLocation, type StorageLocation } from './location';
import { BackupServiceError, type StorageKeys } from './types';

/** A storage the caller must close when done (S3 clients hold sockets). */
export interface OpenedStorage {
  readonly storage: BackupStorage;
  readonly root: LayoutRoot;
  close(): void;
}

export interface StorageOpener {
  /** Opens the S3 location for `cluster`'s backups; FAILED_PRECONDITION for a local location. */
  open(location: StorageLocation, cluster: string, keys: StorageKeys | undefined): OpenedStorage;
}

export interface S3OpenerOptions {
  /** The scheduler's env keys (CASSANDRA_MESOS_S3_*), used when a request brings none. */
  readonly envKeys?: StorageKeys | undefined;
  readonly maxAttempts?: number;
}

/** Says why the scheduler cannot read a local backup, and what is possible instead. */
export function localNotReachable(location: StorageLocation, what: string): BackupServiceError {
  return new BackupServiceError(
    'FAILED_PRECONDITION',
    `${what} needs to read the backup, but ${describeLocation(location)} is a directory on each agent, which the scheduler cannot see; a restore verifies every file's SHA-256 on the node before using it. Back up to S3 (s3://bucket/prefix) to have it checked centrally`,
    'LOCAL_BACKUP',
  );
}

export class S3StorageOpener implements StorageOpener {
  constructor(private readonly options: S3OpenerOptions = {}) {}

  open(location: StorageLocation, cluster: string, keys: StorageKeys | undefined): OpenedStorage {
    if (location.storage !== 's3') throw localNotReachable(location, 'this operation');
    const credentials = keys ?? this.options.envKeys;
    const storage = new S3Storage({
      bucket: location.bucket,
      region: location.region,
      ...(location.endpoint ? { endpoint: location.endpoint } : {}),
      forcePathStyle: location.forcePathStyle,
      ...(credentials
        ? { credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey, ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}) } }
        : {}),
      ...(this.options.maxAttempts === undefined ? {} : { maxAttempts: this.options.maxAttempts }),
    });
    return { storage, root: { prefix: location.prefix, cluster }, close: () => storage.destroy() };
  }
}

/** Runs `work` with the location's storage open, closing it afterwards. */
export async function withStorage<T>(opener: StorageOpener, location: StorageLocation, cluster: string, keys: StorageKeys | undefined, work: (opened: OpenedStorage) => Promise<T>): Promise<T> {
  const opened = opener.open(location, cluster, keys);
  try {
    return await work(opened);
  } finally {
    opened.close();
  }
}
