// JSON of backups and restores for both route families: the job (the common job view plus backup
// details, stage and transfer figures, per-node transfer facts), the restore plan of a dry run, the
// backup list, a verify report and a purge report; and the original API's /cluster/{backup,restore}/last
// shape (seeds/001). The schemas document the answers in OpenAPI and are checked by the tests.
import { z } from 'zod';
import type { BackupJobView, BackupNodeView } from '../../backup/types';
import { JobNodeViewSchema, JobViewSchema } from './job';

const IsoTime = z.string().meta({ description: 'ISO 8601 UTC time' });

const BackupNodeViewSchema = JobNodeViewSchema.extend({
  hostname: z.string().nullable(),
  ip: z.string().nullable(),
  executorId: z.string().nullable(),
  stage: z.string().nullable().meta({ description: 'BACKUP_UPLOAD, RESTORE_DOWNLOAD, RESTORE_IMPORT, ...' }),
  bytesDone: z.number(),
  bytesTotal: z.number(),
  bytesSkipped: z.number().meta({ description: 'backup: bytes already stored (deduplicated), not uploaded again' }),
  filesDone: z.number(),
  filesTotal: z.number(),
  rateBytesPerSecond: z.number(),
  manifestSha256: z.string().nullable(),
  keyspaceBytes: z.record(z.string(), z.number()).optional().meta({ description: 'bytes moved per finished keyspace' }),
});

export const BackupJobViewSchema = JobViewSchema.omit({ nodes: true })
  .extend({
    backup: z.object({
      name: z.string(),
      type: z.string().meta({ description: 'NODE_SNAPSHOT, INCREMENTAL, CLUSTER_CONSISTENT (backup); CLUSTER_RESTORE, NODE_RESTORE (restore)' }),
      storage: z.enum(['s3', 'local']),
      location: z.string().meta({ description: 's3://bucket/prefix or local:<directory>; never credentials' }),
      baseBackup: z.string().nullable(),
      sourceCluster: z.string().nullable(),
      snapshotOnly: z.boolean(),
      restoreSchema: z.boolean(),
      nodeMapping: z.record(z.string(), z.string()),
      keysFromRequest: z.boolean().meta({ description: 'the request brought its own S3 keys (held in the scheduler\'s memory only, never shown)' }),
    }),
    transfer: z.object({
      stage: z.string().nullable(),
      stageStartedAt: IsoTime.nullable(),
      bytesDone: z.number(),
      bytesTotal: z.number(),
      bytesSkipped: z.number(),
      rateBytesPerSecond: z.number(),
      etaSeconds: z.number().nullable().meta({ description: 'for the bytes known so far at the current rate' }),
    }),
    nodes: z.array(BackupNodeViewSchema).optional(),
  })
  .meta({ description: 'a backup or restore job' });

export const RestorePlanSchema = z
  .object({
    dryRun: z.literal(true),
    backup: z.string(),
    sourceCluster: z.string(),
    type: z.enum(['CLUSTER_RESTORE', 'NODE_RESTORE']),
    location: z.string(),
    snapshotOnly: z.boolean(),
    restoreSchema: z.boolean(),
    keyspaces: z.array(z.string()),
    nodes: z.array(z.object({ nodeId: z.string(), ip: z.string().nullable(), hostname: z.string().nullable(), backupNodeId: z.string(), bytes: z.number(), files: z.number(),
      tokensMatch: z.boolean().nullable().meta({ description: "whether the node's ring tokens equal its backup node's (null: the ring could not be read)" }) })),
    totalBytes: z.number(),
    estimatedSeconds: z.number(),
    rateBytesPerSecond: z.number(),
    rateSource: z.enum(['last-restore', 'last-backup', 'default']),
    warnings: z.array(z.string()),
  })
  .meta({ description: 'what a restore would do: node mapping, bytes per node, estimated time' });

export const BackupSummarySchema = z.object({
  name: z.string(),
  cluster: z.string(),
  type: z.string().meta({ description: 'NODE_SNAPSHOT, INCREMENTAL, CLUSTER_CONSISTENT, or UNKNOWN (found in storage only)' }),
  storage: z.enum(['s3', 'local']),
  location: z.string(),
  baseBackup: z.string().nullable(),
  jobId: z.string().nullable(),
  startedAt: IsoTime.nullable(),
  createdAt: IsoTime,
  totalBytes: z.number(),
  totalFiles: z.number(),
  keyspaces: z.array(z.string()),
  nodes: z.array(
    z.object({
      nodeId: z.string(),
      hostname: z.string().nullable(),
      bytes: z.number(),
      files: z.number(),
      manifestSha256: z.string().nullable(),
      cassandraVersion: z.string().nullable(),
      dataCenter: z.string().nullable(),
      rack: z.string().nullable(),
    }),
  ),
  source: z.enum(['catalogue', 'storage', 'both']),
});

export const BackupListSchema = z.object({ cluster: z.string(), backups: z.array(BackupSummarySchema), warnings: z.array(z.string()) });

