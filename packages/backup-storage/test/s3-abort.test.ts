// Aborting S3 transfers, against a fake S3 (S3Client.prototype.send replaced): part requests that only
// end when their abortSignal fires (as the SDK's node handler does), a GetObject whose body stalls
// mid-way. What is checked: nothing is requested after an abort, in-flight parts are cancelled, the
// multipart upload is aborted and never completed, every part buffer is back in the pool, and a
// download leaves no partial file.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { S3Client } from '@aws-sdk/client-s3';
import { TransferAbortedError } from '../src/errors';
import { hashFile } from '../src/hashing';
import { S3Storage } from '../src/s3-storage';
import { PartBufferPool, uploadFileToS3 } from '../src/s3-upload';

const MiB = 1024 * 1024;

interface Sent {
  readonly name: string;
  readonly input: Record<string, unknown>;
  readonly signal: AbortSignal | undefined;
}

/** What the fake server does; every request is recorded in `sent`. */
class FakeS3 {
  readonly sent: Sent[] = [];
  /** UploadPart requests currently open. */
  partsOpen = 0;
  /** Body GetObject answers with (the test writes into it). */
  body: PassThrough | undefined;
  private readonly waiters: { count: number; resolve: () => void }[] = [];

  handle(name: string, input: Record<string, unknown>, signal: AbortSignal | undefined): Promise<unknown> {
    this.sent.push({ name, input, signal });
    switch (name) {
      case 'CreateMultipartUploadCommand':
        return Promise.resolve({ UploadId: 'upload-1' });
      case 'AbortMultipartUploadCommand':
      case 'PutObjectCommand':
        return Promise.resolve({});
      case 'UploadPartCommand':
        this.partsOpen++;
        this.notify();
        // A slow link: the part only ends when the request is cancelled.
        return this.untilCancelled(signal).finally(() => this.partsOpen--);
      case 'GetObjectCommand':
        this.body = new PassThrough();
        return Promise.resolve({ Body: this.body, ContentLength: 4 * MiB, Metadata: { sha256: 'a'.repeat(64) }, $metadata: { httpStatusCode: 200 } });
      default:
        return Promise.reject(new Error(`the fake S3 does not answer ${name}`));
    }
  }

  names(): string[] {
    return this.sent.map((s) => s.name.replace(/Command$/, ''));
  }

  /** Resolves once `count` parts are open at the same time. */
  partsInFlight(count: number): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push({ count, resolve });
      this.notify();
    });
  }

  private notify(): void {
    for (const w of this.waiters.filter((x) => this.partsOpen >= x.count)) {
      this.waiters.splice(this.waiters.indexOf(w), 1);
      w.resolve();
    }
  }

  private untilCancelled(signal: AbortSignal | undefined): Promise<never> {
    return new Promise((_resolve, reject) => {
      signal?.addEventListener('abort', () => reject(Object.assign(new Error('Request aborted'), { name: 'AbortError' })), { once: true });
    });
  }
}

let fake: FakeS3;
let work: string;
const credentials = { accessKeyId: 'AKIAFAKE', secretAccessKey: 'fake-secret' };

beforeEach(() => {
  fake = new FakeS3();
  work = mkdtempSync(join(tmpdir(), 's3-abort-'));
  const send = (command: { constructor: { name: string }; input: Record<string, unknown> }, options?: { abortSignal?: AbortSignal }): Promise<unknown> =>
    fake.handle(command.constructor.name, command.input, options?.abortSignal);
  jest.spyOn(S3Client.prototype, 'send').mockImplementation(send as never);
});
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(work, { recursive: true, force: true });
});

async function localFile(name: string, size: number): Promise<{ path: string; size: number; sha256: string }> {
  const path = join(work, name);
  writeFileSync(path, randomBytes(size));
  return { path, ...(await hashFile(path)) };
}

function storage(extra: Partial<ConstructorParameters<typeof S3Storage>[0]> = {}): S3Storage {
  return new S3Storage({ bucket: 'b', region: 'us-east-1', endpoint: 'http://127.0.0.1:9', forcePathStyle: true, credentials, partSizeBytes: 5 * MiB, queueSize: 2, maxPartsInFlight: 2, ...extra });
}

describe('an already aborted signal', () => {
  it('rejects putFile and getFile before any request, naming the key and the reason', async () => {
    const file = await localFile('f.db', 12 * MiB);
    const controller = new AbortController();
    controller.abort(new Error('the job was aborted by the operator'));
    const s3 = storage();
    const put = (await s3.putFile('d/f.db', file.path, { ...file, signal: controller.signal }).catch((e: unknown) => e)) as TransferAbortedError;
    expect(put).toBeInstanceOf(TransferAbortedError);
    expect(put.message).toBe("S3 upload of 'd/f.db' was aborted (the job was aborted by the operator); nothing of it was kept");
    const get = (await s3.getFile('d/f.db', join(work, 'out', 'f.db'), { signal: controller.signal }).catch((e: unknown) => e)) as TransferAbortedError;
    expect(get).toBeInstanceOf(TransferAbortedError);
    expect(get.key).toBe('d/f.db');
    expect(get.reason).toBe('the job was aborted by the operator');
    expect(fake.sent).toEqual([]);
    expect(existsSync(join(work, 'out'))).toBe(false);
  });
});

