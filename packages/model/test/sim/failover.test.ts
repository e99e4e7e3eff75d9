// Scenario: the scheduler dies in the middle of a deploy and a new one takes over from the store.
import { mesos } from '../../src/gen/mesos';
import { simAgents, simConfig } from './config';
import { decisionsOf, expectClean, launchedTaskIds, serverLaunches, steps } from './inspect';
import { Simulation } from './simulation';

const OpType = mesos.v1.Offer.Operation.Type;

function newSim(): Simulation {
  return new Simulation({ agents: simAgents(5), config: simConfig({ nodeCount: 4, seedCount: 2 }) }).start();
}

/** Task ids the store holds for unfinished tasks (what a new scheduler must ask Mesos about). */
function storedTaskIds(sim: Simulation): string[] {
  return sim.store
    .nodeRecords()
    .flatMap((n) => n.tasks.map((t) => t.taskId ?? ''))
    .sort();
}

describe('scheduler restart in the middle of a deploy', () => {
  let sim: Simulation;
  let knownAtRestart: string[];
  let restartAtMs: number;

  beforeAll(() => {
    sim = newSim();
    // node-1 (second seed) is starting, node-0 is live: kill the scheduler for 20 s.
    sim.runUntil((s) => serverLaunches(s, 'node-1').length === 1, 10 * 60_000, 'node-1 launched');
    knownAtRestart = storedTaskIds(sim);
    restartAtMs = sim.nowMs;
    sim.restartScheduler(20_000);
    sim.runUntil((s) => s.deployed(4), 30 * 60_000, 'deploy after the restart');
  });

  it('finishes the deploy with every node launched exactly once', () => {
    expect(knownAtRestart.length).toBe(2);
    for (const nodeId of ['node-0', 'node-1', 'node-2', 'node-3'])
      expect(serverLaunches(sim, nodeId)).toHaveLength(1);
    expect(steps(sim.plan('deploy'))).toEqual({
      'node-0': 'COMPLETE',
      'node-1': 'COMPLETE',
      'node-2': 'COMPLETE',
      'node-3': 'COMPLETE',
    });
    expectClean(sim);
  });

  it('asks Mesos explicitly about every task it knew, right after re-subscribing, then implicitly', () => {
    const after = decisionsOf(sim, 'reconcile', restartAtMs).filter((d) => d.epoch === 1);
    const explicit = after.find((d) => d.decision.tasks.length > 0);
    expect(explicit?.decision.tasks.map((t) => t.taskId ?? '').sort()).toEqual(knownAtRestart);
    expect(explicit?.decision.tasks.every((t) => (t.agentId ?? '') !== '')).toBe(true);
    expect(after.some((d) => d.decision.tasks.length === 0 && d.atMs >= (explicit?.atMs ?? Infinity))).toBe(
      true,
    );
    expect(sim.plan('reconciliation').status).toBe('COMPLETE');
  });

  it('re-subscribes with the framework id it persisted', () => {
    expect(sim.store.frameworkRecord()?.frameworkId).toBe(sim.master.frameworkId);
    expect(
      decisionsOf(sim, 'persist-framework')
        .filter((d) => d.epoch === 1)
        .every((d) => d.decision.framework.frameworkId === sim.master.frameworkId),
    ).toBe(true);
  });

  it('launches nothing before the explicit round is answered', () => {
    const firstLaunchAfter = decisionsOf(sim, 'accept').find(
      (d) => d.epoch === 1 && d.decision.operations.some((op) => op.type === OpType.LAUNCH),
    );
    const explicit = decisionsOf(sim, 'reconcile').find((d) => d.epoch === 1 && d.decision.tasks.length > 0);
    expect(explicit).toBeDefined();
    expect(firstLaunchAfter?.atMs ?? Infinity).toBeGreaterThan(explicit?.atMs ?? 0);
  });
});

describe('scheduler killed between the write-ahead persist of a launch and its ACCEPT', () => {
  let sim: Simulation;
  let phantom: string;

  beforeAll(() => {
    sim = newSim();
    sim.crashBeforeDecision(
      (d) =>
        d.type === 'accept' &&
        d.operations.some((op) =>
          op.launch?.task_infos?.some((t) => t.task_id.value.startsWith('node-2-server-')),
        ),
      5_000,
    );
    sim.runUntil((s) => s.epoch === 1, 30 * 60_000, 'the crash before node-2 launches');
    const stored = sim.store.node('node-2');
    phantom = stored?.tasks[0]?.taskId ?? '';
    sim.runUntil((s) => s.deployed(4), 30 * 60_000, 'deploy after the crash');
  });

  it('had persisted a task that Mesos never received', () => {
    expect(phantom).toMatch(/^node-2-server-/);
    expect(sim.master.tasks.has(phantom)).toBe(false);
  });

  it('learns from explicit reconciliation that it is lost, and launches node-2 again, once', () => {
    const explicit = decisionsOf(sim, 'reconcile').find((d) => d.epoch === 1 && d.decision.tasks.length > 0);
    expect(explicit?.decision.tasks.map((t) => t.taskId ?? '')).toContain(phantom);
    const launches = serverLaunches(sim, 'node-2');
    expect(launches).toHaveLength(1);
    expect(launches[0]?.taskId).not.toBe(phantom);
    expect(launchedTaskIds(sim)).not.toContain(phantom);
    expect(sim.store.node('node-2')?.tasks.map((t) => t.taskId)).not.toContain(phantom);
    expectClean(sim);
  });
});
