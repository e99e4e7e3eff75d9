// One round of the bench for one set of transfer settings: our upload into a fresh bucket, the same
// upload again (dedup), the plain SDK upload into another fresh bucket, then both downloads into
// fresh directories, each checked byte for byte (SHA-256) against the originals, untimed.
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CreateBucketCommand, DeleteBucketCommand, DeleteObjectsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { hashFile, type LayoutRoot } from '@cassandra-mesos/backup-storage';
import type { S3Server } from '@cassandra-mesos/testkit';
import type { SnapshotFile } from './dataset';
import type { KeyedFile, MoverJob, S3Target, TransferSettings, VerifiedFile } from './mover-protocol';
import { cpuMs } from './proc-stats';
import type { RoundFigures, StepFigures, StepName } from './report';
import { runMover, type MoverRun } from './run-mover';

const execFileAsync = promisify(execFile);

export interface RoundContext {
  readonly s3: S3Server;
  readonly files: readonly SnapshotFile[];
  /** Scratch directory for the restore directories. */
  readonly workDir: string;
  readonly signal: AbortSignal;
  readonly log: (text: string) => void;
  readonly cpuProfileDir: string | undefined;
}

const ROOT: LayoutRoot = { prefix: 'bench', cluster: 'bench-cluster' };
const NODE_ID = 'node-1';

export function s3Target(s3: S3Server, bucket: string): S3Target {
  return { endpoint: s3.endpoint, region: s3.region, accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey, bucket };
}

/** Runs a job in a child after the disk has written out earlier steps' data, and adds s3proxy's CPU time. */
async function measured(ctx: RoundContext, job: MoverJob): Promise<{ run: MoverRun; s3proxyCpuMs: number | undefined }> {
  // Dirty pages of the previous step (s3proxy's objects, restored files) are flushed first, so
  // their write-back does not land in this step's time.
  await execFileAsync('sync');
  const before = cpuMs(ctx.s3.pid);
  const run = await runMover(job, ctx.signal, { ...(ctx.cpuProfileDir === undefined ? {} : { cpuProfileDir: ctx.cpuProfileDir }) });
  const after = cpuMs(ctx.s3.pid);
  return { run, s3proxyCpuMs: before === undefined || after === undefined ? undefined : after - before };
}

function figures(step: StepName, run: MoverRun, s3proxyCpuMs: number | undefined): StepFigures {
  const r = run.result;
  const phase = (name: string): { ms: number; bytes: number } => r.phases.find((p) => p.name === name) ?? { ms: 0, bytes: 0 };
  const transferPhase = step.endsWith('download') ? 'download' : 'upload';
  const transfer = phase(transferPhase);
  return {
    step,
    filesMoved: r.filesMoved,
    bytesMoved: r.bytesMoved,
    filesSkipped: r.filesSkipped,
    bytesSkipped: r.bytesSkipped,
    hashMs: phase('hash').ms,
    hashedBytes: phase('hash').bytes,
    transferMs: transfer.ms,
    rssBeforeBytes: r.rssBeforeBytes,
    peakSampledRssBytes: run.peakSampledRssByPhase[transferPhase] ?? 0,
    peakSampledRssByPhase: run.peakSampledRssByPhase,
    vmHwmBytes: r.vmHwmBytes,
    childCpuMs: r.cpuUserMs + r.cpuSystemMs,
    s3proxyCpuMs,
  };
}

/** Every downloaded file must have the original's size and SHA-256: a fast wrong transfer is no result. */
async function verifyRestored(files: readonly VerifiedFile[], what: string): Promise<void> {
  for (const f of files) {
    const actual = await hashFile(f.localPath);
    if (actual.size !== f.size || actual.sha256 !== f.sha256) {
      throw new Error(`${what}: ${f.localPath} is ${actual.size} bytes with SHA-256 ${actual.sha256}, expected ${f.size} bytes with ${f.sha256}`);
    }
  }
}

async function createBucket(s3: S3Server, bucket: string): Promise<void> {
  await s3.client.send(new CreateBucketCommand({ Bucket: bucket }));
}

/** Empties and deletes a bucket; one that is already gone is fine. */
export async function deleteBucket(s3: S3Server, bucket: string): Promise<void> {
  for (;;) {
    let page;
    try {
      page = await s3.client.send(new ListObjectsV2Command({ Bucket: bucket, MaxKeys: 1000 }));
    } catch (err) {
      if ((err as { name?: string }).name === 'NoSuchBucket') return;
      throw err;
    }
    const keys = (page.Contents ?? []).flatMap((o) => (o.Key === undefined ? [] : [{ Key: o.Key }]));
    if (keys.length === 0) break;
    await s3.client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys, Quiet: true } }));
  }
  await s3.client.send(new DeleteBucketCommand({ Bucket: bucket }));
}

