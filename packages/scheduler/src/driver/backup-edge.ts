// The driver's backup/restore edge: what the pure core asks of the outside world for these jobs.
// - commit-backup: the BackupCommitter writes the cluster manifest and catalogue entry, answered by a
//   'backup-committed' input; pause-applications / unpause-applications: Cassy's Pause/Unpause through
//   the ApplicationPauser, answered by 'applications-paused' (unpause has no answer; it is retried).
//   These run in the background: the driver's turn never waits on S3 or an application.
// - S3 keys: every LAUNCH of a BACKUP/RESTORE node job gets `credentials` (TaskDetails.node_job) from the
//   CredentialVault (the request's keys) or the scheduler's env keys. The model never sees them and
//   they are never logged. A job that needs request keys this process does not hold (they died with
//   the leader that accepted the request) is aborted with the contract's reason.
import type { Logger } from 'pino';
import { cassandra_mesos, decodeMessage, encodeMessage, mesos, type Decision, type SchedulerInput, type SchedulerState } from '@cassandra-mesos/model';
import type { BackupCommitter, KeysLookup } from '../backup/committer';
import type { CredentialVault } from '../backup/credential-vault';
import type { ApplicationPauser, StorageKeys } from '../backup/types';

type MesosOperation = Extract<Decision, { type: 'accept' }>['operations'][number];
type ClusterJob = cassandra_mesos.v1.ClusterJob;
const { ClusterJobType } = cassandra_mesos.v1;
const OperationType = mesos.v1.Offer.Operation.Type;

/** Why a job whose request keys are gone is aborted (the backup contract's wording). */
export const LOST_KEYS_REASON =
  'the S3 keys given with the request were held only in the memory of the scheduler that accepted it; start the backup again';

