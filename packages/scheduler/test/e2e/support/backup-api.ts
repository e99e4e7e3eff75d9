// The backup/restore REST calls of the scenario (backup contract, original route family) and a
// follower that polls a job's status while it runs and keeps what it saw: stages, nodes, bytes, rate
// and ETA, so the scenario can print them and assert that progress was visible.
import { figures, sleep, type OpsCluster } from '../../integration/cluster-ops-support';

export type Kind = 'backup' | 'restore';

/** The parts of the backup job view (src/backup/types.ts BackupJobView) the scenario reads. */
export interface TransferNode {
  nodeId: string;
  state: string;
  ip: string | null;
  hostname: string | null;
  stage: string | null;
  bytesDone: number;
  bytesTotal: number;
  bytesSkipped: number;
  filesDone: number;
  filesTotal: number;
  rateBytesPerSecond: number;
  failureMessage: string | null;
  keyspaces: Array<{ keyspace: string; status: string; durationMs: number; message: string }>;
}

export interface BackupJob {
  id: string;
  type: string;
  status: string;
  failureMessage: string | null;
  currentNodes: string[];
  completedNodes: number;
  backup: { name: string; type: string; storage: string; location: string; sourceCluster: string | null; restoreSchema: boolean };
  transfer: { stage: string | null; bytesDone: number; bytesTotal: number; bytesSkipped: number; rateBytesPerSecond: number; etaSeconds: number | null };
  nodes?: TransferNode[];
}

/** A finished job as GET /cluster/{kind}/last shows it: seeds/001's shape plus id, status, failureMessage, bytes. */
export interface LastNode {
  nodeId: string;
  executorId: string;
  taskId: string;
  hostname: string;
  ip: string;
  state: string;
  stage: string | null;
  startedTimestamp: number;
  finishedTimestamp: number;
  processedKeyspaces: Record<string, { status: string; durationMillis: number; bytes?: number }>;
  remainingKeyspaces: unknown[];
  failureMessage: string | null;
}

export interface FinishedJob {
  id: string;
  type: string;
  status: string;
  failureMessage: string | null;
  started: number;
  finished: number;
  aborted: boolean;
  remainingNodes: unknown[];
  currentNode: LastNode | null;
  completedNodes: LastNode[];
  backupName: string;
  bytes: { done: number; total: number; skipped: number };
}

/** GET /cluster/{kind}/last once it shows the job `jobId` (waits up to 15 s: status and last are separate reads). */
export async function lastJob(cluster: OpsCluster, kind: Kind, jobId: string): Promise<FinishedJob> {
  const t0 = Date.now();
  for (;;) {
    const answer = await cluster.api('GET', `/cluster/${kind}/last`);
    const body = (answer.body ?? {}) as { present?: boolean } & Record<string, unknown>;
    const job = body[kind] as FinishedJob | null | undefined;
    if (answer.status === 200 && body.present === true && job?.id === jobId) return job;
    if (Date.now() - t0 > 15_000) throw new Error(`GET /cluster/${kind}/last does not show job ${jobId} 15 s after its status said it finished: ${answer.status} ${JSON.stringify(answer.body).slice(0, 2000)}`);
    await sleep(200);
  }
}

/** Per-node failure messages of a finished job, for error messages and figures. */
export function nodeFailures(job: FinishedJob): string[] {
  return [...job.completedNodes, ...(job.currentNode ? [job.currentNode] : [])].filter((n) => n.failureMessage).map((n) => `${n.nodeId} (${n.stage ?? '-'}): ${n.failureMessage ?? ''}`);
}

const query = (name: string): string => `name=${encodeURIComponent(name)}`;

/** POST /cluster/{backup,restore}/start?name= with an optional JSON body; the 202 answer's job. */
export async function startJob(cluster: OpsCluster, kind: Kind, name: string, body?: Record<string, unknown>): Promise<BackupJob> {
  const answer = await cluster.call<{ started: boolean; job: BackupJob }>('POST', `/cluster/${kind}/start?${query(name)}`, 202, body ?? {});
  if (answer.started !== true || !answer.job?.id) throw new Error(`POST /cluster/${kind}/start?${query(name)} answered 202 without a started job: ${JSON.stringify(answer)}`);
  return answer.job;
}

/** The job in a `{running, backup|restore|job}` status answer. */
function jobIn(body: unknown, kind: Kind): BackupJob | null {
  const b = (body ?? {}) as Record<string, unknown>;
  return ((b[kind] ?? b['job']) as BackupJob | null | undefined) ?? null;
}

const MiB = 1024 * 1024;
export const mib = (bytes: number): string => `${(bytes / MiB).toFixed(2)}MiB`;

export interface TransferSample {
  atMs: number;
  stage: string;
  nodes: string;
  bytesDone: number;
  bytesTotal: number;
  bytesSkipped: number;
  rate: number;
  eta: number | null;
}

export interface TransferTrace {
  job: FinishedJob;
  durationMs: number;
  samples: TransferSample[];
  stagesSeen: string[];
  nodesSeen: string[];
  /** The largest bytesDone seen while the job was running (progress was visible, not only at the end). */
  maxBytesDoneWhileRunning: number;
  sawRate: boolean;
  sawEta: boolean;
}

export interface FollowOptions {
  timeoutMs: number;
  /** Called with every status answer while the job runs; may inject a fault. */
  onSample?: (job: BackupJob) => Promise<void> | void;
  intervalMs?: number;
}

/**
 * Polls GET /cluster/{kind}/status until the job `jobId` has finished, printing every change of
 * stage, node or bytes, then returns the finished job as GET /cluster/{kind}/status or the job by id
 * shows it.
 */
