// Cluster jobs in the simulation: repair and cleanup visit one node at a time and record per-keyspace
// results; a failover in the middle resumes at the node where the job was; failures stop the job or
// not (continue_on_failure); abort takes effect after the current node; a node that runs too long is
// stopped; a job plan pauses and resumes.
import { cassandra_mesos } from '../../src/gen/cassandra_mesos';
import type { OperatorCommand } from '../../src/scheduler/types';
import { simAgents, simConfig } from './config';
import { decisionsOf, expectClean, launchedTaskIds, steps } from './inspect';
import { Simulation } from './simulation';

const { JobStatus, NodeJobState } = cassandra_mesos.v1;
const base = simConfig({ nodeCount: 3, seedCount: 2, bootstrapGraceSeconds: 30 });

function repair(params: cassandra_mesos.v1.JobParams.$Properties = {}): OperatorCommand {
  return { kind: 'start-job', request: { type: 'REPAIR', params, requestedBy: 'test' } };
}

function deployedSim(behaviour: ConstructorParameters<typeof Simulation>[0]['behaviour'] = {}): Simulation {
  const sim = new Simulation({ agents: simAgents(4), config: base, behaviour: { jobKeyspaceMs: 10_000, ...behaviour } }).start();
  sim.runUntil((s) => s.deployed(3), 10 * 60_000, 'initial deploy');
  return sim;
}

function finished(sim: Simulation): cassandra_mesos.v1.ClusterJob | undefined {
  return sim.store.currentJobHeader() === undefined ? sim.store.jobHistory().at(-1) : undefined;
}

/** [start, end] of each node job, from the executors' launches and the stored records. */
function intervals(sim: Simulation, jobId: string): Array<[number, number]> {
  return sim.store.jobNodeRecords(jobId).map((r) => [r.startedAtMs, r.finishedAtMs]);
}

describe('repair of a three-node cluster', () => {
  let sim: Simulation;
  let jobId: string;
  const seen = { runningPlan: false, progress: false };

  beforeAll(() => {
    sim = deployedSim();
    expect(decisionsOf(sim, 'command-rejected')).toEqual([]);
    sim.operator(repair({ keyspaces: ['ks1', 'ks2'] }));
    jobId = sim.store.currentJobHeader()?.jobId ?? '';
    sim.runUntil(
      (s) => {
        const plan = s.plans().find((p) => p.name === 'repair');
        if (plan?.status === 'IN_PROGRESS') seen.runningPlan = true;
        if (s.store.jobNodeRecords(jobId).some((r) => r.state === NodeJobState.NODE_JOB_RUNNING && r.currentKeyspace !== '')) seen.progress = true;
        return finished(s) !== undefined;
      },
      10 * 60_000,
      'the repair finishes',
    );
  });

  it('succeeds and moves the job into the history', () => {
    const job = finished(sim);
    expect(job?.jobId).toBe(jobId);
    expect(JobStatus[job?.status ?? 0]).toBe('JOB_SUCCEEDED');
    expect(job?.completedNodes).toBe(3);
    expect(job?.failedNodes).toBe(0);
    expect(sim.plans().map((p) => p.name)).toEqual(['reconciliation', 'deploy']);
  });

  it('showed a repair plan and keyspace progress while it ran', () => {
    expect(seen).toEqual({ runningPlan: true, progress: true });
  });

  it('visits one node at a time, each once, with per-keyspace results', () => {
    const spans = intervals(sim, jobId);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    expect(sim.executors.nodeJobs.map((j) => j.nodeId)).toEqual(['node-0', 'node-1', 'node-2']);
    for (const r of sim.store.jobNodeRecords(jobId)) {
      expect(r.keyspaces.map((k) => `${k.keyspace}:${k.status}`)).toEqual(['ks1:SUCCESS', 'ks2:SUCCESS']);
    }
  });

  it('records each node\'s last repair', () => {
    for (const node of sim.store.nodeRecords()) expect(node.lastRepairAtMs).toBeGreaterThan(0);
    expectClean(sim);
  });
});

