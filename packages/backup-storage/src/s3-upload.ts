import { createHash, type Hash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  UploadPartCommand,
  type CompletedPart,
  type S3Client,
} from '@aws-sdk/client-s3';
import { throwIfTransferAborted, transferAborted } from './abort';
import { CorruptError, TransferAbortedError, type ContentFacts } from './errors';
import { FILE_READ_CHUNK_BYTES } from './hashing';
import type { TokenBucket } from './rate-limiter';
import type { BytesCallback } from './storage';

/**
 * Uploads a local file to S3 from reusable part buffers: a worker takes a buffer from the storage's
 * PartBufferPool, reads the file's next part straight into it, sends it, and gives it back.
 *
 * Why not lib-storage's Upload with a read stream (what this replaced): it collects stream chunks
 * and `Buffer.concat`s them into every part, so each byte is copied once more and the chunks and
 * part copies wait for the garbage collector; its memory is per file (`queueSize` parts each). In
 * the transfer bench (bench/README.md) it cost about twice the CPU and twice the memory. Here the
 * pool bounds upload memory for the whole storage (`maxPartsInFlight × partSizeBytes`, however many
 * files are in flight), a file uploaded alone still gets up to `queueSize` parts in flight (the
 * one 200 GB SSTable at the end of a backup), and nothing waits for the garbage collector.
 *
 * Parts are read in order, one after the other, so the SHA-256 sees the file from start to end and
 * is checked before CompleteMultipartUpload: an object whose bytes do not match `expected` is
 * never completed (the upload is aborted), and a file of at most one part is checked before
 * anything is sent.
 *
 * With a `signal`, an abort stops the upload where it is: no further read, no new part, the part
 * requests in flight cancelled (the SDK's abortSignal), every buffer back in the pool, the multipart
 * upload aborted, and then a TransferAbortedError. CompleteMultipartUpload is the one request not cut:
 * once every part is sent and the SHA-256 matched, the object is committed whole, never half.
 */
export interface S3FileUpload {
  readonly client: S3Client;
  readonly bucket: string;
  readonly key: string;
  readonly localPath: string;
  readonly expected: ContentFacts;
  readonly metadata: Record<string, string>;
  /** Buffers of partSizeBytes, shared by every upload of the storage. */
  readonly buffers: PartBufferPool;
  /** Parts of this file in flight at most. */
  readonly queueSize: number;
  readonly limiter: TokenBucket | undefined;
  /** Cumulative bytes the server has accepted (per part). */
  readonly onBytes?: BytesCallback;
  readonly signal?: AbortSignal;
}

/** The local file could not be read: not the storage's fault. */
export class LocalFileError extends Error {
  constructor(
    readonly localPath: string,
    override readonly cause: Error,
  ) {
    super(cause.message);
    this.name = 'LocalFileError';
  }
}

/**
 * At most `maxBuffers` buffers of `bufferBytes`, created on demand and reused; `acquire` waits
 * (first come, first served) while all are in use, or until its signal fires.
 */
export class PartBufferPool {
  private readonly free: Buffer[] = [];
  private readonly waiting: ((buffer: Buffer) => void)[] = [];
  private created = 0;

  constructor(
    readonly bufferBytes: number,
    readonly maxBuffers: number,
  ) {
    if (!Number.isInteger(maxBuffers) || maxBuffers < 1) throw new Error(`parts in flight must be a positive integer, got ${maxBuffers}`);
  }

  /** Buffers handed out and not yet released. */
  get inUse(): number {
    return this.created - this.free.length;
  }

  /** A buffer, or the signal's reason once it fires (an aborted wait never takes a buffer with it). */
  acquire(signal?: AbortSignal): Promise<Buffer> {
    if (signal?.aborted === true) return Promise.reject(signal.reason as Error);
    const buffer = this.free.pop();
    if (buffer !== undefined) return Promise.resolve(buffer);
    if (this.created < this.maxBuffers) {
      this.created++;
      return Promise.resolve(Buffer.allocUnsafe(this.bufferBytes));
    }
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        const at = this.waiting.indexOf(take);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(signal?.reason as Error);
      };
      const take = (given: Buffer): void => {
        signal?.removeEventListener('abort', onAbort);
        resolve(given);
      };
      this.waiting.push(take);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  release(buffer: Buffer): void {
    const next = this.waiting.shift();
    if (next !== undefined) next(buffer);
    else this.free.push(buffer);
  }
}

async function local<T>(path: string, io: () => Promise<T>): Promise<T> {
  try {
    return await io();
  } catch (err) {
    throw new LocalFileError(path, err as Error);
  }
}

