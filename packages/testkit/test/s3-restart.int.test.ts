// startS3({ restartOf }): an S3 server that comes back after an outage on the same port, with the same
// keys and every object still there, so clients configured for the first server work unchanged.
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { assertNothingLeftRunning, startS3, type S3Server } from '../src';

const started: S3Server[] = [];

afterAll(async () => {
  try {
    for (const s of started) await s.stop({ allowPriorExit: true }).catch(() => undefined);
  } finally {
    await assertNothingLeftRunning();
  }
});

it('restarts on the same endpoint, keys and data; an old client reads what it wrote before the outage', async () => {
  const first = await startS3({ bucket: 'kept' });
  started.push(first);
  const client = new S3Client({ endpoint: first.endpoint, region: first.region, forcePathStyle: true, credentials: { accessKeyId: first.accessKeyId, secretAccessKey: first.secretAccessKey }, maxAttempts: 1 });
  try {
    await client.send(new PutObjectCommand({ Bucket: 'kept', Key: 'a/b.txt', Body: 'before the outage' }));
    await first.stop();
    const down = (await client.send(new GetObjectCommand({ Bucket: 'kept', Key: 'a/b.txt' })).catch((e: unknown) => e)) as Error;
    expect(down).toBeInstanceOf(Error);

    const second = await startS3({ restartOf: first });
    started.push(second);
    expect([second.endpoint, second.dataDir, second.accessKeyId, second.secretAccessKey, second.bucket]).toEqual([first.endpoint, first.dataDir, first.accessKeyId, first.secretAccessKey, 'kept']);
    expect(second.pid).not.toBe(first.pid);
    const got = await client.send(new GetObjectCommand({ Bucket: 'kept', Key: 'a/b.txt' }));
    expect(await got.Body?.transformToString()).toBe('before the outage');
  } finally {
    client.destroy();
  }
}, 120_000);

it('refuses a bucket next to restartOf, and an endpoint testkit cannot have started, saying why', async () => {
  const target = { endpoint: 'http://127.0.0.1:9', dataDir: '/nonexistent', accessKeyId: 'k', secretAccessKey: 's', bucket: 'b' };
  await expect(startS3({ restartOf: target, bucket: 'b' })).rejects.toThrow(/'bucket' cannot be combined with 'restartOf'/);
  await expect(startS3({ restartOf: { ...target, endpoint: 'http://10.0.0.1:9000' } })).rejects.toThrow(/not an s3proxy endpoint testkit started/);
  await expect(startS3({ restartOf: target })).rejects.toThrow(/dataDir \/nonexistent does not exist/);
});