export const VerifyReportSchema = z.object({
  backup: z.string(),
  cluster: z.string(),
  ok: z.boolean(),
  checkedObjects: z.number(),
  checkedBytes: z.number(),
  durationMs: z.number(),
  problems: z.array(z.object({ kind: z.enum(['MISSING', 'WRONG_SIZE', 'WRONG_CHECKSUM', 'UNREADABLE']), key: z.string(), nodeId: z.string().nullable(), message: z.string() })),
});

export const PurgeReportSchema = z.object({
  dryRun: z.boolean(),
  cluster: z.string(),
  purged: z.array(z.string()),
  kept: z.array(z.string()),
  deletedObjects: z.array(z.string()).meta({ description: 'in deletion order: cluster manifests, node manifests, unreferenced data' }),
  deletedBytes: z.number(),
  sharedObjectsKept: z.number().meta({ description: 'data objects of purged backups that kept backups still use' }),
  problems: z.array(z.string()),
});

const OriginalNodeSchema = z.object({
  nodeId: z.string(),
  executorId: z.string().nullable(),
  taskId: z.string().nullable(),
  hostname: z.string().nullable(),
  ip: z.string().nullable(),
  state: z.string(),
  stage: z.string().nullable(),
  startedTimestamp: z.number().nullable(),
  finishedTimestamp: z.number().nullable(),
  processedKeyspaces: z.record(z.string(), z.object({ status: z.string(), durationMillis: z.number(), bytes: z.number() })),
  remainingKeyspaces: z.array(z.string()),
  failureMessage: z.string().nullable(),
});

export const OriginalLastSchema = z
  .object({
    type: z.enum(['BACKUP', 'RESTORE']),
    started: z.number().nullable(),
    finished: z.number().nullable(),
    aborted: z.boolean(),
    remainingNodes: z.array(z.string()),
    currentNode: OriginalNodeSchema.nullable(),
    completedNodes: z.array(OriginalNodeSchema),
    backupName: z.string(),
    id: z.string(),
    status: z.string(),
    failureMessage: z.string().nullable(),
    bytes: z.object({ done: z.number(), total: z.number(), skipped: z.number() }),
  })
  .meta({ description: 'the original framework\'s shape (times in epoch ms), plus id, status, failureMessage and bytes' });

export type OriginalLast = z.infer<typeof OriginalLastSchema>;
export type RestBackupJob = z.infer<typeof BackupJobViewSchema>;

/**
 * The job as REST answers it. `requestCredentials` is shown as `keysFromRequest`: the response
 * redactor blanks every field named like a credential, and this one is only a flag.
 */
export function restJobView(job: BackupJobView): RestBackupJob {
  const { requestCredentials, ...backup } = job.backup;
  return { ...job, backup: { ...backup, keysFromRequest: requestCredentials } };
}

export function restJobOrNull(job: BackupJobView | null): RestBackupJob | null {
  return job ? restJobView(job) : null;
}
type OriginalNode = z.infer<typeof OriginalNodeSchema>;

function ms(time: string | null): number | null {
  return time ? Date.parse(time) : null;
}

function originalNode(n: BackupNodeView): OriginalNode {
  const processed: OriginalNode['processedKeyspaces'] = {};
  for (const k of n.keyspaces) processed[k.keyspace] = { status: k.status, durationMillis: k.durationMs, bytes: n.keyspaceBytes?.[k.keyspace] ?? 0 };
  return {
    nodeId: n.nodeId,
    executorId: n.executorId,
    taskId: n.taskId,
    hostname: n.hostname,
    ip: n.ip,
    state: n.state,
    stage: n.stage,
    startedTimestamp: ms(n.startedAt),
    finishedTimestamp: ms(n.finishedAt),
    processedKeyspaces: processed,
    remainingKeyspaces: [...n.remainingKeyspaces],
    failureMessage: n.failureMessage,
  };
}

const FINISHED = new Set(['SUCCEEDED', 'FAILED', 'SKIPPED', 'ABORTED']);

/** GET /cluster/{backup,restore}/last: the job in the original framework's shape. */
export function originalLastView(job: BackupJobView): OriginalLast {
  const nodes = job.nodes ?? [];
  const current = nodes.find((n) => n.state === 'RUNNING');
  return {
    type: job.type === 'RESTORE' ? 'RESTORE' : 'BACKUP',
    started: ms(job.startedAt),
    finished: ms(job.finishedAt),
    aborted: job.status === 'ABORTED' || job.abortRequested,
    remainingNodes: [...job.remainingNodes],
    currentNode: current ? originalNode(current) : null,
    completedNodes: nodes.filter((n) => FINISHED.has(n.state)).map(originalNode),
    backupName: job.backup.name,
    id: job.id,
    status: job.status,
    failureMessage: job.failureMessage,
    bytes: { done: job.transfer.bytesDone, total: job.transfer.bytesTotal, skipped: job.transfer.bytesSkipped },
  };
}
