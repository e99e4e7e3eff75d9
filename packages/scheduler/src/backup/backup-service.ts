// The one BackupService both REST families and the gRPC API call. Starting a backup or restore is a
// start-job command to the decision core (BackupOptions filled from the settings and the request; the
// request's S3 keys travel beside the command into the driver's memory, never into the state). Reads
// of running and finished jobs come from the scheduler's state; the backups themselves from the
// catalogue and the storage (storage-queries.ts).
import { cassandra_mesos, isLive, type BackupSchedulerSettings, type NodeRecord } from '@cassandra-mesos/model';
import type { SchedulerGateway } from '../api/gateway';
import type { TableSchemaReader } from '../api/jobs/table-schema-reader';
import type { ClusterService, ClusterSnapshot } from '../api/service';
import type { BackupCatalogue } from './catalogue';
import { backupJobView } from './job-view';
import { describeLocation, locationOptions, resolveLocation, type StorageLocation } from './location';
import { checkBackupName, checkCqlNames, checkKeys, checkWholeNumber, MAX_PARALLELISM, translated } from './request-checks';
import { RestoreStarter } from './restore-start';
import type { RingTokenReader } from './ring-tokens';
import type { StorageOpener } from './storage-access';
import { StorageQueries } from './storage-queries';
import {
  BackupServiceError,
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
  type StorageKeys,
  type StorageQuery,
  type VerifyReport,
} from './types';
import type { VerifyOptions } from './verify';

type ClusterJob = cassandra_mesos.v1.ClusterJob;
const { BackupType, ClusterJobType, JobStatus, TargetRunState } = cassandra_mesos.v1;

const MAX_NODE_TIMEOUT_SECONDS = 7 * 86_400;

function invalid(message: string): BackupServiceError {
  return new BackupServiceError('INVALID_ARGUMENT', message, 'INVALID_INPUT');
}
const MiB = 1024 * 1024;

export interface ScheduledBackupServiceOptions {
  readonly cluster: ClusterService;
  readonly gateway: Pick<SchedulerGateway, 'jobHistory' | 'jobRecords'>;
  /** The catalogue for reads (any scheduler process). */
  readonly catalogue: BackupCatalogue;
  /** The leader's catalogue (fenced writes), when this process leads: purges write through it. */
  readonly leaderCatalogue?: () => BackupCatalogue | undefined;
  readonly opener: StorageOpener;
  readonly settings: BackupSchedulerSettings;
  /** describeCluster reads the keyspaces through it from a live node. */
  readonly schemaReader?: TableSchemaReader;
  /** The restore plan compares the ring's tokens (read from a live node) with the backup's. */
  readonly ringTokens?: RingTokenReader;
  readonly now?: () => number;
  readonly verify?: VerifyOptions;
}

/** Filled into every job's BackupOptions from the settings: how the executors move data. */
export function transferOptions(settings: BackupSchedulerSettings): cassandra_mesos.v1.BackupOptions.$Properties {
  return {
    concurrency: settings.backupConcurrency,
    partSizeBytes: settings.backupPartSizeMb * MiB,
    rateLimitBytesPerSecond: settings.backupRateLimitMbps * MiB,
  };
}

const BACKUP_TYPES = { NODE_SNAPSHOT: BackupType.NODE_SNAPSHOT, INCREMENTAL: BackupType.INCREMENTAL, CLUSTER_CONSISTENT: BackupType.CLUSTER_CONSISTENT } as const;

function typeOf(kind: BackupKind): cassandra_mesos.v1.ClusterJobType {
  return kind === 'backup' ? ClusterJobType.BACKUP : ClusterJobType.RESTORE;
}

function isRunning(job: ClusterJob): boolean {
  return job.status === JobStatus.JOB_RUNNING || job.status === JobStatus.JOB_PENDING;
}

export class ScheduledBackupService implements BackupService {
  private readonly now: () => number;
  private readonly queries: StorageQueries;
  private readonly restores: RestoreStarter;

  constructor(private readonly options: ScheduledBackupServiceOptions) {
    this.now = options.now ?? Date.now;
    this.queries = new StorageQueries({ ...options, now: this.now, frameworkName: () => this.frameworkName(), runningDataJob: () => this.runningDataJob() });
    this.restores = new RestoreStarter({ ...options, queries: this.queries, start: (request, keys, kind) => this.startJob(request, keys, kind) });
  }

