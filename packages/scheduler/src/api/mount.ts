// Turns route definitions into express handlers. Every request goes the same way: auth, then path,
// query and body parsed with the route's zod schemas (unknown query parameters and body fields are
// errors), then the handler, then the reply, scrubbed of secrets. Failures become the one error body.
import type { Express, NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import type { BearerAuth } from './auth';
import { ApiError, fieldProblems, invalidInput, type InputPart } from './errors';
import type { Redactor } from './redact';
import type { Reply, RouteDef } from './route';
import { NoInput } from './schemas';
import type { ClusterService } from './service';

export interface MountContext {
  readonly service: ClusterService;
  readonly auth: BearerAuth;
  readonly redactor: Redactor;
}

/** res.locals key of the matched route template (metrics label). */
export const ROUTE_LOCAL = 'routeTemplate';

export function mountRoute(app: Express, def: RouteDef, ctx: MountContext): void {
  const handler = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    res.locals[ROUTE_LOCAL] = def.path;
    try {
      ctx.auth.check(def, req.get('authorization'));
      const params = parsePart('path', def.params ?? NoInput, { ...req.params });
      const query = parsePart('query', def.query ?? NoInput, { ...(req.query as Record<string, unknown>) });
      const body = def.body ? parsePart('body', def.body, bodyOf(req, true)) : bodyOf(req, false);
      const reply = await def.handler({ params, query, body, service: ctx.service, request: req });
      sendReply(res, reply, ctx.redactor);
    } catch (err) {
      next(err);
    }
  };
  app[def.method](def.path, (req, res, next) => void handler(req, res, next));
}

export function sendReply(res: Response, reply: Reply, redactor: Redactor): void {
  res.set('Cache-Control', 'no-store');
  if ('open' in reply) {
    openStream(res, reply, redactor);
  } else if ('json' in reply) {
    res.status(reply.status ?? 200).json(redactor.redact(reply.json));
  } else {
    res.status(reply.status ?? 200).type(reply.contentType).send(redactor.scrub(reply.text));
  }
}

/**
 * Sends the headers at once and hands the response to the route. A stream ends when the client goes
 * away, so it is not a request latency: the timing middleware (which observes on 'finish') leaves it out.
 */
function openStream(res: Response, reply: Extract<Reply, { open: unknown }>, redactor: Redactor): void {
  const closed = new AbortController();
  res.on('close', () => closed.abort());
  // The client may have gone while the handler ran: its 'close' is past.
  if (res.destroyed || res.socket?.destroyed !== false) closed.abort();
  res.status(reply.status ?? 200).set({ 'Content-Type': reply.contentType, 'X-Accel-Buffering': 'no' });
  res.flushHeaders();
  reply.open({
    write: (chunk) => {
      if (!closed.signal.aborted && !res.writableEnded) res.write(redactor.scrub(chunk));
    },
    get pendingBytes() {
      return res.writableLength;
    },
    close: () => {
      res.destroy();
      closed.abort();
    },
    closed: closed.signal,
  });
}

function parsePart(part: InputPart, schema: z.ZodType, value: unknown): unknown {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw invalidInput(fieldProblems(part, value, result.error, allowedKeys(schema)));
}

/** The object's keys, looking through optional bodies and transforms (`{...}.optional()`, `.transform()`). */
function allowedKeys(schema: z.ZodType): string[] {
  let inner: unknown = schema;
  for (let depth = 0; depth < 5; depth++) {
    const def = (inner as { _zod?: { def?: { type?: string; innerType?: unknown; in?: unknown } } })._zod?.def;
    if (def?.type === 'optional' || def?.type === 'nullable') inner = def.innerType;
    else if (def?.type === 'pipe') inner = def.in;
    else break;
  }
  const shape = (inner as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/**
 * The parsed JSON body. A route without a body schema accepts none (an empty JSON object is tolerated
 * for clients that always send one); a route with one needs JSON.
 */
function bodyOf(req: Request, expected: boolean): unknown {
  const sent = hasBody(req);
  if (sent && !req.is(['application/json', 'application/*+json'])) {
    throw new ApiError('UNSUPPORTED_MEDIA_TYPE', `the body must be JSON: send it with "Content-Type: application/json" (got ${req.get('content-type') ?? 'no Content-Type'})`);
  }
  const body: unknown = req.body;
  if (!expected && sent && !isEmptyObject(body)) {
    throw new ApiError('UNEXPECTED_BODY', `${req.method} ${req.path} takes no request body; parameters go in the path or query string`);
  }
  return expected ? body : undefined;
}

function hasBody(req: Request): boolean {
  const length = Number(req.get('content-length') ?? '0');
  return length > 0 || req.get('transfer-encoding') !== undefined;
}

function isEmptyObject(value: unknown): boolean {
  return value === undefined || (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);
}
