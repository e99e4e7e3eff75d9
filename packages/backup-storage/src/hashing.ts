import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ContentFacts } from './errors';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Read size for local files that are hashed or uploaded. Node's default of 64 KiB means 256 chunks
 * per 16 MiB multipart part, each passing the hash, the optional throttle and the part buffer; 1 MiB
 * cut the uploading process's CPU by about a sixth in the transfer bench (bench/README.md), for
 * 1 MiB of memory per file in flight.
 */
export const FILE_READ_CHUNK_BYTES = 1024 * 1024;

export function isSha256Hex(value: string): boolean {
  return SHA256_HEX.test(value);
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * A pass-through that hashes and counts what flows through it, so verification costs no second
 * read of the data. `facts()` is valid once the stream has ended.
 */
export class HashingCounter extends Transform {
  private readonly hash: Hash = createHash('sha256');
  private bytes = 0;
  private digest: string | undefined;

  constructor(private readonly onBytes?: (bytesSoFar: number) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.onBytes?.(this.bytes);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.digest = this.hash.digest('hex');
    callback();
  }

  get bytesSoFar(): number {
    return this.bytes;
  }

  facts(): ContentFacts {
    if (this.digest === undefined) throw new Error('HashingCounter.facts() called before the stream ended');
    return { size: this.bytes, sha256: this.digest };
  }
}

/** Size and SHA-256 of a local file, streamed (constant memory); stops reading (rejects with an AbortError) when `signal` fires. */
export async function hashFile(path: string, signal?: AbortSignal): Promise<ContentFacts> {
  const counter = new HashingCounter();
  const drain = async (source: AsyncIterable<Buffer>): Promise<void> => {
    for await (const _chunk of source) {
      // drain: the counter has already seen the bytes
    }
  };
  await pipeline(createReadStream(path, { highWaterMark: FILE_READ_CHUNK_BYTES }), counter, drain, signal === undefined ? {} : { signal });
  return counter.facts();
}

/** The exact bytes both storages write for a JSON document, so its SHA-256 can be computed up front. */
export function jsonDocumentBytes(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value, null, 2) + '\n', 'utf8');
}

/** The SHA-256 of a JSON document as stored (what manifests record about each other). */
export function jsonDocumentSha256(value: unknown): string {
  return sha256Hex(jsonDocumentBytes(value));
}
