// Simulated executors: what our executor and its Cassandra process would report, on a fake clock.
// A launched server task goes TASK_STARTING → TASK_RUNNING, then health ExecutorMessages report the
// node STARTING/JOINING and, after its simulated bootstrap, NORMAL with native transport up; then a
// check every health interval. KILL drains and ends in TASK_KILLED; SHUTDOWN ends the executor.
// Along the way it records what real Cassandra nodes would have suffered from (two nodes joining at
// once, a non-seed starting with no live seed, two processes of one node) as `violations`.
import { cassandra_mesos } from '../../src/gen/cassandra_mesos';
import { mesos } from '../../src/gen/mesos';
import type { SimMaster, SimTask } from './sim-master';
import { isTerminalTaskState } from '../../src/task-state';

type TaskStatus = mesos.v1.TaskStatus.$Properties;
const { TaskState } = mesos.v1;
const { Source } = mesos.v1.TaskStatus;

export interface ExecutorBehaviour {
  /** Launch → TASK_STARTING. */
  startingDelayMs: number;
  /** Launch → TASK_RUNNING (the process is up). */
  runningDelayMs: number;
  /** RUNNING → NORMAL for a seed, or for a node that joined the ring before (a restart). */
  restartToNormalMs: number;
  /** RUNNING → NORMAL for a node that bootstraps into the ring (streams data). */
  bootstrapMs: number;
  /** KILL → TASK_KILLED (drain, stop). */
  killDelayMs: number;
  /** Launch → TASK_FINISHED for config-update and node-job tasks. */
  shortTaskMs: number;
  /** Health check period; undefined = the task's health_check_interval_seconds. */
  healthIntervalMs?: number;
  /** DecommissionRequest → DECOMMISSIONED (streams the node's data away); RemoveNodeRequest likewise. */
  decommissionMs: number;
  /** When set, a DecommissionRequest is refused with this message (e.g. the replication factor needs the node). */
  refuseDecommission?: string;
  /** Node job: time per keyspace (default shortTaskMs). */
  jobKeyspaceMs?: number;
  /** Keyspaces a node job visits when the job names none. */
  keyspaces?: string[];
  /** Node jobs of these nodes fail (keyspace FAILURE, TASK_FAILED). */
  failJobsOn?: string[];
  /** SnapshotRequest → SnapshotResult (default shortTaskMs). */
  snapshotMs?: number;
  /** Snapshot requests of these nodes fail; 'silent' ones never answer. */
  failSnapshotOn?: string[];
  silentSnapshotOn?: string[];
  /** The edge's answer to pause-applications (default ok) and commit-backup (default ok). */
  pauseAnswer?: { ok: boolean; message: string };
  commitAnswer?: { ok: boolean; message: string };
}

export const DEFAULT_BEHAVIOUR: ExecutorBehaviour = {
  startingDelayMs: 500,
  runningDelayMs: 2_000,
  restartToNormalMs: 5_000,
  bootstrapMs: 30_000,
  killDelayMs: 2_000,
  shortTaskMs: 1_000,
  decommissionMs: 20_000,
};

/** What the simulation gives the executors: the clock, a timer, and the way back to the scheduler. */
export interface ExecutorHost {
  nowMs(): number;
  after(delayMs: number, action: () => void): void;
  /** An executor status update (reliable; the master records the state). */
  sendStatus(status: TaskStatus): void;
  sendMessage(agentId: string, executorId: string, data: Uint8Array): void;
  /** The executor process ended (Mesos FAILURE event). */
  executorEnded(agentId: string, executorId: string, status: number): void;
}

type Mode = 'STAGING' | 'STARTING' | 'JOINING' | 'NORMAL' | 'LEAVING' | 'DECOMMISSIONED' | 'ENDED';

export interface ServerProcess {
  readonly taskId: string;
  readonly nodeId: string;
  readonly agentId: string;
  readonly executorId: string;
  readonly hostname: string;
  readonly config: cassandra_mesos.v1.CassandraServerConfig.$Properties;
  readonly configId: string;
  readonly launchedAtMs: number;
  mode: Mode;
  generation: number;
  bootstraps: boolean;
}

