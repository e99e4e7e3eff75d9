// The backup service over fakes of the scheduler edge: a gateway whose start-job builds the job the
// contract describes (the decision core's backup engine is exercised in the model's own tests), the
// embedded state store for the catalogue, and S3 locations served from local directories.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cassandra_mesos,
  createSchedulerState,
  parseSchedulerEnvironment,
  type BackupSchedulerSettings,
  type ConfigDecision,
  type OperatorCommand,
  type SchedulerState,
} from '@cassandra-mesos/model';
import { ClusterService } from '../../../src/api';
import type { SchedulerGateway, StateView } from '../../../src/api/gateway';
import type { TableSchemaReader } from '../../../src/api/jobs/table-schema-reader';
import { BackupCatalogue, ScheduledBackupService, type RingTokenReader } from '../../../src/backup';
import type { CommandExtras, CommandOutcome } from '../../../src/driver/driver';
import { openFileStateStore, type FileStateStore } from '../../../src/state';
import { clusterState, NOW, type NodeSpec } from '../../api/support/fixtures';
import { DirectoryOpener } from './backup-builder';

const { ClusterJobType, JobStage, JobStatus, NodeJobState } = cassandra_mesos.v1;

export class FakeGateway implements SchedulerGateway {
  readonly submitted: Array<{ command: OperatorCommand; extras: CommandExtras | undefined }> = [];
  history: cassandra_mesos.v1.ClusterJob[] = [];
  rejectWith: string | undefined;
  source: 'leader' | 'store' = 'leader';

  constructor(public state: SchedulerState) {}

  view(): Promise<StateView | undefined> {
    return Promise.resolve({ state: this.state, source: this.source });
  }

  submit(command: OperatorCommand, extras?: CommandExtras): Promise<CommandOutcome> {
    this.submitted.push({ command, extras });
    if (this.rejectWith) return Promise.resolve({ ok: false, error: this.rejectWith });
    if (command.kind === 'start-job') {
      const { type, params, requestedBy } = command.request;
      const nodeIds = params.nodeIds?.length ? params.nodeIds : [...this.state.nodes.keys()];
      const restore = type === 'RESTORE';
      const header = cassandra_mesos.v1.ClusterJob.create({
        jobId: 'job-1', type: ClusterJobType[type], status: JobStatus.JOB_RUNNING, params, requestedBy, createdAtMs: NOW, startedAtMs: NOW, totalNodes: nodeIds.length,
        stage: restore ? JobStage.RESTORE_DOWNLOAD : JobStage.BACKUP_UPLOAD, stageStartedAtMs: NOW,
      });
      const records = nodeIds.map((nodeId, sequence) => cassandra_mesos.v1.NodeJobRecord.create({ jobId: 'job-1', nodeId, sequence, state: NodeJobState.NODE_JOB_PENDING, stage: header.stage }));
      this.state = createSchedulerState({ framework: this.state.framework, target: this.state.target, nodes: this.state.nodes.values(), job: { header, nodes: records } });
    }
    if (command.kind === 'abort-job' && this.state.job) {
      const header = cassandra_mesos.v1.ClusterJob.create({ ...this.state.job.header, abortRequested: true });
      this.state = createSchedulerState({ framework: this.state.framework, target: this.state.target, nodes: this.state.nodes.values(), job: { header, nodes: this.state.job.nodes.values() } });
    }
    return Promise.resolve({ ok: true });
  }

  proposeConfig(): Promise<ConfigDecision> {
    return Promise.reject(new Error('not used'));
  }

  requestHealthCheck(): Promise<undefined> {
    return Promise.resolve(undefined);
  }

  leader(): Promise<undefined> {
    return Promise.resolve(undefined);
  }

  jobHistory(): Promise<cassandra_mesos.v1.ClusterJob[]> {
    return Promise.resolve([...this.history]);
  }

  jobRecords(): Promise<cassandra_mesos.v1.NodeJobRecord[]> {
    return Promise.resolve([]);
  }
}

export function backupSettings(env: Record<string, string> = {}): BackupSchedulerSettings {
  const parsed = parseSchedulerEnvironment({ CASSANDRA_MESOS_FRAMEWORK_NAME: 'api-test', CASSANDRA_MESOS_BACKUP_LOCATION: 's3://bucket/cassandra', CASSANDRA_MESOS_S3_ENDPOINT: 'http://127.0.0.1:9000', ...env });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed.settings;
}

export interface ServiceHarness {
  readonly service: ScheduledBackupService;
  readonly gateway: FakeGateway;
  readonly catalogue: BackupCatalogue;
  readonly opener: DirectoryOpener;
  readonly store: FileStateStore;
  readonly dir: string;
  close(): Promise<void>;
}

export const THREE_LIVE: NodeSpec[] = [{ index: 0 }, { index: 1 }, { index: 2 }];

export async function serviceHarness(options: { nodes?: NodeSpec[]; env?: Record<string, string>; schemaReader?: TableSchemaReader; ringTokens?: RingTokenReader } = {}): Promise<ServiceHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'backup-service-'));
  const store = await openFileStateStore({ directory: join(dir, 'state'), frameworkName: 'api-test' });
  const gateway = new FakeGateway(clusterState({ nodes: options.nodes ?? THREE_LIVE }));
  const catalogue = new BackupCatalogue(store);
  const opener = new DirectoryOpener(join(dir, 's3'));
  let service: ScheduledBackupService | undefined;
  new ClusterService({
    gateway,
    now: () => NOW,
    backups: (cluster) =>
      (service = new ScheduledBackupService({ cluster, gateway, catalogue, opener, settings: backupSettings(options.env), now: () => NOW, verify: { scratchDir: dir }, ...(options.schemaReader ? { schemaReader: options.schemaReader } : {}), ...(options.ringTokens ? { ringTokens: options.ringTokens } : {}) })),
  });
  if (!service) throw new Error('no service');
  return {
    service, gateway, catalogue, opener, store, dir,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
