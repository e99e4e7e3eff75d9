// What an ExecutorSession delivers: the agent's events, unwrapped and typed, plus DISCONNECTED.
import type { AgentInfo, ContainerID, ExecutorInfo, FrameworkInfo, KillPolicy, TaskGroupInfo, TaskID, TaskInfo } from '../types';

export type ExecutorEvent =
  | {
      type: 'SUBSCRIBED';
      executorInfo: ExecutorInfo;
      frameworkInfo: FrameworkInfo;
      agentInfo: AgentInfo;
      containerId: ContainerID | undefined;
      /** False for the first subscription, true after re-subscribing to a recovered agent. */
      resubscribed: boolean;
    }
  | { type: 'LAUNCH'; task: TaskInfo }
  | { type: 'LAUNCH_GROUP'; taskGroup: TaskGroupInfo }
  | { type: 'KILL'; taskId: TaskID; killPolicy: KillPolicy | undefined }
  /** The agent stored the update with this uuid (it no longer needs resending). */
  | { type: 'ACKNOWLEDGED'; taskId: TaskID; uuid: Uint8Array }
  | { type: 'MESSAGE'; data: Uint8Array }
  /** The agent reports an invalid call from this executor. */
  | { type: 'ERROR'; message: string }
  /** Kill every task, send their terminal updates and exit within the shutdown grace period. */
  | { type: 'SHUTDOWN' }
  | { type: 'HEARTBEAT' }
  /** Checkpointing only: the agent went away; SUBSCRIBE is retried until the recovery timeout. */
  | { type: 'DISCONNECTED'; reason: Error; retryInMs: number };

export type ExecutorEventType = ExecutorEvent['type'];

/** The agent connection broke and the framework does not checkpoint: the executor should exit. */
export class MesosAgentDisconnectedError extends Error {
  readonly code = 'MESOS_AGENT_DISCONNECTED';
  constructor(readonly reason: Error) {
    super(`lost the connection to the Mesos agent and the framework does not checkpoint: ${reason.message}`);
    this.name = 'MesosAgentDisconnectedError';
  }
}

/** Checkpointing: the agent did not come back within MESOS_RECOVERY_TIMEOUT. The executor should exit. */
export class MesosAgentRecoveryTimeoutError extends Error {
  readonly code = 'MESOS_AGENT_RECOVERY_TIMEOUT';
  constructor(
    readonly recoveryTimeoutMs: number,
    readonly reason: Error,
  ) {
    super(`the Mesos agent did not come back within the recovery timeout of ${recoveryTimeoutMs} ms (last error: ${reason.message})`);
    this.name = 'MesosAgentRecoveryTimeoutError';
  }
}