export interface LaunchRecord {
  atMs: number;
  nodeId: string;
  taskId: string;
  agentId: string;
  executorId: string;
  hostname: string;
  kind: string;
  seeds: string[];
  autoBootstrap: boolean;
  replaceAddress: string;
  configId: string;
}

export class SimExecutors {
  readonly servers = new Map<string, ServerProcess>();
  readonly launches: LaunchRecord[] = [];
  readonly violations: string[] = [];
  /** Nodes whose data is in the ring (joined once): a restart does not bootstrap again. */
  private readonly joined = new Set<string>();
  private sequence = 0;
  private uuidCounter = 0;

  constructor(
    private readonly master: SimMaster,
    private readonly host: ExecutorHost,
    readonly behaviour: ExecutorBehaviour,
  ) {}

  /** Server processes currently up (STARTING, JOINING or NORMAL). */
  running(): ServerProcess[] {
    return [...this.servers.values()].filter((s) => s.mode !== 'ENDED' && s.mode !== 'STAGING');
  }

  serverOf(nodeId: string): ServerProcess | undefined {
    return [...this.servers.values()].find((s) => s.nodeId === nodeId && s.mode !== 'ENDED');
  }

  onLaunch(task: SimTask): void {
    const details = decodeDetails(task);
    const agent = this.master.agent(task.agentId);
    const kind = details?.task ?? 'none';
    const server = details?.server;
    this.launches.push({
      atMs: this.host.nowMs(),
      nodeId: details?.nodeId ?? '',
      taskId: task.taskId,
      agentId: task.agentId,
      executorId: task.executorId,
      hostname: agent.spec.hostname,
      kind,
      seeds: [...(server?.config?.seeds ?? [])],
      autoBootstrap: server?.config?.autoBootstrap === true,
      replaceAddress: server?.config?.replaceAddress ?? '',
      configId: server?.configId ?? details?.configUpdate?.configId ?? '',
    });
    if (!details || kind === 'none') {
      this.update(
        task,
        TaskState.TASK_FAILED,
        'TaskDetails missing or malformed',
        errorDetails(details?.nodeId ?? '', 'INVALID_TASK'),
      );
      return;
    }
    if (details.server) return this.launchServer(task, details.nodeId, details.server, agent.spec.hostname);
    if (details.nodeJob) return this.runNodeJob(task, details.nodeId, details.nodeJob);
    // config-update tasks: do the work, finish.
    this.host.after(this.behaviour.shortTaskMs, () => {
      if (this.master.tasks.get(task.taskId)?.state === TaskState.TASK_STAGING)
        this.update(task, TaskState.TASK_FINISHED, 'done');
    });
  }

  private launchServer(
    task: SimTask,
    nodeId: string,
    server: cassandra_mesos.v1.ServerTask.$Properties,
    hostname: string,
  ): void {
    const config = server.config ?? {};
    const twin = this.serverOf(nodeId);
    if (twin)
      this.violations.push(
        `${nodeId}: second server process launched (${task.taskId}) while ${twin.taskId} is ${twin.mode}`,
      );
    const sameHost = this.running().find((s) => s.hostname === hostname && s.nodeId !== nodeId);
    if (sameHost) this.violations.push(`${nodeId}: launched on ${hostname}, where ${sameHost.nodeId} runs`);
    const process: ServerProcess = {
      taskId: task.taskId,
      nodeId,
      agentId: task.agentId,
      executorId: task.executorId,
      hostname,
      config,
      configId: server.configId ?? '',
      launchedAtMs: this.host.nowMs(),
      mode: 'STAGING',
      generation: 0,
      bootstraps: config.autoBootstrap === true && !this.joined.has(nodeId),
    };
    this.servers.set(task.taskId, process);
    const gen = process.generation;
    const alive = (): boolean => process.generation === gen && process.mode !== 'ENDED';
    this.host.after(this.behaviour.startingDelayMs, () => {
      if (!alive()) return;
      process.mode = 'STARTING';
      this.update(task, TaskState.TASK_STARTING, 'starting Cassandra');
    });
    this.host.after(this.behaviour.runningDelayMs, () => {
      if (!alive()) return;
      this.checkStart(process);
      process.mode = process.bootstraps ? 'JOINING' : 'STARTING';
      this.update(task, TaskState.TASK_RUNNING, 'Cassandra is running', startedDetails(nodeId, process));
      this.sendHealth(process);
      const toNormal = process.bootstraps ? this.behaviour.bootstrapMs : this.behaviour.restartToNormalMs;
      this.host.after(toNormal, () => {
        if (!alive()) return;
        process.mode = 'NORMAL';
        this.joined.add(nodeId);
        this.sendHealth(process);
        this.scheduleHealth(process, gen, server.healthCheckIntervalSeconds ?? 30);
      });
    });
  }

