// A route is data: method, path, the zod schemas of its inputs and documented responses, and a thin
// handler (parsed input → service → reply). The app mounts routes from these definitions and the
// OpenAPI document and the index at "/" are generated from the very same list.
import type { Request } from 'express';
import type { z } from 'zod';
import type { ClusterService } from './service';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Which API a route belongs to (the OpenAPI tag). */
export type RouteFamily = 'cassandra-mesos' | 'dcos' | 'operations';

export interface ResponseDoc {
  readonly description: string;
  /** JSON body schema; omit for text bodies or when only the description matters. */
  readonly schema?: z.ZodType;
  /** Default application/json. */
  readonly contentType?: string;
}

export type Reply =
  | { readonly status?: number; readonly json: unknown }
  | { readonly status?: number; readonly text: string; readonly contentType: string }
  /** A long-lived response (server-sent events): `open` writes to it until the client goes away. */
  | { readonly status?: number; readonly contentType: string; readonly open: (out: ReplyStream) => void };

/** The writing end of a streamed reply. Every chunk is scrubbed of secrets, like every other reply. */
export interface ReplyStream {
  /** Sends a chunk at once; ignored once the client has gone. */
  write(chunk: string): void;
  /** Bytes written but not yet taken by the client: a client that stops reading makes this grow. */
  readonly pendingBytes: number;
  /** Drops the connection from the server side (e.g. a client too slow to keep up; it reconnects). */
  close(): void;
  /** Aborted when the response is over (the client or close() ended it): release what `open` holds. */
  readonly closed: AbortSignal;
}

export interface HandlerContext<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly service: ClusterService;
  /** For content negotiation. */
  readonly request: Request;
}

export interface RouteDef<P = unknown, Q = unknown, B = unknown> {
  readonly method: HttpMethod;
  /** Express path, e.g. "/v1/plans/:plan". */
  readonly path: string;
  readonly family: RouteFamily;
  readonly summary: string;
  readonly description?: string;
  /** Changes something: needs the bearer token when one is configured. */
  readonly mutating: boolean;
  /** Stays open even when reads need the token (liveness and readiness probes cannot send one). */
  readonly probe?: boolean;
  readonly params?: z.ZodType<P>;
  readonly query?: z.ZodType<Q>;
  readonly body?: z.ZodType<B>;
  readonly responses: Readonly<Record<number, ResponseDoc>>;
  readonly handler: (ctx: HandlerContext<P, Q, B>) => Promise<Reply> | Reply;
}

/** Keeps the handler's input types tied to the schemas. */
export function route<P = Record<string, never>, Q = Record<string, never>, B = undefined>(def: RouteDef<P, Q, B>): RouteDef {
  return def as unknown as RouteDef;
}

/** "/v1/plans/:plan" → "/v1/plans/{plan}" (OpenAPI and the index). */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

export function json(body: unknown, status = 200): Reply {
  return { status, json: body };
}

export function text(body: string, contentType = 'text/plain; charset=utf-8', status = 200): Reply {
  return { status, text: body, contentType };
}

export function stream(contentType: string, open: (out: ReplyStream) => void): Reply {
  return { contentType, open };
}
