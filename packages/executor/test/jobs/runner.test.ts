// NodeJobTaskRunner with a fake clock and NodeJobOperations whose steps stay pending until the test
// settles them: what the executor session would see (encoded status updates, progress records).
import { mesos, type cassandra_mesos } from '@cassandra-mesos/model';
import { NodeJobTaskRunner, type NodeJobTaskPorts, type OutgoingStatus } from '../../src';
import { FakeClock } from '../support/fake-clock';
import { decodeDetails } from '../support/task-details';
import { ClusterJobType, FakeOperations, jobTaskDetails, NodeJobState, settle, TaskErrorType } from './support';

const S = mesos.v1.TaskState;

interface Harness {
  runner: NodeJobTaskRunner;
  clock: FakeClock;
  ops: FakeOperations;
  updates: OutgoingStatus[];
  progress: cassandra_mesos.v1.NodeJobRecord[];
}

function harness(overrides: Partial<NodeJobTaskPorts> = {}): Harness {
  const clock = new FakeClock();
  const ops = new FakeOperations();
  const updates: OutgoingStatus[] = [];
  const progress: cassandra_mesos.v1.NodeJobRecord[] = [];
  const runner = new NodeJobTaskRunner(
    { clock, operations: ops, nodeId: 'node-1', send: (u) => updates.push(u), progress: (r) => progress.push(r), ...overrides },
    { cancelGraceMs: 5_000 },
  );
  return { runner, clock, ops, updates, progress };
}

const states = (h: Harness): string[] => h.updates.map((u) => S[u.state]);

