// Multi-stage jobs: backup and restore. A stage is either a round of node parts (each node's record is
// reset to PENDING and the engine runs them like any job's parts) or one action of the scheduler's edge
// (pause the applications, commit the backup) answered by an input. The stage is stored in the job
// header, so a new leader continues from it; an action a previous leader issued is issued again (the
// actions are idempotent), because nothing says it was carried out.
//
//   backup (snapshot, incremental):  UPLOAD ─▶ COMMIT ─▶ SUCCEEDED
//   backup (cluster-consistent):     PAUSE ─▶ SNAPSHOT ─▶ (unpause) UPLOAD ─▶ COMMIT ─▶ SUCCEEDED
//   restore (cluster):               DOWNLOAD ─▶ IMPORT (first node truncates, then the others)
//   restore (node):                  DOWNLOAD (files placed into the stopped node's data directory)
import { cassandra_mesos } from '../../gen/cassandra_mesos';
import { formatMs, isLive } from '../node-facts';
import { encodeSchedulerMessage } from '../messages';
import type { ClusterJob, NodeJobRecord, NodeRecord } from '../types';
import type { Working } from '../working';
import { jobTypeName, recordsInOrder } from './job-facts';
import { putRecord } from './records';

const { BackupType, JobStage, NodeJobState, RestoreType } = cassandra_mesos.v1;
type Stage = cassandra_mesos.v1.JobStage;

/** How long every node has to answer a consistent backup's snapshot request. */
export const SNAPSHOT_STAGE_LIMIT_MS = 60_000;
/** A snapshot request without an answer is sent again after this (framework messages can be lost). */
const SNAPSHOT_RESEND_MS = 5_000;
/** Longest pause of the applications when BackupOptions.pause_timeout_seconds is 0. */
export const DEFAULT_PAUSE_TIMEOUT_MS = 30_000;
/** An edge action (pause, commit) without an answer is issued again after this. */
const ACTION_REISSUE_MS = 5 * 60_000;

const NODE_STAGES: ReadonlySet<Stage> = new Set([JobStage.JOB_STAGE_UNSPECIFIED, JobStage.BACKUP_UPLOAD, JobStage.RESTORE_DOWNLOAD, JobStage.RESTORE_IMPORT]);

export function isNodeStage(stage: Stage): boolean {
  return NODE_STAGES.has(stage);
}

export function stageName(stage: Stage): string {
  return (JobStage[stage] ?? 'JOB_STAGE_UNSPECIFIED').toLowerCase().replace(/^(backup|restore)_/, '').replace(/_/g, ' ');
}

export function isConsistentBackup(job: ClusterJob): boolean {
  return jobTypeName(job.type) === 'BACKUP' && job.params?.backup?.backupType === BackupType.CLUSTER_CONSISTENT;
}

export function isNodeRestore(job: ClusterJob): boolean {
  return jobTypeName(job.type) === 'RESTORE' && job.params?.backup?.restoreType === RestoreType.NODE_RESTORE;
}

/** The stage a new job starts in. */
export function firstStage(job: ClusterJob): Stage {
  switch (jobTypeName(job.type)) {
    case 'BACKUP':
      return isConsistentBackup(job) ? JobStage.BACKUP_PAUSE : JobStage.BACKUP_UPLOAD;
    case 'RESTORE':
      return JobStage.RESTORE_DOWNLOAD;
    case 'CLEANUP':
    case 'REPAIR':
    case 'ROLLING_RESTART':
    case 'UPGRADE':
    case 'CONFIG_ROLLOUT':
    case 'FLUSH':
      return JobStage.JOB_STAGE_UNSPECIFIED;
  }
}

/** The stage after the current one succeeded, or undefined when the job is done. */
export function nextStage(job: ClusterJob): Stage | undefined {
  switch (job.stage) {
    case JobStage.BACKUP_PAUSE:
      return JobStage.BACKUP_SNAPSHOT;
    case JobStage.BACKUP_SNAPSHOT:
      return JobStage.BACKUP_UPLOAD;
    case JobStage.BACKUP_UPLOAD:
      return JobStage.BACKUP_COMMIT;
    case JobStage.RESTORE_DOWNLOAD:
      return isNodeRestore(job) ? undefined : JobStage.RESTORE_IMPORT;
    case JobStage.BACKUP_COMMIT:
    case JobStage.RESTORE_IMPORT:
    case JobStage.JOB_STAGE_UNSPECIFIED:
      return undefined;
  }
}

