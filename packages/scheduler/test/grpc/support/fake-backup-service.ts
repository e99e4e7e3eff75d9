// An in-memory BackupService for the gRPC tests: a three-node cluster at the addresses Cassy's own
// documentation uses (so its grpcurl commands run unchanged), committed backups, a running job and
// a job history per kind. It records every start request and can be told to fail the next call.
import {
  BackupServiceError,
  type BackupJobView,
  type BackupKind,
  type BackupListView,
  type BackupNodeView,
  type BackupService,
  type BackupStartRequest,
  type BackupStatusView,
  type BackupSummary,
  type BackupTypeName,
  type ClusterDescription,
  type RestoreStartRequest,
  type RestoreTypeName,
} from '../../../src/backup/types';

export const FRAMEWORK = 'cassandra';

export function threeNodeCluster(): ClusterDescription {
  return {
    clusterName: 'Test Cluster',
    frameworkName: FRAMEWORK,
    nodes: [
      { nodeId: 'node-0', ip: '192.168.0.10', hostname: 'cass-a.example.com', state: 'LIVE' },
      { nodeId: 'node-1', ip: '192.168.0.11', hostname: 'cass-b.example.com', state: 'LIVE' },
      { nodeId: 'node-2', ip: '192.168.0.2', hostname: 'cass-c.example.com', state: 'LIVE' },
    ],
    keyspaces: ['shop', 'users'],
    dataDir: '/var/lib/cassandra/data',
  };
}

const iso = (ms: number): string => new Date(ms).toISOString();

export function committedBackup(name: string, createdAtMs: number, options: { type?: BackupTypeName; baseBackup?: string; nodeIds?: string[] } = {}): BackupSummary {
  const nodeIds = options.nodeIds ?? ['node-0', 'node-1', 'node-2'];
  return {
    name,
    cluster: FRAMEWORK,
    type: options.type ?? 'NODE_SNAPSHOT',
    storage: 's3',
    location: 's3://backups/prod',
    baseBackup: options.baseBackup ?? null,
    jobId: `job-${name}`,
    startedAt: iso(createdAtMs - 60_000),
    createdAt: iso(createdAtMs),
    totalBytes: 3000,
    totalFiles: 30,
    keyspaces: ['shop', 'users'],
    nodes: nodeIds.map((nodeId) => ({ nodeId, hostname: null, bytes: 1000, files: 10, manifestSha256: 'ab'.repeat(32), cassandraVersion: '5.0.9', dataCenter: 'dc1', rack: 'r1' })),
    source: 'both',
  };
}

export interface JobSpec {
  readonly kind: BackupKind;
  readonly name: string;
  readonly type: BackupTypeName | RestoreTypeName;
  readonly status: BackupJobView['status'];
  readonly createdAtMs: number;
  readonly baseBackup?: string;
  readonly snapshotOnly?: boolean;
  /** Node id → node state; default every node SUCCEEDED. */
  readonly nodes?: Readonly<Record<string, BackupNodeView['state']>>;
}

