// A mover child: one transfer job in its own Node process, as the executor runs it, so its peak RSS
// is the transfer's and nothing else's. Forked by run-mover.ts; gets one MoverJob over IPC, answers
// with 'phase' messages and one 'done' or 'failed', then exits.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { dataKey, downloadFiles, hashFile, S3Storage, uploadFiles } from '@cassandra-mesos/backup-storage';
import type { ChildMessage, MoverJob, MoverResult, PhaseTiming, S3Target } from './mover-protocol';
import { statusBytes } from './proc-stats';

type Counts = Pick<MoverResult, 'filesMoved' | 'bytesMoved' | 'filesSkipped' | 'bytesSkipped'>;

function send(message: ChildMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.send === undefined) {
      reject(new Error('mover-child must be forked with an IPC channel (it is started by the transfer bench)'));
      return;
    }
    process.send(message, undefined, {}, (err) => (err === null ? resolve() : reject(err)));
  });
}

/** Runs `work` over `items` with at most `limit` at a time; the first failure is rethrown after the others settle. */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure !== undefined) throw failure.error;
}

class Phases {
  readonly timings: PhaseTiming[] = [];
  async run<T>(name: string, bytes: number, work: () => Promise<T>): Promise<T> {
    await send({ type: 'phase', name });
    const t0 = performance.now();
    const value = await work();
    this.timings.push({ name, ms: performance.now() - t0, bytes });
    return value;
  }
}

function s3Client(s3: S3Target, unsignedPayload = false): S3Client {
  const client = new S3Client({ endpoint: s3.endpoint, region: s3.region, forcePathStyle: true, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } });
  if (unsignedPayload) {
    client.middlewareStack.add(
      (next, context) => (args) => {
        const request = args.request as { headers?: Record<string, string> } | undefined;
        if (request?.headers !== undefined && (context.commandName === 'PutObjectCommand' || context.commandName === 'UploadPartCommand')) request.headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
        return next(args);
      },
      { step: 'build', name: 'benchUnsignedPayload' },
    );
  }
  return client;
}

function ourStorage(job: MoverJob): S3Storage {
  const { s3, settings } = job;
  return new S3Storage({
    bucket: s3.bucket,
    endpoint: s3.endpoint,
    region: s3.region,
    forcePathStyle: true,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    partSizeBytes: settings.partSizeBytes,
    queueSize: settings.queueSize,
    maxPartsInFlight: settings.partsInFlight,
  });
}

const sum = (files: readonly { size: number }[]): number => files.reduce((s, f) => s + f.size, 0);

async function run(job: MoverJob, phases: Phases, rssBefore: () => void): Promise<Counts & Pick<MoverResult, 'uploaded'>> {
  switch (job.kind) {
    case 'ours-upload': {
      const storage = ourStorage(job);
      rssBefore();
      try {
        const toHash = job.files.filter((f) => job.knownSha256[f.relPath] === undefined);
        // The executor needs every SHA-256 before the upload: it is part of the data key.
        const hashed = new Map<string, string>(Object.entries(job.knownSha256));
        await phases.run('hash', sum(toHash), () =>
          inParallel(toHash, job.settings.concurrency, async (f) => {
            const facts = await hashFile(f.localPath);
            if (facts.size !== f.size) throw new Error(`${f.localPath} changed size while the bench ran (${f.size} -> ${facts.size} bytes)`);
            hashed.set(f.relPath, facts.sha256);
          }),
        );
        const uploaded = job.files.map((f) => {
          const sha256 = hashed.get(f.relPath) as string;
          return { relPath: f.relPath, localPath: f.localPath, size: f.size, sha256, key: dataKey(job.root, { nodeId: job.nodeId, keyspace: f.keyspace, tableId: f.tableId, fileName: f.fileName, sha256 }) };
        });
        const report = await phases.run('upload', sum(uploaded), () =>
          // The executor reports progress every 2 s; the callback is part of the cost.
          uploadFiles(storage, uploaded, { concurrency: job.settings.concurrency, progressIntervalMs: 2000, onProgress: () => undefined }),
        );
        return { filesMoved: report.filesUploaded, bytesMoved: report.bytesUploaded, filesSkipped: report.filesSkipped, bytesSkipped: report.bytesSkipped, uploaded };
      } finally {
        storage.destroy();
      }
    }
    case 'ours-download': {
      const storage = ourStorage(job);
      rssBefore();
      try {
        const r = await phases.run('download', sum(job.files), () => downloadFiles(storage, job.files, { concurrency: job.settings.concurrency, progressIntervalMs: 2000, onProgress: () => undefined }));
        return { filesMoved: r.files, bytesMoved: r.bytes, filesSkipped: 0, bytesSkipped: 0 };
      } finally {
        storage.destroy();
      }
    }
    case 'plain-upload': {
      const client = s3Client(job.s3, job.unsignedPayload);
      rssBefore();
      try {
        await phases.run('upload', sum(job.files), () =>
          inParallel(job.files, job.settings.concurrency, async (f) => {
            const upload = new Upload({ client, params: { Bucket: job.s3.bucket, Key: f.key, Body: createReadStream(f.localPath) }, partSize: job.settings.partSizeBytes, queueSize: job.settings.queueSize });
            await upload.done();
          }),
        );
        return { filesMoved: job.files.length, bytesMoved: sum(job.files), filesSkipped: 0, bytesSkipped: 0 };
      } finally {
        client.destroy();
      }
    }
    case 'plain-download': {
      const client = s3Client(job.s3);
      rssBefore();
      try {
        await phases.run('download', sum(job.files), () =>
          inParallel(job.files, job.settings.concurrency, async (f) => {
            await mkdir(dirname(f.localPath), { recursive: true });
            const r = await client.send(new GetObjectCommand({ Bucket: job.s3.bucket, Key: f.key }));
            await pipeline(r.Body as Readable, createWriteStream(f.localPath));
          }),
        );
        return { filesMoved: job.files.length, bytesMoved: sum(job.files), filesSkipped: 0, bytesSkipped: 0 };
      } finally {
        client.destroy();
      }
    }
  }
}

async function main(job: MoverJob): Promise<void> {
  const phases = new Phases();
  let rssBeforeBytes = 0;
  let cpuAtStart: NodeJS.CpuUsage | undefined;
  const counts = await run(job, phases, () => {
    rssBeforeBytes = statusBytes('self', 'VmRSS') ?? 0;
    cpuAtStart = process.cpuUsage();
  });
  // CPU of the work only: module loading and client set-up are not the mover's cost per byte.
  const cpu = process.cpuUsage(cpuAtStart);
  const result: MoverResult = {
    ...counts,
    phases: phases.timings,
    rssBeforeBytes,
    vmHwmBytes: statusBytes('self', 'VmHWM') ?? 0,
    cpuUserMs: cpu.user / 1000,
    cpuSystemMs: cpu.system / 1000,
  };
  await send({ type: 'done', result });
}

process.once('message', (job: MoverJob) => {
  main(job)
    .catch((err: unknown) => send({ type: 'failed', message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }))
    .catch((err: unknown) => {
      console.error(`[mover-child] cannot report to the bench: ${String(err)}`);
      process.exitCode = 1;
    })
    .finally(() => process.disconnect?.());
});
