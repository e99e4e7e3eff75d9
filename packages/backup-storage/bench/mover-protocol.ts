// What the bench parent sends to a mover child over the IPC channel, and what comes back. The S3
// keys travel only over this channel (never argv or the environment, which `ps` and /proc show).
import type { LayoutRoot } from '@cassandra-mesos/backup-storage';
import type { SnapshotFile } from './dataset';

export interface S3Target {
  readonly endpoint: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly bucket: string;
}

/** The knobs the executor takes from BackupOptions (concurrency, part_size_bytes) plus S3Storage's queueSize and maxPartsInFlight. */
export interface TransferSettings {
  /** Files in flight at once. */
  readonly concurrency: number;
  readonly partSizeBytes: number;
  /** Parts of one file in flight at most (S3Storage queueSize; lib-storage queueSize for the plain SDK). */
  readonly queueSize: number;
  /** Ours only: parts in flight across all files (S3Storage maxPartsInFlight), which bounds upload memory. */
  readonly partsInFlight: number;
}

export interface KeyedFile {
  readonly key: string;
  readonly localPath: string;
  readonly size: number;
}

export interface VerifiedFile extends KeyedFile {
  readonly sha256: string;
}

export type MoverJob =
  /** The executor's backup: SHA-256 of every file (unless known from a previous manifest), then uploadFiles with the layout's data keys. */
  | { readonly kind: 'ours-upload'; readonly s3: S3Target; readonly settings: TransferSettings; readonly root: LayoutRoot; readonly nodeId: string; readonly files: readonly SnapshotFile[]; readonly knownSha256: Readonly<Record<string, string>> }
  /** The executor's restore download: downloadFiles, every file SHA-256-checked before it is renamed into place. */
  | { readonly kind: 'ours-download'; readonly s3: S3Target; readonly settings: TransferSettings; readonly files: readonly VerifiedFile[] }
  /**
   * The AWS SDK alone: lib-storage Upload of each file (same parallelism and part size), no hashing,
   * no HEAD. The SDK signs each part's SHA-256 by default; `unsignedPayload` sends UNSIGNED-PAYLOAD
   * as our S3Storage does, to show what our mover costs beyond that choice.
   */
  | { readonly kind: 'plain-upload'; readonly s3: S3Target; readonly settings: TransferSettings; readonly files: readonly KeyedFile[]; readonly unsignedPayload: boolean }
  /** The AWS SDK alone: GetObject piped into the file, no hashing, no rename. */
  | { readonly kind: 'plain-download'; readonly s3: S3Target; readonly settings: TransferSettings; readonly files: readonly KeyedFile[] };

export interface PhaseTiming {
  readonly name: string;
  readonly ms: number;
  readonly bytes: number;
}

export interface MoverResult {
  /** In order; the child's own clock, so process start-up and module loading are not counted. */
  readonly phases: readonly PhaseTiming[];
  readonly filesMoved: number;
  readonly bytesMoved: number;
  readonly filesSkipped: number;
  readonly bytesSkipped: number;
  /** ours-upload: every file's key and SHA-256 (what the node manifest would record). */
  readonly uploaded?: readonly (VerifiedFile & { readonly relPath: string })[];
  /** RSS after start-up (modules loaded, client built), before any transfer. */
  readonly rssBeforeBytes: number;
  /** VmHWM: the kernel's peak RSS of the whole child life. */
  readonly vmHwmBytes: number;
  readonly cpuUserMs: number;
  readonly cpuSystemMs: number;
}

export type ChildMessage =
  | { readonly type: 'phase'; readonly name: string }
  | { readonly type: 'done'; readonly result: MoverResult }
  | { readonly type: 'failed'; readonly message: string };
