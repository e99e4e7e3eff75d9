// A simulated Mesos master with its agents, for deterministic scheduler simulations (the role
// dcos-commons' ServiceTestRunner gives its fake driver). It keeps what real Mesos keeps for one
// framework: each agent's resources (with our reservations and persistent volumes, which survive task
// and executor ends), outstanding offers, decline filters, executors and tasks. It applies ACCEPT
// operations by the real rules (RESERVE/CREATE/LAUNCH/UNRESERVE/DESTROY must name resources the offer
// holds; an invalid LAUNCH ends in TASK_ERROR) and answers reconciliation like Master::reconcile.
// Time is passed in; it schedules nothing itself.
import { mesos } from '../../src/gen/mesos';
import { isTerminalTaskState } from '../../src/task-state';
import { portsResource, type Resource, ResourcePool, scalarResource } from './resource-pool';
import { applyOperation } from './sim-accept';
import type {
  AcceptResult,
  AgentSpec,
  MasterCounters,
  SimAgent,
  SimExecutor,
  SimMasterOptions,
  SimTask,
} from './sim-types';

export type {
  AcceptResult,
  AgentSpec,
  MasterCounters,
  SimAgent,
  SimExecutor,
  SimMasterOptions,
  SimTask,
} from './sim-types';

type Offer = mesos.v1.Offer.$Properties;
type Operation = mesos.v1.Offer.Operation.$Properties;
type TaskInfo = mesos.v1.TaskInfo.$Properties;
type TaskStatus = mesos.v1.TaskStatus.$Properties;

const { TaskState } = mesos.v1;
const { Source, Reason } = mesos.v1.TaskStatus;

export class SimMaster {
  readonly agents = new Map<string, SimAgent>();
  readonly tasks = new Map<string, SimTask>();
  readonly offers = new Map<string, { agentId: string; pool: ResourcePool }>();
  readonly counters: MasterCounters = {
    offersMade: 0,
    offersAccepted: 0,
    offersDeclined: 0,
    launches: 0,
    reserves: 0,
    creates: 0,
    unreserves: 0,
    destroys: 0,
    invalidOperations: 0,
    explicitReconciles: 0,
    implicitReconciles: 0,
    revives: 0,
    suppresses: 0,
  };
  suppressed = false;
  private nextOfferNumber = 0;

  constructor(private readonly options: SimMasterOptions) {}

  get role(): string {
    return this.options.role;
  }

  get frameworkId(): string {
    return this.options.frameworkId;
  }

  addAgent(spec: AgentSpec): SimAgent {
    const id = `agent-${this.agents.size}-${spec.hostname}`;
    const resources = [
      scalarResource('cpus', spec.cpus),
      scalarResource('mem', spec.memMb),
      scalarResource('disk', spec.diskMb),
    ];
    for (const [begin, end] of spec.ports) resources.push(portsResource(begin, end));
    const agent: SimAgent = {
      id,
      spec,
      free: new ResourcePool(resources),
      executors: new Map(),
      offerId: undefined,
      filteredUntilMs: 0,
      lost: false,
    };
    this.agents.set(id, agent);
    return agent;
  }

  agent(agentId: string): SimAgent {
    const agent = this.agents.get(agentId);
    if (!agent) throw new Error(`simulated master: no agent '${agentId}'`);
    return agent;
  }

  /** One allocation round: an offer per agent that has free resources, no outstanding offer, no filter. */
  allocate(nowMs: number): Offer[] {
    if (this.suppressed) return [];
    const out: Offer[] = [];
    for (const agent of this.agents.values()) {
      if (agent.lost || agent.offerId !== undefined || agent.filteredUntilMs > nowMs || agent.free.isEmpty())
        continue;
      out.push(this.offer(agent));
    }
    return out;
  }

  private offer(agent: SimAgent): Offer {
    const offerId = `offer-${this.nextOfferNumber++}`;
    const pool = agent.free;
    agent.free = new ResourcePool();
    agent.offerId = offerId;
    this.offers.set(offerId, { agentId: agent.id, pool });
    this.counters.offersMade++;
    const offer: Offer = {
      id: { value: offerId },
      framework_id: { value: this.options.frameworkId },
      agent_id: { value: agent.id },
      hostname: agent.spec.hostname,
      url: {
        scheme: 'http',
        address: { hostname: agent.spec.hostname, ip: agent.spec.ip, port: 5051 },
        path: '/slave(1)',
      },
      resources: pool.toResources(this.options.role),
      executor_ids: [...agent.executors.keys()].map((value) => ({ value })),
      allocation_info: { role: this.options.role },
    };
    const attributes = Object.entries(agent.spec.attributes ?? {});
    if (attributes.length > 0) {
      offer.attributes = attributes.map(([name, value]) => ({
        name,
        type: mesos.v1.Value.Type.TEXT,
        text: { value },
      }));
    }
    return offer;
  }

