// Timers longer than Node's limit, and the stall/drop hooks of subscription streams.
/* eslint-disable @typescript-eslint/no-unsafe-member-access -- events are checked as raw wire JSON, which is untyped on purpose */
import { systemClock } from '../../src/master/clock';
import { Subscription, call, frameworkInfo, sleep, startHarness, subscribeCall, type Harness } from './support/harness';

describe('systemClock', () => {
  it('does not fire a four-week timer at once', async () => {
    const fired = jest.fn();
    const t = systemClock.setTimeout(fired, 4 * 7 * 24 * 3600 * 1000);
    await sleep(20);
    t.cancel();
    expect(fired).not.toHaveBeenCalled();
  });
});

describe('stream fault hooks', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ agents: 0, master: { heartbeatIntervalSeconds: 0.03 } });
  });
  afterEach(async () => {
    await h.close();
  });

  it('stalls a stream without closing it, then resumes it', async () => {
    const sub = await Subscription.open(h.port, subscribeCall(frameworkInfo({ failover_timeout: 60 })));
    await sub.next('HEARTBEAT');
    expect(h.master.stallStream(sub.frameworkId, true)).toBe(true);
    sub.events.splice(0);
    await call(h, sub, { type: 'RECONCILE', reconcile: { tasks: [{ task_id: { value: 'x' } }] } });
    await sleep(150);
    expect(sub.events).toHaveLength(0);
    expect(sub.ended).toBe(false);
    expect(h.master.stallStream(sub.frameworkId, false)).toBe(true);
    expect((await sub.update('x')).update.status.state).toBe('TASK_LOST');
    await sub.next('HEARTBEAT');
    sub.close();
  });

  it('drops a stream: the framework is disconnected (403) until it resubscribes', async () => {
    const sub = await Subscription.open(h.port, subscribeCall(frameworkInfo({ failover_timeout: 60 })));
    await sub.next('SUBSCRIBED');
    expect(h.master.dropStream(sub.frameworkId)).toBe(true);
    await sub.waitEnded();
    expect((await call(h, sub, { type: 'REVIVE' })).status).toBe(403);
    expect(h.master.dropStream(sub.frameworkId)).toBe(false);
  });
});