export function jobView(spec: JobSpec, cluster: ClusterDescription = threeNodeCluster()): BackupJobView {
  const states = spec.nodes ?? Object.fromEntries(cluster.nodes.map((n) => [n.nodeId, 'SUCCEEDED' as const]));
  const finished = spec.status === 'SUCCEEDED' || spec.status === 'FAILED' || spec.status === 'ABORTED';
  const nodes: BackupNodeView[] = Object.entries(states).map(([nodeId, state], i) => {
    const node = cluster.nodes.find((n) => n.nodeId === nodeId);
    return {
      nodeId,
      sequence: i,
      state,
      taskId: state === 'PENDING' ? null : `task-${nodeId}`,
      startedAt: state === 'PENDING' ? null : iso(spec.createdAtMs + 1000 * (i + 1)),
      finishedAt: state === 'SUCCEEDED' || state === 'FAILED' ? iso(spec.createdAtMs + 1000 * (i + 2)) : null,
      durationMs: null,
      currentKeyspace: null,
      remainingKeyspaces: [],
      keyspaces: [],
      failureMessage: state === 'FAILED' ? 'upload failed' : null,
      attempt: 1,
      hostname: node?.hostname ?? null,
      ip: node?.ip ?? null,
      executorId: null,
      stage: null,
      bytesDone: 0,
      bytesTotal: 0,
      bytesSkipped: 0,
      filesDone: 0,
      filesTotal: 0,
      rateBytesPerSecond: 0,
      manifestSha256: null,
    };
  });
  return {
    id: `job-${spec.kind}-${spec.name}`,
    type: spec.kind === 'backup' ? 'BACKUP' : 'RESTORE',
    status: spec.status,
    requestedBy: 'grpc',
    createdAt: iso(spec.createdAtMs),
    startedAt: iso(spec.createdAtMs + 500),
    finishedAt: finished ? iso(spec.createdAtMs + 10_000) : null,
    abortRequested: false,
    failureMessage: spec.status === 'FAILED' ? 'node-1: upload failed' : null,
    params: { nodes: Object.keys(states), keyspaces: [], tables: [], parallelism: 1, continueOnFailure: false, nodeTimeoutSeconds: 0 },
    totalNodes: nodes.length,
    completedNodes: nodes.filter((n) => n.finishedAt !== null).length,
    failedNodes: nodes.filter((n) => n.state === 'FAILED').length,
    currentNodes: [],
    remainingNodes: [],
    progress: { percent: finished ? 100 : 0, etaSeconds: null },
    nodes,
    backup: {
      name: spec.name,
      type: spec.type,
      storage: 's3',
      location: 's3://backups/prod',
      baseBackup: spec.baseBackup ?? null,
      sourceCluster: null,
      snapshotOnly: spec.snapshotOnly ?? false,
      restoreSchema: false,
      nodeMapping: {},
      requestCredentials: false,
    },
    transfer: { stage: null, stageStartedAt: null, bytesDone: 0, bytesTotal: 0, bytesSkipped: 0, rateBytesPerSecond: 0, etaSeconds: null },
  };
}

type FailingMethod = 'describeCluster' | 'startBackup' | 'startRestore' | 'listBackups' | 'getBackup' | 'status' | 'history';

export class FakeBackupService implements BackupService {
  cluster: ClusterDescription = threeNodeCluster();
  backups: BackupSummary[] = [];
  listingWarnings: string[] = [];
  running: Partial<Record<BackupKind, BackupJobView>> = {};
  finished: Record<BackupKind, BackupJobView[]> = { backup: [], restore: [] };
  readonly backupStarts: Array<{ request: BackupStartRequest; principal: string }> = [];
  readonly restoreStarts: Array<{ request: RestoreStartRequest; principal: string }> = [];
  /** The time new jobs are created at. */
  nowMs = Date.UTC(2024, 4, 1, 2, 0, 0);
  private failures = new Map<FailingMethod, Error>();
  private started = 0;

  /** The next call of `method` throws `error`. */
  failNext(method: FailingMethod, error: Error): void {
    this.failures.set(method, error);
  }

  private maybeFail(method: FailingMethod): void {
    const error = this.failures.get(method);
    if (error) {
      this.failures.delete(method);
      throw error;
    }
  }

  private nodesOf(requested: readonly string[] | undefined): Record<string, 'RUNNING'> {
    const ids = requested && requested.length > 0 ? requested : this.cluster.nodes.map((n) => n.nodeId);
    return Object.fromEntries(ids.map((id) => [id, 'RUNNING' as const]));
  }

