// The backup bucket as the scenario inspects and damages it, straight through the AWS SDK against
// the testkit s3proxy: object listings (to measure what a backup really uploaded), manifests, an
// object overwritten with flipped bytes (and put back), and the S3 server stopped and restarted on
// the same port with the same data.
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { startS3, type S3Server } from '@cassandra-mesos/testkit';

export interface StoredObject {
  size: number;
  etag: string;
  lastModified: number;
}

/** Every object under `prefix`, by key. */
export async function listObjects(client: S3Client, bucket: string, prefix: string): Promise<Map<string, StoredObject>> {
  const objects = new Map<string, StoredObject>();
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ...(token ? { ContinuationToken: token } : {}) }));
    for (const o of page.Contents ?? []) if (o.Key) objects.set(o.Key, { size: o.Size ?? 0, etag: o.ETag ?? '', lastModified: o.LastModified?.getTime() ?? 0 });
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return objects;
}

/** What changed between two listings: new keys and keys whose content (ETag) or time changed, with their bytes. */
export function objectChanges(before: Map<string, StoredObject>, after: Map<string, StoredObject>): { added: string[]; rewritten: string[]; bytes: number } {
  const added = [...after.keys()].filter((k) => !before.has(k));
  const rewritten = [...after.entries()].filter(([k, o]) => {
    const b = before.get(k);
    return b !== undefined && (b.etag !== o.etag || b.lastModified !== o.lastModified);
  }).map(([k]) => k);
  const bytes = [...added, ...rewritten].reduce((sum, k) => sum + (after.get(k)?.size ?? 0), 0);
  return { added, rewritten, bytes };
}

/** One file of a node manifest. */
export interface ManifestFile {
  key: string;
  keyspace: string;
  table: string;
  tableId: string;
  fileName: string;
  size: number;
  sha256: string;
}

export interface StoredBody {
  body: Buffer;
  metadata: Record<string, string>;
  contentType: string | undefined;
}

export async function getObject(client: S3Client, bucket: string, key: string): Promise<StoredBody> {
  const got = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  if (!got.Body) throw new Error(`GET s3://${bucket}/${key} returned no body`);
  return { body: Buffer.from(await got.Body.transformToByteArray()), metadata: got.Metadata ?? {}, contentType: got.ContentType };
}

export async function getJson<T>(client: S3Client, bucket: string, key: string): Promise<T> {
  return JSON.parse((await getObject(client, bucket, key)).body.toString('utf8')) as T;
}

export async function putObject(client: S3Client, bucket: string, key: string, stored: StoredBody): Promise<void> {
  await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: stored.body, Metadata: stored.metadata, ...(stored.contentType ? { ContentType: stored.contentType } : {}) }));
}

/**
 * Overwrites the object with the same size and metadata (so also the SHA-256 it claims) but flipped
 * bytes in the middle: only a reader that hashes the content notices. Returns the original, to put back.
 */
export async function corruptObject(client: S3Client, bucket: string, key: string): Promise<StoredBody> {
  const original = await getObject(client, bucket, key);
  if (original.body.length === 0) throw new Error(`s3://${bucket}/${key} is empty: pick a non-empty object to corrupt`);
  const damaged = Buffer.from(original.body);
  const from = Math.floor(damaged.length / 2);
  for (let i = from; i < Math.min(damaged.length, from + 16); i++) damaged[i] = (damaged[i] ?? 0) ^ 0xff;
  await putObject(client, bucket, key, { ...original, body: damaged });
  return original;
}

/**
 * The S3 service of the scenario. `stop()` is the outage; `restart()` brings it back on the same
 * endpoint with the same keys and objects (testkit startS3 restartOf), so the scheduler and the
 * executors, configured once, work again unchanged.
 */
export class BackupBucket {
  private constructor(
    private server: S3Server,
    readonly bucket: string,
    readonly prefix: string,
  ) {}

  static async start(bucket: string, prefix: string): Promise<BackupBucket> {
    return new BackupBucket(await startS3({ bucket }), bucket, prefix);
  }

  get endpoint(): string {
    return this.server.endpoint;
  }

  get client(): S3Client {
    return this.server.client;
  }

  get keys(): { accessKeyId: string; secretAccessKey: string } {
    return { accessKeyId: this.server.accessKeyId, secretAccessKey: this.server.secretAccessKey };
  }

  get location(): string {
    return `s3://${this.bucket}/${this.prefix}`;
  }

  /** The key root of one cluster's backups (backup-storage layout). */
  clusterRoot(cluster: string): string {
    return `${this.prefix}/${cluster}`;
  }

  dataPrefix(cluster: string): string {
    return `${this.clusterRoot(cluster)}/data/`;
  }

  clusterManifestKey(cluster: string, backup: string): string {
    return `${this.clusterRoot(cluster)}/backups/${backup}/manifest.json`;
  }

  nodeManifestKey(cluster: string, backup: string, nodeId: string): string {
    return `${this.clusterRoot(cluster)}/backups/${backup}/nodes/${nodeId}.json`;
  }

  /** A node manifest of a committed or failed backup (backup-storage NodeManifestSchema, the parts read here). */
  nodeManifest(cluster: string, backup: string, nodeId: string): Promise<{ files: ManifestFile[]; tokens: string[] }> {
    return getJson(this.client, this.bucket, this.nodeManifestKey(cluster, backup, nodeId));
  }

  listObjects(prefix: string): Promise<Map<string, StoredObject>> {
    return listObjects(this.client, this.bucket, prefix);
  }

  get running(): boolean {
    return this.stoppedAt === undefined;
  }

  private stoppedAt: number | undefined;

  async stop(): Promise<void> {
    if (this.stoppedAt !== undefined) return;
    this.stoppedAt = Date.now();
    await this.server.stop();
  }

  /** Back on the same port with the same data; resolves once ListBuckets answers. Returns the outage length. */
  async restart(): Promise<number> {
    if (this.stoppedAt === undefined) throw new Error('the S3 server is running; stop() it before restart()');
    const outage = Date.now() - this.stoppedAt;
    this.server = await startS3({ restartOf: this.server });
    this.stoppedAt = undefined;
    return outage;
  }

  async close(): Promise<void> {
    if (this.stoppedAt === undefined) await this.server.stop({ allowPriorExit: true });
    this.stoppedAt = Date.now();
  }
}