  async startBackup(request: BackupStartRequest, principal: string): Promise<BackupJobView> {
    const snapshot = await translated(() => this.options.cluster.snapshot());
    const cluster = snapshot.target.frameworkName;
    const name = checkBackupName(request.name ?? `backup-${this.now()}`);
    const type = request.type ?? 'NODE_SNAPSHOT';
    if (!(type in BACKUP_TYPES)) throw invalid(`type ${JSON.stringify(type)} is not a backup type: NODE_SNAPSHOT, INCREMENTAL or CLUSTER_CONSISTENT`);
    const base = this.baseBackupOf(type, request.baseBackup, name);
    const keyspaces = checkCqlNames(request.keyspaces, 'keyspaces');
    const parallelism = checkWholeNumber(request.parallelism, 'parallelism', 1, MAX_PARALLELISM);
    const nodeTimeoutSeconds = checkWholeNumber(request.nodeTimeoutSeconds, 'nodeTimeoutSeconds', 60, MAX_NODE_TIMEOUT_SECONDS);
    const pauseTimeoutSeconds = checkWholeNumber(request.pauseTimeoutSeconds, 'pauseTimeoutSeconds', 1, 3600);
    const location = resolveLocation(request.location, this.options.settings);
    const keys = checkKeys(request.credentials);
    if (keys && location.storage === 'local') throw invalid(`the request gives S3 keys, but the backup goes to ${describeLocation(location)}, a local directory; leave the keys out or name an s3:// location`);
    const pauseSrv = this.pauseSrvOf(type, request.pauseSrv, pauseTimeoutSeconds);
    const nodeIds = this.resolveNodes(snapshot, request.nodes);
    this.queries.refuseWhilePurging('backup');
    await this.queries.refuseExisting(cluster, name, location, keys);
    if (base) await this.queries.requireExisting(cluster, base, location, keys, 'the base backup');
    const backup: cassandra_mesos.v1.BackupOptions.$Properties = {
      backupName: name,
      ...locationOptions(location),
      ...transferOptions(this.options.settings),
      backupType: BACKUP_TYPES[type],
      baseBackup: base ?? '',
      pauseSrv,
      pauseTimeoutSeconds: pauseTimeoutSeconds ?? 0,
      // The model sends snapshot requests with this tag; the upload then uses that existing snapshot.
      snapshotTag: type === 'CLUSTER_CONSISTENT' ? name : '',
      requestCredentials: keys !== undefined,
    };
    const params: cassandra_mesos.v1.JobParams.$Properties = {
      nodeIds,
      keyspaces,
      tables: [],
      parallelism: parallelism ?? 1,
      continueOnFailure: false,
      nodeTimeoutSeconds: nodeTimeoutSeconds ?? 0,
      backup,
    };
    return this.startJob({ type: 'BACKUP', params, requestedBy: principal }, keys, 'backup');
  }

  async startRestore(request: RestoreStartRequest, principal: string): Promise<BackupJobView | RestorePlanView> {
    if (request.dryRun !== true) this.queries.refuseWhilePurging('restore');
    return this.restores.start(request, principal);
  }

  listBackups(options: StorageQuery & { readonly limit?: number | undefined } = {}): Promise<BackupListView> {
    return this.queries.list(options);
  }

  getBackup(name: string, options: StorageQuery = {}): Promise<BackupSummary> {
    return this.queries.get(name, options);
  }

  verifyBackup(name: string, options: StorageQuery = {}): Promise<VerifyReport> {
    return this.queries.verify(name, options);
  }

  purgeBackups(request: PurgeRequest): Promise<PurgeReport> {
    return this.queries.purge(request);
  }

  async abort(kind: BackupKind): Promise<BackupJobView> {
    const snapshot = await translated(() => this.options.cluster.snapshot());
    const job = snapshot.state.job?.header;
    if (!job || !isRunning(job) || job.type !== typeOf(kind)) throw this.noneRunning(kind, job);
    const outcome = await translated(() => this.options.cluster.execute({ kind: 'abort-job', jobId: job.jobId, reason: 'requested through the API' }));
    if (!outcome.ok) throw new BackupServiceError('FAILED_PRECONDITION', `the abort of ${kind} ${job.jobId} was rejected (nothing changed): ${outcome.error}`, 'COMMAND_REJECTED');
    return (await this.viewOf(job.jobId)) ?? this.fail(`job ${job.jobId} was aborted but is neither running nor in the history`);
  }