  startBackup(request: BackupStartRequest, principal: string): Promise<BackupJobView> {
    this.maybeFail('startBackup');
    if (this.running.backup) throw new BackupServiceError('FAILED_PRECONDITION', `backup ${this.running.backup.backup.name} is running; wait for it or abort it`, 'JOB_RUNNING');
    if (request.baseBackup !== undefined && !this.backups.some((b) => b.name === request.baseBackup)) {
      throw new BackupServiceError('NOT_FOUND', `base backup ${request.baseBackup} does not exist`, 'BACKUP_NOT_FOUND');
    }
    this.backupStarts.push({ request, principal });
    const name = request.name ?? `backup-${this.nowMs + this.started++}`;
    const job = jobView({ kind: 'backup', name, type: request.type ?? 'NODE_SNAPSHOT', status: 'RUNNING', createdAtMs: this.nowMs, baseBackup: request.baseBackup, nodes: this.nodesOf(request.nodes) }, this.cluster);
    this.running.backup = job;
    return Promise.resolve(job);
  }

  /** The running job of `kind` succeeds; a backup becomes a committed one (its clock moves on a minute). */
  completeRunning(kind: BackupKind): void {
    const job = this.running[kind];
    if (!job) throw new Error(`no ${kind} is running`);
    delete this.running[kind];
    this.nowMs += 60_000;
    const type = job.backup.type as BackupTypeName;
    this.finished[kind].unshift({ ...job, status: 'SUCCEEDED', finishedAt: iso(this.nowMs) });
    if (kind === 'backup') {
      this.backups.push(committedBackup(job.backup.name, this.nowMs, { type, nodeIds: job.params.nodes, ...(job.backup.baseBackup ? { baseBackup: job.backup.baseBackup } : {}) }));
    }
  }

  startRestore(request: RestoreStartRequest, principal: string): Promise<BackupJobView> {
    this.maybeFail('startRestore');
    if (!this.backups.some((b) => b.name === request.name)) throw new BackupServiceError('NOT_FOUND', `backup ${request.name} does not exist`, 'BACKUP_NOT_FOUND');
    this.restoreStarts.push({ request, principal });
    const job = jobView({ kind: 'restore', name: request.name, type: request.type ?? 'CLUSTER_RESTORE', status: 'PENDING', createdAtMs: this.nowMs, snapshotOnly: request.snapshotOnly, nodes: this.nodesOf(request.nodes) }, this.cluster);
    this.running.restore = job;
    return Promise.resolve(job);
  }

  listBackups(options?: { readonly cluster?: string | undefined; readonly limit?: number | undefined }): Promise<BackupListView> {
    this.maybeFail('listBackups');
    const cluster = options?.cluster ?? FRAMEWORK;
    const backups = this.backups.filter((b) => b.cluster === cluster).sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    return Promise.resolve({ cluster, backups: backups.slice(0, options?.limit), warnings: [...this.listingWarnings] });
  }

  getBackup(name: string, options?: { readonly cluster?: string | undefined }): Promise<BackupSummary> {
    this.maybeFail('getBackup');
    const found = this.backups.find((b) => b.name === name && b.cluster === (options?.cluster ?? FRAMEWORK));
    if (!found) throw new BackupServiceError('NOT_FOUND', `no backup named ${name} in cluster ${options?.cluster ?? FRAMEWORK}; list them with ListBackups`, 'BACKUP_NOT_FOUND');
    return Promise.resolve(found);
  }

  status(kind: BackupKind): Promise<BackupStatusView> {
    this.maybeFail('status');
    const job = this.running[kind] ?? null;
    return Promise.resolve({ running: job !== null, job });
  }

  history(kind: BackupKind, limit?: number): Promise<BackupJobView[]> {
    this.maybeFail('history');
    return Promise.resolve(this.finished[kind].slice(0, limit));
  }

  describeCluster(): Promise<ClusterDescription> {
    this.maybeFail('describeCluster');
    return Promise.resolve(this.cluster);
  }

  verifyBackup(): never {
    throw new Error('verifyBackup is not part of the Cassy API');
  }

  purgeBackups(): never {
    throw new Error('purgeBackups is not part of the Cassy API');
  }

  abort(): never {
    throw new Error('abort is not part of the Cassy API');
  }

  last(): never {
    throw new Error('last is not part of the Cassy API');
  }
}