export interface BackupEdgeOptions {
  readonly vault: CredentialVault;
  /** CASSANDRA_MESOS_S3_* keys of the scheduler: used for launches and commits of jobs without request keys. */
  readonly envKeys?: StorageKeys | undefined;
  readonly committer: BackupCommitter;
  /** Absent: consistent backups fail at their pause stage with a message saying so. */
  readonly pauser?: ApplicationPauser | undefined;
  /** The storage namespace of this cluster's backups (the framework name). */
  readonly frameworkName: string;
  readonly log: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Unpause attempts (default 3) and the wait before the 2nd, doubled after (default 2 s). */
  readonly unpauseAttempts?: number;
  readonly unpauseRetryMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Where the driver puts answers: queued as inputs, in turn with everything else. */
export type Answer = (input: SchedulerInput) => void;

function isDataJob(type: number | null | undefined): boolean {
  return type === ClusterJobType.BACKUP || type === ClusterJobType.RESTORE;
}

function needsRequestKeys(job: ClusterJob | undefined): boolean {
  return job !== undefined && isDataJob(job.type) && job.params?.backup?.requestCredentials === true;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export class BackupEdge {
  private readonly inFlight = new Map<string, Promise<void>>();
  /** Jobs this process already asked to abort for lost keys (the abort is asked once). */
  private readonly abortsAsked = new Set<string>();

  constructor(private readonly options: BackupEdgeOptions) {}

  /** Holds the request's keys for the job that was just started with them. */
  holdKeys(jobId: string, keys: StorageKeys): void {
    this.options.vault.put(jobId, keys);
  }

  /** The job ended (archived): its keys are dropped. */
  jobEnded(jobId: string): void {
    if (this.options.vault.delete(jobId)) this.options.log.info({ jobId }, 'S3 keys of the request dropped: the job ended');
    this.abortsAsked.delete(jobId);
  }

  /** The running job, when it needs request keys this process lacks and no abort was asked yet. */
  jobLackingKeys(state: SchedulerState | undefined): string | undefined {
    const job = state?.job?.header;
    if (!job || !needsRequestKeys(job) || job.abortRequested || this.options.vault.has(job.jobId) || this.abortsAsked.has(job.jobId)) return undefined;
    this.abortsAsked.add(job.jobId);
    return job.jobId;
  }

  private keysOf(job: ClusterJob): KeysLookup {
    if (!needsRequestKeys(job)) return { kind: 'keys', keys: this.options.envKeys };
    const keys = this.options.vault.get(job.jobId);
    return keys ? { kind: 'keys', keys } : { kind: 'lost', message: LOST_KEYS_REASON };
  }

  /**
   * The accept's operations with S3 keys added to every BACKUP/RESTORE node-job launch. A launch of a
   * job whose request keys are gone is left out (the job is being aborted); `lostKeys` names such jobs.
   */
  prepareLaunches(operations: readonly MesosOperation[], state: SchedulerState | undefined): { operations: MesosOperation[]; lostKeys: string[] } {
    const lostKeys = new Set<string>();
    const out: MesosOperation[] = [];
    for (const op of operations) {
      if (op.type !== OperationType.LAUNCH || !op.launch?.task_infos) {
        out.push(op);
        continue;
      }
      const tasks: mesos.v1.TaskInfo.$Properties[] = [];
      for (const task of op.launch.task_infos) {
        const prepared = this.withKeys(task, state);
        if (prepared === 'lost') lostKeys.add(jobIdOf(task) ?? '');
        else tasks.push(prepared);
      }
      if (tasks.length > 0) out.push({ ...op, launch: { ...op.launch, task_infos: tasks } });
    }
    return { operations: out, lostKeys: [...lostKeys].filter((id) => id !== '') };
  }

  private withKeys(task: mesos.v1.TaskInfo.$Properties, state: SchedulerState | undefined): mesos.v1.TaskInfo.$Properties | 'lost' {
    if (!task.data || task.data.length === 0) return task;
    let details: cassandra_mesos.v1.TaskDetails;
    try {
      details = decodeMessage<cassandra_mesos.v1.TaskDetails>(cassandra_mesos.v1.TaskDetails, task.data, `TaskInfo.data of ${task.task_id?.value ?? '(no id)'}`);
    } catch {
      return task; // not ours to change; the model built it, the executor will say what is wrong
    }
    const nodeJob = details.nodeJob;
    if (!nodeJob || !isDataJob(nodeJob.type)) return task;
    const current = state?.job?.header;
    const job = current?.jobId === nodeJob.jobId ? current : undefined;
    const jobId = nodeJob.jobId ?? '';
    const requestKeys = nodeJob.params?.backup?.requestCredentials === true || needsRequestKeys(job);
    const keys = requestKeys ? this.options.vault.get(jobId) : this.options.envKeys;
    if (requestKeys && !keys) {
      this.options.log.error({ jobId, taskId: task.task_id?.value }, `not launching a part of job ${jobId}: ${LOST_KEYS_REASON}`);
      return 'lost';
    }
    if (!keys) return task; // the executor uses its default AWS credential chain
    const credentials = cassandra_mesos.v1.StorageCredentials.create({ accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey, sessionToken: keys.sessionToken ?? '' });
    const withCredentials = cassandra_mesos.v1.TaskDetails.create({ ...details, nodeJob: cassandra_mesos.v1.NodeJobTask.create({ ...nodeJob, credentials }) });
    return { ...task, data: encodeMessage(cassandra_mesos.v1.TaskDetails, withCredentials) };
  }

  /** Carries out a backup decision in the background; false when `d` is not one. */
  carryOut(d: Decision, state: SchedulerState | undefined, answer: Answer): boolean {
    if (d.type === 'commit-backup') {
      const hostnames = new Map([...(state?.nodes.values() ?? [])].map((n) => [n.nodeId, n.hostname]));
      this.background(`commit:${d.job.jobId}`, async () => {
        const outcome = await this.options.committer.commit(d.job, d.nodes, this.options.frameworkName, this.keysOf(d.job), hostnames);
        if (outcome.ok) this.options.log.info({ jobId: d.job.jobId }, outcome.message);
        else this.options.log.error({ jobId: d.job.jobId }, `backup commit failed: ${outcome.message}`);
        answer({ type: 'backup-committed', jobId: d.job.jobId, ok: outcome.ok, message: outcome.message });
      });
      return true;
    }
    if (d.type === 'pause-applications') {
      this.background(`pause:${d.jobId}`, async () => {
        const result = await this.pause(d.srv, d.timeoutMs);
        if (result.ok) this.options.log.info({ jobId: d.jobId, srv: d.srv }, `applications paused: ${result.message}`);
        else this.options.log.warn({ jobId: d.jobId, srv: d.srv }, `applications not paused: ${result.message}`);
        answer({ type: 'applications-paused', jobId: d.jobId, ...result });
      });
      return true;
    }
    if (d.type === 'unpause-applications') {
      this.background(`unpause:${d.jobId}`, () => this.unpause(d.jobId, d.srv));
      return true;
    }
    return false;
  }

  private async pause(srv: string, timeoutMs: number): Promise<{ ok: boolean; message: string }> {
    const pauser = this.options.pauser;
    if (!pauser) return { ok: false, message: 'this scheduler has no application pause client (gRPC), so it cannot pause the applications for a consistent backup' };
    try {
      const paused = await pauser.pause(srv, timeoutMs);
      return { ok: paused.ok, message: paused.message || (paused.ok ? `paused ${paused.hosts.length} host(s): ${paused.hosts.join(', ')}` : 'the pause failed') };
    } catch (err) {
      return { ok: false, message: `pausing the applications behind ${srv} failed: ${messageOf(err)}` };
    }
  }

  private async unpause(jobId: string, srv: string): Promise<void> {
    const pauser = this.options.pauser;
    if (!pauser) return;
    const attempts = this.options.unpauseAttempts ?? 3;
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    let wait = this.options.unpauseRetryMs ?? 2_000;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        await pauser.unpause(srv);
        this.options.log.info({ jobId, srv, attempt }, 'applications unpaused');
        return;
      } catch (err) {
        const last = attempt === attempts;
        this.options.log[last ? 'error' : 'warn'](
          { jobId, srv, attempt, error: messageOf(err) },
          last ? `unpausing the applications behind ${srv} failed ${attempts} times; they unpause by themselves when their pause times out, or unpause them by hand` : 'unpausing the applications failed; retrying',
        );
        if (!last) {
          await sleep(wait);
          wait *= 2;
        }
      }
    }
  }

  /** Runs `work` unless the same action is still in flight (the core repeats actions it has no answer for). */
  private background(key: string, work: () => Promise<void>): void {
    if (this.inFlight.has(key)) return;
    const running = work()
      .catch((err: unknown) => this.options.log.error({ action: key, error: messageOf(err) }, 'a backup action failed unexpectedly'))
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, running);
  }

  /** Waits for the actions in flight (the driver stops). */
  async drain(): Promise<void> {
    await Promise.all([...this.inFlight.values()]);
  }
}

function jobIdOf(task: mesos.v1.TaskInfo.$Properties): string | undefined {
  try {
    return decodeMessage(cassandra_mesos.v1.TaskDetails, task.data, 'TaskInfo.data').nodeJob?.jobId ?? undefined;
  } catch {
    return undefined;
  }
}