export async function followTransfer(cluster: OpsCluster, kind: Kind, jobId: string, options: FollowOptions): Promise<TransferTrace> {
  const t0 = Date.now();
  const trace: Omit<TransferTrace, 'job' | 'durationMs'> = { samples: [], stagesSeen: [], nodesSeen: [], maxBytesDoneWhileRunning: 0, sawRate: false, sawEta: false };
  let last = '';
  let printed = '';
  for (;;) {
    cluster.assertSchedulerAlive();
    const answer = await cluster.api('GET', `/cluster/${kind}/status`);
    last = `${answer.status} ${JSON.stringify(answer.body)}`;
    const job = answer.status === 200 ? jobIn(answer.body, kind) : null;
    if (job && job.id !== jobId) throw new Error(`GET /cluster/${kind}/status shows job ${job.id}, expected ${jobId}: ${last.slice(0, 2000)}`);
    const running = answer.status === 200 && (answer.body as { running?: boolean }).running === true && job?.status === 'RUNNING';
    if (job && running) {
      const t = job.transfer;
      const sample: TransferSample = { atMs: Date.now() - t0, stage: t.stage ?? '-', nodes: job.currentNodes.join('+') || '-', bytesDone: t.bytesDone, bytesTotal: t.bytesTotal, bytesSkipped: t.bytesSkipped, rate: t.rateBytesPerSecond, eta: t.etaSeconds };
      trace.samples.push(sample);
      if (!trace.stagesSeen.includes(sample.stage)) trace.stagesSeen.push(sample.stage);
      for (const n of job.currentNodes) if (!trace.nodesSeen.includes(n)) trace.nodesSeen.push(n);
      trace.maxBytesDoneWhileRunning = Math.max(trace.maxBytesDoneWhileRunning, t.bytesDone);
      trace.sawRate ||= t.rateBytesPerSecond > 0;
      trace.sawEta ||= t.etaSeconds !== null;
      const line = `${sample.stage} node=${sample.nodes} done=${mib(sample.bytesDone)}/${mib(sample.bytesTotal)} skipped=${mib(sample.bytesSkipped)} rate=${mib(sample.rate)}/s eta=${sample.eta ?? '-'}s`;
      if (line !== printed) figures(`${kind} ${jobId} t+${(sample.atMs / 1000).toFixed(1)}s`, { progress: line });
      printed = line;
      await options.onSample?.(job);
    }
    const over = answer.status === 200 && (answer.body as { running?: boolean }).running === false && (job === null || !['RUNNING', 'PENDING'].includes(job.status));
    if (over) return { ...trace, job: await lastJob(cluster, kind, jobId), durationMs: Date.now() - t0 };
    if (Date.now() - t0 > options.timeoutMs) throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${kind} job ${jobId} to finish (last GET /cluster/${kind}/status: ${last.slice(0, 2000)})`);
    await sleep(options.intervalMs ?? 250);
  }
}

/** A one-line summary of a finished transfer for figures(). */
export function transferFigures(trace: TransferTrace): Record<string, string | number> {
  const { done, skipped, total } = trace.job.bytes;
  const seconds = trace.durationMs / 1000;
  return {
    status: trace.job.status,
    duration: `${seconds.toFixed(1)}s`,
    moved: mib(done - skipped),
    skipped: mib(skipped),
    total: mib(total),
    movedMBperS: ((done - skipped) / MiB / Math.max(seconds, 0.001)).toFixed(2),
    perNode: [...trace.job.completedNodes, ...(trace.job.currentNode ? [trace.job.currentNode] : [])]
      .map((n) => `${n.nodeId}:${n.state}:${mib(Object.values(n.processedKeyspaces).reduce((sum, k) => sum + (k.bytes ?? 0), 0))}`)
      .join(','),
    stages: trace.stagesSeen.join('>') || '-',
    nodesSeen: trace.nodesSeen.join('+') || '-',
    samples: trace.samples.length,
    rateSeen: String(trace.sawRate),
    etaSeen: String(trace.sawEta),
  };
}

/** Backups as GET /cluster/backup/list shows them. */
export interface ListedBackup {
  name: string;
  cluster: string;
  type: string;
  createdAt: string;
  totalBytes: number;
  totalFiles: number;
  keyspaces: string[];
  nodes: Array<{ nodeId: string; bytes: number; files: number }>;
}

export async function listBackups(cluster: OpsCluster): Promise<ListedBackup[]> {
  const body = await cluster.call<{ backups?: ListedBackup[] }>('GET', '/cluster/backup/list', 200);
  if (!Array.isArray(body.backups)) throw new Error(`GET /cluster/backup/list has no 'backups' array: ${JSON.stringify(body).slice(0, 2000)}`);
  return body.backups;
}

export interface VerifyAnswer {
  ok: boolean;
  checkedObjects: number;
  checkedBytes: number;
  durationMs: number;
  problems: Array<{ kind: string; key: string; nodeId: string | null; message: string }>;
}

export async function verifyBackup(cluster: OpsCluster, name: string): Promise<VerifyAnswer> {
  const answer = await cluster.api('POST', `/cluster/backup/verify?${query(name)}`);
  // A failed verification is still a report; only a malformed call is not.
  if (answer.status !== 200 && !(answer.body as Partial<VerifyAnswer> | undefined)?.problems) throw new Error(`POST /cluster/backup/verify?${query(name)} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  const body = answer.body as VerifyAnswer & { report?: VerifyAnswer };
  return body.report ?? body;
}
