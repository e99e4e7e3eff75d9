// A BackupService that records what the routes ask and answers what a test sets, for route tests.
import { cassandra_mesos } from '@cassandra-mesos/model';
import {
  backupJobView,
  type BackupJobView,
  type BackupKind,
  type BackupListView,
  type BackupService,
  type BackupStartRequest,
  type BackupStatusView,
  type BackupSummary,
  type ClusterDescription,
  type PurgeReport,
  type PurgeRequest,
  type RestorePlanView,
  type RestoreStartRequest,
  type StorageQuery,
  type VerifyReport,
} from '../../../src/backup';
import { NOW, nodeRecord } from './fixtures';

const { ClusterJobType, JobStage, JobStatus, NodeJobState } = cassandra_mesos.v1;

export type Call = { readonly method: keyof BackupService; readonly args: unknown[] };

/** A backup job as the service answers it: node-0 done, node-1 uploading, node-2 pending. */
export function sampleJob(kind: BackupKind = 'backup', finished = false): BackupJobView {
  const header = cassandra_mesos.v1.ClusterJob.create({
    jobId: `${kind}-job-1`,
    type: kind === 'backup' ? ClusterJobType.BACKUP : ClusterJobType.RESTORE,
    status: finished ? JobStatus.JOB_FAILED : JobStatus.JOB_RUNNING,
    params: { nodeIds: [], parallelism: 1, backup: { backupName: 'nightly-1', storage: 's3', bucket: 'bkt', prefix: 'p', requestCredentials: true } },
    createdAtMs: NOW - 60_000,
    startedAtMs: NOW - 60_000,
    finishedAtMs: finished ? NOW : 0,
    totalNodes: 3,
    completedNodes: finished ? 2 : 1,
    failedNodes: finished ? 1 : 0,
    currentNodeIds: finished ? [] : ['node-1'],
    requestedBy: 'api',
    stage: kind === 'backup' ? JobStage.BACKUP_UPLOAD : JobStage.RESTORE_DOWNLOAD,
    stageStartedAtMs: NOW - 60_000,
    bytesDone: 3000,
    bytesTotal: 5000,
    bytesSkipped: 1000,
  });
  const record = (i: number, state: cassandra_mesos.v1.NodeJobState, extra: Partial<cassandra_mesos.v1.NodeJobRecord.$Properties> = {}) =>
    cassandra_mesos.v1.NodeJobRecord.create({ jobId: header.jobId, nodeId: `node-${i}`, sequence: i, state, taskId: `node-${i}-${kind}-t`, stage: header.stage, attempt: 1, ...extra });
  const records = [
    record(0, NodeJobState.NODE_JOB_SUCCEEDED, { startedAtMs: NOW - 60_000, finishedAtMs: NOW - 30_000, keyspaces: [{ keyspace: 'shop', status: 'SUCCESS', durationMs: 2000, bytes: 2000 }], bytesDone: 2000, bytesTotal: 2000, bytesSkipped: 1000 }),
    finished
      ? record(1, NodeJobState.NODE_JOB_FAILED, { startedAtMs: NOW - 30_000, finishedAtMs: NOW, keyspaces: [{ keyspace: 'shop', status: 'FAILURE', durationMs: 13, bytes: 0 }], failureMessage: 'shop.orders: SlowDown' })
      : record(1, NodeJobState.NODE_JOB_RUNNING, { startedAtMs: NOW - 30_000, currentKeyspace: 'shop', remainingKeyspaces: ['audit'], bytesDone: 1000, bytesTotal: 3000, rateBytesPerSecond: 500 }),
    record(2, finished ? NodeJobState.NODE_JOB_SKIPPED : NodeJobState.NODE_JOB_PENDING),
  ];
  const nodes = new Map([0, 1, 2].map((i) => [`node-${i}`, nodeRecord({ index: i })]));
  return backupJobView(header, records, nodes, NOW);
}