  async status(kind: BackupKind): Promise<BackupStatusView> {
    const snapshot = await translated(() => this.options.cluster.snapshot());
    const job = snapshot.state.job;
    if (!job || !isRunning(job.header) || job.header.type !== typeOf(kind)) return { running: false, job: null };
    return { running: true, job: backupJobView(job.header, [...job.nodes.values()], snapshot.state.nodes, snapshot.nowMs) };
  }

  async last(kind: BackupKind): Promise<BackupJobView | null> {
    return (await this.history(kind, 1))[0] ?? null;
  }

  async history(kind: BackupKind, limit = 20): Promise<BackupJobView[]> {
    const snapshot = await translated(() => this.options.cluster.snapshot());
    const finished = (await this.store(() => this.options.gateway.jobHistory())).filter((j) => j.type === typeOf(kind)).slice(0, Math.max(0, limit));
    const views: BackupJobView[] = [];
    for (const job of finished) views.push(backupJobView(job, await this.store(() => this.options.gateway.jobRecords(job.jobId)), snapshot.state.nodes, snapshot.nowMs));
    return views;
  }

  async describeCluster(): Promise<ClusterDescription> {
    const snapshot = await translated(() => this.options.cluster.snapshot());
    const nodes = snapshot.nodes.filter((n) => n.targetRunState !== TargetRunState.TERMINATE);
    const live = this.options.cluster.liveNodes(snapshot)[0];
    let keyspaces: string[] = [];
    if (live && this.options.schemaReader) {
      try {
        const tables = await this.options.schemaReader.userTables({ host: live.ip, port: snapshot.target.ports.native });
        keyspaces = [...new Set(tables.map((t) => t.keyspace))].sort();
      } catch {
        keyspaces = []; // documented: empty when no node could be asked
      }
    }
    const containerPath = nodes.find((n) => n.reservation?.containerPath)?.reservation?.containerPath || 'data';
    return {
      clusterName: snapshot.target.clusterName,
      frameworkName: snapshot.target.frameworkName,
      nodes: nodes.map((n) => ({ nodeId: n.nodeId, ip: n.ip || null, hostname: n.hostname || null, state: nodeState(n) })),
      keyspaces,
      dataDir: `${containerPath}/data`,
    };
  }

  /** Submits the start and answers the job as it stands right after (from the history if it ended at once). */
  private async startJob(request: { type: 'BACKUP' | 'RESTORE'; params: cassandra_mesos.v1.JobParams.$Properties; requestedBy: string }, keys: StorageKeys | undefined, kind: BackupKind): Promise<BackupJobView> {
    const outcome = await translated(() => this.options.cluster.execute({ kind: 'start-job', request }, keys ? { credentials: keys } : {}));
    const after = await translated(() => this.options.cluster.snapshot());
    if (!outcome.ok) {
      const running = after.state.job?.header;
      const message = `the ${kind} was not started (nothing changed): ${outcome.error}`;
      if (running && isRunning(running)) throw new BackupServiceError('FAILED_PRECONDITION', message, 'JOB_RUNNING', { runningJob: { id: running.jobId, type: cassandra_mesos.v1.ClusterJobType[running.type] } });
      throw new BackupServiceError('FAILED_PRECONDITION', message, 'COMMAND_REJECTED');
    }
    const job = after.state.job;
    if (job && job.header.type === typeOf(kind)) return backupJobView(job.header, [...job.nodes.values()], after.state.nodes, after.nowMs);
    return (await this.last(kind)) ?? this.fail(`the core accepted the ${kind} but the job is neither running nor in the history`);
  }

  private baseBackupOf(type: string, base: string | undefined, name: string): string | undefined {
    if (type !== 'INCREMENTAL') {
      if (base) throw invalid(`baseBackup is for an INCREMENTAL backup, and this one is ${type}: leave it out`);
      return undefined;
    }
    if (!base) throw invalid('an INCREMENTAL backup adds the files written since a snapshot backup: name that backup in baseBackup');
    checkBackupName(base, 'baseBackup');
    if (base === name) throw invalid(`an incremental backup cannot be its own base (${name})`);
    return base;
  }

