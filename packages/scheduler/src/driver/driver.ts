// The scheduler driver: the I/O around the pure decision core. For one leadership term it loads the
// state, subscribes to Mesos with the stored framework id, feeds every event (and a tick each second)
// through decide(), and carries out the decisions in order: persist-* writes first (compare-and-set),
// then the Mesos calls. Inputs are handled one at a time, so the core never sees two at once.
//
// Nothing is true only in memory: a status update is acknowledged only after what it changed is
// stored, and a launch is stored (TASK_STAGING) before the ACCEPT that starts it, so a driver killed
// at any point is replaced by one that reconciles and carries on without duplicates.
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { createSchedulerState, decide, mesos } from '@cassandra-mesos/model';
import { HealthCheckRequests } from './health-requests';
import type {
  CompleteFrameworkConfig,
  ConfigDecision,
  ConfigSource,
  CoreSettings,
  Decision,
  FrameworkConfigInput,
  LaunchSettings,
  OperatorCommand,
  SchedulerInput,
  SchedulerState,
 cassandra_mesos} from '@cassandra-mesos/model';
import { MesosFrameworkError, SchedulerSession } from '@cassandra-mesos/mesos';
import type { SchedulerEvent, TaskStatus } from '@cassandra-mesos/mesos';
import type { StorageKeys } from '../backup/types';
import type { StateStore } from '../state';
import { LOST_KEYS_REASON, type BackupEdge } from './backup-edge';
import { isPersistDecision, StatePersistence } from './persistence';

/**
 * Sees what the driver feeds the core and what it carries out (for metrics). Called synchronously;
 * an observer that throws is ignored, it never stops the driver.
 */
export interface DriverObserver {
  readonly input?: (input: SchedulerInput) => void;
  readonly decision?: (decision: Decision) => void;
  /**
   * The core's state was replaced, once what changed is stored (events feed). prev is undefined when a
   * term loads the state; decisions are those that led from prev to next.
   */
  readonly stateChanged?: (prev: SchedulerState | undefined, next: SchedulerState, nowMs: number, decisions: readonly Decision[]) => void;
}

/** What became of an operator command: applied (and stored), or rejected by the core with why. */
export type CommandOutcome = { readonly ok: true } | { readonly ok: false; readonly error: string };

/** What travels with an operator command but never into the core or the state. */
export interface CommandExtras {
  /** A backup/restore request's own S3 keys: held in memory for the job the command starts. */
  readonly credentials?: StorageKeys | undefined;
}

/** The driver does not run (not started yet, stopped, or its leadership term ended): it takes no commands. */
export class DriverNotRunningError extends Error {
  readonly code = 'DRIVER_NOT_RUNNING';
  constructor(detail: string) {
    super(`the scheduler driver is not running: ${detail}`);
    this.name = 'DriverNotRunningError';
  }
}

export interface SchedulerDriverOptions {
  readonly store: StateStore;
  /** The configuration from the environment; it becomes the target if it is valid. */
  readonly config: CompleteFrameworkConfig;
  readonly mesosMaster: string;
  /** The Mesos principal's secret (HTTP basic auth), if the master needs one. Never stored. */
  readonly principalSecret?: string;
  readonly launch: LaunchSettings;
  readonly log: Logger;
  /** The leadership term: when it aborts, the driver stops at once. */
  readonly signal: AbortSignal;
  readonly coreSettings?: Partial<CoreSettings>;
  /** Period of the core's tick; default 1 s. */
  readonly tickMs?: number;
  readonly now?: () => number;
  readonly user?: string;
  readonly observer?: DriverObserver;
  /** Carries out backup/restore decisions and adds S3 keys to their launches; without it those jobs cannot run. */
  readonly backup?: BackupEdge;
}


export class SchedulerDriver {
  private state: SchedulerState | undefined;
  private session: SchedulerSession | undefined;
  private readonly persistence: StatePersistence;
  private queue: Promise<void> = Promise.resolve();
  private failure: Error | undefined;
  private readonly now: () => number;
  private readonly stopped: Promise<void>;
  private stop: (err?: Error) => void = () => undefined;
  private readonly healthRequests: HealthCheckRequests;

  constructor(private readonly options: SchedulerDriverOptions) {
    this.persistence = new StatePersistence(options.store);
    this.now = options.now ?? Date.now;
    this.healthRequests = new HealthCheckRequests(this.now);
    this.stopped = new Promise((resolve) => {
      this.stop = (err?: Error) => {
        if (err && !this.failure) this.failure = err;
        resolve();
      };
    });
  }

  /** The core's state (for the API and tests); undefined before the start. */
  get current(): SchedulerState | undefined {
    return this.state;
  }

