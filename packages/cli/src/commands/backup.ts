// cassandra-mesos backup start|stop|status|list|verify|purge and restore start|stop|status — the DC/OS
// family (/v1/backup/..., /v1/restore/..., /v1/backups...). S3 keys given here go in the request body
// only (the scheduler holds them in memory for the job); they are never printed.
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Job, JobNode, JobStatusAnswer } from '../api-types';
import type { Context } from '../context';
import { FailedError, UsageError } from '../errors';
import { formatBytes, formatMs, formatSeconds } from '../output';
import { backupName, clusterName, cqlNames, location, nodeList, nodeRef, wholeNumber } from '../validate';
import { assertSucceeded, followTransfer, jobLabel } from '../wait';
import { action, examples, waitOptions, withWait, type Deps, type WaitFlags } from './common';

type Kind = 'backup' | 'restore';

export function printTransferJob(ctx: Context, job: Job): void {
  const t = job.transfer;
  ctx.out.keyValues([
    ['job', job.id],
    ['type', `${job.type}${job.backup ? ` (${job.backup.type})` : ''}`],
    ['backup', job.backup?.name],
    ['location', job.backup?.location],
    ['status', job.abortRequested && job.status === 'RUNNING' ? 'RUNNING (stop requested)' : job.status],
    ['progress', `${job.progress.percent}% (${job.completedNodes}/${job.totalNodes} nodes, ${job.failedNodes} failed)`],
    // A finished job read from /v1/jobs/{id} has no transfer figures: leave the lines out.
    ...(t
      ? ([
          ['stage', t.stage],
          ['bytes', `${formatBytes(t.bytesDone)} of ${formatBytes(t.bytesTotal)}${t.bytesSkipped > 0 ? ` (${formatBytes(t.bytesSkipped)} already stored)` : ''}`],
          ['rate', t.rateBytesPerSecond > 0 ? `${formatBytes(t.rateBytesPerSecond)}/s` : null],
        ] as const)
      : []),
    ['eta', formatSeconds(t?.etaSeconds ?? job.progress.etaSeconds)],
    ['started', job.startedAt],
    ['finished', job.finishedAt],
    ...(job.failureMessage ? ([['failure', job.failureMessage]] as const) : []),
  ]);
  if (job.nodes && job.nodes.length > 0) {
    ctx.out.line();
    const bytes = (n: JobNode): string | null => (n.bytesTotal === undefined ? null : `${formatBytes(n.bytesDone ?? 0)}/${formatBytes(n.bytesTotal)}`);
    ctx.out.table(
      ['NODE', 'STATE', 'STAGE', 'KEYSPACE', 'BYTES', 'DURATION', 'MESSAGE'],
      job.nodes.map((n) => [n.nodeId, n.state, n.stage, n.currentKeyspace, bytes(n), formatMs(n.durationMs), n.failureMessage]),
    );
  }
}

interface StorageFlags {
  readonly location?: string;
  readonly s3AccessKey?: string;
  readonly s3SecretKey?: string;
}

function storageOptions(cmd: Command): Command {
  return cmd
    .option('--location <url>', "s3://bucket[/prefix], http(s)://host[:port]/bucket[/prefix], file:///dir or local (default: the scheduler's)", location)
    .option('--s3-access-key <key>', "S3 access key for this job only (default: the scheduler's keys); never printed")
    .option('--s3-secret-key <key>', 'S3 secret key for this job only; never printed');
}

function storageBody(flags: StorageFlags): Record<string, unknown> {
  if ((flags.s3AccessKey === undefined) !== (flags.s3SecretKey === undefined)) {
    throw new UsageError('give both --s3-access-key and --s3-secret-key, or neither (then the scheduler\'s configured keys are used)');
  }
  return { external_location: flags.location, s3_access_key: flags.s3AccessKey, s3_secret_key: flags.s3SecretKey };
}

async function startTransfer(ctx: Context, kind: Kind, body: Record<string, unknown>, flags: WaitFlags): Promise<void> {
  const answer = (await ctx.client.put<{ status: string; message: string; job?: Job; plan?: RestorePlan }>(`/v1/${kind}/start`, { body })).body;
  if (answer.plan) {
    const plan = answer.plan;
    ctx.out.result(answer, () => printRestorePlan(ctx, plan, answer.message));
    return;
  }
  const job = answer.job;
  if (!job) throw new FailedError(`the scheduler answered ${kind} start without a job: ${JSON.stringify(answer)}`);
  const base = `cassandra-mesos ${kind}`;
  if (!flags.wait) {
    ctx.out.result(answer, () => ctx.out.line(`started ${jobLabel(job)} of ${job.backup?.name ?? ''} on ${job.totalNodes} node(s); follow it with: ${base} status`));
    return;
  }
  if (!ctx.out.json) ctx.out.line(`started ${jobLabel(job)} of ${job.backup?.name ?? ''} on ${job.totalNodes} node(s)`);
  const final = await followTransfer(ctx, kind, job, waitOptions(flags, `${base} status`, `${base} stop`));
  ctx.out.result(final, () => printTransferJob(ctx, final));
  assertSucceeded(final);
}

