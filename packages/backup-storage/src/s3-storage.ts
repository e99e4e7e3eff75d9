import { inspect } from 'node:util';
import type { Readable } from 'node:stream';
import { DeleteObjectCommand, DeleteObjectsCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { throwIfTransferAborted, transferAborted } from './abort';
import { BackupStorageError, CorruptError, NotFoundError, StorageUnavailableError, TransferAbortedError } from './errors';
import { isSha256Hex, jsonDocumentBytes, sha256Hex } from './hashing';
import { assertValidKey, assertValidPrefix } from './keys';
import { throttle, TokenBucket } from './rate-limiter';
import { LocalFileError, PartBufferPool, uploadFileToS3 } from './s3-upload';
import { downloadVerified } from './verified-download';
import type { BackupStorage, GetFileOptions, ListOptions, ListPage, ObjectInfo, PutFileOptions } from './storage';

const MiB = 1024 * 1024;
/** S3's minimum size of every part but the last. */
const MIN_PART_SIZE = 5 * MiB;
/** Where the object's SHA-256 is recorded (x-amz-meta-sha256). */
const SHA256_METADATA = 'sha256';
/** The requests that carry object bytes: their body is sent unsigned unless `signPayload` is set. */
const BODY_COMMANDS: ReadonlySet<string> = new Set(['PutObjectCommand', 'UploadPartCommand']);

export interface S3StorageOptions {
  readonly bucket: string;
  /** e.g. "http://127.0.0.1:9000" for S3-compatible servers; omit for AWS. */
  readonly endpoint?: string;
  readonly region: string;
  /** Path-style URLs (bucket in the path), needed by most S3-compatible servers. */
  readonly forcePathStyle?: boolean;
  /**
   * Explicit keys, used for requests and never stored on this object, logged, or put in errors.
   * Omit to use the default AWS credential chain (env, profile, web identity, instance metadata).
   */
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string };
  /** Multipart part size in bytes (default 16 MiB, at least 5 MiB). Files up to this size go in one PutObject. */
  readonly partSizeBytes?: number;
  /** Parts of one object uploaded in parallel at most (default 4), when the buffers allow (maxPartsInFlight). */
  readonly queueSize?: number;
  /**
   * Parts being read or sent at once across all uploads of this storage (default 4). Each holds a
   * reusable buffer of partSizeBytes, so upload memory is at most maxPartsInFlight × partSizeBytes
   * (64 MiB by default) however many files are uploaded at once. Set it to the transfer concurrency
   * when more parallel requests help (a far-away S3); the bench found no gain above 4 on loopback.
   */
  readonly maxPartsInFlight?: number;
  /** Caps the total transfer rate of this storage (uploads and downloads together), bytes/s. */
  readonly rateLimitBytesPerSecond?: number;
  /** SDK attempts per request (default: the SDK's, 3). Retries are the SDK's job. */
  readonly maxAttempts?: number;
  /**
   * Put the SHA-256 of every upload request's body into its SigV4 signature (default false: the body
   * is sent as `UNSIGNED-PAYLOAD`, as the AWS CLI does over HTTPS). Integrity does not depend on it:
   * with the SDK's default checksums each request also carries a CRC32 of its body that the server
   * checks (s3proxy refuses a changed body with BadDigest), every object's SHA-256 is computed while
   * streaming and stored in signed metadata, and every download and `verify` checks it. A signed
   * payload costs one more SHA-256 pass here and makes the server hash every byte before accepting
   * it: against s3proxy that made uploads about 3x slower in the transfer bench. Turn it on for a
   * plain-HTTP endpoint on an untrusted network, where a deliberately changed body (CRC32 is no
   * defence against that) should be refused at upload time, not only found at restore time.
   */
  readonly signPayload?: boolean;
}

/** Backups in an S3 bucket (AWS or an S3-compatible server such as s3proxy or MinIO). */
export class S3Storage implements BackupStorage {
  readonly bucket: string;
  readonly endpoint: string | undefined;
  readonly region: string;
  readonly partSizeBytes: number;
  readonly queueSize: number;
  readonly maxPartsInFlight: number;
  readonly signPayload: boolean;
  // ES private fields: invisible to JSON.stringify, util.inspect and Object.keys, so the client
  // (whose config holds the credentials) can never be serialised by accident.
  readonly #client: S3Client;
  readonly #limiter: TokenBucket | undefined;
  readonly #partBuffers: PartBufferPool;
  readonly #redact: (text: string) => string;

