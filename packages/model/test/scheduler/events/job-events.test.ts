// Job events over hand-made job states: node parts that fail or are skipped, a job that finishes (its
// result only in the change's archive decision), one that vanishes without it, and multi-stage jobs whose
// node parts finish once per stage.
import { cassandra_mesos } from '../../../src/gen/cassandra_mesos';
import { clusterEventsBetween } from '../../../src/scheduler/events';
import type { Decision, JobState, NodeJobRecord, SchedulerState } from '../../../src/scheduler/types';
import { deployedDriver } from '../support/deployed';

const { ClusterJobType, JobStage, JobStatus, NodeJobState } = cassandra_mesos.v1;
const JOB_ID = '3f2a1b2c-9d8e-4f00-8a00-000000000001';
const T0 = 1_700_000_000_000;

function header(fields: cassandra_mesos.v1.ClusterJob.$Properties = {}): cassandra_mesos.v1.ClusterJob {
  return cassandra_mesos.v1.ClusterJob.create({
    jobId: JOB_ID,
    type: ClusterJobType.REPAIR,
    status: JobStatus.JOB_RUNNING,
    createdAtMs: T0,
    startedAtMs: T0,
    totalNodes: 3,
    requestedBy: 'api',
    ...fields,
  });
}

function part(nodeId: string, fields: cassandra_mesos.v1.NodeJobRecord.$Properties = {}): NodeJobRecord {
  return cassandra_mesos.v1.NodeJobRecord.create({
    jobId: JOB_ID,
    nodeId,
    sequence: Number(nodeId.slice(5)),
    state: NodeJobState.NODE_JOB_PENDING,
    ...fields,
  });
}

function job(h: cassandra_mesos.v1.ClusterJob, parts: NodeJobRecord[]): JobState {
  return { header: h, nodes: new Map(parts.map((p) => [p.nodeId, p])) };
}

const base = deployedDriver().state;
const withJob = (j: JobState | undefined): SchedulerState => ({ ...base, job: j });
const messages = (prev: SchedulerState, next: SchedulerState, decisions: Decision[] = []): string[] =>
  clusterEventsBetween(prev, next, T0 + 60_000, decisions).map((e) => `${e.level} ${e.kind}: ${e.message}`);

const running = job(header(), [
  part('node-0', { state: NodeJobState.NODE_JOB_RUNNING, startedAtMs: T0 }),
  part('node-1'),
  part('node-2'),
]);

