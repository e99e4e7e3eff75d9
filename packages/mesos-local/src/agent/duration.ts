// stout Duration strings ("5secs", "15mins", "2.5secs"), the format Mesos uses for the duration
// environment variables it gives executors (MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD and friends).
const UNITS: Array<[string, number]> = [
  ['weeks', 7 * 24 * 3600 * 1e9],
  ['days', 24 * 3600 * 1e9],
  ['hrs', 3600 * 1e9],
  ['mins', 60 * 1e9],
  ['secs', 1e9],
  ['ms', 1e6],
  ['us', 1e3],
  ['ns', 1],
];

/** Formats with the largest unit that gives a whole number, e.g. 5000 ms -> "5secs", 1500 ms -> "1500ms". */
export function formatDurationMs(ms: number): string {
  const nanos = Math.round(ms * 1e6);
  if (nanos === 0) return '0ns';
  for (const [unit, size] of UNITS) {
    if (nanos % size === 0) return `${nanos / size}${unit}`;
  }
  return `${nanos}ns`;
}

/** DurationInfo (int64 nanoseconds, a JS number in the generated code) -> milliseconds. */
export function durationInfoMs(d: { nanoseconds?: number | null } | null | undefined): number | undefined {
  if (!d || d.nanoseconds === undefined || d.nanoseconds === null) return undefined;
  const nanos = Number(d.nanoseconds);
  return Number.isFinite(nanos) && nanos >= 0 ? nanos / 1e6 : undefined;
}
