// What the API needs from the scheduler process, whether it leads or not. The API starts with the
// process, before the election: until this process leads (and on a standby) queries read the state
// store, and commands are refused with NotLeadingError so the caller can go to the leader.
import type { cassandra_mesos, ConfigDecision, FrameworkConfigInput, OperatorCommand, SchedulerState } from '@cassandra-mesos/model';
import { DriverNotRunningError, type CommandExtras, type CommandOutcome, type SchedulerDriver } from '../driver/driver';
import { readSchedulerState } from '../driver/read-state';
import type { LeaderElection, LeaderInfo } from '../leader';
import { listJobHistory, StateCollections, type StateStore } from '../state';

export interface StateView {
  readonly state: SchedulerState;
  /** 'leader': the running driver's state; 'store': read from the state store (this process does not lead). */
  readonly source: 'leader' | 'store';
}

/** This process does not run the scheduler now (standby, starting, or stopping). */
export class NotLeadingError extends Error {
  readonly code = 'NOT_LEADING';
  constructor(readonly detail: string) {
    super(`this scheduler process is not the leader: ${detail}`);
    this.name = 'NotLeadingError';
  }
}

export interface SchedulerGateway {
  /** The state to answer queries from; undefined while no configuration was ever accepted. */
  view(): Promise<StateView | undefined>;
  /** Throws NotLeadingError unless this process leads. `extras` travel with the command, never into the state (request S3 keys). */
  submit(command: OperatorCommand, extras?: CommandExtras): Promise<CommandOutcome>;
  /** Throws NotLeadingError unless this process leads. */
  /** canary: roll the change out to one node, then pause the deploy plan until an operator continues it. */
  proposeConfig(candidate: FrameworkConfigInput, options?: { readonly canary?: boolean }): Promise<ConfigDecision>;
  /** A fresh health report from the node's executor, or undefined (not leading, no executor, no answer in time). */
  requestHealthCheck(nodeId: string, timeoutMs: number): Promise<cassandra_mesos.v1.HealthCheckDetails | undefined>;
  /** Who leads now, when known (for "go there" messages). */
  leader(): Promise<LeaderInfo | undefined>;
  /** Finished jobs' final headers, newest first (the bounded history in the state store). */
  jobHistory(): Promise<cassandra_mesos.v1.ClusterJob[]>;
  /** A job's stored per-node records (running or finished); [] once the history pruned them. */
  jobRecords(jobId: string): Promise<cassandra_mesos.v1.NodeJobRecord[]>;
}

export interface DriverGatewayOptions {
  /** Where queries read from while this process does not lead. */
  readonly store: StateStore;
  readonly election?: Pick<LeaderElection, 'currentLeader'>;
}

/** The gateway over this process's driver: attach() when a leadership term's driver starts, detach() when it ends. */
export class DriverGateway implements SchedulerGateway {
  private driver: SchedulerDriver | undefined;

  constructor(private readonly options: DriverGatewayOptions) {}

  attach(driver: SchedulerDriver): void {
    this.driver = driver;
  }

  detach(): void {
    this.driver = undefined;
  }

  async view(): Promise<StateView | undefined> {
    const state = this.driver?.current;
    if (state) return { state, source: 'leader' };
    const stored = await readSchedulerState(this.options.store);
    return stored ? { state: stored, source: 'store' } : undefined;
  }

  submit(command: OperatorCommand, extras?: CommandExtras): Promise<CommandOutcome> {
    return this.withDriver((driver) => driver.submit(command, extras));
  }

  proposeConfig(candidate: FrameworkConfigInput, options: { readonly canary?: boolean } = {}): Promise<ConfigDecision> {
    return this.withDriver((driver) => driver.proposeConfig(candidate, 'api', options));
  }

  async requestHealthCheck(nodeId: string, timeoutMs: number): Promise<cassandra_mesos.v1.HealthCheckDetails | undefined> {
    return this.driver ? this.driver.requestHealthCheck(nodeId, timeoutMs) : undefined;
  }

  async leader(): Promise<LeaderInfo | undefined> {
    return this.options.election?.currentLeader();
  }

  async jobHistory(): Promise<cassandra_mesos.v1.ClusterJob[]> {
    return (await listJobHistory(this.options.store)).map((e) => e.value);
  }

  async jobRecords(jobId: string): Promise<cassandra_mesos.v1.NodeJobRecord[]> {
    return (await this.options.store.list(StateCollections.jobNodes(jobId))).map((e) => e.value);
  }

  private async withDriver<T>(work: (driver: SchedulerDriver) => Promise<T>): Promise<T> {
    const driver = this.driver;
    if (!driver) throw new NotLeadingError('it is a standby or still starting');
    try {
      return await work(driver);
    } catch (err) {
      if (err instanceof DriverNotRunningError) throw new NotLeadingError(err.message);
      throw err;
    }
  }
}