describe('job events', () => {
  it('a started job, with who asked for it', () => {
    const events = clusterEventsBetween(withJob(undefined), withJob(running), T0);
    expect(events).toEqual([
      {
        at: new Date(T0).toISOString(),
        level: 'info',
        kind: 'job-started',
        jobId: JOB_ID,
        message: 'repair job 3f2a1b2c… started on 3 nodes (by api)',
      },
    ]);
  });

  it('a node part that failed is an error with its reason, naming node and job', () => {
    const failed = job(running.header, [
      part('node-0', {
        state: NodeJobState.NODE_JOB_FAILED,
        startedAtMs: T0,
        finishedAtMs: T0 + 41_000,
        failureMessage: 'repair of ks1 timed out',
      }),
      part('node-1'),
      part('node-2'),
    ]);
    const [event] = clusterEventsBetween(withJob(running), withJob(failed), T0 + 41_000);
    expect(event).toMatchObject({
      level: 'error',
      kind: 'job-node',
      nodeId: 'node-0',
      jobId: JOB_ID,
      message: 'repair on node-0 FAILED in 41 s: repair of ks1 timed out',
    });
  });

  it('a skipped node part is a warning; a part already reported is not reported again', () => {
    const skipped = job(running.header, [
      part('node-0', { state: NodeJobState.NODE_JOB_SKIPPED, failureMessage: 'node-0 is not live' }),
      part('node-1'),
      part('node-2'),
    ]);
    expect(messages(withJob(running), withJob(skipped))).toEqual([
      'warn job-node: repair on node-0 SKIPPED: node-0 is not live',
    ]);
    expect(
      messages(withJob(skipped), withJob({ header: header({ completedNodes: 1 }), nodes: skipped.nodes })),
    ).toEqual([]);
  });

  it('a finished job: its last part and its result come from the archive decision', () => {
    const last = part('node-2', {
      state: NodeJobState.NODE_JOB_SUCCEEDED,
      startedAtMs: T0 + 30_000,
      finishedAtMs: T0 + 41_000,
    });
    const final = header({ status: JobStatus.JOB_SUCCEEDED, finishedAtMs: T0 + 41_000, completedNodes: 3 });
    const decisions: Decision[] = [
      { type: 'persist-job-node', record: last, reason: 'node-2 done' },
      { type: 'archive-job', job: final, reason: 'repair succeeded' },
    ];
    expect(messages(withJob(running), withJob(undefined), decisions)).toEqual([
      'info job-node: repair on node-2 SUCCEEDED in 11 s',
      'info job-finished: repair job 3f2a1b2c… SUCCEEDED on 3 nodes in 41 s',
    ]);
  });

  it('a failed job is an error with its failure message', () => {
    const final = header({
      status: JobStatus.JOB_FAILED,
      finishedAtMs: T0 + 125_000,
      failureMessage: 'node-0 failed: repair of ks1 timed out',
    });
    expect(
      messages(withJob(running), withJob(undefined), [{ type: 'archive-job', job: final, reason: 'failed' }]),
    ).toEqual([
      'error job-finished: repair job 3f2a1b2c… FAILED on 3 nodes in 2 min 5 s: node-0 failed: repair of ks1 timed out',
    ]);
  });

  it('a job that started and finished in one change is both started and finished', () => {
    const final = header({ status: JobStatus.JOB_SUCCEEDED, finishedAtMs: T0 });
    const decisions: Decision[] = [{ type: 'archive-job', job: final, reason: 'nothing to do' }];
    expect(messages(withJob(undefined), withJob(undefined), decisions)).toEqual([
      'info job-started: repair job 3f2a1b2c… started on 3 nodes (by api)',
      'info job-finished: repair job 3f2a1b2c… SUCCEEDED on 3 nodes in 0 s',
    ]);
  });

  it('a job that left the state without its archive decision is reported without a result', () => {
    expect(messages(withJob(running), withJob(undefined))).toEqual([
      'info job-finished: repair job 3f2a1b2c… ended; its result is in the job history',
    ]);
  });

  it('an abort request is a warning with its reason', () => {
    const aborting = job(
      header({ abortRequested: true, failureMessage: 'aborted by an operator: window over' }),
      [...running.nodes.values()],
    );
    expect(messages(withJob(running), withJob(aborting))).toEqual([
      'warn job-abort: repair job 3f2a1b2c… is being aborted: aborted by an operator: window over',
    ]);
  });

  it('multi-stage: the same node finishing again in the next stage is news, with the stage and bytes', () => {
    const backup = { backupName: 'nightly' };
    const h = header({ type: ClusterJobType.RESTORE, stage: JobStage.RESTORE_DOWNLOAD, params: { backup } });
    const downloaded = job(h, [
      part('node-0', {
        state: NodeJobState.NODE_JOB_SUCCEEDED,
        stage: JobStage.RESTORE_DOWNLOAD,
        startedAtMs: T0,
        finishedAtMs: T0 + 5_000,
        bytesDone: 2048,
        bytesTotal: 2048,
      }),
    ]);
    const importing = job(header({ ...h, stage: JobStage.RESTORE_IMPORT }), [
      part('node-0', { state: NodeJobState.NODE_JOB_PENDING, stage: JobStage.RESTORE_IMPORT }),
    ]);
    const imported = job(importing.header, [
      part('node-0', {
        state: NodeJobState.NODE_JOB_SUCCEEDED,
        stage: JobStage.RESTORE_IMPORT,
        startedAtMs: T0 + 6_000,
        finishedAtMs: T0 + 8_000,
      }),
    ]);
    expect(
      messages(withJob(job(h, [part('node-0', { stage: JobStage.RESTORE_DOWNLOAD })])), withJob(downloaded)),
    ).toEqual(['info job-node: restore download on node-0 SUCCEEDED in 5 s (2.0 KiB)']);
    expect(messages(withJob(downloaded), withJob(importing))).toEqual([
      'info job-stage: restore job 3f2a1b2c… (nightly): import stage',
    ]);
    expect(messages(withJob(importing), withJob(imported))).toEqual([
      'info job-node: restore import on node-0 SUCCEEDED in 2 s',
    ]);
  });

  it('a successful backup is committed; a failed one is not', () => {
    const h = header({
      type: ClusterJobType.BACKUP,
      stage: JobStage.BACKUP_COMMIT,
      params: { backup: { backupName: 'nightly' } },
    });
    const committing = job(h, []);
    const ok = header({
      ...h,
      status: JobStatus.JOB_SUCCEEDED,
      finishedAtMs: T0 + 90_000,
      bytesDone: 3 * 1024 * 1024,
      bytesSkipped: 1024,
    });
    expect(
      messages(withJob(committing), withJob(undefined), [
        { type: 'archive-job', job: ok, reason: 'committed' },
      ]),
    ).toEqual([
      'info job-finished: backup job 3f2a1b2c… (nightly) SUCCEEDED on 3 nodes in 1 min 30 s',
      'info backup-committed: backup nightly committed: 3.0 MiB uploaded, 1.0 KiB already stored',
    ]);
    const failed = header({
      ...h,
      status: JobStatus.JOB_FAILED,
      finishedAtMs: T0 + 90_000,
      failureMessage: 'writing the manifest of backup nightly failed: S3 503',
    });
    const lines = messages(withJob(committing), withJob(undefined), [
      { type: 'archive-job', job: failed, reason: 'commit failed' },
    ]);
    expect(lines).toEqual([
      'error job-finished: backup job 3f2a1b2c… (nightly) FAILED on 3 nodes in 1 min 30 s: writing the manifest of backup nightly failed: S3 503',
    ]);
  });
});
