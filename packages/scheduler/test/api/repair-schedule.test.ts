// GET /v1/repair/schedule: the configured schedule, when the next scheduled repair is due (the core's
// rule), each node's last repair, and the gc_grace_seconds check over a fake CQL reader (the real one
// has its own integration test).
/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access -- supertest types response bodies as any; the tests check their values */
import { cassandra_mesos, createSchedulerState, type SchedulerState } from '@cassandra-mesos/model';
import type { CqlEndpoint, TableGcGrace, TableSchemaReader } from '../../src/api';
import { humanDuration, nextRepairDueMs } from '../../src/api/jobs/repair-schedule';
import { nodeRecord, NOW, TARGET_ID, testConfig } from './support/fixtures';
import { expectDocumented, harness } from './support/harness';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

class FakeReader implements TableSchemaReader {
  readonly calls: CqlEndpoint[] = [];
  constructor(private readonly answer: TableGcGrace[] | Error) {}
  userTables(endpoint: CqlEndpoint): Promise<TableGcGrace[]> {
    this.calls.push(endpoint);
    return this.answer instanceof Error ? Promise.reject(this.answer) : Promise.resolve(this.answer);
  }
}

const TABLES: TableGcGrace[] = [
  { keyspace: 'shop', table: 'carts', gcGraceSeconds: 3_600 },
  { keyspace: 'shop', table: 'orders', gcGraceSeconds: 864_000 },
  { keyspace: 'shop', table: 'sessions', gcGraceSeconds: 0 },
];

/** Three live nodes whose last repairs are `repairedAgoMs` before NOW (undefined = never). */
function repairedCluster(repairedAgoMs: Array<number | undefined>, env: Record<string, string> = {}, lastScheduledAgoMs = 0): SchedulerState {
  return createSchedulerState({
    framework: cassandra_mesos.v1.FrameworkRecord.create({ frameworkId: 'fw-123', registeredAtMs: NOW - 30 * DAY, schemaVersion: 1, nextNodeIndex: 3, lastScheduledRepairAtMs: lastScheduledAgoMs ? NOW - lastScheduledAgoMs : 0 }),
    target: { id: TARGET_ID, config: testConfig(env) },
    nodes: repairedAgoMs.map((ago, index) => cassandra_mesos.v1.NodeRecord.create({ ...nodeRecord({ index }), lastRepairAtMs: ago === undefined ? 0 : NOW - ago })),
  });
}

