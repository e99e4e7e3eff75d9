// The OpenAPI 3.1 document, generated from the route definitions and their zod schemas (z.toJSONSchema:
// JSON Schema 2020-12, which is OpenAPI 3.1's dialect). The errors every route can answer are added
// from what the route declares: inputs → 400, a body → 413/415, mutating → 401 (with a token) and 503.
import { z } from 'zod';
import { ErrorBodySchema } from './schemas';
import { openApiPath, type ResponseDoc, type RouteDef } from './route';

export type JsonSchema = Record<string, unknown>;

export interface OpenApiDocument {
  readonly openapi: '3.1.0';
  readonly info: { readonly title: string; readonly version: string; readonly description: string };
  readonly paths: Record<string, Record<string, unknown>>;
  readonly components: Record<string, unknown>;
}

export interface OpenApiOptions {
  readonly version: string;
  /** Routes that need the bearer token under the running configuration. */
  readonly requiresToken: (route: RouteDef) => boolean;
  readonly bodyLimitBytes: number;
}

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

const ERROR_REF = { $ref: '#/components/schemas/Error' };

function parameters(route: RouteDef): unknown[] {
  const out: unknown[] = [];
  for (const [where, schema] of [['path', route.params], ['query', route.query]] as const) {
    if (!schema) continue;
    const object = toSchema(schema, 'input');
    const properties = (object['properties'] ?? {}) as Record<string, JsonSchema>;
    const required = new Set((object['required'] ?? []) as string[]);
    for (const [name, property] of Object.entries(properties)) {
      const { description, ...propertySchema } = property;
      out.push({ name, in: where, required: where === 'path' || required.has(name), schema: propertySchema, ...(description ? { description } : {}) });
    }
  }
  return out;
}

function responses(route: RouteDef, options: OpenApiOptions): Record<string, unknown> {
  const declared: Record<number, ResponseDoc> = { ...route.responses };
  const errorDefaults: Record<number, string> = {};
  if (route.params || route.query || route.body) errorDefaults[400] = 'INVALID_INPUT: field-level problems in details [{field, message}]';
  if (route.body) {
    errorDefaults[413] = `PAYLOAD_TOO_LARGE: bodies are limited to ${options.bodyLimitBytes} bytes`;
    errorDefaults[415] = 'UNSUPPORTED_MEDIA_TYPE: send JSON';
  }
  if (options.requiresToken(route)) errorDefaults[401] = 'UNAUTHORIZED: missing or wrong bearer token';
  if (route.mutating) errorDefaults[503] = 'NOT_LEADER: this process does not lead; details name the leader';
  errorDefaults[500] = 'INTERNAL: an unexpected error (see the scheduler log)';
  const out: Record<string, unknown> = {};
  for (const [status, description] of Object.entries(errorDefaults)) {
    if (!(Number(status) in declared)) out[status] = { description, content: { 'application/json': { schema: ERROR_REF } } };
  }
  for (const [status, doc] of Object.entries(declared)) {
    const code = Number(status);
    const contentType = doc.contentType ?? 'application/json';
    const schema = doc.schema ? toSchema(doc.schema, 'output') : code >= 400 ? ERROR_REF : undefined;
    out[status] = { description: doc.description, ...(schema || doc.contentType ? { content: { [contentType]: schema ? { schema } : {} } } : {}) };
  }
  return out;
}

export function buildOpenApiDocument(routes: readonly RouteDef[], options: OpenApiOptions): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    const item = (paths[path] ??= {});
    item[route.method] = {
      operationId: `${route.method}${path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c?: string) => (c ? c.toUpperCase() : ''))}`,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.family],
      parameters: parameters(route),
      // A body schema that accepts nothing (e.g. `{...}.optional()`) makes the body optional.
      ...(route.body ? { requestBody: { required: !route.body.safeParse(undefined).success, content: { 'application/json': { schema: toSchema(route.body, 'input') } } } } : {}),
      responses: responses(route, options),
      ...(options.requiresToken(route) ? { security: [{ bearerAuth: [] }] } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'cassandra-mesos scheduler API',
      version: options.version,
      description:
        'Two route families over one set of operations: cassandra-mesos compatible (/config, /node, /cluster, /live-nodes, /health, /scale) and DC/OS compatible (/v1). Every error body is {error: {code, message, details?}}.',
    },
    paths,
    components: {
      schemas: { Error: toSchema(ErrorBodySchema, 'output') },
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'CASSANDRA_MESOS_API_TOKEN' } },
    },
  };
}
