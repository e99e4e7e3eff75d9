// Runs one BACKUP or RESTORE node part (a NODE_JOB task) and reports it like every node job: status
// updates with the NodeJobRecord in TaskStatus.data.job_result, progress as ExecutorMessage.job_progress.
//
//   launch ─valid→ running: the part (backup upload, restore download/import) ─settles→ done
//
// Unlike a repair, a part is not a sequence of keyspace steps that must not be cut: its unit of work is
// a file, and what it leaves half done (a snapshot, a staging directory) it cleans up itself. So abort,
// KILL, the job's timeout and SHUTDOWN all fire the part's AbortSignal at once; the part cuts off the
// files in flight (the signal reaches every putFile/getFile), cleans up and rejects. If it does not settle within the cancel grace, the runner reports
// anyway (the part keeps cleaning up in the background; `settled` says when it is really over, and no
// other node job starts before that).
import { cassandra_mesos, mesos } from '@cassandra-mesos/model';
import type { Clock, TimerHandle } from '../clock';
import { DEFAULT_NODE_JOB_SETTINGS, type NodeJobSettings } from '../jobs/machine-io';
import { parseDataJobTask } from '../jobs/data-task';
import type { NodeJobTaskData } from '../jobs/task';
import { PROTOCOL_VERSION } from '../server/machine';
import { outgoingStatus, type OutgoingStatus } from '../server/runner';
import type { DataJobDeps, DataJobOutcome, DataJobPart, DataJobSpec, DataJobType } from './context';
import { ThrottledProgress, PROGRESS_INTERVAL_MS } from './progress';

const { TaskState } = mesos.v1;
const { JobStage, NodeJobState, RestoreType, TaskErrorType } = cassandra_mesos.v1;

type CancelCause = 'abort' | 'kill' | 'timeout' | 'shutdown';
type Phase = 'idle' | 'running' | 'done';

/** What the executor gives a data job: the node's resources once the task is known to be valid. */
export interface DataJobTaskPorts {
  readonly clock: Clock;
  /** The node this executor runs; a task for another node is invalid. */
  readonly nodeId?: string;
  /** Another node job still runs on this executor: the task then fails with ANOTHER_JOB_RUNNING. */
  readonly busy?: boolean;
  /** Whether Cassandra runs on this node (a backup and a restore import need it). */
  readonly serverRunning: boolean;
  /** The part each job type runs. */
  readonly parts: Readonly<Record<DataJobType, DataJobPart>>;
  /** The node's resources for `spec` (its CQL session is opened lazily). */
  deps(spec: DataJobSpec): DataJobDeps;
  /** Called once the part has settled: closes what deps() opened (the CQL session). */
  release(): Promise<void>;
  send(update: OutgoingStatus): void;
  progress(record: cassandra_mesos.v1.NodeJobRecord): void;
}

export class DataJobTaskRunner {
  private phaseValue: Phase = 'idle';
  private spec: DataJobSpec | undefined;
  private taskIdValue = '';
  private nodeId = '';
  private state: cassandra_mesos.v1.NodeJobState = NodeJobState.NODE_JOB_PENDING;
  private startedAtMs = 0;
  private finishedAtMs = 0;
  private failureMessage = '';
  private outcome: DataJobOutcome | undefined;
  private progressSink: ThrottledProgress | undefined;
  private readonly controller = new AbortController();
  private cancelled: { readonly cause: CancelCause; readonly reason: string } | undefined;
  private timeoutTimer: TimerHandle | undefined;
  private graceTimer: TimerHandle | undefined;
  private partSettled = true;
  private resolveDone: (update: OutgoingStatus) => void = () => undefined;
  private resolveSettled: () => void = () => undefined;
  /** Resolves with the terminal status update once it has been sent. */
  readonly done: Promise<OutgoingStatus>;
  /** Resolves once the part has stopped working (can be after `done` when it overran its cancel grace). */
  readonly settled: Promise<void>;

