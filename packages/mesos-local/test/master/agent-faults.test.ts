// §4.6: agents that go silent are declared unreachable (TASK_UNREACHABLE / TASK_LOST, FAILURE), and
// their tasks come back with their real state when they return; disconnection of non-checkpointing
// frameworks' agents loses their tasks at once.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return -- events are checked as raw wire JSON, which is untyped on purpose */
import { call, frameworkInfo, sleep, startHarness, subscribeFramework, type Harness } from './support/harness';
import { S, launchTask } from './support/flow';

describe('agent faults', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ agents: 2, master: { agentPingTimeoutMs: 150 } });
  });
  afterEach(async () => {
    await h.close();
  });

  it.each([
    ['partition-aware', true, 'TASK_UNREACHABLE'],
    ['not partition-aware', false, 'TASK_LOST'],
  ])('partition -> %s tasks become %s, then heal -> real state', async (_what, pa, lostState) => {
    const sub = await subscribeFramework(h, frameworkInfo({ checkpoint: true, ...(pa ? { capabilities: [{ type: 'PARTITION_AWARE' }] } : {}) }));
    await launchTask(h, sub, 't1');
    const agent = h.agents[0]!;
    agent.setState(sub.frameworkId, 't1', S.TASK_RUNNING);
    agent.probe = 'silent';
    const lost = (await sub.update('t1', 2000)).update.status;
    expect(lost).toEqual({
      task_id: { value: 't1' },
      state: lostState,
      message: 'Agent 127.0.0.1 is unreachable',
      source: 'SOURCE_MASTER',
      reason: 'REASON_AGENT_REMOVED',
      agent_id: { value: 'm1-S0' },
      unreachable_time: { nanoseconds: expect.any(Number) },
      timestamp: expect.any(Number),
    });
    expect((await sub.next('FAILURE')).failure).toEqual({ agent_id: { value: 'm1-S0' } });
    sub.events.splice(0);
    await sleep(100);
    expect(sub.peek('OFFERS').flatMap((e) => e.offers.offers).filter((o) => o.agent_id.value === 'm1-S0')).toHaveLength(0);
    agent.probe = 'connected';
    const back = (await sub.update('t1', 2000)).update.status;
    expect([back.state, back.reason, back.uuid]).toEqual(['TASK_RUNNING', 'REASON_AGENT_REREGISTERED', undefined]);
    expect(agent.called('reregistration').length).toBeGreaterThan(0);
    await call(h, sub, { type: 'RECONCILE', reconcile: { tasks: [] } });
    expect((await sub.update('t1')).update.status.state).toBe('TASK_RUNNING');
    sub.close();
  });

  it('rescinds offers at once when an agent exits, and retries KILLs when it comes back', async () => {
    const sub = await subscribeFramework(h, frameworkInfo({ checkpoint: true }));
    await launchTask(h, sub, 't1');
    const offers = (await sub.next('OFFERS')).offers.offers as Array<{ id: { value: string }; agent_id: { value: string } }>;
    const onAgent = offers.find((o) => o.agent_id.value === 'm1-S0');
    const agent = h.agents[0]!;
    agent.probe = 'exited';
    if (onAgent) expect((await sub.next('RESCIND')).rescind.offer_id).toEqual(onAgent.id);
    await call(h, sub, { type: 'KILL', kill: { task_id: { value: 't1' } } });
    expect(agent.called('killTask')).toHaveLength(0);
    agent.probe = 'connected';
    await sleep(100);
    expect(agent.called('killTask').map((c) => c.args[1])).toEqual(['t1']);
    sub.close();
  });

  it('loses tasks of non-checkpointing frameworks as soon as their agent disconnects', async () => {
    const sub = await subscribeFramework(h, frameworkInfo({ checkpoint: false }));
    await launchTask(h, sub, 't1');
    h.agents[0]!.probe = 'exited';
    const status = (await sub.update('t1', 1000)).update.status;
    expect([status.state, status.reason]).toEqual(['TASK_LOST', 'REASON_AGENT_DISCONNECTED']);
    h.agents[0]!.probe = 'connected';
    await sleep(100);
    expect(h.agents[0]!.called('shutdownFramework').map((c) => c.args[0])).toEqual([sub.frameworkId]);
    sub.close();
  });
});
