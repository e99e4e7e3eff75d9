// The composition: startLocalMesos with real agents (command tasks run as processes), the admin API's
// validation, partition through the admin API, and a clean stop.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return -- events are checked as raw wire JSON, which is untyped on purpose */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalMesos, type LocalMesos } from '../../src/index';
import { JSON_TYPE, Subscription, frameworkInfo, http, scalar, subscribeCall, type Json } from './support/harness';

describe('startLocalMesos', () => {
  let mesos: LocalMesos;
  let workDir: string;
  let port: number;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'mesos-local-master-'));
    mesos = await startLocalMesos({
      workDir,
      port: 0,
      agents: [
        { ip: '127.0.0.1', resources: { cpus: 2, memMb: 1024, diskMb: 1000, ports: [[31000, 31010]] }, attributes: { rack: 'r1', dc: 'dc1' } },
        { ip: '127.0.0.2', resources: { cpus: 2, memMb: 1024, diskMb: 1000, ports: [[31000, 31010]] }, attributes: { rack: 'r2', dc: 'dc1' } },
      ],
      master: { allocationIntervalMs: 50, agentPingTimeoutMs: 300 },
      agentOptions: { statusUpdateRetry: { minMs: 200, maxMs: 1000 } },
    });
    port = Number(new URL(mesos.masterUrl).port);
  });

  afterAll(async () => {
    await mesos.stop();
    rmSync(workDir, { recursive: true, force: true });
  });

  const post = (call: Json, sub: Subscription) =>
    http(port, 'POST', '/api/v1/scheduler', { 'Content-Type': JSON_TYPE, 'Mesos-Stream-Id': sub.streamId }, JSON.stringify({ framework_id: { value: sub.frameworkId }, ...call }));

  async function untilState(sub: Subscription, taskId: string, state: string): Promise<Json> {
    for (;;) {
      const status = (await sub.update(taskId, 10_000)).update.status;
      if (status.uuid) {
        await post({ type: 'ACKNOWLEDGE', acknowledge: { agent_id: status.agent_id, task_id: status.task_id, uuid: status.uuid } }, sub);
      }
      if (status.state === state) return status;
    }
  }

  it('runs a command task on a real agent with reliable updates', async () => {
    const sub = await Subscription.open(port, subscribeCall(frameworkInfo({ checkpoint: true, capabilities: [{ type: 'PARTITION_AWARE' }] })));
    const offers = (await sub.next('OFFERS')).offers.offers as Json[];
    expect(offers.map((o) => o.hostname).sort()).toEqual(['127.0.0.1', '127.0.0.2']);
    const offer = offers[0] as Json;
    await post({
      type: 'ACCEPT',
      accept: {
        offer_ids: [offer.id],
        operations: [{ type: 'LAUNCH', launch: { task_infos: [{ name: 'echo', task_id: { value: 'echo' }, agent_id: offer.agent_id, resources: [scalar('cpus', 0.1), scalar('mem', 32)], command: { value: 'echo hello' } }] } }],
      },
    }, sub);
    const finished = await untilState(sub, 'echo', 'TASK_FINISHED');
    expect(finished.source).toBe('SOURCE_EXECUTOR');
    const state = mesos.state();
    expect((state.slaves as Json[]).map((s) => s.attributes.rack)).toEqual(['r1', 'r2']);
    sub.close();
  });

  it('validates admin requests', async () => {
    const unknown = await http(port, 'POST', '/admin/agents/nope/kill', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text).error).toMatch(/^Unknown agent 'nope'/);
    const badBody = await http(port, 'POST', '/admin/master/restart', { 'Content-Type': 'application/json' }, '{"agentReregisterDelayMs":-1}');
    expect(badBody.status).toBe(400);
    expect(JSON.parse(badBody.text).error).toMatch(/^Invalid request body: agentReregisterDelayMs/);
    const notJson = await http(port, 'POST', '/admin/master/leadership', {}, '{');
    expect(notJson.status).toBe(400);
    const leader = await http(port, 'POST', '/admin/master/leadership', {}, '{"mode":"non-leader"}');
    expect(JSON.parse(leader.text).error).toMatch(/'leader' \(host:port\) is required/);
    expect((await http(port, 'GET', '/admin/agents/x/kill', {})).status).toBe(405);
    expect((await http(port, 'POST', '/admin/nothing', {})).status).toBe(404);
    const fw = await http(port, 'POST', '/admin/frameworks/nope/stall', {});
    expect(fw.status).toBe(404);
    const exec = await http(port, 'POST', `/admin/agents/${mesos.agents[0]?.agentId ?? ''}/kill-executor`, {}, '{"frameworkId":"f","executorId":"e","signal":"SIGNOPE"}');
    expect(exec.status).toBe(400);
  });

  it('partitions and heals an agent through the admin API', async () => {
    const sub = await Subscription.open(port, subscribeCall(frameworkInfo({ checkpoint: true, capabilities: [{ type: 'PARTITION_AWARE' }] })));
    const offers = (await sub.next('OFFERS')).offers.offers as Json[];
    const offer = offers[0] as Json;
    const agentId = String(offer.agent_id.value);
    await post({
      type: 'ACCEPT',
      accept: {
        offer_ids: [offer.id],
        operations: [{ type: 'LAUNCH', launch: { task_infos: [{ name: 's', task_id: { value: 'sleeper' }, agent_id: offer.agent_id, resources: [scalar('cpus', 0.1), scalar('mem', 32)], command: { value: 'sleep 30' } }] } }],
      },
    }, sub);
    await untilState(sub, 'sleeper', 'TASK_RUNNING');
    expect((await http(port, 'POST', `/admin/agents/${agentId}/partition`, {})).status).toBe(200);
    const lost = (await sub.update('sleeper', 5000)).update.status;
    expect([lost.state, lost.reason]).toEqual(['TASK_UNREACHABLE', 'REASON_AGENT_REMOVED']);
    expect((await http(port, 'POST', `/admin/agents/${agentId}/heal`, {})).status).toBe(200);
    expect((await sub.update('sleeper', 5000)).update.status.state).toBe('TASK_RUNNING');
    await post({ type: 'KILL', kill: { task_id: { value: 'sleeper' } } }, sub);
    await untilState(sub, 'sleeper', 'TASK_KILLED');
    sub.close();
  });

  it('restarts the master: a new master ID, frameworks recover on resubscription, tasks from agents', async () => {
    const info = frameworkInfo({ checkpoint: true, failover_timeout: 600, capabilities: [{ type: 'PARTITION_AWARE' }] });
    const sub = await Subscription.open(port, subscribeCall(info));
    await sub.next('SUBSCRIBED');
    const id = sub.frameworkId;
    const offer = ((await sub.next('OFFERS')).offers.offers as Json[])[0] as Json;
    await post({
      type: 'ACCEPT',
      accept: {
        offer_ids: [offer.id],
        operations: [{ type: 'LAUNCH', launch: { task_infos: [{ name: 'r', task_id: { value: 'survivor' }, agent_id: offer.agent_id, resources: [scalar('cpus', 0.1), scalar('mem', 32)], command: { value: 'sleep 30' } }] } }],
      },
    }, sub);
    await untilState(sub, 'survivor', 'TASK_RUNNING');
    const oldId = mesos.master().id;
    const restart = await http(port, 'POST', '/admin/master/restart', {}, '{}');
    expect(restart.status).toBe(200);
    await sub.waitEnded();
    expect(mesos.master().id).not.toBe(oldId);
    const again = await Subscription.open(port, subscribeCall({ ...info, id: { value: id } }, { framework_id: { value: id } }));
    expect((await again.next('SUBSCRIBED')).subscribed.master_info.id).toBe(mesos.master().id);
    await http(port, 'POST', '/api/v1/scheduler', { 'Content-Type': JSON_TYPE, 'Mesos-Stream-Id': again.streamId }, JSON.stringify({ framework_id: { value: id }, type: 'RECONCILE', reconcile: { tasks: [{ task_id: { value: 'survivor' } }] } }));
    expect((await again.update('survivor', 5000)).update.status.state).toBe('TASK_RUNNING');
    again.close();
  });
});
