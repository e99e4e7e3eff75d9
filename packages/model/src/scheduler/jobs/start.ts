// Starting and aborting a cluster job. One job at a time: a start while another runs is refused with
// what runs and what to do. Every check that can be made up front is made here, so a job that starts
// is one the engine can run; what can only be known later (a node down when its turn comes) is
// recorded per node.
import { cassandra_mesos } from '../../gen/cassandra_mesos';
import { isoTime } from '../gates';
import { isLeaving, isLive, isTerminated } from '../node-facts';
import { analyzeNodeSet } from '../node-set';
import type { JobRequest, NodeRecord, OperatorCommand } from '../types';
import type { Working } from '../working';
import { backupJobError } from './backup-params';
import { jobPlanName, jobTitle, jobTypeName, STARTABLE_JOB_TYPES } from './job-facts';
import { firstStage, isConsistentBackup } from './stages';

const { ClusterJobType, JobStatus, NodeJobState } = cassandra_mesos.v1;

/** What Cassandra accepts as an unquoted keyspace or table name. */
const IDENTIFIER = /^[A-Za-z0-9_]{1,222}$/;
const MAX_PARALLELISM = 64;

type StartCommand = Extract<OperatorCommand, { kind: 'start-job' }>;
type AbortCommand = Extract<OperatorCommand, { kind: 'abort-job' }>;

/** Why the job cannot start now, or undefined. */
export function startJobError(w: Working, request: JobRequest): string | undefined {
  if (!w.framework) return 'the scheduler has not subscribed with Mesos yet; try again in a moment';
  const running = w.job;
  if (running) {
    const h = running.header;
    return `job ${h.jobId} (${jobTypeName(h.type)}, started ${isoTime(h.startedAtMs)} by ${h.requestedBy || 'an operator'}) is running: one cluster job runs at a time; wait for it to finish or abort it`;
  }
  if (!STARTABLE_JOB_TYPES.includes(request.type)) {
    return `${request.type} is not a job that can be started here (startable: ${STARTABLE_JOB_TYPES.join(', ')})`;
  }
  const p = request.params;
  const badNames = [...(p.keyspaces ?? []).filter((k) => !IDENTIFIER.test(k)).map((k) => `keyspace ${JSON.stringify(k)}`), ...(p.tables ?? []).filter((t) => !IDENTIFIER.test(t)).map((t) => `table ${JSON.stringify(t)}`)];
  if (badNames.length > 0) return `invalid ${badNames.join(', ')}: only letters, digits and _ are allowed`;
  const parallelism = p.parallelism ?? 0;
  if (parallelism > MAX_PARALLELISM) return `parallelism ${parallelism} is too high (at most ${MAX_PARALLELISM} nodes per data center at once)`;
  if (request.type === 'ROLLING_RESTART') {
    if (parallelism > 1) return 'a rolling restart restarts one node at a time (parallelism 1): two nodes down at once could make data unavailable';
    if ((p.keyspaces ?? []).length > 0 || (p.tables ?? []).length > 0) return 'a rolling restart takes no keyspaces or tables';
  }
  if (request.type !== 'REPAIR' && p.repair) return `repair options apply to a repair, not to a ${request.type}`;
  const selection = selectNodes(w, p.nodeIds ?? []);
  if ('error' in selection) return selection.error;
  if (request.type === 'BACKUP' || request.type === 'RESTORE') {
    const error = backupJobError(request, selection.nodes);
    if (error) return error;
  } else if (p.backup) {
    return `backup options apply to a backup or restore, not to a ${request.type}`;
  }
  if (request.type === 'ROLLING_RESTART') {
    const down = countable(w).filter((n) => !isLive(n)).map((n) => n.nodeId);
    if (down.length > 0) return `not every node is live (${down.join(', ')}): a rolling restart now would take a second node down; wait until they are live, or restart single nodes`;
  }
  return undefined;
}