interface RestorePlan {
  readonly backup: string;
  readonly sourceCluster: string;
  readonly type: string;
  readonly location: string;
  readonly keyspaces: readonly string[];
  readonly nodes: ReadonlyArray<{ nodeId: string; ip: string | null; backupNodeId: string; bytes: number; files: number }>;
  readonly totalBytes: number;
  readonly estimatedSeconds: number;
  readonly rateSource: string;
  readonly warnings: readonly string[];
}

function printRestorePlan(ctx: Context, plan: RestorePlan, message: string): void {
  ctx.out.line(message);
  ctx.out.keyValues([
    ['backup', plan.backup],
    ['source cluster', plan.sourceCluster],
    ['type', plan.type],
    ['location', plan.location],
    ['keyspaces', plan.keyspaces.join(', ')],
    ['total', formatBytes(plan.totalBytes)],
    ['estimated time', `${formatSeconds(plan.estimatedSeconds)} (rate from ${plan.rateSource})`],
  ]);
  ctx.out.line();
  ctx.out.table(['NODE', 'IP', 'FROM BACKUP NODE', 'BYTES', 'FILES'], plan.nodes.map((n) => [n.nodeId, n.ip, n.backupNodeId, formatBytes(n.bytes), n.files]));
  for (const w of plan.warnings) ctx.out.line(`warning: ${w}`);
}

function registerStopStatus(group: Command, deps: Deps, kind: Kind): void {
  const base = `cassandra-mesos ${kind}`;
  examples(
    group.command('stop').description(`stop the running ${kind} after the node(s) it is working on`).action(
      action(deps, async (ctx) => {
        const job = (await ctx.client.put<Job>(`/v1/${kind}/stop`)).body;
        ctx.out.result(job, () => ctx.out.line(`stop requested for ${jobLabel(job)}: it ends after the node(s) it is working on`));
      }),
    ),
    `${base} stop`,
  );
  examples(
    group.command('status').description(`the running ${kind}: node, stage, keyspace, bytes, rate and ETA`).action(
      action(deps, async (ctx) => {
        const answer = (await ctx.client.get<JobStatusAnswer>(`/v1/${kind}/status`)).body;
        ctx.out.result(answer, () => {
          if (answer.job) printTransferJob(ctx, answer.job);
          else ctx.out.line(`no ${kind} is running (finished ones: cassandra-mesos backup list)`);
        });
      }),
    ),
    `${base} status`,
  );
}

interface BackupStartFlags extends WaitFlags, StorageFlags {
  readonly name: string;
  readonly type?: string;
  readonly baseBackup?: string;
  readonly keyspaces?: string[];
  readonly nodes: string[];
  readonly parallelism?: number;
}

interface ListedBackup {
  readonly name: string;
  readonly type: string;
  readonly createdAt: string;
  readonly totalBytes: number;
  readonly totalFiles: number;
  readonly keyspaces: readonly string[];
  readonly nodes: readonly unknown[];
  readonly baseBackup: string | null;
}