describe('a scheduler failover in the middle of a repair', () => {
  it('resumes at the node where it was; no node runs twice', () => {
    const sim = deployedSim();
    sim.operator(repair());
    const jobId = sim.store.currentJobHeader()?.jobId ?? '';
    sim.runUntil((s) => s.store.jobNodeRecords(jobId).find((r) => r.nodeId === 'node-1')?.state === NodeJobState.NODE_JOB_RUNNING && s.executors.nodeJobs.length === 2, 5 * 60_000, 'node-1 repairing');
    sim.restartScheduler(30_000);
    sim.runUntil((s) => finished(s) !== undefined, 10 * 60_000, 'the repair finishes after the failover');
    expect(finished(sim)?.jobId).toBe(jobId);
    expect(JobStatus[finished(sim)?.status ?? 0]).toBe('JOB_SUCCEEDED');
    expect(sim.executors.nodeJobs.map((j) => j.nodeId)).toEqual(['node-0', 'node-1', 'node-2']);
    expectClean(sim);
  });

  it('relaunches a part whose launch never happened, with the same task id', () => {
    const sim = deployedSim();
    sim.operator(repair());
    const jobId = sim.store.currentJobHeader()?.jobId ?? '';
    // Die before the ACCEPT that launches node-1's part: its record names the task, the node lists it, Mesos never saw it.
    sim.runUntil((s) => s.executors.nodeJobs.length === 1 && s.store.jobNodeRecords(jobId)[0]?.state === NodeJobState.NODE_JOB_SUCCEEDED, 5 * 60_000, 'node-0 done');
    sim.crashBeforeDecision((d) => d.type === 'accept' && d.reason.includes('job'), 10_000);
    sim.runUntil((s) => finished(s) !== undefined, 10 * 60_000, 'the repair finishes');
    expect(JobStatus[finished(sim)?.status ?? 0]).toBe('JOB_SUCCEEDED');
    expect(sim.executors.nodeJobs.map((j) => j.nodeId)).toEqual(['node-0', 'node-1', 'node-2']);
    // The ACCEPT the dead scheduler never sent is not recorded: exactly one launch, with the stored id.
    const node1 = launchedTaskIds(sim).filter((id) => id.startsWith('node-1-job-'));
    expect(node1).toEqual([sim.store.jobNodeRecords(finished(sim)!.jobId)[1]!.taskId]);
    expect(sim.problems).toEqual([]);
    expectClean(sim);
  });
});

describe('failures, abort and timeouts', () => {
  it('stops after a failed node unless continue_on_failure, naming the node and the reason', () => {
    const sim = deployedSim({ failJobsOn: ['node-1'] });
    sim.operator(repair());
    sim.runUntil((s) => finished(s) !== undefined, 10 * 60_000, 'the repair ends');
    const job = finished(sim)!;
    expect(JobStatus[job.status]).toBe('JOB_FAILED');
    expect(job.failureMessage).toContain('node-1 failed');
    expect(job.failureMessage).toContain('simulated failure');
    const records = sim.store.jobNodeRecords(job.jobId);
    expect(records.map((r) => NodeJobState[r.state])).toEqual(['NODE_JOB_SUCCEEDED', 'NODE_JOB_FAILED', 'NODE_JOB_SKIPPED']);
    expect(sim.executors.nodeJobs.map((j) => j.nodeId)).toEqual(['node-0', 'node-1']);
  });

  it('goes on after a failed node with continue_on_failure', () => {
    const sim = deployedSim({ failJobsOn: ['node-1'] });
    sim.operator(repair({ continueOnFailure: true }));
    sim.runUntil((s) => finished(s) !== undefined, 10 * 60_000, 'the repair ends');
    const job = finished(sim)!;
    expect(JobStatus[job.status]).toBe('JOB_FAILED');
    expect(job.failedNodes).toBe(1);
    expect(sim.executors.nodeJobs.map((j) => j.nodeId)).toEqual(['node-0', 'node-1', 'node-2']);
    expect(sim.store.node('node-1')?.lastRepairAtMs).toBe(0);
    expect(sim.store.node('node-2')?.lastRepairAtMs).toBeGreaterThan(0);
  });

  it('aborts after the current node; the rest are not started', () => {
    const sim = deployedSim();
    sim.operator(repair());
    const jobId = sim.store.currentJobHeader()?.jobId ?? '';
    sim.runUntil((s) => s.executors.nodeJobs.length === 1, 60_000, 'node-0 started');
    sim.operator({ kind: 'abort-job', jobId, reason: 'maintenance window over' });
    sim.runUntil((s) => finished(s) !== undefined, 10 * 60_000, 'the job ends');
    const job = finished(sim)!;
    expect(JobStatus[job.status]).toBe('JOB_ABORTED');
    expect(job.failureMessage).toContain('maintenance window over');
    expect(sim.store.jobNodeRecords(jobId).map((r) => NodeJobState[r.state])).toEqual(['NODE_JOB_SUCCEEDED', 'NODE_JOB_SKIPPED', 'NODE_JOB_SKIPPED']);
    expect(sim.executors.nodeJobs).toHaveLength(1);
  });

  it('stops a node part that runs past its timeout', () => {
    const sim = deployedSim({ jobKeyspaceMs: 30 * 60_000 });
    sim.operator(repair({ nodeTimeoutSeconds: 120 }));
    sim.runUntil((s) => finished(s) !== undefined, 30 * 60_000, 'the job ends');
    const job = finished(sim)!;
    const first = sim.store.jobNodeRecords(job.jobId)[0]!;
    expect(NodeJobState[first.state]).toBe('NODE_JOB_FAILED');
    expect(first.failureMessage).toContain('did not finish within 2m');
    expect(first.finishedAtMs - first.startedAtMs).toBeLessThan(4 * 60_000);
  });
});

