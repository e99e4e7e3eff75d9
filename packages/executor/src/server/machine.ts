// The SERVER task's lifecycle as a deterministic core: inputs (launch, process events, Jolokia probe
// and drain results, timers, KILL, SHUTDOWN) in, outputs (status updates with TaskStatusDetails,
// actions, timers) out. No I/O and no clock: time is a parameter, timers are outputs and come back as
// inputs. ServerTaskRunner executes the outputs.
//
//   idle ─launch→ starting ─process-started→ waiting-for-jolokia ─probe ok→ running
//   running ─kill→ draining ─drained/timeout→ terminating (SIGTERM) ─grace→ killing (SIGKILL)
//   any started phase ─process-exited→ done   (TASK_KILLED if we stopped it, else TASK_FAILED)
import { cassandra_mesos, decodeMessage, mesos, WireFormatError } from '@cassandra-mesos/model';

/** The scheduler↔executor protocol version this executor speaks (TaskDetails / TaskStatusDetails). */
export const PROTOCOL_VERSION = 1;

const { TaskState } = mesos.v1;
const { TaskErrorType } = cassandra_mesos.v1;

export type TimerName = 'probe' | 'jolokia-deadline' | 'drain-timeout' | 'kill-grace';

export interface ServerTaskSettings {
  /** Wait between Jolokia probes until it first answers. */
  readonly probeIntervalMs: number;
  /** Jolokia must answer this long after the process started, or the start failed. */
  readonly jolokiaStartTimeoutMs: number;
  /** Longest wait for a drain before stopping anyway. */
  readonly drainTimeoutMs: number;
  /** SIGTERM → SIGKILL (the agent's shutdown grace period unless a KILL's kill policy says otherwise). */
  readonly killGraceMs: number;
  /** Log lines quoted in a failure's TaskStatus.message (all kept lines go into ServerExited.log_tail). */
  readonly messageLogLines: number;
}

export const DEFAULT_SERVER_TASK_SETTINGS: ServerTaskSettings = {
  probeIntervalMs: 2_000,
  jolokiaStartTimeoutMs: 300_000,
  drainTimeoutMs: 120_000,
  killGraceMs: 5_000,
  messageLogLines: 20,
};

/** How a start failed: INVALID_TASK (the task can never start) → TASK_ERROR; the others → TASK_FAILED. */
export type StartFailure = 'INVALID_TASK' | 'CONFIG_WRITE_FAILED' | 'START_FAILED';

export type ServerInput =
  | { readonly type: 'launch'; readonly taskId: string; readonly data: Uint8Array | null | undefined }
  | { readonly type: 'process-started'; readonly pid: number; readonly jolokiaUrl: string }
  | { readonly type: 'start-failed'; readonly failure: StartFailure; readonly message: string }
  | { readonly type: 'process-exited'; readonly code: number | null; readonly signal: string | null; readonly logTail: readonly string[] }
  | { readonly type: 'probe-result'; readonly ok: boolean; readonly message?: string }
  | { readonly type: 'drain-result'; readonly ok: boolean; readonly message?: string }
  | { readonly type: 'timer'; readonly timer: TimerName }
  /** KILL of the server task; graceMs from the KILL's kill policy, if any. */
  | { readonly type: 'kill'; readonly graceMs?: number }
  /** SHUTDOWN of the executor; everything must be over within graceMs. */
  | { readonly type: 'shutdown'; readonly graceMs: number };

export interface ServerStatusUpdate {
  readonly type: 'update';
  readonly taskId: string;
  readonly state: mesos.v1.TaskState;
  readonly message: string;
  readonly reason?: mesos.v1.TaskStatus.Reason;
  readonly details: cassandra_mesos.v1.TaskStatusDetails.$Properties;
}

export type ServerOutput =
  | ServerStatusUpdate
  | { readonly type: 'start-process'; readonly taskId: string; readonly nodeId: string; readonly server: cassandra_mesos.v1.ServerTask }
  | { readonly type: 'probe' }
  | { readonly type: 'drain' }
  | { readonly type: 'signal'; readonly signal: 'SIGTERM' | 'SIGKILL' }
  | { readonly type: 'set-timer'; readonly timer: TimerName; readonly atMs: number }
  | { readonly type: 'cancel-timer'; readonly timer: TimerName };

export type ServerPhase = 'idle' | 'starting' | 'waiting-for-jolokia' | 'running' | 'draining' | 'terminating' | 'killing' | 'done';

