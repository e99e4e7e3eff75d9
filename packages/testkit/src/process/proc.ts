// Linux /proc helpers. A pid alone is not an identity (pids are reused), so every check that may
// kill something compares the process start time (field 22 of /proc/<pid>/stat) as well.
import { readFileSync, readdirSync } from 'node:fs';

export interface ProcessIdentity {
  readonly pid: number;
  /** Start time in clock ticks since boot, as a string (it can exceed 2^53 on long-running hosts). */
  readonly startTicks: string;
}

/** Parses /proc/<pid>/stat content: state (field 3) and start time (field 22). The comm field may contain spaces and ')'. */
export function parseStat(stat: string): { state: string; startTicks: string } | undefined {
  const close = stat.lastIndexOf(')');
  if (close < 0) return undefined;
  const fields = stat.slice(close + 2).split(' ');
  const state = fields[0];
  const startTicks = fields[19];
  if (state === undefined || startTicks === undefined) return undefined;
  return { state, startTicks };
}

function readStat(pid: number): { state: string; startTicks: string } | undefined {
  try {
    return parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

export function identify(pid: number): ProcessIdentity | undefined {
  const stat = readStat(pid);
  return stat ? { pid, startTicks: stat.startTicks } : undefined;
}

/** True while the very process `id` names exists and is not a zombie. */
export function isAlive(id: ProcessIdentity): boolean {
  const stat = readStat(id.pid);
  return stat !== undefined && stat.startTicks === id.startTicks && stat.state !== 'Z' && stat.state !== 'X';
}

/** Sends `signal` only if `id` still names the same process; false when it is gone. */
export function signalIfAlive(id: ProcessIdentity, signal: NodeJS.Signals): boolean {
  if (!isAlive(id)) return false;
  try {
    process.kill(id.pid, signal);
    return true;
  } catch {
    return false;
  }
}

export function readCmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return '';
  }
}

/** The value of `name` in the initial environment of `pid` (undefined if absent or unreadable). */
export function readEnvVar(pid: number, name: string): string | undefined {
  let environ: string;
  try {
    environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
  } catch {
    return undefined;
  }
  const prefix = `${name}=`;
  for (const entry of environ.split('\0')) if (entry.startsWith(prefix)) return entry.slice(prefix.length);
  return undefined;
}

export function listPids(): number[] {
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .map(Number);
}

/** Polls until `id` is gone; false when still alive after `timeoutMs`. */
export async function waitGone(id: ProcessIdentity, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(id)) {
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}
