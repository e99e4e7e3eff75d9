// The express application of the REST API: both route families, the OpenAPI document, metrics, the
// index, and the shared handling of bodies, auth, unknown routes and errors.
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import type { Logger } from 'pino';
import { BearerAuth, type AuthOptions } from './auth';
import { mountDashboard, type DashboardOptions } from './dashboard';
import { ApiError } from './errors';
import { ApiMetrics } from './metrics';
import { mountRoute, ROUTE_LOCAL, sendReply } from './mount';
import { buildOpenApiDocument, type OpenApiDocument } from './openapi';
import { Redactor } from './redact';
import { json, type HttpMethod, type RouteDef } from './route';
import { backupRestoreRoutes } from './routes/backup-restore';
import { configRoutes } from './routes/config';
import { dcosNodeRoutes } from './routes/dcos-nodes';
import { dcosPlanRoutes } from './routes/dcos-plans';
import { eventRoutes } from './routes/events';
import { jobRoutes } from './routes/jobs';
import { metaRoutes } from './routes/meta';
import { originalClusterRoutes } from './routes/original-cluster';
import { originalNodeRoutes } from './routes/original-nodes';
import type { ClusterService } from './service';

export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;

export interface ExtraRouter {
  /** Mount path, e.g. "/v1/artifacts". */
  readonly path: string;
  readonly router: RequestHandler;
}

export interface ApiAppOptions {
  readonly service: ClusterService;
  /** Default: a fresh registry with process metrics. */
  readonly metrics?: ApiMetrics;
  readonly auth?: AuthOptions;
  /** Secret values this process holds: scrubbed from every response wherever they appear. */
  readonly secrets?: ReadonlyArray<string | undefined>;
  readonly log?: Pick<Logger, 'warn' | 'error' | 'debug'>;
  readonly bodyLimitBytes?: number;
  /** Random source for /live-nodes (default Math.random). */
  readonly random?: () => number;
  readonly version?: string;
  /** Routers other parts of the scheduler serve on the same port (e.g. the artifact server). They do their own auth. */
  readonly extraRouters?: readonly ExtraRouter[];
  /** The web dashboard at "/" for browsers and "/ui/*" (default: the built @cassandra-mesos/dashboard); false leaves it out. */
  readonly dashboard?: DashboardOptions | false;
}

export interface ApiApp {
  readonly app: Express;
  readonly routes: readonly RouteDef[];
  readonly document: OpenApiDocument;
  readonly metrics: ApiMetrics;
}

export function createApiApp(options: ApiAppOptions): ApiApp {
  const metrics = options.metrics ?? new ApiMetrics();
  const auth = new BearerAuth(options.auth ?? {});
  const redactor = new Redactor([...(options.secrets ?? []), options.auth?.token]);
  const bodyLimitBytes = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const log = options.log;
  metrics.observeCluster(() => options.service.snapshot());
  const backups = options.service.backups;
  if (backups) {
    metrics.backups.observeLastSuccess(async () => {
      const done = (await backups.history('backup', 20)).find((j) => j.status === 'SUCCEEDED' && j.finishedAt);
      return done?.finishedAt ? Date.parse(done.finishedAt) : undefined;
    });
  }

  let document: OpenApiDocument | undefined;
  const routes: RouteDef[] = [];
  routes.push(
    ...metaRoutes({ routes: () => routes, document: () => (document ??= buildDocument()), metrics }),
    ...originalNodeRoutes(),
    ...originalClusterRoutes({ random: options.random ?? Math.random }),
    ...dcosPlanRoutes(),
    ...dcosNodeRoutes(),
    ...configRoutes(),
    ...jobRoutes(),
    ...backupRestoreRoutes(),
    ...eventRoutes(),
  );
  const buildDocument = (): OpenApiDocument =>
    buildOpenApiDocument(routes, { version: options.version ?? '0.1.0', requiresToken: (r) => auth.required(r), bodyLimitBytes });

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use(timing(metrics));
  // Extra routers come before the body limit and parser: they read their own bodies, if any.
  for (const extra of options.extraRouters ?? []) {
    app.use(extra.path, (_req, res, next) => {
      res.locals[ROUTE_LOCAL] = `${extra.path}/*`;
      next();
    }, extra.router);
  }
  if (options.dashboard !== false) mountDashboard(app, options.dashboard);
  app.use(declaredLength(bodyLimitBytes));
  app.use(express.json({ limit: bodyLimitBytes, strict: true, type: ['application/json', 'application/*+json'] }));
  for (const route of routes) mountRoute(app, route, { service: options.service, auth, redactor });
  app.use(unmatched(routes));
  app.use(errors(redactor, log));
  document = buildDocument();
  return { app, routes, document, metrics };
}

