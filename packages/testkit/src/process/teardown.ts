import { describeProcess, findMarkedProcesses, type MarkedProcess } from './markers';
import { isAlive, signalIfAlive, waitGone, type ProcessIdentity } from './proc';
import { registeredProcesses } from './registry';

/** Stops every server this process started and has not stopped yet (in parallel). */
export async function stopAll(graceMs?: number): Promise<void> {
  const results = await Promise.allSettled(registeredProcesses().map((p) => p.stop({ graceMs, allowPriorExit: true })));
  const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => String(r.reason));
  if (failures.length > 0) throw new Error(`testkit: stopAll failed:\n${failures.join('\n')}`);
}

/** SIGTERM, then SIGKILL after `graceMs`, to each process; resolves when all are gone. */
export async function killAll(processes: readonly ProcessIdentity[], graceMs = 5_000): Promise<void> {
  for (const p of processes) signalIfAlive(p, 'SIGTERM');
  await Promise.all(
    processes.map(async (p) => {
      if (await waitGone(p, graceMs)) return;
      signalIfAlive(p, 'SIGKILL');
      await waitGone(p, 5_000);
    }),
  );
}

/**
 * For the end of a suite: fails (and kills them, so nothing leaks) if any server or watchdog this
 * process started is still alive — found both in the in-process registry and, by marker, in /proc.
 */
export async function assertNothingLeftRunning(): Promise<void> {
  const leftovers = new Map<number, { id: ProcessIdentity; what: string }>();
  for (const p of registeredProcesses()) if (p.running) leftovers.set(p.pid, { id: p.identity, what: `pid ${p.pid}: ${p.name}` });
  for (const m of findMarkedProcesses()) if (m.marker.owner.pid === process.pid) leftovers.set(m.pid, { id: m, what: describeProcess(m) });
  const alive = [...leftovers.values()].filter((l) => isAlive(l.id));
  if (alive.length === 0) return;
  await killAll(alive.map((a) => a.id));
  throw new Error(`testkit: ${alive.length} process(es) started by this test file were still running (now killed):\n  ${alive.map((a) => a.what).join('\n  ')}\nStop what you start in afterAll (e.g. await cluster.stop()).`);
}

/** Marked processes of `session` that are alive. */
export function processesOfSession(session: string): MarkedProcess[] {
  return findMarkedProcesses().filter((p) => p.marker.session === session);
}

/** Marked processes whose owner (the test process that started them) is dead. */
export function orphanedProcesses(): MarkedProcess[] {
  return findMarkedProcesses().filter((p) => !isAlive(p.marker.owner));
}