  /** Offers the scheduler holds, for the agent going away (returns the ids to rescind). */
  rescindAll(agentId?: string): string[] {
    const rescinded: string[] = [];
    for (const [offerId, held] of this.offers) {
      if (agentId !== undefined && held.agentId !== agentId) continue;
      this.returnOffer(offerId, 0, 0);
      rescinded.push(offerId);
    }
    return rescinded;
  }

  decline(offerIds: readonly string[], refuseSeconds: number | undefined, nowMs: number): void {
    for (const offerId of offerIds) {
      if (this.returnOffer(offerId, nowMs, this.refuseMs(refuseSeconds))) this.counters.offersDeclined++;
    }
  }

  accept(
    offerIds: readonly string[],
    operations: readonly Operation[],
    refuseSeconds: number | undefined,
    nowMs: number,
  ): AcceptResult {
    const result: AcceptResult = { launched: [], statuses: [], errors: [] };
    const held = offerIds.map((id) => ({ id, held: this.offers.get(id) }));
    const missing = held.filter((h) => !h.held).map((h) => h.id);
    const agentIds = new Set(held.flatMap((h) => (h.held ? [h.held.agentId] : [])));
    if (missing.length > 0 || agentIds.size !== 1) {
      // Mesos: invalid offers → every LAUNCH ends TASK_DROPPED/LOST (REASON_INVALID_OFFERS), nothing applied.
      const why =
        missing.length > 0 ? `unknown or used offers ${missing.join(', ')}` : 'offers from several agents';
      result.errors.push(`ACCEPT refused: ${why}`);
      this.counters.invalidOperations++;
      for (const h of held) if (h.held) this.returnOffer(h.id, nowMs, 0);
      for (const op of operations) {
        for (const task of op.launch?.task_infos ?? []) {
          result.statuses.push(
            this.masterStatus(
              task,
              TaskState.TASK_LOST,
              Reason.REASON_INVALID_OFFERS,
              `Task launched with invalid offers: ${why}`,
              nowMs,
            ),
          );
        }
      }
      return result;
    }
    const agent = this.agent([...agentIds][0] ?? '');
    const pool = new ResourcePool();
    for (const h of held) {
      if (!h.held) continue;
      pool.absorb(h.held.pool);
      this.offers.delete(h.id);
    }
    agent.offerId = undefined;
    this.counters.offersAccepted += held.length;
    for (const op of operations) applyOperation(this, agent, pool, op, nowMs, result);
    agent.free.absorb(pool);
    agent.filteredUntilMs = nowMs + this.refuseMs(refuseSeconds);
    return result;
  }

  /** Records a task's new state (from its executor); frees its resources when it ended. */
  updateTask(taskId: string, state: mesos.v1.TaskState): SimTask | undefined {
    const task = this.tasks.get(taskId);
    if (!task || isTerminalTaskState(task.state)) return undefined;
    task.state = state;
    if (isTerminalTaskState(state)) {
      const agent = this.agents.get(task.agentId);
      agent?.executors.get(task.executorId)?.tasks.delete(taskId);
      if (agent && !agent.lost) agent.free.add(task.resources);
    }
    return task;
  }

  /** The executor ended (shutdown or crash): its resources return; its tasks must already have ended. */
  removeExecutor(agentId: string, executorId: string): SimExecutor | undefined {
    const agent = this.agents.get(agentId);
    const executor = agent?.executors.get(executorId);
    if (!agent || !executor) return undefined;
    agent.executors.delete(executorId);
    if (!agent.lost) agent.free.add(executor.resources);
    return executor;
  }

  /**
   * The agent is gone for good (removed): its offers are rescinded, its tasks are LOST (master-generated,
   * no uuid), its reservations and volumes are gone with it.
   */
  loseAgent(agentId: string, nowMs: number): { rescinded: string[]; statuses: TaskStatus[] } {
    const agent = this.agent(agentId);
    const rescinded = this.rescindAll(agentId);
    agent.lost = true;
    const statuses: TaskStatus[] = [];
    for (const task of this.tasks.values()) {
      if (task.agentId !== agentId || isTerminalTaskState(task.state)) continue;
      task.state = TaskState.TASK_LOST;
      statuses.push(
        this.masterStatus(
          task.info,
          TaskState.TASK_LOST,
          Reason.REASON_AGENT_REMOVED,
          'Agent removed',
          nowMs,
        ),
      );
    }
    agent.executors.clear();
    return { rescinded, statuses };
  }

