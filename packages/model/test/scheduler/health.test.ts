import type { cassandra_mesos } from '../../src/gen/cassandra_mesos';
import { healthSaysLive } from '../../src/scheduler/node-facts';
import { appendHealthHistory, derivePlans, healthSummary, isLive } from '../../src/scheduler';
import { health, ofType } from './support/fixtures';
import { deployedDriver } from './support/deployed';

describe('health checks from executors', () => {
  it('keeps the latest summary, writes an unchanged one back only now and then, and records history', () => {
    const d = deployedDriver();
    const changed = d.feed(health(d.node('node-0'), { checkedAtMs: d.nowMs, mode: 'NORMAL', loadBytes: 5_000_000 }));
    expect(ofType(changed, 'persist-node')[0]?.node.health).toMatchObject({ loadBytes: 5_000_000, checkedAtMs: d.nowMs });
    expect(ofType(changed, 'persist-health')).toHaveLength(1);
    expect(d.node('node-0').hostId).toBe('host-id-node-0');
    const same = d.feed(health(d.node('node-0'), { checkedAtMs: d.nowMs + 10_000, loadBytes: 5_100_000 }), 10_000);
    expect(same).toEqual([]);
    const refreshed = d.feed(health(d.node('node-0'), { checkedAtMs: d.nowMs + 300_000, loadBytes: 5_100_000 }), 300_000);
    expect(ofType(refreshed, 'persist-health')).toHaveLength(1);
  });

  it('a node that leaves NORMAL is no longer live', () => {
    const d = deployedDriver();
    d.feed(health(d.node('node-2'), { checkedAtMs: d.nowMs, mode: 'DRAINED', native: false }));
    expect(d.node('node-2').health).toMatchObject({ operationMode: 'DRAINED', nativeTransportRunning: false });
    expect(isLive(d.node('node-2'))).toBe(false);
    expect(derivePlans(d.state, d.nowMs)[1]?.phases[0]?.steps[2]).toMatchObject({ status: 'IN_PROGRESS', message: 'starting: TASK_RUNNING, Cassandra DRAINED' });
  });

  it('drops out-of-order checks, messages of an old executor, and malformed messages', () => {
    const d = deployedDriver();
    d.feed(health(d.node('node-1'), { checkedAtMs: d.nowMs, mode: 'NORMAL' }));
    const late = d.feed(health(d.node('node-1'), { checkedAtMs: d.nowMs - 5_000, mode: 'JOINING' }));
    expect(ofType(late, 'log')[0]?.reason).toContain('out-of-order');
    expect(d.node('node-1').health?.operationMode).toBe('NORMAL');
    const stale = d.feed(health(d.node('node-1'), { checkedAtMs: d.nowMs + 1, mode: 'JOINING', executorId: 'node-1-executor-9' }));
    expect(ofType(stale, 'log')[0]?.reason).toContain('now uses executor node-1-executor-0');
    const garbage = d.feed({ type: 'framework-message', agentId: 'agent-2', executorId: 'node-1-executor-0', data: Uint8Array.from([0xff, 0xff, 0xff]) });
    expect(garbage).toEqual([expect.objectContaining({ type: 'log', level: 'warn' })]);
    expect(garbage[0]?.reason).toContain('cannot decode cassandra_mesos.v1.ExecutorMessage');
  });
});

describe('appendHealthHistory', () => {
  const summary = (mode: string, at: number) => healthSummary({ healthy: true, checkedAtMs: at, info: { operationMode: mode, nativeTransportRunning: true } }, at);

  it('compacts runs of the same state and keeps at most maxEntries', () => {
    let h: cassandra_mesos.v1.NodeHealthHistory | undefined;
    h = appendHealthHistory(h, 'node-0', summary('JOINING', 1), 2);
    h = appendHealthHistory(h, 'node-0', summary('NORMAL', 2), 2);
    h = appendHealthHistory(h, 'node-0', summary('NORMAL', 3), 2);
    expect(h.entries.map((e) => [e.summary?.operationMode, e.firstSeenMs, e.lastSeenMs, e.count])).toEqual([
      ['JOINING', 1, 1, 1],
      ['NORMAL', 2, 3, 2],
    ]);
    h = appendHealthHistory(h, 'node-0', summary('DRAINED', 4), 2);
    expect(h.entries.map((e) => e.summary?.operationMode)).toEqual(['NORMAL', 'DRAINED']);
  });
});

describe('healthSaysLive', () => {
  it('accepts NORMAL and DECOMMISSION_FAILED (a refused decommission leaves a serving member), nothing else', () => {
    const base = { healthy: true, nativeTransportRunning: true };
    expect(healthSaysLive({ ...base, operationMode: 'NORMAL' })).toBe(true);
    expect(healthSaysLive({ ...base, operationMode: 'DECOMMISSION_FAILED' })).toBe(true);
    expect(healthSaysLive({ ...base, operationMode: 'LEAVING' })).toBe(false);
    expect(healthSaysLive({ ...base, operationMode: 'DECOMMISSION_FAILED', healthy: false })).toBe(false);
  });
});
