// HealthReporter on a fake clock with a scripted Jolokia read.
import type { NodeHealth } from '@cassandra-mesos/cassandra-jmx';
import type { cassandra_mesos } from '@cassandra-mesos/model';
import { HealthReporter, healthIntervalMs, type HealthReporterOptions } from '../../src';
import { FakeClock } from '../support/fake-clock';

function health(fields: Partial<NodeHealth> = {}): NodeHealth {
  return { node: '10.0.0.1', checkedAt: 0, missing: [], operationMode: 'NORMAL', nativeTransportRunning: true, gossipRunning: true, liveNodes: ['10.0.0.1'], ...fields };
}

interface Harness {
  reporter: HealthReporter;
  clock: FakeClock;
  sent: cassandra_mesos.v1.HealthCheckDetails[];
  reads: AbortSignal[];
  /** What the next reads answer: a NodeHealth, an Error to throw, or 'hang'. */
  answer: NodeHealth | Error | 'hang';
  /** Advances the clock in poll steps, letting each read settle. */
  run(ms: number): Promise<void>;
}

function harness(options: Partial<HealthReporterOptions> = {}): Harness {
  const clock = new FakeClock();
  const h: Harness = {
    clock,
    sent: [],
    reads: [],
    answer: health(),
    reporter: undefined as unknown as HealthReporter,
    async run(ms) {
      for (let t = 0; t < ms; t += 1_000) {
        clock.advance(Math.min(1_000, ms - t));
        await settle();
      }
    },
  };
  h.reporter = new HealthReporter({
    clock,
    intervalMs: 10_000,
    pollMs: 1_000,
    readTimeoutMs: 3_500,
    endpoint: '10.0.0.1:7000',
    read: (signal) => {
      h.reads.push(signal);
      const answer = h.answer;
      if (answer === 'hang') return new Promise<NodeHealth>(() => undefined);
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
    send: (d) => h.sent.push(d),
    ...options,
  });
  return h;
}

function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

describe('HealthReporter', () => {
  it('reads every pollMs but sends only every intervalMs while nothing changes', async () => {
    const h = harness();
    const t0 = h.clock.now();
    h.reporter.start();
    await settle();
    expect(h.sent).toHaveLength(1); // the first check is always reported
    expect(h.sent[0]).toMatchObject({ healthy: true, message: '', checkedAtMs: t0, roundTripMs: 0, info: { operationMode: 'NORMAL', endpoint: '10.0.0.1:7000', liveNodes: ['10.0.0.1'] } });
    await h.run(25_000);
    expect(h.reads).toHaveLength(26);
    expect(h.sent.map((d) => d.checkedAtMs - t0)).toEqual([0, 10_000, 20_000]);
    h.reporter.stop();
    expect(h.clock.pendingCount).toBe(0);
  });

  it('sends at once when the operation mode, native transport, gossip or health changes', async () => {
    const h = harness();
    h.answer = health({ operationMode: 'JOINING', nativeTransportRunning: false });
    const t0 = h.clock.now();
    h.reporter.start();
    await settle();
    await h.run(3_000);
    h.answer = health({ operationMode: 'NORMAL', nativeTransportRunning: false });
    await h.run(1_000);
    h.answer = health({ operationMode: 'NORMAL', nativeTransportRunning: true });
    await h.run(1_000);
    h.answer = health({ operationMode: 'NORMAL', nativeTransportRunning: true, gossipRunning: false });
    await h.run(1_000);
    h.answer = health({ operationMode: 'NORMAL', nativeTransportRunning: true, gossipRunning: false, loadBytes: 99 }); // not a state change
    await h.run(1_000);
    expect(h.sent.map((d) => [d.checkedAtMs - t0, d.info?.operationMode, d.info?.nativeTransportRunning, d.info?.gossipRunning])).toEqual([
      [0, 'JOINING', false, true],
      [4_000, 'NORMAL', false, true],
      [5_000, 'NORMAL', true, true],
      [6_000, 'NORMAL', true, false],
    ]);
    h.reporter.stop();
  });

  it('never overlaps reads: a tick during a read is skipped; a hanging read is abandoned and reported unhealthy', async () => {
    const h = harness();
    h.reporter.start();
    await settle();
    h.answer = 'hang';
    await h.run(1_000); // read 2 starts and hangs
    expect(h.reads).toHaveLength(2);
    await h.run(3_000); // ticks at +2 s, +3 s and +4 s find it still running
    expect(h.reads).toHaveLength(2);
    expect(h.reporter.skippedTicks).toBe(3);
    await h.run(500); // its read timeout (3.5 s) passes
    expect(h.reads[1]?.aborted).toBe(true);
    expect(h.sent[h.sent.length - 1]).toMatchObject({ healthy: false, message: 'the health read got no answer from Jolokia within 3500 ms', roundTripMs: 3_500 });
    expect(h.sent[h.sent.length - 1]?.info).toBeNull();
    h.answer = health();
    await h.run(1_000);
    expect(h.reads).toHaveLength(3);
    expect(h.sent[h.sent.length - 1]).toMatchObject({ healthy: true });
    h.reporter.stop();
  });

  it('a failed read reports healthy=false with the error text, at once', async () => {
    const h = harness();
    h.reporter.start();
    await settle();
    h.answer = new Error('health on 10.0.0.1: Jolokia agent unreachable: connect ECONNREFUSED 10.0.0.1:8778');
    await h.run(1_000);
    expect(h.sent).toHaveLength(2);
    expect(h.sent[1]).toMatchObject({ healthy: false, message: 'health on 10.0.0.1: Jolokia agent unreachable: connect ECONNREFUSED 10.0.0.1:8778' });
    expect(h.sent[1]?.info).toBeNull();
    await h.run(3_000); // still failing: no change, so no new report before the interval
    expect(h.sent).toHaveLength(2);
    h.reporter.stop();
  });

  it('reports unhealthy without asking Jolokia when the process is not running', async () => {
    let running = true;
    const h = harness({ processRunning: () => running });
    h.reporter.start();
    await settle();
    running = false;
    await h.run(1_000);
    expect(h.reads).toHaveLength(1);
    expect(h.sent[1]).toMatchObject({ healthy: false, message: 'the Cassandra process is not running' });
    h.reporter.stop();
  });

  it('checkNow answers with a fresh read that is sent even without a change, joining a running read', async () => {
    const h = harness();
    h.reporter.start();
    await settle();
    h.clock.advance(300);
    const fresh = await h.reporter.checkNow();
    expect(h.reads).toHaveLength(2);
    expect(h.sent).toHaveLength(2);
    expect(h.sent[1]).toBe(fresh);

    h.answer = 'hang';
    h.clock.advance(700); // the tick's read starts and hangs
    const joined = h.reporter.checkNow();
    expect(h.reads).toHaveLength(3);
    h.clock.advance(3_500);
    expect(await joined).toMatchObject({ healthy: false });
    expect(h.reads).toHaveLength(3);
    h.reporter.stop();
    expect(await h.reporter.checkNow()).toMatchObject({ healthy: false, message: 'health checks have stopped: the server task has ended' });
  });

  it('stop() ends the ticks and abandons a running read without sending it', async () => {
    const h = harness();
    h.answer = 'hang';
    h.reporter.start();
    h.reporter.stop();
    await settle();
    expect(h.reads[0]?.aborted).toBe(true);
    await h.run(20_000);
    expect(h.reads).toHaveLength(1);
    expect(h.sent).toEqual([]);
    expect(h.clock.pendingCount).toBe(0);
  });

  it('rejects nonsensical periods and maps health_check_interval_seconds', () => {
    expect(() => harness({ intervalMs: 0 })).toThrow('HealthReporter: intervalMs must be a positive number of ms, got 0');
    expect(healthIntervalMs(15)).toBe(15_000);
    expect(healthIntervalMs(0)).toBe(30_000);
    expect(healthIntervalMs(undefined)).toBe(30_000);
  });
});
