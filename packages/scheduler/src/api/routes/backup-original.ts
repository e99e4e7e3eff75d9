// Backup and restore in the original cassandra-mesos route family (/cluster/backup/*, /cluster/restore/*),
// with the original's envelopes ({started}, {running, backup}, {present, restore} in seeds/001's
// shape), plus list, verify and purge. Everything goes through the BackupService; names are checked
// there, so an invalid one is 400 INVALID_BACKUP_NAME in every family and in gRPC alike.
import { z } from 'zod';
import { isRestorePlan, type BackupKind, type BackupStartRequest, type RestoreStartRequest } from '../../backup/types';
import { validBackupName, withBackups } from '../backup-errors';
import { ApiError } from '../errors';
import { API_REQUESTER } from '../jobs/job-service';
import { json, route, type RouteDef } from '../route';
import { CqlIdentifier, NodeRef, queryInt } from '../schemas';
import { BackupJobViewSchema, BackupListSchema, OriginalLastSchema, originalLastView, PurgeReportSchema, restJobOrNull, restJobView, RestorePlanSchema, VerifyReportSchema } from '../views/backup';

/** Names are checked by the service (INVALID_BACKUP_NAME); this only bounds what is read. */
export const NameText = z.string().max(1024, 'a backup name has at most 128 characters').meta({ description: 'backup name: 1-128 letters, digits, ".", "_", "-", starting with a letter or digit' });
export const LocationText = z.string().min(1).max(2048).meta({ description: 's3://bucket[/prefix], file:///dir, local, or http(s)://host[:port]/bucket[/prefix] (S3-compatible); default CASSANDRA_MESOS_BACKUP_LOCATION', example: 's3://backups/cassandra' });
const ClusterText = z.string().min(1).max(64).meta({ description: 'the cluster (framework name) whose backups; default this one' });
const nodes = z.array(NodeRef).min(1, 'name at least one node, or leave nodes out for all').max(1000).optional();
const keyspaces = z.array(CqlIdentifier).max(1000).optional();
const parallelism = z.number().int('a whole number of nodes').min(1).max(64).optional().meta({ description: 'nodes at once (default 1)' });
const nodeTimeoutSeconds = z.number().int().min(60).max(7 * 86_400).optional().meta({ description: "a node's part fails after this long (default 6 h)" });

const BACKUP_TYPE = { snapshot: 'NODE_SNAPSHOT', incremental: 'INCREMENTAL', consistent: 'CLUSTER_CONSISTENT' } as const;
const RESTORE_TYPE = { cluster: 'CLUSTER_RESTORE', node: 'NODE_RESTORE' } as const;

const BackupBody = z
  .strictObject({
    type: z.enum(['snapshot', 'incremental', 'consistent']).optional().meta({ description: 'default snapshot' }),
    baseBackup: NameText.optional().meta({ description: 'incremental: the snapshot backup it adds to' }),
    keyspaces,
    nodes,
    parallelism,
    nodeTimeoutSeconds,
    location: LocationText.optional(),
    pauseSrv: z.string().min(1).max(253).optional().meta({ description: 'consistent: DNS SRV name of the applications to pause (default CASSANDRA_MESOS_PAUSE_SRV)' }),
    pauseTimeoutSeconds: z.number().int().min(1).max(3600).optional(),
  })
  .optional();

const RestoreBody = z
  .strictObject({
    sourceCluster: ClusterText.optional().meta({ description: 'the cluster (framework name) that took the backup; default this one' }),
    type: z.enum(['cluster', 'node']).optional().meta({ description: 'cluster (default): truncate and import into the running cluster; node: files into stopped nodes' }),
    snapshotOnly: z.boolean().optional().meta({ description: 'leave incremental files out' }),
    nodeMapping: z.record(NodeRef, z.string().max(128)).optional().meta({ description: "this cluster's node (id, IP or hostname) -> the backup's node id" }),
    restoreSchema: z.boolean().optional().meta({ description: "create missing keyspaces/tables from the backup's schema" }),
    keyspaces,
    tables: z.array(CqlIdentifier).max(1000).optional().meta({ description: 'tables of the named keyspaces' }),
    nodes,
    parallelism,
    nodeTimeoutSeconds,
    location: LocationText.optional(),
    dryRun: z.boolean().optional().meta({ description: 'answer the plan (mapping, bytes, time) and start nothing' }),
  })
  .optional();

