// Cluster jobs for both route families: start and abort go through the decision core (which decides
// whether a job may start and runs it); queries read the running job from the state snapshot and
// finished jobs from the bounded history in the state store. Node references are resolved here, so an
// unknown node is a 404 before the core sees anything; what the core refuses comes back as 409 with
// its reason (JOB_RUNNING while another job runs).
import { cassandra_mesos, type SchedulerState } from '@cassandra-mesos/model';
import { ApiError } from '../errors';
import type { SchedulerGateway } from '../gateway';
import type { ClusterService, ClusterSnapshot } from '../service';
import { inService } from '../views/node-facts';
import { isRunningJob, jobTypeName, jobView, type JobView } from '../views/job';
import { describeKind, JOB_TYPE_OF, jobParams, type JobKind, type JobStartInput } from './job-requests';
import { repairScheduleView, type RepairScheduleInput, type RepairScheduleView } from './repair-schedule';
import type { TableSchemaReader } from './table-schema-reader';

type ClusterJob = cassandra_mesos.v1.ClusterJob;
const { ClusterJobType } = cassandra_mesos.v1;

/** Who started a job through this API (ClusterJob.requested_by). */
export const API_REQUESTER = 'api';

export interface JobStatusView {
  /** A job of the asked-for kind runs now. */
  readonly running: boolean;
  /** That job, or null. */
  readonly job: JobView | null;
}

export interface CleanupSuggestionView {
  readonly suggestedAt: string;
  /** The nodes that still hold data they no longer own. */
  readonly nodes: string[];
  readonly message: string;
}

export interface JobListView {
  readonly current: JobView | null;
  /** Finished jobs, newest first, as summaries (no per-node records). */
  readonly history: JobView[];
  /** The newest finished job of each type (summaries). */
  readonly lastByType: Record<string, JobView>;
  /** Set after a scale-up until a cleanup of those nodes succeeds (the scheduler never runs it by itself). */
  readonly cleanupSuggestion: CleanupSuggestionView | null;
}

function typeOf(kind: JobKind): cassandra_mesos.v1.ClusterJobType {
  return ClusterJobType[JOB_TYPE_OF[kind]];
}

export class JobService {
  constructor(
    private readonly cluster: ClusterService,
    private readonly gateway: SchedulerGateway,
    private readonly schemaReader: TableSchemaReader,
  ) {}

  /** Starts a job of this kind; resolves with the job as it stands right after the start. */
  async start(kind: JobKind, input: JobStartInput): Promise<JobView> {
    const type = JOB_TYPE_OF[kind];
    const snapshot = await this.cluster.snapshot();
    const nodeIds = [...new Set((input.nodes ?? []).map((ref) => this.cluster.findNode(snapshot, ref).nodeId))];
    const outcome = await this.cluster.execute({ kind: 'start-job', request: { type, params: jobParams(type, input, nodeIds), requestedBy: API_REQUESTER } });
    const after = await this.cluster.snapshot();
    if (!outcome.ok) {
      const running = runningJob(after.state);
      const message = `${describeKind(kind)} was not started (nothing changed): ${outcome.error}`;
      if (running) throw new ApiError('JOB_RUNNING', message, { runningJob: { id: running.jobId, type: jobTypeName(running.type) } });
      throw new ApiError('COMMAND_REJECTED', message);
    }
    const job = after.state.job;
    if (job && job.header.type === typeOf(kind)) return jobView(job.header, [...job.nodes.values()], after.nowMs);
    // Nothing to wait for (e.g. every node skipped): the job finished in the same step and is in the history.
    const finished = (await this.history()).find((j) => j.type === typeOf(kind));
    if (!finished) throw new Error(`the core accepted ${describeKind(kind)} but the job is neither running nor in the history`);
    return this.fullView(finished, after.nowMs);
  }

  /** Asks the running job of this kind to stop after its current node(s). */
  async abort(kind: JobKind): Promise<JobView> {
    const snapshot = await this.cluster.snapshot();
    const job = runningJob(snapshot.state);
    if (!job || job.type !== typeOf(kind)) throw noJobRunning(kind, job);
    const outcome = await this.cluster.execute({ kind: 'abort-job', jobId: job.jobId, reason: 'requested through the REST API' });
    const after = await this.cluster.snapshot();
    if (!outcome.ok) {
      const still = runningJob(after.state);
      if (!still || still.jobId !== job.jobId) throw noJobRunning(kind, still);
      throw new ApiError('COMMAND_REJECTED', `the abort of ${describeKind(kind)} was rejected (nothing changed): ${outcome.error}`);
    }
    const current = after.state.job;
    if (current?.header.jobId === job.jobId) return jobView(current.header, [...current.nodes.values()], after.nowMs);
    const finished = (await this.history()).find((j) => j.jobId === job.jobId);
    if (!finished) throw new Error(`job ${job.jobId} was aborted but is neither running nor in the history`);
    return this.fullView(finished, after.nowMs);
  }

