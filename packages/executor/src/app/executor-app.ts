// The executor process: one Mesos executor per Cassandra node. It turns the agent's events into work
// for the task runners and sends what they report back:
//
//   LAUNCH  server task      → ServerTaskRunner (start Cassandra, probe, drain on KILL) + HealthReporter
//           node-job task    → NodeJobTaskRunner (repair/cleanup/flush per keyspace, progress messages)
//                              or DataJobTaskRunner (backup upload, restore download/import)
//           config-update    → rewrite the node's config files for the next start
//   KILL                     → the task's runner (never waits behind a job: every runner is async)
//   MESSAGE (SchedulerMessage) → health check now, job abort, metadata, decommission / removenode,
//                                consistent-backup snapshot / clear snapshot
//   SHUTDOWN                 → stop everything, wait until the agent has the terminal updates, exit
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import type { CassandraJmx } from '@cassandra-mesos/cassandra-jmx';
import { cassandra_mesos, isTerminalTaskState, mesos, nodeDirectories } from '@cassandra-mesos/model';
import type { ExecutorEvent, ExecutorSession, TaskInfo } from '@cassandra-mesos/mesos';
import { ConsistentSnapshots, runBackupPart } from '../backup';
import type { Clock } from '../clock';
import { LazyCqlSession } from '../data-jobs/cql';
import { DataJobTaskRunner } from '../data-jobs/runner';
import { DEFAULT_HEALTH_POLL_MS, DEFAULT_HEALTH_READ_TIMEOUT_MS, HealthReporter, healthIntervalMs } from '../health';
import { cassandraJmxJobOperations, isDataJobType, NodeJobTaskRunner } from '../jobs';
import { collectExecutorMetadata } from '../metadata';
import { DEFAULT_SERVER_TASK_SETTINGS, PROTOCOL_VERSION, type ServerTaskSettings } from '../server/machine';
import { runRestorePart } from '../restore';
import { outgoingStatus, ServerTaskRunner, type OutgoingStatus } from '../server/runner';
import { startCassandra, type StartedCassandra } from './cassandra-launcher';
import { runConfigUpdate } from './config-update';
import { RingChanges } from './ring-change';
import { decodeSchedulerMessage, ExecutorMessageEncoder, type ExecutorMessageBody } from './framework-messages';
import type { ExecutorRuntime } from './runtime-env';
import { decodeTaskDetails, taskResources, type TaskDetails } from './task-info';

const { TaskState } = mesos.v1;

export interface ExecutorAppOptions {
  readonly session: ExecutorSession;
  readonly runtime: ExecutorRuntime;
  readonly log: Logger;
  readonly clock: Clock;
  readonly serverSettings?: Partial<ServerTaskSettings>;
  /** Pause between fast health reads that catch mode changes; default 1 s. */
  readonly healthPollMs?: number;
}

/** A node job's runner: keyspace by keyspace (repair, cleanup, flush) or a data job (backup, restore). */
type JobRunner = NodeJobTaskRunner | DataJobTaskRunner;

interface ServerSlot {
  readonly taskId: string;
  readonly nodeId: string;
  readonly runner: ServerTaskRunner;
  started?: StartedCassandra;
  health?: HealthReporter;
}

export class ExecutorApp {
  private readonly session: ExecutorSession;
  private readonly log: Logger;
  private readonly messages: ExecutorMessageEncoder;
  private server: ServerSlot | undefined;
  private readonly jobs = new Map<string, JobRunner>();
  private nodeId = '';
  private shuttingDown = false;
  private readonly ringChanges: RingChanges;
  private readonly snapshots: ConsistentSnapshots;

  constructor(private readonly options: ExecutorAppOptions) {
    this.session = options.session;
    this.log = options.log;
    this.messages = new ExecutorMessageEncoder(options.clock, options.session.environment.executorId);
    this.snapshots = new ConsistentSnapshots(() => this.nodeId, options.clock, options.log.child({ source: 'consistent-backup' }));
    this.ringChanges = new RingChanges(options.clock, options.log, (ringChange) => this.sendMessage({ ringChange }), () => void this.server?.health?.checkNow());
  }

