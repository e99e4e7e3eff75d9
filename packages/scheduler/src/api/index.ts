// The REST management API: both route families over one service, OpenAPI, metrics, auth.
export { createApiApp, DEFAULT_BODY_LIMIT_BYTES, type ApiApp, type ApiAppOptions, type ExtraRouter } from './app';
export { BearerAuth, type AuthOptions } from './auth';
export { ApiError, ERROR_CODES, type ErrorBody, type ErrorCode, type FieldProblem } from './errors';
export { DriverGateway, NotLeadingError, type DriverGatewayOptions, type SchedulerGateway, type StateView } from './gateway';
export { ApiMetrics, type ApiMetricsOptions } from './metrics';
export { buildOpenApiDocument, type OpenApiDocument } from './openapi';
export { Redactor, REDACTED } from './redact';
export type { RouteDef, RouteFamily } from './route';
export { startApiServer, type ApiServer } from './server';
export { ClusterService, type ClusterServiceOptions, type ClusterSnapshot, type ConfigChangeResult, type NodeStatus, type PlanCommandKind, type SeedChange } from './service';
export { API_REQUESTER, JobService, type JobListView, type JobStatusView } from './jobs/job-service';
export { CqlTableSchemaReader, SYSTEM_KEYSPACES, type CqlEndpoint, type CqlTableSchemaReaderOptions, type TableGcGrace, type TableSchemaReader } from './jobs/table-schema-reader';
export { jobView, JobViewSchema, type JobView } from './views/job';