  private checkStart(p: ServerProcess): void {
    const others = this.running().filter((s) => s.nodeId !== p.nodeId);
    if (p.bootstraps) {
      const joining = others.find((s) => s.bootstraps && s.mode === 'JOINING');
      if (joining)
        this.violations.push(`${p.nodeId}: started bootstrapping while ${joining.nodeId} was still joining`);
      const liveSeeds = others.filter(
        (s) => s.mode === 'NORMAL' && (p.config.seeds ?? []).includes(s.config.listenAddress ?? ''),
      );
      if (liveSeeds.length === 0)
        this.violations.push(
          `${p.nodeId}: bootstrapped with no live seed among ${JSON.stringify(p.config.seeds ?? [])}`,
        );
    }
  }

  private scheduleHealth(p: ServerProcess, gen: number, intervalSeconds: number): void {
    const every = this.behaviour.healthIntervalMs ?? Math.max(1, intervalSeconds) * 1000;
    this.host.after(every, () => {
      if (p.generation !== gen || p.mode === 'ENDED') return;
      this.sendHealth(p);
      this.scheduleHealth(p, gen, intervalSeconds);
    });
  }

  sendHealth(p: ServerProcess): void {
    const normal = p.mode === 'NORMAL';
    this.sendExecutorMessage(p, {
      health: {
        healthy: true,
        checkedAtMs: this.host.nowMs(),
        roundTripMs: 3,
        info: {
          operationMode: p.mode === 'JOINING' || p.mode === 'LEAVING' || p.mode === 'DECOMMISSIONED' ? p.mode : normal ? 'NORMAL' : 'STARTING',
          initialized: true,
          joined: normal,
          gossipRunning: true,
          nativeTransportRunning: normal,
          hostId: `host-id-${p.nodeId}`,
          tokenCount: 16,
          releaseVersion: '5.0.9',
          clusterName: p.config.clusterName ?? '',
          liveNodes: [],
          unreachableNodes: [],
          endpoint: `${p.config.listenAddress ?? ''}:7000`,
          uptimeMs: this.host.nowMs() - p.launchedAtMs,
        },
      },
    });
  }

  /** An ExecutorMessage from the executor of `p`, framed as the real executor frames it. */
  private sendExecutorMessage(p: ServerProcess, body: Pick<cassandra_mesos.v1.IExecutorMessage, 'health' | 'ringChange' | 'jobProgress' | 'snapshotResult'>): void {
    const message = cassandra_mesos.v1.ExecutorMessage.create({
      protocolVersion: 1,
      sequence: ++this.sequence,
      sentAtMs: this.host.nowMs(),
      nodeId: p.nodeId,
      executorId: p.executorId,
      ...body,
    });
    this.host.sendMessage(p.agentId, p.executorId, cassandra_mesos.v1.ExecutorMessage.encode(message).finish());
  }

  /** KILL of a task the executor runs: drain, stop, TASK_KILLED. */
  onKill(taskId: string): void {
    const task = this.master.tasks.get(taskId);
    if (!task) return;
    const p = this.servers.get(taskId);
    if (p) p.generation++;
    this.host.after(this.behaviour.killDelayMs, () => {
      if (p) p.mode = 'ENDED';
      this.update(
        task,
        TaskState.TASK_KILLED,
        'killed by the scheduler',
        exitedDetails(p?.nodeId ?? '', -1, 'SIGTERM', true),
      );
    });
  }