const PurgeBody = z.strictObject({
  olderThanDays: z.number().int().min(1).max(36_500).optional(),
  keepLast: z.number().int().min(1).max(100_000).optional(),
  dryRun: z.boolean().optional().meta({ description: 'list what would go, delete nothing' }),
  location: LocationText.optional(),
  cluster: ClusterText.optional(),
});

const START_ERRORS = {
  400: { description: 'INVALID_BACKUP_NAME, INVALID_INPUT, INVALID_LOCATION, INVALID_NODE_MAPPING' },
  404: { description: 'NODE_NOT_FOUND, BACKUP_NOT_FOUND (restore, base backup), KEYSPACE_NOT_IN_BACKUP' },
  409: { description: 'JOB_RUNNING (one job at a time), BACKUP_EXISTS, PURGE_RUNNING, NODES_NOT_LIVE / NODES_NOT_STOPPED / NODE_COUNT_MISMATCH (restore), COMMAND_REJECTED' },
  503: { description: 'NOT_LEADER, STORAGE_UNAVAILABLE, STATE_UNAVAILABLE' },
} as const;

/** The original API answered refusals in its own field (started/aborted: false); kept next to the error. */
function withFlag(field: 'started' | 'aborted'): (err: unknown) => never {
  return (err: unknown) => {
    if (err instanceof ApiError && err.status === 409) throw err.withBodyFields({ [field]: false });
    throw err;
  };
}

export function backupStartRequest(query: { name?: string | undefined }, body: z.infer<typeof BackupBody>): BackupStartRequest {
  return {
    name: query.name,
    type: body?.type ? BACKUP_TYPE[body.type] : undefined,
    baseBackup: body?.baseBackup,
    keyspaces: body?.keyspaces,
    nodes: body?.nodes,
    parallelism: body?.parallelism,
    nodeTimeoutSeconds: body?.nodeTimeoutSeconds,
    location: body?.location,
    pauseSrv: body?.pauseSrv,
    pauseTimeoutSeconds: body?.pauseTimeoutSeconds,
  };
}

function restoreStartRequest(name: string, body: z.infer<typeof RestoreBody>): RestoreStartRequest {
  return {
    name,
    sourceCluster: body?.sourceCluster,
    type: body?.type ? RESTORE_TYPE[body.type] : undefined,
    snapshotOnly: body?.snapshotOnly,
    nodeMapping: body?.nodeMapping,
    restoreSchema: body?.restoreSchema,
    keyspaces: body?.keyspaces,
    tables: body?.tables,
    nodes: body?.nodes,
    parallelism: body?.parallelism,
    nodeTimeoutSeconds: body?.nodeTimeoutSeconds,
    location: body?.location,
    dryRun: body?.dryRun,
  };
}

function commonRoutes(kind: BackupKind): RouteDef[] {
  return [
    route({
      method: 'post', path: `/cluster/${kind}/abort`, family: 'cassandra-mesos', mutating: true, summary: `Abort the running ${kind} after the node(s) it is working on`,
      responses: { 202: { description: 'the abort is requested', schema: z.object({ aborted: z.literal(true), job: BackupJobViewSchema }) }, 409: { description: `NO_JOB_RUNNING: no ${kind} runs` } },
      handler: async ({ service }) => json({ aborted: true, job: restJobView(await withBackups(service, (b) => b.abort(kind)).catch(withFlag('aborted'))) }, 202),
    }),
    route({
      method: 'get', path: `/cluster/${kind}/status`, family: 'cassandra-mesos', mutating: false, summary: `The running ${kind} with its stage, nodes, bytes, rate and ETA, if any`,
      responses: { 200: { description: `{running, ${kind}: job|null}`, schema: z.object({ running: z.boolean(), [kind]: BackupJobViewSchema.nullable() }) } },
      handler: async ({ service }) => {
        const status = await withBackups(service, (b) => b.status(kind));
        return json({ running: status.running, [kind]: restJobOrNull(status.job) });
      },
    }),
    route({
      method: 'get', path: `/cluster/${kind}/last`, family: 'cassandra-mesos', mutating: false, summary: `The last finished ${kind}, per node and keyspace (the original framework's shape)`,
      responses: { 200: { description: `{present, ${kind}: last|null}`, schema: z.object({ present: z.boolean(), [kind]: OriginalLastSchema.nullable() }) } },
      handler: async ({ service }) => {
        const job = await withBackups(service, (b) => b.last(kind));
        return json({ present: job !== null, [kind]: job ? originalLastView(job) : null });
      },
    }),
  ];
}

