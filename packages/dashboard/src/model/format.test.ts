import {
  formatAge,
  formatBytes,
  formatClock,
  formatDuration,
  formatEta,
  formatMinute,
  formatPercent,
  formatRate,
  formatTime,
  shortId,
  taskStateLabel,
} from './format';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.50 KiB'],
    [10 * 1024 + 512, '10.5 KiB'],
    [150 * 1024 * 1024, '150 MiB'],
    [1.2 * 1024 ** 3, '1.20 GiB'],
    [3 * 1024 ** 4, '3.00 TiB'],
  ])('%d bytes → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it('shows a dash for missing, negative or non-finite sizes', () => {
    expect(formatBytes(undefined)).toBe('—');
    expect(formatBytes(null)).toBe('—');
    expect(formatBytes(-1)).toBe('—');
    expect(formatBytes(Number.NaN)).toBe('—');
  });
});

describe('formatRate', () => {
  it('adds /s and shows a dash when nothing moves', () => {
    expect(formatRate(12.5 * 1024 * 1024)).toBe('12.5 MiB/s');
    expect(formatRate(0)).toBe('—');
    expect(formatRate(undefined)).toBe('—');
  });
});

describe('formatDuration and formatEta', () => {
  it.each([
    [0, '0 s'],
    [45.9, '45 s'],
    [185, '3 m 05 s'],
    [2 * 3600 + 10 * 60 + 59, '2 h 10 m'],
    [3 * 86400 + 4 * 3600 + 120, '3 d 4 h'],
  ])('%d s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('an unknown ETA is a dash, a known one is approximate', () => {
    expect(formatEta(null)).toBe('—');
    expect(formatEta(undefined)).toBe('—');
    expect(formatEta(1400)).toBe('~23 m 20 s');
  });
});

describe('times', () => {
  const at = '2024-05-01T02:00:13.512Z';

  it('formats in UTC, whatever the browser zone', () => {
    expect(formatTime(at)).toBe('2024-05-01 02:00:13 UTC');
    expect(formatClock(at)).toBe('02:00:13');
    expect(formatMinute(at)).toBe('2024-05-01 02:00');
  });

  it('shows a dash for null and unreadable times', () => {
    expect(formatTime(null)).toBe('—');
    expect(formatTime('yesterday-ish')).toBe('—');
    expect(formatClock('')).toBe('—');
  });

  it('ages are measured against the given now', () => {
    const ms = Date.parse(at);
    expect(formatAge(at, ms + 12_000)).toBe('12 s ago');
    expect(formatAge(at, ms + 185_000)).toBe('3 m 05 s ago');
    expect(formatAge(at, ms + 200)).toBe('just now');
    expect(formatAge(at, ms - 5_000)).toBe('just now');
  });
});

describe('small labels', () => {
  it('percent with one decimal', () => {
    expect(formatPercent(41.66)).toBe('41.7 %');
    expect(formatPercent(100)).toBe('100.0 %');
    expect(formatPercent(undefined)).toBe('—');
  });

  it('short job ids and task states', () => {
    expect(shortId('4f0c1d2e-aaaa-bbbb-cccc-000000000000')).toBe('4f0c1d2e');
    expect(shortId('job-1')).toBe('job-1');
    expect(taskStateLabel('TASK_RUNNING')).toBe('RUNNING');
    expect(taskStateLabel(null)).toBe('—');
  });
});
