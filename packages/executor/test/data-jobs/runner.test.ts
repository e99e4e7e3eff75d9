// DataJobTaskRunner with a fake clock and parts that stay pending until the test settles them: what the
// executor session would see (status updates with the record, throttled progress messages).
import pino from 'pino';
import { cassandra_mesos, encodeMessage, mesos } from '@cassandra-mesos/model';
import { DataJobTaskRunner, PROTOCOL_VERSION, ThrottledProgress, type DataJobDeps, type DataJobOutcome, type DataJobPart, type DataJobProgress, type DataJobSpec, type DataJobTaskPorts, type OutgoingStatus } from '../../src';
import { FakeClock } from '../support/fake-clock';
import { decodeDetails } from '../support/task-details';

const S = mesos.v1.TaskState;
const { ClusterJobType, JobStage, NodeJobState, TaskErrorType } = cassandra_mesos.v1;

function task(job: cassandra_mesos.v1.NodeJobTask.$Properties = {}): Uint8Array {
  return encodeMessage(
    cassandra_mesos.v1.TaskDetails,
    cassandra_mesos.v1.TaskDetails.create({
      protocolVersion: PROTOCOL_VERSION,
      nodeId: 'node-1',
      nodeJob: { jobId: 'job-9', type: ClusterJobType.BACKUP, stage: JobStage.BACKUP_UPLOAD, clusterName: 'c1', timeoutSeconds: 600, params: { backup: { backupName: 'b1', storage: 'local' } }, ...job },
    }),
  );
}

interface PendingPart {
  spec: DataJobSpec;
  deps: DataJobDeps;
  progress: DataJobProgress;
  signal: AbortSignal;
  resolve(outcome: DataJobOutcome): void;
  reject(error: Error): void;
}

interface Harness {
  runner: DataJobTaskRunner;
  clock: FakeClock;
  parts: PendingPart[];
  updates: OutgoingStatus[];
  progress: cassandra_mesos.v1.NodeJobRecord[];
  released: number;
}

function harness(overrides: Partial<DataJobTaskPorts> = {}, options: { honourAbort?: boolean } = {}): Harness {
  const clock = new FakeClock();
  const h: Harness = { runner: undefined as unknown as DataJobTaskRunner, clock, parts: [], updates: [], progress: [], released: 0 };
  const part: DataJobPart = (spec, deps, progress, signal) =>
    new Promise((resolve, reject) => {
      h.parts.push({ spec, deps, progress, signal, resolve, reject });
      // Like the real parts: an abort makes them stop and reject (unless the test plays a stuck one).
      if (options.honourAbort !== false) signal.addEventListener('abort', () => reject(new Error('stopped at file 3 of 10')));
    });
  h.runner = new DataJobTaskRunner(
    {
      clock,
      nodeId: 'node-1',
      serverRunning: true,
      parts: { BACKUP: part, RESTORE: part },
      deps: () => ({ jmx: undefined, cql: () => Promise.reject(new Error('no CQL in this test')), dataDirectories: ['/data'], sandbox: '/sandbox', log: pino({ level: 'silent' }), clock }),
      release: () => {
        h.released++;
        return Promise.resolve();
      },
      send: (u) => h.updates.push(u),
      progress: (r) => h.progress.push(r),
      ...overrides,
    },
    { cancelGraceMs: 5_000 },
  );
  return h;
}

const states = (h: Harness): string[] => h.updates.map((u) => S[u.state] ?? String(u.state));
const last = (h: Harness) => decodeDetails(h.updates[h.updates.length - 1]!.data);

const OUTCOME: DataJobOutcome = {
  keyspaces: [{ keyspace: 'shop', status: 'SUCCESS', durationMs: 1200, bytes: 4096, message: '3 files' }],
  bytesDone: 4096,
  bytesTotal: 4096,
  bytesSkipped: 1024,
  filesDone: 3,
  filesTotal: 3,
  manifestKey: 'c1/backups/b1/nodes/node-1.json',
  manifestSha256: 'a'.repeat(64),
  summary: '1 keyspace(s): 2 files uploaded',
};