describe('aborting a multipart upload', () => {
  it('cancels the parts in flight, aborts the upload, never completes it, and returns every buffer', async () => {
    const file = await localFile('big.db', 20 * MiB); // four 5 MiB parts
    const pool = new PartBufferPool(5 * MiB, 2);
    const controller = new AbortController();
    const upload = uploadFileToS3({
      client: new S3Client({ region: 'us-east-1', credentials }),
      bucket: 'b',
      key: 'd/big.db',
      localPath: file.path,
      expected: file,
      metadata: {},
      buffers: pool,
      queueSize: 2,
      limiter: undefined,
      signal: controller.signal,
    });
    await fake.partsInFlight(2);
    expect(pool.inUse).toBe(2);
    const abortedAt = performance.now();
    controller.abort(new Error('KILL of the task'));
    const err = (await upload.catch((e: unknown) => e)) as TransferAbortedError;
    expect(performance.now() - abortedAt).toBeLessThan(500);
    expect(err).toBeInstanceOf(TransferAbortedError);
    expect(err.message).toBe("S3 upload of 'd/big.db' was aborted (KILL of the task); its multipart upload was aborted, nothing was stored");
    expect(fake.names()).toEqual(['CreateMultipartUpload', 'UploadPart', 'UploadPart', 'AbortMultipartUpload']);
    expect(fake.sent.filter((s) => s.name === 'UploadPartCommand').every((s) => s.signal?.aborted === true)).toBe(true);
    expect(fake.sent[3]?.input).toMatchObject({ Bucket: 'b', Key: 'd/big.db', UploadId: 'upload-1' });
    expect(fake.partsOpen).toBe(0);
    expect(pool.inUse).toBe(0);
  });

  it('stops reading a file paced by a slow rate limit, and aborts the upload', async () => {
    const file = await localFile('slow.db', 12 * MiB);
    const controller = new AbortController();
    // 1 MiB/s: reading the first 5 MiB part alone would take about 4 s.
    const upload = storage({ rateLimitBytesPerSecond: MiB }).putFile('d/slow.db', file.path, { ...file, signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.names()).toEqual(['CreateMultipartUpload']);
    const abortedAt = performance.now();
    controller.abort(new Error('timeout of 60 s passed'));
    await expect(upload).rejects.toThrow(TransferAbortedError);
    expect(performance.now() - abortedAt).toBeLessThan(500);
    expect(fake.names()).toEqual(['CreateMultipartUpload', 'AbortMultipartUpload']);
  });

  it('lets an upload waiting for a part buffer go without taking one', async () => {
    const pool = new PartBufferPool(8, 1);
    const held = await pool.acquire();
    const controller = new AbortController();
    const waiting = pool.acquire(controller.signal);
    controller.abort(new Error('shutdown'));
    await expect(waiting).rejects.toThrow('shutdown');
    pool.release(held);
    expect(pool.inUse).toBe(0);
    expect(await pool.acquire()).toBe(held);
  });
});

describe('aborting a small upload', () => {
  it('stops while the file is read through the limiter, before PutObject', async () => {
    const file = await localFile('small.db', 3 * MiB);
    const controller = new AbortController();
    const upload = storage({ rateLimitBytesPerSecond: 512 * 1024 }).putFile('d/small.db', file.path, { ...file, signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 200));
    controller.abort(new Error('operator asked'));
    await expect(upload).rejects.toThrow("S3 upload of 'd/small.db' was aborted (operator asked); nothing of it was kept");
    expect(fake.sent).toEqual([]);
  });
});

describe('aborting a download', () => {
  it('destroys the body, removes the partial file and does not write the target', async () => {
    const controller = new AbortController();
    const target = join(work, 'restore', 'nb-1-big-Data.db');
    let received = 0;
    const download = storage().getFile('d/f.db', target, {
      expected: { size: 4 * MiB, sha256: 'a'.repeat(64) },
      signal: controller.signal,
      onBytes: (n) => (received = n),
    });
    await until(() => fake.body !== undefined);
    const body = fake.body!;
    body.write(randomBytes(MiB));
    await until(() => received === MiB);
    expect(readdirSync(join(work, 'restore')).filter((n) => n.includes('.partial-'))).toHaveLength(1);
    controller.abort(new Error('the executor is shutting down'));
    const err = (await download.catch((e: unknown) => e)) as TransferAbortedError;
    expect(err).toBeInstanceOf(TransferAbortedError);
    expect(err.message).toMatch(/^S3 download of 'd\/f\.db' was aborted \(the executor is shutting down\); the partial file was removed, .*nb-1-big-Data\.db was not written$/);
    expect(fake.sent[0]?.signal).toBe(controller.signal);
    expect(body.destroyed).toBe(true);
    expect(readdirSync(join(work, 'restore'))).toEqual([]);
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error('condition not reached within 1 s');
}