type StopReason = 'kill' | 'shutdown' | 'jolokia-timeout';

const MAX_MESSAGE_CHARS = 4_000;

export class ServerTaskMachine {
  private phaseValue: ServerPhase = 'idle';
  private taskIdValue = '';
  private nodeId = '';
  private server: cassandra_mesos.v1.ServerTask | undefined;
  private pid = 0;
  private jolokiaUrl = '';
  private stopReason: StopReason | undefined;
  private drained = false;
  private stopNote = '';
  private killGraceMs: number;
  private readonly timers = new Map<TimerName, number>();

  constructor(readonly settings: ServerTaskSettings = DEFAULT_SERVER_TASK_SETTINGS) {
    this.killGraceMs = settings.killGraceMs;
  }

  get phase(): ServerPhase {
    return this.phaseValue;
  }

  get taskId(): string {
    return this.taskIdValue;
  }

  /** The launched server task (undefined before launch or when its TaskDetails were invalid). */
  get serverTask(): cassandra_mesos.v1.ServerTask | undefined {
    return this.server;
  }

  /** Feeds one input at time `nowMs`; returns what to do, in order. */
  handle(input: ServerInput, nowMs: number): ServerOutput[] {
    switch (input.type) {
      case 'launch':
        return this.launch(input.taskId, input.data);
      case 'start-failed':
        return this.phaseValue === 'starting' ? this.startFailed(input.failure, input.message) : [];
      case 'process-started':
        return this.phaseValue === 'starting' ? this.started(input.pid, input.jolokiaUrl, nowMs) : [];
      case 'probe-result':
        return this.phaseValue === 'waiting-for-jolokia' ? this.probed(input.ok, nowMs) : [];
      case 'drain-result':
        if (this.phaseValue !== 'draining') return [];
        this.drained = input.ok;
        if (!input.ok) this.stopNote = `drain failed: ${input.message ?? 'unknown error'}`;
        return compact([this.cancel('drain-timeout'), ...this.terminate(nowMs)]);
      case 'timer':
        return this.timer(input.timer, nowMs);
      case 'kill':
        if (input.graceMs !== undefined && input.graceMs >= 0) this.killGraceMs = input.graceMs;
        return this.stop('kill', nowMs, this.settings.drainTimeoutMs);
      case 'shutdown':
        return this.shutdown(input.graceMs, nowMs);
      case 'process-exited':
        return this.exited(input.code, input.signal, input.logTail);
    }
  }

  private launch(taskId: string, data: Uint8Array | null | undefined): ServerOutput[] {
    if (this.phaseValue !== 'idle') {
      return [this.error(taskId, `this executor already runs server task '${this.taskIdValue}'; a node has one server task at a time`, TaskErrorType.INVALID_TASK)];
    }
    this.taskIdValue = taskId;
    const decoded = decodeTaskDetails(taskId, data);
    if (typeof decoded === 'string') return this.finishWithError(decoded);
    const details = decoded;
    if ((details.protocolVersion ?? 0) !== PROTOCOL_VERSION) {
      return this.finishWithError(`TaskDetails.protocol_version is ${details.protocolVersion ?? 0}; this executor speaks version ${PROTOCOL_VERSION}`);
    }
    this.nodeId = details.nodeId ?? '';
    if (!details.nodeId) return this.finishWithError('TaskDetails.node_id is empty');
    if (details.task !== 'server' || !details.server) {
      return this.finishWithError(`TaskDetails carries ${details.task ? `a '${details.task}' task` : 'no task'}, but task '${taskId}' was launched as the server task`);
    }
    if (!details.server.config) return this.finishWithError('TaskDetails.server.config is missing: there is nothing to start Cassandra with');
    this.server = cassandra_mesos.v1.ServerTask.create(details.server);
    this.phaseValue = 'starting';
    return [{ type: 'start-process', taskId, nodeId: this.nodeId, server: this.server }];
  }

  private finishWithError(message: string): ServerOutput[] {
    this.phaseValue = 'done';
    return [this.error(this.taskIdValue, message, TaskErrorType.INVALID_TASK)];
  }

  private error(taskId: string, message: string, type: cassandra_mesos.v1.TaskErrorType): ServerStatusUpdate {
    return {
      type: 'update',
      taskId,
      state: TaskState.TASK_ERROR,
      message,
      reason: mesos.v1.TaskStatus.Reason.REASON_TASK_INVALID,
      details: { protocolVersion: PROTOCOL_VERSION, nodeId: this.nodeId, error: { type, message } },
    };
  }