  private pauseSrvOf(type: string, requested: string | undefined, pauseTimeoutSeconds: number | undefined): string {
    if (type !== 'CLUSTER_CONSISTENT') {
      if (requested || pauseTimeoutSeconds !== undefined) throw invalid(`pauseSrv and pauseTimeoutSeconds are for a CLUSTER_CONSISTENT backup, and this one is ${type}: leave them out`);
      return '';
    }
    const srv = requested || this.options.settings.pauseSrv;
    if (!srv) throw invalid('a CLUSTER_CONSISTENT backup pauses the applications found through a DNS SRV record: give pauseSrv, or set CASSANDRA_MESOS_PAUSE_SRV (Cassy\'s srv_service_url)');
    if (!/^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,251}[A-Za-z0-9_.])?$/.test(srv) || srv.includes('..')) throw invalid(`pauseSrv ${JSON.stringify(srv)} is not a DNS name`);
    return srv;
  }

  private resolveNodes(snapshot: ClusterSnapshot, refs: readonly string[] | undefined): string[] {
    const ids: string[] = [];
    for (const ref of refs ?? []) {
      try {
        ids.push(this.options.cluster.findNode(snapshot, ref).nodeId);
      } catch (err) {
        throw new BackupServiceError('NOT_FOUND', (err as Error).message, 'NODE_NOT_FOUND');
      }
    }
    return [...new Set(ids)];
  }

  private async viewOf(jobId: string): Promise<BackupJobView | undefined> {
    const snapshot = await translated(() => this.options.cluster.snapshot());
    const job = snapshot.state.job;
    if (job?.header.jobId === jobId) return backupJobView(job.header, [...job.nodes.values()], snapshot.state.nodes, snapshot.nowMs);
    const finished = (await this.store(() => this.options.gateway.jobHistory())).find((j) => j.jobId === jobId);
    return finished ? backupJobView(finished, await this.store(() => this.options.gateway.jobRecords(jobId)), snapshot.state.nodes, snapshot.nowMs) : undefined;
  }

  private noneRunning(kind: BackupKind, running: ClusterJob | undefined): BackupServiceError {
    const other = running && isRunning(running) ? ` (the running job ${running.jobId} is a ${cassandra_mesos.v1.ClusterJobType[running.type] ?? 'job'})` : '';
    return new BackupServiceError('FAILED_PRECONDITION', `no ${kind} is running${other}; nothing changed`, 'NO_JOB_RUNNING');
  }

  private async frameworkName(): Promise<string> {
    return (await translated(() => this.options.cluster.snapshot())).target.frameworkName;
  }

  /** The running BACKUP or RESTORE job, if any (purges refuse to run beside one). */
  private async runningDataJob(): Promise<{ job: ClusterJob | undefined; leading: boolean }> {
    const snapshot = await translated(() => this.options.cluster.snapshot());
    const job = snapshot.state.job?.header;
    const data = job && isRunning(job) && (job.type === ClusterJobType.BACKUP || job.type === ClusterJobType.RESTORE) ? job : undefined;
    return { job: data, leading: snapshot.source === 'leader' };
  }

  private async store<T>(read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (err) {
      throw new BackupServiceError('UNAVAILABLE', `the job history cannot be read from the state store: ${(err as Error).message}; check the state store (ZooKeeper) and retry`, 'STATE_UNAVAILABLE');
    }
  }

  private fail(message: string): never {
    throw new Error(message);
  }
}

function nodeState(n: NodeRecord): string {
  if (isLive(n)) return 'LIVE';
  if (n.targetRunState === TargetRunState.STOP) return 'STOPPED';
  if (Number(n.leavingSinceMs)) return 'LEAVING';
  const server = n.tasks.find((t) => t.kind === cassandra_mesos.v1.NodeTaskKind.SERVER);
  return server && ['TASK_RUNNING', 'TASK_STARTING', 'TASK_STAGING'].includes(server.state ?? '') ? 'STARTING' : 'NOT_RUNNING';
}

export type { StorageLocation };
