import { formatRepairWindow, inRepairWindow, nextWindowStartMs, parseRepairWindow, type RepairWindow } from '../../src';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** 2025-03-14 at hh:mm(:ss.ms) UTC. */
const at = (h: number, m: number, s = 0, ms = 0): number => Date.UTC(2025, 2, 14, h, m, s, ms);
const win = (text: string): RepairWindow => {
  const { window, problems } = parseRepairWindow(text);
  expect(problems).toEqual([]);
  if (!window) throw new Error(`${text} gave no window`);
  return window;
};

describe('parseRepairWindow', () => {
  it.each([
    ['01:00-05:00', 60, 300],
    ['22:00-04:00', 1320, 240],
    ['00:00-23:59', 0, 1439],
    ['23:59-00:00', 1439, 0],
    ['22:00-24:00', 1320, 0],
    ['  01:30-02:45 ', 90, 165],
  ])('reads %j as minutes %i-%i', (text, startMinute, endMinute) => {
    expect(parseRepairWindow(text)).toEqual({ window: { startMinute, endMinute }, problems: [] });
  });

  it('reads an empty or blank window as "any time"', () => {
    expect(parseRepairWindow('')).toEqual({ problems: [] });
    expect(parseRepairWindow('   ')).toEqual({ problems: [] });
  });

  it.each([
    ['1:00-5:00', 'INVALID_REPAIR_WINDOW', /^repair_window="1:00-5:00" is not a time window: write HH:MM-HH:MM on the 24-hour clock in UTC, e.g. 01:00-05:00 \(or 22:00-04:00 to run across midnight\), or leave it empty/],
    ['01:00', 'INVALID_REPAIR_WINDOW', /is not a time window: write HH:MM-HH:MM/],
    ['01:00 - 05:00', 'INVALID_REPAIR_WINDOW', /is not a time window/],
    ['01:00-05:00Z', 'INVALID_REPAIR_WINDOW', /is not a time window/],
    ['1am-5am', 'INVALID_REPAIR_WINDOW', /is not a time window/],
    ['01:00-05:00,13:00-14:00', 'INVALID_REPAIR_WINDOW', /is not a time window/],
    ['25:00-05:00', 'INVALID_REPAIR_WINDOW', /has the time 25:00, which is not a time of day \(hours 00-23, minutes 00-59; 24:00 only as the end\): write HH:MM-HH:MM/],
    ['01:00-05:60', 'INVALID_REPAIR_WINDOW', /has the time 05:60, which is not a time of day/],
    ['24:00-05:00', 'INVALID_REPAIR_WINDOW', /has the time 24:00, which is not a time of day/],
    ['22:00-24:01', 'INVALID_REPAIR_WINDOW', /has the time 24:01/],
    ['03:00-03:00', 'EMPTY_REPAIR_WINDOW', /^repair_window="03:00-03:00" starts where it ends, so it is either empty or the whole day: give a window of at least one minute, e.g. 01:00-05:00, or leave it empty to allow any time$/],
    ['00:00-24:00', 'EMPTY_REPAIR_WINDOW', /starts where it ends/],
  ])('refuses %j (%s)', (text, code, message) => {
    const parsed = parseRepairWindow(text);
    expect(parsed.window).toBeUndefined();
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toEqual({ field: 'repair_window', code, message: expect.stringMatching(message) as unknown });
  });

  it('names the field it is given, and shortens a long value', () => {
    const [problem] = parseRepairWindow(`01:00-05:00${'x'.repeat(200)}`, 'CASSANDRA_MESOS_REPAIR_WINDOW').problems;
    expect(problem?.field).toBe('CASSANDRA_MESOS_REPAIR_WINDOW');
    expect(problem?.message).toMatch(/^CASSANDRA_MESOS_REPAIR_WINDOW="01:00-05:00x{46}\.\.\." is not a time window/);
  });

  it('formats a window as it is written', () => {
    for (const text of ['01:00-05:00', '22:00-04:00', '00:05-23:59', '23:59-00:00']) expect(formatRepairWindow(win(text))).toBe(text);
    expect(formatRepairWindow(win('22:00-24:00'))).toBe('22:00-00:00');
  });
});

