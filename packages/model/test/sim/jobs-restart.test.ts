// Rolling restart as a job: each node is drained, stopped, relaunched in place and waited for until
// live before the next; never two nodes down at once; a failover in the middle restarts no node twice;
// a node that does not come back stops the job with that reason.
import { cassandra_mesos } from '../../src/gen/cassandra_mesos';
import { simAgents, simConfig } from './config';
import { expectClean, serverLaunches } from './inspect';
import { Simulation } from './simulation';

const { JobStatus, NodeJobState } = cassandra_mesos.v1;
const base = simConfig({ nodeCount: 3, seedCount: 2, bootstrapGraceSeconds: 30 });
const NODES = ['node-0', 'node-1', 'node-2'];

function deployedSim(): Simulation {
  const sim = new Simulation({ agents: simAgents(4), config: base }).start();
  sim.runUntil((s) => s.deployed(3), 10 * 60_000, 'initial deploy');
  return sim;
}

function launchesPerNode(sim: Simulation): number[] {
  return NODES.map((n) => serverLaunches(sim, n).length);
}

function finished(sim: Simulation): cassandra_mesos.v1.ClusterJob | undefined {
  return sim.store.currentJobHeader() === undefined ? sim.store.jobHistory().at(-1) : undefined;
}

/** Runs until the job ends, recording the most Cassandra processes ever not serving at once (whether a scheduler runs or not). */
function runJob(sim: Simulation, what: string): number {
  let maxDown = 0;
  sim.runUntil(
    (s) => {
      maxDown = Math.max(maxDown, NODES.filter((n) => s.executors.serverOf(n)?.mode !== 'NORMAL').length);
      return finished(s) !== undefined;
    },
    30 * 60_000,
    what,
  );
  return maxDown;
}

describe('rolling restart', () => {
  it('restarts every node once, one at a time, never two down at once', () => {
    const sim = deployedSim();
    const before = launchesPerNode(sim);
    sim.operator({ kind: 'start-job', request: { type: 'ROLLING_RESTART', params: {}, requestedBy: 'test' } });
    const maxDown = runJob(sim, 'the rolling restart');
    expect(maxDown).toBe(1);
    expect(JobStatus[finished(sim)!.status]).toBe('JOB_SUCCEEDED');
    expect(launchesPerNode(sim)).toEqual(before.map((n) => n + 1));
    const records = sim.store.jobNodeRecords(finished(sim)!.jobId);
    for (let i = 1; i < records.length; i++) expect(records[i]!.startedAtMs).toBeGreaterThanOrEqual(records[i - 1]!.finishedAtMs);
    expect(sim.liveNodes()).toEqual(NODES);
    expectClean(sim);
  });

  it('resumes after a scheduler failover without restarting any node twice', () => {
    const sim = deployedSim();
    const before = launchesPerNode(sim);
    sim.operator({ kind: 'start-job', request: { type: 'ROLLING_RESTART', params: {}, requestedBy: 'test' } });
    const jobId = sim.store.currentJobHeader()!.jobId;
    sim.runUntil((s) => s.store.jobNodeRecords(jobId)[1]?.state === NodeJobState.NODE_JOB_RUNNING, 10 * 60_000, 'node-1 restarting');
    sim.restartScheduler(20_000);
    const maxDown = runJob(sim, 'the rolling restart after the failover');
    expect(maxDown).toBe(1);
    expect(finished(sim)!.jobId).toBe(jobId);
    expect(JobStatus[finished(sim)!.status]).toBe('JOB_SUCCEEDED');
    expect(launchesPerNode(sim)).toEqual(before.map((n) => n + 1));
    expectClean(sim);
  });

  it('resumes correctly when the scheduler dies between the job record and the node write', () => {
    const sim = deployedSim();
    const before = launchesPerNode(sim);
    sim.operator({ kind: 'start-job', request: { type: 'ROLLING_RESTART', params: {}, requestedBy: 'test' } });
    sim.runUntil((s) => s.store.jobNodeRecords(s.store.currentJobHeader()?.jobId ?? '')[0]?.state === NodeJobState.NODE_JOB_SUCCEEDED, 10 * 60_000, 'node-0 done');
    sim.crashBeforeDecision((d) => d.type === 'persist-node' && d.node.targetRunState === cassandra_mesos.v1.TargetRunState.RESTART, 10_000);
    runJob(sim, 'the rolling restart');
    expect(JobStatus[finished(sim)!.status]).toBe('JOB_SUCCEEDED');
    expect(launchesPerNode(sim)).toEqual(before.map((n) => n + 1));
    expectClean(sim);
  });

  it('stops with the reason when a node does not come back within its timeout', () => {
    const sim = deployedSim();
    sim.operator({ kind: 'start-job', request: { type: 'ROLLING_RESTART', params: { nodeTimeoutSeconds: 60 }, requestedBy: 'test' } });
    // node-0's relaunch never gets healthy: its process keeps failing to reach NORMAL in time.
    sim.executors.behaviour.restartToNormalMs = 10 * 60_000;
    runJob(sim, 'the rolling restart');
    const job = finished(sim)!;
    expect(JobStatus[job.status]).toBe('JOB_FAILED');
    expect(job.failureMessage).toContain('node-0 failed');
    expect(job.failureMessage).toContain('did not come back live within 1m');
    expect(sim.store.jobNodeRecords(job.jobId).map((r) => NodeJobState[r.state])).toEqual(['NODE_JOB_FAILED', 'NODE_JOB_SKIPPED', 'NODE_JOB_SKIPPED']);
  });

  it('refuses to start while a node is down', () => {
    const sim = deployedSim();
    sim.crashNode('node-2');
    sim.runFor(100);
    const d = sim.operator({ kind: 'start-job', request: { type: 'ROLLING_RESTART', params: {}, requestedBy: 'test' } }).find((x) => x.type === 'command-rejected');
    expect(d?.type === 'command-rejected' ? d.error : '').toContain('not every node is live (node-2)');
  });
});