export async function runRound(ctx: RoundContext, settings: TransferSettings, round: number, id: string): Promise<RoundFigures> {
  const { s3, files, log } = ctx;
  const oursBucket = `ours-${id}`;
  const plainBucket = `plain-${id}`;
  const plainUnsignedBucket = `plain-unsigned-${id}`;
  await createBucket(s3, oursBucket);
  await createBucket(s3, plainBucket);
  await createBucket(s3, plainUnsignedBucket);
  const steps: StepFigures[] = [];
  const restoreOurs = join(ctx.workDir, `restore-ours-${id}`);
  const restorePlain = join(ctx.workDir, `restore-plain-${id}`);
  let uploaded: readonly (VerifiedFile & { relPath: string })[] = [];

  const oursUpload = async (): Promise<void> => {
    log(`ours: hash + upload of ${files.length} files into a fresh bucket`);
    const { run, s3proxyCpuMs } = await measured(ctx, { kind: 'ours-upload', s3: s3Target(s3, oursBucket), settings, root: ROOT, nodeId: NODE_ID, files, knownSha256: {} });
    if (run.result.filesMoved !== files.length || run.result.uploaded === undefined) throw new Error(`ours-upload sent ${run.result.filesMoved} of ${files.length} files into an empty bucket`);
    uploaded = run.result.uploaded;
    steps.push(figures('ours-upload', run, s3proxyCpuMs));

    log('ours: the same upload again (SHA-256s known from the first backup, as the executor takes them from its last manifest)');
    const knownSha256 = Object.fromEntries(uploaded.map((u) => [u.relPath, u.sha256]));
    const again = await measured(ctx, { kind: 'ours-upload', s3: s3Target(s3, oursBucket), settings, root: ROOT, nodeId: NODE_ID, files, knownSha256 });
    if (again.run.result.filesSkipped !== files.length) throw new Error(`the second upload skipped ${again.run.result.filesSkipped} of ${files.length} unchanged files; dedup is broken`);
    steps.push(figures('ours-reupload', again.run, again.s3proxyCpuMs));
  };
  const plainKeys: KeyedFile[] = files.map((f) => ({ key: `plain/${f.relPath}`, localPath: f.localPath, size: f.size }));
  const plainUpload = async (): Promise<void> => {
    log(`plain SDK: upload of ${files.length} files into a fresh bucket`);
    const signed = await measured(ctx, { kind: 'plain-upload', s3: s3Target(s3, plainBucket), settings, files: plainKeys, unsignedPayload: false });
    steps.push(figures('plain-upload', signed.run, signed.s3proxyCpuMs));
    log('plain SDK: the same upload with UNSIGNED-PAYLOAD into another fresh bucket');
    const unsigned = await measured(ctx, { kind: 'plain-upload', s3: s3Target(s3, plainUnsignedBucket), settings, files: plainKeys, unsignedPayload: true });
    steps.push(figures('plain-upload-unsigned', unsigned.run, unsigned.s3proxyCpuMs));
    // Only one plain copy is needed for the download; the second goes now to keep the disk use down.
    await deleteBucket(s3, plainUnsignedBucket);
  };
  const oursDownload = async (): Promise<void> => {
    log('ours: download + verify into a fresh directory');
    const targets = uploaded.map((u) => ({ key: u.key, size: u.size, sha256: u.sha256, localPath: join(restoreOurs, u.relPath) }));
    const { run, s3proxyCpuMs } = await measured(ctx, { kind: 'ours-download', s3: s3Target(s3, oursBucket), settings, files: targets });
    steps.push(figures('ours-download', run, s3proxyCpuMs));
    await verifyRestored(targets, 'ours-download');
    await rm(restoreOurs, { recursive: true, force: true });
  };
  const plainDownload = async (): Promise<void> => {
    log('plain SDK: download into a fresh directory');
    const sha = new Map(uploaded.map((u) => [u.relPath, u.sha256]));
    const targets = files.map((f) => ({ key: `plain/${f.relPath}`, size: f.size, sha256: sha.get(f.relPath) ?? '', localPath: join(restorePlain, f.relPath) }));
    const { run, s3proxyCpuMs } = await measured(ctx, { kind: 'plain-download', s3: s3Target(s3, plainBucket), settings, files: targets });
    steps.push(figures('plain-download', run, s3proxyCpuMs));
    await verifyRestored(targets, 'plain-download');
    await rm(restorePlain, { recursive: true, force: true });
  };

  try {
    // Which side goes first alternates between rounds, so neither always meets a warmer server.
    // Our upload always runs before both downloads: they need its keys and SHA-256s.
    if (round % 2 === 0) {
      await oursUpload();
      await plainUpload();
      await oursDownload();
      await plainDownload();
    } else {
      await plainUpload();
      await oursUpload();
      await plainDownload();
      await oursDownload();
    }
  } finally {
    await rm(restoreOurs, { recursive: true, force: true });
    await rm(restorePlain, { recursive: true, force: true });
    for (const bucket of [oursBucket, plainBucket, plainUnsignedBucket]) {
      // Best effort: a failure here must not hide the error that ended the round.
      await deleteBucket(s3, bucket).catch((err: unknown) => log(`could not delete bucket ${bucket}: ${String(err)}`));
    }
  }
  const order: StepName[] = ['ours-upload', 'ours-reupload', 'plain-upload', 'plain-upload-unsigned', 'ours-download', 'plain-download'];
  return { settings, round, steps: order.flatMap((name) => steps.filter((s) => s.step === name)) };
}
