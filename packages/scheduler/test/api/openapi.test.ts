// The OpenAPI document is generated from the route definitions; these tests walk the express router
// itself, so a route mounted any other way (or a definition that drifts) fails here.
/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access -- jest asymmetric matchers and supertest bodies are typed any */
import express, { type Express } from 'express';
import { harness } from './support/harness';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  name?: string;
  handle?: { stack?: Layer[] };
}

/** Every (method, path) express would serve, including routes of mounted routers. */
function expressRoutes(app: Express): Array<{ method: string; path: string }> {
  const out: Array<{ method: string; path: string }> = [];
  const walk = (stack: Layer[], prefix: string): void => {
    for (const layer of stack) {
      if (layer.route) {
        for (const [method, on] of Object.entries(layer.route.methods)) if (on && method !== '_all') out.push({ method, path: prefix + layer.route.path });
      } else if (layer.name === 'router' && layer.handle?.stack) {
        walk(layer.handle.stack, prefix + ((layer as { rawPath?: string }).rawPath ?? ''));
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return out;
}

const toOpenApi = (path: string): string => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

describe('OpenAPI document', () => {
  it('describes every route express serves, and nothing else', async () => {
    const { http, api } = harness();
    const doc = (await http.get('/openapi.json')).body as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    const served = expressRoutes(api.app);
    expect(served).toHaveLength(api.routes.length);
    const missing = served.filter((r) => !doc.paths[toOpenApi(r.path)]?.[r.method]).map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(missing).toEqual([]);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    expect(documented.sort()).toEqual(served.map((r) => `${r.method} ${toOpenApi(r.path)}`).sort());
  });

  it('fails when a route is added to express without a definition', () => {
    const { api } = harness();
    api.app.get('/v1/undocumented', (_req, res) => void res.json({}));
    const served = expressRoutes(api.app);
    const missing = served.filter((r) => !api.document.paths[toOpenApi(r.path)]?.[r.method]);
    expect(missing).toEqual([{ method: 'get', path: '/v1/undocumented' }]);
  });

  it('serves extra routers (e.g. artifacts) on their prefix, and sees their routes', async () => {
    const router = express.Router();
    router.get('/executor.tgz', (_req, res) => void res.type('application/gzip').send(Buffer.from([1, 2, 3])));
    const { api, http } = harness({ app: { extraRouters: [{ path: '/v1/artifacts', router }] } });
    expect(expressRoutes(api.app)).toContainEqual({ method: 'get', path: '/v1/artifacts/executor.tgz' });
    const res = await http.get('/v1/artifacts/executor.tgz');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/gzip');
    expect((await http.get('/v1/artifacts/other.tgz')).body.error.code).toBe('NOT_FOUND');
  });

  it('has unique operation ids, declares every path parameter, and documents the issue\'s routes', () => {
    const { api } = harness();
    const operations = Object.entries(api.document.paths).flatMap(([path, ops]) => Object.values(ops).map((op) => ({ path, op: op as { operationId: string; parameters: Array<{ name: string; in: string; required: boolean }>; responses: Record<string, unknown> } })));
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, op } of operations) {
      const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      expect(op.parameters.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(inPath);
      expect(op.parameters.filter((p) => p.in === 'path').every((p) => p.required)).toBe(true);
      expect(Object.keys(op.responses).length).toBeGreaterThan(0);
    }
    for (const path of ['/config', '/node/all', '/node/seed/all', '/node/{node}/make-seed', '/cluster/rolling-restart/last', '/live-nodes/stress', '/qa/report/resources', '/scale/nodes', '/health/cluster/report', '/', '/v1/plan', '/v1/plans/{plan}/forceComplete', '/v1/nodes/{node}/status', '/v1/nodes/replace', '/v1/connection/dns', '/v1/seeds', '/v1/config', '/v1/cleanup/stop', '/v1/restore/status', '/metrics', '/v1/jobs', '/v1/jobs/{id}', '/v1/repair/schedule', '/v1/repair/status', '/v1/restart/start', '/v1/restart/stop', '/v1/restart/status', '/v1/nodes/{node}/decommission', '/v1/nodes/{node}/make-non-seed', '/node/{node}/decommission']) {
      expect(api.document.paths[path]).toBeDefined();
    }
  });

  it('takes parameter and body schemas from the zod schemas', () => {
    const { api } = harness();
    const scale = api.document.paths['/scale/nodes']?.['post'] as { parameters: Array<{ name: string; in: string; required: boolean; schema: Record<string, unknown> }> };
    expect(scale.parameters.map((p) => [p.name, p.in, p.required])).toEqual([
      ['nodeCount', 'query', false],
      ['nodes', 'query', false],
    ]);
    expect(scale.parameters[0]?.schema).toMatchObject({ type: 'string', pattern: expect.any(String) });
    const patch = api.document.paths['/v1/config']?.['patch'] as { requestBody: { content: { 'application/json': { schema: { properties: Record<string, unknown>; additionalProperties: boolean } } } }; responses: Record<string, unknown> };
    const body = patch.requestBody.content['application/json'].schema;
    expect(body.additionalProperties).toBe(false);
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(['nodeCount', 'resources', 'yamlOverrides']));
    expect(Object.keys(patch.responses).sort()).toEqual(['200', '202', '400', '413', '415', '500', '503']);
    // A job start takes an optional body in the original family, a required one in DC/OS's.
    type WithBody = { requestBody: { required: boolean; content: { 'application/json': { schema: { properties: Record<string, unknown> } } } } };
    const original = api.document.paths['/cluster/repair/start']?.['post'] as WithBody;
    expect(original.requestBody.required).toBe(false);
    expect(Object.keys(original.requestBody.content['application/json'].schema.properties)).toEqual(expect.arrayContaining(['nodes', 'keyspaces', 'repairParallelism']));
    expect((api.document.paths['/v1/repair/start']?.['put'] as WithBody).requestBody.required).toBe(true);
    const plan = api.document.paths['/v1/plans/{plan}']?.['get'] as { responses: Record<string, { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> }> };
    expect(Object.keys(plan.responses['200']?.content?.['application/json']?.schema?.properties ?? {})).toEqual(['phases', 'errors', 'status']);
  });
});