export const SAMPLE_PLAN: RestorePlanView = {
  dryRun: true,
  backup: 'nightly-1',
  sourceCluster: 'api-test',
  type: 'CLUSTER_RESTORE',
  location: 's3://bkt/p',
  snapshotOnly: false,
  restoreSchema: false,
  keyspaces: [],
  nodes: [{ nodeId: 'node-0', ip: '10.0.0.10', hostname: 'host-0.example', backupNodeId: 'node-0', bytes: 100, files: 2, tokensMatch: true }],
  totalBytes: 100,
  estimatedSeconds: 1,
  rateBytesPerSecond: 50_000_000,
  rateSource: 'default',
  warnings: [],
};

export class FakeBackups implements BackupService {
  readonly calls: Call[] = [];
  /** Thrown by the next call when set. */
  failure: Error | undefined;
  running = true;
  lastJob: BackupJobView | null = sampleJob('restore', true);

  private answer<T>(method: keyof BackupService, args: unknown[], value: T): Promise<T> {
    this.calls.push({ method, args });
    const failure = this.failure;
    return failure ? Promise.reject(failure) : Promise.resolve(value);
  }

  startBackup(request: BackupStartRequest, principal: string): Promise<BackupJobView> {
    return this.answer('startBackup', [request, principal], sampleJob('backup'));
  }

  startRestore(request: RestoreStartRequest, principal: string): Promise<BackupJobView | RestorePlanView> {
    return this.answer('startRestore', [request, principal], request.dryRun ? SAMPLE_PLAN : sampleJob('restore'));
  }

  listBackups(options?: StorageQuery & { limit?: number }): Promise<BackupListView> {
    return this.answer('listBackups', [options], { cluster: 'api-test', backups: [SAMPLE_SUMMARY], warnings: [] });
  }

  getBackup(name: string, options?: StorageQuery): Promise<BackupSummary> {
    return this.answer('getBackup', [name, options], SAMPLE_SUMMARY);
  }

  verifyBackup(name: string, options?: StorageQuery): Promise<VerifyReport> {
    return this.answer('verifyBackup', [name, options], {
      backup: name,
      cluster: 'api-test',
      ok: false,
      checkedObjects: 10,
      checkedBytes: 900,
      durationMs: 12,
      problems: [{ kind: 'WRONG_CHECKSUM', key: 'p/api-test/data/node-0/shop/orders-1/ab/abc-nb-1-big-Data.db', nodeId: 'node-0', message: 'wrong' }],
    });
  }

  purgeBackups(request: PurgeRequest): Promise<PurgeReport> {
    return this.answer('purgeBackups', [request], { dryRun: request.dryRun === true, cluster: 'api-test', purged: ['old'], kept: ['new'], deletedObjects: ['k1'], deletedBytes: 10, sharedObjectsKept: 2, problems: [] });
  }

  abort(kind: BackupKind): Promise<BackupJobView> {
    return this.answer('abort', [kind], { ...sampleJob(kind), abortRequested: true });
  }

  status(kind: BackupKind): Promise<BackupStatusView> {
    return this.answer('status', [kind], this.running ? { running: true, job: sampleJob(kind) } : { running: false, job: null });
  }

  last(kind: BackupKind): Promise<BackupJobView | null> {
    return this.answer('last', [kind], this.lastJob);
  }

  history(kind: BackupKind, limit?: number): Promise<BackupJobView[]> {
    return this.answer('history', [kind, limit], this.lastJob ? [this.lastJob] : []);
  }

  describeCluster(): Promise<ClusterDescription> {
    return this.answer('describeCluster', [], { clusterName: 'ring', frameworkName: 'api-test', nodes: [], keyspaces: [], dataDir: 'data/data' });
  }
}

export const SAMPLE_SUMMARY: BackupSummary = {
  name: 'nightly-1',
  cluster: 'api-test',
  type: 'NODE_SNAPSHOT',
  storage: 's3',
  location: 's3://bkt/p',
  baseBackup: null,
  jobId: 'backup-job-1',
  startedAt: new Date(NOW - 60_000).toISOString(),
  createdAt: new Date(NOW).toISOString(),
  totalBytes: 100,
  totalFiles: 2,
  keyspaces: ['shop'],
  nodes: [{ nodeId: 'node-0', hostname: 'host-0.example', bytes: 100, files: 2, manifestSha256: 'a'.repeat(64), cassandraVersion: '5.0.4', dataCenter: 'dc1', rack: 'rack1' }],
  source: 'both',
};
