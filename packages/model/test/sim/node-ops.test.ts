// Node operations and what the scheduler does by itself around jobs: decommissioning a chosen node,
// make-seed / make-non-seed, the repair schedule, and the cleanup suggested after a scale-up.
import { cassandra_mesos } from '../../src/gen/cassandra_mesos';
import type { OperatorCommand } from '../../src/scheduler/types';
import { simAgents, simConfig } from './config';
import { expectClean } from './inspect';
import { Simulation } from './simulation';

const { JobStatus } = cassandra_mesos.v1;
const DAY = 24 * 3600_000;

function deployedSim(config = simConfig({ nodeCount: 3, seedCount: 2 }), agents = 4): Simulation {
  const sim = new Simulation({ agents: simAgents(agents), config }).start();
  sim.runUntil((s) => s.deployed(config.nodeCount ?? 3), 10 * 60_000, 'initial deploy');
  return sim;
}

function rejection(sim: Simulation, command: OperatorCommand): string {
  const d = sim.operator(command).find((x) => x.type === 'command-rejected');
  return d?.type === 'command-rejected' ? d.error : '';
}

function seeds(sim: Simulation): string[] {
  return sim.store.nodeRecords().filter((n) => n.seed).map((n) => n.nodeId);
}

describe('decommission of a chosen node', () => {
  it('removes that node, not the highest one, once node_count is lowered', () => {
    const config = simConfig({ nodeCount: 3, seedCount: 1 });
    const sim = deployedSim(config);
    expect(rejection(sim, { kind: 'decommission-node', nodeId: 'node-1' })).toBe('');
    expect(sim.changeConfig({ ...config, nodeCount: 2 }).accepted).toBe(true);
    sim.runUntil((s) => s.store.node('node-1') === undefined && s.plan('deploy').status === 'COMPLETE', 10 * 60_000, 'node-1 removed');
    expect(sim.store.nodeRecords().map((n) => n.nodeId)).toEqual(['node-0', 'node-2']);
    expect(sim.executors.ringChanges.map((c) => `${c.op}:${c.nodeId}`)).toEqual(['decommission:node-1']);
    expectClean(sim);
  });

  it('refuses what would break the seed count or remove the last node', () => {
    const sim = deployedSim(simConfig({ nodeCount: 2, seedCount: 2 }), 3);
    expect(rejection(sim, { kind: 'decommission-node', nodeId: 'node-1' })).toContain('below seed_count=2: lower seed_count first');
    expect(rejection(sim, { kind: 'decommission-node', nodeId: 'node-7' })).toContain("there is no node 'node-7'");
  });
});

describe('make-seed and make-non-seed', () => {
  it('moves the seed role to the chosen node and keeps it there', () => {
    const sim = deployedSim();
    expect(seeds(sim)).toEqual(['node-0', 'node-1']);
    expect(rejection(sim, { kind: 'set-seed', nodeId: 'node-2', seed: true })).toBe('');
    expect(seeds(sim)).toEqual(['node-0', 'node-2']);
    expect(rejection(sim, { kind: 'set-seed', nodeId: 'node-0', seed: false })).toBe('');
    expect(seeds(sim)).toEqual(['node-1', 'node-2']);
    sim.runFor(60_000);
    expect(seeds(sim)).toEqual(['node-1', 'node-2']);
  });

  it('refuses a make-non-seed that leaves too few candidates, with what to do', () => {
    const sim = deployedSim(simConfig({ nodeCount: 2, seedCount: 2 }), 3);
    expect(rejection(sim, { kind: 'set-seed', nodeId: 'node-0', seed: false })).toContain('only 1 other node(s) can be seeds and seed_count is 2');
  });
});

describe('repair schedule', () => {
  it('starts a full repair by itself once the interval has passed, inside the window, and not again before the next interval', () => {
    const config = simConfig({ nodeCount: 3, seedCount: 2, repairIntervalDays: 1, repairWindow: '02:00-04:00', healthCheckIntervalSeconds: 600 });
    const sim = new Simulation({ agents: simAgents(4), config, behaviour: { healthIntervalMs: 600_000 } }).start();
    sim.runUntil((s) => s.deployed(3), 10 * 60_000, 'initial deploy');
    sim.runUntil((s) => s.store.jobHistory().length === 1, 3 * DAY, 'the scheduled repair ran', 60_000);
    const job = sim.store.jobHistory()[0]!;
    expect(job.requestedBy).toBe('schedule');
    expect(JobStatus[job.status]).toBe('JOB_SUCCEEDED');
    expect(job.startedAtMs).toBeGreaterThanOrEqual(DAY);
    const minuteOfDay = Math.floor((job.startedAtMs % DAY) / 60_000);
    expect(minuteOfDay).toBeGreaterThanOrEqual(120);
    expect(minuteOfDay).toBeLessThan(240);
    sim.runFor(20 * 3600_000);
    expect(sim.store.jobHistory()).toHaveLength(1);
    for (const node of sim.store.nodeRecords()) expect(node.lastRepairAtMs).toBeGreaterThanOrEqual(DAY);
  });
});

describe('cleanup suggested after a scale-up', () => {
  it('names the old nodes after a new one joins, and a cleanup of them clears it', () => {
    const config = simConfig({ nodeCount: 3, seedCount: 2 });
    const sim = deployedSim(config, 5);
    expect(sim.store.frameworkRecord()?.cleanupSuggestedAtMs).toBe(0);
    sim.changeConfig({ ...config, nodeCount: 4 });
    sim.runUntil((s) => s.deployed(4), 10 * 60_000, 'node-3 joined');
    const fw = sim.store.frameworkRecord()!;
    expect(fw.cleanupSuggestedNodeIds).toEqual(['node-0', 'node-1', 'node-2']);
    expect(fw.cleanupSuggestion).toContain('run a cleanup on node-0, node-1, node-2');
    expect(sim.store.jobHistory()).toEqual([]); // suggested, never run by itself
    sim.operator({ kind: 'start-job', request: { type: 'CLEANUP', params: {}, requestedBy: 'test' } });
    sim.runUntil((s) => s.store.jobHistory().length === 1, 10 * 60_000, 'the cleanup ran');
    expect(sim.store.frameworkRecord()?.cleanupSuggestedAtMs).toBe(0);
    expect(sim.store.frameworkRecord()?.cleanupSuggestion).toBe('');
  });
});
