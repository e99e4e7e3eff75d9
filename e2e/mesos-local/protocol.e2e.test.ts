// Protocol checks of the real clients (SchedulerSession here, ExecutorSession in the example executor)
// against mesos-local started in-process: JSON mode end to end, 307 redirects between two masters,
// redelivery of an unacknowledged update on resubscribe, acknowledgement rules, refuse_seconds and REVIVE.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { mesos as proto } from '@cassandra-mesos/model';
import { CONTENT_TYPE_JSON, Operations, SchedulerSession } from '@cassandra-mesos/mesos';
import type { Offer, SchedulerEvent, TaskInfoInput, TaskStatus } from '@cassandra-mesos/mesos';
import { startLocalMesos } from '@cassandra-mesos/mesos-local';
import type { AgentConfig, LocalMesos } from '@cassandra-mesos/mesos-local';
import { assertNothingLeft, ExampleFramework, EXECUTOR_JS, executorPids, getState, isAlive, processes, tempDir, waitUntil } from './support';

const { TaskState, TaskStatus: Status, Value } = proto.v1;

const agent = (ip: string): AgentConfig => ({ ip, resources: { cpus: 2, memMb: 1024, diskMb: 1000, ports: [[31000, 31099]] } });

/** Collects a session's events; waitFor() looks at the events after `from`. */
class Recorder {
  readonly events: SchedulerEvent[] = [];
  readonly ended: Promise<unknown>;
  constructor(readonly session: SchedulerSession) {
    this.ended = (async () => {
      try {
        for await (const e of session.events()) this.events.push(e);
        return undefined;
      } catch (err) {
        return err;
      }
    })();
  }

  waitFor<T extends SchedulerEvent['type']>(
    type: T,
    match: (e: Extract<SchedulerEvent, { type: T }>) => boolean = () => true,
    from = 0,
    timeoutMs = 15_000,
  ): Promise<Extract<SchedulerEvent, { type: T }>> {
    return waitUntil(
      () => this.events.slice(from).find((e): e is Extract<SchedulerEvent, { type: T }> => e.type === type && match(e as Extract<SchedulerEvent, { type: T }>)),
      `${type} (seen ${this.events.map((e) => e.type).join(',')})`,
      timeoutMs,
    );
  }

  updates(taskId: string, from = 0): TaskStatus[] {
    return this.events.slice(from).flatMap((e) => (e.type === 'UPDATE' && e.status.task_id.value === taskId ? [e.status] : []));
  }
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const scalar = (name: string, value: number) => ({ name, type: Value.Type.SCALAR, scalar: { value } });

function exampleTask(offer: Offer, taskId: string): TaskInfoInput {
  return {
    name: taskId,
    task_id: { value: taskId },
    agent_id: { value: offer.agent_id.value },
    resources: [scalar('cpus', 0.1), scalar('mem', 32)],
    executor: {
      executor_id: { value: `${taskId}-executor` },
      command: { shell: false, value: process.execPath, arguments: ['node', EXECUTOR_JS] },
      resources: [scalar('cpus', 0.05), scalar('mem', 64)],
    },
  };
}

function newSession(master: string, name: string): SchedulerSession {
  return new SchedulerSession({
    master,
    frameworkInfo: {
      user: 'e2e',
      name,
      checkpoint: true,
      failover_timeout: 30,
      capabilities: [{ type: proto.v1.FrameworkInfo.Capability.Type.PARTITION_AWARE }],
    },
    resubscribeBackoff: { initialMs: 100, maxMs: 500 },
  });
}

describe('Mesos v1 clients against mesos-local (in-process)', () => {
  const workDir = tempDir('e2e-mesos-protocol-');
  const stops: Array<() => Promise<unknown>> = [];
  const start = async (name: string, ip: string, statusRetryMs = 10_000): Promise<LocalMesos> => {
    const m = await startLocalMesos({
      workDir: join(workDir, name),
      port: 0,
      agents: [agent(ip)],
      master: { heartbeatIntervalSeconds: 1, allocationIntervalMs: 100 },
      agentOptions: { statusUpdateRetry: { minMs: statusRetryMs, maxMs: statusRetryMs } },
    });
    stops.push(() => m.stop());
    return m;
  };

  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
    await assertNothingLeft(workDir);
  });

  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('JSON mode end to end: the example framework and executor speak application/json', async () => {
    const m = await start('json', '127.0.0.2');
    const fw = new ExampleFramework(['--master', m.masterUrl, '--tasks', '2', '--content-type', 'json', '--refuse-seconds', '0.2', '--state-file', join(workDir, 'json-fw.json')]);
    stops.push(() => fw.stop());
    const id = (await fw.waitFor('SUBSCRIBED')).frameworkId as string;
    for (const taskId of ['task-0', 'task-1']) {
      await fw.waitFor('UPDATE', { taskId, state: 'TASK_RUNNING' }, 20_000);
      const echo = await fw.waitFor('MESSAGE', { executorId: `${taskId}-executor` });
      expect(echo.text).toMatch(new RegExp(`: ping ${taskId} from framework pid ${fw.pid}$`));
    }
    expect(fw.of('ACKNOWLEDGED')).toHaveLength(4);
    const executors = executorPids(id);
    expect(executors.size).toBe(2);
    for (const pid of executors.values()) {
      expect(processes().find((p) => p.pid === pid)?.env['EXAMPLE_CONTENT_TYPE']).toBe(CONTENT_TYPE_JSON);
    }
    const state = await getState(m.masterUrl);
    expect(state.frameworks[0]?.tasks.map((t) => t.state)).toEqual(['TASK_RUNNING', 'TASK_RUNNING']);
  });

