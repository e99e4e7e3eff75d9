// Bearer-token auth (off, on for mutating calls, on for reads too) and the API on a process that does
// not lead: queries answer from the store, commands are refused with NOT_LEADER naming the leader.
/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access -- supertest types response bodies as any; the tests check their values */
import { BearerAuth } from '../../src/api';
import { stateFingerprint } from './support/in-memory-scheduler';
import { harness, TOKEN } from './support/harness';

describe('auth off', () => {
  it('mutating calls need no token', async () => {
    const { http } = harness();
    expect((await http.post('/v1/plan/interrupt')).status).toBe(200);
  });

  it('the OpenAPI document declares no security', async () => {
    const doc = (await harness().http.get('/openapi.json')).body;
    expect(doc.paths['/v1/plan/interrupt'].post.security).toBeUndefined();
  });
});

describe('auth on', () => {
  const withToken = (protectReads = false) => harness({ app: { auth: { token: TOKEN, protectReads } } });

  it('refuses a mutating call without the token with 401 and a challenge, changing nothing', async () => {
    const { http, scheduler } = withToken();
    const before = stateFingerprint(scheduler.state);
    const res = await http.post('/node/node-1/stop');
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="cassandra-mesos"');
    expect(res.body.error.code).toBe('UNAUTHORIZED');
    expect(res.body.error.message).toContain('no Authorization header was sent');
    expect(stateFingerprint(scheduler.state)).toBe(before);
  });

  it('refuses a wrong token and a malformed header', async () => {
    const { http, scheduler } = withToken();
    const wrong = await http.post('/node/node-1/stop').set('Authorization', `Bearer ${TOKEN}x`);
    expect(wrong.status).toBe(401);
    expect(wrong.headers['www-authenticate']).toContain('error="invalid_token"');
    const basic = await http.post('/node/node-1/stop').set('Authorization', `Basic ${Buffer.from(`u:${TOKEN}`).toString('base64')}`);
    expect(basic.status).toBe(401);
    expect(basic.body.error.message).toContain('not of the form "Bearer <token>"');
    expect(scheduler.commands).toEqual([]);
  });

  it('accepts the token, and checks it before the input (no probing of names without it)', async () => {
    const { http, scheduler } = withToken();
    expect((await http.post('/node/node-1/stop').set('Authorization', `Bearer ${TOKEN}`)).status).toBe(200);
    expect(scheduler.commands).toHaveLength(1);
    expect((await http.post('/node/..%2Fx/stop')).status).toBe(401);
    expect((await http.put('/v1/backup/start').send({})).status).toBe(401);
  });

  it('leaves reads open by default, and protects them (but not the probes) with protectReads', async () => {
    expect((await withToken().http.get('/v1/nodes/list')).status).toBe(200);
    const { http } = withToken(true);
    expect((await http.get('/v1/nodes/list')).status).toBe(401);
    expect((await http.get('/v1/nodes/list').set('Authorization', `Bearer ${TOKEN}`)).status).toBe(200);
    expect((await http.get('/health/process')).status).toBe(200);
    expect((await http.get('/v1/plan')).status).toBe(503); // readiness: open, not COMPLETE yet
  });

  it('documents bearer auth on the calls that need it', async () => {
    const doc = (await withToken().http.get('/openapi.json')).body;
    expect(doc.paths['/node/{node}/stop'].post.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths['/node/{node}/stop'].post.responses['401']).toBeDefined();
    expect(doc.paths['/v1/nodes/list'].get.security).toBeUndefined();
  });

  it('never shows the token in an answer', async () => {
    const { http } = withToken();
    // A caller who echoes the token into a name sees it redacted in the error that names it.
    const res = await http.get(`/v1/plans/${TOKEN}`);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe("there is no plan '[redacted]'; the plans are: reconciliation, deploy");
  });

  it('compares in constant time over digests (any length)', () => {
    const auth = new BearerAuth({ token: TOKEN });
    expect(() => auth.check({ mutating: true }, 'Bearer x')).toThrow('not the API token');
    expect(() => auth.check({ mutating: true }, `Bearer ${'y'.repeat(10_000)}`)).toThrow('not the API token');
    expect(() => auth.check({ mutating: true }, `bearer ${TOKEN}`)).not.toThrow();
  });
});

describe('not the leader', () => {
  it('answers queries from the stored state', async () => {
    const { http, scheduler } = harness();
    scheduler.leading = false;
    expect((await http.get('/v1/nodes/list')).body).toEqual(['node-0', 'node-1', 'node-2']);
    expect((await http.get('/v1/plan')).status).toBe(503);
    const status = await http.get('/v1/nodes/node-0/status');
    expect(status.body.source).toBe('last-report');
    expect(scheduler.healthRequests).toBe(0);
  });

  it('refuses commands with 503 NOT_LEADER naming the leader, changing nothing', async () => {
    const { http, scheduler } = harness();
    scheduler.leading = false;
    const before = stateFingerprint(scheduler.state);
    for (const call of [http.post('/node/node-1/stop'), http.post('/v1/plan/interrupt'), http.post('/scale/nodes?nodeCount=4'), http.patch('/v1/config').send({ nodeCount: 4 })]) {
      const res = await call;
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('NOT_LEADER');
      expect(res.body.error.message).toContain('send it to the leader at http://leader.example:8080');
      expect(res.body.error.details).toEqual({ leader: { host: 'leader.example', apiPort: 8080 } });
      expect(res.headers['retry-after']).toBe('5');
    }
    expect(stateFingerprint(scheduler.state)).toBe(before);
  });

  it('says so when no leader is elected', async () => {
    const { http, scheduler } = harness();
    scheduler.leading = false;
    scheduler.leaderInfo = undefined;
    expect((await http.post('/node/node-1/stop')).body.error.message).toContain('no leader is elected right now');
  });

  it('answers 503 STATE_UNAVAILABLE before any configuration was accepted, and when the store fails', async () => {
    const empty = harness({ state: null });
    const res = await empty.http.get('/v1/nodes/list');
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('STATE_UNAVAILABLE');
    expect((await empty.http.get('/health/process')).status).toBe(200);
    const broken = harness();
    broken.scheduler.storeError = new Error('ZooKeeper connection lost');
    const failed = await broken.http.get('/config');
    expect(failed.status).toBe(503);
    expect(failed.body.error.message).toContain('ZooKeeper connection lost');
  });
});
