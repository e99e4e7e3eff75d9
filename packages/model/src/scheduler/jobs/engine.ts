// The cluster job engine, run on every pass and after every input that concerns the job: it moves the
// running job one step on from what the state says, so a new leader that loads the stored job simply
// continues.
//
//   PENDING ─its turn─▶ RUNNING ─▶ SUCCEEDED | FAILED      (SKIPPED: not live at its turn, or never
//                                                           started because the job stopped)
// Turns: one node at a time by default; with JobParams.parallelism = N ≥ 1, up to N nodes of each data
// center at once (never for a rolling restart). No node starts while the job's plan is interrupted,
// after an abort, or after a failure unless continue_on_failure. Each node part has a timeout. When no
// node runs and none may start, the job ends and moves to the history. Backup and restore run in
// stages (stages.ts): when every part of a stage succeeded, the next stage begins.
import { cassandra_mesos } from '../../gen/cassandra_mesos';
import { emitKill, killRequested } from '../kills';
import { formatMs, isLive, replaceTask, taskById } from '../node-facts';
import type { JobState, NodeJobRecord, NodeRecord } from '../types';
import type { Working } from '../working';
import { isFinalNodeState, jobPlanName, jobTitle, jobTypeName, nodeStateName, nodeTimeoutMs, parallelismOf, recordsInOrder } from './job-facts';
import { jobLaunchBlocker } from './job-tasks';
import { progressRestart, startRestart } from './rolling-restart';
import { countable } from './start';
import { putRecord } from './records';
import { enterStage, isNodeStage, nextStage, partBlocker, progressActionStage, waitsForFirstImport } from './stages';

const { JobStatus, NodeJobState } = cassandra_mesos.v1;

export function progressJob(w: Working): void {
  const job = w.job;
  if (!job) return;
  if (!isNodeStage(job.header.stage)) {
    progressActionStage(w, finishJob);
    syncHeader(w);
    return;
  }
  for (const record of recordsInOrder(job)) {
    if (record.state === NodeJobState.NODE_JOB_RUNNING) progressRunningNode(w, record);
  }
  startNextNodes(w);
  finishIfDone(w);
  syncHeader(w);
}

function progressRunningNode(w: Working, record: NodeJobRecord): void {
  const header = w.job?.header;
  if (!header) return;
  const node = w.node(record.nodeId);
  if (!node) {
    putRecord(w, record, { state: NodeJobState.NODE_JOB_FAILED, failureMessage: `${record.nodeId} was removed from the cluster while its part ran` }, `${record.nodeId} is gone`);
    return;
  }
  if (jobTypeName(header.type) === 'ROLLING_RESTART') {
    progressRestart(w, record, node, nodeTimeoutMs(header));
    return;
  }
  const elapsed = w.nowMs - record.startedAtMs;
  const limit = nodeTimeoutMs(header);
  if (elapsed < limit) return;
  const task = taskById(node, record.taskId);
  if (!task) {
    // Never launched (no offer, or the node went down before it could be).
    const blocker = jobLaunchBlocker(w, node) ?? `no offer of ${node.hostname} could hold the job task`;
    putRecord(w, record, { state: NodeJobState.NODE_JOB_FAILED, failureMessage: `did not start within ${formatMs(limit)}: ${blocker}` }, `${record.nodeId}'s part of job ${record.jobId} timed out before it started`);
    return;
  }
  if (task.killRequestedAtMs > 0) return; // its end (TASK_KILLED) finishes the record
  const why = `did not finish within ${formatMs(limit)} (node_timeout_seconds)`;
  const updated = cassandra_mesos.v1.NodeRecord.create({ ...node, tasks: replaceTask(node, task.taskId, killRequested(task, w.nowMs, `job ${record.jobId}: ${why}`)) });
  w.putNode(updated, `stopping ${task.taskId}: ${why}`);
  putRecord(w, record, { failureMessage: why }, `${record.nodeId}'s part of job ${record.jobId} ${why}: stopping it`);
  emitKill(w, updated, task.taskId, `stopping ${task.taskId}: ${why}`);
}

/** Why no further node may start, or undefined. */
function stopReason(w: Working, job: JobState): string | undefined {
  const h = job.header;
  if (h.abortRequested) return 'the job was aborted';
  const failed = [...job.nodes.values()].find((r) => r.state === NodeJobState.NODE_JOB_FAILED);
  if (failed && (!h.params?.continueOnFailure || jobTypeName(h.type) === 'ROLLING_RESTART')) {
    return `${failed.nodeId} failed (${failed.failureMessage || 'no reason given'})${jobTypeName(h.type) === 'ROLLING_RESTART' ? '' : ' and continue_on_failure is off'}`;
  }
  return undefined;
}