/**
 * Reads `length` bytes at `position` into `buffer` in FILE_READ_CHUNK_BYTES slices, hashing each and
 * taking its tokens from the rate limiter (so a limit paces the reading, as the throttle stream did).
 * Returns fewer bytes only if the file ends early. Stops between slices once `signal` fires, also
 * while waiting for the limiter (a slow limit must not hold an abort for a whole part).
 */
async function readPart(handle: FileHandle, path: string, buffer: Buffer, length: number, position: number, hash: Hash, limiter: TokenBucket | undefined, signal: AbortSignal | undefined): Promise<number> {
  let done = 0;
  while (done < length) {
    signal?.throwIfAborted();
    const { bytesRead } = await local(path, () => handle.read(buffer, done, Math.min(FILE_READ_CHUNK_BYTES, length - done), position + done));
    if (bytesRead === 0) break;
    hash.update(buffer.subarray(done, done + bytesRead));
    if (limiter !== undefined) await limiter.take(bytesRead, signal);
    done += bytesRead;
  }
  return done;
}

/** How long an abort waits for AbortMultipartUpload before it gives up on it (a dead server must not hold the abort). */
const ABORT_UPLOAD_TIMEOUT_MS = 5_000;

export async function uploadFileToS3(u: S3FileUpload): Promise<void> {
  throwIfTransferAborted(u.signal, 'S3 upload', u.key);
  try {
    await uploadFile(u);
  } catch (err) {
    // Whatever the abort made fail (a cancelled request, a read stopped halfway) is the abort.
    if (u.signal?.aborted === true && !(err instanceof TransferAbortedError)) throw transferAborted(u.signal, 'S3 upload', u.key);
    throw err;
  }
}

/** The SDK's per-request options: the abort signal, when there is one. */
function sendOptions(u: S3FileUpload): { abortSignal?: AbortSignal } {
  return u.signal === undefined ? {} : { abortSignal: u.signal };
}

async function uploadFile(u: S3FileUpload): Promise<void> {
  const handle = await local(u.localPath, () => open(u.localPath, 'r'));
  try {
    const { size } = await local(u.localPath, () => handle.stat());
    if (size !== u.expected.size) {
      throw new CorruptError(u.key, u.expected, { size, sha256: '(not read)' }, `The local file ${u.localPath} is not the size it was described with; nothing was uploaded.`);
    }
    if (size <= u.buffers.bufferBytes) await putSmall(u, handle);
    else await putMultipart(u, handle);
  } finally {
    await handle.close();
  }
}

function mismatch(u: S3FileUpload, actual: ContentFacts, what: string): CorruptError {
  return new CorruptError(u.key, u.expected, actual, `The local file ${u.localPath} changed while it was read or was described wrongly; ${what}`);
}

/** One PutObject with the whole file (at most one part), hashed before it is sent. */
async function putSmall(u: S3FileUpload, handle: FileHandle): Promise<void> {
  const buffer = await u.buffers.acquire(u.signal);
  try {
    const hash = createHash('sha256');
    const read = await readPart(handle, u.localPath, buffer, u.expected.size, 0, hash, u.limiter, u.signal);
    const actual = { size: read, sha256: hash.digest('hex') };
    if (actual.size !== u.expected.size || actual.sha256 !== u.expected.sha256) throw mismatch(u, actual, 'nothing was uploaded.');
    u.signal?.throwIfAborted();
    // Cancelling a PutObject is safe: S3 stores the whole (verified) body or nothing.
    await u.client.send(new PutObjectCommand({ Bucket: u.bucket, Key: u.key, Body: buffer.subarray(0, read), Metadata: u.metadata }), sendOptions(u));
    u.onBytes?.(read);
  } finally {
    u.buffers.release(buffer);
  }
}

/** S3 allows at most this many parts per upload. */
const MAX_PARTS = 10_000;
const MiB = 1024 * 1024;

/** The configured part size, or the smallest whole MiB that fits the file into 10,000 parts (SSTables of 160 GiB and more). */
export function partSizeFor(fileSize: number, configured: number): number {
  return Math.max(configured, Math.ceil(fileSize / MAX_PARTS / MiB) * MiB);
}