export function registerBackup(program: Command, deps: Deps): void {
  const group = program.command('backup').description('backups to S3 or a local directory: start, follow, list, verify, purge');
  examples(group, 'cassandra-mesos backup start --name nightly-1 --wait', 'cassandra-mesos backup list');

  const start = withWait(
    storageOptions(
      group
        .command('start')
        .description('snapshot every node and upload its files (deduplicated, SHA-256 verified); the manifest is written last')
        .requiredOption('--name <name>', 'backup name (letters, digits, ".", "_", "-")', backupName)
        .addOption(new Option('--type <type>', 'snapshot, incremental (needs --base-backup) or consistent (applications paused)').choices(['snapshot', 'incremental', 'consistent']))
        .option('--base-backup <name>', 'incremental: the snapshot backup it adds to', backupName)
        .option('--keyspaces <names>', 'comma-separated keyspaces (default: all non-system)', cqlNames)
        .option('--nodes <nodes>', '"*" or a comma-separated list of nodes', nodeList, ['*'])
        .option('--parallelism <n>', 'nodes at once (default 1)', wholeNumber(1, 64, 'the number of nodes at once')),
    ),
    'the backup',
  );
  examples(start, 'cassandra-mesos backup start --name nightly-1 --location s3://backups/cassandra --wait');
  start.action(
    action(deps, async (ctx, cmd) => {
      const f = cmd.opts<BackupStartFlags>();
      if (f.type === 'incremental' && !f.baseBackup) throw new UsageError('--type incremental needs --base-backup: the snapshot backup it adds to');
      if (f.baseBackup && f.type !== 'incremental') throw new UsageError('--base-backup is for --type incremental only');
      const body = { name: f.name, type: f.type, base_backup: f.baseBackup, key_spaces: f.keyspaces, nodes: f.nodes, parallelism: f.parallelism, ...storageBody(f) };
      await startTransfer(ctx, 'backup', body, f);
    }),
  );

  registerStopStatus(group, deps, 'backup');

  const listCmd = group
    .command('list')
    .description('completed backups, newest first')
    .option('--location <url>', 'where to look (default: the scheduler\'s backup location)', location)
    .option('--cluster <name>', 'whose backups (framework name; default this one)', clusterName)
    .option('--limit <n>', 'at most this many', wholeNumber(1, 1000, 'the number of backups'));
  examples(listCmd, 'cassandra-mesos backup list --limit 10');
  listCmd.action(
    action(deps, async (ctx, cmd) => {
      const f = cmd.opts<{ location?: string; cluster?: string; limit?: number }>();
      const answer = (await ctx.client.get<{ cluster: string; backups: ListedBackup[]; warnings: string[] }>('/v1/backups', { query: { location: f.location, cluster: f.cluster, limit: f.limit } })).body;
      ctx.out.result(answer, () => {
        if (answer.backups.length === 0) ctx.out.line(`no backups of cluster ${answer.cluster}`);
        else ctx.out.table(['NAME', 'TYPE', 'CREATED', 'SIZE', 'FILES', 'NODES', 'KEYSPACES', 'BASE'], answer.backups.map((b) => [b.name, b.type, b.createdAt, formatBytes(b.totalBytes), b.totalFiles, b.nodes.length, b.keyspaces.join(','), b.baseBackup]));
      });
      for (const w of answer.warnings) ctx.out.note(`warning: ${w}`);
    }),
  );

  const verify = group
    .command('verify')
    .description('check that every object of a backup is present with the right size and SHA-256 (exit 4 when not)')
    .argument('<name>', 'backup name', backupName)
    .option('--location <url>', 'where the backup is (default: the scheduler\'s)', location)
    .option('--cluster <name>', 'whose backup (framework name; default this one)', clusterName);
  examples(verify, 'cassandra-mesos backup verify nightly-1');
  verify.action(
    action(deps, async (ctx, cmd, name: string) => {
      const f = cmd.opts<{ location?: string; cluster?: string }>();
      type Report = { ok: boolean; checkedObjects: number; checkedBytes: number; durationMs: number; problems: Array<{ kind: string; key: string; nodeId: string | null; message: string }> };
      const report = (await ctx.client.post<Report>(`/v1/backups/${encodeURIComponent(name)}/verify`, { query: { location: f.location, cluster: f.cluster } })).body;
      ctx.out.result(report, () => {
        ctx.out.line(`backup ${name}: ${report.ok ? 'ok' : 'PROBLEMS FOUND'} (${report.checkedObjects} objects, ${formatBytes(report.checkedBytes)} checked in ${formatMs(report.durationMs)})`);
        if (report.problems.length > 0) ctx.out.table(['PROBLEM', 'NODE', 'KEY', 'MESSAGE'], report.problems.map((p) => [p.kind, p.nodeId, p.key, p.message]));
      });
      if (!report.ok) throw new FailedError(`backup ${name} failed verification: ${report.problems.length} problem(s)`);
    }),
  );

  const purge = group
    .command('purge')
    .description('delete old backups by age and/or count, never data a kept backup still uses')
    .option('--older-than-days <days>', 'purge backups older than this', wholeNumber(1, 36_500, 'days'))
    .option('--keep-last <n>', 'always keep the newest n backups', wholeNumber(1, 100_000, 'the number of backups to keep'))
    .option('--dry-run', 'list what would be deleted, delete nothing')
    .option('--location <url>', 'where the backups are (default: the scheduler\'s)', location)
    .option('--cluster <name>', 'whose backups (framework name; default this one)', clusterName);
  examples(purge, 'cassandra-mesos backup purge --older-than-days 30 --keep-last 7 --dry-run');
  purge.action(
    action(deps, async (ctx, cmd) => {
      const f = cmd.opts<{ olderThanDays?: number; keepLast?: number; dryRun?: boolean; location?: string; cluster?: string }>();
      if (f.olderThanDays === undefined && f.keepLast === undefined) throw new UsageError('purge what? give --older-than-days <days> and/or --keep-last <n>');
      type Report = { dryRun: boolean; purged: string[]; kept: string[]; deletedObjects: string[]; deletedBytes: number; sharedObjectsKept: number; problems: string[] };
      const body = { olderThanDays: f.olderThanDays, keepLast: f.keepLast, dryRun: f.dryRun === true ? true : undefined, location: f.location, cluster: f.cluster };
      const report = (await ctx.client.post<Report>('/v1/backups/purge', { body })).body;
      ctx.out.result(report, () => {
        ctx.out.keyValues([
          [report.dryRun ? 'would purge' : 'purged', report.purged.join(', ') || 'none'],
          ['kept', report.kept.join(', ') || 'none'],
          [report.dryRun ? 'would delete' : 'deleted', `${report.deletedObjects.length} objects, ${formatBytes(report.deletedBytes)}`],
          ['shared objects kept', report.sharedObjectsKept],
        ]);
        for (const p of report.problems) ctx.out.line(`problem: ${p}`);
      });
    }),
  );
}