/** Moves the job into `stage`: the header first, then (node and snapshot stages) every record reset to PENDING. */
export function enterStage(w: Working, stage: Stage, header: ClusterJob = requireJob(w).header): void {
  const updated = cassandra_mesos.v1.ClusterJob.create({ ...header, stage, stageStartedAtMs: w.nowMs, currentNodeIds: [] });
  w.putJob(updated, `job ${header.jobId}: ${stageName(stage)} stage begins`);
  if (stage === JobStage.BACKUP_COMMIT) return; // the upload records stay: the commit reads them
  for (const record of recordsInOrder(requireJob(w))) {
    putRecord(
      w,
      record,
      {
        state: NodeJobState.NODE_JOB_PENDING, stage, taskId: '', startedAtMs: 0, finishedAtMs: 0, keyspaces: [], remainingKeyspaces: [],
        currentKeyspace: '', failureMessage: '', attempt: 0, bytesDone: 0, bytesTotal: 0, bytesSkipped: 0, filesDone: 0, filesTotal: 0, rateBytesPerSecond: 0,
      },
      `${record.nodeId}: ${stageName(stage)} stage of job ${record.jobId}`,
    );
  }
}

function requireJob(w: Working): NonNullable<Working['job']> {
  const job = w.job;
  if (!job) throw new Error('no running job');
  return job;
}

/** Why this node's part cannot run in this stage now (the part is then skipped), or undefined. */
export function partBlocker(job: ClusterJob, node: NodeRecord): string | undefined {
  if (isNodeRestore(job)) {
    return isLive(node) || node.targetRunState !== cassandra_mesos.v1.TargetRunState.STOP ? `${node.nodeId} must be stopped for a node restore (stop it first)` : undefined;
  }
  return isLive(node) ? undefined : `${node.nodeId} was not live when its turn came`;
}

/** Restore import: the first node (which truncates) runs alone; the others wait for it to succeed. */
export function waitsForFirstImport(job: NonNullable<Working['job']>, record: NodeJobRecord): boolean {
  if (job.header.stage !== JobStage.RESTORE_IMPORT) return false;
  const first = recordsInOrder(job)[0];
  return first !== undefined && first.nodeId !== record.nodeId && first.state !== NodeJobState.NODE_JOB_SUCCEEDED;
}

/** The truncating node of a restore import: the first in visiting order. */
export function truncatesInImport(job: NonNullable<Working['job']>, record: NodeJobRecord): boolean {
  return job.header.stage === JobStage.RESTORE_IMPORT && recordsInOrder(job)[0]?.nodeId === record.nodeId;
}

type Finish = (w: Working, outcome: { ok: boolean; message: string }) => void;

/** Runs an action stage (pause, snapshot, commit) one step on. */
export function progressActionStage(w: Working, finish: Finish): void {
  const job = w.job;
  if (!job) return;
  switch (job.header.stage) {
    case JobStage.BACKUP_PAUSE:
      progressPause(w, job.header, finish);
      return;
    case JobStage.BACKUP_SNAPSHOT:
      progressSnapshot(w, finish);
      return;
    case JobStage.BACKUP_COMMIT:
      if (effectDue(w, `${job.header.jobId}:commit`, ACTION_REISSUE_MS)) {
        w.emit({ type: 'commit-backup', job: job.header, nodes: recordsInOrder(job), reason: `every node of backup ${backupName(job.header)} is uploaded: writing the cluster manifest` });
      }
      return;
    case JobStage.BACKUP_UPLOAD:
    case JobStage.RESTORE_DOWNLOAD:
    case JobStage.RESTORE_IMPORT:
    case JobStage.JOB_STAGE_UNSPECIFIED:
      return; // node stages: the engine runs them
  }
}

