// The node-job state machine on its own: inputs in, outputs out, time as a number.
import { mesos } from '@cassandra-mesos/model';
import { NodeJobMachine, type NodeJobOutput, type NodeJobStatusUpdate } from '../../src';
import { ClusterJobType, jobTaskDetails, LISTING, NodeJobState, TaskErrorType } from './support';

const S = mesos.v1.TaskState;
const T0 = 10_000;

function updates(outputs: NodeJobOutput[]): NodeJobStatusUpdate[] {
  return outputs.filter((o): o is NodeJobStatusUpdate => o.type === 'update');
}

function only(outputs: NodeJobOutput[]): NodeJobStatusUpdate {
  const u = updates(outputs);
  expect(u).toHaveLength(1);
  return u[0]!;
}

function stepOf(outputs: NodeJobOutput[]): Extract<NodeJobOutput, { type: 'run-step' }> {
  const step = outputs.find((o): o is Extract<NodeJobOutput, { type: 'run-step' }> => o.type === 'run-step');
  if (!step) throw new Error(`no run-step in ${JSON.stringify(outputs)}`);
  return step;
}

/** A machine that has listed keyspaces a, b, c and started the repair of a. */
function started(job: Parameters<typeof jobTaskDetails>[0] = {}): { m: NodeJobMachine; first: Extract<NodeJobOutput, { type: 'run-step' }> } {
  const m = new NodeJobMachine({ cancelGraceMs: 5_000 });
  const launched = m.handle({ type: 'launch', taskId: 'job-task', data: jobTaskDetails(job) }, T0);
  const list = launched.find((o) => o.type === 'list-keyspaces');
  if (list?.type !== 'list-keyspaces') throw new Error('no list-keyspaces');
  const first = stepOf(m.handle({ type: 'keyspaces-listed', opId: list.opId, listing: LISTING }, T0 + 10));
  return { m, first };
}

