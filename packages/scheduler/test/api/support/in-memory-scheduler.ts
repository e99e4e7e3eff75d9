// The API's gateway without I/O: commands and configuration proposals run through the REAL decision
// core (decide, proposeConfigTarget) over an in-memory state, so tests see the core's real answers.
import {
  cassandra_mesos,
  decide,
  proposeConfigTarget,
  type ConfigDecision,
  type Decision,
  type FrameworkConfigInput,
  type OperatorCommand,
  type SchedulerInput,
  type SchedulerState,
} from '@cassandra-mesos/model';
import { DEFAULT_JOB_HISTORY_LIMIT } from '../../../src/state';
import type { CommandOutcome } from '../../../src/driver/driver';
import { NotLeadingError, type SchedulerGateway, type StateView } from '../../../src/api/gateway';
import type { LeaderInfo } from '../../../src/leader';
import { NOW } from './fixtures';

const LAUNCH = { executorCommand: 'true', executorEnvironment: {}, executorResources: { cpus: 0.1, memMb: 256 } };

export class InMemoryScheduler implements SchedulerGateway {
  leading = true;
  nowMs = NOW;
  leaderInfo: LeaderInfo | undefined = { host: 'leader.example', apiPort: 8080, pid: 1, startedAtMs: NOW - 1000 };
  /** What requestHealthCheck answers (undefined = the executor does not answer in time). */
  healthAnswer: cassandra_mesos.v1.HealthCheckDetails | undefined;
  readonly commands: OperatorCommand[] = [];
  readonly proposals: FrameworkConfigInput[] = [];
  healthRequests = 0;
  /** Makes view() fail like an unreachable store. */
  storeError: Error | undefined;
  /** Makes the job history reads fail like an unreachable store. */
  historyError: Error | undefined;
  /** Finished jobs, newest first, as archive-job decisions left them (bounded like the store's history). */
  readonly history: cassandra_mesos.v1.ClusterJob[] = [];
  /** Per-node job records as persist-job-node decisions wrote them, by job id then node id. */
  readonly records = new Map<string, Map<string, cassandra_mesos.v1.NodeJobRecord>>();
  /** Every decision the core made, in order. */
  readonly decisions: Decision[] = [];
  private nextId = 2;

  constructor(public state: SchedulerState | undefined) {}

  /** Runs one input through the core and carries out its job decisions in memory, as the driver would in the store. */
  step(input: SchedulerInput): Decision[] {
    if (!this.state) throw new Error('no state to step');
    const { state, decisions } = decide(this.state, input, this.nowMs, { launch: LAUNCH, ids: { uuid: () => `id-${this.nextId++}` } });
    this.state = state;
    this.decisions.push(...decisions);
    for (const d of decisions) {
      if (d.type === 'persist-job-node') {
        const byNode = this.records.get(d.record.jobId) ?? new Map<string, cassandra_mesos.v1.NodeJobRecord>();
        byNode.set(d.record.nodeId, d.record);
        this.records.set(d.record.jobId, byNode);
      } else if (d.type === 'archive-job') {
        this.history.unshift(d.job);
        for (const pruned of this.history.splice(DEFAULT_JOB_HISTORY_LIMIT)) this.records.delete(pruned.jobId);
      }
    }
    return decisions;
  }

  /** A tick of the core at `nowMs` (advance the clock first). */
  tick(): Decision[] {
    return this.step({ type: 'tick' });
  }

  jobHistory(): Promise<cassandra_mesos.v1.ClusterJob[]> {
    return this.historyError ? Promise.reject(this.historyError) : Promise.resolve([...this.history]);
  }

  jobRecords(jobId: string): Promise<cassandra_mesos.v1.NodeJobRecord[]> {
    if (this.historyError) return Promise.reject(this.historyError);
    return Promise.resolve([...(this.records.get(jobId)?.values() ?? [])]);
  }

  view(): Promise<StateView | undefined> {
    if (this.storeError) return Promise.reject(this.storeError);
    return Promise.resolve(this.state ? { state: this.state, source: this.leading ? 'leader' : 'store' } : undefined);
  }

  submit(command: OperatorCommand): Promise<CommandOutcome> {
    this.requireLeading();
    this.commands.push(command);
    const decisions = this.step({ type: 'operator', command });
    const rejected = decisions.find((d) => d.type === 'command-rejected');
    return Promise.resolve(rejected ? { ok: false, error: rejected.error } : { ok: true });
  }

  proposeConfig(candidate: FrameworkConfigInput, options: { readonly canary?: boolean } = {}): Promise<ConfigDecision> {
    const state = this.requireLeading();
    this.proposals.push(candidate);
    const target = { targetId: state.target.id, previousTargetId: '', rejectedErrors: [], rejectedAtMs: 0 };
    const current = { id: state.target.id, createdAtMs: 0, config: state.target.config, source: 'env' };
    const decision = proposeConfigTarget({ target, current }, candidate, this.nowMs, `cfg-${this.nextId++}`, { source: 'api' });
    if (decision.accepted && decision.newVersion) {
      const canary = options.canary ? { canary: true } : {};
      this.state = decide(state, { type: 'target-changed', target: { id: decision.version.id, config: decision.version.config }, rejectedErrors: [], ...canary }, this.nowMs, {
        launch: LAUNCH,
        ids: { uuid: () => `id-${this.nextId++}` },
      }).state;
    }
    return Promise.resolve(decision);
  }

  requestHealthCheck(): Promise<cassandra_mesos.v1.HealthCheckDetails | undefined> {
    this.healthRequests += 1;
    return Promise.resolve(this.leading ? this.healthAnswer : undefined);
  }

  leader(): Promise<LeaderInfo | undefined> {
    return Promise.resolve(this.leaderInfo);
  }

  private requireLeading(): SchedulerState {
    if (!this.leading || !this.state) throw new NotLeadingError('it is a standby or still starting');
    return this.state;
  }
}

/** A comparable picture of everything an API call could change. */
export function stateFingerprint(state: SchedulerState | undefined): string {
  if (!state) return 'none';
  const nodes = [...state.nodes.values()].map((n) => Buffer.from(cassandra_mesos.v1.NodeRecord.encode(n).finish()).toString('hex'));
  const controls = [...state.planControls.values()].map((c) => Buffer.from(cassandra_mesos.v1.PlanControl.encode(c).finish()).toString('hex'));
  return JSON.stringify({ target: state.target.id, rejected: state.rejectedErrors, nodes, controls, framework: state.framework?.nextNodeIndex });
}
