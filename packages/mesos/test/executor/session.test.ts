import { mesos } from '@cassandra-mesos/model';
import { ExecutorSession } from '../../src/executor/session';
import type { ExecutorSessionOptions } from '../../src/executor/session';
import type { ExecutorEnvironment } from '../../src/executor/environment';
import { MesosAgentDisconnectedError, MesosAgentRecoveryTimeoutError } from '../../src/executor/events';
import type { ExecutorEvent } from '../../src/executor/events';
import { MesosBadRequestError, MesosSessionClosedError } from '../../src/http/errors';
import { delay, nextValue, nextWithin } from '../support/fake-mesos';
import { FakeAgent, decodeExecutorCall } from '../support/fake-agent';

const { Call, Event } = mesos.v1.executor;
const { TaskState } = mesos.v1;

const TASK = {
  name: 'node-0',
  task_id: { value: 'node-0-server' },
  agent_id: { value: 'agent-1' },
  resources: [{ name: 'cpus', type: mesos.v1.Value.Type.SCALAR, scalar: { value: 1 } }],
  data: Buffer.from([8, 1]),
};

describe('ExecutorSession', () => {
  let agent: FakeAgent;
  const sessions: ExecutorSession[] = [];
  const environment = (checkpoint: boolean, overrides: Partial<Record<string, number>> = {}): ExecutorEnvironment => {
    const common = {
      frameworkId: 'fw-0001',
      executorId: 'exec-0',
      agentEndpoint: agent.endpoint,
      agentId: 'agent-1',
      directory: '/tmp/d',
      sandbox: '/tmp/s',
      shutdownGracePeriodMs: 5000,
      authenticationToken: undefined,
      sslEnabled: false,
    };
    return checkpoint
      ? { ...common, checkpoint: true, recoveryTimeoutMs: overrides['recoveryTimeoutMs'] ?? 5000, subscriptionBackoffMaxMs: overrides['backoffMaxMs'] ?? 40 }
      : { ...common, checkpoint: false };
  };
  const open = (options: Partial<ExecutorSessionOptions> & { checkpoint?: boolean } = {}) => {
    const { checkpoint = false, ...rest } = options;
    const s = new ExecutorSession({
      environment: environment(checkpoint),
      unavailableRetry: { attempts: 0, initialMs: 1, maxMs: 1 },
      firstRetryMs: 5,
      ...rest,
    });
    sessions.push(s);
    return s;
  };
  const subscribed = async (s: ExecutorSession) => {
    const events = s.events();
    const first = await nextValue(events);
    expect(first.type).toBe('SUBSCRIBED');
    return { events, first };
  };

  beforeEach(async () => {
    agent = await FakeAgent.start();
  });
  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((s) => s.close()));
    await agent.close();
  });

  it('SUBSCRIBEs in JSON by default to /api/v1/executor with ids and empty lists', async () => {
    const s = open();
    const { first } = await subscribed(s);
    const [req] = agent.subscribeRequests();
    expect(req?.path).toBe('/api/v1/executor');
    expect(req?.headers['content-type']).toBe('application/json');
    expect(req?.headers['accept']).toBe('application/json');
    expect(req?.headers['mesos-stream-id']).toBeUndefined();
    expect(req?.headers['authorization']).toBeUndefined();
    expect(JSON.parse(req!.body.toString('utf8'))).toEqual({
      type: 'SUBSCRIBE',
      framework_id: { value: 'fw-0001' },
      executor_id: { value: 'exec-0' },
      subscribe: {},
    });
    expect(first).toMatchObject({
      type: 'SUBSCRIBED',
      resubscribed: false,
      agentInfo: { hostname: '127.0.0.1', id: { value: 'agent-1' } },
      containerId: { value: 'container-1' },
    });
    expect(s.state).toBe('subscribed');
  });

  it('speaks protobuf by option (bytes checked) and sends the agent token as Bearer', async () => {
    const env = { ...environment(false), authenticationToken: 'tok.en' } as ExecutorEnvironment;
    const s = open({ contentType: 'application/x-protobuf', environment: env });
    await subscribed(s);
    const [req] = agent.subscribeRequests();
    expect(req?.headers['content-type']).toBe('application/x-protobuf');
    expect(req?.headers['accept']).toBe('application/x-protobuf');
    expect(req?.headers['authorization']).toBe('Bearer tok.en');
    const expected = Call.encode(
      Call.create({ type: Call.Type.SUBSCRIBE, framework_id: { value: 'fw-0001' }, executor_id: { value: 'exec-0' }, subscribe: {} }),
    ).finish();
    expect(Buffer.from(req!.body).equals(Buffer.from(expected))).toBe(true);

    // MESSAGE: data is field 2 of Call.Message (tag 0x12), inside Call field 6 (tag 0x32)
    await s.message(Buffer.from('hey'));
    const msg = await agent.waitForCall(Call.Type.MESSAGE);
    const inner = Buffer.from([0x12, 3, ...Buffer.from('hey')]);
    expect(msg.body.includes(Buffer.concat([Buffer.from([0x32, inner.length]), inner]))).toBe(true);
  });

  it('update() stamps uuid, SOURCE_EXECUTOR, executor_id and a timestamp in seconds', async () => {
    const s = open();
    await subscribed(s);
    const before = Date.now() / 1000;
    const uuid = await s.update({ task_id: { value: 't1' }, state: TaskState.TASK_RUNNING, message: 'up', data: Buffer.from([1]) });
    const after = Date.now() / 1000;
    const req = await agent.waitForCall(Call.Type.UPDATE);
    expect(req.headers['content-type']).toBe('application/json');
    const body = JSON.parse(req.body.toString('utf8')) as { update: { status: Record<string, unknown> } } & Record<string, unknown>;
    expect(body.type).toBe('UPDATE');
    expect(body.framework_id).toEqual({ value: 'fw-0001' });
    expect(body.executor_id).toEqual({ value: 'exec-0' });
    const status = body.update.status;
    expect(status).toMatchObject({
      task_id: { value: 't1' },
      state: 'TASK_RUNNING',
      source: 'SOURCE_EXECUTOR',
      executor_id: { value: 'exec-0' },
      message: 'up',
      data: 'AQ==',
    });
    const sent = Buffer.from(status['uuid'] as string, 'base64');
    expect(sent).toHaveLength(16);
    expect(sent.equals(Buffer.from(uuid))).toBe(true);
    expect(sent[6]! >> 4).toBe(4); // RFC 4122 version 4
    expect(status['timestamp']).toBeGreaterThanOrEqual(before);
    expect(status['timestamp']).toBeLessThanOrEqual(after);
    expect(Number.isInteger(status['timestamp'])).toBe(false);
    // a second update gets a different uuid
    const uuid2 = await s.update({ task_id: { value: 't1' }, state: TaskState.TASK_FINISHED });
    expect(Buffer.from(uuid2).equals(Buffer.from(uuid))).toBe(false);
    expect(s.unacknowledgedUpdates).toHaveLength(2);
  });

  it('update() rejects TASK_STAGING and a foreign executor_id without sending', async () => {
    const s = open();
    await subscribed(s);
    await expect(s.update({ task_id: { value: 't1' }, state: TaskState.TASK_STAGING })).rejects.toThrow(/TASK_STAGING/);
    await expect(s.update({ task_id: { value: 't1' }, state: TaskState.TASK_RUNNING, executor_id: { value: 'other' } })).rejects.toThrow(/not this executor/);
    expect(agent.server.requests).toHaveLength(1);
    expect(s.unacknowledgedUpdates).toHaveLength(0);
  });

  it('forgets an update the agent rejects with 400 and throws the typed error', async () => {
    const s = open();
    await subscribed(s);
    agent.server.handler = (_req, res) => res.writeHead(400).end('Failed to validate Executor::Call: bad');
    await expect(s.update({ task_id: { value: 't1' }, state: TaskState.TASK_RUNNING })).rejects.toBeInstanceOf(MesosBadRequestError);
    expect(s.unacknowledgedUpdates).toHaveLength(0);
  });

  it('resends unacknowledged tasks and updates after the stream drops, and clears them on ACKNOWLEDGED', async () => {
    const s = open({ checkpoint: true });
    const { events } = await subscribed(s);
    agent.send({ type: Event.Type.LAUNCH, launch: { task: TASK } });
    const launch = (await nextValue(events)) as Extract<ExecutorEvent, { type: 'LAUNCH' }>;
    expect(launch.task.task_id.value).toBe('node-0-server');
    expect(s.unacknowledgedTasks.map((t) => t.task_id.value)).toEqual(['node-0-server']);
    const uuid = await s.update({ task_id: { value: 'node-0-server' }, state: TaskState.TASK_RUNNING });
    await agent.waitForCall(Call.Type.UPDATE);

    // the agent restarts: stream broken without an ACKNOWLEDGED
    agent.streams[0]!.writer.destroy();
    expect(await nextValue(events)).toMatchObject({ type: 'DISCONNECTED' });
    expect(await nextValue(events)).toMatchObject({ type: 'SUBSCRIBED', resubscribed: true });
    const second = decodeExecutorCall(agent.subscribeRequests()[1]!);
    expect(second.subscribe?.unacknowledged_tasks?.map((t) => t.task_id.value)).toEqual(['node-0-server']);
    expect(Buffer.from(second.subscribe!.unacknowledged_tasks![0]!.data ?? []).equals(TASK.data)).toBe(true);
    const resent = second.subscribe?.unacknowledged_updates?.[0]?.status;
    expect(second.subscribe?.unacknowledged_updates).toHaveLength(1);
    expect(Buffer.from(resent!.uuid ?? []).equals(Buffer.from(uuid))).toBe(true);
    expect(resent?.state).toBe(TaskState.TASK_RUNNING);
    expect(resent?.source).toBe(mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR);

    // the agent stores it and acknowledges
    agent.send({ type: Event.Type.ACKNOWLEDGED, acknowledged: { task_id: { value: 'node-0-server' }, uuid } });
    const ack = (await nextValue(events)) as Extract<ExecutorEvent, { type: 'ACKNOWLEDGED' }>;
    expect(ack.type).toBe('ACKNOWLEDGED');
    expect(Buffer.from(ack.uuid).equals(Buffer.from(uuid))).toBe(true);
    expect(s.unacknowledgedUpdates).toHaveLength(0);
    expect(s.unacknowledgedTasks).toHaveLength(0);

    agent.streams[1]!.writer.end();
    expect(await nextValue(events)).toMatchObject({ type: 'DISCONNECTED' });
    expect(await nextValue(events)).toMatchObject({ type: 'SUBSCRIBED' });
    const third = JSON.parse(agent.subscribeRequests()[2]!.body.toString('utf8')) as Record<string, unknown>;
    expect(third['subscribe']).toEqual({});
  });

  it('queues an update made while disconnected and sends it with the next SUBSCRIBE', async () => {
    const s = open({ checkpoint: true });
    const { events } = await subscribed(s);
    agent.onSubscribe = (_req, res, n) => {
      if (n !== 2) return false;
      res.writeHead(503).end('Agent has not finished recovery');
      return true;
    };
    agent.streams[0]!.writer.end();
    expect(await nextValue(events)).toMatchObject({ type: 'DISCONNECTED' });
    const uuid = await s.update({ task_id: { value: 't9' }, state: TaskState.TASK_FAILED });
    expect(await nextValue(events)).toMatchObject({ type: 'SUBSCRIBED', resubscribed: true });
    const last = agent.subscribeRequests().at(-1)!;
    const sub = decodeExecutorCall(last).subscribe;
    const statuses = sub?.unacknowledged_updates?.map((u) => Buffer.from(u.status.uuid ?? []));
    const updates = agent.server.matching((r) => decodeExecutorCall(r).type === Call.Type.UPDATE);
    // delivered exactly once: in the SUBSCRIBE, or as an UPDATE right after it if it was made mid-SUBSCRIBE
    expect((statuses ?? []).filter((u) => u.equals(Buffer.from(uuid))).length + updates.length).toBe(1);
  });

  it('not checkpointing: a dropped stream ends the events with MesosAgentDisconnectedError', async () => {
    const s = open();
    const { events } = await subscribed(s);
    agent.streams[0]!.writer.destroy();
    const err = await nextWithin(events).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MesosAgentDisconnectedError);
    expect(s.state).toBe('closed');
    await delay(30);
    expect(agent.subscribeRequests()).toHaveLength(1);
  });

  it('checkpointing: gives up with MesosAgentRecoveryTimeoutError when the agent stays away', async () => {
    const s = new ExecutorSession({
      environment: { ...environment(true), recoveryTimeoutMs: 300, subscriptionBackoffMaxMs: 50 } as ExecutorEnvironment,
      unavailableRetry: { attempts: 0, initialMs: 1, maxMs: 1 },
      firstRetryMs: 5,
    });
    sessions.push(s);
    const { events } = await subscribed(s);
    await agent.close();
    const lostAt = Date.now();
    expect(await nextValue(events)).toMatchObject({ type: 'DISCONNECTED' });
    const err = await nextWithin(events).catch((e: unknown) => e);
    const elapsed = Date.now() - lostAt;
    expect(err).toBeInstanceOf(MesosAgentRecoveryTimeoutError);
    expect((err as MesosAgentRecoveryTimeoutError).recoveryTimeoutMs).toBe(300);
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(1500);
    agent = await FakeAgent.start(); // for afterEach
  });

  it('checkpointing: waits at most MESOS_SUBSCRIPTION_BACKOFF_MAX between SUBSCRIBE attempts', async () => {
    const s = new ExecutorSession({
      environment: { ...environment(true), recoveryTimeoutMs: 10_000, subscriptionBackoffMaxMs: 40 } as ExecutorEnvironment,
      unavailableRetry: { attempts: 0, initialMs: 1, maxMs: 1 },
      firstRetryMs: 20,
    });
    sessions.push(s);
    const { events } = await subscribed(s);
    agent.onSubscribe = (_req, res, n) => {
      if (n >= 8) return false;
      res.writeHead(503).end();
      return true;
    };
    agent.streams[0]!.writer.end();
    expect(await nextValue(events)).toMatchObject({ type: 'DISCONNECTED', retryInMs: expect.any(Number) as number });
    expect(await nextValue(events)).toMatchObject({ type: 'SUBSCRIBED' });
    const reqs = agent.subscribeRequests();
    expect(reqs).toHaveLength(8);
  });

  it('delivers LAUNCH_GROUP, KILL, MESSAGE, ERROR, HEARTBEAT and SHUTDOWN; the stream end after SHUTDOWN ends the events', async () => {
    const s = open();
    const { events } = await subscribed(s);
    agent.send({ type: Event.Type.LAUNCH_GROUP, launch_group: { task_group: { tasks: [TASK, { ...TASK, task_id: { value: 'sidecar' } }] } } });
    agent.send({ type: Event.Type.KILL, kill: { task_id: { value: 'sidecar' }, kill_policy: { grace_period: { nanoseconds: 1e9 } } } });
    agent.send({ type: Event.Type.MESSAGE, message: { data: Buffer.from('ping') } });
    agent.send({ type: Event.Type.ERROR, error: { message: 'bad call' } });
    agent.send({ type: Event.Type.HEARTBEAT });
    agent.send({ type: Event.Type.SHUTDOWN });
    agent.streams[0]!.writer.end();
    const got: ExecutorEvent[] = [];
    for (;;) {
      const r = await nextWithin(events);
      if (r.done) break;
      got.push(r.value);
    }
    expect(got.map((e) => e.type)).toEqual(['LAUNCH_GROUP', 'KILL', 'MESSAGE', 'ERROR', 'HEARTBEAT', 'SHUTDOWN']);
    expect(s.unacknowledgedTasks.map((t) => t.task_id.value)).toEqual(['node-0-server', 'sidecar']);
    const kill = got[1] as Extract<ExecutorEvent, { type: 'KILL' }>;
    expect(kill).toMatchObject({ type: 'KILL', taskId: { value: 'sidecar' } });
    // int64: compare the decimal text (a number or a protobufjs Long, depending on the model build)
    expect(String(kill.killPolicy?.grace_period?.nanoseconds)).toBe('1000000000');
    expect(Buffer.from((got[2] as Extract<ExecutorEvent, { type: 'MESSAGE' }>).data).toString()).toBe('ping');
    expect(got[3]).toEqual({ type: 'ERROR', message: 'bad call' });
  });

  it('close() ends everything; calls after it are refused', async () => {
    const s = open();
    const { events } = await subscribed(s);
    await s.close();
    expect(await nextWithin(events)).toEqual({ value: undefined, done: true });
    await expect(s.update({ task_id: { value: 't' }, state: TaskState.TASK_RUNNING })).rejects.toBeInstanceOf(MesosSessionClosedError);
    await expect(s.message(Buffer.from('x'))).rejects.toBeInstanceOf(MesosSessionClosedError);
  });
});
