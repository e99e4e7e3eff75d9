// The events feed over HTTP: GET /v1/events (since, limit, clear 400s, 503 without a feed, auth like
// every read) and the server-sent events stream (live events, resume with Last-Event-ID or ?since,
// heartbeats, and nothing left subscribed once the client has gone).
/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access -- supertest types response bodies as any; the tests check their values */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { ClusterEventDraft } from '@cassandra-mesos/model';
import { BearerAuth, ClusterService, Redactor, type ApiAppOptions } from '../../src/api';
import { mountRoute } from '../../src/api/mount';
import { eventRoutes } from '../../src/api/routes/events';
import { EventJournal } from '../../src/events';
import { clusterState } from './support/fixtures';
import { expectDocumented, harness, NO_CQL, TOKEN, type Harness } from './support/harness';
import { InMemoryScheduler } from './support/in-memory-scheduler';
import { SseClient } from './support/sse-client';

interface EventsBody {
  events: Array<{ seq: number; message: string }>;
  lastSeq: number;
}
const bodyOf = (res: { body: unknown }): EventsBody => res.body as EventsBody;

const draft = (message: string, extra: Partial<ClusterEventDraft> = {}): ClusterEventDraft => ({
  at: '2023-11-14T22:13:20.000Z',
  level: 'info',
  kind: 'task-state',
  message,
  ...extra,
});

function withFeed(journal: EventJournal, app: Partial<ApiAppOptions> = {}): Harness {
  return harness({ service: { events: journal }, app });
}

async function listen(h: Harness): Promise<{ url: string; server: Server }> {
  const server = h.api.app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Waits (briefly) until `check` holds: the server sees a client's close a moment after it happens. */
async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!check()) throw new Error(`timed out waiting until ${what}`);
}

describe('GET /v1/events', () => {
  it('answers the events, oldest first, and the newest seq; documented', async () => {
    const journal = new EventJournal();
    journal.publish(draft('node-0 task RUNNING on 10.0.0.10', { nodeId: 'node-0' }));
    journal.publish(draft('repair job 3f2a… started on 3 nodes', { kind: 'job-started', jobId: '3f2a' }));
    const h = withFeed(journal);
    const res = await h.http.get('/v1/events');
    expect(res.status).toBe(200);
    expectDocumented(h.api, 'get', '/v1/events', res);
    expect(res.body).toEqual({
      events: [
        {
          seq: 1,
          at: '2023-11-14T22:13:20.000Z',
          level: 'info',
          kind: 'task-state',
          nodeId: 'node-0',
          message: 'node-0 task RUNNING on 10.0.0.10',
        },
        {
          seq: 2,
          at: '2023-11-14T22:13:20.000Z',
          level: 'info',
          kind: 'job-started',
          jobId: '3f2a',
          message: 'repair job 3f2a… started on 3 nodes',
        },
      ],
      lastSeq: 2,
    });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers only what is newer than since, at most limit (the newest), 100 by default', async () => {
    const journal = new EventJournal();
    for (let i = 1; i <= 120; i++) journal.publish(draft(`e${i}`));
    const { http } = withFeed(journal);
    const since = await http.get('/v1/events?since=117');
    expect(bodyOf(since).events.map((e) => e.seq)).toEqual([118, 119, 120]);
    expect(since.body.lastSeq).toBe(120);
    const limited = await http.get('/v1/events?since=10&limit=2');
    expect(bodyOf(limited).events.map((e) => e.message)).toEqual(['e119', 'e120']);
    const all = await http.get('/v1/events');
    expect(all.body.events).toHaveLength(100);
    expect(all.body.events[0].seq).toBe(21);
    expect((await http.get('/v1/events?since=120')).body).toEqual({ events: [], lastSeq: 120 });
  });

  it('answers every kept event to a since from an earlier scheduler process (beyond lastSeq)', async () => {
    const journal = new EventJournal();
    journal.publishAll([draft('a'), draft('b')]);
    const res = await withFeed(journal).http.get('/v1/events?since=5000');
    expect(bodyOf(res).events.map((e) => e.message)).toEqual(['a', 'b']);
  });

  it('refuses bad since and limit values, and unknown parameters, with 400 and what is allowed', async () => {
    const { http } = withFeed(new EventJournal());
    const cases: Array<[string, string, string]> = [
      ['/v1/events?since=-1', 'query.since', 'must be a whole number from 0 to 999999999'],
      ['/v1/events?since=abc', 'query.since', 'must be a whole number from 0 to 999999999'],
      ['/v1/events?limit=0', 'query.limit', 'must be at least 1'],
      ['/v1/events?limit=501', 'query.limit', 'must be at most 500'],
      ['/v1/events?limit=2.5', 'query.limit', 'must be a whole number from 1 to 500'],
      ['/v1/events?since=1&since=2', 'query.since', 'was given 2 times; give it once'],
      ['/v1/events?after=3', 'query.after', "unknown query parameter 'after' (allowed: since, limit)"],
    ];
    for (const [url, field, message] of cases) {
      const res = await http.get(url);
      expect({ url, status: res.status, code: res.body.error.code }).toEqual({
        url,
        status: 400,
        code: 'INVALID_INPUT',
      });
      expect(res.body.error.details).toContainEqual({ field, message });
    }
  });

  it('answers 503 when the process keeps no feed', async () => {
    const res = await harness().http.get('/v1/events');
    expect(res.status).toBe(503);
    expect(res.body.error).toEqual({
      code: 'UNAVAILABLE',
      message: 'this scheduler process keeps no events feed; see /v1/plan and /v1/jobs for the current state',
    });
  });

  it('needs the token when reads are protected, like every read (both routes)', async () => {
    const journal = new EventJournal();
    expect((await withFeed(journal, { auth: { token: TOKEN } }).http.get('/v1/events')).status).toBe(200);
    const { http } = withFeed(journal, { auth: { token: TOKEN, protectReads: true } });
    expect((await http.get('/v1/events')).status).toBe(401);
    expect((await http.get('/v1/events/stream')).status).toBe(401);
    expect((await http.get('/v1/events').set('Authorization', `Bearer ${TOKEN}`)).status).toBe(200);
  });

  it('is in the OpenAPI document, the stream as text/event-stream', () => {
    const { api } = withFeed(new EventJournal());
    const stream = api.document.paths['/v1/events/stream']?.get as {
      responses: Record<string, { content?: Record<string, unknown> }>;
    };
    expect(Object.keys(stream.responses['200']?.content ?? {})).toEqual(['text/event-stream']);
    expect(api.document.paths['/v1/events']?.get).toBeDefined();
  });
});

