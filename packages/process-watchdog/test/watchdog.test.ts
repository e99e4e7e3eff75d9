// The watchdog's guarantees, checked with real processes: the child runs in its own process group,
// its end is mirrored, and the whole group is SIGKILLed when the launcher dies (even by SIGKILL).
import { spawn } from 'node:child_process';
import { WATCHDOG_SOURCE } from '../src';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Spawns the watchdog directly (this test process is the launcher). */
function launch(file: string, args: string[]) {
  const wd = spawn(process.execPath, ['-e', WATCHDOG_SOURCE], { detached: true, stdio: ['pipe', 'ignore', 'ignore', 'pipe'] });
  wd.stdin?.write(`${JSON.stringify({ file, args, cwd: process.cwd(), env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' } })}\n`);
  const status = new Promise<{ pid?: number; error?: string }>((resolve) => {
    let buf = '';
    const pipe = wd.stdio[3] as NodeJS.ReadableStream;
    pipe.setEncoding('utf8');
    pipe.on('data', (c: string) => {
      buf += c;
      if (buf.includes('\n')) resolve(JSON.parse(buf.slice(0, buf.indexOf('\n'))) as { pid?: number; error?: string });
    });
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => wd.once('exit', (code, signal) => resolve({ code, signal })));
  return { wd, status, exited };
}

describe('WATCHDOG_SOURCE', () => {
  it('mirrors the exit code and the killing signal of the child', async () => {
    const a = launch(process.execPath, ['-e', 'process.exit(7)']);
    expect((await a.status).pid).toEqual(expect.any(Number));
    await expect(a.exited).resolves.toEqual({ code: 7, signal: null });

    const b = launch('sleep', ['30']);
    const pid = (await b.status).pid!;
    process.kill(-pid, 'SIGTERM'); // the child leads its own group
    await expect(b.exited).resolves.toEqual({ code: null, signal: 'SIGTERM' });
  });

  it('reports a child that cannot be started', async () => {
    const c = launch('/nonexistent/binary', []);
    expect((await c.status).error).toMatch(/ENOENT/);
    await expect(c.exited).resolves.toEqual({ code: 127, signal: null });
  });

  it('kills the child and its descendants when the launcher is SIGKILLed', async () => {
    // A launcher process that starts the watchdog (child: sh running two sleeps), prints the child pid, then waits.
    const launcherSource = `
      const { spawn } = require('node:child_process');
      const wd = spawn(process.execPath, ['-e', ${JSON.stringify(WATCHDOG_SOURCE)}], { detached: true, stdio: ['pipe', 'ignore', 'ignore', 'pipe'] });
      wd.stdin.write(JSON.stringify({ file: 'sh', args: ['-c', 'sleep 60 & sleep 60'], cwd: '/', env: { PATH: process.env.PATH } }) + '\\n');
      wd.stdio[3].on('data', (d) => process.stdout.write(String(d)));
      setInterval(() => undefined, 1000);
    `;
    const launcher = spawn(process.execPath, ['-e', launcherSource], { stdio: ['ignore', 'pipe', 'inherit'] });
    const childPid = await new Promise<number>((resolve) => {
      launcher.stdout.setEncoding('utf8');
      launcher.stdout.once('data', (d: string) => resolve((JSON.parse(d.trim()) as { pid: number }).pid));
    });
    expect(alive(childPid)).toBe(true);
    launcher.kill('SIGKILL');
    await waitFor(() => !alive(childPid));
    // nothing is left in the child's process group either
    await waitFor(() => {
      try {
        process.kill(-childPid, 0);
        return false;
      } catch {
        return true;
      }
    });
  });
});
