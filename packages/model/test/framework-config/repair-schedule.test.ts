// The repair schedule settings (repair_interval_days, repair_window) through the whole configuration
// path: environment → FrameworkConfig → validation → change effects → stored version → TargetView.
import { CONFIG_FIELD_RULES, cassandra_mesos, diffConfig, parseSchedulerEnvironment, renderConfigurationDoc, validateFrameworkConfig, type CompleteFrameworkConfig, type ConfigProblem } from '../../src';
import { normalizeTarget } from '../../src/scheduler/target';
import { validConfig } from './fixtures';

const DAY_MS = 86_400_000;

function problems(overrides: Partial<CompleteFrameworkConfig>): ConfigProblem[] {
  return validateFrameworkConfig(validConfig(overrides));
}

function envErrors(env: Record<string, string>): ConfigProblem[] {
  const r = parseSchedulerEnvironment(env);
  return r.ok ? [] : r.errors;
}

describe('repair schedule: validation', () => {
  it.each([
    [{}, []],
    [{ repairIntervalDays: 7, repairWindow: '01:00-05:00' }, []],
    [{ repairIntervalDays: 1, repairWindow: '22:00-04:00' }, []],
    [{ repairIntervalDays: 365 }, []],
    // A window without an interval is kept for when an interval is set.
    [{ repairIntervalDays: 0, repairWindow: '01:00-05:00' }, []],
    [{ repairIntervalDays: 366 }, [['repair_interval_days', 'VALUE_TOO_LARGE']]],
    [{ repairIntervalDays: 1.5 }, [['repair_interval_days', 'INVALID_VALUE']]],
    [{ repairIntervalDays: Number.NaN }, [['repair_interval_days', 'INVALID_VALUE']]],
    [{ repairWindow: '1-5' }, [['repair_window', 'INVALID_REPAIR_WINDOW']]],
    [{ repairWindow: '02:00-02:00' }, [['repair_window', 'EMPTY_REPAIR_WINDOW']]],
    [{ repairIntervalDays: 400, repairWindow: '26:00-01:00' }, [['repair_interval_days', 'VALUE_TOO_LARGE'], ['repair_window', 'INVALID_REPAIR_WINDOW']]],
  ] as Array<[Partial<CompleteFrameworkConfig>, string[][]]>)('%j gives %j', (overrides, expected) => {
    expect(problems(overrides).map((p) => [p.field, p.code])).toEqual(expected);
  });

  it('says what to set', () => {
    expect(problems({ repairIntervalDays: 366 })).toEqual([
      { field: 'repair_interval_days', code: 'VALUE_TOO_LARGE', message: 'repair_interval_days=366 is above the maximum of 365: set it to the days between scheduled repairs (0 = none), e.g. 7' },
    ]);
    expect(problems({ repairIntervalDays: 1.5 })[0]?.message).toBe('repair_interval_days=1.5 is not a whole number of days: set it to 0 (no scheduled repair) or 1-365, e.g. 7');
    expect(problems({ repairWindow: '1-5' })[0]?.message).toMatch(/^repair_window="1-5" is not a time window: write HH:MM-HH:MM .* e\.g\. 01:00-05:00/);
  });
});

