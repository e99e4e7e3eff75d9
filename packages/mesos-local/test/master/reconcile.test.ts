// §4.5: implicit and explicit reconciliation, KILL of unknown tasks, recovering agents get no answer.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- events are checked as raw wire JSON, which is untyped on purpose */
import { FakeAgent } from './support/fake-agent';
import { call, frameworkInfo, sleep, startHarness, subscribeFramework, type Harness, type Json, type Subscription } from './support/harness';
import { S, agentUpdate, launchTask } from './support/flow';

const PA = frameworkInfo({ capabilities: [{ type: 'PARTITION_AWARE' }] });

function reconcile(h: Harness, sub: Subscription, tasks: Json[]): ReturnType<typeof call> {
  return call(h, sub, { type: 'RECONCILE', reconcile: { tasks } });
}

describe('reconciliation', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ agents: 2 });
  });
  afterEach(async () => {
    await h.close();
  });

  it('implicit: the latest state of every known task, from the master, without uuid', async () => {
    const sub = await subscribeFramework(h);
    await launchTask(h, sub, 't1');
    await launchTask(h, sub, 't2');
    agentUpdate(h, sub.frameworkId, 't1', S.TASK_RUNNING);
    await sub.update('t1');
    expect((await reconcile(h, sub, [])).status).toBe(202);
    const t1 = (await sub.update('t1')).update.status;
    expect(t1).toEqual({
      task_id: { value: 't1' },
      state: 'TASK_RUNNING',
      message: 'Reconciliation: Latest task state',
      source: 'SOURCE_MASTER',
      reason: 'REASON_RECONCILIATION',
      agent_id: { value: 'm1-S0' },
      timestamp: expect.any(Number),
    });
    expect((await sub.update('t2')).update.status.state).toBe('TASK_STAGING');
    sub.close();
  });

  it('explicit: the case table for partition-aware and other frameworks', async () => {
    const pa = await subscribeFramework(h, PA);
    await launchTask(h, pa, 'known');
    h.master.removeAgent('m1-S1');
    await reconcile(h, pa, [
      { task_id: { value: 'known' } },
      { task_id: { value: 'gone' }, agent_id: { value: 'm1-S0' } },
      { task_id: { value: 'unreachable' }, agent_id: { value: 'm1-S1' } },
      { task_id: { value: 'unknown' }, agent_id: { value: 'nobody' } },
      { task_id: { value: 'no-agent' } },
    ]);
    expect((await pa.update('known')).update.status.state).toBe('TASK_STAGING');
    const gone = (await pa.update('gone')).update.status;
    expect([gone.state, gone.message, gone.reason, gone.source, gone.uuid]).toEqual(['TASK_GONE', 'Reconciliation: Task is unknown to the agent', 'REASON_RECONCILIATION', 'SOURCE_MASTER', undefined]);
    const unreachable = (await pa.update('unreachable')).update.status;
    expect(unreachable.state).toBe('TASK_UNREACHABLE');
    expect(unreachable.unreachable_time.nanoseconds).toBeGreaterThan(0);
    expect((await pa.update('unknown')).update.status.state).toBe('TASK_UNKNOWN');
    expect((await pa.update('no-agent')).update.status.state).toBe('TASK_UNKNOWN');
    const plain = await subscribeFramework(h);
    await reconcile(h, plain, [{ task_id: { value: 'gone' }, agent_id: { value: 'm1-S0' } }, { task_id: { value: 'u' }, agent_id: { value: 'm1-S1' } }]);
    expect((await plain.update('gone')).update.status.state).toBe('TASK_LOST');
    expect((await plain.update('u')).update.status.state).toBe('TASK_LOST');
    pa.close();
    plain.close();
  });

  it('KILL of an unknown task reconciles it explicitly', async () => {
    const sub = await subscribeFramework(h, PA);
    await call(h, sub, { type: 'KILL', kill: { task_id: { value: 'ghost' }, agent_id: { value: 'm1-S0' } } });
    const status = (await sub.update('ghost')).update.status;
    expect([status.state, status.reason]).toEqual(['TASK_GONE', 'REASON_RECONCILIATION']);
    sub.close();
  });

  it('gives no answer for tasks of agents still re-registering after a master restart', async () => {
    await h.close();
    h = await startHarness({ agents: 0, master: { masterId: 'm2' } });
    h.master.recoverAgent('m1-S0');
    const sub = await subscribeFramework(h, frameworkInfo({ capabilities: [{ type: 'PARTITION_AWARE' }], id: { value: 'm1-0000' } }));
    await reconcile(h, sub, [{ task_id: { value: 't1' }, agent_id: { value: 'm1-S0' } }, { task_id: { value: 't2' } }]);
    await sleep(100);
    expect(sub.peek('UPDATE')).toHaveLength(0);
    // the agent re-registers with its task: now the task is known with its real state
    const agent = new FakeAgent('m1-S0');
    agent.runTask(h.master.ctx.frameworks.get('m1-0000')!.info, (await import('@cassandra-mesos/model')).mesos.v1.TaskInfo.create({
      name: 't1', task_id: { value: 't1' }, agent_id: { value: 'm1-S0' }, resources: [{ name: 'cpus', type: 0, scalar: { value: 1 } }], command: { value: 'x' },
    }));
    agent.setState('m1-0000', 't1', S.TASK_RUNNING);
    h.master.attachAgent(agent, () => 'connected');
    await reconcile(h, sub, [{ task_id: { value: 't1' }, agent_id: { value: 'm1-S0' } }, { task_id: { value: 't2' } }]);
    expect((await sub.update('t1')).update.status.state).toBe('TASK_RUNNING');
    expect((await sub.update('t2')).update.status.state).toBe('TASK_UNKNOWN');
    expect(agent.called('frameworkSubscribed')).toHaveLength(1);
    sub.close();
  });
});
