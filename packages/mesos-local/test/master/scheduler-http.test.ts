// §1.1: the scheduler endpoint's checks, in order, with Mesos's status codes and messages.
/* eslint-disable @typescript-eslint/no-unsafe-member-access -- events are checked as raw wire JSON, which is untyped on purpose */
import { mesos } from '@cassandra-mesos/model';
import {
  JSON_TYPE,
  PROTOBUF,
  Subscription,
  call,
  frameworkInfo,
  http,
  postJson,
  startHarness,
  subscribeCall,
  subscribeFramework,
  type Harness,
} from './support/harness';

describe('scheduler endpoint: status codes', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('405 with Allow: POST for other methods', async () => {
    const r = await http(h.port, 'GET', '/api/v1/scheduler', {});
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('POST');
    expect(r.text).toBe("Expecting one of { 'POST' }, but received 'GET'");
  });

  it('400 without Content-Type', async () => {
    const r = await http(h.port, 'POST', '/api/v1/scheduler', {}, '{}');
    expect(r.status).toBe(400);
    expect(r.text).toBe("Expecting 'Content-Type' to be present");
  });

  it.each(['application/json; charset=utf-8', 'text/plain', 'application/JSON'])('415 for Content-Type %s', async (ct) => {
    const r = await http(h.port, 'POST', '/api/v1/scheduler', { 'Content-Type': ct }, JSON.stringify(subscribeCall()));
    expect(r.status).toBe(415);
    expect(r.text).toBe('Expecting \'Content-Type\' of application/json or application/x-protobuf');
  });

  it('400 for unparsable JSON, numeric enums and missing required fields', async () => {
    const bad = await postJson(h, '{"type":');
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(/^Failed to parse body into JSON: /);
    const numeric = await postJson(h, { type: 1, subscribe: { framework_info: frameworkInfo() } });
    expect(numeric.status).toBe(400);
    expect(numeric.text).toMatch(/^Failed to convert JSON into Call protobuf: Not expecting a JSON number/);
    const missing = await postJson(h, { type: 'SUBSCRIBE', subscribe: { framework_info: { name: 'x' } } });
    expect(missing.status).toBe(400);
    expect(missing.text).toBe('Failed to convert JSON into Call protobuf: Missing required fields: subscribe.framework_info.user');
  });

  it('400 for a protobuf body that is not a Call', async () => {
    const r = await http(h.port, 'POST', '/api/v1/scheduler', { 'Content-Type': PROTOBUF }, Buffer.from([0x0a, 0xff, 0xff]));
    expect(r.status).toBe(400);
    expect(r.text).toMatch(/^Failed to parse body into Call protobuf/);
  });

  it('400 for calls that fail validation', async () => {
    const noType = await postJson(h, { subscribe: { framework_info: frameworkInfo() } });
    expect(noType.text).toBe("Failed to validate scheduler::Call: Expecting 'type' to be present");
    expect(noType.status).toBe(400);
    const noSub = await postJson(h, { type: 'SUBSCRIBE' });
    expect(noSub.text).toBe("Failed to validate scheduler::Call: Expecting 'subscribe' to be present");
    const differs = await postJson(h, subscribeCall(frameworkInfo({ id: { value: 'a' } }), { framework_id: { value: 'b' } }));
    expect(differs.text).toBe("Failed to validate scheduler::Call: 'framework_id' differs from 'subscribe.framework_info.id'");
    const noFw = await postJson(h, { type: 'REVIVE' });
    expect(noFw.text).toBe("Failed to validate scheduler::Call: Expecting 'framework_id' to be present");
    const noAccept = await postJson(h, { type: 'ACCEPT', framework_id: { value: 'x' } });
    expect(noAccept.text).toBe("Failed to validate scheduler::Call: Expecting 'accept' to be present");
    const badUuid = await postJson(h, {
      type: 'ACKNOWLEDGE',
      framework_id: { value: 'x' },
      acknowledge: { agent_id: { value: 'a' }, task_id: { value: 't' }, uuid: Buffer.from('short').toString('base64') },
    });
    expect(badUuid.status).toBe(400);
    expect(badUuid.text).toMatch(/^Failed to validate scheduler::Call: Invalid UUID/);
  });

  it('406 when Accept allows neither media type', async () => {
    const sub = await Subscription.open(h.port, subscribeCall(), { accept: 'text/html' });
    await sub.waitEnded();
    expect(sub.status).toBe(406);
  });

  it('400 when SUBSCRIBE carries Mesos-Stream-Id', async () => {
    const r = await postJson(h, subscribeCall(), { 'Mesos-Stream-Id': 'abc' });
    expect(r.status).toBe(400);
    expect(r.text).toBe("Subscribe calls should not include the 'Mesos-Stream-Id' header");
  });

  it('400 for an unknown framework, 400 for missing or wrong stream IDs, 501 for UNKNOWN, 202 otherwise', async () => {
    const sub = await subscribeFramework(h);
    const unknown = await postJson(h, { type: 'REVIVE', framework_id: { value: 'nope' } }, { 'Mesos-Stream-Id': sub.streamId });
    expect([unknown.status, unknown.text]).toEqual([400, 'Framework cannot be found']);
    const missing = await postJson(h, { type: 'REVIVE', framework_id: { value: sub.frameworkId } });
    expect([missing.status, missing.text]).toEqual([400, "All non-subscribe calls should include the 'Mesos-Stream-Id' header"]);
    const wrong = await postJson(h, { type: 'REVIVE', framework_id: { value: sub.frameworkId } }, { 'Mesos-Stream-Id': 'other' });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toBe(`The stream ID 'other' included in this request didn't match the stream ID currently associated with framework ID ${sub.frameworkId}`);
    const unknownCall = await call(h, sub, { type: 'UNKNOWN' });
    expect(unknownCall.status).toBe(501);
    const ok = await call(h, sub, { type: 'REVIVE' });
    expect([ok.status, ok.text]).toEqual([202, '']);
    sub.close();
  });

  it('403 once the framework is no longer subscribed', async () => {
    const sub = await subscribeFramework(h, frameworkInfo({ failover_timeout: 3600 }));
    sub.close();
    await new Promise((r) => setTimeout(r, 50));
    const r = await call(h, sub, { type: 'REVIVE' });
    expect([r.status, r.text]).toEqual([403, 'Framework is not subscribed']);
  });

  it('is also routed at /master/api/v1/scheduler', async () => {
    const sub = await Subscription.open(h.port, subscribeCall(), { path: '/master/api/v1/scheduler' });
    await sub.next('SUBSCRIBED');
    sub.close();
  });

  it('307 to the leader when not leading, 503 while recovering', async () => {
    h.leadership = { mode: 'non-leader', leader: 'm2:5050' };
    const r = await postJson(h, subscribeCall());
    expect(r.status).toBe(307);
    expect(r.headers.location).toBe('//m2:5050/api/v1/scheduler');
    const r2 = await http(h.port, 'POST', '/master/api/v1/scheduler', { 'Content-Type': JSON_TYPE }, '{}');
    expect(r2.headers.location).toBe('//m2:5050/master/api/v1/scheduler');
    h.leadership = { mode: 'recovering' };
    const r3 = await postJson(h, subscribeCall());
    expect([r3.status, r3.text]).toEqual([503, 'Master has not finished recovery']);
  });
});