  /** Runs until the term ends or a fatal error; rejects with that error (a lost term resolves). */
  async run(): Promise<void> {
    const { log } = this.options;
    const loaded = await this.persistence.load(this.options.config, this.now());
    if (!loaded.config.accepted) {
      log.error({ errors: loaded.config.errors }, 'the configuration from the environment was rejected; the previous target keeps running');
    } else if (loaded.config.newVersion) {
      log.info({ configId: loaded.config.version.id, changes: loaded.config.changes.map((c) => c.field) }, 'a new target configuration was accepted');
    }
    const initial = createSchedulerState(loaded.persisted, this.options.coreSettings);
    this.state = initial;
    this.observe(() => this.options.observer?.stateChanged?.(undefined, initial, this.now(), []));
    const frameworkId = this.state.framework?.frameworkId || undefined;
    const config = this.options.config;
    const session = new SchedulerSession({
      master: this.options.mesosMaster,
      ...(frameworkId ? { frameworkId } : {}),
      frameworkInfo: {
        user: this.options.user ?? 'root',
        name: config.frameworkName,
        roles: [config.role],
        principal: config.principal,
        checkpoint: true,
        failover_timeout: config.failoverTimeoutSeconds,
        capabilities: [
          { type: mesos.v1.FrameworkInfo.Capability.Type.MULTI_ROLE },
          { type: mesos.v1.FrameworkInfo.Capability.Type.RESERVATION_REFINEMENT },
          { type: mesos.v1.FrameworkInfo.Capability.Type.PARTITION_AWARE },
        ],
      },
      ...(this.options.principalSecret ? { credentials: { principal: config.principal, secret: this.options.principalSecret } } : {}),
      logger: {
        debug: (m, f) => log.debug(f ?? {}, m),
        info: (m, f) => log.info(f ?? {}, m),
        warn: (m, f) => log.warn(f ?? {}, m),
      },
    });
    this.session = session;
    log.info({ frameworkId: frameworkId ?? '(new)', master: this.options.mesosMaster, nodes: this.state.nodes.size }, 'subscribing to Mesos');

    const onAbort = (): void => this.stop();
    this.options.signal.addEventListener('abort', onAbort, { once: true });
    const tick = setInterval(() => this.enqueue({ type: 'tick' }), this.options.tickMs ?? 1_000);
    const events = this.consume(session);
    try {
      await this.stopped;
    } finally {
      clearInterval(tick);
      this.options.signal.removeEventListener('abort', onAbort);
      this.healthRequests.cancelAll();
      await session.close().catch(() => undefined);
      await events;
      await this.queue;
      await this.options.backup?.drain();
    }
    if (this.failure) throw this.failure;
  }

  /**
   * Hands an operator command to the core, in turn with every other input. Resolves once its decisions
   * are carried out (stored first), with the core's reason when it rejected the command (nothing
   * changed then). Rejects with DriverNotRunningError when the driver takes no commands.
   */
  submit(command: OperatorCommand, extras: CommandExtras = {}): Promise<CommandOutcome> {
    return this.inTurn(`operator command ${command.kind}`, async () => {
      const keys = extras.credentials;
      if (keys && (command.kind !== 'start-job' || !this.options.backup)) {
        return { ok: false, error: command.kind === 'start-job' ? 'this scheduler runs no backup edge, so it cannot use S3 keys given with a request' : `S3 keys go with a job start only, not with ${command.kind}` };
      }
      const before = this.state?.job?.header.jobId;
      // Held as soon as the job's start is stored, before anything checks for its keys or launches a part.
      const holdKeys = (after: SchedulerState, decisions: readonly Decision[]): void => {
        const started = after.job?.header.jobId;
        if (keys && started && started !== before && !decisions.some((d) => d.type === 'command-rejected')) this.options.backup?.holdKeys(started, keys);
      };
      const decisions = await this.step({ type: 'operator', command }, holdKeys);
      const rejected = decisions.find((d) => d.type === 'command-rejected');
      if (rejected) return { ok: false, error: rejected.error };
      return { ok: true };
    });
  }

  /**
   * Proposes a new target configuration (from the API), in turn with every other input: a valid one is
   * stored as a new version and becomes the target (compare-and-set), and the core moves to it. A
   * rejected one changes nothing: unlike a rejected environment, the caller hears the errors directly,
   * so they are not stored as plan errors (a typo in a request must not fail the deploy plan).
   */
  proposeConfig(candidate: FrameworkConfigInput, source: ConfigSource = 'api', options: { readonly canary?: boolean } = {}): Promise<ConfigDecision> {
    return this.inTurn('configuration change', async () => {
      const proposal = await this.persistence.propose(candidate, this.now(), { source, recordRejection: false });
      if (proposal.targetChanged) {
        await this.step({ type: 'target-changed', target: proposal.target, rejectedErrors: proposal.rejectedErrors, ...(options.canary ? { canary: true } : {}) });
      }
      return proposal.decision;
    });
  }