/** Observes every request's latency by route template once the response is sent. */
function timing(metrics: ApiMetrics): RequestHandler {
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    res.on('finish', () => {
      const route = typeof res.locals[ROUTE_LOCAL] === 'string' ? res.locals[ROUTE_LOCAL] : 'unmatched';
      metrics.observeRequest(route, req.method, res.statusCode, Number(process.hrtime.bigint() - start) / 1e9);
    });
    next();
  };
}

/** A declared Content-Length over the limit is refused before anything is read. */
function declaredLength(limit: number): RequestHandler {
  return (req, _res, next) => {
    const length = Number(req.get('content-length') ?? '0');
    if (length > limit) next(tooLarge(limit));
    else next();
  };
}

function tooLarge(limit: number): ApiError {
  return new ApiError('PAYLOAD_TOO_LARGE', `the request body is larger than ${limit} bytes; no endpoint of this API takes a body that large`);
}

/** 405 with Allow when the path exists for other methods, else 404. */
function unmatched(routes: readonly RouteDef[]): RequestHandler {
  const patterns = routes.map((r) => ({ method: r.method, regex: new RegExp(`^${r.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z0-9_]+/g, '[^/]+')}/?$`) }));
  return (req, _res, next) => {
    const allowed = [...new Set(patterns.filter((p) => p.regex.test(req.path)).map((p) => p.method))] as HttpMethod[];
    if (allowed.length > 0) {
      const allow = allowed.map((m) => m.toUpperCase()).join(', ');
      next(new ApiError('METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${req.path}; use ${allow}`, undefined, { Allow: allow }));
      return;
    }
    next(new ApiError('NOT_FOUND', `there is no endpoint ${req.method} ${req.path}; GET / lists the endpoints, GET /openapi.json describes them`));
  };
}

let internalErrors = 0;

function errors(redactor: Redactor, log: ApiAppOptions['log']): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const apiError = toApiError(err);
    if (!apiError) {
      internalErrors += 1;
      const ref = `${Date.now().toString(36)}-${internalErrors}`;
      log?.error({ ref, method: req.method, path: req.path, error: redactor.scrub(err instanceof Error ? (err.stack ?? err.message) : String(err)) }, 'API request failed');
      sendReply(res, json(new ApiError('INTERNAL', `the request failed unexpectedly (error ref ${ref} in the scheduler log); it may or may not have taken effect: check the state and retry`).body(), 500), redactor);
      return;
    }
    if (apiError.status >= 500) log?.warn({ method: req.method, path: req.path, code: apiError.code }, redactor.scrub(apiError.message));
    res.set(apiError.headers);
    sendReply(res, json(apiError.body(), apiError.status), redactor);
  };
}

/** ApiError as is; body-parser, URL-decoding and other client errors (e.g. of an extra router) as the matching error; undefined for anything else. */
function toApiError(err: unknown): ApiError | undefined {
  if (err instanceof ApiError) return err;
  if (err === null || typeof err !== 'object') return undefined;
  const e = err as { type?: string; status?: number; limit?: number; message?: string };
  if (e.type === 'entity.too.large') return tooLarge(e.limit ?? DEFAULT_BODY_LIMIT_BYTES);
  if (e.type === 'entity.parse.failed') return new ApiError('MALFORMED_JSON', `the body is not valid JSON (${e.message ?? 'parse error'}); send a JSON object`);
  if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') {
    return new ApiError('UNSUPPORTED_MEDIA_TYPE', `${e.message ?? 'unsupported encoding'}; send UTF-8 JSON without content encoding`);
  }
  if (e.status === 404) return new ApiError('NOT_FOUND', `${e.message ?? 'not found'}; GET / lists the endpoints`);
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
    return new ApiError('INVALID_INPUT', `the request could not be read: ${e.message ?? 'bad request'}; check the URL encoding and the body`);
  }
  return undefined;
}