describe('scheduler endpoint: authentication', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ credentials: [{ principal: 'fw', secret: 's3cret' }] });
  });
  afterEach(async () => {
    await h.close();
  });

  it('401 with WWW-Authenticate without valid credentials, before any other check', async () => {
    const none = await http(h.port, 'GET', '/api/v1/scheduler', {});
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Basic realm="mesos-master-scheduler"');
    const wrong = await postJson(h, subscribeCall(), { Authorization: `Basic ${Buffer.from('fw:nope').toString('base64')}` });
    expect(wrong.status).toBe(401);
  });

  it('accepts the principal and rejects a different FrameworkInfo.principal', async () => {
    const auth = { Authorization: `Basic ${Buffer.from('fw:s3cret').toString('base64')}` };
    const mismatch = await postJson(h, subscribeCall(frameworkInfo({ principal: 'other' })), auth);
    expect(mismatch.status).toBe(400);
    expect(mismatch.text).toBe("Failed to validate scheduler::Call: Authenticated principal 'fw' does not match principal 'other' set in `FrameworkInfo`");
    const sub = await Subscription.open(h.port, subscribeCall(frameworkInfo({ principal: 'fw' })), { extraHeaders: auth });
    await sub.next('SUBSCRIBED');
    sub.close();
  });
});

