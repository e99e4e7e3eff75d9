// The API's gateway without I/O: commands and configuration proposals run through the REAL decision
// core (decide, proposeConfigTarget) over an in-memory state, so tests see the core's real answers.
import {
  cassandra_mesos,
  decide,
  proposeConfigTarget,
  type ConfigDecision,
  type FrameworkConfigInput,
  type OperatorCommand,
  type SchedulerState,
} from '@cassandra-mesos/model';
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
  private nextId = 2;

  constructor(public state: SchedulerState | undefined) {}

  view(): Promise<StateView | undefined> {
    if (this.storeError) return Promise.reject(this.storeError);
    return Promise.resolve(this.state ? { state: this.state, source: this.leading ? 'leader' : 'store' } : undefined);
  }

  submit(command: OperatorCommand): Promise<CommandOutcome> {
    const state = this.requireLeading();
    this.commands.push(command);
    const { state: next, decisions } = decide(state, { type: 'operator', command }, this.nowMs, { launch: LAUNCH, ids: { uuid: () => `id-${this.nextId++}` } });
    this.state = next;
    const rejected = decisions.find((d) => d.type === 'command-rejected');
    return Promise.resolve(rejected ? { ok: false, error: rejected.error } : { ok: true });
  }

  proposeConfig(candidate: FrameworkConfigInput): Promise<ConfigDecision> {
    const state = this.requireLeading();
    this.proposals.push(candidate);
    const target = { targetId: state.target.id, previousTargetId: '', rejectedErrors: [], rejectedAtMs: 0 };
    const current = { id: state.target.id, createdAtMs: 0, config: state.target.config, source: 'env' };
    const decision = proposeConfigTarget({ target, current }, candidate, this.nowMs, `cfg-${this.nextId++}`, { source: 'api' });
    if (decision.accepted && decision.newVersion) {
      this.state = decide(state, { type: 'target-changed', target: { id: decision.version.id, config: decision.version.config }, rejectedErrors: [] }, this.nowMs, {
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
