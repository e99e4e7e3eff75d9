// A NODE_JOB task (this node's part of a cluster job) as a deterministic core: inputs (launch, listing
// and step results, abort, KILL, SHUTDOWN, timers) in; outputs (status updates, progress records,
// operations to run or cancel, timers) out. No I/O and no clock. NodeJobTaskRunner executes the outputs.
//
//   idle ─launch→ resolving (list keyspaces [+ tables]) ─ok→ running: one keyspace after another → done
//
// Abort and KILL take effect between keyspaces: the running step finishes (a repair session is not
// cancelled), the rest are SKIPPED. A running step is cancelled only when a limit passes: the step's
// own timeout (repair), the job's timeout, the KILL's grace period, or an executor SHUTDOWN.
import { cassandra_mesos, mesos } from '@cassandra-mesos/model';
import { PROTOCOL_VERSION } from '../server/machine';
import { checkTables, resolveKeyspaces } from './keyspaces';
import { DEFAULT_NODE_JOB_SETTINGS, type NodeJobInput, type NodeJobOutput, type NodeJobPhase, type NodeJobSettings, type NodeJobStatusUpdate, type NodeJobTimer } from './machine-io';
import type { KeyspaceListing, StepReport } from './operations';
import { parseNodeJobTask, type NodeJobSpec } from './task';

const { TaskState } = mesos.v1;
const { NodeJobState, TaskErrorType } = cassandra_mesos.v1;

type Outcome = 'succeeded' | 'failed' | 'aborted';

const OUTCOME_STATE: Record<Outcome, cassandra_mesos.v1.NodeJobState> = {
  succeeded: NodeJobState.NODE_JOB_SUCCEEDED,
  failed: NodeJobState.NODE_JOB_FAILED,
  aborted: NodeJobState.NODE_JOB_ABORTED,
};

type CancelCause = 'step-timeout' | 'job-timeout' | 'kill' | 'shutdown';

interface RunningStep {
  readonly opId: number;
  readonly keyspace: string;
  readonly startedAtMs: number;
}

export class NodeJobMachine {
  private phaseValue: NodeJobPhase = 'idle';
  private taskIdValue = '';
  private nodeId = '';
  private spec: NodeJobSpec | undefined;
  private state: cassandra_mesos.v1.NodeJobState = NodeJobState.NODE_JOB_PENDING;
  private startedAtMs = 0;
  private finishedAtMs = 0;
  private failureMessage = '';
  private lastOpId = 0;
  private listingOp: number | undefined;
  /** Resolved keyspaces, in visiting order; `next` indexes the first not yet started. */
  private plan: string[] = [];
  private next = 0;
  private readonly finished: cassandra_mesos.v1.KeyspaceProgress.$Properties[] = [];
  private current: RunningStep | undefined;
  private cancelling: { readonly reason: string; readonly cause: CancelCause; readonly atMs: number } | undefined;
  private stopReason: string | undefined;
  private readonly timers = new Map<NodeJobTimer, number>();

  constructor(readonly settings: NodeJobSettings = DEFAULT_NODE_JOB_SETTINGS) {}

  get phase(): NodeJobPhase {
    return this.phaseValue;
  }

  get taskId(): string {
    return this.taskIdValue;
  }

  get jobId(): string {
    return this.spec?.jobId ?? '';
  }

  /** The job's record as it stands (answers a scheduler's JobStatusRequest). */
  record(): cassandra_mesos.v1.NodeJobRecord.$Properties {
    return {
      jobId: this.jobId,
      nodeId: this.nodeId,
      taskId: this.taskIdValue,
      state: this.state,
      startedAtMs: this.startedAtMs,
      finishedAtMs: this.finishedAtMs,
      keyspaces: this.finished.map((k) => ({ ...k })),
      remainingKeyspaces: this.plan.slice(this.next),
      currentKeyspace: this.current?.keyspace ?? '',
      failureMessage: this.failureMessage,
    };
  }

  /** Feeds one input at time `nowMs`; returns what to do, in order. */
  handle(input: NodeJobInput, nowMs: number): NodeJobOutput[] {
    switch (input.type) {
      case 'launch':
        return this.launch(input, nowMs);
      case 'keyspaces-listed':
        return this.isListing(input.opId) ? this.keyspacesListed(input.listing, nowMs) : [];
      case 'tables-listed':
        return this.isListing(input.opId) ? this.tablesListed(input.tables, nowMs) : [];
      case 'listing-failed':
        if (!this.isListing(input.opId)) return [];
        return this.finish('failed', `cannot resolve the keyspaces of ${this.describe()}: ${input.message}`, nowMs);
      case 'step-finished':
        return this.current?.opId === input.opId ? this.settle({ ok: true, report: input.report }, nowMs) : [];
      case 'step-failed':
        return this.current?.opId === input.opId ? this.settle({ ok: false, message: input.message }, nowMs) : [];
      case 'abort':
        return this.stop(`aborted: ${input.reason || 'no reason given'}`, nowMs);
      case 'kill': {
        const out = this.stop('the task was killed', nowMs);
        if (input.graceMs !== undefined && this.current && !this.cancelling) {
          out.push(this.setTimer('kill-grace', nowMs + Math.max(0, input.graceMs)));
        }
        return out;
      }
      case 'shutdown':
        return this.shutdown(input.graceMs, nowMs);
      case 'timer':
        return this.timer(input.timer, nowMs);
    }
  }

