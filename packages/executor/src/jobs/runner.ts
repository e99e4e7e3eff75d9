// Runs NodeJobMachine against the real world: operations through the NodeJobOperations port (each a
// promise with its own AbortController, so a job never blocks health checks or KILLs), timers through
// a Clock, status updates and progress records through the ports.
import { cassandra_mesos } from '@cassandra-mesos/model';
import { NamedTimers, type Clock } from '../clock';
import { outgoingStatus, type OutgoingStatus } from '../server/runner';
import { NodeJobMachine } from './machine';
import { DEFAULT_NODE_JOB_SETTINGS, type NodeJobInput, type NodeJobOutput, type NodeJobPhase, type NodeJobSettings, type NodeJobTimer } from './machine-io';
import type { NodeJobOperations, StepOperation, StepReport } from './operations';
import type { NodeJobTaskData } from './task';

export interface NodeJobTaskPorts {
  readonly clock: Clock;
  /** Undefined while Cassandra does not run on this node: the task then fails with PROCESS_NOT_RUNNING. */
  readonly operations: NodeJobOperations | undefined;
  /** The node this executor runs; a task for another node is invalid. */
  readonly nodeId?: string;
  /** Another node job still runs on this executor: the task then fails with ANOTHER_JOB_RUNNING. */
  readonly busy?: boolean;
  /** Hands a status update to the executor session (which resends it until acknowledged). */
  send(update: OutgoingStatus): void;
  /** A progress record after each keyspace (the lead sends it as ExecutorMessage{job_progress}; unreliable by design). */
  progress(record: cassandra_mesos.v1.NodeJobRecord): void;
}

export class NodeJobTaskRunner {
  private readonly machine: NodeJobMachine;
  private readonly timers: NamedTimers<NodeJobTimer>;
  private readonly inFlight = new Map<number, AbortController>();
  private resolveDone: (update: OutgoingStatus) => void = () => undefined;
  /** Resolves with the terminal status update once it has been sent. */
  readonly done: Promise<OutgoingStatus>;

  constructor(
    private readonly ports: NodeJobTaskPorts,
    settings: NodeJobSettings = DEFAULT_NODE_JOB_SETTINGS,
  ) {
    this.machine = new NodeJobMachine(settings);
    this.timers = new NamedTimers(ports.clock, (timer) => this.feed({ type: 'timer', timer }));
    this.done = new Promise((resolve) => (this.resolveDone = resolve));
  }

  get phase(): NodeJobPhase {
    return this.machine.phase;
  }

  /** True once the terminal update has been sent. */
  get finished(): boolean {
    return this.machine.phase === 'done';
  }

  get taskId(): string {
    return this.machine.taskId;
  }

  get jobId(): string {
    return this.machine.jobId;
  }

  /** The job's record as it stands, e.g. to answer a JobStatusRequest. */
  record(): cassandra_mesos.v1.NodeJobRecord {
    return cassandra_mesos.v1.NodeJobRecord.create(this.machine.record());
  }

  /** `data` is TaskInfo.data, raw or already decoded as TaskDetails. */
  launch(taskId: string, data: NodeJobTaskData): void {
    this.feed({
      type: 'launch',
      taskId,
      data,
      serverRunning: this.ports.operations !== undefined,
      otherJobRunning: this.ports.busy === true,
      ...(this.ports.nodeId === undefined ? {} : { nodeId: this.ports.nodeId }),
    });
  }

  /** The scheduler's AbortNodeJob: the running keyspace finishes, the rest are skipped, TASK_KILLED. */
  abort(reason: string): void {
    this.feed({ type: 'abort', reason });
  }

  /** KILL of the job task: an abort; with the kill policy's grace, the running step is cancelled after it. */
  kill(graceMs?: number): void {
    this.feed(graceMs === undefined ? { type: 'kill' } : { type: 'kill', graceMs });
  }

  /** SHUTDOWN of the executor: cancels the running step and reports within the budget. */
  shutdown(graceMs: number): void {
    this.feed({ type: 'shutdown', graceMs });
  }

  private feed(input: NodeJobInput): void {
    for (const output of this.machine.handle(input, this.ports.clock.now())) this.run(output);
  }

  private run(output: NodeJobOutput): void {
    switch (output.type) {
      case 'update': {
        const update = outgoingStatus(output);
        this.ports.send(update);
        if (this.machine.phase === 'done' && output.taskId === this.machine.taskId) this.resolveDone(update);
        return;
      }
      case 'progress':
        this.ports.progress(cassandra_mesos.v1.NodeJobRecord.create(output.record));
        return;
      case 'list-keyspaces':
        this.start(
          output.opId,
          (signal) => this.operations().listKeyspaces(signal),
          (listing) => ({ type: 'keyspaces-listed', opId: output.opId, listing }),
          (message) => ({ type: 'listing-failed', opId: output.opId, message }),
        );
        return;
      case 'list-tables':
        this.start(
          output.opId,
          (signal) => this.listTables(output.keyspaces, signal),
          (tables) => ({ type: 'tables-listed', opId: output.opId, tables }),
          (message) => ({ type: 'listing-failed', opId: output.opId, message }),
        );
        return;
      case 'run-step':
        this.start(
          output.opId,
          (signal) => this.runStep(output.keyspace, output.tables, output.operation, signal),
          (report) => ({ type: 'step-finished', opId: output.opId, report }),
          (message) => ({ type: 'step-failed', opId: output.opId, message }),
        );
        return;
      case 'cancel':
        this.inFlight.get(output.opId)?.abort(new Error(output.reason));
        return;
      case 'set-timer':
        this.timers.set(output.timer, output.atMs);
        return;
      case 'cancel-timer':
        this.timers.cancel(output.timer);
        return;
    }
  }

  /** Starts one operation; its outcome comes back as an input (the machine ignores stale ones). */
  private start<T>(opId: number, operation: (signal: AbortSignal) => Promise<T>, ok: (value: T) => NodeJobInput, failed: (message: string) => NodeJobInput): void {
    const controller = new AbortController();
    this.inFlight.set(opId, controller);
    let promise: Promise<T>;
    try {
      promise = operation(controller.signal);
    } catch (err) {
      promise = Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
    void promise.then(
      (value) => this.settled(opId, ok(value)),
      (err: unknown) => this.settled(opId, failed(errorText(err))),
    );
  }

  private settled(opId: number, input: NodeJobInput): void {
    this.inFlight.delete(opId);
    this.feed(input);
  }

  private async listTables(keyspaces: readonly string[], signal: AbortSignal): Promise<Map<string, readonly string[]>> {
    const tables = new Map<string, readonly string[]>();
    // One keyspace at a time: a cheap search each, no burst against Jolokia.
    for (const keyspace of keyspaces) tables.set(keyspace, await this.operations().listTables(keyspace, signal));
    return tables;
  }

  private operations(): NodeJobOperations {
    // The machine refuses a launch without operations (PROCESS_NOT_RUNNING), so none is ever started.
    if (!this.ports.operations) throw new Error('NodeJobTaskRunner: an operation was started although Cassandra does not run');
    return this.ports.operations;
  }

  private runStep(keyspace: string, tables: readonly string[], operation: StepOperation, signal: AbortSignal): Promise<StepReport> {
    const ops = this.operations();
    switch (operation.type) {
      case 'repair':
        return ops.repair(keyspace, tables, operation.options, signal);
      case 'cleanup':
        return ops.cleanup(keyspace, tables, signal);
      case 'flush':
        return ops.flush(keyspace, tables, signal);
    }
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
