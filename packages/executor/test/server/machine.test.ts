import { cassandra_mesos, mesos } from '@cassandra-mesos/model';
import { DEFAULT_SERVER_TASK_SETTINGS, ServerTaskMachine, type ServerOutput, type ServerStatusUpdate } from '../../src';
import { serverTaskDetails } from '../support/task-details';

const S = mesos.v1.TaskState;
const T0 = 1_000;

function updates(outputs: ServerOutput[]): ServerStatusUpdate[] {
  return outputs.filter((o): o is ServerStatusUpdate => o.type === 'update');
}

function only(outputs: ServerOutput[]): ServerStatusUpdate {
  const u = updates(outputs);
  expect(u).toHaveLength(1);
  return u[0]!;
}

/** A machine that has launched, started pid 42 and seen Jolokia answer. */
function running(): ServerTaskMachine {
  const m = new ServerTaskMachine({ ...DEFAULT_SERVER_TASK_SETTINGS, killGraceMs: 5_000, drainTimeoutMs: 60_000 });
  m.handle({ type: 'launch', taskId: 't1', data: serverTaskDetails() }, T0);
  m.handle({ type: 'process-started', pid: 42, jolokiaUrl: 'http://10.0.0.1:8778/jolokia/' }, T0);
  m.handle({ type: 'probe-result', ok: true }, T0 + 10);
  expect(m.phase).toBe('running');
  return m;
}

describe('ServerTaskMachine: launch', () => {
  it('starts the process, reports TASK_STARTING with ServerStarted, then TASK_RUNNING once Jolokia answers', () => {
    const m = new ServerTaskMachine();
    const launched = m.handle({ type: 'launch', taskId: 't1', data: serverTaskDetails() }, T0);
    expect(launched).toEqual([{ type: 'start-process', taskId: 't1', nodeId: 'node-1', server: expect.any(cassandra_mesos.v1.ServerTask) as unknown }]);
    expect(m.phase).toBe('starting');

    const started = m.handle({ type: 'process-started', pid: 42, jolokiaUrl: 'http://10.0.0.1:8778/jolokia/' }, T0);
    const starting = only(started);
    expect(starting.state).toBe(S.TASK_STARTING);
    expect(starting.details.serverStarted).toMatchObject({ pid: 42, jolokiaUrl: 'http://10.0.0.1:8778/jolokia/', configId: 'cfg-7', ports: { jolokia: 8778 } });
    expect(started).toContainEqual({ type: 'probe' });
    expect(started).toContainEqual({ type: 'set-timer', timer: 'jolokia-deadline', atMs: T0 + DEFAULT_SERVER_TASK_SETTINGS.jolokiaStartTimeoutMs });

    expect(m.handle({ type: 'probe-result', ok: false }, T0 + 5)).toEqual([{ type: 'set-timer', timer: 'probe', atMs: T0 + 5 + DEFAULT_SERVER_TASK_SETTINGS.probeIntervalMs }]);
    expect(m.handle({ type: 'timer', timer: 'probe' }, T0 + 2_005)).toEqual([{ type: 'probe' }]);
    const ok = m.handle({ type: 'probe-result', ok: true }, T0 + 2_100);
    expect(only(ok).state).toBe(S.TASK_RUNNING);
    expect(ok).toContainEqual({ type: 'cancel-timer', timer: 'jolokia-deadline' });
    expect(m.phase).toBe('running');
  });

  it.each([
    ['garbage bytes', new Uint8Array([0xff, 0xff, 0xff]), /malformed TaskInfo.data of task 't1': cannot decode cassandra_mesos.v1.TaskDetails/],
    ['no payload', undefined, /TaskInfo.data of task 't1'.*payload is empty/],
    ['a node job', serverTaskDetails({ server: null, nodeJob: { jobId: 'j1' } }), /carries a 'nodeJob' task, but task 't1' was launched as the server task/],
    ['another protocol', serverTaskDetails({ protocolVersion: 9 }), /protocol_version is 9; this executor speaks version 1/],
    ['no node id', serverTaskDetails({ nodeId: '' }), /node_id is empty/],
    ['no config', serverTaskDetails({ server: { configId: 'x' } }), /server.config is missing/],
  ])('answers %s with TASK_ERROR naming what was wrong', (_name, data, expected) => {
    const m = new ServerTaskMachine();
    const u = only(m.handle({ type: 'launch', taskId: 't1', data }, T0));
    expect(u.state).toBe(S.TASK_ERROR);
    expect(u.reason).toBe(mesos.v1.TaskStatus.Reason.REASON_TASK_INVALID);
    expect(u.message).toMatch(expected);
    expect(u.details.error).toEqual({ type: cassandra_mesos.v1.TaskErrorType.INVALID_TASK, message: u.message });
    expect(m.phase).toBe('done');
  });

  it('refuses a second server task while one runs', () => {
    const m = running();
    const u = only(m.handle({ type: 'launch', taskId: 't2', data: serverTaskDetails() }, T0));
    expect(u).toMatchObject({ taskId: 't2', state: S.TASK_ERROR });
    expect(m.phase).toBe('running');
  });

  it('maps start failures: an invalid config is TASK_ERROR, a failed spawn TASK_FAILED', () => {
    const a = new ServerTaskMachine();
    a.handle({ type: 'launch', taskId: 't1', data: serverTaskDetails() }, T0);
    expect(only(a.handle({ type: 'start-failed', failure: 'INVALID_TASK', message: 'heap_mb does not fit' }, T0)).state).toBe(S.TASK_ERROR);
    const b = new ServerTaskMachine();
    b.handle({ type: 'launch', taskId: 't1', data: serverTaskDetails() }, T0);
    const u = only(b.handle({ type: 'start-failed', failure: 'START_FAILED', message: 'cannot start java: ENOENT' }, T0));
    expect(u.state).toBe(S.TASK_FAILED);
    expect(u.details.error).toEqual({ type: cassandra_mesos.v1.TaskErrorType.START_FAILED, message: 'cannot start java: ENOENT' });
  });
});