describe('GET /v1/repair/schedule', () => {
  it('shows the schedule and warns for each table whose gc_grace_seconds is shorter than the oldest repair', async () => {
    const reader = new FakeReader(TABLES);
    const state = repairedCluster([2 * DAY, DAY, 2 * HOUR], { CASSANDRA_MESOS_REPAIR_INTERVAL_DAYS: '7', CASSANDRA_MESOS_REPAIR_WINDOW: '01:00-05:00', CASSANDRA_MESOS_NATIVE_PORT: '9142' });
    const { http, api } = harness({ state, service: { schemaReader: reader } });
    const res = await http.get('/v1/repair/schedule');
    expect(res.status).toBe(200);
    expectDocumented(api, 'get', '/v1/repair/schedule', res);
    expect(reader.calls).toEqual([{ host: '10.0.0.10', port: 9142 }]);
    // Due 7 days after the oldest repair (2 days ago), moved to the next 01:00 UTC.
    const due = NOW - 2 * DAY + 7 * DAY;
    const next = Math.floor(due / DAY) * DAY + DAY + HOUR;
    expect(res.body).toEqual({
      intervalDays: 7,
      window: '01:00-05:00',
      nextDueAt: new Date(next).toISOString(),
      lastRepairByNode: { 'node-0': new Date(NOW - 2 * DAY).toISOString(), 'node-1': new Date(NOW - DAY).toISOString(), 'node-2': new Date(NOW - 2 * HOUR).toISOString() },
      gcGraceWarnings: [
        {
          keyspace: 'shop',
          table: 'carts',
          gcGraceSeconds: 3600,
          lastRepairAt: new Date(NOW - 2 * DAY).toISOString(),
          message: expect.stringContaining('shop.carts: the oldest repair (node-0, 2023-11-12T22:13:20.000Z) is 2 days old, longer than gc_grace_seconds 3600 (1 hour)'),
        },
      ],
      checkedNode: 'node-0',
      checkError: null,
    });
    expect(res.body.gcGraceWarnings[0].message).toContain('PUT /v1/repair/start');
  });

  it('warns for every table with a grace period when a node was never repaired; no schedule means no due time', async () => {
    const { http } = harness({ state: repairedCluster([DAY, undefined, HOUR]), service: { schemaReader: new FakeReader(TABLES) } });
    const res = await http.get('/v1/repair/schedule');
    expect(res.body).toMatchObject({ intervalDays: 0, window: null, nextDueAt: null, lastRepairByNode: { 'node-1': null } });
    expect(res.body.gcGraceWarnings.map((w: { table: string; lastRepairAt: string | null }) => [w.table, w.lastRepairAt])).toEqual([
      ['carts', null],
      ['orders', null],
    ]);
    expect(res.body.gcGraceWarnings[1].message).toContain('shop.orders: node-1 was never repaired');
  });

  it('answers 200 with checkError (never a 500) when CQL fails, and when no node is live', async () => {
    const failing = new FakeReader(new Error('All host(s) tried for query failed. First host tried, 10.0.0.10:9042: Error: connect ECONNREFUSED'));
    const { http } = harness({ state: repairedCluster([DAY, DAY, DAY]), service: { schemaReader: failing } });
    const res = await http.get('/v1/repair/schedule');
    expect(res.status).toBe(200);
    expect(res.body.gcGraceWarnings).toEqual([]);
    expect(res.body.checkedNode).toBe('node-0');
    expect(res.body.checkError).toBe(
      'the tables could not be read over CQL from node-0 (10.0.0.10:9042): All host(s) tried for query failed. First host tried, 10.0.0.10:9042: Error: connect ECONNREFUSED; the gc_grace check was skipped, retry later',
    );

    const reader = new FakeReader(TABLES);
    const down = createSchedulerState({ framework: undefined, target: { id: TARGET_ID, config: testConfig() }, nodes: [nodeRecord({ index: 0, live: false })] });
    const none = await harness({ state: down, service: { schemaReader: reader } }).http.get('/v1/repair/schedule');
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ checkedNode: null, checkError: expect.stringContaining('no node is live'), gcGraceWarnings: [] });
    expect(reader.calls).toEqual([]);
  });
});

describe('repair schedule rules', () => {
  const config = (days: number, window = ''): { repairIntervalDays: number; repairWindow: string } => ({ repairIntervalDays: days, repairWindow: window });
  const framework = (registeredAtMs: number, lastScheduledRepairAtMs = 0): cassandra_mesos.v1.FrameworkRecord =>
    cassandra_mesos.v1.FrameworkRecord.create({ registeredAtMs, lastScheduledRepairAtMs });

  it('counts from the latest of the oldest node repair, the last scheduled start and the registration', () => {
    expect(nextRepairDueMs(config(0), framework(NOW), NOW, NOW)).toBeUndefined();
    expect(nextRepairDueMs(config(7), framework(NOW - 30 * DAY), NOW - 3 * DAY, NOW)).toBe(NOW + 4 * DAY);
    expect(nextRepairDueMs(config(7), framework(NOW - 30 * DAY, NOW - DAY), NOW - 3 * DAY, NOW)).toBe(NOW + 6 * DAY);
    // Never repaired and registered long ago: due now, not in the past.
    expect(nextRepairDueMs(config(7), framework(NOW - 30 * DAY), 0, NOW)).toBe(NOW);
    // Registered a day ago: the first repair is due an interval after registration.
    expect(nextRepairDueMs(config(7), framework(NOW - DAY), 0, NOW)).toBe(NOW + 6 * DAY);
  });

  it('moves the due time into the window, also across midnight', () => {
    const midnight = Math.floor(NOW / DAY) * DAY; // NOW is 22:13 UTC
    expect(nextRepairDueMs(config(1, '01:00-05:00'), framework(NOW - 30 * DAY), 0, NOW)).toBe(midnight + DAY + HOUR);
    expect(nextRepairDueMs(config(1, '22:00-04:00'), framework(NOW - 30 * DAY), 0, NOW)).toBe(NOW);
    expect(nextRepairDueMs(config(1, '23:00-04:00'), framework(NOW - 30 * DAY), 0, NOW)).toBe(midnight + 23 * HOUR);
  });

  it('words durations for messages', () => {
    expect([864_000, 3_600, 90_000, 3 * 86_400 + 43_200, 120, 1].map(humanDuration)).toEqual(['10 days', '1 hour', '25 hours', '3.5 days', '2 minutes', '1 second']);
  });
});