  /** The running job of this kind, if one runs (kind undefined: any running job). */
  async status(kind?: JobKind): Promise<JobStatusView> {
    const snapshot = await this.cluster.snapshot();
    const job = snapshot.state.job;
    if (!job || !isRunningJob(job.header) || (kind !== undefined && job.header.type !== typeOf(kind))) return { running: false, job: null };
    return { running: true, job: jobView(job.header, [...job.nodes.values()], snapshot.nowMs) };
  }

  /** The newest finished job of this kind, with its per-node records; null when there is none. */
  async last(kind: JobKind): Promise<JobView | null> {
    const snapshot = await this.cluster.snapshot();
    const finished = (await this.history()).find((j) => j.type === typeOf(kind));
    return finished ? this.fullView(finished, snapshot.nowMs) : null;
  }

  async list(): Promise<JobListView> {
    const snapshot = await this.cluster.snapshot();
    const job = snapshot.state.job;
    const history = (await this.history()).filter((h) => h.jobId !== job?.header.jobId);
    const lastByType: Record<string, JobView> = {};
    const summaries = history.map((h) => jobView(h, undefined, snapshot.nowMs));
    for (const summary of summaries) lastByType[summary.type] ??= summary;
    const fw = snapshot.state.framework;
    const cleanupSuggestion = fw && Number(fw.cleanupSuggestedAtMs) > 0
      ? { suggestedAt: new Date(Number(fw.cleanupSuggestedAtMs)).toISOString(), nodes: [...fw.cleanupSuggestedNodeIds], message: fw.cleanupSuggestion }
      : null;
    return { current: job ? jobView(job.header, [...job.nodes.values()], snapshot.nowMs) : null, history: summaries, lastByType, cleanupSuggestion };
  }

  /** A running or finished job by id, with its per-node records. */
  async get(jobId: string): Promise<JobView> {
    const snapshot = await this.cluster.snapshot();
    const job = snapshot.state.job;
    if (job?.header.jobId === jobId) return jobView(job.header, [...job.nodes.values()], snapshot.nowMs);
    const history = await this.history();
    const finished = history.find((h) => h.jobId === jobId);
    if (!finished) {
      throw new ApiError(
        'JOB_NOT_FOUND',
        `there is no job '${jobId}': it is neither running${job ? ` (the running job is ${job.header.jobId})` : ''} nor among the ${history.length} finished jobs kept; GET /v1/jobs lists them`,
      );
    }
    return this.fullView(finished, snapshot.nowMs);
  }

  /** The repair schedule, each node's last repair, and tables repaired less often than their gc_grace_seconds. */
  async repairSchedule(): Promise<RepairScheduleView> {
    const snapshot = await this.cluster.snapshot();
    return repairScheduleView({
      config: snapshot.target,
      framework: snapshot.state.framework,
      // The nodes that make up the cluster (a leaving node's repairs no longer matter), as the core counts them.
      nodes: snapshot.nodes.filter((n) => inService(n) && !Number(n.leavingSinceMs)),
      nowMs: snapshot.nowMs,
      tables: await this.readTables(snapshot),
    });
  }

  private async readTables(snapshot: ClusterSnapshot): Promise<RepairScheduleInput['tables']> {
    const node = this.cluster.liveNodes(snapshot)[0];
    if (!node) return { node: null, ok: false, error: "no node is live, so the tables' gc_grace_seconds cannot be read; the check runs again once a node is live" };
    const port = snapshot.target.ports.native;
    try {
      return { node: node.nodeId, ok: true, tables: await this.schemaReader.userTables({ host: node.ip, port }) };
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      return { node: node.nodeId, ok: false, error: `the tables could not be read over CQL from ${node.nodeId} (${node.ip}:${port}): ${why}; the gc_grace check was skipped, retry later` };
    }
  }

  private async fullView(job: ClusterJob, nowMs: number): Promise<JobView> {
    return jobView(job, await this.store(() => this.gateway.jobRecords(job.jobId)), nowMs);
  }

  private history(): Promise<ClusterJob[]> {
    return this.store(() => this.gateway.jobHistory());
  }

  private async store<T>(read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (err) {
      throw new ApiError('STATE_UNAVAILABLE', `the job history cannot be read from the state store: ${(err as Error).message}; check the state store (ZooKeeper) and retry`);
    }
  }
}

function runningJob(state: SchedulerState): ClusterJob | undefined {
  const job = state.job?.header;
  return job && isRunningJob(job) ? job : undefined;
}

function noJobRunning(kind: JobKind, running: ClusterJob | undefined): ApiError {
  const other = running ? ` (the running job ${running.jobId} is a ${jobTypeName(running.type)})` : '';
  return new ApiError('NO_JOB_RUNNING', `${describeKind(kind)} is not running${other}; nothing changed`);
}