describe('one job at a time, checked up front', () => {
  it('refuses a second job, an abort without a job, unknown nodes, and a parallel rolling restart', () => {
    const sim = deployedSim();
    const rejected = (command: OperatorCommand): string => {
      const d = sim.operator(command).find((x) => x.type === 'command-rejected');
      return d?.type === 'command-rejected' ? d.error : '';
    };
    expect(rejected({ kind: 'abort-job' })).toBe('no cluster job is running');
    expect(rejected(repair({ nodeIds: ['node-9'] }))).toContain("there is no node 'node-9'");
    expect(rejected(repair({ keyspaces: ['bad-name'] }))).toContain('invalid keyspace "bad-name"');
    expect(rejected({ kind: 'start-job', request: { type: 'ROLLING_RESTART', params: { parallelism: 2 }, requestedBy: 't' } })).toContain('one node at a time');
    expect(rejected({ kind: 'start-job', request: { type: 'UPGRADE', params: {}, requestedBy: 't' } })).toContain('not a job that can be started here');
    expect(rejected(repair())).toBe('');
    expect(rejected({ kind: 'start-job', request: { type: 'CLEANUP', params: {}, requestedBy: 't' } })).toMatch(/REPAIR.*is running: one cluster job runs at a time/);
  });

  it('pauses while its plan is interrupted and resumes when continued', () => {
    const sim = deployedSim();
    sim.operator({ kind: 'start-job', request: { type: 'CLEANUP', params: { nodeIds: ['node-0', 'node-2'] }, requestedBy: 't' } });
    sim.operator({ kind: 'interrupt-plan', plan: 'cleanup' });
    sim.runUntil((s) => s.store.jobNodeRecords(s.store.currentJobHeader()?.jobId ?? '')[0]?.state === NodeJobState.NODE_JOB_SUCCEEDED, 5 * 60_000, 'node-0 done');
    sim.runFor(5 * 60_000);
    expect(sim.executors.nodeJobs.map((j) => j.nodeId)).toEqual(['node-0']);
    expect(sim.plan('cleanup').status).toBe('WAITING');
    expect(steps(sim.plan('cleanup'))).toEqual({ 'node-0': 'COMPLETE', 'node-2': 'PENDING' });
    sim.operator({ kind: 'continue-plan', plan: 'cleanup' });
    sim.runUntil((s) => finished(s) !== undefined, 5 * 60_000, 'the cleanup finishes');
    expect(sim.executors.nodeJobs.map((j) => j.nodeId)).toEqual(['node-0', 'node-2']);
    expect(sim.store.node('node-2')?.lastCleanupAtMs).toBeGreaterThan(0);
    expect(sim.store.node('node-1')?.lastCleanupAtMs).toBe(0);
  });
});