  private launch(input: Extract<NodeJobInput, { type: 'launch' }>, nowMs: number): NodeJobOutput[] {
    const { taskId } = input;
    if (this.phaseValue !== 'idle') {
      return [this.error(taskId, `this runner already runs node job task '${this.taskIdValue}'; launch a new runner per task`)];
    }
    this.taskIdValue = taskId;
    const parsed = parseNodeJobTask(taskId, input.data, input.nodeId);
    if (!parsed.ok) {
      this.nodeId = parsed.nodeId;
      this.phaseValue = 'done';
      return [this.error(taskId, parsed.message)];
    }
    const spec = (this.spec = parsed.spec);
    this.nodeId = spec.nodeId;
    this.startedAtMs = nowMs;
    if (input.serverRunning === false) {
      return this.refuse(TaskErrorType.PROCESS_NOT_RUNNING, `Cassandra is not running on ${this.nodeId}, so ${this.describe()} cannot run; start the node first`, nowMs);
    }
    if (input.otherJobRunning === true) {
      return this.refuse(TaskErrorType.ANOTHER_JOB_RUNNING, `another node job still runs on ${this.nodeId}, so ${this.describe()} was not started (one job per node at a time)`, nowMs);
    }
    this.phaseValue = 'resolving';
    const which = spec.keyspaces.length > 0 ? `keyspaces ${spec.keyspaces.join(', ')}` : 'every user keyspace';
    const out: NodeJobOutput[] = [this.update(TaskState.TASK_STARTING, `${this.describe()} accepted for ${which}; checking them on the node`)];
    if (spec.jobTimeoutMs !== undefined) out.push(this.setTimer('job-timeout', nowMs + spec.jobTimeoutMs));
    this.listingOp = ++this.lastOpId;
    out.push({ type: 'list-keyspaces', opId: this.listingOp });
    return out;
  }

  private isListing(opId: number): boolean {
    return this.phaseValue === 'resolving' && this.listingOp === opId;
  }

  private keyspacesListed(listing: KeyspaceListing, nowMs: number): NodeJobOutput[] {
    const spec = this.requireSpec();
    this.listingOp = undefined;
    const resolved = resolveKeyspaces(spec.keyspaces, listing, this.nodeId);
    if (!resolved.ok) return this.finish('failed', resolved.message, nowMs);
    this.plan = [...resolved.keyspaces];
    if (spec.tables.length > 0 && this.plan.length > 0) {
      this.listingOp = ++this.lastOpId;
      return [{ type: 'list-tables', opId: this.listingOp, keyspaces: [...this.plan] }];
    }
    return this.begin(nowMs);
  }

  private tablesListed(tables: ReadonlyMap<string, readonly string[]>, nowMs: number): NodeJobOutput[] {
    this.listingOp = undefined;
    const byKeyspace = new Map(this.plan.map((k) => [k, tables.get(k) ?? []] as const));
    const problem = checkTables(this.requireSpec().tables, byKeyspace, this.nodeId);
    return problem === undefined ? this.begin(nowMs) : this.finish('failed', problem, nowMs);
  }

  private begin(nowMs: number): NodeJobOutput[] {
    const spec = this.requireSpec();
    this.phaseValue = 'running';
    this.state = NodeJobState.NODE_JOB_RUNNING;
    if (this.plan.length === 0) return this.finish('succeeded', '', nowMs);
    const step = this.startStep(nowMs);
    const message = `${spec.verb} of ${this.plan.length} keyspace(s) on ${this.nodeId}: ${this.plan.join(', ')}`;
    return [this.update(TaskState.TASK_RUNNING, message), ...step];
  }

  private startStep(nowMs: number): NodeJobOutput[] {
    const spec = this.requireSpec();
    const keyspace = this.plan[this.next++] ?? '';
    const step: RunningStep = { opId: ++this.lastOpId, keyspace, startedAtMs: nowMs };
    this.current = step;
    const out: NodeJobOutput[] = [{ type: 'run-step', opId: step.opId, keyspace, tables: [...spec.tables], operation: spec.operation }];
    if (spec.stepTimeoutMs !== undefined) out.push(this.setTimer('step-timeout', nowMs + spec.stepTimeoutMs));
    return out;
  }

