// Cluster jobs (repair, cleanup, rolling restart: issue 7) and backup/restore (issue 8) do not exist
// yet. Their routes are here so clients meet a clear answer instead of a 404: the request is validated
// exactly as it will be (bad input is still a 400, an unknown node a 404), then answered 501
// NOT_AVAILABLE_YET naming what is missing. Nothing is started and nothing pretends to be.
import { z } from 'zod';
import { ApiError } from '../errors';
import { route, type RouteDef } from '../route';
import { BackupName, CqlIdentifier, NodeRef } from '../schemas';
import type { ClusterService } from '../service';

type JobKind = 'repair' | 'cleanup' | 'rolling-restart' | 'backup' | 'restore';

const ISSUE: Record<JobKind, string> = {
  repair: 'issue 7 (cluster operations)',
  cleanup: 'issue 7 (cluster operations)',
  'rolling-restart': 'issue 7 (cluster operations)',
  backup: 'issue 8 (backup and restore)',
  restore: 'issue 8 (backup and restore)',
};

function notAvailable(kind: JobKind, action: string): ApiError {
  return new ApiError(
    'NOT_AVAILABLE_YET',
    `${kind} ${action} is not available yet: the scheduler has no ${kind === 'backup' || kind === 'restore' ? 'backup/restore subsystem' : 'cluster job engine'} until ${ISSUE[kind]}; nothing was started or changed`,
    { feature: kind, action },
  );
}

const NOT_AVAILABLE = { 501: { description: 'NOT_AVAILABLE_YET: the subsystem comes with a later release; nothing happens' } } as const;

/** A field DC/OS clients send that this API refuses, with why. */
function forbidden(message: string): z.ZodType {
  return z.unknown().refine((v) => v === undefined, message).optional();
}

const CREDENTIALS_IN_ENV = 'credentials are not accepted over the API (they would pass through logs and proxies); set CASSANDRA_MESOS_S3_ACCESS_KEY_ID and CASSANDRA_MESOS_S3_SECRET_ACCESS_KEY in the scheduler\'s environment';

const NodeJobBody = z.strictObject({
  nodes: z.array(z.union([z.literal('*'), NodeRef])).min(1, 'name at least one node, or ["*"] for all').max(1000),
  key_spaces: z.array(CqlIdentifier).max(1000).optional(),
  column_families: z.array(CqlIdentifier).max(1000).optional(),
});

const BackupBody = z.strictObject({
  backup_name: BackupName,
  external_location: z.string().regex(/^(s3|https?|file):\/\/[^\s]+$/, 'an s3://bucket/prefix, http(s):// or file:// location').max(1024),
  restore_type: z.enum(['existing', 'new']).optional(),
  s3_access_key: forbidden(CREDENTIALS_IN_ENV),
  s3_secret_key: forbidden(CREDENTIALS_IN_ENV),
  azure_account: forbidden('Azure storage is not supported; use S3 or a local directory'),
  azure_key: forbidden('Azure storage is not supported; use S3 or a local directory'),
  uses_emc: z.boolean().optional(),
});

async function checkNodes(service: ClusterService, refs: readonly string[]): Promise<void> {
  const named = refs.filter((r) => r !== '*');
  if (named.length === 0) return;
  const snapshot = await service.snapshot();
  for (const ref of named) service.findNode(snapshot, ref);
}

function dcosJobRoutes(): RouteDef[] {
  const routes: RouteDef[] = [];
  for (const kind of ['cleanup', 'repair'] as const) {
    routes.push(
      route({
        method: 'put', path: `/v1/${kind}/start`, family: 'dcos', mutating: true, summary: `Start a ${kind} of the named nodes`,
        body: NodeJobBody, responses: { ...NOT_AVAILABLE, 404: { description: 'NODE_NOT_FOUND' } },
        handler: async ({ service, body }) => {
          await checkNodes(service, body.nodes);
          throw notAvailable(kind, 'start');
        },
      }),
      route({
        method: 'put', path: `/v1/${kind}/stop`, family: 'dcos', mutating: true, summary: `Stop the running ${kind}`,
        responses: NOT_AVAILABLE, handler: () => Promise.reject(notAvailable(kind, 'stop')),
      }),
    );
  }
  for (const kind of ['backup', 'restore'] as const) {
    routes.push(
      route({
        method: 'put', path: `/v1/${kind}/start`, family: 'dcos', mutating: true, summary: `Start a ${kind}`,
        body: BackupBody, responses: NOT_AVAILABLE, handler: () => Promise.reject(notAvailable(kind, 'start')),
      }),
      route({
        method: 'put', path: `/v1/${kind}/stop`, family: 'dcos', mutating: true, summary: `Stop the running ${kind}`,
        responses: NOT_AVAILABLE, handler: () => Promise.reject(notAvailable(kind, 'stop')),
      }),
      route({
        method: 'get', path: `/v1/${kind}/status`, family: 'dcos', mutating: false, summary: `Progress of the ${kind}`,
        responses: NOT_AVAILABLE, handler: () => Promise.reject(notAvailable(kind, 'status')),
      }),
    );
  }
  return routes;
}

const BackupNameQuery = z.strictObject({ name: BackupName.optional().meta({ description: 'backup name (default backup-<epoch ms>)' }) });
const RestoreNameQuery = z.strictObject({ name: BackupName.meta({ description: 'the backup to restore (required)' }) });

function originalJobRoutes(): RouteDef[] {
  const routes: RouteDef[] = [];
  for (const kind of ['repair', 'cleanup', 'backup', 'restore', 'rolling-restart'] as const) {
    const query = kind === 'backup' ? BackupNameQuery : kind === 'restore' ? RestoreNameQuery : undefined;
    routes.push(
      route({
        method: 'post', path: `/cluster/${kind}/start`, family: 'cassandra-mesos', mutating: true, summary: `Start a cluster-wide ${kind}, one node at a time`,
        ...(query ? { query } : {}), responses: NOT_AVAILABLE, handler: () => Promise.reject(notAvailable(kind, 'start')),
      }),
      route({
        method: 'post', path: `/cluster/${kind}/abort`, family: 'cassandra-mesos', mutating: true, summary: `Abort the running ${kind}`,
        responses: NOT_AVAILABLE, handler: () => Promise.reject(notAvailable(kind, 'abort')),
      }),
      route({
        method: 'get', path: `/cluster/${kind}/status`, family: 'cassandra-mesos', mutating: false, summary: `The running ${kind}, if any`,
        responses: NOT_AVAILABLE, handler: () => Promise.reject(notAvailable(kind, 'status')),
      }),
      route({
        method: 'get', path: `/cluster/${kind}/last`, family: 'cassandra-mesos', mutating: false, summary: `The last finished ${kind}`,
        responses: NOT_AVAILABLE, handler: () => Promise.reject(notAvailable(kind, 'last')),
      }),
    );
  }
  return routes;
}

export function jobRoutes(): RouteDef[] {
  return [...dcosJobRoutes(), ...originalJobRoutes()];
}