export function originalBackupRoutes(): RouteDef[] {
  return [
    route({
      method: 'post', path: '/cluster/backup/start', family: 'cassandra-mesos', mutating: true, summary: 'Start a backup of every node (or the named ones), one node at a time',
      description: 'Query name (default backup-<epoch ms>). Optional body: type snapshot|incremental|consistent, baseBackup, keyspaces, nodes, parallelism, location, pauseSrv. S3 keys come from the scheduler\'s environment (CASSANDRA_MESOS_S3_*) or the executors\' AWS chain.',
      query: z.strictObject({ name: NameText.optional() }), body: BackupBody,
      responses: { 202: { description: '{started: true, job}', schema: z.object({ started: z.literal(true), job: BackupJobViewSchema }) }, ...START_ERRORS },
      handler: async ({ service, query, body }) => {
        if (query.name !== undefined) validBackupName(query.name, 'query.name');
        return json({ started: true, job: restJobView(await withBackups(service, (b) => b.startBackup(backupStartRequest(query, body), API_REQUESTER)).catch(withFlag('started'))) }, 202);
      },
    }),
    route({
      method: 'post', path: '/cluster/restore/start', family: 'cassandra-mesos', mutating: true, summary: 'Restore a backup (dryRun: only answer the plan)',
      description: 'Query name (required). Optional body: sourceCluster, type cluster|node, snapshotOnly, nodeMapping, restoreSchema, keyspaces, tables, nodes, parallelism, location, dryRun.',
      query: z.strictObject({ name: NameText }), body: RestoreBody,
      responses: {
        202: { description: '{started: true, job}', schema: z.object({ started: z.literal(true), job: BackupJobViewSchema }) },
        200: { description: 'dry run: {started: false, dryRun: true, plan}', schema: z.object({ started: z.literal(false), dryRun: z.literal(true), plan: RestorePlanSchema }) },
        ...START_ERRORS,
      },
      handler: async ({ service, query, body }) => {
        const request = restoreStartRequest(validBackupName(query.name, 'query.name'), body);
        const result = await withBackups(service, (b) => b.startRestore(request, API_REQUESTER)).catch(withFlag('started'));
        return isRestorePlan(result) ? json({ started: false, dryRun: true, plan: result }) : json({ started: true, job: restJobView(result) }, 202);
      },
    }),
    ...commonRoutes('backup'),
    ...commonRoutes('restore'),
    route({
      method: 'get', path: '/cluster/backup/list', family: 'cassandra-mesos', mutating: false, summary: 'Completed backups (S3 listing and the catalogue), newest first, with sizes, dates, type and nodes',
      query: z.strictObject({ cluster: ClusterText.optional(), location: LocationText.optional(), limit: queryInt(1, 1000).optional() }),
      responses: { 200: { description: 'the backups; warnings name locations that could not be listed', schema: BackupListSchema } },
      handler: async ({ service, query }) => json(await withBackups(service, (b) => b.listBackups(query))),
    }),
    route({
      method: 'post', path: '/cluster/backup/verify', family: 'cassandra-mesos', mutating: true, summary: 'Verify a backup: every object present, with the right size and SHA-256',
      description: 'Streams every object of the backup (S3). Answers 200 with ok=false and one problem per bad object (MISSING, WRONG_SIZE, WRONG_CHECKSUM, UNREADABLE), each naming its key.',
      query: z.strictObject({ name: NameText, cluster: ClusterText.optional(), location: LocationText.optional() }),
      responses: { 200: { description: 'the report', schema: VerifyReportSchema }, 404: { description: 'BACKUP_NOT_FOUND' }, 409: { description: 'LOCAL_BACKUP: local backups are on the agents' } },
      handler: async ({ service, query }) => {
        const name = validBackupName(query.name, 'query.name');
        return json(await withBackups(service, (b) => b.verifyBackup(name, { cluster: query.cluster, location: query.location })));
      },
    }),
    route({
      method: 'post', path: '/cluster/backup/purge', family: 'cassandra-mesos', mutating: true, summary: 'Delete old backups by age and/or count, never data a kept backup uses',
      body: PurgeBody,
      responses: { 200: { description: 'what was (dryRun: would be) deleted', schema: PurgeReportSchema }, 409: { description: 'JOB_RUNNING, PURGE_RUNNING, PURGE_REFUSED (a kept backup is unreadable)' } },
      handler: async ({ service, body }) => json(await withBackups(service, (b) => b.purgeBackups(body))),
    }),
  ];
}

export { PurgeBody };
