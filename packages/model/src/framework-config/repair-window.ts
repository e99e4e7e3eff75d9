// The repair window (FrameworkConfig.repair_window): the time of day, in UTC, in which the scheduler
// may start a scheduled repair. Written "HH:MM-HH:MM"; a window whose end is before its start runs
// across midnight ("22:00-04:00"); empty means any time. The start minute belongs to the window, the
// end minute does not, so "01:00-05:00" holds 01:00:00.000 up to 04:59:59.999.
// Pure: the current time is always a parameter.
import type { ConfigProblem } from '../cassandra-config/problems';

/** Minutes since 00:00 UTC (0-1439); endMinute < startMinute = the window runs across midnight. */
export interface RepairWindow {
  readonly startMinute: number;
  readonly endMinute: number;
}

export interface ParsedRepairWindow {
  /** Undefined for an empty text (any time) and when there are problems. */
  window?: RepairWindow;
  /** Empty when the text is a valid window or empty. */
  problems: ConfigProblem[];
}

const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;
const DAY_MS = DAY_MINUTES * MINUTE_MS;

const WINDOW = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;
const FORMAT_HELP = 'write HH:MM-HH:MM on the 24-hour clock in UTC, e.g. 01:00-05:00 (or 22:00-04:00 to run across midnight), or leave it empty to allow any time';

/** Minute of the day of "HH:MM"; "24:00" only as an end (midnight at the end of the day). */
function minuteOfDay(hours: string, minutes: string, isEnd: boolean): number | undefined {
  const h = Number(hours);
  const m = Number(minutes);
  if (m > 59) return undefined;
  if (h === 24 && m === 0 && isEnd) return 0;
  return h > 23 ? undefined : h * 60 + m;
}

/**
 * Parses a repair window. Surrounding whitespace is ignored; blank text = no window (any time).
 * `field` names the setting in problems, e.g. "repair_window" or CASSANDRA_MESOS_REPAIR_WINDOW.
 */
export function parseRepairWindow(text: string, field = 'repair_window'): ParsedRepairWindow {
  const trimmed = text.trim();
  if (trimmed === '') return { problems: [] };
  const shown = `${field}=${JSON.stringify(trimmed.length > 60 ? `${trimmed.slice(0, 57)}...` : trimmed)}`;
  const problem = (code: string, message: string): ParsedRepairWindow => ({ problems: [{ field, code, message: `${shown} ${message}` }] });
  const match = WINDOW.exec(trimmed);
  if (!match) return problem('INVALID_REPAIR_WINDOW', `is not a time window: ${FORMAT_HELP}`);
  const [, startH = '', startM = '', endH = '', endM = ''] = match;
  const startMinute = minuteOfDay(startH, startM, false);
  const endMinute = minuteOfDay(endH, endM, true);
  if (startMinute === undefined || endMinute === undefined) {
    const bad = startMinute === undefined ? `${startH}:${startM}` : `${endH}:${endM}`;
    return problem('INVALID_REPAIR_WINDOW', `has the time ${bad}, which is not a time of day (hours 00-23, minutes 00-59; 24:00 only as the end): ${FORMAT_HELP}`);
  }
  if (startMinute === endMinute) {
    return problem(
      'EMPTY_REPAIR_WINDOW',
      'starts where it ends, so it is either empty or the whole day: give a window of at least one minute, e.g. 01:00-05:00, or leave it empty to allow any time',
    );
  }
  return { window: { startMinute, endMinute }, problems: [] };
}

/** The window as it is written, e.g. "22:00-04:00". */
export function formatRepairWindow(window: RepairWindow): string {
  const hhmm = (minute: number): string => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  return `${hhmm(window.startMinute)}-${hhmm(window.endMinute)}`;
}

/** 00:00 UTC of the day of an epoch time (floor, so also right for times before 1970). */
function utcStartOfDayMs(nowMs: number): number {
  return Math.floor(nowMs / DAY_MS) * DAY_MS;
}

function utcMinuteOfDay(nowMs: number): number {
  return Math.floor((nowMs - utcStartOfDayMs(nowMs)) / MINUTE_MS);
}

/** True when `nowMs` is inside the window; always true without a window (any time). */
export function inRepairWindow(window: RepairWindow | undefined, nowMs: number): boolean {
  if (!window) return true;
  const minute = utcMinuteOfDay(nowMs);
  const { startMinute, endMinute } = window;
  return startMinute < endMinute ? minute >= startMinute && minute < endMinute : minute >= startMinute || minute < endMinute;
}

/**
 * When a scheduled repair may start next: `nowMs` itself when it is inside the window (or there is no
 * window), else the next start of the window after `nowMs`.
 */
export function nextWindowStartMs(window: RepairWindow | undefined, nowMs: number): number {
  if (!window || inRepairWindow(window, nowMs)) return nowMs;
  const today = utcStartOfDayMs(nowMs) + window.startMinute * MINUTE_MS;
  return today > nowMs ? today : today + DAY_MS;
}
