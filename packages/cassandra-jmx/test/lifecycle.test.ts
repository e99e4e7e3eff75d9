import {
  CassandraJmx,
  CassandraOperationFailedError,
  JmxAbortedError,
  JmxOperationError,
  JmxTimeoutError,
} from '../src';
import { FakeJolokia, jmxError, ok } from './fake-jolokia';

let fake: FakeJolokia;
beforeEach(async () => {
  fake = await FakeJolokia.start();
});
afterEach(async () => {
  await fake.stop();
});

const jmx = (timeoutMs = 2000): CassandraJmx =>
  new CassandraJmx({ url: fake.url, releaseVersion: '5.0.9', timeoutMs });

/** A node whose long operation `signature` hangs (longer than the firing call's timeout) while OperationMode walks through `modes`. */
function nodeWith(
  signature: string,
  modes: string[],
  fire: () => unknown[] | { raw: { status: number; body: string; delayMs?: number } } | Promise<unknown[]>,
): void {
  let reads = 0;
  fake.handler = (reqs) => {
    if (reqs[0]?.['operation'] === signature) return fire();
    return reqs.map((r) =>
      r['attribute'] === 'OperationMode'
        ? ok(modes[Math.min(reads++, modes.length - 1)])
        : jmxError(400, 'x', 'unexpected'),
    );
  };
}

describe('drain', () => {
  it('fires drain() and confirms via OperationMode DRAINED, tolerating the firing call losing its connection', async () => {
    nodeWith('drain()', ['NORMAL', 'DRAINING', 'DRAINING', 'DRAINING', 'DRAINING', 'DRAINED'], () => ({
      raw: { status: 0, body: '' },
    }));
    const seen: string[] = [];
    await jmx().drain({ timeoutMs: 2000, pollIntervalMs: 20, onMode: (m) => seen.push(m) });
    expect(seen).toEqual(['NORMAL', 'DRAINING', 'DRAINING', 'DRAINING', 'DRAINING', 'DRAINED']);
    expect(fake.sent.find((r) => r['operation'] === 'drain()')).toEqual({
      type: 'exec',
      mbean: 'org.apache.cassandra.db:type=StorageService',
      operation: 'drain()',
      arguments: [],
    });
  });

  it('times out with a typed error when DRAINED never comes', async () => {
    nodeWith('drain()', ['DRAINING'], () => [ok(null)]);
    const err = await jmx()
      .drain({ timeoutMs: 100, pollIntervalMs: 10 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JmxTimeoutError);
    expect((err as Error).message).toBe(
      'drain on 127.0.0.1: OperationMode did not reach DRAINED within 100 ms (last seen: DRAINING)',
    );
  });

  it('stops waiting when aborted', async () => {
    nodeWith('drain()', ['DRAINING'], () => [ok(null)]);
    const err = await jmx()
      .drain({ timeoutMs: 10_000, pollIntervalMs: 10, signal: AbortSignal.timeout(50) })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JmxAbortedError);
    expect((err as Error).message).toMatch(/may still complete/);
  });
});

describe('decommission', () => {
  it('sends decommission(boolean) with force and waits for DECOMMISSIONED', async () => {
    nodeWith('decommission(boolean)', ['NORMAL', 'LEAVING', 'DECOMMISSIONED'], () => [ok(null)]);
    await jmx().decommission({ force: true, pollIntervalMs: 10 });
    expect(fake.sent.find((r) => r['operation'] === 'decommission(boolean)')?.['arguments']).toEqual([true]);
  });

  it('surfaces the JMX error of the firing call (e.g. replication factor) as JmxOperationError', async () => {
    nodeWith('decommission(boolean)', ['NORMAL'], () => [
      jmxError(
        500,
        'java.lang.UnsupportedOperationException',
        'Not enough live nodes to maintain replication factor',
      ),
    ]);
    const err = await jmx()
      .decommission({ pollIntervalMs: 10, timeoutMs: 2000 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JmxOperationError);
    expect((err as Error).message).toBe(
      'decommission on 127.0.0.1: Not enough live nodes to maintain replication factor (java.lang.UnsupportedOperationException)',
    );
  });

  it('fails on DECOMMISSION_FAILED', async () => {
    nodeWith('decommission(boolean)', ['LEAVING', 'DECOMMISSION_FAILED'], () => ({
      raw: { status: 200, body: '[]', delayMs: 5000 },
    }));
    const err = await jmx(100)
      .decommission({ pollIntervalMs: 10, timeoutMs: 300 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CassandraOperationFailedError);
    expect((err as Error).message).toMatch(/DECOMMISSION_FAILED/);
  });

  it('retries after a previous failed attempt: the DECOMMISSION_FAILED left from it is not this attempt\'s', async () => {
    nodeWith('decommission(boolean)', ['DECOMMISSION_FAILED', 'DECOMMISSION_FAILED', 'LEAVING', 'DECOMMISSIONED'], () => ({
      raw: { status: 200, body: '[]', delayMs: 5000 },
    }));
    await jmx().decommission({ pollIntervalMs: 10, timeoutMs: 2000 });
  });

  it("prefers the firing call's JMX error (the reason) when OperationMode already says DECOMMISSION_FAILED", async () => {
    nodeWith('decommission(boolean)', ['DECOMMISSION_FAILED'], async () => {
      await fake.delay(100);
      return [
        jmxError(
          500,
          'java.lang.UnsupportedOperationException',
          'Not enough live nodes to maintain replication factor in keyspace ks',
        ),
      ];
    });
    const err = await jmx()
      .decommission({ pollIntervalMs: 10, timeoutMs: 2000 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JmxOperationError);
    expect((err as Error).message).toMatch(/replication factor in keyspace ks/);
  });
});

describe('removeNode', () => {
  it('sends removeNode(java.lang.String) and reads RemovalStatusWithPort', async () => {
    fake.handler = (reqs) =>
      reqs.map((r) => (r['type'] === 'read' ? ok('No token removals in process.') : ok(null)));
    await jmx().removeNode('6c1c8a4e-4b8e-4a43-9a4e-2f1a1b9c0d11');
    expect(await jmx().removalStatus()).toBe('No token removals in process.');
    expect(fake.sent).toEqual([
      {
        type: 'exec',
        mbean: 'org.apache.cassandra.db:type=StorageService',
        operation: 'removeNode(java.lang.String)',
        arguments: ['6c1c8a4e-4b8e-4a43-9a4e-2f1a1b9c0d11'],
      },
      {
        type: 'read',
        mbean: 'org.apache.cassandra.db:type=StorageService',
        attribute: 'RemovalStatusWithPort',
      },
    ]);
    await expect(jmx().removeNode('not-a-uuid')).rejects.toThrow(/invalid host id/);
  });
});
