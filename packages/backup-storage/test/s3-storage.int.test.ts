import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { ListMultipartUploadsCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { assertNothingLeftRunning, startS3, type S3Server } from '@cassandra-mesos/testkit';
import { CorruptError, StorageUnavailableError } from '../src/errors';
import { hashFile } from '../src/hashing';
import { S3Storage } from '../src/s3-storage';
import { MiB, storageContract } from './storage-contract';

let s3: S3Server | undefined;
let storage: S3Storage | undefined;

beforeAll(async () => {
  s3 = await startS3({ bucket: 'backups' });
  storage = new S3Storage({ bucket: s3.bucket, endpoint: s3.endpoint, region: s3.region, forcePathStyle: true, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey }, partSizeBytes: 5 * MiB, queueSize: 2 });
}, 90_000);

afterAll(async () => {
  try {
    storage?.destroy();
  } finally {
    try {
      await s3?.stop();
    } finally {
      await assertNothingLeftRunning();
    }
  }
});

storageContract('s3proxy', () => ({
  storage: storage!,
  // Overwrite through the SDK directly, keeping the metadata the storage wrote (as an attacker or bit rot would).
  corrupt: async (key, bytes) => {
    const head = await storage!.head(key);
    await s3!.client.send(new PutObjectCommand({ Bucket: s3!.bucket, Key: key, Body: bytes, Metadata: head?.sha256 === undefined ? {} : { sha256: head.sha256 } }));
  },
  largeSize: 12 * MiB + 123, // > part size: three parts
}));

describe('S3 credentials', () => {
  it('never appear in the object description, JSON or inspect output', () => {
    const text = [String(storage), JSON.stringify(storage), inspect(storage, { depth: 10, showHidden: true }), storage!.describe()].join('\n');
    expect(text).toContain(s3!.bucket);
    expect(text).not.toContain(s3!.secretAccessKey);
    expect(text).not.toContain(s3!.accessKeyId);
  });

  it('a wrong secret gives StorageUnavailable with the S3 error code, without the keys', async () => {
    const secret = 'wrong-secret-0123456789abcdef';
    const wrong = new S3Storage({ bucket: s3!.bucket, endpoint: s3!.endpoint, region: s3!.region, forcePathStyle: true, credentials: { accessKeyId: s3!.accessKeyId, secretAccessKey: secret }, maxAttempts: 1 });
    try {
      const err = (await wrong.putJson('x/doc.json', { a: 1 }).catch((e: unknown) => e)) as StorageUnavailableError;
      expect(err).toBeInstanceOf(StorageUnavailableError);
      expect(err.code).toBe('SignatureDoesNotMatch');
      expect(err.httpStatus).toBe(403);
      const everything = `${err.message}\n${err.stack ?? ''}\n${JSON.stringify(err)}\n${inspect(err, { depth: 10 })}`;
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(s3!.accessKeyId);
      console.log(`wrong secret → ${err.message}`);
    } finally {
      wrong.destroy();
    }
  });
});

describe('S3 uploads from part buffers', () => {
  const work = mkdtempSync(join(tmpdir(), 'backup-s3-upload-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('never completes a multipart object whose bytes do not match the SHA-256 given, and aborts the upload', async () => {
    const path = join(work, 'liar.db');
    writeFileSync(path, randomBytes(12 * MiB)); // three 5 MiB parts
    const facts = await hashFile(path);
    const err = (await storage!.putFile('d/liar-multipart', path, { size: facts.size, sha256: 'b'.repeat(64) }).catch((e: unknown) => e)) as CorruptError;
    expect(err).toBeInstanceOf(CorruptError);
    expect(err.actual).toEqual(facts);
    expect(await storage!.head('d/liar-multipart')).toBeUndefined();
    const pending = await s3!.client.send(new ListMultipartUploadsCommand({ Bucket: s3!.bucket, Prefix: 'd/liar-multipart' }));
    expect(pending.Uploads ?? []).toEqual([]);
  });

  it('refuses a file of another size than described before sending anything', async () => {
    const path = join(work, 'short.db');
    writeFileSync(path, randomBytes(1000));
    const facts = await hashFile(path);
    await expect(storage!.putFile('d/short', path, { size: 1001, sha256: facts.sha256 })).rejects.toThrow(/expected 1001 bytes .* got 1000 bytes/);
    expect(await storage!.head('d/short')).toBeUndefined();
  });

  it('names the local file when it cannot be read', async () => {
    await expect(storage!.putFile('d/missing', join(work, 'missing.db'), { size: 1, sha256: 'c'.repeat(64) })).rejects.toThrow(/cannot read local file .*missing\.db for 'd\/missing': ENOENT/);
  });
});
