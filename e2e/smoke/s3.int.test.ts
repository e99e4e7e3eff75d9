import { createHash, randomBytes } from 'node:crypto';
import { CreateBucketCommand, GetObjectCommand, ListBucketsCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { assertNothingLeftRunning, startS3, type S3Server } from '@cassandra-mesos/testkit';

const MiB = 1024 * 1024;
let s3: S3Server | undefined;
let client: S3Client | undefined;
const commands: string[] = [];

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

beforeAll(async () => {
  s3 = await startS3({ bucket: 'testkit-made' });
  console.log(`versions: s3proxy ${s3.version} at ${s3.endpoint}`);
  client = new S3Client({
    endpoint: s3.endpoint,
    region: s3.region,
    forcePathStyle: true,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
  });
  client.middlewareStack.add(
    (next, context) => (args) => {
      commands.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: 'recordCommands' },
  );
}, 90_000);

afterAll(async () => {
  try {
    client?.destroy();
  } finally {
    try {
      await s3?.stop();
    } finally {
      await assertNothingLeftRunning();
    }
  }
});

describe('S3 (s3proxy, filesystem-nio2, SigV4)', () => {
  it('creates a bucket next to the one testkit made', async () => {
    await client!.send(new CreateBucketCommand({ Bucket: 'smoke' }));
    const names = (await client!.send(new ListBucketsCommand({}))).Buckets?.map((b) => b.Name);
    expect(names).toEqual(expect.arrayContaining(['smoke', 'testkit-made']));
  });

  it('puts, lists and gets a small object', async () => {
    const body = randomBytes(1000);
    await client!.send(new PutObjectCommand({ Bucket: 'smoke', Key: 'small/one.bin', Body: body }));
    const listed = await client!.send(new ListObjectsV2Command({ Bucket: 'smoke', Prefix: 'small/' }));
    expect(listed.Contents?.map((o) => [o.Key, o.Size])).toEqual([['small/one.bin', 1000]]);
    const got = await client!.send(new GetObjectCommand({ Bucket: 'smoke', Key: 'small/one.bin' }));
    expect(sha256(await got.Body!.transformToByteArray())).toBe(sha256(body));
  });

  it('round-trips a 12 MiB multipart upload (5 MiB parts) with the same SHA-256', async () => {
    const body = randomBytes(12 * MiB);
    commands.length = 0;
    await new Upload({ client: client!, params: { Bucket: 'smoke', Key: 'big/twelve.bin', Body: body }, partSize: 5 * MiB, queueSize: 2 }).done();
    expect(commands.filter((c) => c === 'CreateMultipartUploadCommand')).toHaveLength(1);
    expect(commands.filter((c) => c === 'UploadPartCommand')).toHaveLength(3);
    expect(commands.filter((c) => c === 'CompleteMultipartUploadCommand')).toHaveLength(1);

    const listed = await client!.send(new ListObjectsV2Command({ Bucket: 'smoke', Prefix: 'big/' }));
    expect(listed.Contents?.map((o) => [o.Key, o.Size])).toEqual([['big/twelve.bin', 12 * MiB]]);
    const got = await client!.send(new GetObjectCommand({ Bucket: 'smoke', Key: 'big/twelve.bin' }));
    const bytes = await got.Body!.transformToByteArray();
    expect(bytes.length).toBe(12 * MiB);
    expect(sha256(bytes)).toBe(sha256(body));
  }, 120_000);

  it('rejects a request signed with the wrong secret (auth is on)', async () => {
    const wrong = new S3Client({ endpoint: s3!.endpoint, region: s3!.region, forcePathStyle: true, credentials: { accessKeyId: s3!.accessKeyId, secretAccessKey: 'not-the-secret' }, maxAttempts: 1 });
    try {
      const err = (await wrong.send(new ListBucketsCommand({})).catch((e: unknown) => e)) as { $metadata?: { httpStatusCode?: number }; name?: string };
      expect(err.$metadata?.httpStatusCode).toBe(403);
      expect(err.name).toBe('SignatureDoesNotMatch');
    } finally {
      wrong.destroy();
    }
  });
});
