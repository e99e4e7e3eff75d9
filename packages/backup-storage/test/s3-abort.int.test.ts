// Aborting a large rate-limited transfer against a real s3proxy: a 64 MiB upload (multipart, parts in
// flight) and a 64 MiB download are aborted mid-way. Each must reject within a second of the abort and
// leave nothing behind: no object, no pending multipart upload, no part files in s3proxy's data
// directory, no partial local file.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListMultipartUploadsCommand } from '@aws-sdk/client-s3';
import { assertNothingLeftRunning, startS3, type S3Server } from '@cassandra-mesos/testkit';
import { TransferAbortedError } from '../src/errors';
import { hashFile } from '../src/hashing';
import { S3Storage, type S3StorageOptions } from '../src/s3-storage';
import { downloadFiles } from '../src/transfer';

const MiB = 1024 * 1024;
const SIZE = 64 * MiB;
/** 16 MiB/s: the whole file would take about 4 s; the abort comes after ABORT_AFTER_MS. */
const RATE = 16 * MiB;
const ABORT_AFTER_MS = 1_200;

let s3: S3Server | undefined;
const storages: S3Storage[] = [];
const work = mkdtempSync(join(tmpdir(), 'backup-s3-abort-'));
let file: { path: string; size: number; sha256: string };

beforeAll(async () => {
  s3 = await startS3({ bucket: 'backups' });
  const path = join(work, 'nb-1-big-Data.db');
  writeFileSync(path, randomBytes(SIZE));
  file = { path, ...(await hashFile(path)) };
}, 90_000);

afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  try {
    for (const s of storages) s.destroy();
  } finally {
    try {
      await s3?.stop();
    } finally {
      await assertNothingLeftRunning();
    }
  }
});

function storage(extra: Partial<S3StorageOptions> = {}): S3Storage {
  const s = new S3Storage({ bucket: s3!.bucket, endpoint: s3!.endpoint, region: s3!.region, forcePathStyle: true, credentials: { accessKeyId: s3!.accessKeyId, secretAccessKey: s3!.secretAccessKey }, partSizeBytes: 8 * MiB, queueSize: 2, ...extra });
  storages.push(s);
  return s;
}

async function pendingUploads(key: string): Promise<string[]> {
  const r = await s3!.client.send(new ListMultipartUploadsCommand({ Bucket: s3!.bucket, Prefix: key }));
  return (r.Uploads ?? []).map((u) => u.UploadId ?? '?');
}

/** Every file in s3proxy's directory of the bucket, hidden ones included (where a filesystem backend keeps parts). */
function bucketFiles(): string[] {
  const dir = join(s3!.dataDir, s3!.bucket);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** Aborts `controller` after `ms`, runs `check` just before, and resolves with the abort time. */
function abortAfter(controller: AbortController, ms: number, reason: string, check: () => Promise<void>): Promise<number> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      check().then(
        () => {
          const at = performance.now();
          controller.abort(new Error(reason));
          resolve(at);
        },
        (err: unknown) => {
          controller.abort(new Error('the check before the abort failed'));
          reject(err instanceof Error ? err : new Error(String(err)));
        },
      );
    }, ms);
  });
}

it('an aborted 64 MiB upload rejects within a second and leaves no object, no multipart upload and no part', async () => {
  const key = 'it/data/nb-1-big-Data.db';
  const before = bucketFiles();
  const controller = new AbortController();
  let sent = 0;
  const upload = storage({ rateLimitBytesPerSecond: RATE }).putFile(key, file.path, { ...file, signal: controller.signal, onBytes: (n) => (sent = n) });
  const settled = upload.then(
    () => ({ at: performance.now(), error: undefined }),
    (error: unknown) => ({ at: performance.now(), error }),
  );
  // Mid-way, the upload is really in flight on the server (else "nothing pending" below proves nothing).
  const abortedAt = await abortAfter(controller, ABORT_AFTER_MS, 'the operator aborted job j1', async () => {
    expect(await pendingUploads(key)).toHaveLength(1);
  });
  const { at, error } = await settled;
  const tookMs = at - abortedAt;
  console.log(`upload abort: rejected ${tookMs.toFixed(0)} ms after the abort, ${(sent / MiB).toFixed(0)} of 64 MiB had been accepted; ${(error as Error).message}`);
  expect(error).toBeInstanceOf(TransferAbortedError);
  expect((error as Error).message).toBe(`S3 upload of '${key}' was aborted (the operator aborted job j1); its multipart upload was aborted, nothing was stored`);
  expect(sent).toBeLessThan(SIZE);
  expect(tookMs).toBeLessThan(1_000);
  expect(await storage().head(key)).toBeUndefined();
  expect(await pendingUploads(key)).toEqual([]);
  expect(bucketFiles()).toEqual(before);
}, 60_000);

it('an aborted 64 MiB download rejects within a second and leaves no partial file', async () => {
  const key = 'it/data/download-me.db';
  await storage().putFile(key, file.path, file);
  const target = join(work, 'restore', 'nb-1-big-Data.db');
  const controller = new AbortController();
  let received = 0;
  const download = downloadFiles(storage({ rateLimitBytesPerSecond: RATE }), [{ key, localPath: target, size: file.size, sha256: file.sha256 }], {
    signal: controller.signal,
    progressIntervalMs: 0,
    onProgress: (p) => (received = p.bytesDone),
  });
  const settled = download.then(
    () => ({ at: performance.now(), error: undefined }),
    (error: unknown) => ({ at: performance.now(), error }),
  );
  const abortedAt = await abortAfter(controller, ABORT_AFTER_MS, 'the executor is shutting down', () => {
    expect(readdirSync(join(work, 'restore')).filter((n) => n.includes('.partial-'))).toHaveLength(1);
    return Promise.resolve();
  });
  const { at, error } = await settled;
  const tookMs = at - abortedAt;
  console.log(`download abort: rejected ${tookMs.toFixed(0)} ms after the abort, ${(received / MiB).toFixed(0)} of 64 MiB had arrived; ${(error as Error).message}`);
  expect(error).toBeInstanceOf(TransferAbortedError);
  expect((error as TransferAbortedError).reason).toBe('the executor is shutting down');
  expect(received).toBeGreaterThan(0);
  expect(received).toBeLessThan(SIZE);
  expect(tookMs).toBeLessThan(1_000);
  expect(existsSync(target)).toBe(false);
  expect(readdirSync(join(work, 'restore'))).toEqual([]);
}, 60_000);