  it('follows a 307 from a non-leading master, and back after leadership moves', async () => {
    const a = await start('master-a', '127.0.0.2');
    const b = await start('master-b', '127.0.0.3');
    const hostPort = (url: string): string => new URL(url).host;
    expect((await a.admin.setLeadership('non-leader', hostPort(b.masterUrl))).ok).toBe(true);

    const session = newSession(a.masterUrl, 'redirected');
    stops.push(() => session.close());
    const rec = new Recorder(session);
    const first = await rec.waitFor('SUBSCRIBED');
    expect(session.masterUrl).toBe(`${b.masterUrl}/api/v1/scheduler`);
    expect((await getState(b.masterUrl)).frameworks.map((f) => f.id)).toEqual([first.frameworkId]);
    expect((await getState(a.masterUrl)).frameworks).toEqual([]);
    const offer = await rec.waitFor('OFFERS');
    expect(offer.offers[0]?.hostname).toBe('127.0.0.3'); // B's agent

    // Leadership moves back to A; B drops the stream. The session resubscribes at B, is sent to A.
    await b.admin.setLeadership('non-leader', hostPort(a.masterUrl));
    await a.admin.setLeadership('leader');
    const from = rec.events.length;
    expect((await b.admin.dropFramework(first.frameworkId)).ok).toBe(true);
    const again = await rec.waitFor('SUBSCRIBED', () => true, from);
    expect(again).toMatchObject({ frameworkId: first.frameworkId, resubscribed: true });
    expect(session.masterUrl).toBe(`${a.masterUrl}/api/v1/scheduler`);
    expect((await getState(a.masterUrl)).frameworks.map((f) => [f.id, f.connected])).toEqual([[first.frameworkId, true]]);
    const offerFromA = await rec.waitFor('OFFERS', () => true, from);
    expect(offerFromA.offers[0]?.hostname).toBe('127.0.0.2');
  });

