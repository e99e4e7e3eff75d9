// In-process registry of the servers this process started, and the hooks that stop them when the
// process ends. The watchdog already covers a hard kill of this process; these hooks make a normal
// exit or Ctrl-C stop the servers at once instead of after the watchdog notices.
import type { ManagedProcess } from './managed-process';

const live = new Set<ManagedProcess>();
let hooksInstalled = false;

export function register(p: ManagedProcess): void {
  live.add(p);
  installHooks();
}

export function unregister(p: ManagedProcess): void {
  live.delete(p);
}

/** The servers started by this process that have not been seen exiting yet. */
export function registeredProcesses(): ManagedProcess[] {
  return [...live];
}

function installHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', () => {
    for (const p of live) p.killNow('SIGTERM');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const handler = (): void => {
      for (const p of live) p.killNow('SIGTERM');
      process.off(signal, handler);
      // Keep the default behaviour (terminate) unless someone else handles the signal.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.on(signal, handler);
  }
}
