// Backup/restore throughput: the executor's data mover (backup-storage uploadFiles/downloadFiles on
// S3Storage) against the AWS SDK alone moving the same files to the same real s3proxy, each in its
// own child process whose peak RSS is sampled. Prints figures; asserts only that the bytes arrived
// intact and that a second upload sends nothing.
//
//   npm run bench -w @cassandra-mesos/backup-storage [-- --help]
//
// Everything started or written is removed in `finally`, also on errors and Ctrl-C.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { assertNothingLeftRunning, loadRuntime, startS3, type S3Server } from '@cassandra-mesos/testkit';
import { snapshotFromCassandra } from './cassandra-dataset';
import { planSnapshotDataset, totalBytes, writeSnapshotDataset, type SnapshotFile } from './dataset';
import { BenchSetupError, parseOptions, USAGE, type BenchOptions } from './options';
import { compare, renderHeadline, renderSettingsTable, renderStepTable, settingsLabel, summarizeBySettings, type RoundFigures } from './report';
import { deleteBucket, runRound, s3Target } from './run-round';
import { runMover } from './run-mover';

const PACKAGE_DIR = resolve(__dirname, '..');
const SNAPSHOT_TAG = 'bench-backup';

const log = (text: string): void => console.error(`[bench] ${text}`);
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

interface Dataset {
  readonly source: string;
  readonly files: readonly SnapshotFile[];
  readonly preparedMs: number;
}

async function syntheticDataset(workDir: string, dataBytes: number): Promise<Dataset> {
  const t0 = performance.now();
  const files = await writeSnapshotDataset(join(workDir, 'data'), SNAPSHOT_TAG, planSnapshotDataset(dataBytes));
  return { source: 'synthetic snapshot (crypto-random Data.db, small components)', files, preparedMs: performance.now() - t0 };
}

/** An untimed transfer of a quarter of the data, so s3proxy's JIT has compiled its hot paths before anything is measured. */
async function warmUp(s3: S3Server, files: readonly SnapshotFile[], options: BenchOptions, workDir: string, signal: AbortSignal): Promise<void> {
  const subset: SnapshotFile[] = [];
  for (const f of files) if (totalBytes(subset) < totalBytes(files) / 4) subset.push(f);
  log(`warm-up (untimed): plain SDK upload + download of ${mib(totalBytes(subset))}`);
  const bucket = 'warmup';
  const settings = options.settings[0] ?? { concurrency: 4, partSizeBytes: 16 * 1024 * 1024, queueSize: 4, partsInFlight: 4 };
  await s3.client.send(new CreateBucketCommand({ Bucket: bucket }));
  try {
    const keyed = subset.map((f) => ({ key: f.relPath, localPath: f.localPath, size: f.size }));
    await runMover({ kind: 'plain-upload', s3: s3Target(s3, bucket), settings, files: keyed, unsignedPayload: false }, signal);
    await runMover({ kind: 'plain-download', s3: s3Target(s3, bucket), settings, files: keyed.map((f) => ({ ...f, localPath: join(workDir, 'warmup', f.key) })) }, signal);
  } finally {
    await rm(join(workDir, 'warmup'), { recursive: true, force: true });
    await deleteBucket(s3, bucket);
  }
}

function printReport(options: BenchOptions, dataset: Dataset, s3: S3Server, rounds: readonly RoundFigures[]): void {
  const cpu = cpus();
  const data = dataset.files.filter((f) => f.fileName.endsWith('-Data.db'));
  console.log('');
  console.log(
    `Backup/restore transfer — ${dataset.files.length} files, ${mib(totalBytes(dataset.files))} (${data.length} Data.db = ${mib(totalBytes(data))}, ` +
      `${dataset.files.length - data.length} small components) from a ${dataset.source}; s3proxy ${s3.version} (filesystem backend, loopback); ` +
      `Node ${process.version}, ${cpu.length} CPU (${cpu[0]?.model.trim() ?? 'unknown'}), load ${loadavg()[0]?.toFixed(2) ?? '?'}. MB/s = 10^6 bytes/s.`,
  );
  for (const r of rounds) {
    console.log('');
    console.log(`${settingsLabel(r.settings)} — round ${r.round + 1}${r.round % 2 === 1 ? ' (plain SDK first)' : ''}`);
    console.log(renderStepTable(r.steps));
  }
  const summary = summarizeBySettings(rounds);
  if (summary.length > 1 || options.rounds > 1) {
    console.log('');
    console.log(`Median over rounds, MB/s and peak RSS per settings:`);
    console.log(renderSettingsTable(summary));
  }
  const headline = summary[0];
  if (headline !== undefined) {
    console.log('');
    console.log(`Headline (${settingsLabel(headline.settings)}${headline.rounds > 1 ? `, median of ${headline.rounds} rounds` : ''}):`);
    for (const line of renderHeadline(headline.figures)) console.log(`  ${line}`);
  }
}

