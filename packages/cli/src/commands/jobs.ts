// cassandra-mesos repair|cleanup|restart start|stop|status — the cluster jobs in the DC/OS family
// (/v1/{repair,cleanup,restart}/...), one node at a time; --wait follows the job (GET /v1/jobs/{id}).
import type { Command } from 'commander';
import type { Job, JobStatusAnswer } from '../api-types';
import type { Context } from '../context';
import { UsageError } from '../errors';
import { formatMs, formatSeconds, list } from '../output';
import { cqlNames, nodeList } from '../validate';
import { assertSucceeded, followJob, jobLabel } from '../wait';
import { action, examples, waitOptions, withWait, type Deps, type WaitFlags } from './common';

/** A job's header and its nodes, for status and the end of --wait. */
export function printJob(ctx: Context, job: Job): void {
  ctx.out.keyValues([
    ['job', job.id],
    ['type', job.type],
    ['status', job.abortRequested && job.status === 'RUNNING' ? 'RUNNING (stop requested)' : job.status],
    ['progress', `${job.progress.percent}% (${job.completedNodes}/${job.totalNodes} nodes, ${job.failedNodes} failed)`],
    ['eta', formatSeconds(job.progress.etaSeconds)],
    ['started', job.startedAt],
    ['finished', job.finishedAt],
    ...(job.failureMessage ? ([['failure', job.failureMessage]] as const) : []),
  ]);
  if (job.nodes && job.nodes.length > 0) {
    ctx.out.line();
    ctx.out.table(
      ['NODE', 'STATE', 'KEYSPACE', 'DONE', 'REMAINING', 'DURATION', 'MESSAGE'],
      job.nodes.map((n) => [n.nodeId, n.state, n.currentKeyspace, list(n.keyspaces.map((k) => k.keyspace)), list(n.remainingKeyspaces), formatMs(n.durationMs), n.failureMessage]),
    );
  }
}

interface JobKind {
  /** Path segment and command name. */
  readonly segment: 'repair' | 'cleanup' | 'restart';
  readonly title: string;
  readonly description: string;
  /** Repair and cleanup work on keyspaces; a rolling restart on whole nodes. */
  readonly keyspaces: boolean;
}

const KINDS: readonly JobKind[] = [
  { segment: 'repair', title: 'repair', description: 'anti-entropy repair, one node at a time (primary range, full)', keyspaces: true },
  { segment: 'cleanup', title: 'cleanup', description: 'remove data a node no longer owns (after scaling up), one node at a time', keyspaces: true },
  { segment: 'restart', title: 'rolling restart', description: 'restart every node (or the named ones), one at a time, waiting for each to be live again', keyspaces: false },
];

interface StartFlags extends WaitFlags {
  readonly nodes: string[];
  readonly keyspaces?: string[];
  readonly tables?: string[];
}

function registerKind(program: Command, deps: Deps, kind: JobKind): void {
  const group = program.command(kind.segment).description(`${kind.title}: ${kind.description}`);
  const base = `cassandra-mesos ${kind.segment}`;
  examples(group, `${base} start --wait`, `${base} status`);

  const start = withWait(
    group.command('start').description(`start a ${kind.title}`).option('--nodes <nodes>', '"*" for every node, or a comma-separated list (node-0,node-1 or 0,1)', nodeList, ['*']),
    `the ${kind.title}`,
  );
  if (kind.keyspaces) {
    start
      .option('--keyspaces <names>', 'comma-separated keyspaces (default: every non-system keyspace)', cqlNames)
      .option('--tables <names>', 'comma-separated tables of those keyspaces (default: all)', cqlNames);
  }
  examples(start, kind.keyspaces ? `${base} start --nodes node-0,node-1 --keyspaces app --wait` : `${base} start --wait`);
  start.action(
    action(deps, async (ctx, cmd) => {
      const flags = cmd.opts<StartFlags>();
      if (flags.tables && !flags.keyspaces) throw new UsageError('--tables needs --keyspaces: name the keyspaces these tables belong to');
      const body = kind.keyspaces ? { nodes: flags.nodes, key_spaces: flags.keyspaces, column_families: flags.tables } : { nodes: flags.nodes };
      const job = (await ctx.client.put<Job>(`/v1/${kind.segment}/start`, { body })).body;
      if (!flags.wait) {
        ctx.out.result(job, () => ctx.out.line(`started ${jobLabel(job)} on ${job.totalNodes} node(s); follow it with: ${base} status`));
        return;
      }
      if (!ctx.out.json) ctx.out.line(`started ${jobLabel(job)} on ${job.totalNodes} node(s)`);
      const final = await followJob(ctx, job.id, waitOptions(flags, `${base} status`, `${base} stop`));
      ctx.out.result(final, () => printJob(ctx, final));
      assertSucceeded(final);
    }),
  );

  examples(
    group.command('stop').description(`stop the running ${kind.title} after the node(s) it is working on`).action(
      action(deps, async (ctx) => {
        const job = (await ctx.client.put<Job>(`/v1/${kind.segment}/stop`)).body;
        ctx.out.result(job, () => ctx.out.line(`stop requested for ${jobLabel(job)}: it ends after the node(s) it is working on (${list(job.currentNodes)})`));
      }),
    ),
    `${base} stop`,
  );

  examples(
    group.command('status').description(`the running ${kind.title}, if any, with its nodes`).action(
      action(deps, async (ctx) => {
        const answer = (await ctx.client.get<JobStatusAnswer>(`/v1/${kind.segment}/status`)).body;
        ctx.out.result(answer, () => {
          if (answer.job) printJob(ctx, answer.job);
          else ctx.out.line(`no ${kind.title} is running`);
        });
      }),
    ),
    `${base} status`,
  );
}

export function registerJobs(program: Command, deps: Deps): void {
  for (const kind of KINDS) registerKind(program, deps, kind);
}