export function jobInterrupted(w: Working, job: JobState): boolean {
  return w.planControls.get(jobPlanName(job.header.type))?.interrupted === true;
}

function startNextNodes(w: Working): void {
  const job = w.job;
  if (!job || stopReason(w, job) !== undefined || jobInterrupted(w, job)) return;
  const records = recordsInOrder(job);
  const restart = jobTypeName(job.header.type) === 'ROLLING_RESTART';
  const running = records.filter((r) => r.state === NodeJobState.NODE_JOB_RUNNING);
  if (restart) {
    if (running.length > 0) return;
    // Never take a node down while another is not live: that would be two down at once.
    if (countable(w).some((n) => !isLive(n))) return;
  }
  const perDc = job.header.params?.parallelism ?? 0;
  const limit = restart ? 1 : parallelismOf(job.header);
  const busy = new Map<string, number>();
  for (const r of running) {
    const dc = dcOf(w.node(r.nodeId), perDc);
    busy.set(dc, (busy.get(dc) ?? 0) + 1);
  }
  for (const record of records) {
    if (record.state !== NodeJobState.NODE_JOB_PENDING || waitsForFirstImport(job, record)) continue;
    const node = w.node(record.nodeId);
    const dc = dcOf(node, perDc);
    if ((busy.get(dc) ?? 0) >= limit) continue;
    if (!node) {
      putRecord(w, record, { state: NodeJobState.NODE_JOB_SKIPPED, failureMessage: `${record.nodeId} was removed from the cluster` }, `${record.nodeId} is gone: skipped`);
      continue;
    }
    const blocker = partBlocker(job.header, node);
    if (blocker !== undefined) {
      putRecord(w, record, { state: NodeJobState.NODE_JOB_SKIPPED, failureMessage: blocker }, `${blocker}: its part of job ${record.jobId} is skipped`);
      continue;
    }
    busy.set(dc, (busy.get(dc) ?? 0) + 1);
    const started = putRecord(
      w,
      record,
      { state: NodeJobState.NODE_JOB_RUNNING, startedAtMs: w.nowMs, attempt: record.attempt + 1, ...(restart ? {} : { taskId: `${record.nodeId}-job-${w.ctx.ids.uuid()}` }) },
      `${record.nodeId}'s turn in ${jobTitle(job.header.type).toLowerCase()} job ${record.jobId}`,
    );
    if (restart) {
      startRestart(w, started, node);
      return;
    }
  }
}

/** Parallelism counts per data center when set; unset means one node in the whole cluster. */
function dcOf(node: NodeRecord | undefined, perDc: number): string {
  return perDc > 0 ? (node?.rackDc?.dc ?? '') : '';
}

function finishIfDone(w: Working): void {
  const job = w.job;
  if (!job) return;
  const records = recordsInOrder(job);
  if (records.some((r) => r.state === NodeJobState.NODE_JOB_RUNNING)) return;
  const pending = records.filter((r) => r.state === NodeJobState.NODE_JOB_PENDING);
  const stop = stopReason(w, job);
  if (pending.length > 0 && stop === undefined) return; // more to do (or paused, or waiting for liveness)
  for (const record of pending) {
    putRecord(w, record, { state: NodeJobState.NODE_JOB_SKIPPED, failureMessage: `not started: ${stop ?? 'the job stopped'}` }, `${record.nodeId}'s part of job ${record.jobId} is not started: ${stop ?? ''}`);
  }
  const allSucceeded = recordsInOrder(w.job ?? job).every((r) => r.state === NodeJobState.NODE_JOB_SUCCEEDED);
  const next = nextStage(job.header);
  if (allSucceeded && !job.header.abortRequested && next !== undefined) {
    syncHeader(w); // the stage's final byte counts stay in the header
    enterStage(w, next, (w.job ?? job).header);
    progressJob(w);
    return;
  }
  finishJob(w);
}

/**
 * Ends the job and moves it into the history. The status follows the node parts, or `outcome` when an
 * action stage ended it (a failed pause or commit; a commit that succeeded despite a late abort).
 */
