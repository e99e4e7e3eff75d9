// POST /admin/... fault injection for tests and demos. Every route validates its input and answers
// 400 (bad input), 404 (unknown agent/framework/route) or 405 (wrong method) with a clear message.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { readBody, sendJson } from './http-server';

export type AdminOutcome = { ok: true; result?: unknown } | { ok: false; status: 400 | 404 | 409; message: string };

/** What the admin routes drive; implemented by the mesos-local composition. */
export interface AdminApi {
  killAgent(agentId: string): Promise<AdminOutcome>;
  stopAgent(agentId: string): Promise<AdminOutcome>;
  restartAgent(agentId: string): Promise<AdminOutcome>;
  partitionAgent(agentId: string): Promise<AdminOutcome>;
  healAgent(agentId: string): Promise<AdminOutcome>;
  removeAgent(agentId: string): Promise<AdminOutcome>;
  killExecutor(agentId: string, frameworkId: string, executorId: string, signal: NodeJS.Signals): Promise<AdminOutcome>;
  stallFramework(frameworkId: string, stalled: boolean): Promise<AdminOutcome>;
  dropFramework(frameworkId: string): Promise<AdminOutcome>;
  restartMaster(options: { agentReregisterDelayMs: number }): Promise<AdminOutcome>;
  setLeadership(mode: 'leader' | 'non-leader' | 'recovering', leader?: string): Promise<AdminOutcome>;
}

const SIGNALS = ['SIGKILL', 'SIGTERM', 'SIGINT', 'SIGQUIT', 'SIGHUP', 'SIGSEGV', 'SIGABRT', 'SIGUSR1', 'SIGUSR2'] as const;

const schemas = {
  empty: z.object({}).strict(),
  killExecutor: z.object({ frameworkId: z.string().min(1), executorId: z.string().min(1), signal: z.enum(SIGNALS).default('SIGKILL') }).strict(),
  restartMaster: z.object({ agentReregisterDelayMs: z.number().int().min(0).max(3_600_000).default(0) }).strict(),
  leadership: z
    .object({ mode: z.enum(['leader', 'non-leader', 'recovering']), leader: z.string().regex(/^[^/\s]+:\d{1,5}$/, 'expected host:port').optional() })
    .strict()
    .refine((v) => v.mode !== 'non-leader' || v.leader !== undefined, { message: "'leader' (host:port) is required for mode 'non-leader'" }),
};

type Route = { pattern: RegExp; run: (api: AdminApi, params: string[], body: unknown) => Promise<AdminOutcome> | AdminOutcome };

function parse<T>(schema: z.ZodType<T>, body: unknown): T | AdminOutcome {
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
  return { ok: false, status: 400, message: `Invalid request body: ${issues}` };
}

function isOutcome(v: unknown): v is AdminOutcome {
  return typeof v === 'object' && v !== null && 'ok' in v && (v).ok === false;
}

function agentRoute(action: (api: AdminApi, id: string) => Promise<AdminOutcome>): Route['run'] {
  return (api, [id = ''], body) => {
    const p = parse(schemas.empty, body);
    return isOutcome(p) ? p : action(api, id);
  };
}

const ROUTES: Route[] = [
  { pattern: /^\/admin\/agents\/([^/]+)\/kill$/, run: agentRoute((api, id) => api.killAgent(id)) },
  { pattern: /^\/admin\/agents\/([^/]+)\/stop$/, run: agentRoute((api, id) => api.stopAgent(id)) },
  { pattern: /^\/admin\/agents\/([^/]+)\/restart$/, run: agentRoute((api, id) => api.restartAgent(id)) },
  { pattern: /^\/admin\/agents\/([^/]+)\/partition$/, run: agentRoute((api, id) => api.partitionAgent(id)) },
  { pattern: /^\/admin\/agents\/([^/]+)\/heal$/, run: agentRoute((api, id) => api.healAgent(id)) },
  { pattern: /^\/admin\/agents\/([^/]+)\/remove$/, run: agentRoute((api, id) => api.removeAgent(id)) },
  {
    pattern: /^\/admin\/agents\/([^/]+)\/kill-executor$/,
    run: (api, [id = ''], body) => {
      const p = parse(schemas.killExecutor, body);
      return isOutcome(p) ? p : api.killExecutor(id, p.frameworkId, p.executorId, p.signal);
    },
  },
  { pattern: /^\/admin\/frameworks\/([^/]+)\/stall$/, run: (api, [id = ''], body) => { const p = parse(schemas.empty, body); return isOutcome(p) ? p : api.stallFramework(id, true); } },
  { pattern: /^\/admin\/frameworks\/([^/]+)\/resume$/, run: (api, [id = ''], body) => { const p = parse(schemas.empty, body); return isOutcome(p) ? p : api.stallFramework(id, false); } },
  { pattern: /^\/admin\/frameworks\/([^/]+)\/drop$/, run: (api, [id = ''], body) => { const p = parse(schemas.empty, body); return isOutcome(p) ? p : api.dropFramework(id); } },
  {
    pattern: /^\/admin\/master\/restart$/,
    run: (api, _params, body) => {
      const p = parse(schemas.restartMaster, body);
      return isOutcome(p) ? p : api.restartMaster(p);
    },
  },
  {
    pattern: /^\/admin\/master\/leadership$/,
    run: (api, _params, body) => {
      const p = parse(schemas.leadership, body);
      return isOutcome(p) ? p : api.setLeadership(p.mode, p.leader);
    },
  },
];

export function adminEndpoint(api: AdminApi) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = decodeURI((req.url ?? '').split('?')[0] ?? '');
    const route = ROUTES.find((r) => r.pattern.test(path));
    if (!route) return sendJson(res, 404, { error: `No admin route ${path}; see mesos-local --help` });
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendJson(res, 405, { error: `Admin routes expect POST, not ${req.method ?? ''}` });
    }
    const raw = (await readBody(req, 64 * 1024)).toString('utf8');
    let body: unknown = {};
    if (raw.trim() !== '') {
      try {
        body = JSON.parse(raw);
      } catch (err) {
        return sendJson(res, 400, { error: `Request body is not JSON: ${(err as Error).message}` });
      }
    }
    const params = (route.pattern.exec(path) ?? []).slice(1);
    const outcome = await route.run(api, params, body);
    if (outcome.ok) sendJson(res, 200, { ok: true, ...(outcome.result !== undefined ? { result: outcome.result } : {}) });
    else sendJson(res, outcome.status, { error: outcome.message });
  };
}