async function writeFigures(options: BenchOptions, dataset: Dataset, s3: S3Server, rounds: readonly RoundFigures[]): Promise<string> {
  await mkdir(options.outDir, { recursive: true });
  const path = join(options.outDir, `transfer-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const document = {
    bench: 'backup-storage transfer',
    at: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model.trim(), memoryBytes: totalmem(), loadavg: loadavg() },
    s3proxy: { version: s3.version },
    dataset: { source: dataset.source, files: dataset.files.length, bytes: totalBytes(dataset.files), preparedMs: dataset.preparedMs },
    options: { ...options, outDir: undefined, cpuProfileDir: undefined },
    rounds: rounds.map((r) => ({ ...r, comparison: compare(r) })),
    summary: summarizeBySettings(rounds),
  };
  await writeFile(path, JSON.stringify(document, null, 2) + '\n');
  return path;
}

async function main(): Promise<number> {
  // The SDK's "Node 22 will be required from 2027" notice, once per process (children inherit this),
  // would bury the figures.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const controller = new AbortController();
  let interrupts = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (++interrupts > 1) {
      log(`${signal} again: exiting now (testkit's exit hook and watchdog stop the servers)`);
      process.exit(130);
    }
    log(`${signal}: stopping the bench and cleaning up (again to exit at once)`);
    controller.abort(new Error(`interrupted by ${signal}`));
  };
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(s, onSignal);
  const { signal } = controller;

  let workDir: string | undefined;
  let s3: S3Server | undefined;
  let cassandraCleanup: (() => Promise<void>) | undefined;
  try {
    const options = parseOptions(process.argv.slice(2), PACKAGE_DIR);
    if (options === 'help') {
      console.log(USAGE);
      return 0;
    }
    const runtime = loadRuntime();
    workDir = await mkdtemp(join(tmpdir(), 'backup-bench-'));
    let dataset: Dataset;
    if (options.cassandra) {
      const snapshot = await snapshotFromCassandra({ runtime, dataBytes: options.dataBytes, tag: SNAPSHOT_TAG, signal, log });
      cassandraCleanup = snapshot.cleanup;
      dataset = snapshot;
    } else {
      log(`writing a synthetic snapshot of ${mib(options.dataBytes)} Data.db files into ${workDir}`);
      dataset = await syntheticDataset(workDir, options.dataBytes);
    }
    log(`dataset: ${dataset.files.length} files, ${mib(totalBytes(dataset.files))}, ready in ${(dataset.preparedMs / 1000).toFixed(1)} s`);
    signal.throwIfAborted();
    s3 = await startS3({ runtime });
    log(`s3proxy ${s3.version} at ${s3.endpoint}, objects in ${s3.dataDir}`);
    if (options.warmup) await warmUp(s3, dataset.files, options, workDir, signal);

    const rounds: RoundFigures[] = [];
    for (const [i, settings] of options.settings.entries()) {
      for (let round = 0; round < options.rounds; round++) {
        log(`${settingsLabel(settings)}: round ${round + 1} of ${options.rounds}`);
        rounds.push(await runRound({ s3, files: dataset.files, workDir, signal, log, cpuProfileDir: options.cpuProfileDir }, settings, round, `s${i}-r${round}`));
      }
    }
    printReport(options, dataset, s3, rounds);
    const path = await writeFigures(options, dataset, s3, rounds);
    console.log('');
    console.log(`figures (JSON): ${path}`);
    return 0;
  } catch (err) {
    if (signal.aborted) {
      log('interrupted; nothing measured is printed');
      return 130;
    }
    if (err instanceof BenchSetupError) {
      log(err.message);
      log('see --help');
      return 2;
    }
    log(err instanceof Error ? `${err.name}: ${err.message}` : String(err));
    return 1;
  } finally {
    try {
      if (s3 !== undefined) {
        log('stopping s3proxy and deleting its objects');
        await s3.stop({ allowPriorExit: signal.aborted });
        await rm(s3.dataDir, { recursive: true, force: true });
      }
      if (cassandraCleanup !== undefined) await cassandraCleanup();
    } finally {
      if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
      await assertNothingLeftRunning();
    }
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // Only teardown failures get here (main() reports everything else itself).
    console.error(`[bench] teardown failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
