import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { assertNothingLeftRunning, startS3, type S3Server } from '@cassandra-mesos/testkit';
import { StorageUnavailableError } from '../src/errors';
import { hashFile } from '../src/hashing';
import { S3Storage } from '../src/s3-storage';

const MiB = 1024 * 1024;
let s3: S3Server | undefined;
let storage: S3Storage | undefined;
const work = mkdtempSync(join(tmpdir(), 'backup-outage-'));

beforeAll(async () => {
  s3 = await startS3({ bucket: 'backups' });
  // 2 MiB/s over a 24 MiB file: the upload takes ~12 s, time enough to pull the plug.
  storage = new S3Storage({ bucket: s3.bucket, endpoint: s3.endpoint, region: s3.region, forcePathStyle: true, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey }, partSizeBytes: 5 * MiB, queueSize: 1, rateLimitBytesPerSecond: 2 * MiB, maxAttempts: 2 });
}, 90_000);

afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  try {
    storage?.destroy();
  } finally {
    try {
      await s3?.stop({ allowPriorExit: true });
    } finally {
      await assertNothingLeftRunning();
    }
  }
});

it('uses multipart above the part size and honours the rate limit', async () => {
  const path = join(work, 'eleven.db');
  writeFileSync(path, randomBytes(11 * MiB));
  const facts = await hashFile(path);
  const t0 = performance.now();
  await storage!.putFile('d/eleven.db', path, facts);
  const seconds = (performance.now() - t0) / 1000;
  const head = await s3!.client.send(new HeadObjectCommand({ Bucket: s3!.bucket, Key: 'd/eleven.db' }));
  console.log(`11 MiB at a 2 MiB/s limit took ${seconds.toFixed(1)} s; ETag ${head.ETag}`);
  expect(head.ETag).toMatch(/-3"$/); // a multipart ETag: three parts
  expect(seconds).toBeGreaterThan(4.5); // 11 MiB minus the burst at 2 MiB/s ≈ 5.4 s
}, 60_000);

it('S3 server stopped mid-upload ⇒ StorageUnavailable naming the S3/network error', async () => {
  const path = join(work, 'big.db');
  writeFileSync(path, randomBytes(24 * MiB));
  const facts = await hashFile(path);
  let stopped: Promise<unknown> | undefined;
  const upload = storage!.putFile('d/big.db', path, {
    ...facts,
    onBytes: (n) => {
      if (n > 6 * MiB && stopped === undefined) stopped = s3!.stop();
    },
  });
  const err = (await upload.catch((e: unknown) => e)) as StorageUnavailableError;
  await stopped;
  console.log(`outage → ${err.message}`);
  expect(err).toBeInstanceOf(StorageUnavailableError);
  expect(err.code).toMatch(/^(ECONNREFUSED|ECONNRESET|EPIPE|TimeoutError|RequestTimeout)$/);
  expect(err.message).toContain("'d/big.db'");
  expect(err.message).not.toContain(s3!.secretAccessKey);
  expect(err.message).not.toContain(s3!.accessKeyId);
}, 120_000);
