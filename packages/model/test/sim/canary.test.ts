// A canary rollout: the new config reaches one node, which must come up live, then the deploy plan
// waits for an operator; continuing rolls it out to the rest, one node at a time.
import { simAgents, simConfig } from './config';
import { expectClean, serverLaunches } from './inspect';
import { Simulation } from './simulation';

describe('canary rollout of a config change', () => {
  it('pauses after the first node and resumes on continue', () => {
    const base = simConfig({ nodeCount: 3, seedCount: 2 });
    const sim = new Simulation({ agents: simAgents(4), config: base }).start();
    sim.runUntil((s) => s.deployed(3), 10 * 60_000, 'initial deploy');
    const changed = { ...base, yamlOverrides: { concurrent_reads: '64' } };
    const decision = sim.changeConfig(changed, { canary: true });
    expect(decision.accepted).toBe(true);
    const newId = decision.accepted ? decision.version.id : '';
    sim.runUntil((s) => s.plan('deploy').interrupted, 10 * 60_000, 'the canary pauses the rollout');
    sim.runFor(10 * 60_000);
    const onNew = sim.store.nodeRecords().filter((n) => n.appliedConfigId === newId).map((n) => n.nodeId);
    expect(onNew).toHaveLength(1);
    expect(sim.liveNodes()).toHaveLength(3);
    expect(sim.plan('deploy').status).toBe('WAITING');
    sim.operator({ kind: 'continue-plan', plan: 'deploy' });
    sim.runUntil((s) => s.plan('deploy').status === 'COMPLETE' && s.store.nodeRecords().every((n) => n.appliedConfigId === newId), 20 * 60_000, 'the rollout completes');
    for (const node of ['node-0', 'node-1', 'node-2']) expect(serverLaunches(sim, node)).toHaveLength(2);
    expectClean(sim);
  });
});