describe('ServerTaskMachine: process death', () => {
  it('reports an unrequested exit as TASK_FAILED with the code and the last log lines', () => {
    const m = running();
    const tail = Array.from({ length: 30 }, (_, i) => `log ${i + 1}`);
    const u = only(m.handle({ type: 'process-exited', code: 1, signal: null, logTail: tail }, T0 + 100));
    expect(u.state).toBe(S.TASK_FAILED);
    expect(u.message).toMatch(/^Cassandra \(pid 42\) exited with code 1 unexpectedly\. Last 20 log line\(s\):\nlog 11\n/);
    expect(u.message.endsWith('log 30')).toBe(true);
    expect(u.details.serverExited).toEqual({ exitCode: 1, signal: '', logTail: tail, drained: false });
  });

  it('reports death by a signal with exit code -1', () => {
    const m = running();
    const u = only(m.handle({ type: 'process-exited', code: null, signal: 'SIGKILL', logTail: [] }, T0 + 100));
    expect(u.message).toBe('Cassandra (pid 42) was killed by SIGKILL unexpectedly; it wrote no output');
    expect(u.details.serverExited).toMatchObject({ exitCode: -1, signal: 'SIGKILL' });
  });

  it('keeps a long log tail inside the message limit, newest lines first to survive', () => {
    const m = running();
    const tail = Array.from({ length: 20 }, (_, i) => `${'x'.repeat(500)} ${i}`);
    const u = only(m.handle({ type: 'process-exited', code: 2, signal: null, logTail: tail }, T0));
    expect(u.message.length).toBeLessThanOrEqual(4_000);
    expect(u.message.endsWith(' 19')).toBe(true);
  });

  it('stops a process whose Jolokia never answers and reports TASK_FAILED', () => {
    const m = new ServerTaskMachine({ ...DEFAULT_SERVER_TASK_SETTINGS, jolokiaStartTimeoutMs: 60_000, killGraceMs: 1_000 });
    m.handle({ type: 'launch', taskId: 't1', data: serverTaskDetails() }, T0);
    m.handle({ type: 'process-started', pid: 42, jolokiaUrl: 'u' }, T0);
    m.handle({ type: 'probe-result', ok: false }, T0 + 1);
    expect(m.handle({ type: 'timer', timer: 'jolokia-deadline' }, T0 + 60_000)).toEqual([
      { type: 'cancel-timer', timer: 'probe' },
      { type: 'signal', signal: 'SIGTERM' },
      { type: 'set-timer', timer: 'kill-grace', atMs: T0 + 61_000 },
    ]);
    const u = only(m.handle({ type: 'process-exited', code: 143, signal: null, logTail: ['stuck'] }, T0 + 60_500));
    expect(u.state).toBe(S.TASK_FAILED);
    expect(u.message).toMatch(/^Jolokia did not answer within 60 s of the start, so Cassandra was stopped; it exited with code 143\. Last 1 log line\(s\):\nstuck$/);
  });
});