  /** SchedulerMessage: health-check requests, decommission and removenode of a scale-down. */
  onMessage(agentId: string, executorId: string, data: Uint8Array): void {
    const message = cassandra_mesos.v1.SchedulerMessage.decode(data);
    const p = [...this.servers.values()].find(
      (s) => s.agentId === agentId && s.executorId === executorId && s.mode !== 'ENDED',
    );
    if (!p || p.mode === 'STAGING') return;
    switch (message.body) {
      case 'healthCheckRequest':
        this.sendHealth(p);
        return;
      case 'decommissionRequest':
        this.decommission(p);
        return;
      case 'removeNodeRequest':
        this.ringChanges.push({ atMs: this.host.nowMs(), op: 'removenode', nodeId: message.removeNodeRequest?.nodeId ?? '', by: p.nodeId });
        this.host.after(this.behaviour.decommissionMs, () => {
          if (p.mode === 'ENDED') return;
          this.sendRingChange(p, message.removeNodeRequest?.nodeId ?? '', 'REMOVE_NODE', 'RING_CHANGE_SUCCEEDED', '');
        });
        return;
      case 'snapshotRequest': {
        const request = message.snapshotRequest;
        this.snapshotRequests.push({ atMs: this.host.nowMs(), nodeId: p.nodeId, jobId: request?.jobId ?? '', tag: request?.tag ?? '' });
        if ((this.behaviour.silentSnapshotOn ?? []).includes(p.nodeId)) return;
        const fail = (this.behaviour.failSnapshotOn ?? []).includes(p.nodeId);
        const ms = this.behaviour.snapshotMs ?? this.behaviour.shortTaskMs;
        this.host.after(ms, () => {
          this.sendExecutorMessage(p, { snapshotResult: { jobId: request?.jobId ?? '', tag: request?.tag ?? '', ok: !fail, message: fail ? 'simulated snapshot failure' : '', durationMs: ms } });
        });
        return;
      }
      case 'clearSnapshotRequest':
        this.clearedSnapshots.push({ nodeId: p.nodeId, tag: message.clearSnapshotRequest?.tag ?? '' });
        return;
      case 'abortNodeJob':
      case 'jobStatusRequest':
      case 'metadataRequest':
      case undefined:
        return;
    }
  }

  /** Consistent-backup snapshot requests received, and snapshots dropped after a failure. */
  readonly snapshotRequests: { atMs: number; nodeId: string; jobId: string; tag: string }[] = [];
  readonly clearedSnapshots: { nodeId: string; tag: string }[] = [];

  /** Node job tasks run, in launch order. */
  readonly nodeJobs: { atMs: number; nodeId: string; taskId: string; jobId: string; keyspaces: string[]; task: cassandra_mesos.v1.NodeJobTask.$Properties }[] = [];

