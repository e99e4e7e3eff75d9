// Proves the teardown guarantees against real processes (a real ZooKeeper JVM), including the case
// the watchdog exists for: the test process that started a server is SIGKILLed.
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ComponentError, assertNothingLeftRunning, loadRuntime, startZooKeeper } from '../src';
import globalSetup from '../src/jest/global-setup';
import { findMarkedProcesses } from '../src/process/markers';
import { identify, isAlive, waitGone, type ProcessIdentity } from '../src/process/proc';
import { killAll, orphanedProcesses } from '../src/process/teardown';

const FIXTURE = join(__dirname, 'fixtures', 'start-zookeeper-and-hang.cjs');
const spawned: ProcessIdentity[] = [];

function startFixture(): Promise<{ child: ChildProcess; zk: ProcessIdentity }> {
  const child = fork(FIXTURE, [], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) {
        const { pid } = JSON.parse(line) as { pid: number };
        const zk = identify(pid);
        if (!zk) return reject(new Error(`fixture reported pid ${pid}, which is not running`));
        spawned.push(zk);
        resolve({ child, zk });
      }
    });
    child.once('exit', (code) => reject(new Error(`fixture exited early with code ${String(code)}`)));
  });
}

afterAll(async () => {
  // Whatever a failed assertion left behind.
  await killAll(spawned.filter(isAlive), 2_000);
});

describe('teardown guarantees', () => {
  it('the watchdog stops the server when the test process is SIGKILLed', async () => {
    const { child, zk } = await startFixture();
    expect(isAlive(zk)).toBe(true);
    child.kill('SIGKILL');
    // ZooKeeper exits well within a second of SIGTERM; the watchdog's SIGKILL comes after 10 s.
    expect(await waitGone(zk, 15_000)).toBe(true);
  }, 60_000);

  it('a process orphaned with its watchdog is found and reaped by the jest globalSetup', async () => {
    const { child, zk } = await startFixture();
    const watchdog = findMarkedProcesses().find((p) => p.marker.owner.pid === child.pid && p.cmdline.includes('watchdog.cjs'));
    expect(watchdog).toBeDefined();
    process.kill(watchdog!.pid, 'SIGKILL');
    child.kill('SIGKILL');
    await waitGone(watchdog!, 5_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(isAlive(zk)).toBe(true); // truly orphaned now: nothing else would stop it
    expect(orphanedProcesses().map((p) => p.pid)).toContain(zk.pid);
    await globalSetup();
    expect(await waitGone(zk, 10_000)).toBe(true);
  }, 60_000);

  it('assertNothingLeftRunning fails, names the server and kills it', async () => {
    const zk = await startZooKeeper();
    const id = identify(zk.pid)!;
    await expect(assertNothingLeftRunning()).rejects.toThrow(/ZooKeeperServerMain/);
    expect(await waitGone(id, 10_000)).toBe(true);
    await assertNothingLeftRunning();
  }, 60_000);

  it('stop() after a crash rejects with the log tail, unless the exit was expected', async () => {
    const zk = await startZooKeeper();
    process.kill(zk.pid, 'SIGKILL');
    await zk.exited; // the crash has been seen before stop() is called
    const err = (await zk.stop().catch((e: unknown) => e)) as ComponentError;
    expect(err).toBeInstanceOf(ComponentError);
    expect(err.message).toMatch(/exited on its own before stop\(\).*signal SIGKILL/);
    expect(err.message).toContain(err.logFile);
    expect(err.logTail.length).toBeGreaterThan(0);
    await expect(zk.stop({ allowPriorExit: true })).resolves.toMatchObject({ signal: 'SIGKILL', requested: false });
  }, 60_000);

  it('a server that cannot start fails fast with its log tail and leaves nothing running', async () => {
    const runtime = loadRuntime();
    const broken = { ...runtime, zookeeper: { ...runtime.zookeeper, mainClass: 'org.apache.zookeeper.server.NoSuchMain' } };
    const err = (await startZooKeeper({ runtime: broken }).catch((e: unknown) => e)) as ComponentError;
    expect(err).toBeInstanceOf(ComponentError);
    expect(err.message).toMatch(/exited \(code 1/);
    expect(err.logTail.join('\n')).toMatch(/ClassNotFoundException: org\.apache\.zookeeper\.server\.NoSuchMain/);
    await assertNothingLeftRunning();
  }, 60_000);
});
