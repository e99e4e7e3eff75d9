// --wait: follows a job or a plan by polling until it is done, drawing progress on stderr. Ctrl-C stops
// the following, never the job: the CLI says so and how to look at it or stop it, and exits 130.
import { FINISHED_JOB_STATUSES, type Job, type JobStatusAnswer, type Plan } from './api-types';
import type { Context } from './context';
import { ApiError, FailedError, InterruptedError, UnreachableError } from './errors';
import type { ProgressSnapshot } from './progress';

export interface WaitOptions {
  readonly intervalMs: number;
  /** Commands that show or stop what is followed, for the Ctrl-C message. */
  readonly statusCommand: string;
  readonly stopCommand?: string | undefined;
}

const MAX_TRANSIENT_FAILURES = 5;

function isTransient(err: unknown): boolean {
  return err instanceof UnreachableError || (err instanceof ApiError && err.status === 503);
}

/** Calls `step` every interval until it answers a value; Ctrl-C ends the loop with InterruptedError. */
async function pollUntil<T>(ctx: Context, what: string, options: WaitOptions, step: () => Promise<T | undefined>): Promise<T> {
  let interrupted = false;
  let wake: (() => void) | undefined;
  const onSigint = (): void => {
    interrupted = true;
    wake?.();
  };
  process.on('SIGINT', onSigint);
  try {
    let failures = 0;
    for (;;) {
      let value: T | undefined;
      try {
        value = await step();
        failures = 0;
      } catch (err) {
        // A scheduler failover (no answer, or 503 NOT_LEADER / STATE_UNAVAILABLE) should not end the
        // following at once: the job goes on, and a new leader answers within seconds.
        if (!isTransient(err) || ++failures > MAX_TRANSIENT_FAILURES) throw err;
        ctx.out.note(`(${err instanceof Error ? err.message.split('\n')[0] : String(err)}; retrying, ${failures}/${MAX_TRANSIENT_FAILURES})`);
      }
      if (value !== undefined) return value;
      await new Promise<void>((resolve) => {
        wake = resolve;
        // Not unref'd: this timer is what keeps the process alive between polls.
        setTimeout(resolve, options.intervalMs);
      });
      wake = undefined;
      if (interrupted) {
        const stop = options.stopCommand ? `; to stop it: ${options.stopCommand}` : '';
        throw new InterruptedError(`stopped waiting for ${what}; it goes on running on the scheduler. Follow it with: ${options.statusCommand}${stop}`);
      }
    }
  } finally {
    process.off('SIGINT', onSigint);
    ctx.progress.finish();
  }
}

function jobSnapshot(label: string, job: Job): ProgressSnapshot {
  const running = (job.nodes ?? []).filter((n) => n.state === 'RUNNING');
  const transfer = job.transfer;
  return {
    label,
    status: job.abortRequested && !FINISHED_JOB_STATUSES.has(job.status) ? `${job.status} (stop requested)` : job.status,
    percent: job.progress.percent,
    nodes: job.currentNodes,
    keyspace: running.map((n) => n.currentKeyspace).find((k) => k) ?? null,
    stage: transfer?.stage ?? null,
    bytesDone: transfer?.bytesDone,
    bytesTotal: transfer?.bytesTotal,
    etaSeconds: transfer?.etaSeconds ?? job.progress.etaSeconds,
    detail: `${job.completedNodes}/${job.totalNodes} nodes`,
  };
}

export function jobLabel(job: Pick<Job, 'type' | 'id'>): string {
  return `${job.type.toLowerCase().replace(/_/g, ' ')} ${job.id}`;
}

/** A failed, aborted or otherwise unsuccessful end as exit code 4, with why per node. */
export function assertSucceeded(job: Job): Job {
  if (job.status === 'SUCCEEDED') return job;
  // The job's message names its failed nodes already; the nodes' own messages only when it has none.
  const nodeFailures = (job.nodes ?? []).filter((n) => n.failureMessage && n.state !== 'SUCCEEDED').map((n) => `${n.nodeId} ${n.state}: ${n.failureMessage ?? ''}`);
  const why = job.failureMessage ?? nodeFailures.join('; ');
  throw new FailedError(`${jobLabel(job)} ended ${job.status}${why ? `: ${why}` : ''}`);
}

