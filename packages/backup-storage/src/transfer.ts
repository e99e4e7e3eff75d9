import { throwIfTransferAborted } from './abort';
import { forEachLimited } from './concurrency';
import { systemClock, type Clock } from './clock';
import { ProgressMeter, type ProgressSnapshot } from './progress';
import type { BackupStorage } from './storage';

export interface FileToUpload {
  readonly localPath: string;
  readonly key: string;
  readonly size: number;
  readonly sha256: string;
}

export interface TransferOptions {
  /** Files moved at the same time (default 4). Each S3 upload also runs `queueSize` parts in parallel. */
  readonly concurrency?: number;
  /** Called at most every `progressIntervalMs` (default 1000) and once at the end. */
  readonly onProgress?: (progress: ProgressSnapshot) => void;
  readonly progressIntervalMs?: number;
  readonly clock?: Clock;
  /**
   * Stops the transfer: no new file starts, the files in flight are cut off (their putFile/getFile
   * get the signal), and the call rejects with a TransferAbortedError.
   */
  readonly signal?: AbortSignal;
}

export interface UploadReport {
  readonly filesUploaded: number;
  readonly bytesUploaded: number;
  /** Files already stored under the same key with the same size and SHA-256: not sent again. */
  readonly filesSkipped: number;
  readonly bytesSkipped: number;
  readonly elapsedMs: number;
}

/**
 * Uploads files with bounded parallelism. A key that already holds an object with the same size
 * and SHA-256 is skipped (SSTables are immutable, so it is the same file). The first failure stops
 * new files from starting, waits for those in flight, and is rethrown; so does an abort, which also
 * cuts off the files in flight.
 */
export async function uploadFiles(storage: BackupStorage, files: readonly FileToUpload[], options: TransferOptions = {}): Promise<UploadReport> {
  const counts = { filesUploaded: 0, bytesUploaded: 0, filesSkipped: 0, bytesSkipped: 0 };
  const elapsedMs = await runWithProgress(files, options, 'upload', async (file, progress) => {
    const existing = await storage.head(file.key);
    if (existing !== undefined && existing.size === file.size && existing.sha256 === file.sha256) {
      counts.filesSkipped++;
      counts.bytesSkipped += file.size;
      progress(file.size);
      return;
    }
    await storage.putFile(file.key, file.localPath, { size: file.size, sha256: file.sha256, onBytes: progress.cumulative(), ...signalOf(options) });
    counts.filesUploaded++;
    counts.bytesUploaded += file.size;
  });
  return { ...counts, elapsedMs };
}

export interface FileToDownload {
  readonly key: string;
  readonly localPath: string;
  readonly size: number;
  readonly sha256: string;
}

/** Downloads files with bounded parallelism, each verified against its expected size and SHA-256 before it is put in place. */
export async function downloadFiles(storage: BackupStorage, files: readonly FileToDownload[], options: TransferOptions = {}): Promise<{ files: number; bytes: number; elapsedMs: number }> {
  const elapsedMs = await runWithProgress(files, options, 'download', async (file, progress) => {
    await storage.getFile(file.key, file.localPath, { expected: { size: file.size, sha256: file.sha256 }, onBytes: progress.cumulative(), ...signalOf(options) });
  });
  return { files: files.length, bytes: files.reduce((s, f) => s + f.size, 0), elapsedMs };
}

function signalOf(options: TransferOptions): { signal?: AbortSignal } {
  return options.signal === undefined ? {} : { signal: options.signal };
}

interface ProgressSink {
  (bytes: number): void;
  /** A per-file callback taking cumulative byte counts (what storages report). */
  cumulative(): (bytesSoFar: number) => void;
}

async function runWithProgress<F extends { readonly size: number; readonly key: string }>(
  files: readonly F[],
  options: TransferOptions,
  operation: string,
  work: (file: F, progress: ProgressSink) => Promise<void>,
): Promise<number> {
  const concurrency = options.concurrency ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`transfer concurrency must be a positive integer, got ${concurrency}`);
  const clock = options.clock ?? systemClock;
  const interval = options.progressIntervalMs ?? 1000;
  const start = clock.now();
  const meter = new ProgressMeter(
    files.reduce((s, f) => s + f.size, 0),
    start,
  );
  let lastReport = start;
  const report = (force: boolean): void => {
    const now = clock.now();
    if (options.onProgress !== undefined && (force || now - lastReport >= interval)) {
      lastReport = now;
      options.onProgress(meter.snapshot(now));
    }
  };
  const add = (bytes: number): void => {
    if (bytes > 0) meter.add(bytes, clock.now());
    report(false);
  };
  const sink: ProgressSink = Object.assign(add, {
    cumulative: () => {
      let seen = 0;
      return (bytesSoFar: number) => {
        add(bytesSoFar - seen);
        seen = bytesSoFar;
      };
    },
  });

  // The abort is checked per file here rather than by forEachLimited, so that it names the file.
  await forEachLimited(files, concurrency, (file) => {
    throwIfTransferAborted(options.signal, operation, file.key);
    return work(file, sink);
  });
  report(true);
  return clock.now() - start;
}
