// One API app over an in-memory scheduler, with a supertest agent. Every JSON answer is checked
// against the schema the route documents in /openapi.json, so the document cannot lie.
import supertest from 'supertest';
import type { z } from 'zod';
import { ApiMetrics, ClusterService, createApiApp, type ApiApp, type ApiAppOptions, type ClusterServiceOptions } from '../../../src/api';
import type { TableSchemaReader } from '../../../src/api/jobs/table-schema-reader';
import type { SchedulerState } from '@cassandra-mesos/model';
import { clusterState, NOW } from './fixtures';
import { InMemoryScheduler } from './in-memory-scheduler';

export const TOKEN = 'test-token-0123456789abcdef';

export interface Harness {
  readonly scheduler: InMemoryScheduler;
  readonly api: ApiApp;
  readonly http: ReturnType<typeof supertest>;
}

// Process metrics register event-loop monitors; one shared registry keeps tests light.
const sharedMetrics = new ApiMetrics({ processMetrics: false });

/** Unit tests reach no Cassandra: the repair schedule's CQL read fails unless a test passes a fake. */
export const NO_CQL: TableSchemaReader = { userTables: () => Promise.reject(new Error('no CQL server in unit tests')) };

export function harness(options: { state?: SchedulerState | null; app?: Partial<ApiAppOptions>; service?: Partial<ClusterServiceOptions> } = {}): Harness {
  const scheduler = new InMemoryScheduler(options.state === null ? undefined : (options.state ?? clusterState()));
  const service = new ClusterService({ gateway: scheduler, now: () => scheduler.nowMs, healthCheckTimeoutMs: 50, schemaReader: NO_CQL, ...options.service });
  const api = createApiApp({ service, metrics: options.app?.metrics ?? sharedMetrics, random: () => 0.5, ...options.app });
  return { scheduler, api, http: supertest(api.app) };
}

/** The documented schema of a route's answer, when it documents one. */
export function documentedSchema(api: ApiApp, method: string, path: string, status: number): z.ZodType | undefined {
  const route = api.routes.find((r) => r.method === method && r.path === path);
  if (!route) throw new Error(`no route ${method} ${path}`);
  return route.responses[status]?.schema;
}

/** Asserts the body matches the route's documented schema (if it has one) and returns it. */
export function expectDocumented(api: ApiApp, method: string, path: string, res: { status: number; body: unknown }): unknown {
  const schema = documentedSchema(api, method, path, res.status);
  if (schema) {
    const parsed = schema.safeParse(res.body);
    if (!parsed.success) throw new Error(`${method.toUpperCase()} ${path} answered ${res.status} with a body that does not match its documented schema: ${parsed.error.message}`);
  }
  return res.body;
}

export { NOW };
