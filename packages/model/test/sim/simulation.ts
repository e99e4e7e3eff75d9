// A deterministic simulation of the whole scheduler loop, in the style of dcos-commons'
// ServiceTestRunner: the real decision core (decide) drives a simulated Mesos master with N agents,
// simulated executors and an embedded store, on a fake clock. Faults are scripted: task crashes, lost
// agents, scheduler restarts (everything not persisted is dropped), config changes, operator commands.
//
// The driver part (`execute`) does what the real driver will do: persist-* decisions are written
// before the next decision runs (write-ahead), Mesos calls go to the master, in order.
import { cassandra_mesos } from '../../src/gen/cassandra_mesos';
import { mesos } from '../../src/gen/mesos';
import {
  normalizeFrameworkConfig,
  proposeConfigTarget,
  type ConfigDecision,
  type FrameworkConfigInput,
} from '../../src/framework-config';
import type { Plan } from '../../src/plans';
import { createSchedulerState, decide, derivePlans, isLive } from '../../src/scheduler';
import type {
  DecideContext,
  Decision,
  OperatorCommand,
  SchedulerInput,
  SchedulerState,
} from '../../src/scheduler/types';
import { EventQueue } from './event-queue';
import { DEFAULT_BEHAVIOUR, SimExecutors } from './sim-executors';
import { SimMaster } from './sim-master';
import { SimStore } from './sim-store';
import {
  DEFAULT_LAUNCH,
  describeSimulation,
  type RecordedDecision,
  type SimulationOptions,
} from './simulation-options';

export { DEFAULT_LAUNCH } from './simulation-options';
export type { RecordedDecision, SimulationOptions } from './simulation-options';

type TaskStatus = mesos.v1.TaskStatus.$Properties;

export class Simulation {
  readonly queue = new EventQueue();
  readonly master: SimMaster;
  readonly executors: SimExecutors;
  readonly store = new SimStore();
  readonly decisions: RecordedDecision[] = [];
  /** Operations the master refused and write-ahead breaches: a correct core causes none. */
  readonly problems: string[] = [];
  /** Backup edge actions the core asked for (pause, unpause, commit), in order. */
  readonly edgeActions: { atMs: number; type: string; jobId: string; nodes?: string[] }[] = [];
  readonly latenciesMs: number[] = [];
  readonly counts = { decides: 0, offersReceived: 0, inputs: {} as Record<string, number> };
  /** Undefined while the scheduler is down. */
  state: SchedulerState | undefined;
  epoch = 0;
  private readonly ctx: DecideContext;
  private readonly options: Required<
    Pick<SimulationOptions, 'tickMs' | 'allocationIntervalMs' | 'latencyMs' | 'recordDecisions' | 'measure'>
  > &
    SimulationOptions;
  private ids = 0;
  private crashBefore: ((d: Decision) => boolean) | undefined;
  private crashDowntimeMs = 0;
  /** Executor status updates not yet seen by a live scheduler: the agent resends them on re-subscribe. */
  private readonly unacked = new Map<string, TaskStatus>();