  /**
   * Asks the node's executor for a health check now (a framework message) and waits at most
   * `timeoutMs` for its answer. Undefined when the node has no executor or none answered in time
   * (framework messages are unreliable); the answer also reaches the core like any health report.
   */
  async requestHealthCheck(nodeId: string, timeoutMs: number): Promise<cassandra_mesos.v1.HealthCheckDetails | undefined> {
    const node = this.state?.nodes.get(nodeId);
    const session = this.session;
    if (!node || !session || !node.executorId || !node.agentId || this.failure || this.options.signal.aborted) return undefined;
    const { executorId, agentId } = node;
    return this.healthRequests.request(executorId, timeoutMs, (data) =>
      session.message(agentId, executorId, data).catch((err: unknown) => {
        this.options.log.warn({ nodeId, executorId, error: (err as Error).message }, 'health check request could not be sent');
      }),
    );
  }

  private async consume(session: SchedulerSession): Promise<void> {
    try {
      for await (const event of session.events()) this.onEvent(event);
      this.stop();
    } catch (err) {
      if (err instanceof MesosFrameworkError) this.options.log.fatal({ reason: err.reason, error: err.message }, 'Mesos ended the framework subscription');
      this.stop(err as Error);
    }
  }

  private onEvent(event: SchedulerEvent): void {
    switch (event.type) {
      case 'SUBSCRIBED':
        this.options.log.info({ frameworkId: event.frameworkId, resubscribed: event.resubscribed }, 'subscribed');
        return this.enqueue({ type: 'subscribed', frameworkId: event.frameworkId, resubscribed: event.resubscribed });
      case 'DISCONNECTED':
        this.options.log.warn({ error: event.reason.message, retryInMs: event.retryInMs }, 'Mesos subscription lost; re-subscribing');
        return this.enqueue({ type: 'disconnected' });
      case 'OFFERS':
        return this.enqueue({ type: 'offers', offers: event.offers });
      case 'RESCIND':
        return this.enqueue({ type: 'rescind', offerId: event.offerId.value });
      case 'UPDATE':
        return this.enqueue({ type: 'status', status: event.status }, event.status);
      case 'MESSAGE':
        this.healthRequests.onExecutorMessage(event.executorId.value, event.data);
        return this.enqueue({ type: 'framework-message', agentId: event.agentId.value, executorId: event.executorId.value, data: event.data });
      case 'FAILURE':
        if (!event.agentId) return;
        return this.enqueue({
          type: event.executorId ? 'executor-failure' : 'agent-failure',
          agentId: event.agentId.value,
          ...(event.executorId ? { executorId: event.executorId.value } : {}),
          ...(event.status === undefined ? {} : { status: event.status }),
        });
      case 'INVERSE_OFFERS':
        void this.session?.declineInverseOffers(event.inverseOffers.map((o) => o.id.value)).catch(() => undefined);
        return;
      case 'RESCIND_INVERSE_OFFER':
      case 'UPDATE_OPERATION_STATUS':
      case 'HEARTBEAT':
        return;
    }
  }

  /** Queues an input; `ack` is acknowledged once the input's decisions are carried out. */
  private enqueue(input: SchedulerInput, ack?: TaskStatus): void {
    this.inTurn(input.type, async () => {
      await this.step(input);
      if (ack?.uuid && ack.uuid.length > 0) await this.session?.acknowledge(ack).catch((err: unknown) => this.options.log.warn({ error: (err as Error).message }, 'acknowledge failed; Mesos will resend the update'));
    }).catch(() => undefined); // a failure has stopped the driver already; a stopped driver drops inputs
  }

