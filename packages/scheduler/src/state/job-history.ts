// Finished jobs: `jobs/current` holds the running job's header; when it ends, its final header moves to
// `jobs/history/<job_id>` in one atomic batch (delete current + create history entry), and its per-node
// records stay at `jobs/<job_id>/nodes/*` so operators can see what each node did. Only the newest
// `keep` finished jobs are kept: older history entries are deleted together with their node records,
// so the number of znodes is bounded by keep × nodes, and no single znode grows.
import { cassandra_mesos } from '@cassandra-mesos/model';
import { InvalidBatchError } from './errors';
import { compareIds, StateCollections, StateKeys } from './keys';
import { StateOps, type StateStore, type VersionedEntry } from './state-store';

type ClusterJob = cassandra_mesos.v1.ClusterJob;
const JobStatus = cassandra_mesos.v1.JobStatus;

/** How many finished jobs are kept when the caller does not say. */
export const DEFAULT_JOB_HISTORY_LIMIT = 20;

const FINAL_STATUSES: ReadonlySet<cassandra_mesos.v1.JobStatus> = new Set([JobStatus.JOB_SUCCEEDED, JobStatus.JOB_FAILED, JobStatus.JOB_ABORTED]);

/** Newest first: by finish time, then creation time, then id. */
function newestFirst(a: VersionedEntry<ClusterJob>, b: VersionedEntry<ClusterJob>): number {
  return b.value.finishedAtMs - a.value.finishedAtMs || b.value.createdAtMs - a.value.createdAtMs || compareIds(a.id, b.id);
}

/** Finished jobs, newest first. */
export async function listJobHistory(store: StateStore): Promise<Array<VersionedEntry<ClusterJob>>> {
  const entries = await store.list(StateCollections.jobHistory);
  return entries.sort(newestFirst);
}

/**
 * Moves the finished current job into the history: deletes `jobs/current` if it is still at
 * `currentVersion` and creates `jobs/history/<job_id>` with `finalJob`, in one batch; then prunes the
 * history to `keep` jobs. Resolves with the ids of the jobs pruned.
 */
export async function archiveCurrentJob(
  store: StateStore,
  finalJob: ClusterJob,
  currentVersion: number,
  keep: number = DEFAULT_JOB_HISTORY_LIMIT,
): Promise<string[]> {
  if (!FINAL_STATUSES.has(finalJob.status)) {
    const status = JobStatus[finalJob.status] ?? String(finalJob.status);
    throw new InvalidBatchError(`job ${finalJob.jobId} has status ${status}: only a succeeded, failed or aborted job can be archived`);
  }
  await store.commit([StateOps.delete(StateKeys.currentJob, currentVersion), StateOps.put(StateKeys.jobHistory(finalJob.jobId), finalJob, undefined)]);
  return pruneJobHistory(store, keep);
}

/**
 * Keeps the newest `keep` finished jobs. Deletes older history entries with their node records, and
 * node records of jobs that are neither current nor in the history (left by an interrupted prune).
 * A job's header must therefore be written before (or in the same batch as) its node records.
 * Resolves with the ids of the jobs whose records were removed.
 */
export async function pruneJobHistory(store: StateStore, keep: number): Promise<string[]> {
  if (!Number.isSafeInteger(keep) || keep < 0) throw new InvalidBatchError(`job history limit must be an integer >= 0, got ${keep}`);
  const history = await listJobHistory(store);
  const pruned: string[] = [];
  for (const old of history.slice(keep)) {
    // Records first: if this is interrupted, the history entry is still there and the next prune finishes it.
    await store.deleteJobRecords(old.id);
    await store.delete(StateKeys.jobHistory(old.id), old.version);
    pruned.push(old.id);
  }
  const current = await store.get(StateKeys.currentJob);
  const wanted = new Set(history.slice(0, keep).map((h) => h.id));
  if (current !== undefined) wanted.add(current.value.jobId);
  for (const jobId of await store.listJobRecordIds()) {
    if (wanted.has(jobId)) continue;
    await store.deleteJobRecords(jobId);
    if (!pruned.includes(jobId)) pruned.push(jobId);
  }
  return pruned;
}
