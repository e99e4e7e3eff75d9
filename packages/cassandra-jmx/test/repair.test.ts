import {
  CassandraJmx,
  CassandraOperationFailedError,
  JmxAbortedError,
  JmxOperationError,
  parseParentRepairStatus,
  RepairTimeoutError,
  repairOptionsMap,
  type RepairProgress,
} from '../src';
import { FakeJolokia, jmxError, ok } from './fake-jolokia';

const REPAIR_ASYNC = 'repairAsync(java.lang.String,java.util.Map)';
const STATUS = 'getParentRepairStatus(int)';
const TERMINATE = 'forceTerminateAllRepairSessions()';

let fake: FakeJolokia;
beforeEach(async () => {
  fake = await FakeJolokia.start();
});
afterEach(async () => {
  await fake.stop();
});

const jmx = (): CassandraJmx => new CassandraJmx({ url: fake.url, releaseVersion: '5.0.9', timeoutMs: 2000 });
const ops = (): string[] => fake.sent.map((r) => String(r['operation']));

/** A node whose repair `cmd` answers the given statuses in turn (the last one repeats). */
function repairingNode(cmd: number, statuses: Array<unknown[] | null>): void {
  let polls = 0;
  fake.handler = (reqs) =>
    reqs.map((r) => {
      switch (r['operation']) {
        case REPAIR_ASYNC:
          return ok(cmd);
        case STATUS:
          expect(r['arguments']).toEqual([cmd]);
          return ok(statuses[Math.min(polls++, statuses.length - 1)]);
        case TERMINATE:
          return ok(null);
        default:
          return jmxError(400, 'java.lang.IllegalArgumentException', `unexpected ${String(r['operation'])}`);
      }
    });
}

