import { mesos } from '@cassandra-mesos/model';
import { SchedulerSession } from '../../src/scheduler/session';
import type { SchedulerSessionOptions } from '../../src/scheduler/session';
import { MesosFrameworkError, MesosHeartbeatTimeoutError } from '../../src/scheduler/events';
import type { SchedulerEvent } from '../../src/scheduler/events';
import { Operations } from '../../src/scheduler/operations';
import {
  MesosBadRequestError,
  MesosForbiddenError,
  MesosNotSubscribedError,
  MesosSessionClosedError,
  MesosUnauthorizedError,
  MesosUnsupportedMediaTypeError,
} from '../../src/http/errors';
import { encodeRecord } from '../../src/codec/recordio';
import { jsonCodec } from '../../src/codec/codec';
import { EventStreamWriter, FakeServer, delay, nextValue, nextWithin } from '../support/fake-mesos';
import { FakeMaster, decodeCall } from '../support/fake-master';

const { Call, Event } = mesos.v1.scheduler;
const FRAMEWORK: SchedulerSessionOptions['frameworkInfo'] = {
  user: 'nobody',
  name: 'cassandra',
  failover_timeout: 604800,
  checkpoint: true,
  roles: ['cassandra'],
  capabilities: [{ type: mesos.v1.FrameworkInfo.Capability.Type.MULTI_ROLE }],
};
const UUID = Buffer.from('00112233445566778899aabbccddeeff', 'hex');