  /** A node job: one keyspace after another (progress messages), then TASK_FINISHED/FAILED with the record. */
  private runNodeJob(task: SimTask, nodeId: string, job: cassandra_mesos.v1.NodeJobTask.$Properties): void {
    const keyspaces = job.params?.keyspaces?.length ? [...job.params.keyspaces] : [...(this.behaviour.keyspaces ?? ['ks1', 'ks2'])];
    this.nodeJobs.push({ atMs: this.host.nowMs(), nodeId, taskId: task.taskId, jobId: job.jobId ?? '', keyspaces, task: job });
    const fail = (this.behaviour.failJobsOn ?? []).includes(nodeId);
    const perKeyspace = this.behaviour.jobKeyspaceMs ?? this.behaviour.shortTaskMs;
    const startedAtMs = this.host.nowMs();
    const done: cassandra_mesos.v1.KeyspaceProgress.$Properties[] = [];
    const record = (state: keyof typeof cassandra_mesos.v1.NodeJobState, current: string): cassandra_mesos.v1.NodeJobRecord.$Properties => ({
      jobId: job.jobId ?? '',
      nodeId,
      taskId: task.taskId,
      state: cassandra_mesos.v1.NodeJobState[state],
      startedAtMs,
      finishedAtMs: state === 'NODE_JOB_RUNNING' ? 0 : this.host.nowMs(),
      keyspaces: done.map((k) => ({ ...k })),
      remainingKeyspaces: keyspaces.slice(done.length + (current ? 1 : 0)),
      currentKeyspace: current,
      // Byte figures as a backup/restore part reports them: 1000 per keyspace, half of it already stored.
      bytesDone: 1000 * done.length,
      bytesTotal: 1000 * keyspaces.length,
      bytesSkipped: 500 * done.length,
      rateBytesPerSecond: current ? 1000 / Math.max(1, perKeyspace / 1000) : 0,
      failureMessage: fail ? 'Repair job has failed with the error message: simulated failure' : '',
    });
    this.update(task, TaskState.TASK_RUNNING, 'node job started');
    const p = this.serverOf(nodeId);
    const step = (i: number): void => {
      const live = this.master.tasks.get(task.taskId);
      if (!live || isTerminalTaskState(live.state)) return;
      if (i >= keyspaces.length || (fail && i > 0)) {
        const state = fail ? 'NODE_JOB_FAILED' : 'NODE_JOB_SUCCEEDED';
        this.update(task, fail ? TaskState.TASK_FAILED : TaskState.TASK_FINISHED, fail ? 'node job failed' : 'node job done', jobResultDetails(nodeId, record(state, '')));
        return;
      }
      const keyspace = keyspaces[i] ?? '';
      if (p) this.sendExecutorMessage(p, { jobProgress: record('NODE_JOB_RUNNING', keyspace) });
      this.host.after(perKeyspace, () => {
        done.push({ keyspace, status: fail ? 'FAILURE' : 'SUCCESS', durationMs: perKeyspace, message: fail ? 'simulated failure' : '' });
        step(i + 1);
      });
    };
    step(0);
  }

  /** Ring departures asked of the executors, in order. */
  readonly ringChanges: { atMs: number; op: 'decommission' | 'removenode'; nodeId: string; by: string }[] = [];

  private decommission(p: ServerProcess): void {
    if (p.mode === 'LEAVING' || p.mode === 'DECOMMISSIONED') return; // already on its way: a repeated request
    this.ringChanges.push({ atMs: this.host.nowMs(), op: 'decommission', nodeId: p.nodeId, by: p.nodeId });
    if (this.behaviour.refuseDecommission) {
      this.sendRingChange(p, p.nodeId, 'DECOMMISSION', 'RING_CHANGE_FAILED', this.behaviour.refuseDecommission);
      return;
    }
    const gen = p.generation;
    p.mode = 'LEAVING';
    this.sendRingChange(p, p.nodeId, 'DECOMMISSION', 'RING_CHANGE_STARTED', '');
    this.sendHealth(p);
    this.host.after(this.behaviour.decommissionMs, () => {
      if (p.generation !== gen || p.mode !== 'LEAVING') return;
      p.mode = 'DECOMMISSIONED';
      this.sendHealth(p);
      this.sendRingChange(p, p.nodeId, 'DECOMMISSION', 'RING_CHANGE_SUCCEEDED', '');
    });
  }

  private sendRingChange(
    p: ServerProcess,
    nodeId: string,
    operation: keyof typeof cassandra_mesos.v1.RingChangeOperation,
    state: keyof typeof cassandra_mesos.v1.RingChangeState,
    message: string,
  ): void {
    this.sendExecutorMessage(p, {
      ringChange: {
        operation: cassandra_mesos.v1.RingChangeOperation[operation],
        nodeId,
        state: cassandra_mesos.v1.RingChangeState[state],
        message,
        durationMs: this.behaviour.decommissionMs,
      },
    });
  }

  /** SHUTDOWN: every task of the executor is killed, then the executor exits (its resources return). */
  onShutdown(agentId: string, executorId: string): void {
    const executor = this.master.agents.get(agentId)?.executors.get(executorId);
    if (!executor) return;
    const tasks = [...executor.tasks];
    for (const taskId of tasks) this.onKill(taskId);
    this.host.after(this.behaviour.killDelayMs + 1, () => {
      if (this.master.removeExecutor(agentId, executorId)) this.host.executorEnded(agentId, executorId, 0);
    });
  }

