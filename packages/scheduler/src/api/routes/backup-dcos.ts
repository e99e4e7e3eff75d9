// Backup and restore in the DC/OS Cassandra family (/v1/backup/*, /v1/restore/*, /v1/backups). Bodies
// take DC/OS's names (name or backup_name, external_location, s3_access_key/s3_secret_key, restore_type)
// and our additions in snake_case. Request S3 keys are handed to the service (which keeps them in the
// scheduler's memory for the job only): never stored, logged or returned. Azure is refused.
import { z } from 'zod';
import { isRestorePlan, type BackupKind, type BackupStartRequest, type RestoreStartRequest, type StorageKeys } from '../../backup/types';
import { validBackupName, withBackups } from '../backup-errors';
import { dcosNodes } from '../jobs/job-requests';
import { API_REQUESTER } from '../jobs/job-service';
import { json, route, type RouteDef } from '../route';
import { CqlIdentifier, NodeRef, queryInt } from '../schemas';
import { BackupJobViewSchema, BackupListSchema, BackupSummarySchema, PurgeReportSchema, restJobOrNull, restJobView, RestorePlanSchema, VerifyReportSchema } from '../views/backup';
import { LocationText, NameText, PurgeBody } from './backup-original';

const AZURE = 'Azure storage is not supported: use S3 (external_location s3://bucket/prefix, or http(s)://host:port/bucket/prefix for an S3-compatible server) or a local directory (file:///dir)';

/** A field this API refuses, with why. */
function refused(message: string): z.ZodType {
  return z.unknown().refine((v) => v === undefined, message).optional().meta({ description: `not accepted: ${message}` });
}

const Secret = z.string().min(1, 'must not be empty').max(4096, 'at most 4096 characters');
const ClusterText = z.string().min(1).max(64);
const allNodes = z
  .array(z.union([z.literal('*'), NodeRef]))
  .min(1, 'name at least one node, or ["*"] for all')
  .max(1000)
  .refine((refs) => !refs.includes('*') || refs.length === 1, '"*" stands for every node: give it alone, or list the nodes')
  .optional();

const common = {
  name: NameText.optional(),
  backup_name: NameText.optional().meta({ description: 'DC/OS name of `name`' }),
  external_location: LocationText.optional(),
  s3_access_key: Secret.optional().meta({ description: 'S3 access key for this job only: used, never stored, logged or returned' }),
  s3_secret_key: Secret.optional().meta({ description: 'S3 secret key for this job only' }),
  azure_account: refused(AZURE),
  azure_key: refused(AZURE),
  uses_emc: z.boolean().optional().meta({ description: 'accepted for compatibility: path-style addressing is used with every S3-compatible endpoint anyway' }),
  key_spaces: z.array(CqlIdentifier).max(1000).optional(),
  nodes: allNodes,
  parallelism: z.number().int().min(1).max(64).optional(),
};

type CommonBody = { name?: string | undefined; backup_name?: string | undefined; s3_access_key?: string | undefined; s3_secret_key?: string | undefined };

function withCommonChecks<T extends CommonBody>(schema: z.ZodType<T>): z.ZodType<T> {
  return schema
    .refine((b) => b.name !== undefined || b.backup_name !== undefined, { message: 'name the backup (name or backup_name)', path: ['name'] })
    .refine((b) => b.name === undefined || b.backup_name === undefined || b.name === b.backup_name, { message: 'name and backup_name differ; give one of them', path: ['backup_name'] })
    .refine((b) => (b.s3_access_key === undefined) === (b.s3_secret_key === undefined), { message: 'give both s3_access_key and s3_secret_key, or neither (then the scheduler\'s configured keys are used)', path: ['s3_secret_key'] });
}

const DcosBackupBody = withCommonChecks(
  z.strictObject({
    ...common,
    restore_type: z.enum(['existing', 'new']).optional().meta({ description: 'DC/OS clients send it with backups too; it has no effect on a backup' }),
    type: z.enum(['snapshot', 'incremental', 'consistent']).optional(),
    base_backup: NameText.optional(),
    pause_srv: z.string().min(1).max(253).optional(),
  }),
);