/** Follows a cluster job (repair, cleanup, rolling restart) through GET /v1/jobs/{id} until it has finished. */
export function followJob(ctx: Context, jobId: string, options: WaitOptions): Promise<Job> {
  return pollUntil(ctx, `job ${jobId}`, options, async () => {
    const job = (await ctx.client.get<Job>(`/v1/jobs/${encodeURIComponent(jobId)}`)).body;
    ctx.progress.update(jobSnapshot(jobLabel(job), job));
    return FINISHED_JOB_STATUSES.has(job.status) ? job : undefined;
  });
}

/**
 * Follows a backup or restore: GET /v1/{kind}/status carries bytes, stage and rate while it runs;
 * once it shows another job or none, GET /v1/jobs/{id} tells how this one ended (without bytes: the
 * progress lines showed them while it ran).
 */
export function followTransfer(ctx: Context, kind: 'backup' | 'restore', started: Job, options: WaitOptions): Promise<Job> {
  const jobId = started.id;
  return pollUntil(ctx, `${kind} job ${jobId}`, options, async () => {
    const status = (await ctx.client.get<JobStatusAnswer>(`/v1/${kind}/status`)).body;
    // /v1/jobs/{id} has the job's end but not its backup details: those of the start answer are kept.
    const job = status.job?.id === jobId ? status.job : { backup: started.backup, ...(await ctx.client.get<Job>(`/v1/jobs/${encodeURIComponent(jobId)}`)).body };
    ctx.progress.update(jobSnapshot(jobLabel(job), job));
    return FINISHED_JOB_STATUSES.has(job.status) ? job : undefined;
  });
}

function planSnapshot(name: string, plan: Plan): ProgressSnapshot {
  const steps = plan.phases.flatMap((p) => p.steps);
  const complete = steps.filter((s) => s.status === 'COMPLETE').length;
  const active = steps.find((s) => s.status === 'IN_PROGRESS') ?? steps.find((s) => s.status === 'ERROR');
  return {
    label: `plan ${name}`,
    status: plan.status,
    percent: steps.length > 0 ? (complete / steps.length) * 100 : plan.status === 'COMPLETE' ? 100 : 0,
    detail: `${complete}/${steps.length} steps${active ? `, ${active.name} ${active.status}${active.message ? `: ${active.message}` : ''}` : ''}${plan.status === 'WAITING' ? ' (interrupted: run `cassandra-mesos plan continue`)' : ''}`,
  };
}

/** GET /v1/plans/{name}: the plan, which answers 503 (with the plan) while it is not COMPLETE. */
export async function fetchPlan(ctx: Context, name: string): Promise<Plan> {
  const isPlan = (status: number, body: unknown): boolean => status === 503 && Array.isArray((body as Partial<Plan> | null)?.phases);
  return (await ctx.client.get<Plan>(`/v1/plans/${encodeURIComponent(name)}`, { accept: isPlan })).body;
}

/** Follows a plan until COMPLETE; ERROR ends it with exit code 4. */
export async function followPlan(ctx: Context, name: string, options: WaitOptions): Promise<Plan> {
  const plan = await pollUntil(ctx, `plan ${name}`, options, async () => {
    const current = await fetchPlan(ctx, name);
    ctx.progress.update(planSnapshot(name, current));
    return current.status === 'COMPLETE' || current.status === 'ERROR' ? current : undefined;
  });
  if (plan.status === 'ERROR') {
    const failed = plan.phases.flatMap((p) => p.steps).filter((s) => s.status === 'ERROR').map((s) => `${s.name}: ${s.message}`);
    throw new FailedError(`plan ${name} is in ERROR: ${[...plan.errors, ...failed].join('; ') || 'no message'}`);
  }
  return plan;
}