  it('redelivers an unacknowledged update on resubscribe; acks need the update\'s uuid; refuse_seconds and REVIVE', async () => {
    // Status-update retries every 60 s: within this test, a redelivery can only come from the resubscribe.
    const m = await start('acks', '127.0.0.2', 60_000);
    const session = newSession(m.masterUrl, 'acks');
    stops.push(() => session.close());
    const rec = new Recorder(session);
    const { frameworkId } = await rec.waitFor('SUBSCRIBED');
    const offers = await rec.waitFor('OFFERS');
    const offer = offers.offers[0]!;
    await session.accept([offer.id], [Operations.launch([exampleTask(offer, 'held')])], { refuse_seconds: 0 });

    // TASK_STARTING arrives and is NOT acknowledged: TASK_RUNNING stays queued behind it on the agent.
    const starting = (await rec.waitFor('UPDATE', (e) => e.status.task_id.value === 'held')).status;
    expect(TaskState[starting.state]).toBe('TASK_STARTING');
    expect(starting.uuid).toHaveLength(16);
    await waitUntil(() => executorPids(frameworkId).size === 1, 'the executor process');
    await new Promise((r) => setTimeout(r, 1_000));
    expect(rec.updates('held').map((s) => TaskState[s.state])).toEqual(['TASK_STARTING']);

    // Resubscribe (new connection): the same update, same uuid, comes again at once.
    let from = rec.events.length;
    const droppedAt = Date.now();
    session.reconnect();
    await rec.waitFor('SUBSCRIBED', (e) => e.resubscribed && e.frameworkId === frameworkId, from);
    const resubscribedAt = from; // offers made before the resubscribe are void now
    const redelivered = (await rec.waitFor('UPDATE', (e) => e.status.task_id.value === 'held', from)).status;
    expect(Date.now() - droppedAt).toBeLessThan(5_000);
    expect(TaskState[redelivered.state]).toBe('TASK_STARTING');
    expect(hex(redelivered.uuid)).toBe(hex(starting.uuid));

    // Acknowledging it releases TASK_RUNNING, which is acknowledged too.
    from = rec.events.length;
    await session.acknowledge(redelivered);
    const running = (await rec.waitFor('UPDATE', (e) => e.status.task_id.value === 'held', from)).status;
    expect(TaskState[running.state]).toBe('TASK_RUNNING');
    await session.acknowledge(running);

    // A reconciliation answer is master-generated (no uuid): the client refuses to acknowledge it.
    from = rec.events.length;
    await session.reconcile([{ taskId: 'held', agentId: offer.agent_id }, { taskId: 'no-such-task', agentId: offer.agent_id }]);
    const answer = (await rec.waitFor('UPDATE', (e) => e.status.task_id.value === 'held', from)).status;
    expect(TaskState[answer.state]).toBe('TASK_RUNNING');
    expect(Status.Reason[answer.reason]).toBe('REASON_RECONCILIATION');
    expect(answer.uuid).toHaveLength(0);
    await expect(session.acknowledge(answer)).rejects.toThrow(/has no uuid: it was generated by the master and must not be acknowledged/);
    const unknown = (await rec.waitFor('UPDATE', (e) => e.status.task_id.value === 'no-such-task', from)).status;
    expect(TaskState[unknown.state]).toBe('TASK_GONE'); // partition-aware; agent registered

    // Raw ACKNOWLEDGE calls with an empty or a malformed uuid: 400.
    const rawAck = (uuid: string) =>
      fetch(`${m.masterUrl}/api/v1/scheduler`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Mesos-Stream-Id': session.streamId ?? '' },
        body: JSON.stringify({
          type: 'ACKNOWLEDGE',
          framework_id: { value: frameworkId },
          acknowledge: { agent_id: { value: offer.agent_id.value }, task_id: { value: 'held' }, uuid },
        }),
      });
    for (const uuid of ['', Buffer.from('not-a-uuid').toString('base64')]) {
      const res = await rawAck(uuid);
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/Invalid UUID/);
    }
    expect((await rawAck(Buffer.from(starting.uuid).toString('base64'))).status).toBe(202); // well-formed: accepted (a duplicate, ignored)

    // DECLINE with refuse_seconds 30 (the one offer outstanding since the resubscribe): that agent's
    // resources are not offered again...
    const next = (await rec.waitFor('OFFERS', () => true, resubscribedAt)).offers[0]!;
    await session.decline([next.id], { refuse_seconds: 30 });
    const declinedAt = rec.events.length;
    await new Promise((r) => setTimeout(r, 2_000)); // 20 allocation cycles
    expect(rec.events.slice(declinedAt).filter((e) => e.type === 'OFFERS')).toEqual([]);
    // ...until REVIVE clears the filter.
    const revivedAt = Date.now();
    await session.revive();
    const reoffered = await rec.waitFor('OFFERS', () => true, declinedAt, 3_000);
    expect(Date.now() - revivedAt).toBeLessThan(1_500);
    expect(reoffered.offers[0]?.agent_id.value).toBe(next.agent_id.value);

    // A short refusal (1 s) expires by itself.
    await session.decline(reoffered.offers.map((o) => o.id), { refuse_seconds: 1 });
    const shortAt = Date.now();
    const mark = rec.events.length;
    await rec.waitFor('OFFERS', () => true, mark, 5_000);
    const after = Date.now() - shortAt;
    expect(after).toBeGreaterThanOrEqual(900);
    expect(after).toBeLessThan(3_000);

    // TEARDOWN: the task is killed, the executor process goes away.
    const pid = executorPids(frameworkId).get('held-executor')!;
    await session.teardown();
    await waitUntil(() => !isAlive(pid), 'the executor to be shut down', 10_000);
    expect((await getState(m.masterUrl)).completed_frameworks.map((f) => f.id)).toEqual([frameworkId]);
  });
});