async function putMultipart(u: S3FileUpload, handle: FileHandle): Promise<void> {
  const { client, bucket, key, expected } = u;
  const partSizeBytes = partSizeFor(expected.size, u.buffers.bufferBytes);
  // A file too big for 10,000 parts of the pool's size brings its own, larger buffers.
  const buffers = partSizeBytes === u.buffers.bufferBytes ? u.buffers : new PartBufferPool(partSizeBytes, u.queueSize);
  // Same rule as lib-storage: with the SDK's default checksums, the upload declares CRC32 and every
  // part carries one (S3 refuses parts whose checksum the upload did not declare, and vice versa).
  const crc32 = (await client.config.requestChecksumCalculation()) === 'WHEN_SUPPORTED';
  const checksum = crc32 ? { ChecksumAlgorithm: 'CRC32' as const } : {};
  // Not cancelled: cut mid-way, it could leave an upload behind whose id was never seen.
  const created = await client.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key, Metadata: u.metadata, ...checksum }));
  const uploadId = created.UploadId;
  if (uploadId === undefined) throw new Error(`CreateMultipartUpload for '${key}' returned no UploadId`);
  try {
    u.signal?.throwIfAborted();
    const partCount = Math.ceil(expected.size / partSizeBytes);
    const hash = createHash('sha256');
    const parts: CompletedPart[] = [];
    let nextPart = 1;
    let bytesRead = 0;
    let bytesSent = 0;
    let failure: { error: unknown } | undefined;
    // The reads form one chain, in part order, so the hash sees the file front to back.
    let readTurn: Promise<unknown> = Promise.resolve();
    const sendPart = async (buffer: Buffer, partNumber: number): Promise<void> => {
      const position = (partNumber - 1) * partSizeBytes;
      const length = Math.min(partSizeBytes, expected.size - position);
      const read = readTurn.then(() => readPart(handle, u.localPath, buffer, length, position, hash, u.limiter, u.signal));
      readTurn = read.catch(() => undefined);
      const got = await read;
      bytesRead += got;
      if (got !== length) throw mismatch(u, { size: bytesRead, sha256: '(not finished: the file ended early)' }, 'the upload was aborted.');
      const sent = await client.send(new UploadPartCommand({ Bucket: bucket, Key: key, UploadId: uploadId, PartNumber: partNumber, Body: buffer.subarray(0, length), ...checksum }), sendOptions(u));
      if (sent.ETag === undefined) throw new Error(`UploadPart ${partNumber} of '${key}' was answered without an ETag; the S3 server is not compatible enough`);
      parts.push({ PartNumber: partNumber, ETag: sent.ETag, ...(sent.ChecksumCRC32 === undefined ? {} : { ChecksumCRC32: sent.ChecksumCRC32 }) });
      bytesSent += length;
      u.onBytes?.(bytesSent);
    };
    const worker = async (): Promise<void> => {
      while (failure === undefined && nextPart <= partCount) {
        // The buffer first, then the part number: a part waiting for its read turn always holds a
        // buffer, and so does every part before it, so no two uploads can wait on each other.
        let buffer: Buffer | undefined;
        try {
          buffer = await buffers.acquire(u.signal);
          if (failure !== undefined || nextPart > partCount) return;
          await sendPart(buffer, nextPart++);
        } catch (error) {
          failure ??= { error };
        } finally {
          if (buffer !== undefined) buffers.release(buffer);
        }
      }
    };
    // Every worker settles (so every buffer is back) before the upload is aborted or completed.
    await Promise.all(Array.from({ length: Math.min(u.queueSize, partCount) }, worker));
    if (failure !== undefined) throw failure.error;
    const actual = { size: bytesRead, sha256: hash.digest('hex') };
    if (actual.sha256 !== expected.sha256) throw mismatch(u, actual, 'the upload was aborted, nothing was stored.');
    parts.sort((a, b) => (a.PartNumber ?? 0) - (b.PartNumber ?? 0));
    u.signal?.throwIfAborted();
    await client.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId, MultipartUpload: { Parts: parts } }));
  } catch (err) {
    // Parts of an aborted upload are deleted by the server; if the server is gone, a bucket
    // lifecycle rule for incomplete multipart uploads is the operator's safety net. Not cut by the
    // caller's signal (it has fired when this runs after an abort), but bounded in time.
    const left = await client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }), { abortSignal: AbortSignal.timeout(ABORT_UPLOAD_TIMEOUT_MS) }).then(
      () => undefined,
      (abortErr: unknown) => (abortErr instanceof Error ? abortErr.name : String(abortErr)),
    );
    if (u.signal?.aborted === true) {
      const detail = left === undefined ? 'its multipart upload was aborted, nothing was stored' : `its multipart upload ${uploadId} could not be aborted (${left}); a lifecycle rule for incomplete multipart uploads removes its parts`;
      throw transferAborted(u.signal, 'S3 upload', key, detail);
    }
    throw err;
  }
}
