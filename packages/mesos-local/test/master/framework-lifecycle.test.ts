// §1.5 / §4.1: subscription, failover and fencing, the failover timer, TEARDOWN, UPDATE_FRAMEWORK.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-return -- events are checked as raw wire JSON, which is untyped on purpose */
import { Subscription, call, frameworkInfo, postJson, sleep, startHarness, subscribeCall, subscribeFramework, type Harness, type Json } from './support/harness';

describe('framework lifecycle', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('assigns <masterId>-NNNN framework IDs', async () => {
    const a = await subscribeFramework(h);
    const b = await subscribeFramework(h);
    expect([a.frameworkId, b.frameworkId]).toEqual(['m1-0000', 'm1-0001']);
    a.close();
    b.close();
  });

  it('fences the old stream on failover: ERROR "Framework failed over", old stream ID gets 400', async () => {
    const first = await subscribeFramework(h, frameworkInfo({ failover_timeout: 60, checkpoint: true }));
    const id = first.frameworkId;
    const second = await Subscription.open(h.port, subscribeCall(frameworkInfo({ id: { value: id }, failover_timeout: 60, user: 'someone-else', checkpoint: false }), { framework_id: { value: id } }));
    expect((await second.next('SUBSCRIBED')).subscribed.framework_id.value).toBe(id);
    expect((await first.next('ERROR')).error.message).toBe('Framework failed over');
    await first.waitEnded();
    const stale = await call(h, first, { type: 'REVIVE' });
    expect(stale.status).toBe(400);
    expect(second.streamId).not.toBe(first.streamId);
    expect((await postJson(h, { type: 'REVIVE', framework_id: { value: id } }, { 'Mesos-Stream-Id': second.streamId })).status).toBe(202);
    const fw = (h.master.state().frameworks as Json[])[0] as Json;
    expect([fw.user, fw.checkpoint]).toEqual(['nobody', true]); // user and checkpoint kept on resubscribe
    expect(h.agents[0]?.called('frameworkSubscribed').length).toBe(2);
    second.close();
  });

  it('removes the framework when the failover timeout expires: executors shut down, ID completed', async () => {
    const sub = await subscribeFramework(h, frameworkInfo({ failover_timeout: 0.1 }));
    const id = sub.frameworkId;
    sub.close();
    await sleep(50);
    expect(h.agents[0]?.called('shutdownFramework')).toHaveLength(0);
    await sleep(150);
    expect(h.agents[0]?.called('shutdownFramework').map((c) => c.args[0])).toEqual([id]);
    const again = await Subscription.open(h.port, subscribeCall(frameworkInfo({ id: { value: id } }), { framework_id: { value: id } }));
    expect(again.status).toBe(200);
    expect((await again.next('ERROR')).error.message).toBe('Framework has been removed');
    await again.waitEnded();
    expect((h.master.state().completed_frameworks as Json[]).map((f) => f.id)).toEqual([id]);
  });

  it('keeps the framework while it resubscribes within the failover timeout', async () => {
    const sub = await subscribeFramework(h, frameworkInfo({ failover_timeout: 0.2 }));
    const id = sub.frameworkId;
    sub.close();
    await sleep(50);
    const again = await Subscription.open(h.port, subscribeCall(frameworkInfo({ id: { value: id }, failover_timeout: 0.2 }), { framework_id: { value: id } }));
    await again.next('SUBSCRIBED');
    await sleep(300);
    expect(h.agents[0]?.called('shutdownFramework')).toHaveLength(0);
    again.close();
  });

  it('TEARDOWN shuts the framework down at once and closes its stream', async () => {
    const sub = await subscribeFramework(h, frameworkInfo({ failover_timeout: 3600 }));
    expect((await call(h, sub, { type: 'TEARDOWN' })).status).toBe(202);
    await sub.waitEnded();
    expect(h.agents[0]?.called('shutdownFramework').map((c) => c.args[0])).toEqual([sub.frameworkId]);
    const again = await Subscription.open(h.port, subscribeCall(frameworkInfo({ id: { value: sub.frameworkId } }), { framework_id: { value: sub.frameworkId } }));
    expect((await again.next('ERROR')).error.message).toBe('Framework has been removed');
  });

  it('accepts an unknown framework ID as a recovered framework', async () => {
    const sub = await Subscription.open(h.port, subscribeCall(frameworkInfo({ id: { value: 'old-master-0007' } }), { framework_id: { value: 'old-master-0007' } }));
    expect((await sub.next('SUBSCRIBED')).subscribed.framework_id.value).toBe('old-master-0007');
    sub.close();
  });

  it.each([
    [frameworkInfo({ role: 'a', capabilities: [{ type: 'MULTI_ROLE' }] }), "'FrameworkInfo.role' must not be set when the framework is MULTI_ROLE capable"],
    [frameworkInfo({ roles: ['a'] }), "'FrameworkInfo.roles' must not be set when the framework is not MULTI_ROLE capable"],
    [frameworkInfo({ roles: ['a', 'a'], capabilities: [{ type: 'MULTI_ROLE' }] }), "'FrameworkInfo.roles' contains duplicate items"],
    [frameworkInfo({ role: '-bad' }), "Invalid role: Role '-bad' cannot have a path component starting with '-'"],
  ])('answers an invalid FrameworkInfo with 200, ERROR and close (%#)', async (info, message) => {
    const sub = await Subscription.open(h.port, subscribeCall(info));
    expect(sub.status).toBe(200);
    expect((await sub.next('ERROR')).error.message).toBe(message);
    await sub.waitEnded();
    expect(sub.peek('SUBSCRIBED')).toHaveLength(0);
  });

  it('UPDATE_FRAMEWORK: 200 when applied, 400 for principal/user/checkpoint changes', async () => {
    const info = frameworkInfo({ principal: 'p', capabilities: [{ type: 'MULTI_ROLE' }], roles: ['a'] });
    const sub = await subscribeFramework(h, info);
    const id = { value: sub.frameworkId };
    const ok = await call(h, sub, { type: 'UPDATE_FRAMEWORK', update_framework: { framework_info: { ...info, id, name: 'renamed', roles: ['a', 'b'] } } });
    expect([ok.status, ok.text]).toEqual([200, '']);
    expect(((h.master.state().frameworks as Json[])[0] as Json).roles).toEqual(['a', 'b']);
    const user = await call(h, sub, { type: 'UPDATE_FRAMEWORK', update_framework: { framework_info: { ...info, id, user: 'root' } } });
    expect(user.status).toBe(400);
    expect(user.text).toBe("Updating 'FrameworkInfo.user' is unsupported; attempted to update from 'nobody' to 'root'");
    const principal = await call(h, sub, { type: 'UPDATE_FRAMEWORK', update_framework: { framework_info: { ...info, id, principal: 'q' } } });
    expect(principal.status).toBe(400);
    const checkpoint = await call(h, sub, { type: 'UPDATE_FRAMEWORK', update_framework: { framework_info: { ...info, id, checkpoint: true } } });
    expect(checkpoint.status).toBe(400);
    const mismatch = await call(h, sub, { type: 'UPDATE_FRAMEWORK', update_framework: { framework_info: { ...info, id: { value: 'x' } } } });
    expect(mismatch.text).toBe("Failed to validate scheduler::Call: 'framework_id' differs from 'update_framework.framework_info.id'");
    sub.close();
  });
});