describe('NodeJobMachine: a job from start to end', () => {
  it('reports TASK_STARTING, TASK_RUNNING, one progress record after each keyspace, then TASK_FINISHED', () => {
    const m = new NodeJobMachine();
    const launched = m.handle({ type: 'launch', taskId: 'job-task', data: jobTaskDetails({ timeoutSeconds: 3_600 }) }, T0);
    expect(only(launched)).toMatchObject({ taskId: 'job-task', state: S.TASK_STARTING, details: { nodeId: 'node-1', jobResult: { jobId: 'job-7', state: NodeJobState.NODE_JOB_PENDING } } });
    expect(launched).toContainEqual({ type: 'set-timer', timer: 'job-timeout', atMs: T0 + 3_600_000 });
    expect(launched).toContainEqual({ type: 'list-keyspaces', opId: 1 });
    expect(m.phase).toBe('resolving');

    const running = m.handle({ type: 'keyspaces-listed', opId: 1, listing: LISTING }, T0 + 10);
    const u = only(running);
    expect(u.state).toBe(S.TASK_RUNNING);
    expect(u.message).toBe('repair of 3 keyspace(s) on node-1: a, b, c');
    expect(u.details.jobResult).toMatchObject({ state: NodeJobState.NODE_JOB_RUNNING, currentKeyspace: 'a', remainingKeyspaces: ['b', 'c'], keyspaces: [], startedAtMs: T0 });
    const a = stepOf(running);
    expect(a).toMatchObject({ keyspace: 'a', tables: [], operation: { type: 'repair', options: { primaryRange: true, parallelism: 'parallel' } } });
    expect(running).toContainEqual({ type: 'set-timer', timer: 'step-timeout', atMs: T0 + 10 + 6 * 3600_000 });

    const afterA = m.handle({ type: 'step-finished', opId: a.opId, report: { message: 'repair command 1 completed' } }, T0 + 1_010);
    expect(afterA.map((o) => o.type)).toEqual(['cancel-timer', 'progress', 'run-step', 'set-timer']);
    expect(afterA[1]).toEqual({
      type: 'progress',
      record: expect.objectContaining({
        state: NodeJobState.NODE_JOB_RUNNING,
        keyspaces: [{ keyspace: 'a', status: 'SUCCESS', durationMs: 1_000, message: 'repair command 1 completed', bytes: 0 }],
        currentKeyspace: 'b',
        remainingKeyspaces: ['c'],
      }) as unknown,
    });
    const b = stepOf(afterA);
    const afterB = m.handle({ type: 'step-finished', opId: b.opId, report: { message: 'nothing to repair' } }, T0 + 1_510);
    expect(afterB.find((o) => o.type === 'progress')).toMatchObject({ record: { currentKeyspace: 'c', remainingKeyspaces: [] } });
    const c = stepOf(afterB);
    const done = m.handle({ type: 'step-finished', opId: c.opId, report: { message: 'ok' } }, T0 + 3_010);
    const final = only(done);
    expect(final.state).toBe(S.TASK_FINISHED);
    expect(final.message).toBe('repair on node-1 succeeded: 3 keyspace(s) done in 3.0 s');
    expect(final.details.jobResult).toMatchObject({
      state: NodeJobState.NODE_JOB_SUCCEEDED,
      finishedAtMs: T0 + 3_010,
      currentKeyspace: '',
      remainingKeyspaces: [],
      keyspaces: [
        { keyspace: 'a', status: 'SUCCESS', durationMs: 1_000 },
        { keyspace: 'b', status: 'SUCCESS', durationMs: 500 },
        { keyspace: 'c', status: 'SUCCESS', durationMs: 1_500 },
      ],
    });
    expect(done).toContainEqual({ type: 'cancel-timer', timer: 'job-timeout' });
    expect(m.phase).toBe('done');
  });

  it('fails at once, before any step, when a requested keyspace does not exist', () => {
    const m = new NodeJobMachine();
    m.handle({ type: 'launch', taskId: 'job-task', data: jobTaskDetails({ params: { keyspaces: ['a', 'no_such_ks'] } }) }, T0);
    const out = m.handle({ type: 'keyspaces-listed', opId: 1, listing: LISTING }, T0 + 5);
    expect(out.some((o) => o.type === 'run-step')).toBe(false);
    const u = only(out);
    expect(u.state).toBe(S.TASK_FAILED);
    expect(u.message).toBe('keyspace "no_such_ks" does not exist on node-1 (existing: a, b, c)');
    expect(u.details.jobResult).toMatchObject({ state: NodeJobState.NODE_JOB_FAILED, failureMessage: u.message, keyspaces: [] });
  });

  it('checks requested tables in every keyspace before the first step', () => {
    const m = new NodeJobMachine();
    m.handle({ type: 'launch', taskId: 'job-task', data: jobTaskDetails({ type: ClusterJobType.FLUSH, params: { keyspaces: ['a', 'b'], tables: ['t1'] } }) }, T0);
    const listTables = m.handle({ type: 'keyspaces-listed', opId: 1, listing: LISTING }, T0);
    expect(listTables).toEqual([{ type: 'list-tables', opId: 2, keyspaces: ['a', 'b'] }]);
    const failed = m.handle({ type: 'tables-listed', opId: 2, tables: new Map([['a', ['t1']], ['b', ['t2']]]) }, T0);
    expect(only(failed).message).toBe('table "t1" does not exist in keyspace "b" on node-1 (tables: t2)');
    expect(only(failed).details.jobResult?.keyspaces).toEqual([
      { keyspace: 'a', status: 'SKIPPED', durationMs: 0, message: 'not run: the job failed before it got here' },
      { keyspace: 'b', status: 'SKIPPED', durationMs: 0, message: 'not run: the job failed before it got here' },
    ]);

    const ok = new NodeJobMachine();
    ok.handle({ type: 'launch', taskId: 'job-task', data: jobTaskDetails({ type: ClusterJobType.FLUSH, params: { keyspaces: ['a'], tables: ['t1'] } }) }, T0);
    ok.handle({ type: 'keyspaces-listed', opId: 1, listing: LISTING }, T0);
    expect(stepOf(ok.handle({ type: 'tables-listed', opId: 2, tables: new Map([['a', ['t1', 't2']]]) }, T0))).toMatchObject({ keyspace: 'a', tables: ['t1'], operation: { type: 'flush' } });
  });

  it('succeeds with nothing to do on a node without user keyspaces', () => {
    const m = new NodeJobMachine();
    m.handle({ type: 'launch', taskId: 'job-task', data: jobTaskDetails() }, T0);
    const u = only(m.handle({ type: 'keyspaces-listed', opId: 1, listing: { all: ['system'], user: [] } }, T0));
    expect(u).toMatchObject({ state: S.TASK_FINISHED, message: 'repair on node-1 succeeded: nothing to do: node-1 has no user keyspaces' });
  });

  it('fails when the keyspaces cannot be listed', () => {
    const m = new NodeJobMachine();
    m.handle({ type: 'launch', taskId: 'job-task', data: jobTaskDetails() }, T0);
    const u = only(m.handle({ type: 'listing-failed', opId: 1, message: 'listKeyspaces on 10.0.0.1: Jolokia agent unreachable: ECONNREFUSED' }, T0));
    expect(u).toMatchObject({ state: S.TASK_FAILED, message: 'cannot resolve the keyspaces of repair job job-7 on node-1: listKeyspaces on 10.0.0.1: Jolokia agent unreachable: ECONNREFUSED' });
  });
});

