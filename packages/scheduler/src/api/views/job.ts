// The JSON of a cluster job, one shape for both route families (camelCase, times as ISO strings, null
// for "not yet"). Built from the stored header (jobs/current or the history) and, when they were read,
// the per-node records; without records (the summaries of GET /v1/jobs) `nodes` is left out rather
// than shown empty, so a client never mistakes "not read" for "no node".
import { cassandra_mesos } from '@cassandra-mesos/model';
import { z } from 'zod';

type ClusterJob = cassandra_mesos.v1.ClusterJob;
type NodeJobRecord = cassandra_mesos.v1.NodeJobRecord;
const { ClusterJobType, JobStatus, NodeJobState, RepairParallelism } = cassandra_mesos.v1;

const JobStatusName = z.enum(['PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'ABORTED', 'UNSPECIFIED']);
const NodeStateName = z.enum(['PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'SKIPPED', 'ABORTED', 'UNSPECIFIED']);
const IsoTime = z.string().meta({ description: 'ISO 8601 UTC time', example: '2024-05-01T02:00:00.000Z' });

export const JobNodeViewSchema = z.object({
  nodeId: z.string(),
  sequence: z.number().meta({ description: 'visiting order within the job (0 first)' }),
  state: NodeStateName,
  taskId: z.string().nullable(),
  startedAt: IsoTime.nullable(),
  finishedAt: IsoTime.nullable(),
  durationMs: z.number().nullable().meta({ description: 'finished - started, or time so far while running' }),
  currentKeyspace: z.string().nullable(),
  remainingKeyspaces: z.array(z.string()),
  keyspaces: z.array(z.object({ keyspace: z.string(), status: z.string().meta({ description: 'SUCCESS, FAILURE or SKIPPED' }), durationMs: z.number(), message: z.string() })),
  failureMessage: z.string().nullable(),
  attempt: z.number(),
});

export const JobViewSchema = z
  .object({
    id: z.string(),
    type: z.string().meta({ description: 'REPAIR, CLEANUP, ROLLING_RESTART, FLUSH, BACKUP, RESTORE, ...' }),
    status: JobStatusName,
    requestedBy: z.string(),
    createdAt: IsoTime.nullable(),
    startedAt: IsoTime.nullable(),
    finishedAt: IsoTime.nullable(),
    abortRequested: z.boolean(),
    failureMessage: z.string().nullable(),
    params: z.object({
      nodes: z.array(z.string()),
      keyspaces: z.array(z.string()),
      tables: z.array(z.string()),
      parallelism: z.number(),
      continueOnFailure: z.boolean(),
      nodeTimeoutSeconds: z.number().meta({ description: '0 = the default of the job type' }),
      repair: z
        .object({
          primaryRange: z.boolean(),
          incremental: z.boolean(),
          parallelism: z.string().meta({ description: "SEQUENTIAL, PARALLEL, DC_PARALLEL, or DEFAULT (Cassandra's default: parallel)" }),
          dataCenters: z.array(z.string()),
        })
        .optional()
        .meta({ description: 'repair jobs only' }),
    }),
    totalNodes: z.number(),
    completedNodes: z.number().meta({ description: 'nodes finished, successfully or not' }),
    failedNodes: z.number(),
    currentNodes: z.array(z.string()),
    remainingNodes: z.array(z.string()).meta({ description: 'nodes not started yet, in visiting order ([] once the job has finished)' }),
    progress: z.object({
      percent: z.number().meta({ description: '0-100; a running node counts with its share of finished keyspaces' }),
      etaSeconds: z.number().nullable().meta({ description: 'from the average duration of the finished nodes; null until one finished, or when not running' }),
    }),
    nodes: z.array(JobNodeViewSchema).optional().meta({ description: 'per node, in visiting order (left out of list summaries)' }),
  })
  .meta({ description: 'a cluster job' });

export type JobView = z.infer<typeof JobViewSchema>;
export type JobNodeView = z.infer<typeof JobNodeViewSchema>;

/** "REPAIR", "ROLLING_RESTART", ... */
export function jobTypeName(type: number): string {
  return ClusterJobType[type] ?? 'CLUSTER_JOB_TYPE_UNSPECIFIED';
}

function iso(ms: number | undefined | null): string | null {
  return ms ? new Date(Number(ms)).toISOString() : null;
}

function statusName(status: number): JobView['status'] {
  const name = (JobStatus[status] ?? 'JOB_STATUS_UNSPECIFIED').replace(/^JOB_(STATUS_)?/, '');
  return JobStatusName.safeParse(name).data ?? 'UNSPECIFIED';
}

function nodeStateName(state: number): JobNodeView['state'] {
  const name = (NodeJobState[state] ?? 'NODE_JOB_STATE_UNSPECIFIED').replace(/^NODE_JOB_(STATE_)?/, '');
  return NodeStateName.safeParse(name).data ?? 'UNSPECIFIED';
}

export function isRunningJob(job: ClusterJob): boolean {
  return job.status === JobStatus.JOB_RUNNING || job.status === JobStatus.JOB_PENDING;
}

function nodeView(r: NodeJobRecord, nowMs: number): JobNodeView {
  const started = Number(r.startedAtMs) || 0;
  const finished = Number(r.finishedAtMs) || 0;
  const running = r.state === NodeJobState.NODE_JOB_RUNNING;
  return {
    nodeId: r.nodeId,
    sequence: r.sequence,
    state: nodeStateName(r.state),
    taskId: r.taskId || null,
    startedAt: iso(started),
    finishedAt: iso(finished),
    durationMs: started && finished ? Math.max(0, finished - started) : started && running ? Math.max(0, nowMs - started) : null,
    currentKeyspace: r.currentKeyspace || null,
    remainingKeyspaces: [...r.remainingKeyspaces],
    keyspaces: r.keyspaces.map((k) => ({ keyspace: k.keyspace ?? '', status: k.status ?? '', durationMs: Number(k.durationMs ?? 0), message: k.message ?? '' })),
    failureMessage: r.failureMessage || null,
    attempt: r.attempt,
  };
}

/** How much of a running node's part is done: its finished keyspaces over all it has to do. */
function runningShare(r: NodeJobRecord): number {
  const done = r.keyspaces.length;
  const total = done + r.remainingKeyspaces.length + (r.currentKeyspace ? 1 : 0);
  return total > 0 ? done / total : 0;
}

function progressOf(job: ClusterJob, records: readonly NodeJobRecord[] | undefined): JobView['progress'] {
  const total = job.totalNodes || records?.length || 0;
  if (total === 0) return { percent: isRunningJob(job) ? 0 : 100, etaSeconds: null };
  const running = (records ?? []).filter((r) => r.state === NodeJobState.NODE_JOB_RUNNING);
  const done = Math.min(total, job.completedNodes + running.reduce((sum, r) => sum + runningShare(r), 0));
  const percent = Math.round((done / total) * 1000) / 10;
  if (!isRunningJob(job)) return { percent, etaSeconds: null };
  // Only nodes that did their work (not skipped ones, which take no time) tell how long a node takes.
  const durations = (records ?? [])
    .filter((r) => (r.state === NodeJobState.NODE_JOB_SUCCEEDED || r.state === NodeJobState.NODE_JOB_FAILED) && r.startedAtMs && r.finishedAtMs)
    .map((r) => Number(r.finishedAtMs) - Number(r.startedAtMs));
  if (durations.length === 0) return { percent, etaSeconds: null };
  const averageMs = durations.reduce((a, b) => a + b, 0) / durations.length;
  const parallel = Math.max(1, job.params?.parallelism ?? 1);
  const left = Math.max(0, total - done);
  return { percent, etaSeconds: Math.max(0, Math.round((averageMs * left) / parallel / 1000)) };
}

function paramsView(job: ClusterJob): JobView['params'] {
  const p = job.params ?? {};
  const repair = job.type === ClusterJobType.REPAIR ? p.repair : undefined;
  return {
    nodes: [...(p.nodeIds ?? [])],
    keyspaces: [...(p.keyspaces ?? [])],
    tables: [...(p.tables ?? [])],
    parallelism: Math.max(1, p.parallelism ?? 1),
    continueOnFailure: p.continueOnFailure === true,
    nodeTimeoutSeconds: p.nodeTimeoutSeconds ?? 0,
    ...(job.type === ClusterJobType.REPAIR
      ? {
          repair: {
            primaryRange: repair?.primaryRange === true,
            incremental: repair?.incremental === true,
            parallelism: repair?.parallelism ? (RepairParallelism[repair.parallelism] ?? 'DEFAULT') : 'DEFAULT',
            dataCenters: [...(repair?.dataCenters ?? [])],
          },
        }
      : {}),
  };
}

/**
 * The job as JSON. `records` are its per-node records when they were read (then `nodes` and
 * `remainingNodes` come from them); `nowMs` measures running nodes and the ETA.
 */
export function jobView(job: ClusterJob, records: readonly NodeJobRecord[] | undefined, nowMs: number): JobView {
  const ordered = records ? [...records].filter((r) => r.jobId === job.jobId).sort((a, b) => a.sequence - b.sequence) : undefined;
  return {
    id: job.jobId,
    type: jobTypeName(job.type),
    status: statusName(job.status),
    requestedBy: job.requestedBy,
    createdAt: iso(job.createdAtMs),
    startedAt: iso(job.startedAtMs),
    finishedAt: iso(job.finishedAtMs),
    abortRequested: job.abortRequested,
    failureMessage: job.failureMessage || null,
    params: paramsView(job),
    totalNodes: job.totalNodes,
    completedNodes: job.completedNodes,
    failedNodes: job.failedNodes,
    currentNodes: [...job.currentNodeIds],
    remainingNodes: isRunningJob(job) && ordered ? ordered.filter((r) => r.state === NodeJobState.NODE_JOB_PENDING).map((r) => r.nodeId) : [],
    progress: progressOf(job, ordered),
    ...(ordered ? { nodes: ordered.map((r) => nodeView(r, nowMs)) } : {}),
  };
}