function pauseTimeoutMs(job: ClusterJob): number {
  const seconds = job.params?.backup?.pauseTimeoutSeconds ?? 0;
  return seconds > 0 ? seconds * 1000 : DEFAULT_PAUSE_TIMEOUT_MS;
}

function progressPause(w: Working, header: ClusterJob, finish: Finish): void {
  const srv = header.params?.backup?.pauseSrv ?? '';
  const limit = pauseTimeoutMs(header);
  if (w.nowMs - header.stageStartedAtMs > limit + ACTION_REISSUE_MS) {
    w.emit({ type: 'unpause-applications', jobId: header.jobId, srv, reason: 'the pause was not confirmed in time' });
    finish(w, { ok: false, message: `the applications behind ${srv} did not confirm the pause within ${formatMs(limit + ACTION_REISSUE_MS)}` });
    return;
  }
  if (effectDue(w, `${header.jobId}:pause`, ACTION_REISSUE_MS)) {
    w.emit({ type: 'pause-applications', jobId: header.jobId, srv, timeoutMs: limit, reason: `consistent backup ${backupName(header)}: pausing the applications behind ${srv}` });
  }
}

/** Input 'applications-paused'. */
export function applicationsPaused(w: Working, jobId: string, ok: boolean, message: string, finish: Finish): void {
  const job = w.job;
  if (!job || job.header.jobId !== jobId || job.header.stage !== JobStage.BACKUP_PAUSE) {
    w.emit({ type: 'log', level: 'warn', reason: `an answer to a pause of job ${jobId} arrived, but that job is not pausing: ${ok ? 'the applications are paused' : message}` });
    return;
  }
  const srv = job.header.params?.backup?.pauseSrv ?? '';
  if (!ok) {
    finish(w, { ok: false, message: `pausing the applications behind ${srv} failed: ${message}` });
    return;
  }
  if (job.header.abortRequested) {
    w.emit({ type: 'unpause-applications', jobId, srv, reason: 'the backup was aborted while the applications paused' });
    finish(w, { ok: false, message: job.header.failureMessage || 'aborted' });
    return;
  }
  enterStage(w, JobStage.BACKUP_SNAPSHOT, job.header);
  progressSnapshot(w, finish);
}

function progressSnapshot(w: Working, finish: Finish): void {
  const job = w.job;
  if (!job) return;
  const h = job.header;
  const tag = h.params?.backup?.snapshotTag ?? '';
  const srv = h.params?.backup?.pauseSrv ?? '';
  const expired = w.nowMs - h.stageStartedAtMs > SNAPSHOT_STAGE_LIMIT_MS;
  for (const record of recordsInOrder(job)) {
    const node = w.node(record.nodeId);
    if (record.state === NodeJobState.NODE_JOB_PENDING) {
      const blocker = !node ? `${record.nodeId} was removed from the cluster` : partBlocker(h, node);
      if (blocker !== undefined || !node) {
        putRecord(w, record, { state: NodeJobState.NODE_JOB_FAILED, failureMessage: blocker ?? '' }, `${record.nodeId} cannot snapshot: ${blocker ?? ''}`);
        continue;
      }
      putRecord(w, record, { state: NodeJobState.NODE_JOB_RUNNING, startedAtMs: w.nowMs, attempt: 1 }, `${record.nodeId}: snapshot ${tag}`);
      sendSnapshotRequest(w, node, h, tag);
    } else if (record.state === NodeJobState.NODE_JOB_RUNNING) {
      if (expired) {
        putRecord(w, record, { state: NodeJobState.NODE_JOB_FAILED, failureMessage: `no snapshot answer within ${formatMs(SNAPSHOT_STAGE_LIMIT_MS)}` }, `${record.nodeId} did not answer the snapshot request`);
      } else if (node && effectDue(w, `${h.jobId}:snapshot:${record.nodeId}`, SNAPSHOT_RESEND_MS)) {
        sendSnapshotRequest(w, node, h, tag);
      }
    }
  }
  const records = recordsInOrder(requireJob(w));
  if (records.some((r) => r.state === NodeJobState.NODE_JOB_RUNNING || r.state === NodeJobState.NODE_JOB_PENDING)) return;
  w.emit({ type: 'unpause-applications', jobId: h.jobId, srv, reason: `every node of backup ${backupName(h)} has answered its snapshot request` });
  const failed = records.filter((r) => r.state !== NodeJobState.NODE_JOB_SUCCEEDED);
  if (failed.length === 0 && !h.abortRequested) {
    enterStage(w, JobStage.BACKUP_UPLOAD, requireJob(w).header);
    return;
  }
  for (const record of records) {
    const node = w.node(record.nodeId);
    if (node?.executorId) {
      const data = encodeSchedulerMessage(w.nowMs, { clearSnapshotRequest: { jobId: h.jobId, tag } });
      w.emit({ type: 'send-message', agentId: node.agentId, executorId: node.executorId, data, reason: `backup ${backupName(h)} failed: dropping snapshot ${tag} on ${node.nodeId}` });
    }
  }
  finish(w, { ok: false, message: h.abortRequested ? h.failureMessage || 'aborted' : `the consistent snapshot failed: ${failed.map((r) => `${r.nodeId}: ${r.failureMessage || 'failed'}`).join('; ')}` });
}