  constructor(options: S3StorageOptions) {
    if (options.bucket.length === 0) throw new Error('S3 storage needs a bucket name');
    this.bucket = options.bucket;
    this.endpoint = options.endpoint;
    this.region = options.region;
    this.partSizeBytes = options.partSizeBytes ?? 16 * MiB;
    this.queueSize = options.queueSize ?? 4;
    this.signPayload = options.signPayload ?? false;
    if (this.partSizeBytes < MIN_PART_SIZE) throw new Error(`S3 part size must be at least 5 MiB (${MIN_PART_SIZE} bytes), got ${this.partSizeBytes}`);
    if (!Number.isInteger(this.queueSize) || this.queueSize < 1) throw new Error(`S3 queue size must be a positive integer, got ${this.queueSize}`);
    this.maxPartsInFlight = options.maxPartsInFlight ?? 4;
    if (!Number.isInteger(this.maxPartsInFlight) || this.maxPartsInFlight < 1) throw new Error(`S3 parts in flight must be a positive integer, got ${this.maxPartsInFlight}`);
    this.#partBuffers = new PartBufferPool(this.partSizeBytes, this.maxPartsInFlight);
    const config: S3ClientConfig = {
      region: options.region,
      forcePathStyle: options.forcePathStyle ?? false,
      ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
      ...(options.credentials === undefined ? {} : { credentials: { ...options.credentials } }),
      ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
    };
    this.#client = new S3Client(config);
    if (!this.signPayload) {
      // The signer takes a payload hash already in the headers as given, so setting it before
      // signing (build step < finalizeRequest) is all it takes.
      this.#client.middlewareStack.add(
        (next, context) => (args) => {
          const request = args.request as { headers?: Record<string, string> } | undefined;
          if (request?.headers !== undefined && BODY_COMMANDS.has(context.commandName ?? '')) request.headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
          return next(args);
        },
        { step: 'build', name: 'backupStorageUnsignedPayload' },
      );
    }
    this.#limiter = options.rateLimitBytesPerSecond === undefined ? undefined : new TokenBucket(options.rateLimitBytesPerSecond);
    const secrets = [options.credentials?.accessKeyId, options.credentials?.secretAccessKey, options.credentials?.sessionToken].filter(
      (s): s is string => s !== undefined && s.length > 0,
    );
    this.#redact = (text) => secrets.reduce((t, s) => t.split(s).join('[redacted]'), text);
  }

  describe(): string {
    return `s3://${this.bucket} (${this.endpoint ?? 'AWS'}, region ${this.region})`;
  }

  toString(): string {
    return `S3Storage(${this.describe()})`;
  }

  toJSON(): Record<string, unknown> {
    return { type: 'S3Storage', bucket: this.bucket, endpoint: this.endpoint, region: this.region, partSizeBytes: this.partSizeBytes, queueSize: this.queueSize, maxPartsInFlight: this.maxPartsInFlight, signPayload: this.signPayload };
  }

  [inspect.custom](): string {
    return this.toString();
  }

  /** Releases the HTTP sockets. */
  destroy(): void {
    this.#client.destroy();
  }

  async putFile(key: string, localPath: string, options: PutFileOptions): Promise<void> {
    assertValidKey(key);
    if (!isSha256Hex(options.sha256)) throw new Error(`putFile('${key}'): sha256 must be 64 lower-case hex characters`);
    try {
      // Bounded memory: the part buffers are shared by all uploads of this storage (s3-upload.ts).
      await uploadFileToS3({
        client: this.#client,
        bucket: this.bucket,
        key,
        localPath,
        expected: { size: options.size, sha256: options.sha256 },
        metadata: { [SHA256_METADATA]: options.sha256 },
        buffers: this.#partBuffers,
        queueSize: this.queueSize,
        limiter: this.#limiter,
        ...(options.onBytes === undefined ? {} : { onBytes: options.onBytes }),
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      });
    } catch (err) {
      if (err instanceof LocalFileError) throw new Error(`cannot read local file ${localPath} for '${key}': ${err.message}`);
      throw this.unavailable('S3 upload', key, err);
    }
  }

  async getFile(key: string, localPath: string, options: GetFileOptions = {}): Promise<void> {
    assertValidKey(key);
    const signal = options.signal;
    throwIfTransferAborted(signal, 'S3 download', key);
    let response;
    try {
      // The signal also cuts the body off: it destroys the request, whose response the body is.
      response = await this.#client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }), signal === undefined ? {} : { abortSignal: signal });
    } catch (err) {
      if (signal?.aborted === true) throw transferAborted(signal, 'S3 download', key, `${localPath} was not written`);
      throw this.notFoundOr('S3 GetObject', key, err);
    }
    const body = response.Body as Readable | undefined;
    if (body === undefined) throw new StorageUnavailableError('S3 GetObject', key, 'EmptyBody', 'the response had no body', response.$metadata.httpStatusCode);
    const limiter = this.#limiter;
    try {
      await downloadVerified({
        operation: 'S3 download',
        key,
        localPath,
        recorded: { size: response.ContentLength ?? -1, sha256: response.Metadata?.[SHA256_METADATA] },
        options,
        open: () => Promise.resolve(limiter === undefined ? body : body.pipe(throttle(limiter, signal))),
      });
    } catch (err) {
      body.destroy();
      if (signal?.aborted === true && !(err instanceof TransferAbortedError)) throw transferAborted(signal, 'S3 download', key, `the partial file was removed, ${localPath} was not written`);
      throw this.unavailable('S3 download', key, err);
    }
  }

  async head(key: string): Promise<ObjectInfo | undefined> {
    assertValidKey(key);
    try {
      const r = await this.#client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { key, size: r.ContentLength ?? 0, sha256: r.Metadata?.[SHA256_METADATA], lastModified: r.LastModified };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw this.unavailable('S3 HeadObject', key, err);
    }
  }

  async list(prefix: string, options: ListOptions = {}): Promise<ListPage> {
    assertValidPrefix(prefix);
    try {
      const r = await this.#client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, MaxKeys: options.pageSize ?? 1000, ...(options.pageToken === undefined ? {} : { ContinuationToken: options.pageToken }) }),
      );
      return {
        objects: (r.Contents ?? []).map((o) => ({ key: o.Key ?? '', size: o.Size ?? 0, lastModified: o.LastModified })),
        nextPageToken: r.IsTruncated === true ? r.NextContinuationToken : undefined,
      };
    } catch (err) {
      throw this.unavailable('S3 ListObjectsV2', prefix, err);
    }
  }

  async deleteMany(keys: readonly string[]): Promise<void> {
    keys.forEach(assertValidKey);
    for (let i = 0; i < keys.length; i += 1000) {
      const batch = keys.slice(i, i + 1000);
      if (batch.length === 1) {
        await this.send('S3 DeleteObject', batch[0]!, (c) => c.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: batch[0] })));
        continue;
      }
      const r = await this.send('S3 DeleteObjects', batch[0]!, (c) => c.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } })));
      const failed = r.Errors?.[0];
      if (failed !== undefined) {
        throw new StorageUnavailableError('S3 DeleteObjects', failed.Key ?? '?', failed.Code ?? 'Error', this.#redact(`${failed.Message ?? ''} (${r.Errors?.length ?? 1} keys not deleted)`), undefined);
      }
    }
  }

  async putJson(key: string, value: unknown): Promise<void> {
    assertValidKey(key);
    const bytes = jsonDocumentBytes(value);
    await this.send('S3 PutObject', key, (c) => c.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: 'application/json', Metadata: { [SHA256_METADATA]: sha256Hex(bytes) } })));
  }

  async getJson(key: string): Promise<unknown> {
    assertValidKey(key);
    let bytes: Uint8Array;
    let recorded: string | undefined;
    try {
      const r = await this.#client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      recorded = r.Metadata?.[SHA256_METADATA];
      bytes = (await r.Body?.transformToByteArray()) ?? new Uint8Array();
    } catch (err) {
      throw this.notFoundOr('S3 GetObject', key, err);
    }
    const actual = sha256Hex(bytes);
    if (recorded !== actual) {
      throw new CorruptError(key, { size: bytes.length, sha256: recorded }, { size: bytes.length, sha256: actual }, 'The document was changed outside this tool or was not written by it.');
    }
    try {
      return JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;
    } catch (err) {
      throw new CorruptError(key, { size: bytes.length, sha256: recorded }, { size: bytes.length, sha256: actual }, `It is not JSON: ${(err as Error).message}.`);
    }
  }

  private async send<T>(operation: string, key: string, run: (client: S3Client) => Promise<T>): Promise<T> {
    try {
      return await run(this.#client);
    } catch (err) {
      throw this.unavailable(operation, key, err);
    }
  }

  private notFoundOr(operation: string, key: string, err: unknown): BackupStorageError {
    return isNotFound(err) ? new NotFoundError(key, this.describe()) : this.unavailable(operation, key, err);
  }

  /** Keeps typed errors; turns anything else into StorageUnavailable with the S3 code and a redacted message. */
  private unavailable(operation: string, key: string, err: unknown): BackupStorageError {
    if (err instanceof BackupStorageError) return err;
    const e = (err ?? {}) as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
    const status = e.$metadata?.httpStatusCode;
    // Service errors carry the S3 code in `name`; network errors are plain Errors with an errno `code`.
    // The SDK's retry layer may re-wrap a network error as a plain Error whose message alone keeps the errno.
    const code = e.code ?? (e.name !== undefined && e.name !== 'Error' ? e.name : (/\b(E[A-Z]{3,}[A-Z_]*)\b/.exec(e.message ?? '')?.[1] ?? 'Error'));
    return new StorageUnavailableError(`${operation} (${this.describe()})`, key, code, this.#redact(e.message ?? String(err)), status);
  }
}

function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } } | undefined;
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}
