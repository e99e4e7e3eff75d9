// Scenario: a 1,000-node cluster deploys from nothing. Nodes are fast (short bootstrap, 1 s grace) so
// the simulated hours pass in seconds; the scheduler still bootstraps one node at a time.
import { simAgents, simConfig } from './config';
import { expectClean, serverLaunches } from './inspect';
import { Simulation } from './simulation';

const NODES = 1_000;

describe(`deploy of ${NODES} nodes`, () => {
  let sim: Simulation;
  let wallMs: number;

  beforeAll(() => {
    sim = new Simulation({
      agents: simAgents(NODES + 10),
      config: simConfig({
        nodeCount: NODES,
        seedCount: 3,
        bootstrapGraceSeconds: 1,
        healthCheckIntervalSeconds: 600,
      }),
      behaviour: { startingDelayMs: 100, runningDelayMs: 300, bootstrapMs: 1_000, restartToNormalMs: 500 },
      recordDecisions: false,
    }).start();
    const started = performance.now();
    sim.runUntil((s) => s.deployed(NODES), 24 * 3600_000, `deploy of ${NODES} nodes`, 10_000);
    wallMs = performance.now() - started;
    console.log(
      `${NODES}-node deploy: ${Math.round(sim.nowMs / 1000)}s simulated in ${(wallMs / 1000).toFixed(1)}s; ` +
        `${sim.counts.decides} decide calls, ${sim.counts.offersReceived} offers, ${sim.master.counters.launches} launches`,
    );
  }, 180_000);

  it('completes with every node live, each launched once on its own host', () => {
    expect(sim.plan('deploy').status).toBe('COMPLETE');
    expect(sim.liveNodes()).toHaveLength(NODES);
    const launches = serverLaunches(sim);
    expect(launches).toHaveLength(NODES);
    expect(new Set(launches.map((l) => l.nodeId)).size).toBe(NODES);
    expect(new Set(launches.map((l) => l.hostname)).size).toBe(NODES);
    expect(sim.store.nodeRecords().filter((n) => n.seed)).toHaveLength(3);
  });

  it('never bootstraps two nodes at once nor breaks a Mesos rule', () => {
    expectClean(sim);
    expect(sim.master.counters.invalidOperations).toBe(0);
  });
});