  /**
   * Runs `work` after everything queued before it, one at a time. A failure of the work stops the
   * driver (a decision that could not be carried out means the state may be someone else's now).
   */
  private inTurn<T>(what: string, work: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(async () => {
      if (!this.state) throw new DriverNotRunningError('it has not loaded the state yet');
      if (this.failure) throw new DriverNotRunningError(`it stopped after an error: ${this.failure.message}`);
      if (this.options.signal.aborted) throw new DriverNotRunningError('its leadership term has ended');
      try {
        const result = await work();
        if (this.options.signal.aborted) throw new DriverNotRunningError(`its leadership term ended during the ${what}; it may not have been carried out completely`);
        return result;
      } catch (err) {
        if (err instanceof DriverNotRunningError) throw err;
        this.options.log.fatal({ error: (err as Error).message, input: what }, 'the driver stops: a decision could not be carried out');
        this.stop(err as Error);
        throw err;
      }
    });
    this.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  private async step(input: SchedulerInput, onStored?: (state: SchedulerState, decisions: readonly Decision[]) => void): Promise<Decision[]> {
    if (!this.state) return [];
    this.observe(() => this.options.observer?.input?.(input));
    const prev = this.state;
    const nowMs = this.now();
    const { state, decisions } = decide(prev, input, nowMs, { launch: this.options.launch, ids: { uuid: randomUUID } });
    for (const decision of decisions) {
      if (this.options.signal.aborted) return decisions; // a lost term: nothing more goes out
      this.observe(() => this.options.observer?.decision?.(decision));
      await this.execute(decision);
    }
    // Readers (the API) see the new state only once it is stored: a job that left jobs/current is in
    // the history by then, never in neither. Turns are serial, so no input sees the old state after this.
    this.state = state;
    this.observe(() => this.options.observer?.stateChanged?.(prev, state, nowMs, decisions));
    onStored?.(state, decisions);
    const lacking = this.options.backup?.jobLackingKeys(state);
    if (lacking) this.abortForLostKeys(lacking);
    return decisions;
  }

  /** Asks the core (in a later turn) to abort a job whose request S3 keys this process does not hold. */
  private abortForLostKeys(jobId: string): void {
    this.options.log.error({ jobId }, `aborting job ${jobId}: ${LOST_KEYS_REASON}`);
    this.submit({ kind: 'abort-job', jobId, reason: LOST_KEYS_REASON }).then(
      (outcome) => {
        if (!outcome.ok) this.options.log.warn({ jobId, error: outcome.error }, 'the abort of a job without its S3 keys was rejected');
      },
      () => undefined, // a stopped driver takes no commands; the next leader asks again
    );
  }

  private observe(call: () => void): void {
    try {
      call();
    } catch (err) {
      this.options.log.warn({ error: (err as Error).message }, 'a driver observer failed; ignored');
    }
  }

  private async execute(d: Decision): Promise<void> {
    const log = this.options.log;
    if (isPersistDecision(d)) {
      await this.persistence.apply(d);
      if (d.type === 'archive-job') this.options.backup?.jobEnded(d.job.jobId);
      return;
    }
    if (this.options.backup?.carryOut(d, this.state, (input) => this.enqueue(input))) return;
    const session = this.session;
    if (!session) return;
    // Mesos calls fail when the subscription is down; the core repeats what still matters (reconciliation
    // finds lost launches, offers come again), so a failed call is logged, not fatal.
    const call = async (what: string, fn: () => Promise<void>): Promise<void> => {
      try {
        await fn();
      } catch (err) {
        log.warn({ call: what, error: (err as Error).message }, 'Mesos call failed');
      }
    };
    switch (d.type) {
      case 'accept': {
        // Operations are logged by type only: launches of backup/restore parts carry S3 keys.
        log.info({ offers: d.offerIds, operations: d.operations.map((o) => mesos.v1.Offer.Operation.Type[o.type ?? 0]), reason: d.reason }, 'accepting offer');
        const prepared = this.options.backup?.prepareLaunches(d.operations, this.state);
        for (const jobId of prepared?.lostKeys ?? []) if (this.options.backup?.jobLackingKeys(this.state) === jobId) this.abortForLostKeys(jobId);
        return call('ACCEPT', () => session.accept(d.offerIds, prepared?.operations ?? d.operations, d.filters));
      }
      case 'decline':
        return call('DECLINE', () => session.decline(d.offerIds, { refuse_seconds: d.refuseSeconds }));
      case 'kill':
        log.info({ taskId: d.taskId, reason: d.reason }, 'killing task');
        return call('KILL', () => session.kill(d.taskId, d.agentId, d.gracePeriodMs === undefined ? undefined : { grace_period: { nanoseconds: d.gracePeriodMs * 1e6 } }));
      case 'shutdown-executor':
        log.info({ executorId: d.executorId, reason: d.reason }, 'shutting an executor down');
        return call('SHUTDOWN', () => session.shutdown(d.executorId, d.agentId));
      case 'reconcile':
        log.info({ tasks: d.tasks.length, reason: d.reason }, d.tasks.length ? 'explicit reconciliation' : 'implicit reconciliation');
        return call('RECONCILE', () => session.reconcile(d.tasks.map((t) => ({ taskId: t.taskId, ...(t.agentId ? { agentId: t.agentId } : {}) }))));
      case 'revive':
        return call('REVIVE', () => session.revive());
      case 'suppress':
        return call('SUPPRESS', () => session.suppress());
      case 'send-message':
        return call('MESSAGE', () => session.message(d.agentId, d.executorId, d.data));
      case 'command-rejected':
        log.warn({ command: d.command, error: d.error }, 'operator command rejected');
        return;
      case 'commit-backup':
      case 'pause-applications':
      case 'unpause-applications':
        // Only reached without a backup edge (it handles them above): the job waits until its stage times out.
        log.error({ decision: d.type, reason: d.reason }, 'this driver runs without a backup edge and cannot carry out a backup decision');
        return;
      case 'log':
        log[d.level]({}, d.reason);
        return;
    }
  }
}
