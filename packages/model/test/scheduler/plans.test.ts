import { createSchedulerState, derivePlans } from '../../src/scheduler';
import { Driver, S, agent, config, initialState, launchedTasks, ofType, reservedOfferFor, status, unreservedOffer } from './support/fixtures';
import { deployedDriver } from './support/deployed';

const interrupt = { type: 'operator' as const, command: { kind: 'interrupt-plan' as const, plan: 'deploy' } };
const resume = { type: 'operator' as const, command: { kind: 'continue-plan' as const, plan: 'deploy' } };

describe('deploy plan controls', () => {
  it('an interrupted deploy starts nothing new, yet crashed deployed nodes still restart', () => {
    const d = deployedDriver({ config: { nodeCount: 4, bootstrapGraceSeconds: 0 } });
    const persisted = d.feed(interrupt);
    expect(ofType(persisted, 'persist-plan-control')[0]?.control).toMatchObject({ planName: 'deploy', interrupted: true });
    expect(derivePlans(d.state, d.nowMs)[1]).toMatchObject({ status: 'WAITING', interrupted: true });
    // node-3 (new) is not placed while interrupted.
    expect(ofType(d.offers(unreservedOffer(agent(4))), 'accept')).toHaveLength(0);
    expect(d.node('node-3').agentId).toBe('');
    // node-1 crashes: it is restarted in place anyway.
    d.feed(status('node-1-server-t0', S.TASK_FAILED, { agentId: 'agent-2' }));
    d.tick(10_000);
    expect(launchedTasks(d.offers(reservedOfferFor(d.node('node-1')))).map((t) => t.name)).toEqual(['node-1-server']);
    d.makeLive('node-1');
    d.feed(resume);
    expect(launchedTasks(d.offers(unreservedOffer(agent(4)))).map((t) => t.name)).toEqual(['node-3-server']);
  });

  it('an interrupt holds a config rollout', () => {
    const d = deployedDriver();
    d.feed(interrupt);
    d.state = { ...d.state, target: { id: 'config-2', config: config({ cassandraVersion: '5.0.10' }) } };
    d.tick(10_000);
    expect(ofType(d.log, 'kill')).toHaveLength(0);
    d.feed(resume);
    d.tick(10_000);
    expect(ofType(d.log, 'kill').map((k) => k.taskId)).toEqual(['node-0-server-t0']);
  });

  it('force-completing a stuck step lets the next node start', () => {
    const d = new Driver(initialState({ config: config({ nodeCount: 2, seedCount: 2, bootstrapGraceSeconds: 0 }) }));
    d.subscribe();
    d.offers(unreservedOffer(agent(1)), unreservedOffer(agent(2)));
    d.offers(reservedOfferFor(d.node('node-0')));
    // node-0 runs but never reaches NORMAL: the serial deploy is stuck on it.
    d.feed(status(d.serverTaskId('node-0'), S.TASK_RUNNING, { agentId: 'agent-1' }));
    d.tick(10_000);
    expect(launchedTasks(d.offers(reservedOfferFor(d.node('node-1'))))).toHaveLength(0);
    d.feed({ type: 'operator', command: { kind: 'force-complete-step', plan: 'deploy', step: 'node-0' } });
    const step0 = derivePlans(d.state, d.nowMs)[1]?.phases[0]?.steps[0];
    expect(step0).toMatchObject({ status: 'COMPLETE', forced: true });
    // A forced node no longer counts as the one bootstrapping.
    expect(launchedTasks(d.offers(reservedOfferFor(d.node('node-1')))).map((t) => t.name)).toEqual(['node-1-server']);
  });

  it('restarting a step restarts that node once', () => {
    const d = deployedDriver();
    d.feed({ type: 'operator', command: { kind: 'restart-step', plan: 'deploy', step: 'node-1' } });
    d.tick(10_000);
    // Serial: node-0 is complete, node-1 is the candidate and is restarted.
    expect(ofType(d.log, 'kill').map((k) => k.taskId)).toEqual(['node-1-server-t0']);
    d.feed(status('node-1-server-t0', S.TASK_KILLED, { agentId: 'agent-2' }));
    d.offers(reservedOfferFor(d.node('node-1')));
    d.makeLive('node-1');
    d.tick(10_000);
    d.tick(10_000);
    expect(ofType(d.log, 'kill')).toHaveLength(1);
    expect(derivePlans(d.state, d.nowMs)[1]?.status).toBe('COMPLETE');
  });

  it('restarting an ERROR step retries a launch that was rejected as invalid', () => {
    const d = deployedDriver();
    d.feed(status('node-2-server-t0', S.TASK_ERROR, { agentId: 'agent-3', message: 'bad task' }));
    d.tick(60_000);
    expect(launchedTasks(d.offers(reservedOfferFor(d.node('node-2'))))).toHaveLength(0);
    d.feed({ type: 'operator', command: { kind: 'restart-step', plan: 'deploy', step: 'node-2' } });
    expect(launchedTasks(d.offers(reservedOfferFor(d.node('node-2')))).map((t) => t.name)).toEqual(['node-2-server']);
  });

  it('rejects controls of unknown plans and steps, and of the reconciliation plan', () => {
    const d = deployedDriver();
    const bad = [
      d.feed({ type: 'operator', command: { kind: 'interrupt-plan', plan: 'backup' } }),
      d.feed({ type: 'operator', command: { kind: 'restart-step', plan: 'deploy', step: 'node-7' } }),
      d.feed({ type: 'operator', command: { kind: 'interrupt-plan', plan: 'reconciliation' } }),
    ].map((x) => ofType(x, 'command-rejected')[0]?.error);
    expect(bad[0]).toContain("there is no plan 'backup'");
    expect(bad[1]).toContain("has no step 'node-7'; its steps are: node-0, node-1, node-2");
    expect(bad[2]).toContain('not operator-controlled');
    expect(d.state.planControls.size).toBe(0);
  });

  it('survives a failover: the same plans come out of the persisted records and controls', () => {
    const d = deployedDriver({ config: { nodeCount: 4 } });
    d.feed(interrupt);
    d.feed(status('node-2-server-t0', S.TASK_FAILED, { agentId: 'agent-3' }));
    const restored = createSchedulerState({
      framework: d.state.framework,
      target: d.state.target,
      nodes: d.state.nodes.values(),
      planControls: d.state.planControls.values(),
    });
    const strip = (plans: ReturnType<typeof derivePlans>) => plans[1];
    expect(strip(derivePlans(restored, d.nowMs))).toEqual(strip(derivePlans(d.state, d.nowMs)));
  });
});