describe('NodeJobMachine: failures', () => {
  it('a keyspace that fails ends the job FAILED, naming the keyspace and the cause; the rest are SKIPPED', () => {
    const { m, first } = started();
    const b = stepOf(m.handle({ type: 'step-finished', opId: first.opId, report: { message: 'ok' } }, T0 + 100));
    const out = m.handle({ type: 'step-failed', opId: b.opId, message: 'repair(b) on 10.0.0.1: repair of keyspace b (command 4) failed: stream failed' }, T0 + 300);
    expect(out.some((o) => o.type === 'run-step')).toBe(false);
    const u = only(out);
    expect(u.state).toBe(S.TASK_FAILED);
    expect(u.message).toBe('repair of keyspace "b" failed on node-1: repair(b) on 10.0.0.1: repair of keyspace b (command 4) failed: stream failed');
    expect(u.details.jobResult).toMatchObject({
      state: NodeJobState.NODE_JOB_FAILED,
      failureMessage: u.message,
      keyspaces: [
        { keyspace: 'a', status: 'SUCCESS' },
        { keyspace: 'b', status: 'FAILURE', durationMs: 200, message: 'repair(b) on 10.0.0.1: repair of keyspace b (command 4) failed: stream failed' },
        { keyspace: 'c', status: 'SKIPPED', durationMs: 0, message: 'not run: the job failed at keyspace "b"' },
      ],
    });
  });

  it('a repair that exceeds its timeout is cancelled and fails the job with that reason', () => {
    const { m, first } = started({ params: { repair: { primaryRange: true, timeoutSeconds: 600 } } });
    const timedOut = m.handle({ type: 'timer', timer: 'step-timeout' }, T0 + 10 + 600_000);
    expect(timedOut).toEqual([
      { type: 'cancel', opId: first.opId, reason: 'repair of keyspace "a" did not finish within its timeout of 600 s on node-1' },
      { type: 'set-timer', timer: 'cancel-grace', atMs: T0 + 10 + 605_000 },
    ]);
    const out = m.handle({ type: 'step-failed', opId: first.opId, message: 'repair(a) on 10.0.0.1: repair of keyspace a (command 3) aborted; all repair sessions were terminated' }, T0 + 600_100);
    const u = only(out);
    expect(u.state).toBe(S.TASK_FAILED);
    expect(u.message).toBe(
      'repair of keyspace "a" did not finish within its timeout of 600 s on node-1; repair(a) on 10.0.0.1: repair of keyspace a (command 3) aborted; all repair sessions were terminated',
    );
    expect(u.details.jobResult?.keyspaces?.map((k) => k.status)).toEqual(['FAILURE', 'SKIPPED', 'SKIPPED']);
    expect(out).toContainEqual({ type: 'cancel-timer', timer: 'cancel-grace' });
  });

  it('a cancelled step that never confirms is given up after the cancel grace; its late result is ignored', () => {
    const { m, first } = started({ params: { repair: { timeoutSeconds: 60 } } });
    m.handle({ type: 'timer', timer: 'step-timeout' }, T0 + 60_010);
    const u = only(m.handle({ type: 'timer', timer: 'cancel-grace' }, T0 + 65_010));
    expect(u.message).toBe('repair of keyspace "a" did not finish within its timeout of 60 s on node-1; it did not confirm the cancellation within 5.0 s; it may still run on Cassandra');
    expect(m.handle({ type: 'step-finished', opId: first.opId, report: { message: 'late' } }, T0 + 70_000)).toEqual([]);
  });

  it("the job's own timeout cancels the running keyspace and fails the job", () => {
    const { m, first } = started({ timeoutSeconds: 120, type: ClusterJobType.CLEANUP });
    expect(first.operation).toEqual({ type: 'cleanup' });
    const cancel = m.handle({ type: 'timer', timer: 'job-timeout' }, T0 + 120_000);
    expect(cancel).toContainEqual({ type: 'cancel', opId: first.opId, reason: `cleanup of keyspace "a" was cancelled: the job's timeout of 120 s on node-1 passed` });
    const u = only(m.handle({ type: 'step-failed', opId: first.opId, message: 'aborted' }, T0 + 120_001));
    expect(u).toMatchObject({ state: S.TASK_FAILED, message: `cleanup of keyspace "a" was cancelled: the job's timeout of 120 s on node-1 passed; aborted` });
  });

  it('a job timeout while the keyspaces are still being listed fails the job and cancels the listing', () => {
    const m = new NodeJobMachine();
    m.handle({ type: 'launch', taskId: 'job-task', data: jobTaskDetails({ timeoutSeconds: 30 }) }, T0);
    const out = m.handle({ type: 'timer', timer: 'job-timeout' }, T0 + 30_000);
    expect(out).toContainEqual({ type: 'cancel', opId: 1, reason: expect.stringContaining('did not start') as unknown });
    expect(only(out).message).toBe(`repair job job-7 on node-1 did not start: the job's timeout of 30 s on node-1 passed while the keyspaces were being checked`);
    expect(m.handle({ type: 'keyspaces-listed', opId: 1, listing: LISTING }, T0 + 30_001)).toEqual([]);
  });
});

