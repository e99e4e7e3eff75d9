import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProcessStartError, SupervisedProcess } from '../../src';
import { alive, fakeSpec, sandbox, waitFor, waitForLine } from '../support/processes';

const started: SupervisedProcess[] = [];
async function start(...args: Parameters<typeof fakeSpec>): Promise<SupervisedProcess> {
  const p = await SupervisedProcess.start(fakeSpec(...args));
  started.push(p);
  return p;
}

afterAll(async () => {
  // no process is left behind, whatever a test did
  for (const p of started) if (p.running) await p.stop({ graceMs: 0 });
  for (const p of started) expect(alive(p.pid)).toBe(false);
});

describe('SupervisedProcess', () => {
  it('reports an exit at once with its code and the last lines of output, which also go to the log file', async () => {
    const dir = sandbox();
    const p = await start(dir, { lines: 30, exitAfterMs: 50, exitCode: 3 }, { tailLines: 5 });
    expect(p.pid).toBeGreaterThan(0);
    const t0 = Date.now();
    const exit = await p.exited;
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(exit).toMatchObject({ code: 3, signal: null, stopRequested: false });
    // stdout and stderr are separate pipes: the stderr line may land anywhere, stdout stays in order
    expect(exit.logTail).toHaveLength(5);
    const stdout = exit.logTail.filter((l) => l !== 'stderr line');
    expect(stdout).toEqual(['line 27', 'line 28', 'line 29', 'line 30', 'ready'].slice(5 - stdout.length));
    const log = readFileSync(join(dir, 'cassandra.log'), 'utf8');
    for (let i = 1; i <= 30; i++) expect(log).toContain(`line ${i}\n`);
    expect(log).toContain('stderr line\n');
    expect(p.running).toBe(false);
  });

  it('reports death by a signal nobody asked for', async () => {
    const p = await start(sandbox(), {});
    await waitForLine(p, 'ready');
    process.kill(p.pid, 'SIGKILL'); // e.g. the kernel's OOM killer
    await expect(p.exited).resolves.toMatchObject({ code: null, signal: 'SIGKILL', stopRequested: false });
  });

  it('stop(): SIGTERM, and a process that exits on it is done without SIGKILL', async () => {
    const p = await start(sandbox(), { termExitCode: 143 });
    await waitForLine(p, 'ready');
    const exit = await p.stop({ graceMs: 10_000 });
    expect(exit).toMatchObject({ code: 143, signal: null, stopRequested: true });
    expect(exit.logTail).toContain('terminating');
    expect(alive(p.pid)).toBe(false);
  });

  it('stop(): SIGKILL after the grace period when SIGTERM is ignored, resolving only once it is gone', async () => {
    const p = await start(sandbox(), { ignoreTerm: true });
    await waitForLine(p, 'ready');
    const t0 = Date.now();
    const stopping = p.stop({ graceMs: 300 });
    await waitForLine(p, 'ignoring SIGTERM');
    expect(alive(p.pid)).toBe(true);
    const exit = await stopping;
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
    expect(exit).toMatchObject({ code: null, signal: 'SIGKILL', stopRequested: true });
    expect(alive(p.pid)).toBe(false);
    await expect(p.stop({ graceMs: 0 })).resolves.toBe(exit);
  });

  it('signals the whole process group: descendants go too', async () => {
    const p = await start(sandbox(), { grandchild: true, termExitCode: 0 });
    await waitForLine(p, 'ready');
    const grandchild = Number(/grandchild (\d+)/.exec(p.logTail().join('\n'))?.[1]);
    expect(alive(grandchild)).toBe(true);
    await p.stop({ graceMs: 2_000 });
    await waitFor(() => !alive(grandchild));
  });

  it('rejects with ProcessStartError when the executable does not exist', async () => {
    const dir = sandbox();
    const err = await SupervisedProcess.start({ ...fakeSpec(dir, {}), command: '/nonexistent/java' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProcessStartError);
    expect((err as ProcessStartError).message).toMatch(/cannot start \/nonexistent\/java: .*ENOENT/);
  });
});
