// The job JSON both route families answer: names, times, progress and the ETA from stored records.
import { cassandra_mesos } from '@cassandra-mesos/model';
import { jobView, JobViewSchema } from '../../src/api/views/job';

const v1 = cassandra_mesos.v1;
const T0 = 1_700_000_000_000;

function header(changes: cassandra_mesos.v1.ClusterJob.$Properties = {}): cassandra_mesos.v1.ClusterJob {
  return v1.ClusterJob.create({
    jobId: 'job-7',
    type: v1.ClusterJobType.CLEANUP,
    status: v1.JobStatus.JOB_RUNNING,
    params: { nodeIds: ['node-0', 'node-1', 'node-2', 'node-3'], keyspaces: ['shop'] },
    createdAtMs: T0,
    startedAtMs: T0,
    totalNodes: 4,
    completedNodes: 2,
    failedNodes: 1,
    currentNodeIds: ['node-2'],
    requestedBy: 'api',
    ...changes,
  });
}

function records(): cassandra_mesos.v1.NodeJobRecord[] {
  const S = v1.NodeJobState;
  return [
    v1.NodeJobRecord.create({ jobId: 'job-7', nodeId: 'node-3', sequence: 3, state: S.NODE_JOB_PENDING }),
    v1.NodeJobRecord.create({ jobId: 'job-7', nodeId: 'node-0', sequence: 0, state: S.NODE_JOB_SUCCEEDED, taskId: 'node-0-job-a', startedAtMs: T0, finishedAtMs: T0 + 600_000, attempt: 1, keyspaces: [{ keyspace: 'shop', status: 'SUCCESS', durationMs: 590_000 }] }),
    v1.NodeJobRecord.create({ jobId: 'job-7', nodeId: 'node-1', sequence: 1, state: S.NODE_JOB_FAILED, startedAtMs: T0 + 600_000, finishedAtMs: T0 + 1_800_000, failureMessage: 'cleanup of shop failed', attempt: 1 }),
    v1.NodeJobRecord.create({ jobId: 'job-7', nodeId: 'node-2', sequence: 2, state: S.NODE_JOB_RUNNING, taskId: 'node-2-job-b', startedAtMs: T0 + 1_800_000, keyspaces: [{ keyspace: 'a', status: 'SUCCESS', durationMs: 10 }], currentKeyspace: 'b', remainingKeyspaces: ['c', 'd'], attempt: 2 }),
    // A record of another job is never shown.
    v1.NodeJobRecord.create({ jobId: 'job-6', nodeId: 'node-9', sequence: 0, state: S.NODE_JOB_RUNNING }),
  ];
}

describe('jobView', () => {
  it('shows a running job with its nodes in visiting order, progress and ETA', () => {
    const now = T0 + 1_900_000;
    const view = jobView(header({ params: { nodeIds: ['node-0', 'node-1', 'node-2', 'node-3'], keyspaces: ['shop'], continueOnFailure: true } }), records(), now);
    expect(JobViewSchema.safeParse(view).success).toBe(true);
    expect(view).toMatchObject({
      id: 'job-7',
      type: 'CLEANUP',
      status: 'RUNNING',
      createdAt: '2023-11-14T22:13:20.000Z',
      finishedAt: null,
      failureMessage: null,
      params: { nodes: ['node-0', 'node-1', 'node-2', 'node-3'], keyspaces: ['shop'], tables: [], parallelism: 1, continueOnFailure: true, nodeTimeoutSeconds: 0 },
      currentNodes: ['node-2'],
      remainingNodes: ['node-3'],
      // 2 nodes done + node-2 a quarter through its keyspaces, of 4; the finished ones took 900 s on average.
      progress: { percent: 56.3, etaSeconds: 1575 },
    });
    expect(view.params.repair).toBeUndefined();
    expect(view.nodes?.map((n) => [n.nodeId, n.state, n.durationMs])).toEqual([
      ['node-0', 'SUCCEEDED', 600_000],
      ['node-1', 'FAILED', 1_200_000],
      ['node-2', 'RUNNING', 100_000],
      ['node-3', 'PENDING', null],
    ]);
    expect(view.nodes?.[2]).toMatchObject({ taskId: 'node-2-job-b', currentKeyspace: 'b', remainingKeyspaces: ['c', 'd'], keyspaces: [{ keyspace: 'a', status: 'SUCCESS', durationMs: 10, message: '' }], attempt: 2, finishedAt: null });
    expect(view.nodes?.[3]).toMatchObject({ taskId: null, startedAt: null, currentKeyspace: null, failureMessage: null });
  });

  it('has no ETA before a node finished, and none once the job is over', () => {
    expect(jobView(header({ completedNodes: 0 }), records().slice(3, 4), T0).progress).toEqual({ percent: 6.3, etaSeconds: null });
    const done = jobView(header({ status: v1.JobStatus.JOB_ABORTED, completedNodes: 4, finishedAtMs: T0 + 2_000_000, abortRequested: true, failureMessage: 'aborted by an operator' }), records(), T0 + 3_000_000);
    expect(done).toMatchObject({ status: 'ABORTED', finishedAt: '2023-11-14T22:46:40.000Z', abortRequested: true, failureMessage: 'aborted by an operator', remainingNodes: [], progress: { percent: 100, etaSeconds: null } });
  });

  it('leaves nodes out of a summary (no records read) and shows repair options for a repair', () => {
    const repair = header({
      type: v1.ClusterJobType.REPAIR,
      status: v1.JobStatus.JOB_SUCCEEDED,
      params: { repair: { primaryRange: true, parallelism: v1.RepairParallelism.PARALLEL, dataCenters: ['dc1'] } },
    });
    const summary = jobView(repair, undefined, T0);
    expect(JobViewSchema.safeParse(summary).success).toBe(true);
    expect(summary.nodes).toBeUndefined();
    expect(summary.remainingNodes).toEqual([]);
    expect(summary.params.repair).toEqual({ primaryRange: true, incremental: false, parallelism: 'PARALLEL', dataCenters: ['dc1'] });
    expect(summary.status).toBe('SUCCEEDED');
  });
});