describe('NodeJobMachine: abort, KILL and SHUTDOWN', () => {
  it('abort takes effect between keyspaces: the running one finishes, the rest are SKIPPED, TASK_KILLED', () => {
    const { m, first } = started();
    expect(m.handle({ type: 'abort', reason: 'operator request' }, T0 + 50)).toEqual([]); // nothing cancelled
    const out = m.handle({ type: 'step-finished', opId: first.opId, report: { message: 'repair command 1 completed' } }, T0 + 2_010);
    expect(out.some((o) => o.type === 'run-step')).toBe(false);
    const u = only(out);
    expect(u.state).toBe(S.TASK_KILLED);
    expect(u.message).toBe('repair on node-1 stopped after 2.0 s (aborted: operator request); skipped: b, c');
    expect(u.details.jobResult).toMatchObject({
      state: NodeJobState.NODE_JOB_ABORTED,
      failureMessage: 'aborted: operator request',
      keyspaces: [
        { keyspace: 'a', status: 'SUCCESS' },
        { keyspace: 'b', status: 'SKIPPED', message: 'not run: aborted: operator request' },
        { keyspace: 'c', status: 'SKIPPED' },
      ],
      remainingKeyspaces: [],
    });
  });

  it('a repair keeps running after an abort until the job timeout; then it is cancelled and the job ends ABORTED', () => {
    const { m, first } = started({ timeoutSeconds: 100 });
    m.handle({ type: 'abort', reason: 'operator request' }, T0 + 50);
    expect(m.handle({ type: 'timer', timer: 'job-timeout' }, T0 + 100_000).some((o) => o.type === 'cancel')).toBe(true);
    const u = only(m.handle({ type: 'step-failed', opId: first.opId, message: 'aborted' }, T0 + 100_010));
    expect(u.state).toBe(S.TASK_KILLED);
    expect(u.details.jobResult).toMatchObject({ state: NodeJobState.NODE_JOB_ABORTED, failureMessage: expect.stringMatching(/^aborted: operator request; keyspace "a" did not complete: repair of keyspace "a" was cancelled/) as unknown });
  });

  it('KILL is an abort: the running keyspace finishes, then TASK_KILLED', () => {
    const { m, first } = started();
    expect(m.handle({ type: 'kill' }, T0 + 20)).toEqual([]);
    const u = only(m.handle({ type: 'step-finished', opId: first.opId, report: { message: 'ok' } }, T0 + 30));
    expect(u).toMatchObject({ state: S.TASK_KILLED, message: 'repair on node-1 stopped after 0.0 s (the task was killed); skipped: b, c' });
  });

  it("KILL with a kill policy cancels the running keyspace once the grace period passes", () => {
    const { m, first } = started();
    expect(m.handle({ type: 'kill', graceMs: 10_000 }, T0 + 20)).toEqual([{ type: 'set-timer', timer: 'kill-grace', atMs: T0 + 10_020 }]);
    expect(m.handle({ type: 'timer', timer: 'kill-grace' }, T0 + 10_020)).toContainEqual({ type: 'cancel', opId: first.opId, reason: 'repair of keyspace "a" was cancelled: the task was killed and its grace period passed' });
    expect(only(m.handle({ type: 'step-failed', opId: first.opId, message: 'aborted' }, T0 + 10_030)).state).toBe(S.TASK_KILLED);
  });

  it('SHUTDOWN cancels the running keyspace at once and reports within half the budget', () => {
    const { m, first } = started();
    const out = m.handle({ type: 'shutdown', graceMs: 4_000 }, T0 + 20);
    expect(out).toContainEqual({ type: 'cancel', opId: first.opId, reason: 'repair of keyspace "a" was cancelled: the executor is shutting down' });
    expect(out).toContainEqual({ type: 'set-timer', timer: 'cancel-grace', atMs: T0 + 2_020 });
    const u = only(m.handle({ type: 'timer', timer: 'cancel-grace' }, T0 + 2_020));
    expect(u.state).toBe(S.TASK_KILLED);
  });

  it('abort while the keyspaces are being listed ends the job at once', () => {
    const m = new NodeJobMachine();
    m.handle({ type: 'launch', taskId: 'job-task', data: jobTaskDetails() }, T0);
    const out = m.handle({ type: 'abort', reason: 'operator request' }, T0 + 1);
    expect(only(out)).toMatchObject({ state: S.TASK_KILLED, details: { jobResult: { state: NodeJobState.NODE_JOB_ABORTED, keyspaces: [] } } });
    expect(out).toContainEqual({ type: 'cancel', opId: 1, reason: 'aborted: operator request' });
  });

  it('ignores abort and KILL once the job has ended', () => {
    const { m, first } = started({ params: { keyspaces: ['a'] } });
    expect(only(m.handle({ type: 'step-finished', opId: first.opId, report: { message: 'ok' } }, T0 + 10)).state).toBe(S.TASK_FINISHED);
    expect(m.handle({ type: 'abort', reason: 'late' }, T0 + 20)).toEqual([]);
    expect(m.handle({ type: 'kill', graceMs: 0 }, T0 + 20)).toEqual([]);
  });
});

