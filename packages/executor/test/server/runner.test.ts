// The runner with a fake clock, a real (fake-Cassandra) process under SupervisedProcess, and fake
// Jolokia probe/drain functions.
import { mesos } from '@cassandra-mesos/model';
import { DEFAULT_SERVER_TASK_SETTINGS, ServerStartError, ServerTaskRunner, SupervisedProcess, type OutgoingStatus, type ServerTaskPorts } from '../../src';
import { FakeClock } from '../support/fake-clock';
import { alive, fakeSpec, sandbox, waitFor, waitForLine, type FakeOptions } from '../support/processes';
import { decodeDetails, serverTaskDetails } from '../support/task-details';

const S = mesos.v1.TaskState;
const SETTINGS = { ...DEFAULT_SERVER_TASK_SETTINGS, killGraceMs: 10_000, drainTimeoutMs: 60_000, probeIntervalMs: 1_000 };
const processes: SupervisedProcess[] = [];

afterAll(async () => {
  for (const p of processes) if (p.running) await p.stop({ graceMs: 0 });
  for (const p of processes) expect(alive(p.pid)).toBe(false);
});

interface Harness {
  runner: ServerTaskRunner;
  clock: FakeClock;
  events: string[];
  updates: OutgoingStatus[];
  process(): SupervisedProcess;
  jolokiaUp: boolean;
}

function harness(fake: FakeOptions, overrides: Partial<ServerTaskPorts> = {}): Harness {
  const clock = new FakeClock();
  const events: string[] = [];
  const updates: OutgoingStatus[] = [];
  let proc: SupervisedProcess | undefined;
  const h: Harness = {
    clock,
    events,
    updates,
    jolokiaUp: true,
    process: () => {
      if (!proc) throw new Error('not started');
      return proc;
    },
    runner: undefined as unknown as ServerTaskRunner,
  };
  const ports: ServerTaskPorts = {
    clock,
    async start() {
      const p = await SupervisedProcess.start(fakeSpec(sandbox(), fake));
      processes.push(p);
      proc = p;
      return {
        jolokiaUrl: 'http://10.0.0.1:8778/jolokia/',
        process: {
          pid: p.pid,
          exited: p.exited,
          signal: (sig) => {
            events.push(sig);
            return p.signal(sig);
          },
        },
      };
    },
    probe: () => Promise.resolve(h.jolokiaUp),
    drain: () => {
      events.push('drain');
      return Promise.resolve();
    },
    send: (u) => {
      events.push(`update:${S[u.state]}`);
      updates.push(u);
    },
    ...overrides,
  };
  h.runner = new ServerTaskRunner(ports, SETTINGS);
  return h;
}

const last = (h: Harness): OutgoingStatus => h.updates[h.updates.length - 1]!;