  private startFailed(failure: StartFailure, message: string): ServerOutput[] {
    this.phaseValue = 'done';
    if (failure === 'INVALID_TASK') return [this.error(this.taskIdValue, message, TaskErrorType.INVALID_TASK)];
    const type = failure === 'CONFIG_WRITE_FAILED' ? TaskErrorType.CONFIG_WRITE_FAILED : TaskErrorType.START_FAILED;
    const killed = this.stopReason === 'kill' || this.stopReason === 'shutdown';
    return [
      {
        type: 'update',
        taskId: this.taskIdValue,
        state: killed ? TaskState.TASK_KILLED : TaskState.TASK_FAILED,
        message: killed ? `killed while starting; the start had failed: ${message}` : message,
        details: { protocolVersion: PROTOCOL_VERSION, nodeId: this.nodeId, error: { type, message } },
      },
    ];
  }

  private serverStarted(): cassandra_mesos.v1.TaskStatusDetails.$Properties {
    return {
      protocolVersion: PROTOCOL_VERSION,
      nodeId: this.nodeId,
      serverStarted: { pid: this.pid, ports: this.server?.config?.ports ?? null, jolokiaUrl: this.jolokiaUrl, configId: this.server?.configId ?? '' },
    };
  }

  private started(pid: number, jolokiaUrl: string, nowMs: number): ServerOutput[] {
    this.pid = pid;
    this.jolokiaUrl = jolokiaUrl;
    if (this.stopReason) {
      // Killed while starting: Jolokia never answered, so there is nothing to drain.
      return this.terminate(nowMs);
    }
    this.phaseValue = 'waiting-for-jolokia';
    return [
      { type: 'update', taskId: this.taskIdValue, state: TaskState.TASK_STARTING, message: `Cassandra started as pid ${pid}; waiting for Jolokia`, details: this.serverStarted() },
      this.setTimer('jolokia-deadline', nowMs + this.settings.jolokiaStartTimeoutMs),
      { type: 'probe' },
    ];
  }

  private probed(ok: boolean, nowMs: number): ServerOutput[] {
    if (!ok) return [this.setTimer('probe', nowMs + this.settings.probeIntervalMs)];
    this.phaseValue = 'running';
    return compact([
      this.cancel('jolokia-deadline'),
      this.cancel('probe'),
      { type: 'update', taskId: this.taskIdValue, state: TaskState.TASK_RUNNING, message: `Cassandra runs as pid ${this.pid}; Jolokia answers at ${this.jolokiaUrl}`, details: this.serverStarted() },
    ]);
  }

  private timer(timer: TimerName, nowMs: number): ServerOutput[] {
    if (this.timers.get(timer) === undefined) return []; // cancelled meanwhile
    this.timers.delete(timer);
    switch (timer) {
      case 'probe':
        return this.phaseValue === 'waiting-for-jolokia' ? [{ type: 'probe' }] : [];
      case 'jolokia-deadline':
        if (this.phaseValue !== 'waiting-for-jolokia') return [];
        this.stopReason = 'jolokia-timeout';
        return compact([this.cancel('probe'), ...this.terminate(nowMs)]);
      case 'drain-timeout':
        if (this.phaseValue !== 'draining') return [];
        this.stopNote = 'drain did not finish in time';
        return this.terminate(nowMs);
      case 'kill-grace':
        if (this.phaseValue !== 'terminating') return [];
        this.phaseValue = 'killing';
        return [{ type: 'signal', signal: 'SIGKILL' }];
    }
  }

  private stop(reason: StopReason, nowMs: number, drainTimeoutMs: number): ServerOutput[] {
    switch (this.phaseValue) {
      case 'idle':
      case 'done':
      case 'draining':
      case 'terminating':
      case 'killing':
        return [];
      case 'starting':
        this.stopReason = reason;
        return [];
      case 'waiting-for-jolokia':
        this.stopReason = reason;
        return compact([this.cancel('probe'), this.cancel('jolokia-deadline'), ...this.terminate(nowMs)]);
      case 'running':
        this.stopReason = reason;
        this.phaseValue = 'draining';
        return [this.setTimer('drain-timeout', nowMs + drainTimeoutMs), { type: 'drain' }];
    }
  }

