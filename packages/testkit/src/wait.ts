import { ComponentError } from './errors';
import type { ManagedProcess } from './process/managed-process';

/** What one readiness probe found: ready (with a value), not yet (with the reason), or a fatal problem. */
export type ProbeResult<T> = { readonly state: 'ready'; readonly value: T } | { readonly state: 'waiting'; readonly reason: string } | { readonly state: 'fatal'; readonly reason: string };

export interface WaitOptions {
  readonly timeoutMs: number;
  readonly intervalMs?: number;
  /** e.g. "OperationMode NORMAL and native transport up" */
  readonly what: string;
}

/**
 * Polls `probe` until it reports ready. Fails with a ComponentError carrying the log tail when the
 * timeout passes (with the last reason), the probe reports a fatal problem, or `proc` exits.
 */
export async function waitUntilReady<T>(proc: ManagedProcess, probe: () => Promise<ProbeResult<T>>, options: WaitOptions): Promise<T> {
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  const interval = options.intervalMs ?? 500;
  let lastReason = 'no probe finished yet';
  let exit: string | undefined;
  void proc.exited.then((e) => {
    exit = `exited (code ${String(e.code)}, signal ${String(e.signal)})`;
  });
  for (;;) {
    if (exit) throw await ComponentError.create(proc.name, `${exit} while waiting for ${options.what}; last check: ${lastReason}`, proc.logFile);
    const result = await probe().catch((err: unknown): ProbeResult<T> => ({ state: 'waiting', reason: err instanceof Error ? err.message : String(err) }));
    if (result.state === 'ready') return result.value;
    if (result.state === 'fatal') throw await ComponentError.create(proc.name, `${result.reason} (while waiting for ${options.what})`, proc.logFile);
    lastReason = result.reason;
    if (Date.now() >= deadline) {
      throw await ComponentError.create(proc.name, `not ready after ${Math.round((Date.now() - started) / 1000)} s (timeout ${options.timeoutMs} ms) waiting for ${options.what}; last check: ${lastReason}`, proc.logFile);
    }
    await Promise.race([new Promise((r) => setTimeout(r, interval)), proc.exited]);
  }
}