describe('NodeJobMachine: tasks it cannot run', () => {
  it('answers a malformed TaskInfo.data with TASK_ERROR and INVALID_TASK naming what was wrong', () => {
    const m = new NodeJobMachine();
    const u = only(m.handle({ type: 'launch', taskId: 'bad', data: new Uint8Array([0x0a, 0xff]) }, T0));
    expect(u.state).toBe(S.TASK_ERROR);
    expect(u.reason).toBe(mesos.v1.TaskStatus.Reason.REASON_TASK_INVALID);
    expect(u.message).toMatch(/^malformed TaskInfo.data of task 'bad': cannot decode cassandra_mesos.v1.TaskDetails/);
    expect(u.details.error).toEqual({ type: TaskErrorType.INVALID_TASK, message: u.message });
    expect(m.phase).toBe('done');
  });

  it('fails with PROCESS_NOT_RUNNING without Cassandra, and ANOTHER_JOB_RUNNING while another job runs', () => {
    const m = new NodeJobMachine();
    const u = only(m.handle({ type: 'launch', taskId: 't', data: jobTaskDetails(), serverRunning: false }, T0));
    expect(u).toMatchObject({ state: S.TASK_FAILED, message: 'Cassandra is not running on node-1, so repair job job-7 on node-1 cannot run; start the node first' });
    expect(u.details.error?.type).toBe(TaskErrorType.PROCESS_NOT_RUNNING);
    const busy = new NodeJobMachine();
    const v = only(busy.handle({ type: 'launch', taskId: 't', data: jobTaskDetails(), otherJobRunning: true }, T0));
    expect(v.details.error?.type).toBe(TaskErrorType.ANOTHER_JOB_RUNNING);
    expect(v.message).toMatch(/another node job still runs on node-1/);
  });
});
