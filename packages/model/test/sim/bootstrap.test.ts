// Scenario: a 3-node cluster with 2 seeds is deployed from nothing.
import { cassandra_mesos } from '../../src/gen/cassandra_mesos';
import { mesos } from '../../src/gen/mesos';
import { simAgents, simConfig } from './config';
import {
  decisionsOf,
  expectClean,
  firstLaunchIndex,
  firstReservationIndex,
  serverLaunches,
  steps,
} from './inspect';
import { Simulation } from './simulation';

const OpType = mesos.v1.Offer.Operation.Type;
const GRACE_MS = 30_000;

function deployThree(): Simulation {
  const sim = new Simulation({
    agents: simAgents(4),
    config: simConfig({ nodeCount: 3, seedCount: 2, bootstrapGraceSeconds: GRACE_MS / 1000 }),
  });
  sim.start();
  sim.runUntil((s) => s.deployed(3), 10 * 60_000, 'deploy of 3 nodes');
  return sim;
}

describe('bootstrap of 3 nodes with 2 seeds', () => {
  let sim: Simulation;
  let nodes: ReturnType<Simulation['store']['nodeRecords']>;

  beforeAll(() => {
    sim = deployThree();
    nodes = sim.store.nodeRecords();
  });

  it('ends with the deploy plan COMPLETE, every node live, nothing refused by Mesos, no harm to Cassandra', () => {
    expect(sim.plan('deploy').status).toBe('COMPLETE');
    expect(steps(sim.plan('deploy'))).toEqual({
      'node-0': 'COMPLETE',
      'node-1': 'COMPLETE',
      'node-2': 'COMPLETE',
    });
    expect(sim.plan('reconciliation').status).toBe('COMPLETE');
    expect(sim.liveNodes().sort()).toEqual(['node-0', 'node-1', 'node-2']);
    expectClean(sim);
  });

  it('persists three nodes, two of them seeds, each on its own host with a reservation and a volume', () => {
    expect(nodes.map((n) => [n.nodeId, n.seed])).toEqual([
      ['node-0', true],
      ['node-1', true],
      ['node-2', false],
    ]);
    expect(new Set(nodes.map((n) => n.hostname)).size).toBe(3);
    for (const n of nodes) {
      expect(n.reservation?.reservationId).not.toBe('');
      expect(n.reservation?.persistenceId).not.toBe('');
      expect(n.reservation?.agentId).toBe(n.agentId);
      expect(n.appliedConfigId).toBe(sim.store.target().targetId);
      expect(n.health?.operationMode).toBe('NORMAL');
    }
    expect(sim.master.counters).toMatchObject({ reserves: 3, creates: 3, launches: 3, invalidOperations: 0 });
  });

  it('reserves both seeds before launching anything', () => {
    const firstLaunch = firstLaunchIndex(sim);
    expect(firstLaunch).toBeGreaterThan(-1);
    for (const seed of ['node-0', 'node-1']) {
      const reserved = firstReservationIndex(sim, seed);
      expect(reserved).toBeGreaterThan(-1);
      expect(reserved).toBeLessThan(firstLaunch);
    }
  });

  it('starts one node at a time, at least the bootstrap grace apart, the non-seed only after a seed is live', () => {
    const launches = serverLaunches(sim);
    expect(launches.map((l) => l.nodeId)).toEqual(['node-0', 'node-1', 'node-2']);
    for (let i = 1; i < launches.length; i++) {
      expect(launches[i]!.atMs - launches[i - 1]!.atMs).toBeGreaterThanOrEqual(GRACE_MS);
    }
    // the executors saw no overlapping bootstrap and no bootstrap without a live seed (expectClean)
    expect(sim.executors.violations).toEqual([]);
  });

  it('launches Cassandra with the seeds IPs, auto_bootstrap only for the non-seed, and the executor from ctx', () => {
    const seedIps = nodes.filter((n) => n.seed).map((n) => n.ip);
    for (const l of serverLaunches(sim)) {
      expect(l.seeds.sort()).toEqual(seedIps.sort());
      expect(l.autoBootstrap).toBe(l.nodeId === 'node-2');
      expect(l.replaceAddress).toBe('');
    }
    const launch = decisionsOf(sim, 'accept')
      .flatMap((d) => d.decision.operations)
      .find((op) => op.type === OpType.LAUNCH)?.launch?.task_infos?.[0];
    expect(launch?.executor?.command?.value).toBe('./cassandra-mesos-executor/bin/executor');
    expect(launch?.executor?.command?.uris?.map((u) => u.value)).toEqual([
      'http://scheduler.example:8080/artifacts/executor.tgz',
      'http://scheduler.example:8080/artifacts/cassandra.tgz',
      'http://scheduler.example:8080/artifacts/jolokia.jar',
    ]);
    const details = cassandra_mesos.v1.TaskDetails.decode(launch?.data ?? new Uint8Array());
    expect(details).toMatchObject({ protocolVersion: 1, nodeId: 'node-0' });
    expect(details.server?.config?.dataDir).toBe('cassandra-data');
  });

  it('stops asking for offers once deployed', () => {
    expect(sim.master.suppressed).toBe(true);
  });
});

describe('before the first subscription', () => {
  // With no node records yet the deploy plan still has a PENDING step per node to create; were it empty it
  // would derive as COMPLETE, and a Marathon readiness check on /v1/plan (200 when COMPLETE) would pass
  // before anything runs.
  it('the deploy plan is not COMPLETE while node_count nodes are still to be created', () => {
    const sim = new Simulation({
      agents: simAgents(3),
      config: simConfig({ nodeCount: 3, seedCount: 2 }),
    }).start();
    expect(sim.plan('deploy').status).not.toBe('COMPLETE');
  });
});

describe('deterministic', () => {
  it('two runs of the same scenario make the same decisions at the same times', () => {
    const summary = (sim: Simulation): string[] =>
      sim.decisions.map((d) => `${d.atMs} ${d.decision.type} ${d.decision.reason}`);
    expect(summary(deployThree())).toEqual(summary(deployThree()));
  });
});