  /** Runs until SHUTDOWN (or until the agent is gone for good); resolves when everything stopped. */
  async run(): Promise<void> {
    try {
      for await (const event of this.session.events()) await this.handle(event);
    } finally {
      await this.stopEverything(this.options.session.environment.shutdownGracePeriodMs);
    }
  }

  private async handle(event: ExecutorEvent): Promise<void> {
    switch (event.type) {
      case 'SUBSCRIBED':
        this.log.info({ resubscribed: event.resubscribed, agentId: event.agentInfo.id?.value, hostname: event.agentInfo.hostname }, 'subscribed to the agent');
        return;
      case 'LAUNCH':
        this.launch(event.task);
        return;
      case 'LAUNCH_GROUP':
        for (const task of event.taskGroup.tasks ?? []) this.reject(task.task_id.value, 'task groups are not supported: launch each task with LAUNCH');
        return;
      case 'KILL':
        this.kill(event.taskId.value, event.killPolicy?.grace_period?.nanoseconds);
        return;
      case 'MESSAGE':
        this.onMessage(event.data);
        return;
      case 'SHUTDOWN':
        this.log.info('SHUTDOWN from the agent: stopping every task');
        await this.stopEverything(this.session.environment.shutdownGracePeriodMs);
        await this.session.close();
        return;
      case 'ERROR':
        this.log.error({ agentMessage: event.message }, 'the agent reports an invalid call from this executor');
        return;
      case 'DISCONNECTED':
        this.log.warn({ error: event.reason.message, retryInMs: event.retryInMs }, 'agent connection lost; re-subscribing (Cassandra keeps running)');
        return;
      case 'ACKNOWLEDGED':
      case 'HEARTBEAT':
        return;
    }
  }

  private launch(task: TaskInfo): void {
    const taskId = task.task_id.value;
    if (this.shuttingDown) return this.reject(taskId, 'the executor is shutting down');
    const details = decodeTaskDetails(task);
    if (!details.ok) return this.reject(taskId, details.message);
    if (details.value.nodeId) this.nodeId = details.value.nodeId;
    const log = this.log.child({ taskId, nodeId: this.nodeId, kind: details.value.task });
    log.info('launching task');
    switch (details.value.task) {
      case 'server':
        return this.launchServer(task, log);
      case 'nodeJob':
        return this.launchJob(task, details.value, log);
      case 'configUpdate':
        this.sendStatus(runConfigUpdate(task, details.value, this.session.environment.sandbox, this.options.runtime), log);
        return;
      case undefined:
        return this.reject(taskId, 'TaskDetails carries no task');
    }
  }

  private launchServer(task: TaskInfo, log: Logger): void {
    const taskId = task.task_id.value;
    if (this.server && this.server.runner.phase !== 'done') {
      return this.reject(taskId, `this executor already runs server task '${this.server.taskId}'; a node has one server task at a time`);
    }
    const resources = taskResources(task);
    const settings = { ...DEFAULT_SERVER_TASK_SETTINGS, killGraceMs: this.session.environment.shutdownGracePeriodMs, ...this.options.serverSettings };
    // The ports below run after the constructor returned, when `slot` is set.
    // eslint-disable-next-line prefer-const
    let slot: ServerSlot | undefined;
    const runner = new ServerTaskRunner(
      {
        clock: this.options.clock,
        start: async (request) => {
          const started = await startCassandra(request.server, resources, this.session.environment.sandbox, this.options.runtime);
          if (slot) slot.started = started;
          log.info({ pid: started.process.pid, jolokiaUrl: started.jolokiaUrl, heapMb: started.rendered.heapMb }, 'Cassandra started');
          return { process: started.process, jolokiaUrl: started.jolokiaUrl };
        },
        probe: async () => {
          if (!slot?.started) return false;
          await slot.started.jmx.health({ timeoutMs: 5_000 });
          return true;
        },
        drain: async () => {
          if (!slot?.started) return;
          log.info('draining Cassandra before it stops');
          await slot.started.jmx.drain();
          log.info('Cassandra drained');
        },
        send: (update) => this.onServerUpdate(slot, update, log),
      },
      settings,
    );
    slot = { taskId, nodeId: this.nodeId, runner };
    this.server = slot;
    runner.launch(taskId, task.data);
  }

