import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import {
  CassandraJmx,
  JmxAbortedError,
  JmxAuthError,
  JmxClient,
  JmxError,
  JmxHttpError,
  JmxNoSuchOperationError,
  JmxOperationError,
  JmxProtocolError,
  JmxTimeoutError,
  JmxUnavailableError,
} from '../src';
import { FakeJolokia, jmxError, ok } from './fake-jolokia';

const PASSWORD = 's3cr3t-Pa55';
let fake: FakeJolokia;

beforeEach(async () => {
  fake = await FakeJolokia.start();
});
afterEach(async () => {
  await fake.stop();
});

const client = (timeoutMs = 2000): JmxClient =>
  new JmxClient({ url: fake.url, credentials: { username: 'operator', password: PASSWORD }, timeoutMs });

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

function expectNoSecret(e: unknown): void {
  const text = `${String(e)} ${inspect(e, { depth: 8, showHidden: true })} ${JSON.stringify(e)}`;
  expect(text).not.toContain(PASSWORD);
  expect(text).not.toContain(Buffer.from(`operator:${PASSWORD}`).toString('base64'));
}

describe('JmxClient transport', () => {
  it('POSTs a JSON array with a preemptive Basic Authorization header', async () => {
    fake.handler = () => [ok('NORMAL'), ok('5.0.9')];
    const values = await client().bulkValues('probe', [
      { type: 'read', mbean: 'org.apache.cassandra.db:type=StorageService', attribute: 'OperationMode' },
      { type: 'read', mbean: 'org.apache.cassandra.db:type=StorageService', attribute: 'ReleaseVersion' },
    ]);
    expect(values).toEqual(['NORMAL', '5.0.9']);
    expect(fake.requests).toHaveLength(1);
    const [req] = fake.requests;
    expect(req?.method).toBe('POST');
    expect(req?.contentType).toMatch(/^application\/json/);
    expect(req?.authorization).toBe(`Basic ${Buffer.from(`operator:${PASSWORD}`).toString('base64')}`);
    expect(req?.body).toEqual([
      { type: 'read', mbean: 'org.apache.cassandra.db:type=StorageService', attribute: 'OperationMode' },
      { type: 'read', mbean: 'org.apache.cassandra.db:type=StorageService', attribute: 'ReleaseVersion' },
    ]);
  });

  it('sends a single request as a one-element bulk and sends no credentials when none are given', async () => {
    fake.handler = () => [ok(['a', 'b'])];
    const anonymous = new JmxClient({ url: fake.url });
    expect(await anonymous.search('search', 'org.apache.cassandra.db:type=Tables,*')).toEqual(['a', 'b']);
    expect(fake.requests[0]?.authorization).toBeUndefined();
    expect(fake.requests[0]?.body).toEqual([
      { type: 'search', mbean: 'org.apache.cassandra.db:type=Tables,*' },
    ]);
  });

  it('returns JMX-level errors of a bulk per slot and throws them from bulkValues', async () => {
    fake.handler = () => [
      ok(1),
      jmxError(404, 'javax.management.InstanceNotFoundException', 'org.apache.cassandra.db:type=Nope'),
    ];
    const results = await client().bulk('mixed', [
      { type: 'read', mbean: 'a:type=A', attribute: 'X' },
      { type: 'read', mbean: 'a:type=Nope', attribute: 'X' },
    ]);
    expect(results[0]).toEqual({ ok: true, value: 1 });
    expect(results[1]?.ok).toBe(false);
    const err = results[1]?.ok === false ? results[1].error : undefined;
    expect(err).toBeInstanceOf(JmxOperationError);
    expect(err?.isMBeanNotFound).toBe(true);
  });

  it('turns an HTTP-200-with-error answer into JmxOperationError naming operation, node and cause', async () => {
    fake.handler = () => [
      jmxError(500, 'java.io.IOException', 'java.io.IOException : keyspace no_such_ks does not exist'),
    ];
    const jmx = new CassandraJmx({
      url: fake.url,
      credentials: { username: 'operator', password: PASSWORD },
      releaseVersion: '5.0.9',
    });
    const err = await rejection(jmx.takeSnapshot('t1', { entities: ['no_such_ks'] }));
    expect(err).toBeInstanceOf(JmxOperationError);
    expect(err).toBeInstanceOf(JmxError);
    expect((err as Error).message).toBe(
      'takeSnapshot on 127.0.0.1: keyspace no_such_ks does not exist (java.io.IOException)',
    );
    expect(err).toMatchObject({
      operation: 'takeSnapshot',
      node: '127.0.0.1',
      status: 500,
      errorType: 'java.io.IOException',
    });
    expectNoSecret(err);
  });

  it('maps HTTP 401 and 403 to JmxAuthError', async () => {
    for (const status of [401, 403]) {
      fake.handler = () => ({ raw: { status, body: 'Unauthorized', contentType: 'text/plain' } });
      const err = await rejection(client().read('health', 'a:type=A', 'X'));
      expect(err).toBeInstanceOf(JmxAuthError);
      expect((err as JmxAuthError).httpStatus).toBe(status);
      expect((err as Error).message).toMatch(/^health on 127\.0\.0\.1: Jolokia refused/);
      expectNoSecret(err);
    }
  });

  it('maps HTTP 5xx to JmxHttpError with the body, and HTTP 400 "No operation" to JmxNoSuchOperationError', async () => {
    fake.handler = () => ({ raw: { status: 503, body: 'agent overloaded', contentType: 'text/plain' } });
    const e503 = await rejection(client().read('health', 'a:type=A', 'X'));
    expect(e503).toBeInstanceOf(JmxHttpError);
    expect((e503 as Error).message).toBe('health on 127.0.0.1: Jolokia answered HTTP 503: agent overloaded');

    fake.handler = () => ({
      raw: {
        status: 400,
        contentType: 'text/plain',
        body: '400 (Bad Request)\n\nNo operation importNewSSTables(java.util.Set,boolean) on MBean org.apache.cassandra.db:keyspace=ks,table=t,type=Tables exists. Known signatures: (java.util.Set,boolean,boolean)',
      },
    });
    const e400 = await rejection(
      client().exec('import', 'a:type=A', 'importNewSSTables(java.util.Set,boolean)', [[], true]),
    );
    expect(e400).toBeInstanceOf(JmxNoSuchOperationError);
    expect(e400).toBeInstanceOf(JmxHttpError);
    expect((e400 as JmxNoSuchOperationError).signature).toBe('importNewSSTables(java.util.Set,boolean)');
    expect((e400 as Error).message).toContain('Known signatures');
  });

  it('maps a truncated body, a non-array answer and a wrong number of answers to JmxProtocolError', async () => {
    fake.handler = () => ({ raw: { status: 200, body: '[{"status":200,"value":{"t1":{"t1":{"ks":' } });
    const truncated = await rejection(
      client().exec('snapshotDetails', 'a:type=A', 'getSnapshotDetails(java.util.Map)', [{}]),
    );
    expect(truncated).toBeInstanceOf(JmxProtocolError);
    expect((truncated as Error).message).toMatch(/^snapshotDetails on 127\.0\.0\.1: .*truncated/);

    fake.handler = () => ({ raw: { status: 200, body: 'hello', contentType: 'text/plain' } });
    expect(await rejection(client().read('x', 'a:type=A', 'X'))).toBeInstanceOf(JmxProtocolError);

    fake.handler = () => [ok(1), ok(2)];
    const wrongCount = await rejection(client().read('x', 'a:type=A', 'X'));
    expect(wrongCount).toBeInstanceOf(JmxProtocolError);
    expect((wrongCount as Error).message).toContain('sent 1 requests, Jolokia answered 2');

    fake.handler = () => ['not a response'];
    expect(await rejection(client().read('x', 'a:type=A', 'X'))).toBeInstanceOf(JmxProtocolError);
  });

  it('maps a refused connection to JmxUnavailableError', async () => {
    // A port that was free a moment ago.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((r) => probe.close(() => r()));
    const err = await rejection(
      new JmxClient({
        url: `http://127.0.0.1:${port}/jolokia/`,
        credentials: { username: 'u', password: PASSWORD },
      }).read('health', 'a:type=A', 'X'),
    );
    expect(err).toBeInstanceOf(JmxUnavailableError);
    expect((err as JmxUnavailableError).code).toBe('ECONNREFUSED');
    expect((err as Error).message).toMatch(
      /^health on 127\.0\.0\.1: Jolokia agent unreachable: .*ECONNREFUSED/,
    );
    expectNoSecret(err);
  });

  it('enforces the per-call timeout (client default and per call)', async () => {
    fake.handler = () => ({ raw: { status: 200, body: '[]', delayMs: 1500 } });
    const started = Date.now();
    const err = await rejection(client(200).read('slow', 'a:type=A', 'X'));
    expect(err).toBeInstanceOf(JmxTimeoutError);
    expect((err as JmxTimeoutError).timeoutMs).toBe(200);
    expect((err as Error).message).toBe('slow on 127.0.0.1: no answer within 200 ms');
    expect(Date.now() - started).toBeLessThan(1200);

    const perCall = await rejection(client(5000).read('slow', 'a:type=A', 'X', { timeoutMs: 100 }));
    expect(perCall).toBeInstanceOf(JmxTimeoutError);
    expect((perCall as JmxTimeoutError).timeoutMs).toBe(100);
  });

  it('stops waiting when the signal aborts', async () => {
    fake.handler = () => ({ raw: { status: 200, body: '[]', delayMs: 1000 } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const err = await rejection(client().read('slow', 'a:type=A', 'X', { signal: controller.signal }));
    expect(err).toBeInstanceOf(JmxAbortedError);
    const pre = await rejection(client().read('slow', 'a:type=A', 'X', { signal: AbortSignal.abort() }));
    expect(pre).toBeInstanceOf(JmxAbortedError);
  });

  it('keeps the password out of util.inspect, JSON and errors', () => {
    const c = client();
    const jmx = new CassandraJmx(c);
    for (const thing of [c, jmx]) {
      expectNoSecret(thing);
      expect(inspect(thing, { depth: 10, showHidden: true, getters: true })).not.toContain(PASSWORD);
    }
    expect(JSON.stringify(jmx)).toBe(JSON.stringify({ url: fake.url, node: '127.0.0.1' }));
  });

  it('refuses URLs with credentials without echoing them, and bad user names', () => {
    let thrown: unknown;
    try {
      new JmxClient({ url: `http://operator:${PASSWORD}@127.0.0.1:8778/jolokia/` });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expectNoSecret(thrown);
    expect(
      () => new JmxClient({ url: fake.url, credentials: { username: 'a:b', password: PASSWORD } }),
    ).toThrow(/must not contain ":"/);
    expect(() => new JmxClient({ url: 'ftp://x/' })).toThrow(/http or https/);
  });

  it('names the node by nodeName when given', async () => {
    fake.handler = () => [jmxError(500, 'java.lang.RuntimeException', 'boom')];
    const err = await rejection(
      new JmxClient({ url: fake.url, nodeName: 'node-2' }).read('x', 'a:type=A', 'X'),
    );
    expect((err as Error).message).toBe('x on node-2: boom (java.lang.RuntimeException)');
  });
});