describe('ServerTaskMachine: KILL and SHUTDOWN', () => {
  it('drains, then SIGTERM, then SIGKILL after the grace period, then TASK_KILLED once the process is gone', () => {
    const m = running();
    expect(m.handle({ type: 'kill' }, T0 + 1_000)).toEqual([{ type: 'set-timer', timer: 'drain-timeout', atMs: T0 + 61_000 }, { type: 'drain' }]);
    expect(m.handle({ type: 'kill' }, T0 + 1_001)).toEqual([]); // a repeated KILL changes nothing
    expect(m.handle({ type: 'drain-result', ok: true }, T0 + 3_000)).toEqual([
      { type: 'cancel-timer', timer: 'drain-timeout' },
      { type: 'signal', signal: 'SIGTERM' },
      { type: 'set-timer', timer: 'kill-grace', atMs: T0 + 8_000 },
    ]);
    expect(m.handle({ type: 'timer', timer: 'kill-grace' }, T0 + 8_000)).toEqual([{ type: 'signal', signal: 'SIGKILL' }]);
    expect(m.phase).toBe('killing');
    const u = only(m.handle({ type: 'process-exited', code: null, signal: 'SIGKILL', logTail: ['bye'] }, T0 + 8_010));
    expect(u.state).toBe(S.TASK_KILLED);
    expect(u.message).toBe('Cassandra stopped on request (drained); it was killed by SIGKILL');
    expect(u.details.serverExited).toEqual({ exitCode: -1, signal: 'SIGKILL', logTail: ['bye'], drained: true });
  });

  it('stops anyway when the drain fails or times out, and says so', () => {
    const a = running();
    a.handle({ type: 'kill' }, T0);
    expect(a.handle({ type: 'drain-result', ok: false, message: 'Jolokia status 500' }, T0 + 5)).toContainEqual({ type: 'signal', signal: 'SIGTERM' });
    expect(only(a.handle({ type: 'process-exited', code: 143, signal: null, logTail: [] }, T0 + 10)).message).toBe(
      'Cassandra stopped on request (drain failed: Jolokia status 500); it exited with code 143',
    );

    const b = running();
    b.handle({ type: 'kill', graceMs: 2_000 }, T0);
    expect(b.handle({ type: 'timer', timer: 'drain-timeout' }, T0 + 60_000)).toEqual([
      { type: 'signal', signal: 'SIGTERM' },
      { type: 'set-timer', timer: 'kill-grace', atMs: T0 + 62_000 },
    ]);
    expect(b.handle({ type: 'drain-result', ok: true }, T0 + 60_001)).toEqual([]); // too late
    const u = only(b.handle({ type: 'process-exited', code: 0, signal: null, logTail: [] }, T0 + 60_100));
    expect(u).toMatchObject({ state: S.TASK_KILLED, message: 'Cassandra stopped on request (drain did not finish in time); it exited with code 0' });
  });

  it('skips the drain when Jolokia has not answered yet, and stops as soon as a starting process appears', () => {
    const a = new ServerTaskMachine();
    a.handle({ type: 'launch', taskId: 't1', data: serverTaskDetails() }, T0);
    a.handle({ type: 'process-started', pid: 42, jolokiaUrl: 'u' }, T0);
    expect(a.handle({ type: 'kill' }, T0 + 1)).toEqual([
      { type: 'cancel-timer', timer: 'jolokia-deadline' },
      { type: 'signal', signal: 'SIGTERM' },
      { type: 'set-timer', timer: 'kill-grace', atMs: T0 + 1 + DEFAULT_SERVER_TASK_SETTINGS.killGraceMs },
    ]);

    const b = new ServerTaskMachine();
    b.handle({ type: 'launch', taskId: 't1', data: serverTaskDetails() }, T0);
    expect(b.handle({ type: 'kill' }, T0)).toEqual([]);
    const out = b.handle({ type: 'process-started', pid: 43, jolokiaUrl: 'u' }, T0 + 5);
    expect(updates(out)).toEqual([]); // no TASK_STARTING for a task being killed
    expect(out).toContainEqual({ type: 'signal', signal: 'SIGTERM' });
    expect(only(b.handle({ type: 'process-exited', code: 143, signal: null, logTail: [] }, T0 + 6)).state).toBe(S.TASK_KILLED);
  });

  it('SHUTDOWN kills within the budget, shortening a stop already under way', () => {
    const a = running();
    expect(a.handle({ type: 'shutdown', graceMs: 10_000 }, T0)).toEqual([{ type: 'set-timer', timer: 'drain-timeout', atMs: T0 + 4_000 }, { type: 'drain' }]);
    a.handle({ type: 'drain-result', ok: true }, T0 + 100);
    expect(only(a.handle({ type: 'process-exited', code: 0, signal: null, logTail: [] }, T0 + 200)).state).toBe(S.TASK_KILLED);

    const b = running(); // drain timeout 60 s, kill grace 5 s
    b.handle({ type: 'kill' }, T0);
    expect(b.handle({ type: 'shutdown', graceMs: 5_000 }, T0 + 1_000)).toEqual([{ type: 'set-timer', timer: 'drain-timeout', atMs: T0 + 3_000 }]);
    expect(b.handle({ type: 'timer', timer: 'drain-timeout' }, T0 + 3_000)).toEqual([
      { type: 'signal', signal: 'SIGTERM' },
      { type: 'set-timer', timer: 'kill-grace', atMs: T0 + 5_000 },
    ]);
  });

  it('ignores KILL before a launch and events after the end', () => {
    const m = new ServerTaskMachine();
    expect(m.handle({ type: 'kill' }, T0)).toEqual([]);
    const r = running();
    r.handle({ type: 'process-exited', code: 1, signal: null, logTail: [] }, T0);
    expect(r.handle({ type: 'kill' }, T0)).toEqual([]);
    expect(r.handle({ type: 'process-exited', code: 1, signal: null, logTail: [] }, T0)).toEqual([]);
    expect(r.handle({ type: 'timer', timer: 'kill-grace' }, T0)).toEqual([]);
  });
});
