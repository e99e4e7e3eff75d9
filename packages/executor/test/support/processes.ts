import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { SupervisedProcessSpec } from '../../src';

export const FAKE_CASSANDRA = join(__dirname, '..', 'fixtures', 'fake-cassandra.cjs');

export interface FakeOptions {
  lines?: number;
  exitAfterMs?: number;
  exitCode?: number;
  ignoreTerm?: boolean;
  termExitCode?: number;
  grandchild?: boolean;
}

export function sandbox(): string {
  return mkdtempSync(join(tmpdir(), 'executor-test-'));
}

export function fakeSpec(dir: string, opts: FakeOptions, extra: Partial<SupervisedProcessSpec> = {}): SupervisedProcessSpec {
  return {
    command: process.execPath,
    args: [FAKE_CASSANDRA, JSON.stringify(opts)],
    cwd: dir,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' },
    logFile: join(dir, 'cassandra.log'),
    ...extra,
  };
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitFor(check: () => boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Resolves once `text` appears in the log tail of `p`. */
export function waitForLine(p: { logTail(): string[] }, text: string, timeoutMs = 5_000): Promise<void> {
  return waitFor(() => p.logTail().some((l) => l.includes(text)), timeoutMs, `line '${text}'`);
}