  /** SHUTDOWN: like KILL, but drain and grace shrink so that everything ends within the budget. */
  private shutdown(budgetMs: number, nowMs: number): ServerOutput[] {
    const share = Math.max(0, Math.floor(budgetMs * 0.4));
    const drainTimeoutMs = Math.min(this.settings.drainTimeoutMs, share);
    this.killGraceMs = Math.min(this.killGraceMs, share);
    const out = this.stop('shutdown', nowMs, drainTimeoutMs);
    if (this.stopReason === undefined) this.stopReason = 'shutdown';
    // Already stopping: pull the pending deadline in.
    const shorten = (timer: TimerName, limitMs: number): void => {
      const at = this.timers.get(timer);
      if (at !== undefined && at > nowMs + limitMs) out.push(this.setTimer(timer, nowMs + limitMs));
    };
    if (this.phaseValue === 'draining') shorten('drain-timeout', drainTimeoutMs);
    if (this.phaseValue === 'terminating') shorten('kill-grace', this.killGraceMs);
    return out;
  }

  private terminate(nowMs: number): ServerOutput[] {
    this.phaseValue = 'terminating';
    return [{ type: 'signal', signal: 'SIGTERM' }, this.setTimer('kill-grace', nowMs + this.killGraceMs)];
  }

  private exited(code: number | null, signal: string | null, logTail: readonly string[]): ServerOutput[] {
    if (this.phaseValue === 'idle' || this.phaseValue === 'done' || this.phaseValue === 'starting') return [];
    const out: ServerOutput[] = [...this.timers.keys()].map((timer) => ({ type: 'cancel-timer' as const, timer }));
    this.timers.clear();
    this.phaseValue = 'done';
    const how = signal ? `was killed by ${signal}` : `exited with code ${String(code)}`;
    const requested = this.stopReason === 'kill' || this.stopReason === 'shutdown';
    let message: string;
    if (requested) {
      const drain = this.drained ? 'drained' : this.stopNote || 'not drained (Jolokia had not answered yet)';
      message = `Cassandra stopped on request (${drain}); it ${how}`;
    } else if (this.stopReason === 'jolokia-timeout') {
      message = this.withTail(`Jolokia did not answer within ${Math.round(this.settings.jolokiaStartTimeoutMs / 1000)} s of the start, so Cassandra was stopped; it ${how}`, logTail);
    } else {
      message = this.withTail(`Cassandra (pid ${this.pid}) ${how} unexpectedly`, logTail);
    }
    out.push({
      type: 'update',
      taskId: this.taskIdValue,
      state: requested ? TaskState.TASK_KILLED : TaskState.TASK_FAILED,
      message,
      details: {
        protocolVersion: PROTOCOL_VERSION,
        nodeId: this.nodeId,
        serverExited: { exitCode: signal ? -1 : (code ?? -1), signal: signal ?? '', logTail: [...logTail], drained: this.drained },
      },
    });
    return out;
  }

  private withTail(summary: string, logTail: readonly string[]): string {
    const lines = logTail.slice(-this.settings.messageLogLines);
    if (lines.length === 0) return `${summary}; it wrote no output`;
    const render = (): string => `${summary}. Last ${lines.length} log line(s):\n${lines.join('\n')}`;
    // Drop the oldest lines first: the newest say why it died.
    while (lines.length > 1 && render().length > MAX_MESSAGE_CHARS) lines.shift();
    const text = render();
    return text.length > MAX_MESSAGE_CHARS ? text.slice(0, MAX_MESSAGE_CHARS) : text;
  }

  private setTimer(timer: TimerName, atMs: number): ServerOutput {
    this.timers.set(timer, atMs);
    return { type: 'set-timer', timer, atMs };
  }

  private cancel(timer: TimerName): ServerOutput | undefined {
    if (!this.timers.delete(timer)) return undefined;
    return { type: 'cancel-timer', timer };
  }
}

function compact(outputs: ReadonlyArray<ServerOutput | undefined>): ServerOutput[] {
  return outputs.filter((o): o is ServerOutput => o !== undefined);
}

function decodeTaskDetails(taskId: string, data: Uint8Array | null | undefined) {
  try {
    return decodeMessage(cassandra_mesos.v1.TaskDetails, data, `TaskInfo.data of task '${taskId}'`);
  } catch (err) {
    if (err instanceof WireFormatError) return err.message;
    throw err;
  }
}