describe('ServerTaskRunner', () => {
  it('sees a crash at once: TASK_FAILED with the exit code and the last log lines, encoded as TaskStatusDetails', async () => {
    const h = harness({ lines: 5, exitAfterMs: 100, exitCode: 3 });
    h.runner.launch('t1', serverTaskDetails());
    await waitFor(() => h.updates.length >= 2);
    expect(h.events).toEqual(['update:TASK_STARTING', 'update:TASK_RUNNING']);
    const t0 = Date.now();
    const final = await h.runner.done;
    expect(Date.now() - t0).toBeLessThan(1_000); // no polling interval between the exit and the report
    expect(final.state).toBe(S.TASK_FAILED);
    expect(final.message).toMatch(/exited with code 3 unexpectedly\. Last \d+ log line\(s\):/);
    expect(final.message).toContain('line 5');
    const details = decodeDetails(final.data);
    expect(details.nodeId).toBe('node-1');
    expect(details.serverExited).toMatchObject({ exitCode: 3, signal: '', drained: false });
    expect(details.serverExited?.logTail).toEqual(expect.arrayContaining(['line 4', 'line 5', 'ready']));
    const started = decodeDetails(h.updates[0]!.data).serverStarted;
    expect(started).toMatchObject({ pid: h.process().pid, configId: 'cfg-7', jolokiaUrl: 'http://10.0.0.1:8778/jolokia/' });
  });

  it('KILL: drain, then SIGTERM, then SIGKILL only after the grace period, then TASK_KILLED once the process is gone', async () => {
    const h = harness({ ignoreTerm: true });
    h.runner.launch('t1', serverTaskDetails());
    await waitFor(() => h.runner.phase === 'running');
    await waitForLine(h.process(), 'ready'); // its SIGTERM handler is installed
    h.runner.kill();
    await waitFor(() => h.events.includes('SIGTERM'));
    await waitForLine(h.process(), 'ignoring SIGTERM');
    expect(h.events).toEqual(['update:TASK_STARTING', 'update:TASK_RUNNING', 'drain', 'SIGTERM']);
    h.clock.advance(9_999);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.process().running).toBe(true); // still inside the grace period
    h.clock.advance(1);
    const final = await h.runner.done;
    expect(h.events).toEqual(['update:TASK_STARTING', 'update:TASK_RUNNING', 'drain', 'SIGTERM', 'SIGKILL', 'update:TASK_KILLED']);
    expect(alive(h.process().pid)).toBe(false);
    expect(final.message).toBe('Cassandra stopped on request (drained); it was killed by SIGKILL');
    expect(decodeDetails(final.data).serverExited).toMatchObject({ exitCode: -1, signal: 'SIGKILL', drained: true });
    expect(h.clock.pendingCount).toBe(0);
  });

  it('KILL: a drain that hangs is given up after its timeout', async () => {
    const h = harness({ termExitCode: 143 }, { drain: () => new Promise<void>(() => undefined) });
    h.runner.launch('t1', serverTaskDetails());
    await waitFor(() => h.runner.phase === 'running');
    await waitForLine(h.process(), 'ready'); // its SIGTERM handler is installed
    h.runner.kill();
    await new Promise((r) => setTimeout(r, 50));
    expect(h.events).not.toContain('SIGTERM');
    h.clock.advance(60_000);
    const final = await h.runner.done;
    expect(h.events.slice(2)).toEqual(['SIGTERM', 'update:TASK_KILLED']);
    expect(final.message).toBe('Cassandra stopped on request (drain did not finish in time); it exited with code 143');
  });

  it('waits for Jolokia before TASK_RUNNING, probing on the clock', async () => {
    const h = harness({});
    h.jolokiaUp = false;
    h.runner.launch('t1', serverTaskDetails());
    await waitFor(() => h.updates.length === 1);
    await new Promise((r) => setTimeout(r, 20));
    h.jolokiaUp = true;
    h.clock.advance(1_000);
    await waitFor(() => h.updates.length === 2);
    expect(last(h).state).toBe(S.TASK_RUNNING);
    h.runner.shutdown(5_000);
    expect((await h.runner.done).state).toBe(S.TASK_KILLED);
  });

  it('answers a malformed TaskInfo.data with TASK_ERROR and starts nothing', async () => {
    const start = jest.fn<ReturnType<ServerTaskPorts['start']>, Parameters<ServerTaskPorts['start']>>();
    const h = harness({}, { start });
    h.runner.launch('t9', new Uint8Array([0x0a, 0xff]));
    const final = await h.runner.done;
    expect(final.state).toBe(S.TASK_ERROR);
    expect(final.message).toMatch(/^malformed TaskInfo.data of task 't9': cannot decode cassandra_mesos.v1.TaskDetails/);
    expect(decodeDetails(final.data).error?.message).toBe(final.message);
    expect(start).not.toHaveBeenCalled();
  });

  it('reports how the start failed', async () => {
    const h = harness({}, { start: () => Promise.reject(new ServerStartError('INVALID_TASK', 'heap_mb: does not fit')) });
    h.runner.launch('t1', serverTaskDetails());
    expect(await h.runner.done).toMatchObject({ state: S.TASK_ERROR, message: 'heap_mb: does not fit' });
    const g = harness({}, { start: () => Promise.reject(new Error('cannot start java: ENOENT')) });
    g.runner.launch('t1', serverTaskDetails());
    expect(await g.runner.done).toMatchObject({ state: S.TASK_FAILED, message: 'cannot start java: ENOENT' });
  });
});
