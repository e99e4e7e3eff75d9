// Scenarios: an operator interrupts and continues the deploy (also across a scheduler restart), and
// restarts a step.
import { simAgents, simConfig } from './config';
import { decisionsOf, expectClean, serverLaunches, steps } from './inspect';
import { Simulation } from './simulation';

function newSim(): Simulation {
  return new Simulation({ agents: simAgents(5), config: simConfig({ nodeCount: 4, seedCount: 2 }) }).start();
}

describe('interrupt and continue the deploy', () => {
  let sim: Simulation;
  let interruptedAt: number;
  let continuedAt: number;
  let statusWhileInterrupted: string;
  let interruptedAfterRestart: boolean;
  let launchedBefore: number;

  beforeAll(() => {
    sim = newSim();
    sim.runUntil((s) => s.liveNodes().length === 2, 10 * 60_000, 'both seeds live');
    const rejected = sim
      .operator({ kind: 'interrupt-plan', plan: 'deploy' })
      .filter((d) => d.type === 'command-rejected');
    expect(rejected).toEqual([]);
    interruptedAt = sim.nowMs;
    launchedBefore = serverLaunches(sim).length;
    sim.runFor(5 * 60_000);
    statusWhileInterrupted = sim.plan('deploy').status;
    // the interrupt is stored: a new scheduler keeps holding the plan
    sim.restartScheduler(1_000);
    sim.runFor(5 * 60_000);
    interruptedAfterRestart = sim.plan('deploy').interrupted;
    sim.operator({ kind: 'continue-plan', plan: 'deploy' });
    continuedAt = sim.nowMs;
    sim.runUntil((s) => s.deployed(4), 10 * 60_000, 'deploy after continue');
  });

  it('starts nothing while interrupted, even after a scheduler restart, and shows WAITING', () => {
    expect(launchedBefore).toBe(2);
    expect(serverLaunches(sim).filter((l) => l.atMs > interruptedAt && l.atMs < continuedAt)).toEqual([]);
    expect(statusWhileInterrupted).toBe('WAITING');
    expect(interruptedAfterRestart).toBe(true);
    expect(sim.store.planControl('deploy')?.updatedAtMs).toBe(continuedAt);
  });

  it('finishes the deploy after continue', () => {
    expect(
      serverLaunches(sim)
        .filter((l) => l.atMs >= continuedAt)
        .map((l) => l.nodeId),
    ).toEqual(['node-2', 'node-3']);
    expect(sim.plan('deploy')).toMatchObject({ status: 'COMPLETE', interrupted: false });
    expect(sim.store.planControl('deploy')?.interrupted).toBe(false);
    expectClean(sim);
  });

  it('persisted the interrupt before anything else could happen', () => {
    const controls = decisionsOf(sim, 'persist-plan-control').map((d) => [
      d.atMs,
      d.decision.control.interrupted,
    ]);
    expect(controls).toEqual([
      [interruptedAt, true],
      [continuedAt, false],
    ]);
  });
});

describe('operator commands that cannot apply', () => {
  it('are rejected with a reason and change nothing', () => {
    const sim = newSim();
    sim.runFor(5_000);
    const before = sim.store.counters.planControlWrites;
    const out = sim.operator({ kind: 'force-complete-step', plan: 'deploy', step: 'node-42' });
    expect(out).toEqual([
      expect.objectContaining({
        type: 'command-rejected',
        error: expect.stringContaining('node-42') as unknown,
      }),
    ]);
    expect(sim.operator({ kind: 'interrupt-plan', plan: 'no-such-plan' })[0]?.type).toBe('command-rejected');
    expect(sim.store.counters.planControlWrites).toBe(before);
  });
});

describe('restart of a deploy step', () => {
  it('restarts that node once, in place', () => {
    const sim = newSim();
    sim.runUntil((s) => s.deployed(4), 10 * 60_000, 'deploy');
    const agent = serverLaunches(sim, 'node-3')[0]?.agentId;
    const requestedAt = sim.nowMs;
    sim.operator({ kind: 'restart-step', plan: 'deploy', step: 'node-3' });
    sim.runUntil(
      (s) => serverLaunches(s, 'node-3').length === 2 && s.deployed(4),
      10 * 60_000,
      'node-3 restarted',
    );
    sim.runFor(10 * 60_000);
    const launches = serverLaunches(sim, 'node-3');
    expect(launches).toHaveLength(2);
    expect(launches[1]).toMatchObject({ agentId: agent });
    expect(launches[1]!.atMs).toBeGreaterThan(requestedAt);
    for (const other of ['node-0', 'node-1', 'node-2']) expect(serverLaunches(sim, other)).toHaveLength(1);
    expect(steps(sim.plan('deploy'))['node-3']).toBe('COMPLETE');
    expect(sim.problems).toEqual([]);
  });
});
