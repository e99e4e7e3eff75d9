// The live events feed: GET /v1/events (what happened lately, for a first render and for polling) and
// GET /v1/events/stream (server-sent events: the same events as they happen, resumable with
// Last-Event-ID). Reads like any other: they need the token when reads are protected.
import type { ClusterEvent } from '@cassandra-mesos/model';
import { z } from 'zod';
import type { EventFeed } from '../../events';
import { ApiError, invalidInput } from '../errors';
import { json, route, stream, type ReplyStream, type RouteDef } from '../route';
import { queryInt } from '../schemas';
import type { ClusterService } from '../service';

export const DEFAULT_EVENTS_LIMIT = 100;
const MAX_SEQ = 999_999_999;
/** Comment lines keep proxies and browsers from closing an idle stream. */
export const DEFAULT_HEARTBEAT_MS = 15_000;
/** A client that leaves this much unread is dropped; it reconnects with Last-Event-ID and catches up. */
const MAX_PENDING_BYTES = 1024 * 1024;
/** How long a browser waits before it reconnects (the SSE retry field). */
const RETRY_MS = 3_000;

const ClusterEventSchema = z.object({
  seq: z.number().meta({ description: 'grows by one per event within one scheduler process' }),
  at: z.string().meta({ description: 'ISO 8601 time of the change' }),
  level: z.enum(['info', 'warn', 'error']),
  kind: z
    .string()
    .meta({
      description:
        'e.g. task-state, plan-step, job-started, job-finished, node-added, node-removed, config-accepted, leader',
    }),
  nodeId: z.string().optional(),
  jobId: z.string().optional(),
  plan: z.string().optional(),
  message: z.string(),
});

const EventsSchema = z.object({
  events: z.array(ClusterEventSchema).meta({ description: 'oldest first' }),
  lastSeq: z
    .number()
    .meta({ description: 'seq of the newest event (0: none yet); pass it as since next time' }),
});

const EventsQuery = z.strictObject({
  since: queryInt(0, MAX_SEQ)
    .optional()
    .meta({
      description:
        'only events after this seq (a seq above lastSeq is from an earlier scheduler process: all kept events are newer)',
    }),
  limit: queryInt(1, 500)
    .optional()
    .meta({ description: `at most this many, the newest (default ${DEFAULT_EVENTS_LIMIT})` }),
});

const StreamQuery = z.strictObject({
  since: queryInt(0, MAX_SEQ)
    .optional()
    .meta({
      description: 'start after this seq (for clients that cannot send Last-Event-ID); the header wins',
    }),
});

export interface EventRouteOptions {
  readonly heartbeatMs?: number;
}

export function eventRoutes(options: EventRouteOptions = {}): RouteDef[] {
  const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  return [
    route({
      method: 'get',
      path: '/v1/events',
      family: 'operations',
      mutating: false,
      summary:
        'What the scheduler did lately: task states, plan steps, jobs, nodes, configuration (newest last)',
      query: EventsQuery,
      responses: {
        200: { description: 'the events after since, and the newest seq', schema: EventsSchema },
        503: { description: 'UNAVAILABLE: this process keeps no events feed' },
      },
      handler: ({ service, query }) => {
        const feed = feedOf(service);
        return json({
          events: feed.since(query.since ?? 0, query.limit ?? DEFAULT_EVENTS_LIMIT),
          lastSeq: feed.lastSeq,
        });
      },
    }),
    route({
      method: 'get',
      path: '/v1/events/stream',
      family: 'operations',
      mutating: false,
      summary:
        'The events as they happen (server-sent events, event type cluster-event); resumes after Last-Event-ID',
      description: `Each event is "id: <seq>", "event: cluster-event", "data: <event JSON>"; a comment line every ${heartbeatMs / 1000} s keeps the connection open.`,
      query: StreamQuery,
      responses: {
        200: { description: 'text/event-stream of cluster events', contentType: 'text/event-stream' },
        503: { description: 'UNAVAILABLE: this process keeps no events feed' },
      },
      handler: ({ service, query, request }) => {
        const feed = feedOf(service);
        const after = lastEventId(request.get('last-event-id')) ?? query.since;
        return stream('text/event-stream; charset=utf-8', (out) =>
          serveStream(feed, out, after, heartbeatMs),
        );
      },
    }),
  ];
}

function feedOf(service: ClusterService): EventFeed {
  if (service.events) return service.events;
  throw new ApiError(
    'UNAVAILABLE',
    'this scheduler process keeps no events feed; see /v1/plan and /v1/jobs for the current state',
  );
}

/** The Last-Event-ID header as a seq; undefined when absent; a 400 when it is not one of ours. */
function lastEventId(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const value = header.trim();
  if (!/^\d{1,9}$/.test(value)) {
    throw invalidInput([
      {
        field: 'header.Last-Event-ID',
        message: `must be the id (seq) of an event from this stream, a whole number from 0 to ${MAX_SEQ}; got '${value.slice(0, 40)}'`,
      },
    ]);
  }
  return Number(value);
}

/**
 * Sends the kept events after `after` (none when the client names no position: it read /v1/events),
 * then every new one. Subscribing and reading the backlog happen in the same turn of the event loop,
 * so no event falls between them; `sent` keeps one from going out twice.
 */
function serveStream(
  feed: EventFeed,
  out: ReplyStream,
  after: number | undefined,
  heartbeatMs: number,
): void {
  if (out.closed.aborted) return;
  let sent = startAfter(feed, after);
  const send = (event: ClusterEvent): void => {
    if (event.seq <= sent) return;
    sent = event.seq;
    out.write(`id: ${event.seq}\nevent: cluster-event\ndata: ${JSON.stringify(event)}\n\n`);
    if (out.pendingBytes > MAX_PENDING_BYTES) out.close();
  };
  const unsubscribe = feed.subscribe(send);
  const heartbeat = setInterval(() => out.write(': heartbeat\n\n'), heartbeatMs);
  out.closed.addEventListener(
    'abort',
    () => {
      clearInterval(heartbeat);
      unsubscribe();
    },
    { once: true },
  );
  out.write(`retry: ${RETRY_MS}\n: connected; last seq ${feed.lastSeq}\n\n`);
  for (const event of feed.since(sent)) send(event);
}

/** No position: only new events. A position beyond lastSeq is from an earlier process: all kept events. */
function startAfter(feed: EventFeed, after: number | undefined): number {
  if (after === undefined) return feed.lastSeq;
  return after > feed.lastSeq ? 0 : after;
}