describe('repair schedule: environment', () => {
  it('is off and without a window by default', () => {
    const r = parseSchedulerEnvironment({});
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    expect([r.config.repairIntervalDays, r.config.repairWindow]).toEqual([0, '']);
  });

  it('reads both variables, trimmed', () => {
    const r = parseSchedulerEnvironment({ CASSANDRA_MESOS_REPAIR_INTERVAL_DAYS: ' 7 ', CASSANDRA_MESOS_REPAIR_WINDOW: ' 23:00-03:30\n' });
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    expect([r.config.repairIntervalDays, r.config.repairWindow]).toEqual([7, '23:00-03:30']);
  });

  it('names the variables in errors', () => {
    expect(envErrors({ CASSANDRA_MESOS_REPAIR_INTERVAL_DAYS: 'weekly' })).toEqual([
      {
        field: 'CASSANDRA_MESOS_REPAIR_INTERVAL_DAYS',
        code: 'INVALID_VALUE',
        message: 'CASSANDRA_MESOS_REPAIR_INTERVAL_DAYS="weekly" is not a whole number: set it to the days between scheduled repairs, or 0 for none, e.g. 7',
      },
    ]);
    expect(envErrors({ CASSANDRA_MESOS_REPAIR_INTERVAL_DAYS: '-1' }).map((e) => e.code)).toEqual(['INVALID_VALUE']);
    expect(envErrors({ CASSANDRA_MESOS_REPAIR_INTERVAL_DAYS: '1000' })).toEqual([
      {
        field: 'CASSANDRA_MESOS_REPAIR_INTERVAL_DAYS',
        code: 'VALUE_TOO_LARGE',
        message: 'CASSANDRA_MESOS_REPAIR_INTERVAL_DAYS=1000 is above the maximum of 365: set it to the days between scheduled repairs (0 = none), e.g. 7',
      },
    ]);
    expect(envErrors({ CASSANDRA_MESOS_REPAIR_WINDOW: '1am-5am' })).toEqual([
      {
        field: 'CASSANDRA_MESOS_REPAIR_WINDOW',
        code: 'INVALID_REPAIR_WINDOW',
        message:
          'CASSANDRA_MESOS_REPAIR_WINDOW="1am-5am" is not a time window: write HH:MM-HH:MM on the 24-hour clock in UTC, e.g. 01:00-05:00 (or 22:00-04:00 to run across midnight), or leave it empty to allow any time',
      },
    ]);
    expect(envErrors({ CASSANDRA_MESOS_REPAIR_WINDOW: '04:00-04:00' }).map((e) => [e.field, e.code])).toEqual([['CASSANDRA_MESOS_REPAIR_WINDOW', 'EMPTY_REPAIR_WINDOW']]);
  });

  it('survives a round trip through the stored form', () => {
    const r = parseSchedulerEnvironment({ CASSANDRA_MESOS_REPAIR_INTERVAL_DAYS: '10', CASSANDRA_MESOS_REPAIR_WINDOW: '22:00-04:00' });
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    const V = cassandra_mesos.v1.FrameworkConfig;
    const decoded = V.toObject(V.decode(V.encode(r.config).finish()));
    expect(decoded).toMatchObject({ repairIntervalDays: 10, repairWindow: '22:00-04:00' });
    expect(diffConfig(r.config, decoded).changes).toEqual([]);
  });
});

describe('repair schedule: changes and documentation', () => {
  it('restarts no node when it changes', () => {
    const d = diffConfig(validConfig(), validConfig({ repairIntervalDays: 7, repairWindow: '01:00-05:00' }));
    expect(d.changes.map((c) => [c.field, c.from, c.to, c.effect])).toEqual([
      ['repair_interval_days', '0', '7', 'SCHEDULER'],
      ['repair_window', '""', '"01:00-05:00"', 'SCHEDULER'],
    ]);
    expect([d.rollingRestart, d.scale]).toEqual([false, false]);
    expect(CONFIG_FIELD_RULES.filter((r) => r.path.startsWith('repair_')).map((r) => r.effect)).toEqual(['SCHEDULER', 'SCHEDULER']);
  });

  it('documents both variables in the Cluster jobs group', () => {
    const doc = renderConfigurationDoc();
    const section = doc.slice(doc.indexOf('## Cluster jobs'), doc.indexOf('## Artifacts'));
    expect(section).toMatch(/\| `CASSANDRA_MESOS_REPAIR_INTERVAL_DAYS` \| `0` \| whole number \| FrameworkConfig `repair_interval_days` \| .*gc_grace_seconds/);
    expect(section).toMatch(/\| `CASSANDRA_MESOS_REPAIR_WINDOW` \| \(empty\) \| time window HH:MM-HH:MM \(UTC\), or empty \| FrameworkConfig `repair_window` \| .*UTC.*22:00-04:00/);
    expect(doc).toContain('| `repair_window` | `CASSANDRA_MESOS_REPAIR_WINDOW` | no node restart |');
  });
});

describe('repair schedule: TargetView', () => {
  it('is off and any time by default', () => {
    expect(normalizeTarget('v1', validConfig()).repairSchedule).toEqual({ intervalMs: 0, window: undefined });
    // A stored config written before these fields existed.
    expect(normalizeTarget('v0', { frameworkName: 'cassandra', nodeCount: 3 }).repairSchedule).toEqual({ intervalMs: 0, window: undefined });
  });

  it('holds the interval in ms and the parsed window', () => {
    expect(normalizeTarget('v2', validConfig({ repairIntervalDays: 7, repairWindow: '22:00-04:00' })).repairSchedule).toEqual({
      intervalMs: 7 * DAY_MS,
      window: { startMinute: 22 * 60, endMinute: 4 * 60 },
    });
    expect(normalizeTarget('v3', validConfig({ repairIntervalDays: 1 })).repairSchedule).toEqual({ intervalMs: DAY_MS, window: undefined });
  });
});
