// §4.3 ACCEPT: invalid offers, task validation (TASK_ERROR without uuid), launches, resource accounting.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call -- events are checked as raw wire JSON, which is untyped on purpose */
import { call, frameworkInfo, scalar, startHarness, subscribeFramework, type Harness, type Json, type Subscription } from './support/harness';

const PA = frameworkInfo({ capabilities: [{ type: 'PARTITION_AWARE' }] });

function task(id: string, agentId: string, extra: Json = {}): Json {
  return { name: id, task_id: { value: id }, agent_id: { value: agentId }, resources: [scalar('cpus', 1), scalar('mem', 128)], command: { value: 'sleep 10' }, ...extra };
}

async function firstOffer(sub: Subscription): Promise<Json> {
  return ((await sub.next('OFFERS')).offers.offers as Json[])[0] as Json;
}

function launch(h: Harness, sub: Subscription, offerIds: Json[], tasks: Json[]): ReturnType<typeof call> {
  return call(h, sub, { type: 'ACCEPT', accept: { offer_ids: offerIds, operations: [{ type: 'LAUNCH', launch: { task_infos: tasks } }], filters: { refuse_seconds: 0 } } });
}

describe('ACCEPT', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ agents: 2 });
  });
  afterEach(async () => {
    await h.close();
  });

  it('answers launches with unknown offers with TASK_LOST (TASK_DROPPED if partition-aware), no uuid', async () => {
    const sub = await subscribeFramework(h);
    await launch(h, sub, [{ value: 'm1-O999' }], [task('t1', 'm1-S0')]);
    const lost = (await sub.update('t1')).update.status;
    expect(lost).toEqual({
      task_id: { value: 't1' },
      state: 'TASK_LOST',
      message: 'Task launched with invalid offers: Offer m1-O999 is no longer valid',
      source: 'SOURCE_MASTER',
      reason: 'REASON_INVALID_OFFERS',
      timestamp: expect.any(Number),
    });
    const pa = await subscribeFramework(h, PA);
    await launch(h, pa, [{ value: 'nope' }], [task('t2', 'm1-S0')]);
    expect((await pa.update('t2')).update.status.state).toBe('TASK_DROPPED');
    sub.close();
    pa.close();
  });

  it('rejects offers on several agents', async () => {
    const sub = await subscribeFramework(h);
    const list = (await sub.next('OFFERS')).offers.offers as Json[];
    await launch(h, sub, list.map((o) => o.id), [task('t1', 'm1-S0')]);
    const status = (await sub.update('t1')).update.status;
    expect(status.state).toBe('TASK_LOST');
    expect(status.message).toMatch(/Aggregated offers must belong to one single agent/);
    expect(h.master.ctx.offers.all()).toHaveLength(0);
    sub.close();
  });

  it.each([
    ['both command and executor', task('x', 'm1-S0', { executor: { executor_id: { value: 'e' }, command: { value: 'e' } } }), 'Task should have at least one (but not both) of CommandInfo or ExecutorInfo present'],
    ['neither command nor executor', task('x', 'm1-S0', { command: undefined }), 'Task should have at least one (but not both) of CommandInfo or ExecutorInfo present'],
    ['no resources', task('x', 'm1-S0', { resources: [] }), 'Task uses no resources'],
    ['a foreign agent', task('x', 'm1-S1'), 'Task uses invalid agent: m1-S1'],
    ['an invalid ID', task('a/b', 'm1-S0'), "Task ID 'a/b' is invalid: '/' and '\\' are not allowed"],
    ['too many resources', task('x', 'm1-S0', { resources: [scalar('cpus', 64)] }), /^Total resources .* required by task and its executor is more than available/],
    ['a custom executor without command', task('x', 'm1-S0', { command: undefined, executor: { executor_id: { value: 'e' } } }), "'ExecutorInfo.command' must be set for 'CUSTOM' executor"],
  ])('TASK_ERROR for a task with %s', async (_what, t, message) => {
    const sub = await subscribeFramework(h);
    const offer = await firstOffer(sub);
    await launch(h, sub, [offer.id], [t]);
    const status = (await sub.update(String(t.task_id.value))).update.status;
    expect(status.state).toBe('TASK_ERROR');
    expect(status.reason).toBe('REASON_TASK_INVALID');
    expect(status.source).toBe('SOURCE_MASTER');
    expect(status.uuid).toBeUndefined();
    expect(status.message).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
    expect(h.agents[0]?.called('runTask')).toHaveLength(0);
    sub.close();
  });

  it('launches valid tasks, rejects duplicates and inconsistent executors, and accounts resources', async () => {
    const sub = await subscribeFramework(h);
    const offer = await firstOffer(sub);
    const executor = { executor_id: { value: 'exec' }, command: { value: './exec' }, resources: [scalar('cpus', 0.5), scalar('mem', 64)] };
    await launch(h, sub, [offer.id], [
      task('t1', 'm1-S0'),
      task('t1', 'm1-S0'),
      task('t2', 'm1-S0', { command: undefined, executor }),
      task('t3', 'm1-S0', { command: undefined, executor: { ...executor, command: { value: './other' } } }),
    ]);
    expect((await sub.update('t1')).update.status.message).toBe('Task has duplicate ID: t1');
    expect((await sub.update('t3')).update.status.message).toBe("ExecutorInfo is not compatible with existing ExecutorInfo with same ExecutorID 'exec'");
    const runs = h.agents[0]?.called('runTask') ?? [];
    expect(runs.map((c) => (c.args[1] as Json).task_id.value)).toEqual(['t1', 't2']);
    const sent = runs[1]?.args[1] as Json;
    expect(sent.executor.framework_id.value).toBe(sub.frameworkId);
    const state = h.master.state();
    const tasks = ((state.frameworks as Json[])[0] as Json).tasks as Json[];
    expect(tasks.map((t) => [t.id, t.state])).toEqual([['t1', 'TASK_STAGING'], ['t2', 'TASK_STAGING']]);
    // 2 task cpus + 0.5 executor cpus held; the rest comes back in the next offer of that agent
    const next = (await sub.next('OFFERS')).offers.offers as Json[];
    const again = next.find((o) => o.agent_id.value === 'm1-S0');
    expect(again?.resources.find((r: Json) => r.name === 'cpus').scalar.value).toBe(1.5);
    expect(again?.executor_ids).toEqual([{ value: 'exec' }]);
    sub.close();
  });

  it('forbids an operation id on LAUNCH', async () => {
    const sub = await subscribeFramework(h);
    const offer = await firstOffer(sub);
    await call(h, sub, { type: 'ACCEPT', accept: { offer_ids: [offer.id], operations: [{ type: 'LAUNCH', id: { value: 'op' }, launch: { task_infos: [task('t1', 'm1-S0')] } }] } });
    expect((await sub.update('t1')).update.status.message).toBe('The `id` field cannot be set on LAUNCH operations');
    sub.close();
  });

  it('validates LAUNCH_GROUP as a whole and hands valid groups to the agent', async () => {
    const sub = await subscribeFramework(h);
    const offer = await firstOffer(sub);
    const executor = { executor_id: { value: 'default' }, type: 'DEFAULT', resources: [scalar('cpus', 0.1), scalar('mem', 32)] };
    const group = (tasks: Json[]) => ({ type: 'LAUNCH_GROUP', launch_group: { executor, task_group: { tasks } } });
    await call(h, sub, { type: 'ACCEPT', accept: { offer_ids: [offer.id], operations: [group([task('g1', 'm1-S0'), task('g2', 'm1-S0', { resources: [] })]), group([task('g3', 'm1-S0'), task('g4', 'm1-S0')])] } });
    for (const id of ['g1', 'g2']) {
      const s = (await sub.update(id)).update.status;
      expect([s.state, s.reason, s.message]).toEqual(['TASK_ERROR', 'REASON_TASK_GROUP_INVALID', 'Task uses no resources']);
    }
    const groups = h.agents[0]?.called('runTaskGroup') ?? [];
    expect(groups).toHaveLength(1);
    expect(((groups[0]?.args[2] as Json).tasks as Json[]).map((t) => t.task_id.value)).toEqual(['g3', 'g4']);
    sub.close();
  });
});
