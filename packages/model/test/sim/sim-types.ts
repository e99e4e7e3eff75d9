// What the simulated master keeps about agents, executors and tasks.
import type { mesos } from '../../src/gen/mesos';
import type { Resource, ResourcePool } from './resource-pool';

type TaskInfo = mesos.v1.TaskInfo.$Properties;
type ExecutorInfo = mesos.v1.ExecutorInfo.$Properties;
type TaskStatus = mesos.v1.TaskStatus.$Properties;

export interface AgentSpec {
  hostname: string;
  ip: string;
  cpus: number;
  memMb: number;
  diskMb: number;
  /** Inclusive port ranges. */
  ports: [number, number][];
  attributes?: Record<string, string>;
}

export interface SimTask {
  readonly taskId: string;
  readonly agentId: string;
  readonly executorId: string;
  readonly info: TaskInfo;
  readonly resources: Resource[];
  state: mesos.v1.TaskState;
  launchedAtMs: number;
}

export interface SimExecutor {
  readonly executorId: string;
  readonly agentId: string;
  readonly info: ExecutorInfo;
  readonly resources: Resource[];
  readonly tasks: Set<string>;
}

export interface SimAgent {
  readonly id: string;
  readonly spec: AgentSpec;
  /** Resources not used by an executor/task nor held by an outstanding offer. */
  free: ResourcePool;
  readonly executors: Map<string, SimExecutor>;
  offerId: string | undefined;
  filteredUntilMs: number;
  lost: boolean;
}

export interface AcceptResult {
  launched: SimTask[];
  /** Master-generated updates (no uuid) for launches it refused. */
  statuses: TaskStatus[];
  /** Operations dropped as invalid, with why (a correct scheduler has none). */
  errors: string[];
}

export interface MasterCounters {
  offersMade: number;
  offersAccepted: number;
  offersDeclined: number;
  launches: number;
  reserves: number;
  creates: number;
  unreserves: number;
  destroys: number;
  invalidOperations: number;
  explicitReconciles: number;
  implicitReconciles: number;
  revives: number;
  suppresses: number;
}

export interface SimMasterOptions {
  /** Role offers are allocated to (MULTI_ROLE format: every offered resource carries allocation_info). */
  role: string;
  frameworkId: string;
  /** Default refuse_seconds when an ACCEPT/DECLINE carries no filter (Mesos: 5 s). */
  defaultRefuseSeconds?: number;
}