  /** The running step ended (or was given up after its cancellation grace). */
  private settle(result: { ok: true; report: StepReport } | { ok: false; message: string }, nowMs: number): NodeJobOutput[] {
    const spec = this.requireSpec();
    const step = this.current;
    if (!step) return [];
    const out = compact([this.cancel('step-timeout'), this.cancel('cancel-grace'), this.cancel('kill-grace')]);
    const cancelled = this.cancelling;
    this.cancelling = undefined;
    this.current = undefined;
    const base = { keyspace: step.keyspace, durationMs: nowMs - step.startedAtMs };
    if (result.ok) {
      this.finished.push({ ...base, status: 'SUCCESS', message: result.report.message, bytes: result.report.bytes ?? 0 });
      if (this.stopReason !== undefined) return [...out, ...this.finish('aborted', this.stopReason, nowMs)];
      if (this.next >= this.plan.length) return [...out, ...this.finish('succeeded', '', nowMs)];
      const step = this.startStep(nowMs);
      out.push({ type: 'progress', record: this.record() }, ...step);
      return out;
    }
    // A cancellation's reason already names the keyspace; a plain failure gets it prefixed.
    const entry = cancelled ? `${cancelled.reason}; ${result.message}` : result.message;
    this.finished.push({ ...base, status: 'FAILURE', message: entry });
    if (this.stopReason !== undefined) {
      return [...out, ...this.finish('aborted', `${this.stopReason}; keyspace "${step.keyspace}" did not complete: ${entry}`, nowMs)];
    }
    const failure = cancelled ? entry : `${spec.verb} of keyspace "${step.keyspace}" failed on ${this.nodeId}: ${entry}`;
    return [...out, ...this.finish('failed', failure, nowMs, `not run: the job failed at keyspace "${step.keyspace}"`)];
  }

  /** Abort or KILL: ends now while resolving, otherwise after the running step. */
  private stop(reason: string, nowMs: number): NodeJobOutput[] {
    if (this.phaseValue === 'resolving') {
      this.stopReason = reason;
      return this.finish('aborted', reason, nowMs);
    }
    if (this.phaseValue !== 'running') return [];
    // A KILL after an abort still ends as TASK_KILLED; the first reason is the one reported.
    this.stopReason ??= reason;
    return [];
  }

  private shutdown(budgetMs: number, nowMs: number): NodeJobOutput[] {
    const out = this.stop('the executor is shutting down', nowMs);
    if (this.phaseValue !== 'running' || !this.current) return out;
    // Leave part of the budget for the terminal update to reach the agent.
    const graceMs = Math.min(this.settings.cancelGraceMs, Math.max(0, Math.floor(budgetMs * 0.5)));
    if (!this.cancelling) return [...out, ...this.cancelStep(`${this.stepName()} was cancelled: the executor is shutting down`, 'shutdown', nowMs, graceMs)];
    const at = this.timers.get('cancel-grace');
    if (at !== undefined && at > nowMs + graceMs) out.push(this.setTimer('cancel-grace', nowMs + graceMs));
    return out;
  }

  private timer(timer: NodeJobTimer, nowMs: number): NodeJobOutput[] {
    if (!this.timers.delete(timer)) return []; // cancelled meanwhile
    const spec = this.requireSpec();
    switch (timer) {
      case 'job-timeout': {
        const limit = `the job's timeout of ${seconds(spec.jobTimeoutMs ?? 0)} on ${this.nodeId} passed`;
        if (this.phaseValue === 'resolving') {
          return this.finish('failed', `${this.describe()} did not start: ${limit} while the keyspaces were being checked`, nowMs);
        }
        return this.current ? this.cancelStep(`${this.stepName()} was cancelled: ${limit}`, 'job-timeout', nowMs) : [];
      }
      case 'step-timeout':
        if (!this.current) return [];
        return this.cancelStep(`${this.stepName()} did not finish within its timeout of ${seconds(spec.stepTimeoutMs ?? 0)} on ${this.nodeId}`, 'step-timeout', nowMs);
      case 'kill-grace':
        return this.current ? this.cancelStep(`${this.stepName()} was cancelled: the task was killed and its grace period passed`, 'kill', nowMs) : [];
      case 'cancel-grace': {
        const waitedMs = nowMs - (this.cancelling?.atMs ?? nowMs);
        return this.settle({ ok: false, message: `it did not confirm the cancellation within ${duration(waitedMs)}; it may still run on Cassandra` }, nowMs);
      }
    }
  }

