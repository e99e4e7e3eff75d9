// Scenarios: a Cassandra process crashes (restart in place, with backoff); an agent is lost for good
// (replacement on another host with replace_address after the replace timeout).
import { simAgents, simConfig } from './config';
import { decisionsOf, expectClean, serverLaunches, steps } from './inspect';
import { Simulation } from './simulation';

const BACKOFF_MS = 10_000;
const REPLACE_TIMEOUT_MS = 300_000;

function deployed(agents = 4): Simulation {
  const sim = new Simulation({
    agents: simAgents(agents),
    config: simConfig({ nodeCount: 3, seedCount: 2, replaceTimeoutSeconds: REPLACE_TIMEOUT_MS / 1000 }),
    coreSettings: { restartBackoffInitialMs: BACKOFF_MS, restartBackoffMaxMs: 60_000 },
  }).start();
  sim.runUntil((s) => s.deployed(3), 10 * 60_000, 'initial deploy');
  return sim;
}

describe('task failure: restart in place with backoff', () => {
  let sim: Simulation;
  let firstCrashAt: number;
  let secondCrashAt: number;
  let agentId: string;

  beforeAll(() => {
    sim = deployed();
    agentId = sim.store.node('node-2')?.agentId ?? '';
    firstCrashAt = sim.nowMs;
    sim.crashNode('node-2');
    // crash again as soon as the relaunched process runs, before it is live: a consecutive failure
    sim.runUntil(
      (s) => serverLaunches(s, 'node-2').length === 2 && s.executors.serverOf('node-2')?.mode === 'STARTING',
      5 * 60_000,
      'first relaunch running',
    );
    secondCrashAt = sim.nowMs;
    sim.crashNode('node-2');
    sim.runUntil(
      (s) => serverLaunches(s, 'node-2').length === 3 && s.deployed(3),
      10 * 60_000,
      'node-2 live again',
    );
  });

  it('relaunches on the same agent, with the same reservation, not before the backoff', () => {
    const [, first, second] = serverLaunches(sim, 'node-2');
    expect(first?.agentId).toBe(agentId);
    expect(second?.agentId).toBe(agentId);
    expect(first!.atMs - firstCrashAt).toBeGreaterThanOrEqual(BACKOFF_MS);
    // the second consecutive failure doubles the wait
    expect(second!.atMs - secondCrashAt).toBeGreaterThanOrEqual(2 * BACKOFF_MS);
    expect(sim.master.counters.reserves).toBe(3);
    expect(sim.store.node('node-2')?.reservation?.agentId).toBe(agentId);
  });

  it('shows the wait in the deploy plan while backing off', () => {
    const probe = deployed();
    probe.crashNode('node-2');
    probe.runFor(3_000);
    const step = probe.plan('deploy').phases[0]?.steps.find((s) => s.name === 'node-2');
    expect(step?.status).not.toBe('COMPLETE');
    expect(step?.message).toMatch(/restarting in \d+s after 1 consecutive failure/);
  });

  it('forgets the backoff once the node is live again, and touches no other node', () => {
    expect(sim.store.node('node-2')?.backoff?.consecutiveFailures ?? 0).toBe(0);
    expect(serverLaunches(sim, 'node-0')).toHaveLength(1);
    expect(serverLaunches(sim, 'node-1')).toHaveLength(1);
    expectClean(sim);
  });
});

describe('agent lost: replacement with replace_address after the replace timeout', () => {
  let sim: Simulation;
  let lostAt: number;
  let lostAgent: string;
  let deadIp: string;

  beforeAll(() => {
    sim = deployed(4);
    deadIp = sim.store.node('node-2')?.ip ?? '';
    lostAt = sim.nowMs;
    lostAgent = sim.loseAgentOf('node-2');
    sim.runUntil(
      (s) => s.deployed(3) && s.store.node('node-2') === undefined,
      30 * 60_000,
      'replacement live and node-2 gone',
    );
  });

  it('does not replace before the timeout', () => {
    const replacementLaunch = serverLaunches(sim).find((l) => l.replaceAddress !== '');
    expect(replacementLaunch).toBeDefined();
    expect(replacementLaunch!.atMs - lostAt).toBeGreaterThanOrEqual(REPLACE_TIMEOUT_MS);
    const created = decisionsOf(sim, 'persist-node').find((d) => d.decision.node.replacesNodeId === 'node-2');
    expect(created!.atMs - lostAt).toBeGreaterThanOrEqual(REPLACE_TIMEOUT_MS);
  });

  it('starts a new node on another host with replace_address of the dead one, which then leaves the store', () => {
    const launch = serverLaunches(sim).find((l) => l.replaceAddress !== '');
    expect(launch).toMatchObject({ nodeId: 'node-3', replaceAddress: deadIp });
    expect(launch?.agentId).not.toBe(lostAgent);
    expect(sim.store.nodeRecords().map((n) => n.nodeId)).toEqual(['node-0', 'node-1', 'node-3']);
    // a later restart must not replace again
    expect(sim.store.node('node-3')?.replaceIp).toBe('');
    expect(steps(sim.plan('deploy'))).toEqual({
      'node-0': 'COMPLETE',
      'node-1': 'COMPLETE',
      'node-3': 'COMPLETE',
    });
    expectClean(sim);
  });

  it('never launches on the lost agent again', () => {
    expect(serverLaunches(sim).filter((l) => l.agentId === lostAgent && l.atMs > lostAt)).toEqual([]);
  });
});