describe('repair', () => {
  it('starts repairAsync with the typed options as a string map and polls until COMPLETED, reporting progress', async () => {
    repairingNode(7, [
      null,
      ['IN_PROGRESS'],
      ['IN_PROGRESS', 'session 1 done'],
      ['COMPLETED', 'Repair command #7 finished'],
    ]);
    const progress: RepairProgress[] = [];
    const result = await jmx().repair(
      'ks1',
      {
        tables: ['a', 'b'],
        primaryRange: true,
        parallelism: 'dc_parallel',
        incremental: false,
        dataCenters: ['dc1'],
        jobThreads: 2,
      },
      { pollIntervalMs: 10, onProgress: (p) => progress.push(p) },
    );
    expect(result).toMatchObject({
      keyspace: 'ks1',
      command: 7,
      status: 'COMPLETED',
      messages: ['Repair command #7 finished'],
    });
    expect(fake.sent[0]).toEqual({
      type: 'exec',
      mbean: 'org.apache.cassandra.db:type=StorageService',
      operation: REPAIR_ASYNC,
      arguments: [
        'ks1',
        {
          parallelism: 'dc_parallel',
          incremental: 'false',
          primaryRange: 'true',
          columnFamilies: 'a,b',
          dataCenters: 'dc1',
          jobThreads: '2',
        },
      ],
    });
    expect(ops()).toEqual([REPAIR_ASYNC, STATUS, STATUS, STATUS, STATUS]);
    expect(progress.map((p) => [p.status, p.messages])).toEqual([
      ['UNKNOWN', []],
      ['IN_PROGRESS', []],
      ['IN_PROGRESS', ['session 1 done']],
    ]);
  });

  it('treats command 0 as nothing to repair (success without polling)', async () => {
    repairingNode(0, []);
    const result = await jmx().repair('empty_ks', {}, { pollIntervalMs: 10 });
    expect(result).toMatchObject({ command: 0, status: 'NOTHING_TO_REPAIR' });
    expect(ops()).toEqual([REPAIR_ASYNC]);
  });

  it('throws CassandraOperationFailedError with the messages when the repair FAILED', async () => {
    repairingNode(3, [['IN_PROGRESS'], ['FAILED', 'Repair session abc failed', 'Endpoint /127.0.0.2 died']]);
    const err = await jmx()
      .repair('ks1', {}, { pollIntervalMs: 10 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CassandraOperationFailedError);
    expect((err as Error).message).toBe(
      'repair(ks1) on 127.0.0.1: repair of keyspace ks1 (command 3) failed: Repair session abc failed; Endpoint /127.0.0.2 died',
    );
    expect((err as CassandraOperationFailedError).details).toEqual([
      'Repair session abc failed',
      'Endpoint /127.0.0.2 died',
    ]);
  });

  it('on the overall timeout terminates all repair sessions and throws RepairTimeoutError naming keyspace and node', async () => {
    repairingNode(9, [['IN_PROGRESS']]);
    const started = Date.now();
    const err = await jmx()
      .repair('slow_ks', {}, { timeoutMs: 150, pollIntervalMs: 20 })
      .catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(err).toBeInstanceOf(RepairTimeoutError);
    expect(err).toMatchObject({
      keyspace: 'slow_ks',
      command: 9,
      node: '127.0.0.1',
      terminated: true,
      timeoutMs: 150,
    });
    expect((err as Error).message).toMatch(
      /^repair\(slow_ks\) on 127\.0\.0\.1: repair of keyspace slow_ks \(command 9\) did not finish within 150 ms; all repair sessions were terminated$/,
    );
    expect(ops().at(-1)).toBe(TERMINATE);
  });

  it('stops at once when aborted, terminating the repair sessions', async () => {
    repairingNode(4, [['IN_PROGRESS']]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 80);
    const started = Date.now();
    const err = await jmx()
      .repair('ks1', {}, { pollIntervalMs: 5000, signal: controller.signal })
      .catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(err).toBeInstanceOf(JmxAbortedError);
    expect((err as Error).message).toContain(
      'repair of keyspace ks1 (command 4) aborted; all repair sessions were terminated',
    );
    expect(ops()).toEqual([REPAIR_ASYNC, TERMINATE]);
  });

  it('tolerates a few transport failures while polling, then gives up', async () => {
    let polls = 0;
    fake.handler = (reqs) => {
      if (reqs[0]?.['operation'] === STATUS && ++polls <= 2)
        return { raw: { status: 200, body: '[]', delayMs: 300 } };
      return reqs.map((r) => (r['operation'] === REPAIR_ASYNC ? ok(5) : ok(['COMPLETED'])));
    };
    const result = await jmx().repair('ks1', {}, { pollIntervalMs: 10, callTimeoutMs: 100 });
    expect(result.status).toBe('COMPLETED');
    expect(polls).toBe(3);
  });

  it('passes the JMX error of repairAsync through, named after the keyspace', async () => {
    fake.handler = () => [jmxError(500, 'java.lang.AssertionError', 'Unknown keyspace nope')];
    const err = await jmx()
      .repair('nope')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JmxOperationError);
    expect((err as Error).message).toBe(
      'repair(nope) on 127.0.0.1: Unknown keyspace nope (java.lang.AssertionError)',
    );
  });

  it('validates options before sending anything', async () => {
    await expect(jmx().repair('ks', { jobThreads: 9 })).rejects.toThrow(/jobThreads must be 1..4/);
    await expect(jmx().repair('ks', { parallelism: 'fast' as never })).rejects.toThrow(
      /invalid repair parallelism/,
    );
    await expect(jmx().repair('ks; drop', {})).rejects.toThrow(/invalid keyspace name/);
    await expect(jmx().repair('ks', { tables: ['a,b'] })).rejects.toThrow(/invalid table name/);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('repair options and status parsing', () => {
  it('always sends parallelism, incremental and primaryRange; renders ranges, hosts and flags', () => {
    expect(repairOptionsMap()).toEqual({
      parallelism: 'parallel',
      incremental: 'false',
      primaryRange: 'false',
    });
    expect(
      repairOptionsMap({
        hosts: ['127.0.0.1', '127.0.0.2'],
        ranges: [
          { start: '-100', end: '0' },
          { start: '0', end: '100' },
        ],
        trace: true,
        pullRepair: true,
        forceRepair: false,
        previewKind: 'unrepaired',
        optimiseStreams: true,
        ignoreUnreplicatedKeyspaces: true,
        repairPaxos: false,
        paxosOnly: false,
      }),
    ).toEqual({
      parallelism: 'parallel',
      incremental: 'false',
      primaryRange: 'false',
      hosts: '127.0.0.1,127.0.0.2',
      ranges: '-100:0,0:100',
      trace: 'true',
      pullRepair: 'true',
      forceRepair: 'false',
      previewKind: 'UNREPAIRED',
      optimiseStreams: 'true',
      ignoreUnreplicatedKeyspaces: 'true',
      repairPaxos: 'false',
      paxosOnly: 'false',
    });
    expect(() => repairOptionsMap({ ranges: [{ start: '1;', end: '2' }] })).toThrow(/invalid token range/);
  });

  it('parses getParentRepairStatus answers', () => {
    expect(parseParentRepairStatus(null)).toEqual({ state: 'UNKNOWN', messages: [] });
    expect(parseParentRepairStatus(['COMPLETED', 'a'])).toEqual({ state: 'COMPLETED', messages: ['a'] });
    expect(parseParentRepairStatus(['WEIRD'])).toEqual({ state: 'UNKNOWN', messages: ['WEIRD'] });
  });
});