interface RestoreStartFlags extends WaitFlags, StorageFlags {
  readonly name: string;
  readonly type?: string;
  readonly restoreType?: string;
  readonly sourceCluster?: string;
  readonly keyspaces?: string[];
  readonly tables?: string[];
  readonly nodes: string[];
  readonly map?: Record<string, string>;
  readonly snapshotOnly?: boolean;
  readonly restoreSchema?: boolean;
  readonly parallelism?: number;
  readonly dryRun?: boolean;
}

/** --map node-0=node-2: which backup node restores onto which node (repeatable). */
function mapping(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const [target, source, ...rest] = value.split('=');
  if (!target || !source || rest.length > 0) throw new InvalidArgumentError(`--map ${JSON.stringify(value)}: write node=backupNode, e.g. --map node-0=node-2`);
  return { ...previous, [nodeRef(target)]: nodeRef(source) };
}

export function registerRestore(program: Command, deps: Deps): void {
  const group = program.command('restore').description('restore a backup into this cluster (or a new one); --dry-run shows the plan');
  examples(group, 'cassandra-mesos restore start --name nightly-1 --dry-run', 'cassandra-mesos restore start --name nightly-1 --wait');

  const start = withWait(
    storageOptions(
      group
        .command('start')
        .description('download and verify every file on every node, then truncate and import (check with --dry-run first)')
        .requiredOption('--name <name>', 'the backup to restore', backupName)
        .addOption(new Option('--type <type>', 'cluster (default; nodes live) or node (into stopped nodes)').choices(['cluster', 'node']))
        .addOption(new Option('--restore-type <type>', 'existing (default): this cluster; new: a new cluster, schema from the backup').choices(['existing', 'new']))
        .option('--source-cluster <name>', 'the cluster (framework name) that took the backup (default this one)', clusterName)
        .option('--keyspaces <names>', 'comma-separated keyspaces (default: all in the backup)', cqlNames)
        .option('--tables <names>', 'comma-separated tables of those keyspaces', cqlNames)
        .option('--nodes <nodes>', '"*" or a comma-separated list of nodes', nodeList, ['*'])
        .option('--map <node=backupNode>', 'restore a backup node\'s data onto a node (repeatable)', mapping)
        .option('--snapshot-only', 'an incremental backup: restore its base snapshot only')
        .option('--restore-schema', 'create the schema from the backup first')
        .option('--parallelism <n>', 'nodes at once (default 1)', wholeNumber(1, 64, 'the number of nodes at once'))
        .option('--dry-run', 'answer the plan (node mapping, bytes, estimated time) and start nothing'),
    ),
    'the restore',
  );
  examples(start, 'cassandra-mesos restore start --name nightly-1 --keyspaces app --dry-run', 'cassandra-mesos restore start --name nightly-1 --keyspaces app --wait');
  start.action(
    action(deps, async (ctx, cmd) => {
      const f = cmd.opts<RestoreStartFlags>();
      if (f.tables && !f.keyspaces) throw new UsageError('--tables needs --keyspaces: name the keyspaces these tables belong to');
      if (f.dryRun && f.wait) throw new UsageError('--dry-run starts nothing, so there is nothing to --wait for: give one of them');
      const body = {
        name: f.name,
        type: f.type,
        restore_type: f.restoreType,
        source_cluster: f.sourceCluster,
        key_spaces: f.keyspaces,
        column_families: f.tables,
        nodes: f.nodes,
        node_mapping: f.map,
        snapshot_only: f.snapshotOnly,
        restore_schema: f.restoreSchema,
        parallelism: f.parallelism,
        dry_run: f.dryRun,
        ...storageBody(f),
      };
      await startTransfer(ctx, 'restore', body, f);
    }),
  );

  registerStopStatus(group, deps, 'restore');
}