  private cancelStep(reason: string, cause: CancelCause, nowMs: number, graceMs = this.settings.cancelGraceMs): NodeJobOutput[] {
    const step = this.current;
    if (!step || this.cancelling) return [];
    this.cancelling = { reason, cause, atMs: nowMs };
    return compact([this.cancel('step-timeout'), this.cancel('kill-grace'), { type: 'cancel', opId: step.opId, reason }, this.setTimer('cancel-grace', nowMs + graceMs)]);
  }

  private finish(outcome: Outcome, failureMessage: string, nowMs: number, skipNote?: string): NodeJobOutput[] {
    const spec = this.requireSpec();
    const out: NodeJobOutput[] = [...this.timers.keys()].map((timer) => ({ type: 'cancel-timer' as const, timer }));
    this.timers.clear();
    if (this.listingOp !== undefined) out.push({ type: 'cancel', opId: this.listingOp, reason: failureMessage || 'the job ended' });
    this.listingOp = undefined;
    const skipped = this.plan.slice(this.next);
    const note = skipNote ?? (outcome === 'aborted' ? `not run: ${failureMessage}` : 'not run: the job failed before it got here');
    for (const keyspace of skipped) this.finished.push({ keyspace, status: 'SKIPPED', durationMs: 0, message: note });
    this.next = this.plan.length;
    this.phaseValue = 'done';
    this.state = OUTCOME_STATE[outcome];
    this.failureMessage = failureMessage;
    this.finishedAtMs = nowMs;
    const took = duration(nowMs - this.startedAtMs);
    switch (outcome) {
      case 'succeeded': {
        const what = this.plan.length === 0 ? `nothing to do: ${this.nodeId} has no user keyspaces` : `${this.plan.length} keyspace(s) done in ${took}`;
        out.push(this.update(TaskState.TASK_FINISHED, `${spec.verb} on ${this.nodeId} succeeded: ${what}`));
        break;
      }
      case 'aborted': {
        const tail = skipped.length > 0 ? `; skipped: ${skipped.join(', ')}` : '';
        out.push(this.update(TaskState.TASK_KILLED, `${spec.verb} on ${this.nodeId} stopped after ${took} (${failureMessage})${tail}`));
        break;
      }
      case 'failed':
        out.push(this.update(TaskState.TASK_FAILED, failureMessage));
    }
    return out;
  }

  /** A valid task that cannot run here and now: TASK_FAILED with the TaskError saying why. */
  private refuse(type: cassandra_mesos.v1.TaskErrorType, message: string, nowMs: number): NodeJobOutput[] {
    this.phaseValue = 'done';
    this.state = NodeJobState.NODE_JOB_FAILED;
    this.failureMessage = message;
    this.finishedAtMs = nowMs;
    return [
      { type: 'update', taskId: this.taskIdValue, state: TaskState.TASK_FAILED, message, details: { protocolVersion: PROTOCOL_VERSION, nodeId: this.nodeId, error: { type, message } } },
    ];
  }

  private update(state: mesos.v1.TaskState, message: string): NodeJobStatusUpdate {
    return { type: 'update', taskId: this.taskIdValue, state, message, details: { protocolVersion: PROTOCOL_VERSION, nodeId: this.nodeId, jobResult: this.record() } };
  }

  private error(taskId: string, message: string): NodeJobStatusUpdate {
    return {
      type: 'update',
      taskId,
      state: TaskState.TASK_ERROR,
      message,
      reason: mesos.v1.TaskStatus.Reason.REASON_TASK_INVALID,
      details: { protocolVersion: PROTOCOL_VERSION, nodeId: this.nodeId, error: { type: TaskErrorType.INVALID_TASK, message } },
    };
  }

  private describe(): string {
    const spec = this.requireSpec();
    return `${spec.verb} job ${spec.jobId} on ${this.nodeId}`;
  }

  private stepName(): string {
    return `${this.requireSpec().verb} of keyspace "${this.current?.keyspace ?? ''}"`;
  }

  private requireSpec(): NodeJobSpec {
    if (!this.spec) throw new Error('NodeJobMachine: no job launched'); // unreachable: inputs before launch are ignored
    return this.spec;
  }

  private setTimer(timer: NodeJobTimer, atMs: number): NodeJobOutput {
    this.timers.set(timer, atMs);
    return { type: 'set-timer', timer, atMs };
  }

  private cancel(timer: NodeJobTimer): NodeJobOutput | undefined {
    if (!this.timers.delete(timer)) return undefined;
    return { type: 'cancel-timer', timer };
  }
}

function compact(outputs: ReadonlyArray<NodeJobOutput | undefined>): NodeJobOutput[] {
  return outputs.filter((o): o is NodeJobOutput => o !== undefined);
}

/** A configured limit, e.g. "600 s". */
function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** A measured time: tenths while short, whole seconds after. */
function duration(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
