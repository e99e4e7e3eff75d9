// The master's record of one framework: its FrameworkInfo, subscription, roles, tasks and executors.
import type { TimerHandle } from './clock';
import type { EventStream } from './stream';
import {
  CapabilityType,
  has,
  v1,
  type ExecutorInfoProps,
  type OperationStatusProps,
  type ResourceProps,
  type TaskInfoProps,
  type TaskStatusProps,
} from './types';
import type { FrameworkInfo } from '../contracts';

export interface MasterTask {
  taskId: string;
  frameworkId: string;
  agentId: string;
  /** Custom or default executor; undefined for command tasks. */
  executorId: string | undefined;
  info: TaskInfoProps;
  /** Normalized resources the task holds while it is not terminal. */
  resources: ResourceProps[];
  role: string;
  /** Latest state known to the master (STAGING until the agent reports). */
  state: number;
  latest: TaskStatusProps | undefined;
  /** uuid (hex) of the latest agent update forwarded, to drop the task when its terminal update is acked. */
  latestUuid: string | undefined;
  /** Set while the task's agent is unreachable. */
  unreachableTimeMs: number | undefined;
}

export interface MasterExecutor {
  frameworkId: string;
  agentId: string;
  executorId: string;
  info: ExecutorInfoProps;
  resources: ResourceProps[];
  role: string;
}

export interface PendingOperationUpdate {
  status: OperationStatusProps;
}

export class Framework {
  info: FrameworkInfo;
  stream: EventStream | undefined;
  /** Created from an agent's re-registration after a master restart; not subscribed yet. */
  recovered: boolean;
  suppressedRoles = new Set<string>();
  readonly tasks = new Map<string, MasterTask>();
  /** agentId -> executorId -> executor */
  readonly executors = new Map<string, Map<string, MasterExecutor>>();
  readonly completedTasks: string[] = [];
  /** taskId -> uuids (hex) of agent updates forwarded and not acknowledged yet */
  readonly pendingAcks = new Map<string, Set<string>>();
  readonly operations = new Map<string, OperationStatusProps>();
  /** uuid (hex) -> operation status update waiting for ACKNOWLEDGE_OPERATION_STATUS */
  readonly pendingOperationUpdates = new Map<string, OperationStatusProps>();
  failoverTimer: TimerHandle | undefined;
  registeredTimeMs: number;
  reregisteredTimeMs: number | undefined;
  unregisteredTimeMs: number | undefined;

  constructor(
    readonly id: string,
    info: FrameworkInfo,
    nowMs: number,
    recovered = false,
  ) {
    this.info = info;
    this.recovered = recovered;
    this.registeredTimeMs = nowMs;
  }

  get connected(): boolean {
    return this.stream !== undefined && !this.stream.closed;
  }

  /** Active frameworks get offers: connected, not a recovered placeholder. */
  get active(): boolean {
    return this.connected && !this.recovered;
  }

  capable(type: CapabilityType): boolean {
    return this.info.capabilities.some((c) => c.type === type);
  }

  get partitionAware(): boolean {
    return this.capable(CapabilityType.PARTITION_AWARE);
  }

  get caps(): { multiRole: boolean; refinement: boolean } {
    return { multiRole: this.capable(CapabilityType.MULTI_ROLE), refinement: this.capable(CapabilityType.RESERVATION_REFINEMENT) };
  }

  get roles(): string[] {
    return rolesOf(this.info);
  }

  executor(agentId: string, executorId: string): MasterExecutor | undefined {
    return this.executors.get(agentId)?.get(executorId);
  }

  addExecutor(e: MasterExecutor): void {
    let m = this.executors.get(e.agentId);
    if (!m) {
      m = new Map<string, MasterExecutor>();
      this.executors.set(e.agentId, m);
    }
    m.set(e.executorId, e);
  }

  removeExecutor(agentId: string, executorId: string): MasterExecutor | undefined {
    const m = this.executors.get(agentId);
    const e = m?.get(executorId);
    m?.delete(executorId);
    if (m && m.size === 0) this.executors.delete(agentId);
    return e;
  }

  tasksOn(agentId: string): MasterTask[] {
    return [...this.tasks.values()].filter((t) => t.agentId === agentId);
  }

  completeTask(taskId: string, keep: number): void {
    this.pendingAcks.delete(taskId);
    if (!this.tasks.delete(taskId)) return;
    this.completedTasks.push(taskId);
    if (this.completedTasks.length > keep) this.completedTasks.splice(0, this.completedTasks.length - keep);
  }
}

/** MULTI_ROLE frameworks use `roles`; others the (deprecated) `role`, "*" by default. */
export function rolesOf(info: FrameworkInfo): string[] {
  if (info.capabilities.some((c) => c.type === CapabilityType.MULTI_ROLE)) return [...info.roles];
  return [has(info, 'role') ? info.role : '*'];
}

/** A placeholder FrameworkInfo for a framework known only from an agent, until it resubscribes. */
export function placeholderInfo(frameworkId: string): FrameworkInfo {
  return new v1.FrameworkInfo({ user: '', name: '', id: { value: frameworkId } });
}