  private onServerUpdate(slot: ServerSlot | undefined, update: OutgoingStatus, log: Logger): void {
    this.sendStatus(update, log);
    if (!slot || update.taskId !== slot.taskId) return;
    if (update.state === TaskState.TASK_RUNNING && slot.started && !slot.health) {
      const { jmx, process: child } = slot.started;
      const config = slot.runner.serverTask?.config;
      slot.health = new HealthReporter({
        clock: this.options.clock,
        read: (signal) => jmx.health({ signal, timeoutMs: DEFAULT_HEALTH_READ_TIMEOUT_MS }),
        processRunning: () => slot.runner.phase !== 'done' && child.pid > 0,
        intervalMs: healthIntervalMs(slot.runner.serverTask?.healthCheckIntervalSeconds),
        pollMs: this.options.healthPollMs ?? DEFAULT_HEALTH_POLL_MS,
        endpoint: `${config?.broadcastAddress || config?.listenAddress || ''}:${config?.ports?.storage ?? 0}`,
        send: (details) => this.sendMessage({ health: details }),
      });
      slot.health.start();
    }
    if (isTerminalTaskState(update.state)) {
      slot.health?.stop();
      for (const job of this.jobs.values()) job.abort('the Cassandra process of this node ended');
    }
  }

  private launchJob(task: TaskInfo, details: TaskDetails, log: Logger): void {
    if (isDataJobType(details.nodeJob?.type)) return this.launchDataJob(task, details, log);
    const taskId = task.task_id.value;
    const started = this.server?.runner.phase === 'running' ? this.server.started : undefined;
    const runner = new NodeJobTaskRunner({
      clock: this.options.clock,
      nodeId: this.nodeId,
      operations: started ? cassandraJmxJobOperations(started.jmx) : undefined,
      busy: [...this.jobs.values()].some((j) => !j.finished),
      send: (update) => this.sendStatus(update, log),
      progress: (record) => this.sendMessage({ jobProgress: record }),
    });
    this.jobs.set(taskId, runner);
    runner.launch(taskId, details);
    void runner.done.then(() => this.jobs.delete(taskId));
  }

  private launchDataJob(task: TaskInfo, details: TaskDetails, log: Logger): void {
    const taskId = task.task_id.value;
    const sandbox = this.session.environment.sandbox;
    const started = this.server?.runner.phase === 'running' ? this.server.started : undefined;
    const config = this.server?.runner.serverTask?.config;
    // The data directory of the node's last server task, also when Cassandra is stopped (a node restore).
    const dataDirectory = this.server?.started?.rendered.directories.data ?? (config ? nodeDirectories(config.dataDir ?? '', sandbox).data : undefined);
    const rpcHost = config?.rpcAddress && config.rpcAddress !== '0.0.0.0' ? config.rpcAddress : config?.listenAddress;
    const cql = new LazyCqlSession(started && rpcHost ? { host: rpcHost, port: config?.ports?.native || 9042 } : undefined);
    const runner = new DataJobTaskRunner({
      clock: this.options.clock,
      nodeId: this.nodeId,
      busy: [...this.jobs.values()].some((j) => !j.finished),
      serverRunning: started !== undefined,
      parts: { BACKUP: runBackupPart, RESTORE: runRestorePart },
      deps: () => ({
        jmx: started?.jmx,
        cql: () => cql.session(),
        dataDirectories: dataDirectory === undefined ? [] : [dataDirectory],
        sandbox,
        log,
        clock: this.options.clock,
      }),
      release: () => cql.close(),
      send: (update) => this.sendStatus(update, log),
      progress: (record) => this.sendMessage({ jobProgress: record }),
    });
    this.jobs.set(taskId, runner);
    runner.launch(taskId, details);
    // Kept until the part has really stopped (it may clean up after its terminal update): one job at a time.
    void runner.settled.then(() => this.jobs.delete(taskId));
  }

