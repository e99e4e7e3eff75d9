// Events about cluster jobs: started, a stage begins, a node's part is done, abort requested, finished
// (and a backup committed). A finished job leaves the state in the same change that finishes it (it
// moves to the history), so its final header and last node records come from that change's decisions.
import { cassandra_mesos } from '../../gen/cassandra_mesos';
import {
  isFinalJobStatus,
  isFinalNodeState,
  jobPlanName,
  nodeStateName,
  recordsInOrder,
} from '../jobs/job-facts';
import { stageName } from '../jobs/stages';
import { formatBytes } from '../scale-down';
import type { ClusterJob, Decision, JobState, NodeJobRecord, SchedulerState } from '../types';
import { duration, nodesCount, shortId } from './format';
import type { ClusterEventDraft, ClusterEventLevel } from './types';

const { JobStage, JobStatus, NodeJobState } = cassandra_mesos.v1;

type Emit = (event: Omit<ClusterEventDraft, 'at'>) => void;

export function jobEvents(
  prev: SchedulerState,
  next: SchedulerState,
  decisions: readonly Decision[],
  emit: Emit,
): void {
  const before = prev.job;
  const archived = archivedJob(before, decisions);
  const afterJobs = [archived, next.job].filter((j): j is JobState => j !== undefined);
  for (const after of afterJobs) {
    const was = before?.header.jobId === after.header.jobId ? before : undefined;
    if (was === after) continue;
    if (!was) started(after, emit);
    nodePartEvents(was, after, emit);
    if (was) headerChanges(was.header, after.header, emit);
    if (
      after === archived ||
      (isFinalJobStatus(after.header.status) && !(was && isFinalJobStatus(was.header.status)))
    )
      finished(after, emit);
  }
  // Without the decisions (or a job another process archived), a job only disappears: say so, without a result.
  if (
    before &&
    !afterJobs.some((j) => j.header.jobId === before.header.jobId) &&
    !isFinalJobStatus(before.header.status)
  ) {
    emit({
      level: 'info',
      kind: 'job-finished',
      jobId: before.header.jobId,
      message: `${label(before.header)} ended; its result is in the job history`,
    });
  }
}

/** The job this change archived, with its node records as this change left them. */
function archivedJob(before: JobState | undefined, decisions: readonly Decision[]): JobState | undefined {
  let header: ClusterJob | undefined;
  for (const d of decisions) if (d.type === 'archive-job') header = d.job;
  if (!header) return undefined;
  const nodes = new Map(before?.header.jobId === header.jobId ? before.nodes : []);
  for (const d of decisions)
    if (d.type === 'persist-job-node' && d.record.jobId === header.jobId)
      nodes.set(d.record.nodeId, d.record);
  return { header, nodes };
}

function started(job: JobState, emit: Emit): void {
  const h = job.header;
  const message = `${label(h)} started on ${nodesCount(h.totalNodes || job.nodes.size)}${by(h)}`;
  emit({ level: 'info', kind: 'job-started', jobId: h.jobId, message });
}

function headerChanges(was: ClusterJob, now: ClusterJob, emit: Emit): void {
  if (now.stage !== was.stage && now.stage !== JobStage.JOB_STAGE_UNSPECIFIED) {
    emit({
      level: 'info',
      kind: 'job-stage',
      jobId: now.jobId,
      message: `${label(now)}: ${stageName(now.stage)} stage`,
    });
  }
  if (!was.abortRequested && now.abortRequested) {
    emit({
      level: 'warn',
      kind: 'job-abort',
      jobId: now.jobId,
      message: `${label(now)} is being aborted${now.failureMessage ? `: ${now.failureMessage}` : ''}`,
    });
  }
}

function nodePartEvents(was: JobState | undefined, after: JobState, emit: Emit): void {
  const header = after.header;
  for (const record of recordsInOrder(after)) {
    if (!isFinalNodeState(record.state)) continue;
    const old = was?.nodes.get(record.nodeId);
    // Multi-stage jobs run each node's part once per stage: the same final state in another stage is news.
    if (old && old.state === record.state && old.stage === record.stage) continue;
    emit({
      level: partLevel(record.state),
      kind: 'job-node',
      nodeId: record.nodeId,
      jobId: header.jobId,
      message: partMessage(header, record),
    });
  }
}

function partMessage(header: ClusterJob, record: NodeJobRecord): string {
  const stage = record.stage !== JobStage.JOB_STAGE_UNSPECIFIED ? ` ${stageName(record.stage)}` : '';
  const what = `${jobPlanName(header.type)}${stage} on ${record.nodeId} ${nodeStateName(record.state)}`;
  const took =
    record.startedAtMs > 0 && record.finishedAtMs >= record.startedAtMs
      ? ` in ${duration(record.finishedAtMs - record.startedAtMs)}`
      : '';
  const bytes = Number(record.bytesTotal) > 0 ? ` (${formatBytes(Number(record.bytesDone))})` : '';
  const why =
    record.state !== NodeJobState.NODE_JOB_SUCCEEDED && record.failureMessage
      ? `: ${record.failureMessage}`
      : '';
  return `${what}${took}${bytes}${why}`;
}

function partLevel(state: cassandra_mesos.v1.NodeJobState): ClusterEventLevel {
  if (state === NodeJobState.NODE_JOB_SUCCEEDED) return 'info';
  return state === NodeJobState.NODE_JOB_FAILED ? 'error' : 'warn';
}

function finished(job: JobState, emit: Emit): void {
  const h = job.header;
  const status = (JobStatus[h.status] ?? 'JOB_STATUS_UNSPECIFIED').replace(/^JOB_/, '');
  const start = h.startedAtMs > 0 ? h.startedAtMs : h.createdAtMs;
  const took =
    h.finishedAtMs > 0 && start > 0 && h.finishedAtMs >= start
      ? ` in ${duration(h.finishedAtMs - start)}`
      : '';
  const level: ClusterEventLevel =
    h.status === JobStatus.JOB_SUCCEEDED ? 'info' : h.status === JobStatus.JOB_ABORTED ? 'warn' : 'error';
  const why = h.status !== JobStatus.JOB_SUCCEEDED && h.failureMessage ? `: ${h.failureMessage}` : '';
  emit({
    level,
    kind: 'job-finished',
    jobId: h.jobId,
    message: `${label(h)} ${status} on ${nodesCount(h.totalNodes || job.nodes.size)}${took}${why}`,
  });
  if (jobPlanName(h.type) === 'backup' && h.status === JobStatus.JOB_SUCCEEDED) {
    const skipped =
      Number(h.bytesSkipped) > 0 ? `, ${formatBytes(Number(h.bytesSkipped))} already stored` : '';
    emit({
      level: 'info',
      kind: 'backup-committed',
      jobId: h.jobId,
      message: `backup ${backupName(h) || shortId(h.jobId)} committed: ${formatBytes(Number(h.bytesDone))} uploaded${skipped}`,
    });
  }
}

/** "repair job 3f2a1b2c…", "backup job 3f2a1b2c… (nightly)". */
function label(h: ClusterJob): string {
  const name = backupName(h);
  return `${jobPlanName(h.type)} job ${shortId(h.jobId)}${name ? ` (${name})` : ''}`;
}

function backupName(h: ClusterJob): string {
  return h.params?.backup?.backupName ?? '';
}

function by(h: ClusterJob): string {
  return h.requestedBy ? ` (by ${h.requestedBy})` : '';
}
