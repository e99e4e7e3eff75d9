// Backup and restore (issue 8) do not exist yet. Their routes are here so clients meet a clear answer
// instead of a 404: the request is validated exactly as it will be (bad input is still a 400), then
// answered 501 NOT_AVAILABLE_YET naming what is missing. Nothing is started and nothing pretends to be.
import { z } from 'zod';
import { ApiError } from '../errors';
import { route, type RouteDef } from '../route';
import { BackupName } from '../schemas';

type BackupKind = 'backup' | 'restore';

function notAvailable(kind: BackupKind, action: string): ApiError {
  return new ApiError(
    'NOT_AVAILABLE_YET',
    `${kind} ${action} is not available yet: the scheduler has no backup/restore subsystem until issue 8 (backup and restore); nothing was started or changed`,
    { feature: kind, action },
  );
}

const NOT_AVAILABLE = { 501: { description: 'NOT_AVAILABLE_YET: the subsystem comes with a later release; nothing happens' } } as const;

/** A field DC/OS clients send that this API refuses, with why. */
function forbidden(message: string): z.ZodType {
  return z.unknown().refine((v) => v === undefined, message).optional();
}

const CREDENTIALS_IN_ENV = 'credentials are not accepted over the API (they would pass through logs and proxies); set CASSANDRA_MESOS_S3_ACCESS_KEY_ID and CASSANDRA_MESOS_S3_SECRET_ACCESS_KEY in the scheduler\'s environment';

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

const BackupNameQuery = z.strictObject({ name: BackupName.optional().meta({ description: 'backup name (default backup-<epoch ms>)' }) });
const RestoreNameQuery = z.strictObject({ name: BackupName.meta({ description: 'the backup to restore (required)' }) });

export function backupRestoreRoutes(): RouteDef[] {
  const routes: RouteDef[] = [];
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
      route({
        method: 'post', path: `/cluster/${kind}/start`, family: 'cassandra-mesos', mutating: true, summary: `Start a cluster-wide ${kind}, one node at a time`,
        query: kind === 'backup' ? BackupNameQuery : RestoreNameQuery, responses: NOT_AVAILABLE, handler: () => Promise.reject(notAvailable(kind, 'start')),
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