  constructor(
    private readonly ports: DataJobTaskPorts,
    private readonly settings: NodeJobSettings = DEFAULT_NODE_JOB_SETTINGS,
  ) {
    this.done = new Promise((resolve) => (this.resolveDone = resolve));
    this.settled = new Promise((resolve) => (this.resolveSettled = resolve));
  }

  get phase(): Phase {
    return this.phaseValue;
  }

  /** True once the terminal update was sent AND the part stopped working. */
  get finished(): boolean {
    return this.phaseValue === 'done' && this.partSettled;
  }

  get taskId(): string {
    return this.taskIdValue;
  }

  get jobId(): string {
    return this.spec?.jobId ?? '';
  }

  /** The part's record as it stands (progress merged in), e.g. to answer a JobStatusRequest. */
  record(): cassandra_mesos.v1.NodeJobRecord {
    const progress = this.progressSink?.current ?? {};
    const outcome = this.outcome;
    return cassandra_mesos.v1.NodeJobRecord.create({
      jobId: this.jobId,
      nodeId: this.nodeId,
      taskId: this.taskIdValue,
      state: this.state,
      stage: this.spec?.stage ?? JobStage.JOB_STAGE_UNSPECIFIED,
      startedAtMs: this.startedAtMs,
      finishedAtMs: this.finishedAtMs,
      ...progress,
      ...(outcome
        ? {
            keyspaces: outcome.keyspaces.map((k) => ({ ...k })),
            remainingKeyspaces: [],
            bytesDone: outcome.bytesDone,
            bytesTotal: outcome.bytesTotal,
            bytesSkipped: outcome.bytesSkipped,
            filesDone: outcome.filesDone,
            filesTotal: outcome.filesTotal,
            manifestKey: outcome.manifestKey ?? '',
            manifestSha256: outcome.manifestSha256 ?? '',
          }
        : {}),
      ...(this.phaseValue === 'done' ? { currentKeyspace: '' } : {}),
      failureMessage: this.failureMessage,
    });
  }

  /** `data` is TaskInfo.data, raw or already decoded as TaskDetails. */
  launch(taskId: string, data: NodeJobTaskData): void {
    if (this.phaseValue !== 'idle') {
      this.ports.send(this.invalid(taskId, `this runner already runs data job task '${this.taskIdValue}'; launch a new runner per task`));
      return;
    }
    this.taskIdValue = taskId;
    const parsed = parseDataJobTask(taskId, data, this.ports.nodeId);
    if (!parsed.ok) {
      this.nodeId = parsed.nodeId;
      this.phaseValue = 'done';
      this.terminal(this.invalid(taskId, parsed.message));
      this.resolveSettled();
      return;
    }
    const spec = (this.spec = parsed.spec);
    this.nodeId = spec.nodeId;
    this.startedAtMs = this.ports.clock.now();
    if (this.ports.busy === true) {
      return this.refuse(TaskErrorType.ANOTHER_JOB_RUNNING, `another node job still runs on ${this.nodeId}, so ${this.describe()} was not started (one job per node at a time)`);
    }
    if (needsCassandra(spec) && !this.ports.serverRunning) {
      return this.refuse(TaskErrorType.PROCESS_NOT_RUNNING, `Cassandra is not running on ${this.nodeId}, so ${this.describe()} cannot run; start the node first`);
    }
    const deps = this.ports.deps(spec);
    if (deps.dataDirectories.length === 0) {
      // Only a server task tells the executor where the node's data lives (data_dir: persistent volume or sandbox).
      return this.refuse(TaskErrorType.PROCESS_NOT_RUNNING, `this executor has not run a server task of ${this.nodeId}, so it does not know the node's data directory and ${this.describe()} cannot run; launch the node's server task on this executor first`);
    }
    this.start(spec, deps);
  }

