// Scale-down when the ring says no, and when the leaving node is down: a refused decommission is an
// ERROR step that keeps the node running (nothing is stopped before the data has moved), retried by
// restarting the step; a node that is down is removed from the ring by a live peer (removenode).
import { simAgents, simConfig } from './config';
import { decisionsOf, expectClean, steps } from './inspect';
import { Simulation } from './simulation';

const base = simConfig({ nodeCount: 3, seedCount: 2, bootstrapGraceSeconds: 30 });
const REFUSAL = 'Not enough live nodes to maintain replication factor in keyspace app (RF = 3, N = 3)';

describe('scale down 3 → 2 refused by Cassandra, then retried', () => {
  let sim: Simulation;
  let scaledDownAt: number;

  beforeAll(() => {
    sim = new Simulation({ agents: simAgents(4), config: base, behaviour: { refuseDecommission: REFUSAL } }).start();
    sim.runUntil((s) => s.deployed(3), 10 * 60_000, 'initial deploy');
    scaledDownAt = sim.nowMs;
    expect(sim.changeConfig({ ...base, nodeCount: 2 }).accepted).toBe(true);
    sim.runUntil((s) => s.store.node('node-2')?.removalError !== '', 5 * 60_000, 'the refusal is recorded');
    sim.runFor(5 * 60_000);
  });

  it('shows the refusal as an ERROR step with what to do, and keeps the node running', () => {
    const plan = sim.plan('deploy');
    const step = plan.phases.flatMap((p) => p.steps).find((s) => s.name === 'node-2');
    expect(step?.status).toBe('ERROR');
    expect(step?.message).toContain(REFUSAL);
    expect(step?.message).toContain('restart this step');
    expect(decisionsOf(sim, 'kill', scaledDownAt)).toEqual([]);
    expect(sim.liveNodes()).toContain('node-2');
  });

  it('asks once and does not repeat a refused request by itself', () => {
    expect(sim.executors.ringChanges.filter((c) => c.nodeId === 'node-2')).toHaveLength(1);
  });

  it('retries when the step is restarted, and completes once Cassandra agrees', () => {
    sim.executors.behaviour.refuseDecommission = undefined;
    sim.operator({ kind: 'restart-step', plan: 'deploy', step: 'node-2' });
    sim.runUntil((s) => s.store.node('node-2') === undefined && s.plan('deploy').status === 'COMPLETE', 10 * 60_000, 'node-2 removed');
    expect(sim.executors.ringChanges.filter((c) => c.nodeId === 'node-2').map((c) => c.op)).toEqual(['decommission', 'decommission']);
    expect(steps(sim.plan('deploy'))).toEqual({ 'node-0': 'COMPLETE', 'node-1': 'COMPLETE' });
    expectClean(sim);
  });
});

describe('scale down 3 → 2 while the leaving node is down', () => {
  let sim: Simulation;

  beforeAll(() => {
    sim = new Simulation({ agents: simAgents(4), config: { ...base, replaceTimeoutSeconds: 3600 } }).start();
    sim.runUntil((s) => s.deployed(3), 10 * 60_000, 'initial deploy');
    sim.loseAgentOf('node-2');
    sim.runFor(10_000);
    expect(sim.changeConfig({ ...base, replaceTimeoutSeconds: 3600, nodeCount: 2 }).accepted).toBe(true);
    sim.runUntil((s) => s.store.node('node-2') === undefined, 10 * 60_000, 'node-2 removed');
  });

  it('has a live peer remove it from the ring by host id (removenode), not the dead node itself', () => {
    const departures = sim.executors.ringChanges.filter((c) => c.nodeId === 'node-2');
    expect(departures).toHaveLength(1);
    expect(departures[0]!.op).toBe('removenode');
    expect(['node-0', 'node-1']).toContain(departures[0]!.by);
  });

  it('ends with the two remaining nodes and a complete plan', () => {
    sim.runUntil((s) => s.plan('deploy').status === 'COMPLETE', 5 * 60_000, 'plan complete');
    expect(steps(sim.plan('deploy'))).toEqual({ 'node-0': 'COMPLETE', 'node-1': 'COMPLETE' });
    expect(sim.liveNodes()).toEqual(['node-0', 'node-1']);
    expectClean(sim);
  });
});