describe('scheduler endpoint: encodings and the event stream', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ agents: 0 });
  });
  afterEach(async () => {
    await h.close();
  });

  it('streams SUBSCRIBED then an immediate HEARTBEAT, JSON per the Mesos mapping', async () => {
    const sub = await Subscription.open(h.port, subscribeCall(frameworkInfo({ checkpoint: true })), { accept: 'application/json' });
    await sub.next('HEARTBEAT');
    expect(sub.status).toBe(200);
    expect(sub.headers['content-type']).toBe('application/json');
    expect(sub.headers['transfer-encoding']).toBe('chunked');
    expect(sub.streamId).toMatch(/^[0-9a-f-]{36}$/);
    const text = Buffer.concat(sub.raw).toString('utf8');
    const first = text.slice(text.indexOf('\n') + 1, text.indexOf('\n') + 1 + Number(text.slice(0, text.indexOf('\n'))));
    expect(JSON.parse(first)).toEqual({
      type: 'SUBSCRIBED',
      subscribed: {
        framework_id: { value: 'm1-0000' },
        heartbeat_interval_seconds: 15,
        master_info: {
          id: 'm1',
          ip: 16777343,
          port: h.port,
          pid: `master@127.0.0.1:${h.port}`,
          hostname: '127.0.0.1',
          version: '1.11.0',
          address: { hostname: '127.0.0.1', ip: '127.0.0.1', port: h.port },
          capabilities: [{ type: 'AGENT_UPDATE' }, { type: 'AGENT_DRAINING' }, { type: 'QUOTA_V2' }],
        },
      },
    });
    expect(text.endsWith('20\n{"type":"HEARTBEAT"}')).toBe(true);
    sub.close();
  });

  it('sends heartbeats every heartbeat_interval_seconds', async () => {
    await h.close();
    h = await startHarness({ agents: 0, master: { heartbeatIntervalSeconds: 0.05 } });
    const sub = await Subscription.open(h.port, subscribeCall());
    const subscribed = await sub.next('SUBSCRIBED');
    expect(subscribed.subscribed.heartbeat_interval_seconds).toBe(0.05);
    for (let i = 0; i < 3; i++) await sub.next('HEARTBEAT', 1000);
    sub.close();
  });

  it('speaks protobuf both ways', async () => {
    const sub = await Subscription.open(h.port, subscribeCall(), { contentType: PROTOBUF, accept: PROTOBUF });
    expect(sub.headers['content-type']).toBe(PROTOBUF);
    const ev = await sub.next('SUBSCRIBED');
    expect(ev.subscribed.framework_id.value).toBe('m1-0000');
    const revive = mesos.v1.scheduler.Call.encode(
      mesos.v1.scheduler.Call.create({ type: mesos.v1.scheduler.Call.Type.REVIVE, framework_id: { value: 'm1-0000' } }),
    ).finish();
    const r = await http(h.port, 'POST', '/api/v1/scheduler', { 'Content-Type': PROTOBUF, 'Mesos-Stream-Id': sub.streamId }, Buffer.from(revive));
    expect(r.status).toBe(202);
    sub.close();
  });

  it('negotiates the stream type from Accept only', async () => {
    const noAccept = await Subscription.open(h.port, subscribeCall(), { accept: null, contentType: PROTOBUF });
    expect(noAccept.headers['content-type']).toBe(JSON_TYPE);
    noAccept.close();
    const pbOnly = await Subscription.open(h.port, subscribeCall(), { accept: 'application/x-protobuf' });
    expect(pbOnly.headers['content-type']).toBe(PROTOBUF);
    await pbOnly.next('SUBSCRIBED');
    pbOnly.close();
    const wildcard = await Subscription.open(h.port, subscribeCall(), { accept: 'application/json;q=0, */*' });
    expect(wildcard.headers['content-type']).toBe(PROTOBUF);
    wildcard.close();
  });
});
