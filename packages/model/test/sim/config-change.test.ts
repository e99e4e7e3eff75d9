// Scenarios: a configuration change rolls out one node at a time; an invalid one is rejected, shows in
// the plan, and changes nothing.
import { simAgents, simConfig } from './config';
import { decisionsOf, expectClean, serverLaunches, steps } from './inspect';
import { Simulation } from './simulation';

const base = simConfig({ nodeCount: 3, seedCount: 2 });

function deployed(): Simulation {
  const sim = new Simulation({ agents: simAgents(4), config: base }).start();
  sim.runUntil((s) => s.deployed(3), 10 * 60_000, 'initial deploy');
  return sim;
}

/** What each node has reserved on its agent (cpus, mem, disk). */
function reservations(sim: Simulation): Record<string, Record<string, number>> {
  return Object.fromEntries(
    sim.store
      .nodeRecords()
      .map((n) => [n.nodeId, sim.master.reservedScalars(n.agentId, n.reservation?.reservationId ?? '')]),
  );
}

/** Nodes whose Cassandra is not serving right now (not NORMAL). */
function downNodes(sim: Simulation): string[] {
  return ['node-0', 'node-1', 'node-2'].filter((id) => sim.executors.serverOf(id)?.mode !== 'NORMAL');
}

describe('config change: rolling update, one node at a time', () => {
  let sim: Simulation;
  let changedAt: number;
  let newTarget: string;
  let oldTarget: string;
  let maxDown = 0;
  const planStatuses = new Set<string>();
  let reservedBefore: Record<string, Record<string, number>>;

  beforeAll(() => {
    sim = deployed();
    reservedBefore = reservations(sim);
    oldTarget = sim.store.target().targetId;
    changedAt = sim.nowMs;
    const decision = sim.changeConfig({ ...base, resources: { ...base.resources, heapMb: 2_048 } });
    expect(decision.accepted).toBe(true);
    newTarget = sim.store.target().targetId;
    sim.runUntil(
      (s) => {
        maxDown = Math.max(maxDown, downNodes(s).length);
        planStatuses.add(s.plan('deploy').status);
        return s.deployed(3) && s.store.nodeRecords().every((n) => n.appliedConfigId === newTarget);
      },
      30 * 60_000,
      'rollout of the new config',
    );
  });

  it('restarts every node with the new config, in place', () => {
    expect(newTarget).not.toBe(oldTarget);
    for (const nodeId of ['node-0', 'node-1', 'node-2']) {
      const launches = serverLaunches(sim, nodeId);
      expect(launches).toHaveLength(2);
      expect(launches[1]?.configId).toBe(newTarget);
      expect(launches[1]?.agentId).toBe(launches[0]?.agentId);
      expect(launches[1]?.autoBootstrap && launches[1].nodeId !== 'node-2').toBe(false);
    }
    expectClean(sim);
  });

  // The relaunch waits for the old executor to end: while it runs it holds the executor's reserved share,
  // the offer lacks it, and launching then would RESERVE the share a second time under the node's labels
  // (one more share per restart in place).
  it('keeps each node reservation as it was (no second RESERVE of the executor share)', () => {
    expect(sim.master.counters.reserves).toBe(3);
    expect(reservations(sim)).toEqual(reservedBefore);
  });

  it('never has two nodes down at once, and goes in plan order', () => {
    expect(maxDown).toBe(1);
    const kills = decisionsOf(sim, 'kill', changedAt).map((d) => d.decision.taskId.replace(/-server-.*/, ''));
    expect(kills).toEqual(['node-0', 'node-1', 'node-2']);
    const relaunchOrder = serverLaunches(sim)
      .filter((l) => l.atMs > changedAt)
      .map((l) => l.nodeId);
    expect(relaunchOrder).toEqual(['node-0', 'node-1', 'node-2']);
  });

  it('shows the rollout in the deploy plan, then COMPLETE', () => {
    expect(planStatuses.has('IN_PROGRESS')).toBe(true);
    expect(sim.plan('deploy').status).toBe('COMPLETE');
    expect(steps(sim.plan('deploy'))).toEqual({
      'node-0': 'COMPLETE',
      'node-1': 'COMPLETE',
      'node-2': 'COMPLETE',
    });
  });
});

describe('scheduler restart in the middle of a rolling update', () => {
  it('resumes the rollout where it was: one node down at most, every node once on the new config', () => {
    const sim = deployed();
    const changedAt = sim.nowMs;
    expect(sim.changeConfig({ ...base, resources: { ...base.resources, heapMb: 2_048 } }).accepted).toBe(
      true,
    );
    const target = sim.store.target().targetId;
    sim.runUntil((s) => serverLaunches(s, 'node-1').length === 2, 10 * 60_000, 'node-1 relaunched');
    sim.restartScheduler(15_000);
    let maxDown = 0;
    sim.runUntil(
      (s) => {
        maxDown = Math.max(maxDown, downNodes(s).length);
        return s.deployed(3) && s.store.nodeRecords().every((n) => n.appliedConfigId === target);
      },
      30 * 60_000,
      'rollout after the restart',
    );
    expect(maxDown).toBe(1);
    const relaunches = serverLaunches(sim).filter((l) => l.atMs > changedAt);
    expect(relaunches.map((l) => [l.nodeId, l.configId])).toEqual([
      ['node-0', target],
      ['node-1', target],
      ['node-2', target],
    ]);
    expectClean(sim);
  });
});

describe('invalid config change', () => {
  let sim: Simulation;
  let target: string;
  let rejectedAt: number;

  beforeAll(() => {
    sim = deployed();
    target = sim.store.target().targetId;
    rejectedAt = sim.nowMs;
    const decision = sim.changeConfig({
      ...base,
      clusterName: 'renamed',
      resources: { ...base.resources, diskMb: 1 },
    });
    expect(decision.accepted).toBe(false);
    sim.runFor(10 * 60_000);
  });

  it('keeps the old target and stores the errors on it', () => {
    const stored = sim.store.target();
    expect(stored.targetId).toBe(target);
    expect(stored.rejectedErrors.map((e) => e.field)).toEqual(expect.arrayContaining(['cluster_name']));
    expect(stored.rejectedAtMs).toBe(rejectedAt);
  });

  it('shows the errors in the deploy plan (ERROR) while every node keeps running untouched', () => {
    const plan = sim.plan('deploy');
    expect(plan.status).toBe('ERROR');
    expect(plan.errors.join('\n')).toMatch(/cluster_name/);
    expect(steps(plan)).toEqual({ 'node-0': 'COMPLETE', 'node-1': 'COMPLETE', 'node-2': 'COMPLETE' });
    expect(decisionsOf(sim, 'kill', rejectedAt)).toEqual([]);
    expect(serverLaunches(sim).filter((l) => l.atMs > rejectedAt)).toEqual([]);
    expect(sim.liveNodes()).toHaveLength(3);
    expectClean(sim);
  });

  it('clears the errors when the operator goes back to the running config', () => {
    const decision = sim.changeConfig(base);
    expect(decision.accepted).toBe(true);
    sim.runFor(5_000);
    expect(sim.plan('deploy').status).toBe('COMPLETE');
    expect(sim.store.target()).toMatchObject({ targetId: target, rejectedErrors: [] });
  });
});