  /** Fault: the Cassandra process of the node crashes (the executor stays, reports TASK_FAILED). */
  crashServer(nodeId: string, exitCode = 137): string {
    const p = this.serverOf(nodeId);
    if (!p) throw new Error(`simulation: ${nodeId} has no running server process to crash`);
    p.generation++;
    p.mode = 'ENDED';
    const task = this.master.tasks.get(p.taskId);
    if (task)
      this.update(
        task,
        TaskState.TASK_FAILED,
        `Cassandra exited with code ${exitCode}`,
        exitedDetails(nodeId, exitCode, '', false),
      );
    return p.taskId;
  }

  /** The agent is gone: its processes are gone with it (no updates; the master reports TASK_LOST). */
  agentLost(agentId: string): void {
    for (const p of this.servers.values()) {
      if (p.agentId !== agentId || p.mode === 'ENDED') continue;
      p.generation++;
      p.mode = 'ENDED';
    }
  }

  private update(task: SimTask, state: mesos.v1.TaskState, message: string, data?: Uint8Array): void {
    if (!this.master.updateTask(task.taskId, state)) return;
    if (
      state === TaskState.TASK_FAILED ||
      state === TaskState.TASK_KILLED ||
      state === TaskState.TASK_FINISHED
    ) {
      const p = this.servers.get(task.taskId);
      if (p) p.mode = 'ENDED';
    }
    const status: TaskStatus = {
      task_id: { value: task.taskId },
      state,
      message,
      source: Source.SOURCE_EXECUTOR,
      agent_id: { value: task.agentId },
      executor_id: { value: task.executorId },
      timestamp: this.host.nowMs() / 1000,
      uuid: this.nextUuid(),
    };
    if (data) status.data = data;
    this.host.sendStatus(status);
  }

  private nextUuid(): Uint8Array {
    const bytes = new Uint8Array(16);
    let n = ++this.uuidCounter;
    for (let i = 15; i >= 0 && n > 0; i--) {
      bytes[i] = n & 0xff;
      n = Math.floor(n / 256);
    }
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    return bytes;
  }
}

function jobResultDetails(nodeId: string, record: cassandra_mesos.v1.NodeJobRecord.$Properties): Uint8Array {
  return cassandra_mesos.v1.TaskStatusDetails.encode({ protocolVersion: 1, nodeId, jobResult: record }).finish();
}

function decodeDetails(task: SimTask): cassandra_mesos.v1.TaskDetails | undefined {
  const data = task.info.data;
  if (!data || data.length === 0) return undefined;
  try {
    return cassandra_mesos.v1.TaskDetails.decode(data);
  } catch {
    return undefined;
  }
}

function startedDetails(nodeId: string, p: ServerProcess): Uint8Array {
  return cassandra_mesos.v1.TaskStatusDetails.encode({
    protocolVersion: 1,
    nodeId,
    serverStarted: {
      pid: 1000 + p.generation,
      ports: p.config.ports ?? {},
      configId: p.configId,
      jolokiaUrl: `http://${p.config.listenAddress ?? ''}:8778/jolokia/`,
    },
  }).finish();
}

function exitedDetails(nodeId: string, exitCode: number, signal: string, drained: boolean): Uint8Array {
  return cassandra_mesos.v1.TaskStatusDetails.encode({
    protocolVersion: 1,
    nodeId,
    serverExited: { exitCode, signal, drained, logTail: [] },
  }).finish();
}

function errorDetails(nodeId: string, type: keyof typeof cassandra_mesos.v1.TaskErrorType): Uint8Array {
  return cassandra_mesos.v1.TaskStatusDetails.encode({
    protocolVersion: 1,
    nodeId,
    error: { type: cassandra_mesos.v1.TaskErrorType[type], message: 'TaskDetails missing or malformed' },
  }).finish();
}
