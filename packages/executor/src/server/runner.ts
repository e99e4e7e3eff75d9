// Runs ServerTaskMachine against the real world through injected ports: starting the process,
// probing and draining over Jolokia, signalling, timers (a Clock) and sending status updates.
import { cassandra_mesos, encodeMessage } from '@cassandra-mesos/model';
import { NamedTimers, type Clock } from '../clock';
import {
  DEFAULT_SERVER_TASK_SETTINGS,
  ServerTaskMachine,
  type ServerInput,
  type ServerOutput,
  type ServerStatusUpdate,
  type ServerTaskSettings,
  type StartFailure,
  type TimerName,
} from './machine';

/** The running Cassandra process as the runner needs it (SupervisedProcess fits). */
export interface ServerProcess {
  readonly pid: number;
  readonly exited: Promise<{ readonly code: number | null; readonly signal: string | null; readonly logTail: readonly string[] }>;
  signal(signal: 'SIGTERM' | 'SIGKILL'): unknown;
}

/** Thrown by ServerTaskPorts.start to say how the start failed (anything else counts as START_FAILED). */
export class ServerStartError extends Error {
  constructor(
    readonly failure: StartFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ServerStartError';
  }
}

export interface StartRequest {
  readonly taskId: string;
  readonly nodeId: string;
  readonly server: cassandra_mesos.v1.ServerTask;
}

/** A status update ready for ExecutorSession.update(): `data` is the encoded TaskStatusDetails. */
export interface OutgoingStatus extends ServerStatusUpdate {
  readonly data: Uint8Array;
}

/** Encodes a machine's status update's details into TaskStatus.data. */
export function outgoingStatus(update: ServerStatusUpdate): OutgoingStatus {
  return { ...update, data: encodeMessage(cassandra_mesos.v1.TaskStatusDetails, cassandra_mesos.v1.TaskStatusDetails.create(update.details)) };
}

export interface ServerTaskPorts {
  readonly clock: Clock;
  /** Renders the config, writes the files and starts Cassandra; resolves once the process runs. */
  start(request: StartRequest): Promise<{ readonly process: ServerProcess; readonly jolokiaUrl: string }>;
  /** Resolves true once Jolokia answers (false or a rejection: not yet). */
  probe(): Promise<boolean>;
  /** Drains the node over Jolokia (StorageService drain). */
  drain(): Promise<void>;
  /** Hands a status update to the executor session (which resends it until acknowledged). */
  send(update: OutgoingStatus): void;
}

export class ServerTaskRunner {
  private readonly machine: ServerTaskMachine;
  private readonly timers: NamedTimers<TimerName>;
  private process: ServerProcess | undefined;
  private resolveDone: (update: OutgoingStatus) => void = () => undefined;
  /** Resolves with the terminal status update once it has been sent. */
  readonly done: Promise<OutgoingStatus>;

  constructor(
    private readonly ports: ServerTaskPorts,
    settings: ServerTaskSettings = DEFAULT_SERVER_TASK_SETTINGS,
  ) {
    this.machine = new ServerTaskMachine(settings);
    this.timers = new NamedTimers(ports.clock, (timer) => this.feed({ type: 'timer', timer }));
    this.done = new Promise((resolve) => (this.resolveDone = resolve));
  }

  get phase(): ServerTaskMachine['phase'] {
    return this.machine.phase;
  }

  get taskId(): string {
    return this.machine.taskId;
  }

  get serverTask(): cassandra_mesos.v1.ServerTask | undefined {
    return this.machine.serverTask;
  }

  launch(taskId: string, data: Uint8Array | null | undefined): void {
    this.feed({ type: 'launch', taskId, data });
  }

  kill(graceMs?: number): void {
    this.feed(graceMs === undefined ? { type: 'kill' } : { type: 'kill', graceMs });
  }

  shutdown(graceMs: number): void {
    this.feed({ type: 'shutdown', graceMs });
  }

  private feed(input: ServerInput): void {
    for (const output of this.machine.handle(input, this.ports.clock.now())) this.run(output);
  }

  private run(output: ServerOutput): void {
    switch (output.type) {
      case 'update': {
        const update = outgoingStatus(output);
        this.ports.send(update);
        if (this.machine.phase === 'done' && output.taskId === this.machine.taskId) this.resolveDone(update);
        return;
      }
      case 'start-process':
        void this.start({ taskId: output.taskId, nodeId: output.nodeId, server: output.server });
        return;
      case 'probe':
        void this.ports.probe().then(
          (ok) => this.feed({ type: 'probe-result', ok }),
          (err: unknown) => this.feed({ type: 'probe-result', ok: false, message: errorText(err) }),
        );
        return;
      case 'drain':
        void this.ports.drain().then(
          () => this.feed({ type: 'drain-result', ok: true }),
          (err: unknown) => this.feed({ type: 'drain-result', ok: false, message: errorText(err) }),
        );
        return;
      case 'signal':
        this.process?.signal(output.signal);
        return;
      case 'set-timer':
        this.timers.set(output.timer, output.atMs);
        return;
      case 'cancel-timer':
        this.timers.cancel(output.timer);
        return;
    }
  }

  private async start(request: StartRequest): Promise<void> {
    let started: Awaited<ReturnType<ServerTaskPorts['start']>>;
    try {
      started = await this.ports.start(request);
    } catch (err) {
      const failure = err instanceof ServerStartError ? err.failure : 'START_FAILED';
      this.feed({ type: 'start-failed', failure, message: errorText(err) });
      return;
    }
    this.process = started.process;
    this.feed({ type: 'process-started', pid: started.process.pid, jolokiaUrl: started.jolokiaUrl });
    const exit = await started.process.exited;
    this.feed({ type: 'process-exited', code: exit.code, signal: exit.signal, logTail: exit.logTail });
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