describe('GET /v1/events/stream', () => {
  let journal: EventJournal;
  let server: Server;
  let url: string;
  const clients: SseClient[] = [];

  beforeEach(async () => {
    journal = new EventJournal();
    ({ server, url } = await listen(withFeed(journal)));
  });

  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await stop(server);
  });

  async function connect(
    headers: Record<string, string> = {},
    path = '/v1/events/stream',
  ): Promise<SseClient> {
    const client = await SseClient.connect(`${url}${path}`, headers);
    clients.push(client);
    return client;
  }

  it('sends an event published after connecting, as id / event / data', async () => {
    journal.publish(draft('before the client came'));
    const client = await connect();
    expect(client.response.statusCode).toBe(200);
    expect(client.response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(client.response.headers['cache-control']).toBe('no-store');
    const hello = await client.next();
    expect(hello).toMatchObject({ retry: '3000', comments: ['connected; last seq 1'] });
    await eventually(() => journal.subscriberCount === 1, 'the stream subscribed');
    journal.publish(draft('node-1 task RUNNING on 10.0.0.11', { nodeId: 'node-1' }));
    const { id, event } = await client.nextEvent();
    expect(id).toBe('2');
    expect(event).toEqual({
      seq: 2,
      at: '2023-11-14T22:13:20.000Z',
      level: 'info',
      kind: 'task-state',
      nodeId: 'node-1',
      message: 'node-1 task RUNNING on 10.0.0.11',
    });
  });

  it('resumes after Last-Event-ID: the missed events first, then live ones, none twice', async () => {
    journal.publishAll([draft('a'), draft('b'), draft('c')]);
    const client = await connect({ 'Last-Event-ID': '1' });
    expect((await client.nextEvent()).event).toMatchObject({ seq: 2, message: 'b' });
    expect((await client.nextEvent()).event).toMatchObject({ seq: 3, message: 'c' });
    journal.publish(draft('d'));
    expect((await client.nextEvent()).event).toMatchObject({ seq: 4, message: 'd' });
  });

  it('resumes after ?since= for clients that cannot set the header; the header wins', async () => {
    journal.publishAll([draft('a'), draft('b'), draft('c')]);
    const bySince = await connect({}, '/v1/events/stream?since=2');
    expect((await bySince.nextEvent()).event).toMatchObject({ seq: 3 });
    const both = await connect({ 'Last-Event-ID': '0' }, '/v1/events/stream?since=2');
    expect((await both.nextEvent()).event).toMatchObject({ seq: 1 });
  });

  it('sends every kept event to a Last-Event-ID from an earlier scheduler process', async () => {
    journal.publishAll([draft('a'), draft('b')]);
    const client = await connect({ 'Last-Event-ID': '987' });
    expect((await client.nextEvent()).event).toMatchObject({ seq: 1 });
    expect((await client.nextEvent()).event).toMatchObject({ seq: 2 });
  });

  it('refuses a Last-Event-ID that is not one of its seqs, with 400', async () => {
    const client = await connect({ 'Last-Event-ID': 'abc' });
    expect(client.response.statusCode).toBe(400);
    expect(journal.subscriberCount).toBe(0);
  });

  it('unsubscribes when the client goes away', async () => {
    const a = await connect();
    const b = await connect();
    await eventually(() => journal.subscriberCount === 2, 'both streams subscribed');
    a.close();
    await eventually(() => journal.subscriberCount === 1, 'the closed stream unsubscribed');
    journal.publish(draft('still live'));
    expect((await b.nextEvent()).event).toMatchObject({ message: 'still live' });
    b.close();
    await eventually(() => journal.subscriberCount === 0, 'every stream unsubscribed');
  });
});

describe('stream heartbeats', () => {
  it('sends a comment line every heartbeat interval while nothing happens', async () => {
    const journal = new EventJournal();
    const service = new ClusterService({
      gateway: new InMemoryScheduler(clusterState()),
      schemaReader: NO_CQL,
      events: journal,
    });
    // The same routes mounted alone, with a heartbeat short enough for a test.
    const app = express();
    for (const route of eventRoutes({ heartbeatMs: 40 }))
      mountRoute(app, route, { service, auth: new BearerAuth({}), redactor: new Redactor([]) });
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const client = await SseClient.connect(
      `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/events/stream`,
    );
    try {
      const started = Date.now();
      await client.next((f) => f.comments.includes('heartbeat'), 1_000);
      await client.next((f) => f.comments.includes('heartbeat'), 1_000);
      expect(Date.now() - started).toBeGreaterThanOrEqual(70);
    } finally {
      client.close();
      await stop(server);
    }
    await eventually(() => journal.subscriberCount === 0, 'the stream unsubscribed');
  });
});