function sendSnapshotRequest(w: Working, node: NodeRecord, h: ClusterJob, tag: string): void {
  noteEffect(w, `${h.jobId}:snapshot:${node.nodeId}`);
  const data = encodeSchedulerMessage(w.nowMs, { snapshotRequest: { jobId: h.jobId, tag, keyspaces: h.params?.keyspaces ?? [] } });
  w.emit({ type: 'send-message', agentId: node.agentId, executorId: node.executorId, data, reason: `consistent backup ${backupName(h)}: ${node.nodeId} snapshots now` });
}

/** ExecutorMessage.snapshot_result. */
export function applySnapshotResult(w: Working, node: NodeRecord, result: cassandra_mesos.v1.SnapshotResult, finish: Finish): void {
  const job = w.job;
  const record = job?.nodes.get(node.nodeId);
  if (!job || job.header.jobId !== result.jobId || job.header.stage !== JobStage.BACKUP_SNAPSHOT || !record || record.state !== NodeJobState.NODE_JOB_RUNNING) {
    w.emit({ type: 'log', level: 'info', reason: `dropping a snapshot answer of ${node.nodeId} for job ${result.jobId || '(none)'}: no snapshot of that job is waiting for it` });
    return;
  }
  putRecord(
    w,
    record,
    result.ok ? { state: NodeJobState.NODE_JOB_SUCCEEDED } : { state: NodeJobState.NODE_JOB_FAILED, failureMessage: result.message || 'the snapshot failed' },
    `${node.nodeId} ${result.ok ? `took snapshot ${result.tag} in ${formatMs(Number(result.durationMs))}` : `could not snapshot: ${result.message}`}`,
  );
  progressSnapshot(w, finish);
}

/** Input 'backup-committed'. */
export function backupCommitted(w: Working, jobId: string, ok: boolean, message: string, finish: Finish): void {
  const job = w.job;
  if (!job || job.header.jobId !== jobId || job.header.stage !== JobStage.BACKUP_COMMIT) {
    w.emit({ type: 'log', level: 'info', reason: `a commit answer for job ${jobId} arrived, but that job is not committing` });
    return;
  }
  finish(w, ok ? { ok: true, message: '' } : { ok: false, message: `writing the manifest of backup ${backupName(job.header)} failed: ${message}` });
}

function backupName(h: ClusterJob): string {
  return h.params?.backup?.backupName ?? '';
}

/** True (and noted) when the edge action `key` was not issued by this process within `everyMs`. */
function effectDue(w: Working, key: string, everyMs: number): boolean {
  const last = w.volatile.jobEffects.get(key);
  if (last !== undefined && w.nowMs - last < everyMs) return false;
  noteEffect(w, key);
  return true;
}

function noteEffect(w: Working, key: string): void {
  const next = new Map(w.volatile.jobEffects);
  next.set(key, w.nowMs);
  w.volatile.jobEffects = next;
}