  constructor(options: SimulationOptions) {
    this.options = {
      tickMs: 1_000,
      allocationIntervalMs: 1_000,
      latencyMs: 5,
      recordDecisions: true,
      measure: false,
      ...options,
    };
    this.master = new SimMaster({ role: options.config.role ?? '*', frameworkId: 'sim-framework-0001' });
    for (const agent of options.agents) this.master.addAgent(agent);
    this.executors = new SimExecutors(
      this.master,
      {
        nowMs: () => this.queue.nowMs,
        after: (delayMs, action) => this.queue.after(delayMs, action),
        sendStatus: (status) => this.sendStatus(status),
        sendMessage: (agentId, executorId, data) =>
          this.toScheduler({ type: 'framework-message', agentId, executorId, data }),
        executorEnded: (agentId, executorId, status) =>
          this.toScheduler({ type: 'executor-failure', agentId, executorId, status }),
      },
      { ...DEFAULT_BEHAVIOUR, ...options.behaviour },
    );
    this.ctx = { launch: { ...DEFAULT_LAUNCH, ...options.launch }, ids: { uuid: () => this.uuid() } };
    const initial = options.beyondConfigLimits
      ? acceptedWithoutValidation(options.config, this.uuid())
      : proposeConfigTarget({ target: undefined, current: undefined }, options.config, 0, this.uuid());
    if (!initial.accepted)
      throw new Error(
        `simulation config is invalid: ${initial.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
      );
    this.store.applyConfigDecision(initial);
  }

  get nowMs(): number {
    return this.queue.nowMs;
  }

  /** Starts the scheduler (from the store) and subscribes it; starts the tick and allocation loops. */
  start(): this {
    this.bootScheduler(false);
    this.loop(this.options.tickMs, () => this.deliver({ type: 'tick' }));
    this.loop(this.options.allocationIntervalMs, () => this.allocate());
    return this;
  }

  /**
   * Kills the scheduler: its memory, in-flight events and outstanding offers are gone; after
   * `downtimeMs` a new one starts from the store and re-subscribes with its framework id.
   */
  restartScheduler(downtimeMs = 0): void {
    this.state = undefined;
    this.epoch++;
    this.master.rescindAll();
    this.queue.after(downtimeMs, () => this.bootScheduler(true));
  }

  private bootScheduler(resubscribe: boolean): void {
    this.state = createSchedulerState(this.store.load(), this.options.coreSettings);
    const frameworkId = this.store.frameworkRecord()?.frameworkId || this.master.frameworkId;
    this.master.subscribed(); // a SUBSCRIBE without suppressed_roles starts unsuppressed (decline filters stay)
    this.toScheduler({ type: 'subscribed', frameworkId, resubscribed: resubscribe });
    // Reliable updates the dead scheduler never acknowledged come again.
    for (const status of this.unacked.values()) this.toScheduler({ type: 'status', status });
  }

  /**
   * Runs the simulation until `predicate` holds; throws with a diagnosis when `maxMs` pass first.
   * `pollMs` > 0 checks the predicate only once per that much simulated time (for costly predicates
   * in big simulations); 0 checks after every event.
   */
  runUntil(predicate: (sim: this) => boolean, maxMs: number, what = 'the condition', pollMs = 0): void {
    const deadline = this.nowMs + maxMs;
    let nextCheck = this.nowMs;
    for (;;) {
      if (this.nowMs >= nextCheck) {
        if (predicate(this)) return;
        nextCheck = pollMs > 0 ? this.nowMs + pollMs : this.nowMs;
      }
      const next = this.queue.peekMs();
      if (next === undefined || next > deadline) {
        throw new Error(
          `simulation: ${what} did not hold within ${maxMs / 1000}s (now ${this.nowMs / 1000}s)\n${this.describe()}`,
        );
      }
      this.queue.runNext();
    }
  }

  /** Runs every event due in the next `ms`. */
  runFor(ms: number): void {
    const until = this.nowMs + ms;
    while ((this.queue.peekMs() ?? Infinity) <= until) this.queue.runNext();
    this.queue.advanceTo(until);
  }

  plans(): Plan[] {
    if (!this.state) throw new Error('simulation: the scheduler is down; it has no plans');
    return derivePlans(this.state, this.nowMs);
  }

  plan(name: string): Plan {
    const plan = this.plans().find((p) => p.name === name);
    if (!plan)
      throw new Error(
        `simulation: no plan '${name}' (plans: ${this.plans()
          .map((p) => p.name)
          .join(', ')})`,
      );
    return plan;
  }

  /** Nodes the scheduler considers live (server task running, last health check NORMAL with CQL up). */
  liveNodes(): string[] {
    return [...(this.state?.nodes.values() ?? [])].filter((n) => isLive(n)).map((n) => n.nodeId);
  }

  /** The deploy plan is COMPLETE and `nodeCount` nodes are live (an empty plan before the first subscription is not a deploy). */
  deployed(nodeCount: number): boolean {
    return (
      this.state !== undefined &&
      this.liveNodes().length === nodeCount &&
      this.plan('deploy').status === 'COMPLETE'
    );
  }

  operator(command: OperatorCommand): Decision[] {
    return this.deliver({ type: 'operator', command });
  }

  /** What an operator (or the environment at a restart) proposes; the store keeps the outcome. */
  changeConfig(candidate: FrameworkConfigInput, options: { canary?: boolean } = {}): ConfigDecision {
    const stored = this.store.target();
    const decision = proposeConfigTarget(
      { target: stored, current: this.store.version(stored.targetId) },
      candidate,
      this.nowMs,
      this.uuid(),
    );
    this.store.applyConfigDecision(decision);
    // What the driver does with an accepted or rejected candidate: the running core gets the new target
    // (or the old one with the rejection's errors) as a target-changed input.
    if (this.state) {
      const target = decision.accepted ? { id: decision.version.id, config: decision.version.config } : this.state.target;
      this.deliver({ type: 'target-changed', target, rejectedErrors: decision.accepted ? [] : decision.errors, configVersions: this.store.versions(), ...(options.canary ? { canary: true } : {}) });
    }
    return decision;
  }

  /** Fault: the node's Cassandra process dies. Returns the task id that failed. */
  crashNode(nodeId: string): string {
    return this.executors.crashServer(nodeId);
  }

  /** Fault: the node's agent is removed for good (its tasks LOST, reservations and volumes gone). */
  loseAgentOf(nodeId: string): string {
    const agentId = this.executors.serverOf(nodeId)?.agentId ?? this.store.node(nodeId)?.agentId ?? '';
    if (agentId === '') throw new Error(`simulation: ${nodeId} has no agent to lose`);
    this.executors.agentLost(agentId);
    const { rescinded, statuses } = this.master.loseAgent(agentId, this.nowMs);
    for (const offerId of rescinded) this.toScheduler({ type: 'rescind', offerId });
    for (const status of statuses) this.toScheduler({ type: 'status', status });
    this.toScheduler({ type: 'agent-failure', agentId });
    return agentId;
  }

  /** Feeds one input to the live scheduler now and executes its decisions. */
  deliver(input: SchedulerInput): Decision[] {
    const state = this.state;
    if (!state) return [];
    this.counts.inputs[input.type] = (this.counts.inputs[input.type] ?? 0) + 1;
    if (input.type === 'offers') this.counts.offersReceived += input.offers.length;
    const started = this.options.measure ? performance.now() : 0;
    const result = decide(state, input, this.nowMs, this.ctx);
    if (this.options.measure) this.latenciesMs.push(performance.now() - started);
    this.counts.decides++;
    this.state = result.state;
    for (const decision of result.decisions) {
      if (this.crashBefore?.(decision)) {
        // The scheduler dies before the driver executes this decision (and everything after it).
        this.crashBefore = undefined;
        this.restartScheduler(this.crashDowntimeMs);
        break;
      }
      if (this.options.recordDecisions)
        this.decisions.push({ atMs: this.nowMs, epoch: this.epoch, input: input.type, decision });
      this.execute(decision);
    }
    return result.decisions;
  }

  /**
   * Fault: the scheduler process dies just before the driver executes the first decision matching
   * `when` (e.g. between a launch's write-ahead persist and its ACCEPT); it restarts after `downtimeMs`.
   */
  crashBeforeDecision(when: (d: Decision) => boolean, downtimeMs = 0): void {
    this.crashBefore = when;
    this.crashDowntimeMs = downtimeMs;
  }

  /** Executes one decision as the driver does (persist-* to the store, the rest to Mesos). */
  execute(d: Decision): void {
    if (this.store.apply(d)) return;
    const now = this.nowMs;
    switch (d.type) {
      case 'accept': {
        this.checkWriteAhead(d);
        const result = this.master.accept(d.offerIds, d.operations, d.filters?.refuse_seconds, now);
        for (const error of result.errors) this.problems.push(`${now / 1000}s ${error}`);
        for (const status of result.statuses) this.toScheduler({ type: 'status', status });
        for (const task of result.launched) this.executors.onLaunch(task);
        return;
      }
      case 'decline':
        return this.master.decline(d.offerIds, d.refuseSeconds, now);
      case 'kill': {
        const task = this.master.tasks.get(d.taskId);
        const reachable =
          task && !this.master.agent(task.agentId).lost && task.state !== mesos.v1.TaskState.TASK_LOST;
        if (reachable) return this.executors.onKill(d.taskId);
        // Mesos: KILL of a task the master does not know runs explicit reconciliation for it.
        for (const status of this.master.reconcile([{ taskId: d.taskId, agentId: d.agentId }], now))
          this.toScheduler({ type: 'status', status });
        return;
      }
      case 'shutdown-executor':
        return this.executors.onShutdown(d.agentId, d.executorId);
      case 'reconcile':
        for (const status of this.master.reconcile(d.tasks, now))
          this.toScheduler({ type: 'status', status });
        return;
      case 'revive':
        return this.master.revive();
      case 'suppress':
        return this.master.suppress();
      case 'send-message':
        return this.executors.onMessage(d.agentId, d.executorId, d.data);
      case 'pause-applications': {
        this.edgeActions.push({ atMs: now, type: d.type, jobId: d.jobId });
        const answer = this.executors.behaviour.pauseAnswer ?? { ok: true, message: '' };
        return this.toScheduler({ type: 'applications-paused', jobId: d.jobId, ...answer });
      }
      case 'unpause-applications':
        this.edgeActions.push({ atMs: now, type: d.type, jobId: d.jobId });
        return;
      case 'commit-backup': {
        this.edgeActions.push({ atMs: now, type: d.type, jobId: d.job.jobId, nodes: d.nodes.map((r) => r.nodeId) });
        const answer = this.executors.behaviour.commitAnswer ?? { ok: true, message: '' };
        return this.toScheduler({ type: 'backup-committed', jobId: d.job.jobId, ...answer });
      }
      case 'command-rejected':
      case 'log':
      case 'persist-node':
      case 'delete-node':
      case 'persist-framework':
      case 'persist-plan-control':
      case 'persist-health':
      case 'persist-job':
      case 'persist-job-node':
      case 'archive-job':
        return;
    }
  }

  /** Every task in a LAUNCH must already be in its node's stored record (the write-ahead rule). */
  private checkWriteAhead(d: Extract<Decision, { type: 'accept' }>): void {
    for (const op of d.operations) {
      for (const task of op.launch?.task_infos ?? []) {
        const taskId = task.task_id?.value ?? '';
        const nodeId = task.data ? cassandra_mesos.v1.TaskDetails.decode(task.data).nodeId : '';
        const stored = this.store.node(nodeId);
        if (!stored?.tasks.some((t) => t.taskId === taskId)) {
          this.problems.push(
            `${this.nowMs / 1000}s write-ahead broken: ${taskId} launched before ${nodeId || 'its node'} stored it`,
          );
        }
      }
    }
  }

  private allocate(): void {
    if (!this.state) return;
    const offers = this.master.allocate(this.nowMs);
    if (offers.length > 0) this.toScheduler({ type: 'offers', offers });
  }

  private sendStatus(status: TaskStatus): void {
    this.unacked.set(status.task_id?.value ?? '', status);
    this.toScheduler({ type: 'status', status });
  }

  /** Delivers an event to the scheduler after the network latency; lost if that scheduler died meanwhile. */
  private toScheduler(input: SchedulerInput): void {
    const epoch = this.epoch;
    this.queue.after(this.options.latencyMs, () => {
      if (epoch !== this.epoch || !this.state) return;
      if (input.type === 'status' && this.unacked.get(input.status.task_id?.value ?? '') === input.status) {
        this.unacked.delete(input.status.task_id?.value ?? '');
      }
      this.deliver(input);
    });
  }

  private loop(periodMs: number, action: () => void): void {
    const run = (): void => {
      action();
      this.queue.after(periodMs, run);
    };
    this.queue.after(periodMs, run);
  }

  private uuid(): string {
    const n = (this.ids++).toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${n}`;
  }

  /** Plans, violations and problems, for failure messages. */
  describe(): string {
    return describeSimulation(this);
  }
}

/**
 * The first target as the store would hold it after an accepted proposal, without the validation
 * limits (the bench deploys more nodes than CONFIG_LIMITS allows to see how the core scales).
 */
function acceptedWithoutValidation(config: FrameworkConfigInput, id: string): ConfigDecision {
  return {
    accepted: true,
    newVersion: true,
    version: { id, createdAtMs: 0, config: normalizeFrameworkConfig(config), source: 'bench' },
    target: { targetId: id, previousTargetId: '', rejectedErrors: [], rejectedAtMs: 0, envFingerprint: '' },
    rollingRestart: false,
    changes: [],
  };
}
