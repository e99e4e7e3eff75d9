import { inspect } from 'node:util';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { assertNothingLeftRunning, startS3, type S3Server } from '@cassandra-mesos/testkit';
import { StorageUnavailableError } from '../src/errors';
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
