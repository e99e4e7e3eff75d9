// Routes about the API itself: the index at "/" (the original framework's endpoint list), the OpenAPI
// document and the Prometheus metrics.
import { z } from 'zod';
import type { ApiMetrics } from '../metrics';
import type { OpenApiDocument } from '../openapi';
import { json, openApiPath, route, text, type RouteDef } from '../route';

export interface MetaRouteOptions {
  /** All routes, this list included (read when the index is requested). */
  readonly routes: () => readonly RouteDef[];
  readonly document: () => OpenApiDocument;
  readonly metrics: ApiMetrics;
}

const IndexEntry = z.object({ method: z.string(), url: z.string(), contentType: z.array(z.string()) });

export function metaRoutes(options: MetaRouteOptions): RouteDef[] {
  return [
    route({
      method: 'get', path: '/', family: 'operations', mutating: false, summary: 'Endpoint list: method, relative URL and content types',
      responses: { 200: { description: 'endpoints', schema: z.array(IndexEntry) } },
      handler: () =>
        json(
          options.routes().map((r) => ({
            method: r.method.toUpperCase(),
            url: openApiPath(r.path).replace(/^\//, ''),
            contentType: [...new Set(Object.values(r.responses).map((d) => d.contentType ?? 'application/json'))],
          })),
        ),
    }),
    route({
      method: 'get', path: '/openapi.json', family: 'operations', mutating: false, summary: 'This API as an OpenAPI 3.1 document',
      responses: { 200: { description: 'OpenAPI 3.1 document' } },
      handler: () => json(options.document()),
    }),
    route({
      method: 'get', path: '/metrics', family: 'operations', mutating: false, summary: 'Prometheus metrics',
      responses: { 200: { description: 'Prometheus text exposition format', contentType: 'text/plain' } },
      handler: async () => {
        const { body, contentType } = await options.metrics.render();
        return text(body, contentType);
      },
    }),
  ];
}