describe('inRepairWindow', () => {
  it('is always true without a window', () => {
    expect(inRepairWindow(undefined, at(13, 37))).toBe(true);
    expect(inRepairWindow(undefined, 0)).toBe(true);
  });

  it('holds the start minute but not the end minute of a window within one day', () => {
    const w = win('01:00-05:00');
    expect(inRepairWindow(w, at(0, 59, 59, 999))).toBe(false);
    expect(inRepairWindow(w, at(1, 0))).toBe(true);
    expect(inRepairWindow(w, at(3, 0))).toBe(true);
    expect(inRepairWindow(w, at(4, 59, 59, 999))).toBe(true);
    expect(inRepairWindow(w, at(5, 0))).toBe(false);
    expect(inRepairWindow(w, at(13, 0))).toBe(false);
    expect(inRepairWindow(w, at(23, 59))).toBe(false);
  });

  it('runs a window that ends before it starts across midnight', () => {
    const w = win('22:00-04:00');
    expect(inRepairWindow(w, at(21, 59, 59, 999))).toBe(false);
    expect(inRepairWindow(w, at(22, 0))).toBe(true);
    expect(inRepairWindow(w, at(23, 59, 59, 999))).toBe(true);
    expect(inRepairWindow(w, at(0, 0))).toBe(true);
    expect(inRepairWindow(w, at(3, 59))).toBe(true);
    expect(inRepairWindow(w, at(4, 0))).toBe(false);
    expect(inRepairWindow(w, at(12, 0))).toBe(false);
  });

  it('treats an end of 24:00 as midnight', () => {
    const w = win('22:00-24:00');
    expect(inRepairWindow(w, at(23, 59, 59, 999))).toBe(true);
    expect(inRepairWindow(w, at(0, 0))).toBe(false);
    expect(inRepairWindow(w, at(21, 59))).toBe(false);
  });

  it('uses UTC minutes also before 1970', () => {
    const w = win('23:00-01:00');
    expect(inRepairWindow(w, -30 * MINUTE)).toBe(true); // 1969-12-31 23:30 UTC
    expect(inRepairWindow(w, -90 * MINUTE)).toBe(false); // 22:30
    expect(inRepairWindow(w, -DAY + 30 * MINUTE)).toBe(true); // 1969-12-31 00:30
  });
});

describe('nextWindowStartMs', () => {
  it('is now without a window, and inside the window', () => {
    expect(nextWindowStartMs(undefined, at(13, 37, 12, 345))).toBe(at(13, 37, 12, 345));
    expect(nextWindowStartMs(win('01:00-05:00'), at(1, 0))).toBe(at(1, 0));
    expect(nextWindowStartMs(win('01:00-05:00'), at(4, 59, 59, 999))).toBe(at(4, 59, 59, 999));
    expect(nextWindowStartMs(win('22:00-04:00'), at(2, 15, 30))).toBe(at(2, 15, 30));
  });

  it('is the start later today when the window has not begun yet', () => {
    expect(nextWindowStartMs(win('01:00-05:00'), at(0, 59, 59, 999))).toBe(at(1, 0));
    expect(nextWindowStartMs(win('22:00-04:00'), at(4, 0))).toBe(at(22, 0));
    expect(nextWindowStartMs(win('22:00-04:00'), at(21, 59, 30))).toBe(at(22, 0));
  });

  it('is the start tomorrow when today\'s window is over', () => {
    expect(nextWindowStartMs(win('01:00-05:00'), at(5, 0))).toBe(at(1, 0) + DAY);
    expect(nextWindowStartMs(win('01:00-05:00'), at(23, 59, 59, 999))).toBe(at(1, 0) + DAY);
    expect(nextWindowStartMs(win('00:00-00:30'), at(12, 0))).toBe(at(0, 0) + DAY);
  });

  it('always lands inside the window, at most a day ahead', () => {
    const windows = ['01:00-05:00', '22:00-04:00', '23:59-00:00', '00:00-00:01', '12:00-11:59'].map(win);
    for (const w of windows) {
      for (let minute = 0; minute < 24 * 60; minute += 7) {
        const now = at(0, 0) + minute * MINUTE + 12_345;
        const next = nextWindowStartMs(w, now);
        expect([formatRepairWindow(w), minute, inRepairWindow(w, next)]).toEqual([formatRepairWindow(w), minute, true]);
        expect(next).toBeGreaterThanOrEqual(now);
        expect(next - now).toBeLessThanOrEqual(DAY);
        // Either now, or exactly on the window's start minute.
        if (next !== now) expect(next % MINUTE === 0 && Math.floor((next % DAY) / MINUTE) === w.startMinute).toBe(true);
      }
    }
  });
});