const DcosRestoreBody = withCommonChecks(
  z.strictObject({
    ...common,
    restore_type: z.enum(['existing', 'new']).optional().meta({ description: 'existing (default): into this cluster; new: into a new cluster, creating the schema from the backup' }),
    type: z.enum(['cluster', 'node']).optional(),
    source_cluster: ClusterText.optional(),
    node_mapping: z.record(NodeRef, z.string().max(128)).optional(),
    snapshot_only: z.boolean().optional(),
    restore_schema: z.boolean().optional(),
    column_families: z.array(CqlIdentifier).max(1000).optional(),
    dry_run: z.boolean().optional(),
  }),
);

function keysOf(body: CommonBody): StorageKeys | undefined {
  return body.s3_access_key !== undefined && body.s3_secret_key !== undefined ? { accessKeyId: body.s3_access_key, secretAccessKey: body.s3_secret_key } : undefined;
}

/** The backup's name from either DC/OS field, checked (400 INVALID_BACKUP_NAME naming the field). */
function nameOf(b: CommonBody): string {
  return b.name !== undefined ? validBackupName(b.name, 'body.name') : validBackupName(b.backup_name ?? '', 'body.backup_name');
}

function backupRequest(b: z.infer<typeof DcosBackupBody>): BackupStartRequest {
  const types = { snapshot: 'NODE_SNAPSHOT', incremental: 'INCREMENTAL', consistent: 'CLUSTER_CONSISTENT' } as const;
  return {
    name: nameOf(b),
    type: b.type ? types[b.type] : undefined,
    baseBackup: b.base_backup,
    keyspaces: b.key_spaces,
    nodes: dcosNodes(b.nodes),
    parallelism: b.parallelism,
    location: b.external_location,
    credentials: keysOf(b),
    pauseSrv: b.pause_srv,
  };
}

function restoreRequest(b: z.infer<typeof DcosRestoreBody>): RestoreStartRequest {
  return {
    name: nameOf(b),
    type: b.type === 'node' ? 'NODE_RESTORE' : b.type === 'cluster' ? 'CLUSTER_RESTORE' : undefined,
    sourceCluster: b.source_cluster,
    nodeMapping: b.node_mapping,
    snapshotOnly: b.snapshot_only,
    // DC/OS's restore_type=new restores into a new cluster: its schema comes from the backup.
    restoreSchema: b.restore_schema ?? (b.restore_type === 'new' ? true : undefined),
    keyspaces: b.key_spaces,
    tables: b.column_families,
    nodes: dcosNodes(b.nodes),
    parallelism: b.parallelism,
    location: b.external_location,
    credentials: keysOf(b),
    dryRun: b.dry_run,
  };
}

const STARTED = z.object({ status: z.literal('started'), message: z.string(), job: BackupJobViewSchema });
const START_ERRORS = {
  400: { description: 'INVALID_BACKUP_NAME, INVALID_INPUT (incl. Azure fields: not supported), INVALID_LOCATION' },
  404: { description: 'NODE_NOT_FOUND, BACKUP_NOT_FOUND' },
  409: { description: 'JOB_RUNNING, BACKUP_EXISTS, PURGE_RUNNING, NODES_NOT_LIVE / NODES_NOT_STOPPED / NODE_COUNT_MISMATCH' },
  503: { description: 'NOT_LEADER, STORAGE_UNAVAILABLE' },
} as const;

function stopAndStatus(kind: BackupKind): RouteDef[] {
  return [
    route({
      method: 'put', path: `/v1/${kind}/stop`, family: 'dcos', mutating: true, summary: `Stop the running ${kind} after the node(s) it is working on`,
      responses: { 202: { description: 'the job, abortRequested', schema: BackupJobViewSchema }, 409: { description: `NO_JOB_RUNNING: no ${kind} runs` } },
      handler: async ({ service }) => json(restJobView(await withBackups(service, (b) => b.abort(kind))), 202),
    }),
    route({
      method: 'get', path: `/v1/${kind}/status`, family: 'dcos', mutating: false, summary: `The running ${kind}: node, stage, keyspace, bytes done/total/skipped, rate, ETA`,
      responses: { 200: { description: '{running, job|null}', schema: z.object({ running: z.boolean(), job: BackupJobViewSchema.nullable() }) } },
      handler: async ({ service }) => {
        const status = await withBackups(service, (b) => b.status(kind));
        return json({ running: status.running, job: restJobOrNull(status.job) });
      },
    }),
  ];
}