export function finishJob(w: Working, outcome?: { ok: boolean; message: string }): void {
  syncHeader(w); // the last part's byte figures belong in the archived header
  const job = w.job;
  if (!job) return;
  const final = recordsInOrder(job);
  const failed = outcome?.ok === true ? [] : final.filter((r) => r.state !== NodeJobState.NODE_JOB_SUCCEEDED);
  const h = job.header;
  const status = outcome?.ok === true ? JobStatus.JOB_SUCCEEDED : h.abortRequested ? JobStatus.JOB_ABORTED : failed.length > 0 || outcome ? JobStatus.JOB_FAILED : JobStatus.JOB_SUCCEEDED;
  const summary = failed
    .slice(0, 5)
    .map((r) => `${r.nodeId} ${nodeStateName(r.state).toLowerCase()}${r.failureMessage ? `: ${r.failureMessage}` : ''}`)
    .join('; ');
  const header = cassandra_mesos.v1.ClusterJob.create({
    ...h,
    status,
    finishedAtMs: w.nowMs,
    completedNodes: final.length,
    failedNodes: failed.length,
    currentNodeIds: [],
    failureMessage: status === JobStatus.JOB_SUCCEEDED ? '' : [h.abortRequested ? h.failureMessage || 'aborted' : '', outcome?.message ?? '', summary].filter((s, i, all) => s !== '' && all.indexOf(s) === i).join('; '),
  });
  const result = JobStatus[status].replace('JOB_', '').toLowerCase();
  w.archiveJob(header, `${jobTitle(h.type).toLowerCase()} job ${h.jobId} ${result} after ${formatMs(w.nowMs - h.startedAtMs)} (${final.length - failed.length}/${final.length} nodes succeeded)${header.failureMessage ? `: ${header.failureMessage}` : ''}`);
  if (status === JobStatus.JOB_SUCCEEDED && jobTypeName(h.type) === 'CLEANUP') clearCleanupSuggestion(w, final);
}

/** Rewrites the header when its counters no longer match the node records. */
export function syncHeader(w: Working): void {
  const job = w.job;
  if (!job) return;
  const records = [...job.nodes.values()];
  const completed = records.filter((r) => isFinalNodeState(r.state)).length;
  const failed = records.filter((r) => isFinalNodeState(r.state) && r.state !== NodeJobState.NODE_JOB_SUCCEEDED).length;
  const current = recordsInOrder(job)
    .filter((r) => r.state === NodeJobState.NODE_JOB_RUNNING)
    .map((r) => r.nodeId);
  const h = job.header;
  // The bytes a backup or restore moves are those of its transfer stage; an import keeps the download's figures.
  const transfer = h.stage !== cassandra_mesos.v1.JobStage.RESTORE_IMPORT;
  const bytes = transfer ? { bytesDone: sum(records, (r) => r.bytesDone), bytesTotal: sum(records, (r) => r.bytesTotal), bytesSkipped: sum(records, (r) => r.bytesSkipped) } : { bytesDone: h.bytesDone, bytesTotal: h.bytesTotal, bytesSkipped: h.bytesSkipped };
  const sameBytes = Number(h.bytesDone) === bytes.bytesDone && Number(h.bytesTotal) === bytes.bytesTotal && Number(h.bytesSkipped) === bytes.bytesSkipped;
  if (h.completedNodes === completed && h.failedNodes === failed && sameList(h.currentNodeIds, current) && sameBytes) return;
  w.putJob(cassandra_mesos.v1.ClusterJob.create({ ...h, completedNodes: completed, failedNodes: failed, currentNodeIds: current, ...bytes }), `job ${h.jobId}: ${completed}/${h.totalNodes} nodes done${current.length > 0 ? `, working on ${current.join(', ')}` : ''}`);
}

function sum(records: readonly NodeJobRecord[], of: (r: NodeJobRecord) => number): number {
  return records.reduce((total, r) => total + Number(of(r)), 0);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function clearCleanupSuggestion(w: Working, records: readonly NodeJobRecord[]): void {
  const fw = w.framework;
  if (!fw || fw.cleanupSuggestedAtMs === 0) return;
  const cleaned = new Set(records.map((r) => r.nodeId));
  const left = fw.cleanupSuggestedNodeIds.filter((id) => !cleaned.has(id) && w.node(id) !== undefined);
  w.putFramework(
    cassandra_mesos.v1.FrameworkRecord.create(
      left.length > 0
        ? { ...fw, cleanupSuggestedNodeIds: left, cleanupSuggestion: `run cleanup on ${left.join(', ')}: they still hold data they no longer own` }
        : { ...fw, cleanupSuggestedAtMs: 0, cleanupSuggestedNodeIds: [], cleanupSuggestion: '' },
    ),
    left.length > 0 ? `cleanup still suggested for ${left.join(', ')}` : 'the suggested cleanup is done',
  );
}

