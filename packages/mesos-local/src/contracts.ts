// The boundary between mesos-local's master and its agents, shaped after the messages real Mesos masters
// and agents exchange. The master owns frameworks, offers, resource accounting and its view of tasks;
// an agent owns executors, sandboxes, processes and the reliable status-update streams.
// Both sides are in one process; keeping them behind these two ports keeps each side replaceable and
// testable alone (a fake master for agent tests, fake agents for master tests).
import type { mesos } from '@cassandra-mesos/model';

type V1 = typeof mesos.v1;
export type FrameworkInfo = InstanceType<V1['FrameworkInfo']>;
export type TaskInfo = InstanceType<V1['TaskInfo']>;
export type TaskGroupInfo = InstanceType<V1['TaskGroupInfo']>;
export type ExecutorInfo = InstanceType<V1['ExecutorInfo']>;
export type TaskStatus = InstanceType<V1['TaskStatus']>;
export type AgentInfo = InstanceType<V1['AgentInfo']>;
export type Resource = InstanceType<V1['Resource']>;
export type KillPolicy = InstanceType<V1['KillPolicy']>;

/** Static description of one agent, from the mesos-local config file or a test. */
export interface AgentConfig {
  /** Hostname reported in offers and AgentInfo; defaults to the IP. */
  hostname?: string;
  /** Loopback address the agent "lives" on, e.g. 127.0.0.2; its executor API binds here. */
  ip: string;
  /** Port of the agent's executor API; 0 picks a free one. */
  port?: number;
  resources: { cpus: number; memMb: number; diskMb: number; ports: Array<[number, number]> };
  /** Text attributes, e.g. { rack: 'r1', dc: 'dc1' }. */
  attributes?: Record<string, string>;
}

/** What the master asks an agent to do (master -> agent messages in Mesos). */
export interface AgentPort {
  readonly agentId: string;
  readonly info: AgentInfo;
  /** "ip:port" of the executor API, what MESOS_AGENT_ENDPOINT carries. */
  readonly endpoint: string;
  /** Launch a task: start (or reuse) its executor, or run a command task; queue until the executor subscribes. */
  runTask(framework: FrameworkInfo, task: TaskInfo): void;
  runTaskGroup(framework: FrameworkInfo, executor: ExecutorInfo, group: TaskGroupInfo): void;
  killTask(frameworkId: string, taskId: string, killPolicy?: KillPolicy): void;
  shutdownExecutor(frameworkId: string, executorId: string): void;
  /** The framework was removed (teardown or failover timeout): kill everything of it. */
  shutdownFramework(frameworkId: string): void;
  /** Best effort, like Mesos: dropped when the executor is not subscribed. */
  frameworkMessage(frameworkId: string, executorId: string, data: Uint8Array): void;
  /** The scheduler acknowledged an update; the agent releases the next update of that task's stream. */
  acknowledge(frameworkId: string, taskId: string, uuid: Uint8Array): void;
  /** The framework (re)subscribed: resend every pending status update at once. */
  frameworkSubscribed(framework: FrameworkInfo): void;
  /**
   * What the agent runs, sent when it (re)registers with a master: after a partition heals or a master
   * restarts, the master rebuilds its view of tasks from this instead of declaring them lost.
   */
  reregistration(): AgentReregistration;
}

export interface AgentReregistration {
  tasks: Array<{ frameworkId: string; executorId?: string; task: TaskInfo; latest: TaskStatus }>;
  executors: Array<{ frameworkId: string; executor: ExecutorInfo }>;
}

/** An agent as mesos-local runs it: the port the master uses plus lifecycle and fault injection. */
export interface LocalAgent extends AgentPort {
  /** Stops serving the executor API. killProcesses=true also kills executors and tasks (machine loss). */
  stop(options: { killProcesses: boolean }): Promise<void>;
  /** Serves again after stop(); surviving executors resubscribe within their recovery timeout. */
  restart(): Promise<void>;
  /** Kills an executor's process (and its children) with a signal, as a crash would. */
  killExecutorProcess(frameworkId: string, executorId: string, signal?: NodeJS.Signals): boolean;
  readonly running: boolean;
}

export interface AgentOptions {
  agentId: string;
  config: AgentConfig;
  master: MasterPort;
  /** Root for sandboxes, persistent volumes and the fetcher cache of this agent. */
  workDir: string;
  /** Status-update retry: first retry after minMs, doubling up to maxMs (Mesos: 10 s .. 10 min). */
  statusUpdateRetry?: { minMs: number; maxMs: number };
  executorRegistrationTimeoutMs?: number; // Mesos: 1 min
  executorShutdownGraceMs?: number; // Mesos: 5 s
  /** Agent -> executor HEARTBEAT events (Mesos: 30 min). */
  executorHeartbeatMs?: number;
  /** After restart(), a checkpointed executor must resubscribe within this (Mesos: 2 s, max 15 s). */
  executorReregistrationTimeoutMs?: number;
  /** MESOS_RECOVERY_TIMEOUT given to checkpointed executors (Mesos: 15 min). */
  recoveryTimeoutMs?: number;
}

/** What an agent tells the master (agent -> master messages in Mesos). */
export interface MasterPort {
  /**
   * Forward a status update (it carries a uuid) to the framework. The agent keeps it pending and
   * retries with backoff until acknowledge() arrives; the master drops it when the framework is not
   * connected (the retry or the resend on resubscribe delivers it later).
   */
  statusUpdate(agentId: string, frameworkId: string, status: TaskStatus): void;
  /** An executor sent a MESSAGE call: forward as a scheduler MESSAGE event (best effort). */
  executorMessage(agentId: string, frameworkId: string, executorId: string, data: Uint8Array): void;
  /** A custom executor's process ended (raw wait status, or -1): a scheduler FAILURE event. */
  executorTerminated(agentId: string, frameworkId: string, executorId: string, status: number): void;
}
