// Scenarios: node_count goes up (new nodes bootstrap one at a time) and down (the highest index leaves
// the ring, then its reservation and volume are released).
import { simAgents, simConfig } from './config';
import { decisionsOf, expectClean, serverLaunches, steps } from './inspect';
import { Simulation } from './simulation';

const GRACE_MS = 30_000;
const base = simConfig({ nodeCount: 3, seedCount: 2, bootstrapGraceSeconds: GRACE_MS / 1000 });

describe('scale up 3 → 5, then down 5 → 4', () => {
  let sim: Simulation;
  let scaledUpAt: number;
  let scaledDownAt: number;
  let leavingAgent: string;
  let leavingReservation: string;

  beforeAll(() => {
    sim = new Simulation({ agents: simAgents(6), config: base }).start();
    sim.runUntil((s) => s.deployed(3), 10 * 60_000, 'initial deploy');
    scaledUpAt = sim.nowMs;
    expect(sim.changeConfig({ ...base, nodeCount: 5 }).accepted).toBe(true);
    sim.runUntil((s) => s.deployed(5), 20 * 60_000, 'scale up to 5');
    const leaving = sim.store.node('node-4');
    leavingAgent = leaving?.agentId ?? '';
    leavingReservation = leaving?.reservation?.reservationId ?? '';
    scaledDownAt = sim.nowMs;
    expect(sim.changeConfig({ ...base, nodeCount: 4 }).accepted).toBe(true);
    sim.runUntil(
      (s) =>
        s.deployed(4) &&
        s.store.node('node-4') === undefined &&
        Object.keys(s.master.reservedScalars(leavingAgent, leavingReservation)).length === 0,
      30 * 60_000,
      'scale down to 4 with node-4 released',
    );
  });

  it('adds node-3 and node-4 as non-seeds, bootstrapping one at a time after the grace', () => {
    const added = serverLaunches(sim).filter((l) => l.atMs > scaledUpAt && l.atMs < scaledDownAt);
    expect(added.map((l) => [l.nodeId, l.autoBootstrap])).toEqual([
      ['node-3', true],
      ['node-4', true],
    ]);
    expect(added[1]!.atMs - added[0]!.atMs).toBeGreaterThanOrEqual(GRACE_MS);
    expect(
      sim.store
        .nodeRecords()
        .filter((n) => n.seed)
        .map((n) => n.nodeId),
    ).toEqual(['node-0', 'node-1']);
    // existing nodes were not restarted by the scale-up
    for (const nodeId of ['node-0', 'node-1', 'node-2']) expect(serverLaunches(sim, nodeId)).toHaveLength(1);
  });

  it('removes the highest index: it leaves the ring (decommission) before anything of it is stopped', () => {
    const departures = sim.executors.ringChanges.filter((c) => c.atMs >= scaledDownAt);
    expect(departures.map((c) => [c.op, c.nodeId, c.by])).toEqual([['decommission', 'node-4', 'node-4']]);
    const firstKill = decisionsOf(sim, 'kill', scaledDownAt)[0];
    expect(firstKill).toBeDefined();
    expect(firstKill!.atMs).toBeGreaterThanOrEqual(departures[0]!.atMs + sim.executors.behaviour.decommissionMs);
  });

  it('then stops it, shuts its executor down, deletes its record', () => {
    const kills = decisionsOf(sim, 'kill', scaledDownAt).map((d) => d.decision.taskId);
    expect(kills.length).toBeGreaterThanOrEqual(1);
    expect(kills.every((t) => t.startsWith('node-4-server-'))).toBe(true);
    expect(decisionsOf(sim, 'shutdown-executor', scaledDownAt).map((d) => d.decision.executorId)).toContain(
      'node-4-executor-0',
    );
    expect(decisionsOf(sim, 'delete-node', scaledDownAt).map((d) => d.decision.nodeId)).toEqual(['node-4']);
    expect(sim.store.nodeRecords().map((n) => n.nodeId)).toEqual(['node-0', 'node-1', 'node-2', 'node-3']);
    expect(steps(sim.plan('deploy'))).toEqual({
      'node-0': 'COMPLETE',
      'node-1': 'COMPLETE',
      'node-2': 'COMPLETE',
      'node-3': 'COMPLETE',
    });
  });

  it('releases the leaving node volume and reservation (DESTROY, UNRESERVE)', () => {
    expect(sim.master.counters.destroys).toBe(1);
    expect(sim.master.counters.unreserves).toBeGreaterThanOrEqual(1);
    expect(sim.master.reservedScalars(leavingAgent, leavingReservation)).toEqual({});
    expectClean(sim);
  });

  it('keeps the frozen node id: a later scale-up does not reuse node-4', () => {
    expect(sim.changeConfig({ ...base, nodeCount: 5 }).accepted).toBe(true);
    sim.runUntil((s) => s.deployed(5), 20 * 60_000, 'scale up again');
    expect(sim.store.nodeRecords().map((n) => n.nodeId)).toEqual([
      'node-0',
      'node-1',
      'node-2',
      'node-3',
      'node-5',
    ]);
    expectClean(sim);
  });
});