describe('NodeJobTaskRunner', () => {
  it('runs the keyspaces one after another and reports each step, ending with TASK_FINISHED and the record', async () => {
    const h = harness();
    h.runner.launch('job-task', jobTaskDetails({ params: { repair: { primaryRange: true, incremental: true, dataCenters: ['dc1'], timeoutSeconds: 900 } } }));
    await settle();
    expect(states(h)).toEqual(['TASK_STARTING', 'TASK_RUNNING']);
    expect(h.ops.calls.map((c) => `${c.op}:${c.keyspace}`)).toEqual(['repair:a']);
    expect(h.ops.last.options).toEqual({ primaryRange: true, incremental: true, parallelism: 'parallel', dataCenters: ['dc1'], timeoutMs: 900_000 });

    h.clock.advance(4_000);
    h.ops.last.resolve({ message: 'repair command 1 completed' });
    await settle();
    expect(h.ops.calls.map((c) => `${c.op}:${c.keyspace}`)).toEqual(['repair:a', 'repair:b']);
    expect(h.progress).toHaveLength(1);
    expect(h.progress[0]).toMatchObject({ jobId: 'job-7', nodeId: 'node-1', taskId: 'job-task', currentKeyspace: 'b', remainingKeyspaces: ['c'] });
    expect(h.progress[0]?.keyspaces).toEqual([expect.objectContaining({ keyspace: 'a', status: 'SUCCESS', durationMs: 4_000 })]);
    expect(h.runner.record()).toMatchObject({ state: NodeJobState.NODE_JOB_RUNNING, currentKeyspace: 'b' });

    h.ops.last.resolve({ message: 'nothing to repair' });
    await settle();
    h.ops.last.resolve({ message: 'ok' });
    const final = await h.runner.done;
    expect(states(h)).toEqual(['TASK_STARTING', 'TASK_RUNNING', 'TASK_FINISHED']);
    expect(h.progress.map((r) => r.currentKeyspace)).toEqual(['b', 'c']);
    const result = decodeDetails(final.data).jobResult;
    expect(result?.state).toBe(NodeJobState.NODE_JOB_SUCCEEDED);
    expect(result?.keyspaces?.map((k) => `${k.keyspace}:${k.status}`)).toEqual(['a:SUCCESS', 'b:SUCCESS', 'c:SUCCESS']);
    expect(h.runner.finished).toBe(true);
    expect(h.clock.pendingCount).toBe(0);
  });

  it('KILL during a job: the running keyspace finishes (not cancelled), the rest are skipped, TASK_KILLED', async () => {
    const h = harness();
    h.runner.launch('job-task', jobTaskDetails({ type: ClusterJobType.CLEANUP }));
    await settle();
    const a = h.ops.last;
    h.runner.kill();
    await settle();
    expect(a.signal.aborted).toBe(false);
    expect(h.updates).toHaveLength(2);
    a.resolve({ message: 'cleaned up' });
    const final = await h.runner.done;
    expect(final.state).toBe(S.TASK_KILLED);
    expect(final.message).toBe('cleanup on node-1 stopped after 0.0 s (the task was killed); skipped: b, c');
    expect(h.ops.calls.map((c) => c.keyspace)).toEqual(['a']);
    expect(decodeDetails(final.data).jobResult?.keyspaces?.map((k) => k.status)).toEqual(['SUCCESS', 'SKIPPED', 'SKIPPED']);
  });

  it("KILL with the kill policy's grace: the running repair is cancelled through its AbortSignal when the grace passes", async () => {
    const h = harness();
    h.runner.launch('job-task', jobTaskDetails());
    await settle();
    h.runner.kill(3_000);
    h.clock.advance(2_999);
    expect(h.ops.last.signal.aborted).toBe(false);
    h.clock.advance(1);
    expect(h.ops.last.signal.aborted).toBe(true);
    const final = await h.runner.done;
    expect(final.state).toBe(S.TASK_KILLED);
    expect(decodeDetails(final.data).jobResult?.keyspaces?.[0]).toMatchObject({ keyspace: 'a', status: 'FAILURE', message: expect.stringContaining('the task was killed and its grace period passed') as unknown });
  });

  it('abort between keyspaces: the remaining ones are SKIPPED and the job ends ABORTED', async () => {
    const h = harness();
    h.runner.launch('job-task', jobTaskDetails({ type: ClusterJobType.FLUSH, params: { keyspaces: ['c', 'a', 'b'] } }));
    await settle();
    h.ops.last.resolve({ message: 'flushed' });
    await settle();
    h.runner.abort('operator request');
    h.ops.last.resolve({ message: 'flushed' });
    const final = await h.runner.done;
    expect(h.ops.calls.map((c) => `${c.op}:${c.keyspace}`)).toEqual(['flush:c', 'flush:a']);
    const record = decodeDetails(final.data).jobResult;
    expect(record?.state).toBe(NodeJobState.NODE_JOB_ABORTED);
    expect(record?.keyspaces?.map((k) => `${k.keyspace}:${k.status}`)).toEqual(['c:SUCCESS', 'a:SUCCESS', 'b:SKIPPED']);
    expect(final.state).toBe(S.TASK_KILLED);
  });

  it('a repair that exceeds its timeout is aborted and fails the job with that reason', async () => {
    const h = harness();
    h.runner.launch('job-task', jobTaskDetails({ params: { repair: { timeoutSeconds: 600 } } }));
    await settle();
    h.clock.advance(599_999);
    expect(h.ops.last.signal.aborted).toBe(false);
    h.clock.advance(1);
    expect(h.ops.last.signal.aborted).toBe(true);
    const final = await h.runner.done;
    expect(final.state).toBe(S.TASK_FAILED);
    expect(final.message).toBe('repair of keyspace "a" did not finish within its timeout of 600 s on node-1; repair(a) aborted; all repair sessions were terminated');
    expect(decodeDetails(final.data).jobResult?.failureMessage).toBe(final.message);
    expect(h.clock.pendingCount).toBe(0);
  });

  it('a keyspace failing in the middle fails the job, naming the keyspace and the cause', async () => {
    const h = harness();
    h.runner.launch('job-task', jobTaskDetails());
    await settle();
    h.ops.last.resolve({ message: 'ok' });
    await settle();
    h.ops.last.reject(new Error('repair(b) on 10.0.0.1: repair of keyspace b (command 9) failed: Got negative replies'));
    const final = await h.runner.done;
    expect(final).toMatchObject({ state: S.TASK_FAILED, message: 'repair of keyspace "b" failed on node-1: repair(b) on 10.0.0.1: repair of keyspace b (command 9) failed: Got negative replies' });
    expect(h.ops.calls).toHaveLength(2);
  });

  it('checks requested tables through listTables before running', async () => {
    const h = harness();
    h.ops.tablesOf.set('a', ['t1', 'users']);
    h.ops.tablesOf.set('b', ['users']);
    h.runner.launch('job-task', jobTaskDetails({ type: ClusterJobType.FLUSH, params: { keyspaces: ['a', 'b'], tables: ['t1'] } }));
    const final = await h.runner.done;
    expect(final).toMatchObject({ state: S.TASK_FAILED, message: 'table "t1" does not exist in keyspace "b" on node-1 (tables: users)' });
    expect(h.ops.calls).toEqual([]);
  });

  it('answers malformed TaskInfo.data with TASK_ERROR (INVALID_TASK) and runs nothing', async () => {
    const h = harness();
    h.runner.launch('job-task', new Uint8Array([0x0a, 0xff]));
    const final = await h.runner.done;
    expect(final.state).toBe(S.TASK_ERROR);
    expect(final.message).toMatch(/^malformed TaskInfo.data of task 'job-task': cannot decode cassandra_mesos.v1.TaskDetails/);
    expect(decodeDetails(final.data).error).toMatchObject({ type: TaskErrorType.INVALID_TASK, message: final.message });
    expect(decodeDetails(final.data).nodeId).toBe('node-1');
    expect(h.ops.calls).toEqual([]);
  });

  it('fails with PROCESS_NOT_RUNNING when Cassandra does not run (no operations)', async () => {
    const h = harness({ operations: undefined });
    h.runner.launch('job-task', jobTaskDetails());
    const final = await h.runner.done;
    expect(final.state).toBe(S.TASK_FAILED);
    expect(decodeDetails(final.data).error?.type).toBe(TaskErrorType.PROCESS_NOT_RUNNING);
  });

  it('fails the job when the keyspaces cannot be listed', async () => {
    const h = harness();
    h.ops.listing = new Error('listKeyspaces on 10.0.0.1: Jolokia agent unreachable: connect ECONNREFUSED');
    h.runner.launch('job-task', jobTaskDetails());
    expect(await h.runner.done).toMatchObject({ state: S.TASK_FAILED, message: expect.stringContaining('cannot resolve the keyspaces of repair job job-7 on node-1: listKeyspaces') as unknown });
  });

  it('SHUTDOWN gives up a step that ignores its cancellation within the budget', async () => {
    const h = harness();
    h.ops.honourAbort = false;
    h.runner.launch('job-task', jobTaskDetails());
    await settle();
    h.runner.shutdown(2_000);
    expect(h.ops.last.signal.aborted).toBe(true);
    h.clock.advance(1_000);
    const final = await h.runner.done;
    expect(final.state).toBe(S.TASK_KILLED);
    expect(decodeDetails(final.data).jobResult?.keyspaces?.[0]?.message).toBe(
      'repair of keyspace "a" was cancelled: the executor is shutting down; it did not confirm the cancellation within 1.0 s; it may still run on Cassandra',
    );
  });
});
