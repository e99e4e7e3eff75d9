import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateBucketCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { ComponentError } from '../errors';
import { commonJvmArgs, javaEnv, libClasspath } from '../java';
import { readLogTail } from '../log-tail';
import { freePort, looksLikeBindFailure } from '../ports';
import { ManagedProcess, type ExitInfo, type StopOptions } from '../process/managed-process';
import { loadRuntime, type Runtime } from '../runtime';
import { waitUntilReady } from '../wait';
import { freshDir } from '../workdir';
import { renderS3ProxyProperties } from './config';

export interface StartS3Options {
  /** Created (through the S3 API) before startS3 resolves. */
  readonly bucket?: string;
  /** Readiness timeout; default 60 s. */
  readonly timeoutMs?: number;
  readonly runtime?: Runtime;
  /**
   * Start again on the same port, data directory and keys as an earlier (stopped) server, as an S3
   * service coming back after an outage: clients configured for the old server work unchanged and
   * every object and bucket is still there. `bucket` must not be given with it (the bucket exists).
   */
  readonly restartOf?: S3RestartTarget;
}

/** What a restart keeps of an earlier server (an S3Server has all of it). */
export type S3RestartTarget = Pick<S3Server, 'endpoint' | 'dataDir' | 'accessKeyId' | 'secretAccessKey' | 'bucket'>;

export interface S3Server {
  /** "http://127.0.0.1:<port>"; use with forcePathStyle: true. */
  readonly endpoint: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** The bucket asked for in the options ('' when none). */
  readonly bucket: string;
  /** s3proxy version from runtime.json. */
  readonly version: string;
  /** filesystem-nio2 base dir: one sub-directory per bucket. */
  readonly dataDir: string;
  readonly logFile: string;
  readonly pid: number;
  /** A client configured for this server; destroyed by stop(). */
  readonly client: S3Client;
  stop(options?: StopOptions): Promise<ExitInfo>;
}

const HOST = '127.0.0.1';
const REGION = 'us-east-1';

/** Starts s3proxy (filesystem-nio2, SigV4 on) on a free loopback port; resolves when ListBuckets succeeds (and the bucket exists). */
export async function startS3(options: StartS3Options = {}): Promise<S3Server> {
  const runtime = options.runtime ?? loadRuntime();
  if (options.restartOf) return startOnce(runtime, restartPort(options), options);
  for (let attempt = 1; ; attempt++) {
    const port = await freePort(HOST);
    try {
      return await startOnce(runtime, port, options);
    } catch (err) {
      if (attempt < 3 && err instanceof ComponentError && looksLikeBindFailure(err.logTail)) continue;
      throw err;
    }
  }
}

/** The port of the server to restart; it must be on testkit's loopback host, and no bucket may be asked for. */
function restartPort(options: StartS3Options): number {
  const target = options.restartOf as S3RestartTarget;
  if (options.bucket !== undefined) throw new Error(`startS3: 'bucket' cannot be combined with 'restartOf' (bucket '${target.bucket}' is already in ${target.dataDir}); leave 'bucket' out`);
  const url = new URL(target.endpoint);
  const port = Number(url.port);
  if (url.hostname !== HOST || !Number.isInteger(port) || port <= 0) throw new Error(`startS3: restartOf.endpoint ${target.endpoint} is not an s3proxy endpoint testkit started (expected http://${HOST}:<port>)`);
  if (!existsSync(target.dataDir)) throw new Error(`startS3: restartOf.dataDir ${target.dataDir} does not exist; it must be the data directory of the earlier server`);
  return port;
}

async function startOnce(runtime: Runtime, port: number, options: StartS3Options): Promise<S3Server> {
  const dir = freshDir('s3proxy');
  const restart = options.restartOf;
  // A restart keeps the objects (the filesystem backend's base dir) and the identity of the old server.
  const dataDir = restart?.dataDir ?? join(dir, 'data');
  const tmpDir = join(dir, 'tmp');
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(tmpDir, { recursive: true });
  const accessKeyId = restart?.accessKeyId ?? `testkit${randomBytes(6).toString('hex')}`;
  const secretAccessKey = restart?.secretAccessKey ?? randomBytes(20).toString('hex');
  const conf = join(dir, 's3proxy.conf');
  writeFileSync(conf, renderS3ProxyProperties({ host: HOST, port, baseDir: dataDir, accessKeyId, secretAccessKey }), { mode: 0o600 });
  const logFile = join(dir, 's3proxy.log');
  const endpoint = `http://${HOST}:${port}`;
  const proc = await ManagedProcess.launch({
    name: `s3proxy ${HOST}:${port}`,
    command: runtime.java.bin,
    args: [
      '-Xms64m',
      '-Xmx256m',
      '-XX:+UseSerialGC',
      ...commonJvmArgs({ name: `s3proxy-${port}`, tmpDir, heapDumpDir: dir }),
      '-cp',
      libClasspath(runtime.s3proxy.libDir),
      runtime.s3proxy.mainClass,
      '--properties',
      conf,
    ],
    cwd: dir,
    env: { ...javaEnv(runtime), LOG_LEVEL: 'info' },
    logFile,
    stopGraceMs: 10_000,
  });
  const client = new S3Client({ endpoint, region: REGION, forcePathStyle: true, credentials: { accessKeyId, secretAccessKey }, maxAttempts: 1 });
  try {
    await waitUntilReady(
      proc,
      async () => {
        try {
          await client.send(new ListBucketsCommand({}));
          return { state: 'ready', value: undefined };
        } catch (err) {
          const e = err as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
          const status = e.$metadata?.httpStatusCode;
          // The server answered but refused our signature: waiting will not fix that.
          if (status === 403 || status === 401) return { state: 'fatal', reason: `ListBuckets rejected with HTTP ${status} (${String(e.name)}: ${String(e.message)})` };
          return { state: 'waiting', reason: `ListBuckets: ${String(e.name)}: ${String(e.message)}` };
        }
      },
      { timeoutMs: options.timeoutMs ?? 60_000, intervalMs: 250, what: `s3proxy listing buckets at ${endpoint}` },
    );
    if (options.bucket) await client.send(new CreateBucketCommand({ Bucket: options.bucket }));
  } catch (err) {
    client.destroy();
    await proc.stop({ allowPriorExit: true }).catch(() => undefined);
    if (err instanceof ComponentError) throw new ComponentError(err.component, err.reason, err.logFile, await readLogTail(logFile));
    throw err;
  }
  return {
    endpoint,
    region: REGION,
    accessKeyId,
    secretAccessKey,
    bucket: restart?.bucket ?? options.bucket ?? '',
    version: runtime.s3proxy.version,
    dataDir,
    logFile,
    pid: proc.pid,
    client,
    stop: async (o) => {
      client.destroy();
      return proc.stop(o);
    },
  };
}