describe('SchedulerSession', () => {
  let master: FakeMaster;
  const extra: Array<{ close(): Promise<void> }> = [];
  const sessions: SchedulerSession[] = [];
  const open = (options: Partial<SchedulerSessionOptions> = {}) => {
    const s = new SchedulerSession({
      master: master.url,
      frameworkInfo: FRAMEWORK,
      resubscribeBackoff: { initialMs: 10, maxMs: 40 },
      unavailableRetry: { attempts: 3, initialMs: 5, maxMs: 10 },
      ...options,
    });
    sessions.push(s);
    return s;
  };
  /** Starts the session and returns its iterator after SUBSCRIBED and the first HEARTBEAT. */
  const subscribed = async (s: SchedulerSession) => {
    const events = s.events();
    const first = await nextValue(events);
    expect(first.type).toBe('SUBSCRIBED');
    expect((await nextValue(events)).type).toBe('HEARTBEAT');
    return { events, first };
  };

  beforeEach(async () => {
    master = await FakeMaster.start();
  });
  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((s) => s.close()));
    await Promise.all(extra.splice(0).map((x) => x.close()));
    await master.close();
  });

  describe('SUBSCRIBE', () => {
    it('sends JSON with exact Content-Type and Accept, no stream id, and the FrameworkInfo', async () => {
      const s = open({ contentType: 'application/json' });
      await subscribed(s);
      const [req] = master.subscribeRequests();
      expect(req?.path).toBe('/api/v1/scheduler');
      expect(req?.headers['content-type']).toBe('application/json');
      expect(req?.headers['accept']).toBe('application/json');
      expect(req?.headers['mesos-stream-id']).toBeUndefined();
      expect(JSON.parse(req!.body.toString('utf8'))).toEqual({
        type: 'SUBSCRIBE',
        subscribe: {
          framework_info: {
            user: 'nobody',
            name: 'cassandra',
            failover_timeout: 604800,
            checkpoint: true,
            roles: ['cassandra'],
            capabilities: [{ type: 'MULTI_ROLE' }],
          },
        },
      });
      expect(s.frameworkId).toBe('fw-0001');
      expect(s.state).toBe('subscribed');
      expect(s.streamId).toBe('stream-1');
    });

    it('sends protobuf by default, byte for byte, with the saved id in framework_id and framework_info.id', async () => {
      const s = open({ frameworkId: 'fw-saved' });
      const { first } = await subscribed(s);
      const [req] = master.subscribeRequests();
      expect(req?.headers['content-type']).toBe('application/x-protobuf');
      expect(req?.headers['accept']).toBe('application/x-protobuf');
      const expected = Call.encode(
        Call.create({
          type: Call.Type.SUBSCRIBE,
          framework_id: { value: 'fw-saved' },
          subscribe: { framework_info: { ...FRAMEWORK, id: { value: 'fw-saved' } } },
        }),
      ).finish();
      expect(Buffer.from(req!.body).equals(Buffer.from(expected))).toBe(true);
      expect(first).toMatchObject({ type: 'SUBSCRIBED', frameworkId: 'fw-saved', heartbeatIntervalSeconds: 15, resubscribed: false });
    });

    it('decodes events split across arbitrary chunks', async () => {
      master.autoSubscribe = false;
      const s = open({ contentType: 'application/json' });
      const events = s.events();
      await master.waitForCall(Call.Type.SUBSCRIBE);
      const stream = master.streams[0]!;
      const bytes = Buffer.concat(
        [
          { type: Event.Type.SUBSCRIBED, subscribed: { framework_id: { value: 'fw-x' }, heartbeat_interval_seconds: 15 } },
          { type: Event.Type.HEARTBEAT },
          {
            type: Event.Type.OFFERS,
            offers: {
              offers: [
                {
                  id: { value: 'o1' },
                  framework_id: { value: 'fw-x' },
                  agent_id: { value: 'a1' },
                  hostname: 'h€st', // multi-byte: lengths are in bytes
                  resources: [{ name: 'cpus', type: mesos.v1.Value.Type.SCALAR, scalar: { value: 4 } }],
                },
              ],
            },
          },
          { type: Event.Type.RESCIND, rescind: { offer_id: { value: 'o1' } } },
        ].map((e) => encodeRecord(jsonCodec.encode(Event, Event.create(e)))),
      );
      // 1, 2, 3 … byte chunks, each flushed separately
      for (let i = 0, size = 1; i < bytes.length; i += size, size = (size % 7) + 1) {
        stream.writer.raw(bytes.subarray(i, i + size));
        await delay(0);
      }
      const got: SchedulerEvent[] = [];
      for (let i = 0; i < 4; i++) got.push(await nextValue(events));
      expect(got.map((e) => e.type)).toEqual(['SUBSCRIBED', 'HEARTBEAT', 'OFFERS', 'RESCIND']);
      const offers = got[2] as Extract<SchedulerEvent, { type: 'OFFERS' }>;
      expect(offers.offers[0]?.hostname).toBe('h€st');
      expect(offers.offers[0]?.resources[0]?.scalar?.value).toBe(4);
      expect((got[3] as Extract<SchedulerEvent, { type: 'RESCIND' }>).offerId.value).toBe('o1');
    });

    it('follows a protocol-relative redirect: same body re-POSTed to the leader, which is remembered', async () => {
      const follower = await FakeServer.start((_req, res) => {
        res.writeHead(307, { Location: `//127.0.0.1:${master.server.port}/api/v1/scheduler` }).end();
      });
      extra.push(follower);
      const s = open({ master: follower.url });
      await subscribed(s);
      expect(follower.requests).toHaveLength(1);
      const [req] = master.subscribeRequests();
      expect(req!.body.equals(follower.requests[0]!.body)).toBe(true);
      expect(s.masterUrl).toBe(`http://127.0.0.1:${master.server.port}/api/v1/scheduler`);
      await s.revive();
      expect(follower.requests).toHaveLength(1);
      expect(decodeCall(await master.waitForCall(Call.Type.REVIVE)).type).toBe(Call.Type.REVIVE);
    });

    it('retries 503 (master recovering) and then subscribes', async () => {
      master.onSubscribe = (_req, res, n) => {
        if (n > 2) return false;
        res.writeHead(503).end('Master has not finished recovery');
        return true;
      };
      const s = open();
      await subscribed(s);
      expect(master.subscribeRequests()).toHaveLength(3);
    });

    it.each([
      [401, MesosUnauthorizedError],
      [400, MesosBadRequestError],
      [415, MesosUnsupportedMediaTypeError],
    ])('stops with the typed error when SUBSCRIBE gets %i', async (status, cls) => {
      master.onSubscribe = (_req, res) => {
        res.writeHead(status).end(`refused ${status}`);
        return true;
      };
      const s = open({ credentials: { principal: 'p', secret: 'very-secret' } });
      const events = s.events();
      const err = await nextWithin(events).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(cls);
      expect((err as Error).message).not.toContain('very-secret');
      expect(s.state).toBe('closed');
      await delay(60);
      expect(master.subscribeRequests()).toHaveLength(1); // not retried
      expect(master.subscribeRequests()[0]?.headers['authorization']).toBe(`Basic ${Buffer.from('p:very-secret').toString('base64')}`);
    });
  });

  describe('calls', () => {
    it('carries the Mesos-Stream-Id and framework id on every call (JSON bodies checked)', async () => {
      const s = open({ contentType: 'application/json' });
      await subscribed(s);
      await s.decline(['o1', { value: 'o2' }], { refuse_seconds: 3600 });
      await s.suppress(['cassandra']);
      await s.revive();
      await s.kill('t1', 'a1', { grace_period: { nanoseconds: 5e9 } });
      await s.shutdown('e1', 'a1');
      await s.reconcile([]);
      await s.reconcile([{ taskId: 't1', agentId: 'a1' }, { taskId: 't2' }]);
      await s.message('a1', 'e1', Buffer.from('hi'));
      const calls = master.server.requests.slice(1);
      expect(calls).toHaveLength(8);
      for (const c of calls) {
        expect(c.headers['mesos-stream-id']).toBe('stream-1');
        expect(c.headers['content-type']).toBe('application/json');
      }
      const bodies = calls.map((c) => JSON.parse(c.body.toString('utf8')) as unknown);
      expect(bodies).toEqual([
        { type: 'DECLINE', framework_id: { value: 'fw-0001' }, decline: { offer_ids: [{ value: 'o1' }, { value: 'o2' }], filters: { refuse_seconds: 3600 } } },
        { type: 'SUPPRESS', framework_id: { value: 'fw-0001' }, suppress: { roles: ['cassandra'] } },
        { type: 'REVIVE', framework_id: { value: 'fw-0001' } },
        { type: 'KILL', framework_id: { value: 'fw-0001' }, kill: { task_id: { value: 't1' }, agent_id: { value: 'a1' }, kill_policy: { grace_period: { nanoseconds: 5e9 } } } },
        { type: 'SHUTDOWN', framework_id: { value: 'fw-0001' }, shutdown: { executor_id: { value: 'e1' }, agent_id: { value: 'a1' } } },
        { type: 'RECONCILE', framework_id: { value: 'fw-0001' }, reconcile: {} },
        {
          type: 'RECONCILE',
          framework_id: { value: 'fw-0001' },
          reconcile: { tasks: [{ task_id: { value: 't1' }, agent_id: { value: 'a1' } }, { task_id: { value: 't2' } }] },
        },
        { type: 'MESSAGE', framework_id: { value: 'fw-0001' }, message: { agent_id: { value: 'a1' }, executor_id: { value: 'e1' }, data: 'aGk=' } },
      ]);
    });

    it('builds ACCEPT operations (protobuf bytes equal the reference encoding)', async () => {
      const s = open();
      await subscribed(s);
      const cpus = { name: 'cpus', type: mesos.v1.Value.Type.SCALAR, scalar: { value: 1 } };
      const reserved = { ...cpus, reservations: [{ type: mesos.v1.Resource.ReservationInfo.Type.DYNAMIC, role: 'cassandra', principal: 'p' }] };
      const volume = { ...reserved, name: 'disk', scalar: { value: 100 }, disk: { persistence: { id: 'v1' }, volume: { container_path: 'data', mode: mesos.v1.Volume.Mode.RW } } };
      const task = { name: 'node-0', task_id: { value: 'node-0' }, agent_id: { value: 'a1' }, resources: [reserved], command: { value: 'sleep 1' } };
      const executor = { executor_id: { value: 'e1' }, command: { value: './executor' } };
      const ops = [
        Operations.reserve([reserved], { id: 'op-r' }),
        Operations.create([volume]),
        Operations.launch([task]),
        Operations.launchGroup(executor, { tasks: [task] }),
        Operations.destroy([volume]),
        Operations.unreserve([reserved]),
      ];
      await s.accept(['o1'], ops, { refuse_seconds: 1 });
      const req = await master.waitForCall(Call.Type.ACCEPT);
      const expected = Call.encode(
        Call.create({
          framework_id: { value: 'fw-0001' },
          type: Call.Type.ACCEPT,
          accept: { offer_ids: [{ value: 'o1' }], operations: ops, filters: { refuse_seconds: 1 } },
        }),
      ).finish();
      expect(Buffer.from(req.body).equals(Buffer.from(expected))).toBe(true);
      const decoded = decodeCall(req);
      const T = mesos.v1.Offer.Operation.Type;
      expect(decoded.accept?.operations?.map((o) => o.type)).toEqual([T.RESERVE, T.CREATE, T.LAUNCH, T.LAUNCH_GROUP, T.DESTROY, T.UNRESERVE]);
      expect(decoded.accept?.operations?.[0]?.id?.value).toBe('op-r');
      expect(() => Operations.launch([])).toThrow(/at least one/);
      await expect(s.accept([], ops)).rejects.toThrow(/offer id/);
    });

    it('acknowledges an update with a uuid and refuses one without (nothing sent)', async () => {
      const s = open({ contentType: 'application/json' });
      const { events } = await subscribed(s);
      master.send({
        type: Event.Type.UPDATE,
        update: { status: { task_id: { value: 't1' }, state: mesos.v1.TaskState.TASK_RUNNING, agent_id: { value: 'a1' }, uuid: UUID } },
      });
      master.send({
        type: Event.Type.UPDATE,
        update: {
          status: {
            task_id: { value: 't2' },
            state: mesos.v1.TaskState.TASK_LOST,
            agent_id: { value: 'a1' },
            source: mesos.v1.TaskStatus.Source.SOURCE_MASTER,
            reason: mesos.v1.TaskStatus.Reason.REASON_RECONCILIATION,
          },
        },
      });
      const withUuid = (await nextValue(events)) as Extract<SchedulerEvent, { type: 'UPDATE' }>;
      const withoutUuid = (await nextValue(events)) as Extract<SchedulerEvent, { type: 'UPDATE' }>;
      await expect(s.acknowledge(withoutUuid.status)).rejects.toThrow(/no uuid.*must not be acknowledged/);
      await s.acknowledge(withUuid.status);
      const calls = master.server.requests.slice(1);
      expect(calls).toHaveLength(1);
      expect(JSON.parse(calls[0]!.body.toString('utf8'))).toEqual({
        type: 'ACKNOWLEDGE',
        framework_id: { value: 'fw-0001' },
        acknowledge: { agent_id: { value: 'a1' }, task_id: { value: 't1' }, uuid: UUID.toString('base64') },
      });
    });

    it('refuses calls before SUBSCRIBED and after close()', async () => {
      master.autoSubscribe = false;
      const s = open();
      s.events();
      await master.waitForCall(Call.Type.SUBSCRIBE);
      await expect(s.revive()).rejects.toBeInstanceOf(MesosNotSubscribedError);
      await s.close();
      await expect(s.revive()).rejects.toBeInstanceOf(MesosSessionClosedError);
      expect(master.server.requests).toHaveLength(1);
      expect(() => s.events()).toThrow(MesosSessionClosedError);
    });

    it('maps a 400 on a call to MesosBadRequestError with the text and keeps the subscription', async () => {
      master.onCall = (_req, res) => {
        res.writeHead(400).end('Framework cannot be found');
        return true;
      };
      const s = open();
      await subscribed(s);
      const err = (await s.revive().catch((e: unknown) => e)) as MesosBadRequestError;
      expect(err).toBeInstanceOf(MesosBadRequestError);
      expect(err.body).toBe('Framework cannot be found');
      expect(s.state).toBe('subscribed');
    });

    it('on 403 throws MesosForbiddenError and resubscribes with the saved framework id', async () => {
      master.onCall = (_req, res) => {
        res.writeHead(403).end('Framework is not subscribed');
        return true;
      };
      const s = open();
      const { events } = await subscribed(s);
      await expect(s.revive()).rejects.toBeInstanceOf(MesosForbiddenError);
      const disconnected = await nextValue(events);
      expect(disconnected).toMatchObject({ type: 'DISCONNECTED' });
      expect((disconnected as Extract<SchedulerEvent, { type: 'DISCONNECTED' }>).reason).toBeInstanceOf(MesosForbiddenError);
      expect(await nextValue(events)).toMatchObject({ type: 'SUBSCRIBED', frameworkId: 'fw-0001', resubscribed: true });
      const again = decodeCall(master.subscribeRequests()[1]!);
      expect(again.framework_id?.value).toBe('fw-0001');
      expect(again.subscribe?.framework_info?.id?.value).toBe('fw-0001');
      expect(s.streamId).toBe('stream-2');
    });

    it('updateFramework sends UPDATE_FRAMEWORK and uses the new info when resubscribing', async () => {
      const s = open({ contentType: 'application/json' });
      const { events } = await subscribed(s);
      await s.updateFramework({ ...FRAMEWORK, name: 'cassandra-renamed' }, { suppressedRoles: ['cassandra'] });
      const req = await master.waitForCall(Call.Type.UPDATE_FRAMEWORK);
      expect(JSON.parse(req.body.toString('utf8'))).toMatchObject({
        type: 'UPDATE_FRAMEWORK',
        framework_id: { value: 'fw-0001' },
        update_framework: { framework_info: { name: 'cassandra-renamed', id: { value: 'fw-0001' } }, suppressed_roles: ['cassandra'] },
      });
      master.streams[0]!.writer.end();
      expect((await nextValue(events)).type).toBe('DISCONNECTED');
      expect((await nextValue(events)).type).toBe('SUBSCRIBED');
      expect(JSON.parse(master.subscribeRequests()[1]!.body.toString('utf8'))).toMatchObject({
        framework_id: { value: 'fw-0001' },
        subscribe: { framework_info: { name: 'cassandra-renamed', id: { value: 'fw-0001' } }, suppressed_roles: ['cassandra'] },
      });
    });
  });

  describe('connection loss', () => {
    it('heartbeat loss: drops the silent stream and resubscribes with the saved FrameworkID', async () => {
      master.heartbeatSeconds = 0.05; // k=3 → 150 ms of silence
      const s = open({ heartbeatTimeoutFactor: 3 });
      const { events } = await subscribed(s);
      const started = Date.now();
      const lost = await nextValue(events);
      expect(lost.type).toBe('DISCONNECTED');
      expect(Date.now() - started).toBeGreaterThanOrEqual(100);
      const reason = (lost as Extract<SchedulerEvent, { type: 'DISCONNECTED' }>).reason;
      expect(reason).toBeInstanceOf(MesosHeartbeatTimeoutError);
      expect((reason as MesosHeartbeatTimeoutError).silentMs).toBe(150);
      expect(await nextValue(events)).toMatchObject({ type: 'SUBSCRIBED', resubscribed: true, frameworkId: 'fw-0001' });
      const second = decodeCall(master.subscribeRequests()[1]!);
      expect(second.framework_id?.value).toBe('fw-0001');
      expect(second.subscribe?.framework_info?.id?.value).toBe('fw-0001');
      expect(master.subscribeRequests()[1]?.headers['mesos-stream-id']).toBeUndefined();
      // later calls use the new stream id
      await s.revive();
      expect((await master.waitForCall(Call.Type.REVIVE)).headers['mesos-stream-id']).toBe('stream-2');
    });

    it('heartbeats keep the stream alive', async () => {
      master.heartbeatSeconds = 0.05;
      const s = open({ heartbeatTimeoutFactor: 3 });
      const { events } = await subscribed(s);
      for (let i = 0; i < 6; i++) {
        await delay(50);
        master.send({ type: Event.Type.HEARTBEAT });
        expect((await nextValue(events)).type).toBe('HEARTBEAT');
      }
      expect(master.subscribeRequests()).toHaveLength(1);
    });

    it('resubscribes with backoff when the master closes the stream or is unreachable', async () => {
      const s = open({ unavailableRetry: { attempts: 0, initialMs: 1, maxMs: 1 } });
      const { events } = await subscribed(s);
      const port = master.server.port;
      await master.close();
      expect((await nextValue(events)).type).toBe('DISCONNECTED');
      // a new master on the same port comes back
      const server = await FakeServer.startOn(port);
      master = FakeMaster.wrap(server);
      expect(await nextValue(events, 5000)).toMatchObject({ type: 'SUBSCRIBED', resubscribed: true });
    });

    it.each([
      ['Framework failed over', 'failed-over'],
      ['Framework has been removed', 'removed'],
    ])('ERROR "%s" stops the session without resubscribing', async (message, reason) => {
      const s = open();
      const { events } = await subscribed(s);
      master.send({ type: Event.Type.ERROR, error: { message } });
      master.streams[0]!.writer.end();
      const err = (await nextWithin(events).catch((e: unknown) => e)) as MesosFrameworkError;
      expect(err).toBeInstanceOf(MesosFrameworkError);
      expect(err.reason).toBe(reason);
      expect(err.mesosMessage).toBe(message);
      expect(s.state).toBe('closed');
      expect(await nextWithin(events)).toEqual({ value: undefined, done: true });
      await delay(80);
      expect(master.subscribeRequests()).toHaveLength(1);
      await expect(s.revive()).rejects.toBeInstanceOf(MesosSessionClosedError);
    });

    it('delivers every event type with typed payloads', async () => {
      const s = open();
      const { events } = await subscribed(s);
      master.send({ type: Event.Type.MESSAGE, message: { agent_id: { value: 'a1' }, executor_id: { value: 'e1' }, data: Buffer.from([1, 2]) } });
      master.send({ type: Event.Type.FAILURE, failure: { agent_id: { value: 'a1' }, executor_id: { value: 'e1' }, status: 9 } });
      master.send({ type: Event.Type.FAILURE, failure: { agent_id: { value: 'a2' } } });
      master.send({ type: Event.Type.INVERSE_OFFERS, inverse_offers: { inverse_offers: [{ id: { value: 'io1' }, framework_id: { value: 'fw-0001' }, unavailability: { start: { nanoseconds: 1 } } }] } });
      master.send({
        type: Event.Type.UPDATE_OPERATION_STATUS,
        update_operation_status: { status: { operation_id: { value: 'op-r' }, state: mesos.v1.OperationState.OPERATION_FINISHED, uuid: { value: UUID }, agent_id: { value: 'a1' } } },
      });
      const got = [];
      for (let i = 0; i < 5; i++) got.push(await nextValue(events));
      expect(got[0]).toMatchObject({ type: 'MESSAGE', agentId: { value: 'a1' }, executorId: { value: 'e1' } });
      expect([...(got[0] as Extract<SchedulerEvent, { type: 'MESSAGE' }>).data]).toEqual([1, 2]);
      expect(got[1]).toMatchObject({ type: 'FAILURE', agentId: { value: 'a1' }, executorId: { value: 'e1' }, status: 9 });
      expect(got[2]).toMatchObject({ type: 'FAILURE', agentId: { value: 'a2' }, executorId: undefined, status: undefined });
      expect(got[3]).toMatchObject({ type: 'INVERSE_OFFERS' });
      expect(got[4]).toMatchObject({ type: 'UPDATE_OPERATION_STATUS' });
      await s.acknowledgeOperationStatus((got[4] as Extract<SchedulerEvent, { type: 'UPDATE_OPERATION_STATUS' }>).status);
      const ack = decodeCall(await master.waitForCall(Call.Type.ACKNOWLEDGE_OPERATION_STATUS));
      expect(Buffer.from(ack.acknowledge_operation_status!.uuid).equals(UUID)).toBe(true);
      expect(ack.acknowledge_operation_status?.operation_id?.value).toBe('op-r');
    });
  });

  describe('lifecycle', () => {
    it('allows one consumer only', async () => {
      const s = open();
      s.events();
      expect(() => s.events()).toThrow(/only once/);
      await s.close();
    });

    it('close() ends the iterator and the stream; breaking out of the loop closes the session', async () => {
      const s = open();
      const { events } = await subscribed(s);
      const pending = events.next();
      await s.close();
      expect(await pending).toEqual({ value: undefined, done: true });
      await s.close(); // idempotent

      const s2 = open();
      for await (const e of s2.events()) {
        if (e.type === 'HEARTBEAT') break;
      }
      await delay(10);
      expect(s2.state).toBe('closed');
    });

    it('teardown() sends TEARDOWN and closes the session', async () => {
      const s = open({ contentType: 'application/json' });
      const { events } = await subscribed(s);
      await s.teardown();
      const req = await master.waitForCall(Call.Type.TEARDOWN);
      expect(JSON.parse(req.body.toString('utf8'))).toEqual({ type: 'TEARDOWN', framework_id: { value: 'fw-0001' } });
      expect(s.state).toBe('closed');
      expect(await nextWithin(events)).toEqual({ value: undefined, done: true });
    });

    it('uses the stream content type the master answers with', async () => {
      master.onSubscribe = (_req, res) => {
        const w = new EventStreamWriter(res, 'application/json', 'sid-json');
        w.record(jsonCodec.encode(Event, Event.create({ type: Event.Type.SUBSCRIBED, subscribed: { framework_id: { value: 'f' } } })));
        w.record(jsonCodec.encode(Event, Event.create({ type: Event.Type.HEARTBEAT })));
        return true;
      };
      const s = open();
      const { first } = await subscribed(s);
      expect(first).toMatchObject({ frameworkId: 'f', heartbeatIntervalSeconds: 15 });
      expect(s.streamId).toBe('sid-json');
    });
  });
});