  /** Master::reconcile for a framework that is not partition-aware (answers TASK_LOST for unknown tasks). */
  reconcile(requested: readonly { taskId: string; agentId?: string }[], nowMs: number): TaskStatus[] {
    if (requested.length === 0) {
      this.counters.implicitReconciles++;
      return [...this.tasks.values()]
        .filter((t) => !isTerminalTaskState(t.state))
        .map((t) =>
          this.masterStatus(
            t.info,
            t.state,
            Reason.REASON_RECONCILIATION,
            'Reconciliation: Latest task state',
            nowMs,
          ),
        );
    }
    this.counters.explicitReconciles++;
    return requested.map(({ taskId, agentId }) => {
      const task = this.tasks.get(taskId);
      if (task)
        return this.masterStatus(
          task.info,
          task.state,
          Reason.REASON_RECONCILIATION,
          'Reconciliation: Latest task state',
          nowMs,
        );
      const info: TaskInfo = { name: taskId, task_id: { value: taskId }, agent_id: { value: agentId ?? '' } };
      const message = this.agents.has(agentId ?? '')
        ? 'Reconciliation: Task is unknown to the agent'
        : 'Reconciliation: Task is unknown';
      return this.masterStatus(info, TaskState.TASK_LOST, Reason.REASON_RECONCILIATION, message, nowMs);
    });
  }

  suppress(): void {
    this.suppressed = true;
    this.counters.suppresses++;
  }

  /**
   * Scalars reserved on the agent under a reservation label value (free, offered or in use), by name:
   * what a node's reservation amounts to. It must not grow when the node restarts.
   */
  reservedScalars(agentId: string, labelValue: string): Record<string, number> {
    const agent = this.agent(agentId);
    const all: Resource[] = [...agent.free.toResources()];
    for (const held of this.offers.values())
      if (held.agentId === agentId) all.push(...held.pool.toResources());
    for (const executor of agent.executors.values()) all.push(...executor.resources);
    for (const task of this.tasks.values())
      if (task.agentId === agentId && !isTerminalTaskState(task.state)) all.push(...task.resources);
    const sums: Record<string, number> = {};
    for (const r of all) {
      const top = r.reservations?.[r.reservations.length - 1];
      if (
        !top?.labels?.labels?.some((l) => l.value === labelValue) ||
        r.scalar === undefined ||
        r.scalar === null
      )
        continue;
      sums[r.name ?? ''] = Math.round(((sums[r.name ?? ''] ?? 0) + Number(r.scalar.value)) * 1000) / 1000;
    }
    return sums;
  }

  /** The framework (re)subscribed without suppressed roles. */
  subscribed(): void {
    this.suppressed = false;
  }

  /** Clears every decline filter and lifts a suppress (REVIVE). */
  revive(): void {
    this.suppressed = false;
    this.counters.revives++;
    for (const agent of this.agents.values()) agent.filteredUntilMs = 0;
  }

  private returnOffer(offerId: string, nowMs: number, refuseMs: number): boolean {
    const held = this.offers.get(offerId);
    if (!held) return false;
    this.offers.delete(offerId);
    const agent = this.agent(held.agentId);
    agent.offerId = undefined;
    if (!agent.lost) {
      // Nothing freed meanwhile: take the pool back as it is (it keeps its cached offer resources).
      if (agent.free.isEmpty()) agent.free = held.pool;
      else agent.free.absorb(held.pool);
    }
    if (refuseMs > 0) agent.filteredUntilMs = Math.max(agent.filteredUntilMs, nowMs + refuseMs);
    return true;
  }

  private refuseMs(refuseSeconds: number | undefined): number {
    const seconds =
      refuseSeconds === undefined || refuseSeconds < 0
        ? (this.options.defaultRefuseSeconds ?? 5)
        : refuseSeconds;
    return Math.round(seconds * 1000);
  }

  /** A status update the master generates itself (no uuid, never retried). */
  masterStatus(
    task: TaskInfo,
    state: mesos.v1.TaskState,
    reason: mesos.v1.TaskStatus.Reason,
    message: string,
    nowMs: number,
  ): TaskStatus {
    const status: TaskStatus = {
      task_id: { value: task.task_id?.value ?? '' },
      state,
      source: Source.SOURCE_MASTER,
      reason,
      message,
      timestamp: nowMs / 1000,
    };
    if (task.agent_id.value) status.agent_id = { value: task.agent_id.value };
    const executorId =
      task.executor?.executor_id?.value ?? this.tasks.get(task.task_id?.value ?? '')?.executorId;
    if (executorId) status.executor_id = { value: executorId };
    return status;
  }
}