  private kill(taskId: string, graceNanos: number | undefined): void {
    const graceMs = graceNanos === undefined ? undefined : Math.round(graceNanos / 1e6);
    if (this.server?.taskId === taskId) {
      this.log.info({ taskId, graceMs }, 'KILL of the server task: drain, then stop');
      this.server.runner.kill(graceMs);
      return;
    }
    const job = this.jobs.get(taskId);
    if (job) {
      this.log.info({ taskId }, 'KILL of a node job: it stops after the current keyspace (a backup or restore: at the next file)');
      job.kill();
      return;
    }
    // Mesos expects a terminal update for every KILL, also of a task this executor does not know.
    this.sendStatus(outgoingStatus({ type: 'update', taskId, state: TaskState.TASK_LOST, message: 'KILL of a task this executor does not run', details: {} }), this.log);
  }

  private onMessage(data: Uint8Array): void {
    const decoded = decodeSchedulerMessage(data);
    if (!decoded.ok) {
      this.log.warn({ code: decoded.error.code, error: decoded.error.message }, 'ignoring a framework message');
      this.sendMessage({ protocolError: decoded.error });
      return;
    }
    const message = decoded.message;
    switch (message.body) {
      case 'healthCheckRequest':
        if (this.server?.health) void this.server.health.checkNow();
        else this.sendMessage({ health: { healthy: false, message: 'Cassandra is not running on this node', checkedAtMs: this.options.clock.now() } });
        return;
      case 'abortNodeJob': {
        const jobId = message.abortNodeJob?.jobId ?? '';
        const matching = [...this.jobs.values()].filter((j) => j.jobId === jobId);
        if (matching.length === 0) this.sendMessage({ protocolError: { code: 'UNKNOWN_JOB', message: `no job '${jobId}' runs on this node` } });
        for (const job of matching) job.abort(message.abortNodeJob?.reason || 'aborted by the scheduler');
        return;
      }
      case 'jobStatusRequest': {
        const jobId = message.jobStatusRequest?.jobId ?? '';
        const job = [...this.jobs.values()].find((j) => j.jobId === jobId);
        if (job) this.sendMessage({ jobProgress: job.record() });
        else this.sendMessage({ protocolError: { code: 'UNKNOWN_JOB', message: `no job '${jobId}' runs on this node` } });
        return;
      }
      case 'metadataRequest':
        void this.sendMetadata();
        return;
      case 'decommissionRequest':
      case 'removeNodeRequest':
        this.onRingChangeRequest(message);
        return;
      case 'snapshotRequest': {
        const request = message.snapshotRequest ?? {};
        void this.snapshots.snapshot(request, this.runningJmx()).then((snapshotResult) => this.sendMessage({ snapshotResult }));
        return;
      }
      case 'clearSnapshotRequest':
        void this.snapshots.clear(message.clearSnapshotRequest ?? {}, this.runningJmx());
        return;
      case undefined:
        return; // decodeSchedulerMessage rejects an empty body
    }
  }

  /** The node's Jolokia client while its Cassandra runs. */
  private runningJmx(): CassandraJmx | undefined {
    return this.server?.runner.phase === 'running' ? this.server.started?.jmx : undefined;
  }

