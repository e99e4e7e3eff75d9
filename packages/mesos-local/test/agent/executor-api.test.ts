// The executor HTTP API against a real agent; the test plays the executor with raw HTTP calls.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mesos } from '@cassandra-mesos/model';
import { startAgent } from '../../src/agent';
import type { LocalAgent } from '../../src/contracts';
import {
  AGENT_IP,
  EventStream,
  EventType,
  FakeMaster,
  TaskState,
  customTask,
  framework,
  jsonCall,
  rawCall,
  tempDir,
  updateCall,
  waitFor,
} from './helpers';

const FW = 'fw-1';
const EID = 'e1';
// Written under another name and renamed, so the file exists only once it is complete.
const SLEEPER = { value: 'env > env.tmp && mv env.tmp env.txt; exec sleep 30', shell: true };

describe('executor HTTP API', () => {
  let master: FakeMaster;
  let agent: LocalAgent & { close(): Promise<void> };
  let dir: ReturnType<typeof tempDir>;
  const streams: EventStream[] = [];

  function sandbox(): string {
    const runs = join(dir.path, 'slaves', 'agent-1', 'frameworks', FW, 'executors', EID, 'runs');
    const [run] = readdirSync(runs);
    return join(runs, run ?? '');
  }

  async function subscribe(subscribeBody: object = {}, accept?: string): Promise<EventStream> {
    const s = await EventStream.subscribe(agent.endpoint, FW, EID, subscribeBody, accept);
    streams.push(s);
    return s;
  }

  beforeEach(async () => {
    dir = tempDir();
    master = new FakeMaster();
    agent = await startAgent({
      agentId: 'agent-1',
      config: { ip: AGENT_IP, resources: { cpus: 2, memMb: 1024, diskMb: 1024, ports: [[31000, 31010]] } },
      master,
      workDir: dir.path,
      statusUpdateRetry: { minMs: 60_000, maxMs: 60_000 },
      executorHeartbeatMs: 150,
    });
    agent.runTask(framework(FW), customTask('t1', EID, { command: SLEEPER }));
    await waitFor(() => existsSync(join(dir.path, 'slaves')) && existsSync(join(sandbox(), 'env.txt')));
  });

  afterEach(async () => {
    for (const s of streams.splice(0)) s.close();
    await agent.close();
    dir.remove();
  });

  const call = (type: string, extra: object = {}) => ({
    type,
    framework_id: { value: FW },
    executor_id: { value: EID },
    ...extra,
  });

  it('answers in the order and with the texts of slave::Http::executor', async () => {
    const ep = agent.endpoint;
    expect((await rawCall(ep, { path: '/api/v1/nothing', headers: {} })).status).toBe(404);
    const get = await rawCall(ep, { method: 'GET', headers: { 'Content-Type': 'application/json' } });
    expect([get.status, get.headers.allow]).toEqual([405, 'POST']);
    expect(await rawCall(ep, { body: '{}' })).toMatchObject({
      status: 400,
      body: "Expecting 'Content-Type' to be present",
    });
    expect(
      await rawCall(ep, { headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: '{}' }),
    ).toMatchObject({
      status: 415,
      body: "Expecting 'Content-Type' of application/json or application/x-protobuf",
    });
    const notJson = await rawCall(ep, { headers: { 'Content-Type': 'application/json' }, body: '{' });
    expect(notJson.status).toBe(400);
    expect(notJson.body).toMatch(/^Failed to parse body into JSON: /);
    const missing = await jsonCall(ep, { type: 'SUBSCRIBE', subscribe: {} });
    expect(missing).toMatchObject({
      status: 400,
      body: 'Failed to convert JSON into Call protobuf: Missing required fields: executor_id, framework_id',
    });
    const badProto = await rawCall(ep, {
      headers: { 'Content-Type': 'application/x-protobuf' },
      body: Buffer.from([0xff, 0xff]),
    });
    expect(badProto.status).toBe(400);
    expect(badProto.body).toMatch(/^Failed to parse body into Call protobuf/);
  });

  it('validates calls like validateExecutorCall', async () => {
    const ep = agent.endpoint;
    const invalid = async (body: object) => {
      const r = await jsonCall(ep, body);
      expect(r.status).toBe(400);
      return r.body.replace('Failed to validate Executor::Call: ', '');
    };
    expect(await invalid({ framework_id: { value: FW }, executor_id: { value: EID } })).toBe(
      "Expecting 'type' to be present",
    );
    expect(await invalid(call('SUBSCRIBE'))).toBe("Expecting 'subscribe' to be present");
    expect(await invalid(call('UPDATE'))).toBe("Expecting 'update' to be present");
    expect(await invalid(call('MESSAGE'))).toBe("Expecting 'message' to be present");
    const upd = (status: Record<string, unknown>) => updateCall(FW, EID, 't1', 'TASK_RUNNING', status);
    expect(await invalid(upd({ uuid: Buffer.alloc(15).toString('base64') }))).toBe('Not a valid UUID');
    expect(await invalid(upd({ source: 'SOURCE_AGENT' }))).toBe(
      `Received Call from executor ${EID} of framework ${FW} with invalid source, expecting 'SOURCE_EXECUTOR'`,
    );
    expect(await invalid(upd({ source: undefined }))).toMatch(/invalid source/);
    expect(await invalid(updateCall(FW, EID, 't1', 'TASK_STAGING'))).toBe(
      `Received TASK_STAGING from executor ${EID} of framework ${FW} which is not allowed`,
    );
    expect(await invalid(upd({ executor_id: { value: 'other' } }))).toBe(
      `ExecutorID of TaskStatus: other does not match ExecutorID of Call: ${EID}`,
    );
  });

  it('answers 406 to a SUBSCRIBE that accepts neither encoding, and 202 to HEARTBEAT without further checks', async () => {
    const r = await jsonCall(agent.endpoint, call('SUBSCRIBE', { subscribe: {} }), { Accept: 'text/html' });
    expect(r.status).toBe(406);
    const q0 = await jsonCall(agent.endpoint, call('SUBSCRIBE', { subscribe: {} }), {
      Accept: '*/*, application/json;q=0, application/x-protobuf;q=0',
    });
    expect(q0.status).toBe(406);
    const hb = await jsonCall(agent.endpoint, {
      type: 'HEARTBEAT',
      framework_id: { value: 'nobody' },
      executor_id: { value: 'nothing' },
    });
    expect(hb).toMatchObject({ status: 202, body: '' });
  });

  it('rejects unknown frameworks and executors with 400 and calls before SUBSCRIBE with 403', async () => {
    const ep = agent.endpoint;
    expect(
      await jsonCall(ep, {
        ...call('MESSAGE', { message: { data: 'aGk=' } }),
        framework_id: { value: 'nope' },
      }),
    ).toMatchObject({
      status: 400,
      body: 'Framework cannot be found',
    });
    expect(
      await jsonCall(ep, { ...call('SUBSCRIBE', { subscribe: {} }), executor_id: { value: 'nope' } }),
    ).toMatchObject({
      status: 400,
      body: 'Executor cannot be found',
    });
    expect(await jsonCall(ep, updateCall(FW, EID, 't1', 'TASK_RUNNING'))).toMatchObject({
      status: 403,
      body: 'Executor is not subscribed',
    });
    expect(await jsonCall(ep, call('MESSAGE', { message: { data: 'aGk=' } }))).toMatchObject({
      status: 403,
      body: 'Executor is not subscribed',
    });
    expect(master.updates).toHaveLength(0);
  });

  it('SUBSCRIBE streams SUBSCRIBED then the queued LAUNCH, in JSON by default', async () => {
    const s = await subscribe();
    expect([s.status, s.contentType]).toEqual([200, 'application/json']);
    const subscribed = await s.next(EventType.SUBSCRIBED);
    expect(subscribed.subscribed?.executor_info?.executor_id?.value).toBe(EID);
    expect(subscribed.subscribed?.executor_info?.framework_id?.value).toBe(FW);
    expect(subscribed.subscribed?.framework_info?.id?.value).toBe(FW);
    expect(subscribed.subscribed?.agent_info?.id?.value).toBe('agent-1');
    expect(subscribed.subscribed?.agent_info?.hostname).toBe(AGENT_IP);
    expect(subscribed.subscribed?.container_id?.value).toBe(sandbox().split('/').pop());
    const launch = await s.next(EventType.LAUNCH);
    expect(launch.launch?.task?.task_id?.value).toBe('t1');
    expect(s.types().slice(0, 2)).toEqual(['SUBSCRIBED', 'LAUNCH']);
    // Tasks that arrive later go straight to the subscribed executor.
    agent.runTask(framework(FW), customTask('t2', EID, { command: SLEEPER }));
    expect((await s.next(EventType.LAUNCH, 2)).launch?.task?.task_id?.value).toBe('t2');
  });

  it('streams protobuf when Accept allows only protobuf, also on /slave(1)/api/v1/executor', async () => {
    const s = await subscribe({}, 'application/x-protobuf');
    expect(s.contentType).toBe('application/x-protobuf');
    await s.next(EventType.LAUNCH);
    const r = await rawCall(agent.endpoint, {
      path: '/slave(1)/api/v1/executor',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(updateCall(FW, EID, 't1', 'TASK_RUNNING')),
    });
    expect(r.status).toBe(202);
    await s.next(EventType.ACKNOWLEDGED);
  });

  it('a new SUBSCRIBE closes the earlier subscription of the same executor', async () => {
    const first = await subscribe();
    await first.next(EventType.SUBSCRIBED);
    const second = await subscribe({
      unacknowledged_tasks: [{ name: 't1', task_id: { value: 't1' }, agent_id: { value: 'agent-1' } }],
    });
    await second.next(EventType.SUBSCRIBED);
    await waitFor(() => first.ended, 3000, 'first stream to end');
    expect(second.ended).toBe(false);
  });

  it('UPDATE is stored, acknowledged to the executor and forwarded; a duplicate is re-acknowledged only', async () => {
    const s = await subscribe();
    await s.next(EventType.LAUNCH);
    const body = updateCall(FW, EID, 't1', 'TASK_RUNNING', { data: Buffer.from('hello').toString('base64') });
    expect((await jsonCall(agent.endpoint, body)).status).toBe(202);
    const ack = await s.next(EventType.ACKNOWLEDGED);
    const sent = (body as { update: { status: { uuid: string } } }).update.status.uuid;
    expect(ack.acknowledged?.task_id?.value).toBe('t1');
    expect(Buffer.from(ack.acknowledged?.uuid ?? []).toString('base64')).toBe(sent);
    const forwarded = await master.waitForState('t1', TaskState.TASK_RUNNING);
    expect(master.updates[0]?.agentId).toBe('agent-1');
    expect(forwarded.agent_id?.value).toBe('agent-1');
    expect(Buffer.from(forwarded.data).toString()).toBe('hello');
    expect(forwarded.container_status?.network_infos?.[0]?.ip_addresses?.[0]?.ip_address).toBe(AGENT_IP);

    const acks = s.events.length;
    expect((await jsonCall(agent.endpoint, body)).status).toBe(202);
    await s.next(EventType.ACKNOWLEDGED, acks);
    expect(master.of('t1')).toHaveLength(1);
    expect(
      agent.reregistration().tasks.map((t) => [t.task.task_id.value, TaskState[t.latest.state]]),
    ).toEqual([['t1', 'TASK_RUNNING']]);
  });

  it('MESSAGE goes to the master; framework messages reach the executor', async () => {
    const s = await subscribe();
    await s.next(EventType.LAUNCH);
    expect(
      (
        await jsonCall(
          agent.endpoint,
          call('MESSAGE', { message: { data: Buffer.from('ping').toString('base64') } }),
        )
      ).status,
    ).toBe(202);
    expect(master.messages.map((m) => [m.frameworkId, m.executorId, m.data.toString()])).toEqual([
      [FW, EID, 'ping'],
    ]);
    agent.frameworkMessage(FW, EID, Buffer.from('pong'));
    const msg = await s.next(EventType.MESSAGE);
    expect(Buffer.from(msg.message?.data ?? []).toString()).toBe('pong');
  });

  it('sends HEARTBEAT events on the configured interval', async () => {
    const s = await subscribe();
    await s.next(EventType.SUBSCRIBED);
    await waitFor(() => s.types().filter((t) => t === 'HEARTBEAT').length >= 2, 3000, 'two heartbeats');
  });

  it('on resubscription recovers unacknowledged updates and loses launched tasks the executor does not know', async () => {
    agent.runTask(framework(FW), customTask('t2', EID, { command: SLEEPER }));
    const s = await subscribe();
    await waitFor(() => s.types().filter((t) => t === 'LAUNCH').length === 2);
    s.close();
    const unacked = updateCall(FW, EID, 't1', 'TASK_RUNNING') as { update: object };
    const again = await subscribe({ unacknowledged_tasks: [], unacknowledged_updates: [unacked.update] });
    await again.next(EventType.ACKNOWLEDGED);
    await master.waitForState('t1', TaskState.TASK_RUNNING);
    const lost = await master.waitForState('t2', TaskState.TASK_LOST);
    expect(lost.message).toBe('Task launched during agent restart');
    expect(lost.reason).toBe(mesos.v1.TaskStatus.Reason.REASON_AGENT_RESTARTED);
    expect(lost.source).toBe(mesos.v1.TaskStatus.Source.SOURCE_AGENT);
    expect(lost.uuid).toHaveLength(16);
    expect(master.of('t1')).toHaveLength(1);
  });

  it('starts the executor with the Mesos environment in its sandbox', () => {
    const env = Object.fromEntries(
      readFileSync(join(sandbox(), 'env.txt'), 'utf8')
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    expect(env).toMatchObject({
      MESOS_FRAMEWORK_ID: FW,
      MESOS_EXECUTOR_ID: EID,
      MESOS_AGENT_ENDPOINT: agent.endpoint,
      MESOS_SLAVE_PID: `slave(1)@${agent.endpoint}`,
      MESOS_SLAVE_ID: 'agent-1',
      MESOS_DIRECTORY: sandbox(),
      MESOS_SANDBOX: sandbox(),
      MESOS_CHECKPOINT: '0',
      MESOS_HTTP_COMMAND_EXECUTOR: '0',
      MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD: '5secs',
      LIBPROCESS_PORT: '0',
    });
    expect(env.MESOS_RECOVERY_TIMEOUT).toBeUndefined();
    expect(env.MESOS_SUBSCRIPTION_BACKOFF_MAX).toBeUndefined();
    expect(env.PWD ?? sandbox()).toBe(sandbox());
  });
});
