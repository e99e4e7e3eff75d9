// §4.4 master side: agent updates forwarded with uuid, ACKs validated and passed to the agent,
// updates dropped while the framework is away, resend trigger on resubscribe, state mapping.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- events are checked as raw wire JSON, which is untyped on purpose */
import { call, frameworkInfo, sleep, startHarness, subscribeFramework, type Harness, type Json } from './support/harness';
import { S, agentUpdate, launchTask } from './support/flow';

const b64 = (u: Uint8Array): string => Buffer.from(u).toString('base64');

describe('status updates', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('forwards agent updates with agent_id/executor_id filled and the uuid kept; ACK goes to the agent', async () => {
    const sub = await subscribeFramework(h);
    await launchTask(h, sub, 't1');
    const uuid = agentUpdate(h, sub.frameworkId, 't1', S.TASK_RUNNING);
    const status = (await sub.update('t1')).update.status;
    expect(status).toEqual({
      task_id: { value: 't1' },
      state: 'TASK_RUNNING',
      source: 'SOURCE_EXECUTOR',
      uuid: b64(uuid),
      timestamp: 1700000000.5,
      agent_id: { value: 'm1-S0' },
    });
    const ack = await call(h, sub, { type: 'ACKNOWLEDGE', acknowledge: { agent_id: { value: 'm1-S0' }, task_id: { value: 't1' }, uuid: b64(uuid) } });
    expect(ack.status).toBe(202);
    const acks = h.agents[0]?.called('acknowledge') ?? [];
    expect(acks.map((c) => [c.args[0], c.args[1], b64(c.args[2] as Uint8Array)])).toEqual([[sub.frameworkId, 't1', b64(uuid)]]);
    // an unknown uuid is ignored, like Mesos
    const other = Buffer.alloc(16, 7).toString('base64');
    expect((await call(h, sub, { type: 'ACKNOWLEDGE', acknowledge: { agent_id: { value: 'm1-S0' }, task_id: { value: 't1' }, uuid: other } })).status).toBe(202);
    expect(h.agents[0]?.called('acknowledge')).toHaveLength(1);
    sub.close();
  });

  it('frees resources on a terminal update and forgets the task once that update is acknowledged', async () => {
    const sub = await subscribeFramework(h);
    await launchTask(h, sub, 't1');
    const uuid = agentUpdate(h, sub.frameworkId, 't1', S.TASK_FINISHED);
    await sub.update('t1');
    const fw = () => (h.master.state().frameworks as Json[])[0] as Json;
    expect(fw().used_resources).toEqual({});
    expect((fw().tasks as Json[])[0]?.state).toBe('TASK_FINISHED');
    await call(h, sub, { type: 'ACKNOWLEDGE', acknowledge: { agent_id: { value: 'm1-S0' }, task_id: { value: 't1' }, uuid: b64(uuid) } });
    expect(fw().tasks).toEqual([]);
    expect(fw().completed_tasks).toEqual([{ id: 't1' }]);
    sub.close();
  });

  it('drops updates while the framework is disconnected and asks agents to resend on resubscription', async () => {
    const sub = await subscribeFramework(h, frameworkInfo({ failover_timeout: 60 }));
    await launchTask(h, sub, 't1');
    sub.close();
    await sleep(30);
    agentUpdate(h, sub.frameworkId, 't1', S.TASK_RUNNING);
    const before = h.agents[0]?.called('frameworkSubscribed').length ?? 0;
    const again = await subscribeFramework(h, frameworkInfo({ failover_timeout: 60, id: { value: sub.frameworkId } }));
    expect(h.agents[0]?.called('frameworkSubscribed').length).toBe(before + 1);
    await sleep(30);
    expect(again.peek('UPDATE')).toHaveLength(0);
    again.close();
  });

  it('maps partition-aware states to TASK_LOST and hides TASK_KILLING without the capabilities', async () => {
    const plain = await subscribeFramework(h);
    await launchTask(h, plain, 't1');
    const killing = agentUpdate(h, plain.frameworkId, 't1', S.TASK_KILLING);
    agentUpdate(h, plain.frameworkId, 't1', S.TASK_GONE);
    expect((await plain.update('t1')).update.status.state).toBe('TASK_LOST');
    // the master acknowledged the hidden TASK_KILLING itself so the agent's stream moves on
    const acked = (h.agents[0]?.called('acknowledge') ?? []).map((c) => b64(c.args[2] as Uint8Array));
    expect(acked).toEqual([b64(killing)]);
    plain.close();
  });

  it('forwards TASK_KILLING to TASK_KILLING_STATE frameworks', async () => {
    const sub = await subscribeFramework(h, frameworkInfo({ capabilities: [{ type: 'TASK_KILLING_STATE' }] }));
    await launchTask(h, sub, 't1');
    agentUpdate(h, sub.frameworkId, 't1', S.TASK_KILLING);
    expect((await sub.update('t1')).update.status.state).toBe('TASK_KILLING');
    sub.close();
  });

  it('forwards KILL, SHUTDOWN and MESSAGE; executor messages and terminations become MESSAGE and FAILURE', async () => {
    const sub = await subscribeFramework(h);
    await launchTask(h, sub, 't1');
    await call(h, sub, { type: 'KILL', kill: { task_id: { value: 't1' }, kill_policy: { grace_period: { nanoseconds: 1e9 } } } });
    expect(h.agents[0]?.called('killTask')[0]?.args.slice(0, 2)).toEqual([sub.frameworkId, 't1']);
    await call(h, sub, { type: 'KILL', kill: { task_id: { value: 't1' }, agent_id: { value: 'm1-S9' } } });
    expect(h.agents[0]?.called('killTask')).toHaveLength(1); // mismatched agent: ignored
    await call(h, sub, { type: 'SHUTDOWN', shutdown: { executor_id: { value: 'e' }, agent_id: { value: 'm1-S0' } } });
    expect(h.agents[0]?.called('shutdownExecutor')[0]?.args).toEqual([sub.frameworkId, 'e']);
    await call(h, sub, { type: 'MESSAGE', message: { agent_id: { value: 'm1-S0' }, executor_id: { value: 'e' }, data: 'aGk=' } });
    expect(Buffer.from(h.agents[0]?.called('frameworkMessage')[0]?.args[2] as Uint8Array).toString()).toBe('hi');
    h.master.executorMessage('m1-S0', sub.frameworkId, 'e', Buffer.from('yo'));
    expect((await sub.next('MESSAGE')).message).toEqual({ agent_id: { value: 'm1-S0' }, executor_id: { value: 'e' }, data: 'eW8=' });
    h.master.executorTerminated('m1-S0', sub.frameworkId, 'e', 9);
    expect((await sub.next('FAILURE')).failure).toEqual({ agent_id: { value: 'm1-S0' }, executor_id: { value: 'e' }, status: 9 });
    sub.close();
  });
});