/** The nodes the job visits, in index order: the named ones, or every node of the cluster. */
function selectNodes(w: Working, nodeIds: readonly string[]): { nodes: NodeRecord[] } | { error: string } {
  const all = countable(w);
  if (nodeIds.length === 0) {
    return all.length > 0 ? { nodes: all } : { error: 'the cluster has no nodes yet: there is nothing to run the job on' };
  }
  const byId = new Map(all.map((n) => [n.nodeId, n]));
  const chosen: NodeRecord[] = [];
  for (const id of new Set(nodeIds)) {
    const node = byId.get(id);
    if (!node) {
      const existing = w.node(id);
      if (existing && isLeaving(existing)) return { error: `${id} is being removed from the cluster; leave it out of the job` };
      if (existing && isTerminated(existing)) return { error: `${id} is terminated; leave it out of the job` };
      return { error: `there is no node '${id}'; the nodes are: ${all.map((n) => n.nodeId).join(', ') || '(none yet)'}` };
    }
    chosen.push(node);
  }
  return { nodes: chosen.sort((a, b) => a.index - b.index) };
}

/** Nodes that make up the cluster: not leaving, not terminated. */
export function countable(w: Working): NodeRecord[] {
  return analyzeNodeSet(w.nodes, w.target.nodeCount).countable.filter((n) => !isTerminated(n));
}

/** Starts the job: header first, then one PENDING record per node (write-ahead: the header names the job). */
export function startJob(w: Working, command: StartCommand): void {
  const { request } = command;
  const selection = selectNodes(w, request.params.nodeIds ?? []);
  if ('error' in selection) throw new Error(`startJob: ${selection.error}; check startJobError first`);
  const jobId = w.ctx.ids.uuid();
  const params = cassandra_mesos.v1.JobParams.create({ ...request.params, nodeIds: selection.nodes.map((n) => n.nodeId) });
  const draft = cassandra_mesos.v1.ClusterJob.create({ type: ClusterJobType[request.type], params });
  if (isConsistentBackup(draft) && params.backup) {
    // Every node snapshots under the backup's name while the applications are paused; the upload takes that snapshot.
    params.backup = cassandra_mesos.v1.BackupOptions.create({ ...params.backup, snapshotTag: params.backup.backupName });
  }
  const stage = firstStage(draft);
  const header = cassandra_mesos.v1.ClusterJob.create({
    jobId,
    type: ClusterJobType[request.type],
    status: JobStatus.JOB_RUNNING,
    params,
    stage,
    stageStartedAtMs: w.nowMs,
    createdAtMs: w.nowMs,
    startedAtMs: w.nowMs,
    totalNodes: selection.nodes.length,
    requestedBy: request.requestedBy,
  });
  const title = jobTitle(header.type);
  w.putJob(header, `${title} job ${jobId} started by ${request.requestedBy || 'an operator'} on ${selection.nodes.length} node(s): ${selection.nodes.map((n) => n.nodeId).join(', ')}`);
  selection.nodes.forEach((node, sequence) => {
    w.putJobNode(cassandra_mesos.v1.NodeJobRecord.create({ jobId, nodeId: node.nodeId, sequence, state: NodeJobState.NODE_JOB_PENDING, stage }), `${node.nodeId} is part ${sequence + 1} of ${title.toLowerCase()} job ${jobId}`);
  });
  // An interrupt left on this plan by an earlier job of the same type must not hold the new one.
  const planName = jobPlanName(header.type);
  const control = w.planControls.get(planName);
  if (control && (control.interrupted || control.overrides.length > 0)) {
    w.putPlanControl(cassandra_mesos.v1.PlanControl.create({ planName, interrupted: false, overrides: [], updatedAtMs: w.nowMs }), `a new ${title.toLowerCase()} job starts: the ${planName} plan's old controls are cleared`);
  }
}

export function abortJobError(w: Working, command: AbortCommand): string | undefined {
  const job = w.job;
  if (!job) return 'no cluster job is running';
  if (command.jobId && command.jobId !== job.header.jobId) {
    return `job ${command.jobId} is not running (the running job is ${job.header.jobId}, ${jobTypeName(job.header.type)})`;
  }
  return undefined;
}

export function abortJob(w: Working, command: AbortCommand): void {
  const job = w.job;
  if (!job) return;
  if (job.header.abortRequested) {
    w.emit({ type: 'log', level: 'info', reason: `job ${job.header.jobId} is already being aborted` });
    return;
  }
  const why = command.reason ? `: ${command.reason}` : '';
  w.putJob(
    cassandra_mesos.v1.ClusterJob.create({ ...job.header, abortRequested: true, failureMessage: job.header.failureMessage || `aborted by an operator${why}` }),
    `abort of job ${job.header.jobId} requested${why}: it stops after the node(s) it is working on`,
  );
}
