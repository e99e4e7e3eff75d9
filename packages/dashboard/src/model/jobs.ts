// The current cluster job and the last finished one, as the job section shows them: per node its
// state, keyspace, bytes done/total, rate and ETA. Repairs and cleanups move no bytes the scheduler
// can see, so their per-node progress is the share of keyspaces finished; backups and restores carry
// byte counts (GET /v1/backup/status, /v1/restore/status), which are used when they are present.
import type { BackupStatusPayload, JobListPayload, JobNodePayload, JobPayload } from './api-types';
import {
  formatBytes,
  formatDuration,
  formatEta,
  formatPercent,
  formatRate,
  parseTime,
  shortId,
} from './format';

export interface JobNodeRow {
  readonly nodeId: string;
  readonly state: string;
  /** The keyspace being worked on, or "—". */
  readonly keyspace: string;
  /** BACKUP_UPLOAD, RESTORE_DOWNLOAD...; "" for jobs without stages. */
  readonly stage: string;
  /** 0..1 for the progress bar; null when nothing tells how far the node is. */
  readonly fraction: number | null;
  /** "2/5 keyspaces", "1.20 GiB / 3.40 GiB" or the node's final state. */
  readonly progressText: string;
  readonly bytes: string;
  readonly rate: string;
  readonly eta: string;
  readonly duration: string;
  readonly failure: string;
}

export interface JobView {
  readonly id: string;
  readonly shortId: string;
  /** The API's type: REPAIR, CLEANUP, ROLLING_RESTART, BACKUP, RESTORE... */
  readonly type: string;
  /** "repair", "rolling-restart": the data-job-type attribute and the words of the page. */
  readonly slug: string;
  readonly title: string;
  readonly status: string;
  readonly percent: number;
  readonly percentText: string;
  readonly eta: string;
  readonly nodesText: string;
  readonly bytes: string;
  readonly rate: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  /** How long it ran (finished jobs) or has been running. */
  readonly duration: string;
  readonly requestedBy: string;
  readonly abortRequested: boolean;
  readonly failure: string;
  readonly backupName: string;
  readonly nodes: readonly JobNodeRow[];
}

/** "ROLLING_RESTART" → "rolling-restart". */
export function jobTypeSlug(type: string): string {
  return type.toLowerCase().replace(/_/g, '-');
}

/** "ROLLING_RESTART" → "Rolling restart". */
export function jobTypeTitle(type: string): string {
  const words = type.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Backup and restore jobs have a status route with per-node byte counts. */
export function transferKind(type: string | undefined): 'backup' | 'restore' | undefined {
  if (type === 'BACKUP') return 'backup';
  if (type === 'RESTORE') return 'restore';
  return undefined;
}

/**
 * The running job as shown, or null. `transfer` is the backup/restore status answer: its job carries the
 * byte counts and replaces the plain job when it is the same job.
 */
export function currentJobView(
  list: JobListPayload | undefined,
  transfer: BackupStatusPayload | undefined,
  nowMs: number,
): JobView | null {
  const current = list?.current;
  if (!current) return null;
  const detailed =
    transfer?.job && transfer.job.id === current.id
      ? { ...current, ...transfer.job, nodes: transfer.job.nodes ?? current.nodes }
      : current;
  return jobView(detailed, nowMs);
}

/** The newest finished job (the history is newest first). */
export function lastJobView(list: JobListPayload | undefined, nowMs: number): JobView | null {
  const last = list?.history[0];
  return last ? jobView(last, nowMs) : null;
}

export function jobView(job: JobPayload, nowMs: number): JobView {
  const percent = job.progress?.percent ?? 0;
  const transfer = job.transfer;
  const total = job.totalNodes ?? job.nodes?.length ?? 0;
  const started = parseTime(job.startedAt);
  const finished = parseTime(job.finishedAt);
  const runningFor = started === undefined ? undefined : ((finished ?? nowMs) - started) / 1000;
  return {
    id: job.id,
    shortId: shortId(job.id),
    type: job.type,
    slug: jobTypeSlug(job.type),
    title: jobTypeTitle(job.type),
    status: job.status,
    percent,
    percentText: formatPercent(percent),
    eta: formatEta(transfer?.etaSeconds ?? job.progress?.etaSeconds ?? null),
    nodesText: `${job.completedNodes ?? 0}/${total} nodes done${job.failedNodes ? `, ${job.failedNodes} failed` : ''}`,
    bytes:
      transfer && (transfer.bytesTotal ?? 0) > 0
        ? `${formatBytes(transfer.bytesDone ?? 0)} / ${formatBytes(transfer.bytesTotal)}`
        : '—',
    rate: formatRate(transfer?.rateBytesPerSecond),
    startedAt: job.startedAt ?? null,
    finishedAt: job.finishedAt ?? null,
    duration: formatDuration(runningFor),
    requestedBy: job.requestedBy ?? '',
    abortRequested: job.abortRequested === true,
    failure: job.failureMessage ?? '',
    backupName: job.backup?.name ?? '',
    nodes: (job.nodes ?? []).map(jobNodeRow),
  };
}

function jobNodeRow(n: JobNodePayload): JobNodeRow {
  const bytesTotal = n.bytesTotal ?? 0;
  const bytesDone = n.bytesDone ?? 0;
  const rate = n.rateBytesPerSecond ?? 0;
  const keyspacesDone = n.keyspaces?.length ?? 0;
  const keyspacesTotal = keyspacesDone + (n.remainingKeyspaces?.length ?? 0) + (n.currentKeyspace ? 1 : 0);
  const running = n.state === 'RUNNING';
  let fraction: number | null;
  let progressText: string;
  if (bytesTotal > 0) {
    fraction = Math.min(1, bytesDone / bytesTotal);
    progressText = `${formatBytes(bytesDone)} / ${formatBytes(bytesTotal)}`;
  } else if (n.state === 'SUCCEEDED') {
    fraction = 1;
    progressText = keyspacesTotal > 0 ? `${keyspacesDone}/${keyspacesTotal} keyspaces` : 'done';
  } else if (running && keyspacesTotal > 0) {
    fraction = keyspacesDone / keyspacesTotal;
    progressText = `${keyspacesDone}/${keyspacesTotal} keyspaces`;
  } else {
    fraction = n.state === 'PENDING' ? 0 : null;
    progressText = n.state.toLowerCase();
  }
  return {
    nodeId: n.nodeId,
    state: n.state,
    keyspace: n.currentKeyspace || '—',
    stage: n.stage ?? '',
    fraction,
    progressText,
    bytes: bytesTotal > 0 ? `${formatBytes(bytesDone)} / ${formatBytes(bytesTotal)}` : '—',
    rate: running ? formatRate(rate) : '—',
    eta: running && rate > 0 && bytesTotal > bytesDone ? formatEta((bytesTotal - bytesDone) / rate) : '—',
    duration: formatDuration(
      n.durationMs === null || n.durationMs === undefined ? null : n.durationMs / 1000,
    ),
    failure: n.failureMessage ?? '',
  };
}