describe('DataJobTaskRunner', () => {
  it('runs the part and reports the final record in TaskStatus.data.job_result', async () => {
    const h = harness();
    h.runner.launch('t1', task());
    expect(states(h)).toEqual(['TASK_RUNNING']);
    expect(h.updates[0]?.message).toBe('backup upload of job job-9 on node-1 started: backup b1, every user keyspace, local directory backup');
    const part = h.parts[0]!;
    expect(part.spec).toMatchObject({ type: 'BACKUP', jobId: 'job-9', jobTimeoutMs: 600_000 });
    h.clock.advance(3_000);
    part.resolve(OUTCOME);
    const final = await h.runner.done;
    await h.runner.settled;
    expect(S[final.state]).toBe('TASK_FINISHED');
    expect(final.message).toBe('backup upload on node-1 succeeded in 3.0 s: 1 keyspace(s): 2 files uploaded');
    const result = decodeDetails(final.data).jobResult!;
    expect(result).toMatchObject({ jobId: 'job-9', nodeId: 'node-1', taskId: 't1', state: NodeJobState.NODE_JOB_SUCCEEDED, stage: JobStage.BACKUP_UPLOAD, manifestKey: OUTCOME.manifestKey, manifestSha256: OUTCOME.manifestSha256, failureMessage: '' });
    expect([Number(result.bytesDone), Number(result.bytesSkipped), result.filesDone, Number(result.finishedAtMs) - Number(result.startedAtMs)]).toEqual([4096, 1024, 3, 3_000]);
    expect(result.keyspaces?.map((k) => `${k.keyspace}:${k.status}:${Number(k.bytes)}`)).toEqual(['shop:SUCCESS:4096']);
    expect(h.released).toBe(1);
    expect(h.runner.finished).toBe(true);
  });

  it('sends progress at most every 2 s, always the latest figures', async () => {
    const h = harness();
    h.runner.launch('t1', task());
    const { progress } = h.parts[0]!;
    progress.report({ currentKeyspace: 'a', bytesTotal: 100, bytesDone: 0 });
    progress.report({ bytesDone: 10 });
    progress.report({ bytesDone: 20 });
    expect(h.progress.map((p) => Number(p.bytesDone))).toEqual([0]);
    h.clock.advance(1_999);
    expect(h.progress).toHaveLength(1);
    h.clock.advance(1);
    expect(h.progress.map((p) => Number(p.bytesDone))).toEqual([0, 20]);
    expect(h.progress[1]).toMatchObject({ jobId: 'job-9', taskId: 't1', currentKeyspace: 'a', state: NodeJobState.NODE_JOB_RUNNING, stage: JobStage.BACKUP_UPLOAD });
    expect(h.runner.record().bytesDone).toBe(20);
    progress.report({ bytesDone: 30 });
    h.parts[0]!.reject(new Error('boom'));
    await h.runner.done;
    h.clock.advance(10_000);
    expect(h.progress).toHaveLength(2); // nothing after the end: the final record is in the status update
    expect(Number(last(h).jobResult?.bytesDone)).toBe(30);
  });

  it('fails with the part’s message, keeping the progress it reported', async () => {
    const h = harness();
    h.runner.launch('t1', task());
    h.parts[0]!.progress.report({ keyspaces: [{ keyspace: 'a', status: 'FAILURE', message: 'x' }], bytesDone: 7 });
    h.parts[0]!.reject(new Error('keyspace a: upload of table t file f failed [ECONNREFUSED]: …'));
    const final = await h.runner.done;
    expect(S[final.state]).toBe('TASK_FAILED');
    expect(final.message).toBe('backup upload on node-1 failed: keyspace a: upload of table t file f failed [ECONNREFUSED]: …');
    expect(last(h).jobResult).toMatchObject({ state: NodeJobState.NODE_JOB_FAILED, failureMessage: final.message, currentKeyspace: '' });
    expect(last(h).jobResult?.keyspaces?.[0]?.status).toBe('FAILURE');
  });

  it('aborts at once: the part is signalled, then TASK_KILLED naming the reason', async () => {
    const h = harness();
    h.runner.launch('t1', task());
    h.runner.abort('operator asked');
    expect(h.parts[0]!.signal.aborted).toBe(true);
    const final = await h.runner.done;
    expect(S[final.state]).toBe('TASK_KILLED');
    expect(last(h).jobResult).toMatchObject({ state: NodeJobState.NODE_JOB_ABORTED, failureMessage: 'aborted: operator asked; stopped at file 3 of 10' });
  });

  it('fails a part that outlives the job timeout', async () => {
    const h = harness();
    h.runner.launch('t1', task({ timeoutSeconds: 60 }));
    h.clock.advance(60_000);
    const final = await h.runner.done;
    expect(S[final.state]).toBe('TASK_FAILED');
    expect(final.message).toBe("the backup upload's timeout of 60 s on node-1 passed; stopped at file 3 of 10");
  });

  it('reports a stuck part after the cancel grace, and stays busy until it really stops', async () => {
    const h = harness({}, { honourAbort: false });
    h.runner.launch('t1', task());
    h.runner.kill();
    h.clock.advance(4_999);
    expect(states(h)).toEqual(['TASK_RUNNING']);
    h.clock.advance(1);
    const final = await h.runner.done;
    expect(S[final.state]).toBe('TASK_KILLED');
    expect(final.message).toMatch(/the task was killed; the part did not stop within 5 s; it is still cleaning up in the background/);
    expect(h.runner.finished).toBe(false);
    h.parts[0]!.reject(new Error('late'));
    await h.runner.settled;
    expect(h.runner.finished).toBe(true);
    expect(states(h)).toEqual(['TASK_RUNNING', 'TASK_KILLED']);
  });

  it('shortens the grace to half the shutdown budget', async () => {
    const h = harness({}, { honourAbort: false });
    h.runner.launch('t1', task());
    h.runner.shutdown(4_000);
    h.clock.advance(2_000);
    const final = await h.runner.done;
    expect(final.message).toMatch(/the executor is shutting down; the part did not stop within 2 s/);
  });

  it('refuses a second job, and a backup on a node whose Cassandra is down; a restore download runs without it', async () => {
    const busy = harness({ busy: true });
    busy.runner.launch('t1', task());
    expect(states(busy)).toEqual(['TASK_FAILED']);
    expect(last(busy).error).toMatchObject({ type: TaskErrorType.ANOTHER_JOB_RUNNING });
    expect(busy.parts).toHaveLength(0);

    const down = harness({ serverRunning: false });
    down.runner.launch('t1', task());
    expect(last(down).error).toMatchObject({ type: TaskErrorType.PROCESS_NOT_RUNNING, message: 'Cassandra is not running on node-1, so backup upload of job job-9 on node-1 cannot run; start the node first' });
    await down.runner.settled;
    expect(down.runner.finished).toBe(true);

    const unknownNode = harness({ serverRunning: false, deps: () => ({ jmx: undefined, cql: () => Promise.reject(new Error('none')), dataDirectories: [], sandbox: '/s', log: pino({ level: 'silent' }), clock: new FakeClock() }) });
    unknownNode.runner.launch('t1', task({ type: ClusterJobType.RESTORE, stage: JobStage.RESTORE_DOWNLOAD }));
    expect(last(unknownNode).error?.message).toBe(
      "this executor has not run a server task of node-1, so it does not know the node's data directory and restore download of job job-9 on node-1 cannot run; launch the node's server task on this executor first",
    );

    const download = harness({ serverRunning: false });
    download.runner.launch('t1', task({ type: ClusterJobType.RESTORE, stage: JobStage.RESTORE_DOWNLOAD }));
    expect(states(download)).toEqual(['TASK_RUNNING']);
    expect(download.parts[0]?.spec.type).toBe('RESTORE');
  });

  it('answers an invalid task with TASK_ERROR INVALID_TASK and runs nothing', async () => {
    const h = harness();
    h.runner.launch('t1', task({ params: { backup: { backupName: 'a/b', storage: 'local' } } }));
    const final = await h.runner.done;
    expect(S[final.state]).toBe('TASK_ERROR');
    expect(final.reason).toBe(mesos.v1.TaskStatus.Reason.REASON_TASK_INVALID);
    const error = decodeDetails(final.data).error;
    expect(error?.type).toBe(TaskErrorType.INVALID_TASK);
    expect(error?.message).toContain('backup_name');
    expect(h.parts).toHaveLength(0);
  });
});

describe('ThrottledProgress', () => {
  it('sends the first report at once and merges the rest into one send per interval', () => {
    const clock = new FakeClock();
    const sent: unknown[] = [];
    const progress = new ThrottledProgress(clock, (f) => sent.push(f), 2_000);
    progress.report({ bytesDone: 1 });
    clock.advance(2_500);
    progress.report({ bytesDone: 2, currentKeyspace: 'k' });
    expect(sent).toEqual([{ bytesDone: 1 }, { bytesDone: 2, currentKeyspace: 'k' }]);
    progress.report({ filesDone: 1 });
    progress.close();
    clock.advance(5_000);
    expect(sent).toHaveLength(2);
    expect(progress.current).toEqual({ bytesDone: 2, currentKeyspace: 'k', filesDone: 1 });
  });
});
