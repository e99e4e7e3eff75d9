// Formatting of figures for people: sizes, rates, durations, ETAs and times. Pure: "now" is a
// parameter, and times are shown in UTC (the scheduler's logs and API are UTC, so they line up).

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;

/** 1536 → "1.5 KiB"; three significant digits above 1 KiB; "—" for a missing or negative value. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${Math.round(value)} B`;
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${BYTE_UNITS[unit]}`;
}

/** Bytes per second → "12.3 MiB/s"; "—" when nothing is moving. */
export function formatRate(bytesPerSecond: number | null | undefined): string {
  if (!bytesPerSecond || bytesPerSecond <= 0) return '—';
  return `${formatBytes(bytesPerSecond)}/s`;
}

/** Seconds → "45 s", "3 m 05 s", "2 h 10 m", "3 d 4 h"; two units at most, rounded down. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '—';
  const s = Math.floor(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} m ${pad2(s % 60)} s`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h} h ${pad2(m % 60)} m`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

/** An ETA in seconds → "~3 m 05 s"; "—" when unknown (null: not enough finished work to tell). */
export function formatEta(seconds: number | null | undefined): string {
  const d = formatDuration(seconds);
  return d === '—' ? d : `~${d}`;
}

/** 41.66 → "41.7 %". */
export function formatPercent(percent: number | null | undefined): string {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return '—';
  return `${(Math.round(percent * 10) / 10).toFixed(1)} %`;
}

/** ISO time → "2024-05-01 02:00:13 UTC"; "—" for null or an unreadable time. */
export function formatTime(iso: string | null | undefined): string {
  const ms = parseTime(iso);
  if (ms === undefined) return '—';
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** ISO time → "2024-05-01 02:00" (UTC), for dense tables (the cell's title has the full time). */
export function formatMinute(iso: string | null | undefined): string {
  const ms = parseTime(iso);
  return ms === undefined ? '—' : new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/** ISO time → "02:00:13" (UTC), for lists of recent things. */
export function formatClock(iso: string | null | undefined): string {
  const ms = parseTime(iso);
  return ms === undefined ? '—' : new Date(ms).toISOString().slice(11, 19);
}

/** How long ago: "12 s ago", "3 m 05 s ago"; "just now" under a second or for a clock slightly ahead. */
export function formatAge(iso: string | null | undefined, nowMs: number): string {
  const ms = parseTime(iso);
  if (ms === undefined) return '—';
  const seconds = (nowMs - ms) / 1000;
  return seconds < 1 ? 'just now' : `${formatDuration(seconds)} ago`;
}

/** Epoch ms of an ISO time, undefined for null, empty or unreadable. */
export function parseTime(iso: string | null | undefined): number | undefined {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

/** "4f0c1d2e-…" → "4f0c1d2e": job ids are UUIDs, whose first group tells them apart on one screen; other ids stay whole. */
export function shortId(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(id) ? id.slice(0, 8) : id;
}

/** "TASK_RUNNING" → "RUNNING": the Mesos prefix says nothing in a column headed "task". */
export function taskStateLabel(state: string | null | undefined): string {
  return state ? state.replace(/^TASK_/, '') : '—';
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
