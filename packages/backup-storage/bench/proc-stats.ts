// Memory and CPU figures of a process from Linux /proc (the bench needs Linux, like testkit).
import { readFileSync } from 'node:fs';

/** A `kB` field of /proc/<pid>/status (VmRSS, VmHWM, ...) in bytes; undefined once the process is gone. */
export function statusBytes(pid: number | 'self', field: 'VmRSS' | 'VmHWM'): number | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const m = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(text);
  return m?.[1] === undefined ? undefined : Number(m[1]) * 1024;
}

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ; 100 on every Linux this runs on

/** User + system CPU time the process has used so far, in ms (/proc/<pid>/stat fields 14 and 15). */
export function cpuMs(pid: number): number | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) may contain spaces and parentheses: count fields after the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return undefined;
  return ((utime + stime) * 1000) / CLOCK_TICKS_PER_SECOND;
}
