import { inspect } from 'node:util';
import { MesosHttpTransport } from '../../src/http/transport';
import { basicAuth } from '../../src/http/auth';
import {
  MesosBadRequestError,
  MesosForbiddenError,
  MesosNotAcceptableError,
  MesosRedirectError,
  MesosTimeoutError,
  MesosUnauthorizedError,
  MesosUnavailableError,
  MesosUnsupportedMediaTypeError,
} from '../../src/http/errors';
import { FakeServer } from '../support/fake-mesos';
import type { Handler } from '../support/fake-mesos';

const BODY = Buffer.from('{"type":"DECLINE"}');
const headers = { 'Content-Type': 'application/json', 'Mesos-Stream-Id': 's-1' };
const fastRetry = { attempts: 3, initialMs: 5, maxMs: 20 };

describe('MesosHttpTransport', () => {
  const servers: FakeServer[] = [];
  const transports: MesosHttpTransport[] = [];
  const start = async (handler?: Handler) => {
    const s = await FakeServer.start(handler);
    servers.push(s);
    return s;
  };
  const transport = (options: ConstructorParameters<typeof MesosHttpTransport>[0]) => {
    const t = new MesosHttpTransport(options);
    transports.push(t);
    return t;
  };
  afterEach(async () => {
    transports.splice(0).forEach((t) => t.close());
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it('POSTs the body with exactly the given headers, basic auth, and Content-Length', async () => {
    const s = await start();
    const t = transport({ url: `${s.url}/api/v1/scheduler`, authorization: basicAuth('fw-principal', 's3cr3t') });
    const res = await t.post(BODY, { headers });
    expect(res.status).toBe(202);
    const [req] = s.requests;
    expect(req?.method).toBe('POST');
    expect(req?.path).toBe('/api/v1/scheduler');
    expect(req?.headers['content-type']).toBe('application/json');
    expect(req?.headers['mesos-stream-id']).toBe('s-1');
    expect(req?.headers['authorization']).toBe(`Basic ${Buffer.from('fw-principal:s3cr3t').toString('base64')}`);
    expect(req?.headers['content-length']).toBe(String(BODY.length));
    expect(req?.body.equals(BODY)).toBe(true);
  });

  it('follows a protocol-relative 307, re-POSTs the same body and remembers the new master', async () => {
    const leader = await start();
    const follower = await start((_req, res) => {
      res.writeHead(307, { Location: `//127.0.0.1:${leader.port}/api/v1/scheduler` }).end();
    });
    const redirects: string[] = [];
    const t = transport({ url: `${follower.url}/api/v1/scheduler`, onRedirect: (u) => redirects.push(u) });
    const res = await t.post(BODY, { headers });
    expect(res.status).toBe(202);
    expect(res.url).toBe(`http://127.0.0.1:${leader.port}/api/v1/scheduler`);
    expect(follower.requests).toHaveLength(1);
    expect(leader.requests).toHaveLength(1);
    expect(leader.requests[0]?.body.equals(BODY)).toBe(true);
    expect(leader.requests[0]?.headers['mesos-stream-id']).toBe('s-1');
    expect(t.url).toBe(`http://127.0.0.1:${leader.port}/api/v1/scheduler`);
    expect(redirects).toEqual([t.url]);
    // the next call goes straight to the leader
    await t.post(BODY, { headers });
    expect(follower.requests).toHaveLength(1);
    expect(leader.requests).toHaveLength(2);
  });

  it('gives up after maxRedirects hops', async () => {
    const s = await start((req, res) => {
      res.writeHead(307, { Location: `//127.0.0.1:${s.port}${req.path}` }).end();
    });
    const t = transport({ url: `${s.url}/api/v1/scheduler`, maxRedirects: 3 });
    await expect(t.post(BODY, { headers })).rejects.toBeInstanceOf(MesosRedirectError);
    expect(s.requests).toHaveLength(4);
  });

  it('retries 503 with backoff, then succeeds', async () => {
    let n = 0;
    const s = await start((_req, res) => {
      n++;
      if (n <= 2) res.writeHead(503).end('Master has not finished recovery');
      else res.writeHead(202).end();
    });
    const t = transport({ url: `${s.url}/api/v1/scheduler`, unavailableRetry: fastRetry });
    await expect(t.post(BODY, { headers })).resolves.toMatchObject({ status: 202 });
    expect(s.requests).toHaveLength(3);
    expect(s.requests.every((r) => r.body.equals(BODY))).toBe(true);
  });

  it('throws MesosUnavailableError (retryable, with the text) when 503 persists', async () => {
    const s = await start((_req, res) => res.writeHead(503).end('Master has not finished recovery'));
    const t = transport({ url: `${s.url}/api/v1/scheduler`, unavailableRetry: { attempts: 2, initialMs: 1, maxMs: 2 } });
    const err = (await t.post(BODY, { headers }).catch((e: unknown) => e)) as MesosUnavailableError;
    expect(err).toBeInstanceOf(MesosUnavailableError);
    expect(err.retryable).toBe(true);
    expect(err.status).toBe(503);
    expect(err.body).toBe('Master has not finished recovery');
    expect(s.requests).toHaveLength(3);
  });

  it.each([
    [400, MesosBadRequestError],
    [401, MesosUnauthorizedError],
    [403, MesosForbiddenError],
    [406, MesosNotAcceptableError],
    [415, MesosUnsupportedMediaTypeError],
  ])('maps %i to its typed error, carrying the body text', async (status, cls) => {
    const text = status === 400 ? 'Failed to validate scheduler::Call: Expecting \'framework_id\' to be present' : `status ${status}`;
    const s = await start((_req, res) => res.writeHead(status).end(text));
    const t = transport({ url: `${s.url}/api/v1/scheduler`, unavailableRetry: fastRetry });
    const err = (await t.post(BODY, { headers }).catch((e: unknown) => e)) as InstanceType<typeof cls>;
    expect(err).toBeInstanceOf(cls);
    expect(err.status).toBe(status);
    expect(err.body).toBe(text);
    expect(err.retryable).toBe(false);
    if (status === 400) expect(err.message).toContain(text);
    expect(s.requests).toHaveLength(1); // never retried
  });

  it('never puts the secret in errors or in an inspected transport', async () => {
    const s = await start((_req, res) => res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="mesos-master-scheduler"' }).end());
    const t = transport({ url: `${s.url}/api/v1/scheduler`, authorization: basicAuth('p', 'hunter2-secret') });
    const err = (await t.post(BODY, { headers }).catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(MesosUnauthorizedError);
    const encoded = Buffer.from('p:hunter2-secret').toString('base64');
    for (const text of [err.message, String(err.stack), inspect(err, { depth: 5 }), inspect(t, { depth: 5 }), JSON.stringify(err)]) {
      expect(text).not.toContain('hunter2-secret');
      expect(text).not.toContain(encoded);
    }
  });

  it('reports a refused connection as MesosUnavailableError after retrying', async () => {
    const s = await start();
    const port = s.port;
    await s.close();
    servers.pop();
    const t = transport({ url: `http://127.0.0.1:${port}/api/v1/scheduler`, unavailableRetry: { attempts: 2, initialMs: 1, maxMs: 2 } });
    const err = (await t.post(BODY, { headers }).catch((e: unknown) => e)) as MesosUnavailableError;
    expect(err).toBeInstanceOf(MesosUnavailableError);
    expect(err.errorCode).toBe('ECONNREFUSED');
    expect(err.status).toBeUndefined();
  });

  it('times out a call that gets no answer', async () => {
    const s = await start(() => {
      /* never answers */
    });
    const t = transport({ url: `${s.url}/api/v1/scheduler`, requestTimeoutMs: 100 });
    const started = Date.now();
    await expect(t.post(BODY, { headers })).rejects.toBeInstanceOf(MesosTimeoutError);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('rejects URLs carrying credentials and non-http schemes', () => {
    expect(() => new MesosHttpTransport({ url: 'http://user:pw@m:5050/api/v1/scheduler' })).toThrow(/authorization option/);
    expect(() => new MesosHttpTransport({ url: 'zk://m:2181/mesos' })).toThrow(/http/);
  });
});