  /** The scheduler's AbortNodeJob: the part cuts off the files in flight, cleans up, TASK_KILLED. */
  abort(reason: string): void {
    this.cancel('abort', `aborted: ${reason || 'no reason given'}`);
  }

  /** KILL of the job task: like an abort (a data part has no step worth finishing first). */
  kill(graceMs?: number): void {
    void graceMs;
    this.cancel('kill', 'the task was killed');
  }

  /** SHUTDOWN of the executor: stops the part and reports within the budget. */
  shutdown(budgetMs: number): void {
    // Leave part of the budget for the terminal update to reach the agent.
    const graceMs = Math.min(this.settings.cancelGraceMs, Math.max(0, Math.floor(budgetMs * 0.5)));
    this.cancel('shutdown', 'the executor is shutting down', graceMs);
  }

  private start(spec: DataJobSpec, deps: DataJobDeps): void {
    this.phaseValue = 'running';
    this.state = NodeJobState.NODE_JOB_RUNNING;
    this.partSettled = false;
    const progress = (this.progressSink = new ThrottledProgress(this.ports.clock, () => this.ports.progress(this.record()), PROGRESS_INTERVAL_MS));
    this.timeoutTimer = this.ports.clock.setTimer(spec.jobTimeoutMs, () => {
      this.timeoutTimer = undefined;
      this.cancel('timeout', `the ${verb(spec)}'s timeout of ${seconds(spec.jobTimeoutMs)} on ${this.nodeId} passed`);
    });
    this.ports.send(this.update(TaskState.TASK_RUNNING, `${this.describe()} started: ${what(spec)}`));
    let running: Promise<DataJobOutcome>;
    try {
      running = this.ports.parts[spec.type](spec, deps, progress, this.controller.signal);
    } catch (err) {
      running = Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
    void running
      .then(
        (outcome) => this.partEnded({ ok: true, outcome }),
        (err: unknown) => this.partEnded({ ok: false, message: err instanceof Error ? err.message : String(err) }),
      )
      .finally(() => this.afterPart());
  }

  private async afterPart(): Promise<void> {
    try {
      await this.ports.release();
    } catch {
      // closing a CQL session that failed to open is not worth a report
    }
    this.partSettled = true;
    this.resolveSettled();
  }

  private cancel(cause: CancelCause, reason: string, graceMs = this.settings.cancelGraceMs): void {
    if (this.phaseValue !== 'running') return;
    if (this.cancelled) {
      // A shutdown during an abort shortens the grace; nothing else changes the first reason.
      if (cause === 'shutdown') this.armGrace(graceMs);
      return;
    }
    this.cancelled = { cause, reason };
    this.controller.abort(new Error(reason));
    this.armGrace(graceMs);
  }

  private armGrace(graceMs: number): void {
    this.graceTimer?.cancel();
    this.graceTimer = this.ports.clock.setTimer(graceMs, () => {
      this.graceTimer = undefined;
      this.partEnded({ ok: false, message: `the part did not stop within ${seconds(graceMs)}; it is still cleaning up in the background` });
    });
  }

  private partEnded(result: { ok: true; outcome: DataJobOutcome } | { ok: false; message: string }): void {
    if (this.phaseValue !== 'running') return;
    const spec = this.requireSpec();
    this.timeoutTimer?.cancel();
    this.graceTimer?.cancel();
    this.progressSink?.close();
    this.phaseValue = 'done';
    this.finishedAtMs = this.ports.clock.now();
    const took = duration(this.finishedAtMs - this.startedAtMs);
    if (result.ok) {
      // Finished before the cancellation took effect: the work is done, so it is reported as done.
      this.outcome = result.outcome;
      this.state = NodeJobState.NODE_JOB_SUCCEEDED;
      this.terminal(this.update(TaskState.TASK_FINISHED, `${verb(spec)} on ${this.nodeId} succeeded in ${took}: ${result.outcome.summary}`));
      return;
    }
    const cancelled = this.cancelled;
    if (cancelled && cancelled.cause !== 'timeout') {
      this.state = NodeJobState.NODE_JOB_ABORTED;
      this.failureMessage = `${cancelled.reason}; ${result.message}`;
      this.terminal(this.update(TaskState.TASK_KILLED, `${verb(spec)} on ${this.nodeId} stopped after ${took}: ${this.failureMessage}`));
      return;
    }
    this.state = NodeJobState.NODE_JOB_FAILED;
    this.failureMessage = cancelled ? `${cancelled.reason}; ${result.message}` : `${verb(spec)} on ${this.nodeId} failed: ${result.message}`;
    this.terminal(this.update(TaskState.TASK_FAILED, this.failureMessage));
  }

  /** A valid task that cannot run here and now: TASK_FAILED with the TaskError saying why. */
  private refuse(type: cassandra_mesos.v1.TaskErrorType, message: string): void {
    this.phaseValue = 'done';
    this.state = NodeJobState.NODE_JOB_FAILED;
    this.failureMessage = message;
    this.finishedAtMs = this.ports.clock.now();
    this.resolveSettled();
    this.terminal(
      outgoingStatus({
        type: 'update',
        taskId: this.taskIdValue,
        state: TaskState.TASK_FAILED,
        message,
        // TaskStatusDetails carries an error or a job result (a oneof): a refusal is an error.
        details: { protocolVersion: PROTOCOL_VERSION, nodeId: this.nodeId, error: { type, message } },
      }),
    );
  }

  private terminal(update: OutgoingStatus): void {
    this.ports.send(update);
    this.resolveDone(update);
  }

  private update(state: mesos.v1.TaskState, message: string): OutgoingStatus {
    return outgoingStatus({ type: 'update', taskId: this.taskIdValue, state, message, details: { protocolVersion: PROTOCOL_VERSION, nodeId: this.nodeId, jobResult: this.record() } });
  }

  private invalid(taskId: string, message: string): OutgoingStatus {
    return outgoingStatus({
      type: 'update',
      taskId,
      state: TaskState.TASK_ERROR,
      message,
      reason: mesos.v1.TaskStatus.Reason.REASON_TASK_INVALID,
      details: { protocolVersion: PROTOCOL_VERSION, nodeId: this.nodeId, error: { type: TaskErrorType.INVALID_TASK, message } },
    });
  }

  private describe(): string {
    const spec = this.requireSpec();
    return `${verb(spec)} of job ${spec.jobId} on ${this.nodeId}`;
  }

  private requireSpec(): DataJobSpec {
    if (!this.spec) throw new Error('DataJobTaskRunner: no job launched'); // unreachable: only called after a valid launch
    return this.spec;
  }
}

/** A backup and a cluster restore's import talk to Cassandra; a download only touches the disk. */
function needsCassandra(spec: DataJobSpec): boolean {
  return spec.type === 'BACKUP' || spec.stage === JobStage.RESTORE_IMPORT;
}

/** How messages name the part: "backup upload", "restore download", "node restore". */
function verb(spec: DataJobSpec): string {
  if (spec.type === 'BACKUP') return 'backup upload';
  if (spec.options.restoreType === RestoreType.NODE_RESTORE) return 'node restore';
  return spec.stage === JobStage.RESTORE_IMPORT ? 'restore import' : 'restore download';
}

function what(spec: DataJobSpec): string {
  const keyspaces = spec.keyspaces.length > 0 ? `keyspaces ${spec.keyspaces.join(', ')}` : 'every user keyspace';
  const where = spec.options.storage === 's3' ? `s3://${spec.options.bucket}${spec.options.prefix ? `/${spec.options.prefix}` : ''}` : `local directory ${spec.options.prefix || 'backup'}`;
  return `backup ${spec.options.backupName}, ${keyspaces}, ${where}`;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function duration(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