  private onRingChangeRequest(message: Pick<cassandra_mesos.v1.ISchedulerMessage, 'removeNodeRequest'>): void {
    const removal = message.removeNodeRequest;
    const operation = removal ? cassandra_mesos.v1.RingChangeOperation.REMOVE_NODE : cassandra_mesos.v1.RingChangeOperation.DECOMMISSION;
    const leaving = removal ? removal.nodeId ?? '' : this.nodeId;
    const jmx = this.server?.runner.phase === 'running' ? this.server.started?.jmx : undefined;
    if (!jmx) return this.ringChanges.refuse(operation, leaving, `Cassandra is not running on ${this.nodeId || 'this node'}`);
    const hostId = removal?.hostId ?? '';
    this.ringChanges.start({ operation, nodeId: leaving, run: removal ? () => jmx.removeNode(hostId, { timeoutMs: 24 * 3600_000 }) : () => jmx.decommission() });
  }

  private async sendMetadata(): Promise<void> {
    const config = this.server?.runner.serverTask?.config;
    const sandbox = this.session.environment.sandbox;
    const { metadata, problems } = await collectExecutorMetadata({
      executorId: this.session.environment.executorId,
      sandbox,
      ip: config?.listenAddress ?? '',
      dataPath: config?.dataDir ? resolve(sandbox, config.dataDir) : sandbox,
      javaHome: this.options.runtime.javaHome,
      cassandraHome: this.options.runtime.cassandraHome,
    });
    if (problems.length > 0) this.log.warn({ problems }, 'some host facts could not be found for the metadata report');
    this.sendMessage({ metadata });
  }

  private reject(taskId: string, message: string): void {
    const error = { type: cassandra_mesos.v1.TaskErrorType.INVALID_TASK, message };
    const details = { protocolVersion: PROTOCOL_VERSION, nodeId: this.nodeId, error };
    this.sendStatus(outgoingStatus({ type: 'update', taskId, state: TaskState.TASK_ERROR, reason: mesos.v1.TaskStatus.Reason.REASON_TASK_INVALID, message, details }), this.log);
  }

  private sendStatus(update: OutgoingStatus, log: Logger): void {
    log.info({ taskId: update.taskId, state: TaskState[update.state], reason: update.reason === undefined ? undefined : mesos.v1.TaskStatus.Reason[update.reason] }, update.message);
    void this.session
      .update({
        task_id: { value: update.taskId },
        state: update.state,
        message: update.message,
        ...(update.reason === undefined ? {} : { reason: update.reason }),
        data: update.data,
      })
      .catch((err: unknown) => log.error({ taskId: update.taskId, error: (err as Error).message }, 'the agent refused a status update'));
  }

  private sendMessage(body: ExecutorMessageBody): void {
    if (this.shuttingDown && !('jobProgress' in body)) return;
    const data = this.messages.encode(this.nodeId, body);
    // Framework messages are best effort: a lost one is replaced by the next.
    void this.session.message(data).catch((err: unknown) => this.log.debug({ error: (err as Error).message }, 'framework message not sent'));
  }

  /** Stops every task within `budgetMs` and waits until the agent has acknowledged their updates. */
  private async stopEverything(budgetMs: number): Promise<void> {
    if (this.shuttingDown) return;
    this.shuttingDown = true;
    const deadline = this.options.clock.now() + budgetMs;
    const pending: Promise<unknown>[] = [];
    for (const job of this.jobs.values()) {
      job.shutdown(Math.max(0, budgetMs - 1_000));
      pending.push(job.done);
    }
    if (this.server && this.server.runner.phase !== 'done') {
      this.server.health?.stop();
      this.server.runner.shutdown(Math.max(0, budgetMs - 1_000));
      pending.push(this.server.runner.done);
    }
    await Promise.race([Promise.all(pending), sleep(this.options.clock, budgetMs)]);
    while (this.session.unacknowledgedUpdates.length > 0 && this.options.clock.now() < deadline) await sleep(this.options.clock, 50);
  }
}

function sleep(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => clock.setTimer(ms, resolve));
}