const StorageQueryParams = z.strictObject({ cluster: ClusterText.optional(), location: LocationText.optional() });

export function dcosBackupRoutes(): RouteDef[] {
  return [
    route({
      method: 'put', path: '/v1/backup/start', family: 'dcos', mutating: true, summary: 'Start a backup (DC/OS body: name, external_location, s3_access_key, s3_secret_key)',
      body: DcosBackupBody, responses: { 202: { description: '{status: "started", message: "", job}', schema: STARTED }, ...START_ERRORS },
      handler: async ({ service, body }) => {
        const request = backupRequest(body);
        return json({ status: 'started', message: '', job: restJobView(await withBackups(service, (b) => b.startBackup(request, API_REQUESTER))) }, 202);
      },
    }),
    route({
      method: 'put', path: '/v1/restore/start', family: 'dcos', mutating: true, summary: 'Start a restore (DC/OS body; dry_run answers the plan)',
      body: DcosRestoreBody,
      responses: {
        202: { description: '{status: "started", message: "", job}', schema: STARTED },
        200: { description: 'dry run: {status: "planned", message, plan}', schema: z.object({ status: z.literal('planned'), message: z.string(), plan: RestorePlanSchema }) },
        ...START_ERRORS,
      },
      handler: async ({ service, body }) => {
        const request = restoreRequest(body);
        const result = await withBackups(service, (b) => b.startRestore(request, API_REQUESTER));
        return isRestorePlan(result) ? json({ status: 'planned', message: 'dry run: nothing was started', plan: result }) : json({ status: 'started', message: '', job: restJobView(result) }, 202);
      },
    }),
    ...stopAndStatus('backup'),
    ...stopAndStatus('restore'),
    route({
      method: 'get', path: '/v1/backups', family: 'dcos', mutating: false, summary: 'Completed backups, newest first: sizes, dates, type, nodes',
      query: StorageQueryParams.extend({ limit: queryInt(1, 1000).optional() }),
      responses: { 200: { description: 'the backups; warnings name what could not be listed', schema: BackupListSchema } },
      handler: async ({ service, query }) => json(await withBackups(service, (b) => b.listBackups(query))),
    }),
    route({
      method: 'post', path: '/v1/backups/purge', family: 'dcos', mutating: true, summary: 'Delete old backups by age and/or count, never data a kept backup uses (dryRun lists)',
      body: PurgeBody,
      responses: { 200: { description: 'what was (dryRun: would be) deleted', schema: PurgeReportSchema }, 409: { description: 'JOB_RUNNING, PURGE_RUNNING, PURGE_REFUSED' } },
      handler: async ({ service, body }) => json(await withBackups(service, (b) => b.purgeBackups(body))),
    }),
    route({
      method: 'get', path: '/v1/backups/:name', family: 'dcos', mutating: false, summary: 'One backup: nodes, sizes, Cassandra version, data center and rack',
      params: z.strictObject({ name: NameText }), query: StorageQueryParams,
      responses: { 200: { description: 'the backup', schema: BackupSummarySchema }, 404: { description: 'BACKUP_NOT_FOUND' } },
      handler: async ({ service, params, query }) => {
        const name = validBackupName(params.name, 'path.name');
        return json(await withBackups(service, (b) => b.getBackup(name, query)));
      },
    }),
    route({
      method: 'post', path: '/v1/backups/:name/verify', family: 'dcos', mutating: true, summary: 'Verify a backup: every object present with the right size and SHA-256',
      description: 'Answers 200 with ok=false and one problem per bad object (MISSING, WRONG_SIZE, WRONG_CHECKSUM, UNREADABLE), each naming its key.',
      params: z.strictObject({ name: NameText }), query: StorageQueryParams,
      responses: { 200: { description: 'the report', schema: VerifyReportSchema }, 404: { description: 'BACKUP_NOT_FOUND' }, 409: { description: 'LOCAL_BACKUP' } },
      handler: async ({ service, params, query }) => {
        const name = validBackupName(params.name, 'path.name');
        return json(await withBackups(service, (b) => b.verifyBackup(name, query)));
      },
    }),
  ];
}
