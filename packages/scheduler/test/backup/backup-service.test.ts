// Starting backups and restores through the service: what the core is asked (BackupOptions from the
// settings and the request; request keys beside the command, never in it), and every refusal.
import { cassandra_mesos, type OperatorCommand } from '@cassandra-mesos/model';
import { BackupServiceError, isRestorePlan, type BackupJobView, type RestorePlanView } from '../../src/backup';
import { NOW } from '../api/support/fixtures';
import { buildBackup, threeNodes } from './support/backup-builder';
import { entry } from './support/catalogue-entries';
import { serviceHarness, THREE_LIVE, type ServiceHarness } from './support/service-harness';

const { BackupType, ClusterJobType, JobStatus, RestoreType, TargetRunState } = cassandra_mesos.v1;
const MiB = 1024 * 1024;
const ROOT = { prefix: 'cassandra', cluster: 'api-test' };
const KEYS = { accessKeyId: 'AKIA-SERVICE-1', secretAccessKey: 'service/secret' };

let h: ServiceHarness;
afterEach(async () => h.close());

async function refusal(promise: Promise<unknown>): Promise<BackupServiceError> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  if (!(err instanceof BackupServiceError)) throw new Error(`expected a BackupServiceError, got ${String(err)}`);
  return err;
}

function started(): Extract<OperatorCommand, { kind: 'start-job' }>['request'] {
  const command = h.gateway.submitted.at(-1)?.command;
  if (command?.kind !== 'start-job') throw new Error('no start-job submitted');
  return command.request;
}

describe('startBackup', () => {
  it('fills BackupOptions from the settings and the request, and passes request keys beside the command', async () => {
    h = await serviceHarness({ env: { CASSANDRA_MESOS_BACKUP_CONCURRENCY: '6', CASSANDRA_MESOS_BACKUP_RATE_LIMIT_MBPS: '20' } });
    const view = await h.service.startBackup({ nodes: ['10.0.0.11', 'node-2'], keyspaces: ['shop'], credentials: KEYS, parallelism: 2 }, 'operator-1');
    const request = started();
    expect(request).toEqual({
      type: 'BACKUP',
      requestedBy: 'operator-1',
      params: {
        nodeIds: ['node-1', 'node-2'], keyspaces: ['shop'], tables: [], parallelism: 2, continueOnFailure: false, nodeTimeoutSeconds: 0,
        backup: {
          backupName: `backup-${NOW}`, storage: 's3', bucket: 'bucket', prefix: 'cassandra', endpoint: 'http://127.0.0.1:9000', region: 'us-east-1', forcePathStyle: true,
          concurrency: 6, partSizeBytes: 16 * MiB, rateLimitBytesPerSecond: 20 * MiB, backupType: BackupType.NODE_SNAPSHOT, baseBackup: '', pauseSrv: '', pauseTimeoutSeconds: 0, snapshotTag: '', requestCredentials: true,
        },
      },
    });
    expect(JSON.stringify(request)).not.toContain(KEYS.secretAccessKey);
    expect(h.gateway.submitted[0]?.extras?.credentials?.secretAccessKey).toBe(KEYS.secretAccessKey);
    expect(view).toMatchObject({ id: 'job-1', type: 'BACKUP', status: 'RUNNING', backup: { name: `backup-${NOW}`, type: 'NODE_SNAPSHOT', location: 's3://bucket/cassandra', requestCredentials: true } });
  });

  it('starts a consistent backup with the pause SRV name and the backup name as snapshot tag', async () => {
    h = await serviceHarness({ env: { CASSANDRA_MESOS_PAUSE_SRV: '_admin._tcp.app.example' } });
    await h.service.startBackup({ name: 'c1', type: 'CLUSTER_CONSISTENT', location: 'local' }, 'api');
    expect(started().params.backup).toMatchObject({ backupType: BackupType.CLUSTER_CONSISTENT, pauseSrv: '_admin._tcp.app.example', snapshotTag: 'c1', storage: 'local', prefix: 'backup', requestCredentials: false });
  });

  it('starts an incremental backup on an existing base', async () => {
    h = await serviceHarness();
    await buildBackup(h.opener.storageOf('bucket'), ROOT, 'base-1', threeNodes());
    await h.service.startBackup({ name: 'inc-1', type: 'INCREMENTAL', baseBackup: 'base-1' }, 'api');
    expect(started().params.backup).toMatchObject({ backupType: BackupType.INCREMENTAL, baseBackup: 'base-1' });
  });

  it.each([
    [{ name: '' }, 'INVALID_BACKUP_NAME', 'is empty'],
    [{ name: 'x'.repeat(129) }, 'INVALID_BACKUP_NAME', 'at most 128'],
    [{ name: 'a/b' }, 'INVALID_BACKUP_NAME', 'path separator'],
    [{ name: 'a..b' }, 'INVALID_BACKUP_NAME', '".."'],
    [{ name: '_x' }, 'INVALID_BACKUP_NAME', 'must start with a letter or digit'],
    [{ type: 'INCREMENTAL' as const }, 'INVALID_INPUT', 'name that backup in baseBackup'],
    [{ type: 'NODE_SNAPSHOT' as const, baseBackup: 'b0' }, 'INVALID_INPUT', 'baseBackup is for an INCREMENTAL backup'],
    [{ type: 'CLUSTER_CONSISTENT' as const }, 'INVALID_INPUT', 'CASSANDRA_MESOS_PAUSE_SRV'],
    [{ location: 'local', credentials: KEYS }, 'INVALID_INPUT', 'a local directory'],
    [{ location: 'gs://x' }, 'INVALID_LOCATION', 'not supported'],
    [{ parallelism: 0 }, 'INVALID_INPUT', 'parallelism must be a whole number from 1 to 64'],
    [{ credentials: { accessKeyId: 'a', secretAccessKey: '' } }, 'INVALID_INPUT', 'without the secret access key'],
  ])('refuses %j (%s)', async (request, reason, fragment) => {
    h = await serviceHarness();
    const err = await refusal(h.service.startBackup(request, 'api'));
    expect([err.code, err.reason]).toEqual(['INVALID_ARGUMENT', reason]);
    expect(err.message).toContain(fragment);
    expect(err.message).not.toContain('service/secret');
    expect(h.gateway.submitted).toEqual([]);
  });

  it('refuses a name that exists in the bucket or the catalogue, and a base that does not exist', async () => {
    h = await serviceHarness();
    await buildBackup(h.opener.storageOf('bucket'), ROOT, 'taken', threeNodes());
    await h.catalogue.record(entry('local-taken', { location: { storage: 'local', directory: 'backup' } }));
    for (const name of ['taken', 'local-taken']) {
      const err = await refusal(h.service.startBackup({ name }, 'api'));
      expect([err.code, err.reason]).toEqual(['FAILED_PRECONDITION', 'BACKUP_EXISTS']);
    }
    const base = await refusal(h.service.startBackup({ name: 'inc', type: 'INCREMENTAL', baseBackup: 'nope' }, 'api'));
    expect([base.code, base.reason, base.message]).toEqual(['NOT_FOUND', 'BACKUP_NOT_FOUND', expect.stringContaining("the base backup 'nope' does not exist")]);
    const node = await refusal(h.service.startBackup({ name: 'n', nodes: ['node-7'] }, 'api'));
    expect([node.code, node.reason]).toEqual(['NOT_FOUND', 'NODE_NOT_FOUND']);
    expect(h.gateway.submitted).toEqual([]);
  });

  it('answers the core\'s refusal as FAILED_PRECONDITION', async () => {
    h = await serviceHarness();
    h.gateway.rejectWith = 'a REPAIR job runs';
    const err = await refusal(h.service.startBackup({ name: 'b' }, 'api'));
    expect([err.code, err.reason, err.message]).toEqual(['FAILED_PRECONDITION', 'COMMAND_REJECTED', 'the backup was not started (nothing changed): a REPAIR job runs']);
  });
});

describe('startRestore', () => {
  it('restores a backup from S3 onto the same node ids, filling the options', async () => {
    h = await serviceHarness();
    await buildBackup(h.opener.storageOf('bucket'), ROOT, 'b1', threeNodes());
    const view = (await h.service.startRestore({ name: 'b1', keyspaces: ['shop'], restoreSchema: true, credentials: KEYS }, 'api')) as BackupJobView;
    expect(isRestorePlan(view)).toBe(false);
    expect(started()).toMatchObject({
      type: 'RESTORE',
      params: {
        nodeIds: ['node-0', 'node-1', 'node-2'], keyspaces: ['shop'], tables: [],
        backup: { backupName: 'b1', storage: 's3', bucket: 'bucket', sourceCluster: '', restoreType: RestoreType.CLUSTER_RESTORE, nodeMapping: { 'node-0': 'node-0', 'node-1': 'node-1', 'node-2': 'node-2' }, restoreSchema: true, requestCredentials: true },
      },
    });
    expect(h.gateway.submitted[0]?.extras?.credentials?.accessKeyId).toBe(KEYS.accessKeyId);
  });

  it('answers a dry run with the mapping, the selected bytes per node and the time at the last restore\'s rate', async () => {
    h = await serviceHarness();
    const built = await buildBackup(h.opener.storageOf('bucket'), ROOT, 'b1', threeNodes());
    h.gateway.history = [cassandra_mesos.v1.ClusterJob.create({ jobId: 'r0', type: ClusterJobType.RESTORE, status: JobStatus.JOB_SUCCEEDED, startedAtMs: 0, finishedAtMs: 10_000, bytesDone: 1_000_000 })];
    const plan = (await h.service.startRestore({ name: 'b1', nodeMapping: { 'node-0': 'node-2', 'node-2': 'node-0' }, dryRun: true }, 'api')) as RestorePlanView;
    expect(isRestorePlan(plan)).toBe(true);
    const bytesOf = (nodeId: string) => built.find((b) => b.nodeId === nodeId)?.manifest.files.reduce((s, f) => s + f.size, 0);
    expect(plan.nodes.map((n) => [n.nodeId, n.backupNodeId, n.bytes, n.files])).toEqual([
      ['node-0', 'node-2', bytesOf('node-2'), 2],
      ['node-1', 'node-1', bytesOf('node-1'), 2],
      ['node-2', 'node-0', bytesOf('node-0'), 2],
    ]);
    expect(plan).toMatchObject({ rateBytesPerSecond: 100_000, rateSource: 'last-restore', estimatedSeconds: Math.ceil(plan.totalBytes / 100_000), location: 's3://bucket/cassandra' });
    expect(h.gateway.submitted).toEqual([]);
  });

  it('refuses what cannot work, saying why', async () => {
    h = await serviceHarness({ nodes: [...THREE_LIVE, { index: 3 }] });
    await buildBackup(h.opener.storageOf('bucket'), ROOT, 'b1', threeNodes());
    const size = await refusal(h.service.startRestore({ name: 'b1' }, 'api'));
    expect([size.code, size.reason]).toEqual(['FAILED_PRECONDITION', 'NODE_COUNT_MISMATCH']);
    const mapping = await refusal(h.service.startRestore({ name: 'b1', nodes: ['node-3'] }, 'api'));
    expect([mapping.reason, mapping.message]).toEqual(['INVALID_NODE_MAPPING', expect.stringContaining('the backup has no node node-3')]);
    const twice = await refusal(h.service.startRestore({ name: 'b1', nodes: ['node-0', 'node-3'], nodeMapping: { 'node-3': 'node-0' } }, 'api'));
    expect(twice.message).toContain('backup node node-0 is mapped to both');
    const missing = await refusal(h.service.startRestore({ name: 'nope' }, 'api'));
    expect([missing.code, missing.reason]).toEqual(['NOT_FOUND', 'BACKUP_NOT_FOUND']);
    const keyspace = await refusal(h.service.startRestore({ name: 'b1', nodes: ['node-0'], keyspaces: ['audit'] }, 'api'));
    expect([keyspace.reason, keyspace.message]).toEqual(['KEYSPACE_NOT_IN_BACKUP', expect.stringContaining('it has shop')]);
    const node = await refusal(h.service.startRestore({ name: 'b1', type: 'NODE_RESTORE', nodes: ['node-0'] }, 'api'));
    expect([node.reason, node.message]).toEqual(['NODES_NOT_STOPPED', expect.stringContaining('stop node-0 first')]);
    expect(h.gateway.submitted).toEqual([]);
  });

  it('restores stopped nodes with NODE_RESTORE; a dry run warns instead of refusing', async () => {
    h = await serviceHarness({ nodes: [{ index: 0, live: false }, { index: 1 }, { index: 2 }] });
    const stopped = h.gateway.state.nodes.get('node-0');
    if (!stopped) throw new Error('fixture');
    const { createSchedulerState } = await import('@cassandra-mesos/model');
    h.gateway.state = createSchedulerState({
      framework: h.gateway.state.framework,
      target: h.gateway.state.target,
      nodes: [...h.gateway.state.nodes.values()].map((n) => (n.nodeId === 'node-0' ? cassandra_mesos.v1.NodeRecord.create({ ...n, targetRunState: TargetRunState.STOP }) : n)),
    });
    await buildBackup(h.opener.storageOf('bucket'), ROOT, 'b1', threeNodes());
    const plan = (await h.service.startRestore({ name: 'b1', type: 'NODE_RESTORE', nodes: ['node-0', 'node-1'], dryRun: true }, 'api')) as RestorePlanView;
    expect(plan.warnings.join(' ')).toContain('stop node-1 first');
    await h.service.startRestore({ name: 'b1', type: 'NODE_RESTORE', nodes: ['node-0'], snapshotOnly: true }, 'api');
    expect(started().params).toMatchObject({ nodeIds: ['node-0'], backup: { restoreType: RestoreType.NODE_RESTORE, snapshotOnly: true, nodeMapping: { 'node-0': 'node-0' } } });
  });

  it('finds a local backup through its catalogue entry, and names where it looked when it is not there', async () => {
    h = await serviceHarness({ env: { CASSANDRA_MESOS_BACKUP_LOCATION: 'local' } });
    await h.catalogue.record(entry('loc-1', { location: { storage: 'local', directory: '/var/backups' }, nodes: ['node-0', 'node-1', 'node-2'].map((nodeId) => ({ nodeId, hostname: '', bytes: 10, files: 1, bytesSkipped: 0, manifestKey: '', manifestSha256: '' })) }));
    await h.service.startRestore({ name: 'loc-1' }, 'api');
    expect(started().params.backup).toMatchObject({ storage: 'local', prefix: '/var/backups' });
    const err = await refusal(h.service.startRestore({ name: 'loc-2' }, 'api'));
    expect(err.message).toContain("no backup 'loc-2' of cluster api-test in the catalogue at local:backup");
  });
});

describe('jobs: status, abort, last', () => {
  it('answers the running backup and aborts it', async () => {
    h = await serviceHarness();
    expect(await h.service.status('backup')).toEqual({ running: false, job: null });
    await h.service.startBackup({ name: 'b1' }, 'api');
    expect((await h.service.status('backup')).job?.backup.name).toBe('b1');
    expect(await h.service.status('restore')).toEqual({ running: false, job: null });
    const err = await refusal(h.service.abort('restore'));
    expect([err.code, err.reason]).toEqual(['FAILED_PRECONDITION', 'NO_JOB_RUNNING']);
    expect((await h.service.abort('backup')).abortRequested).toBe(true);
    expect(await h.service.last('backup')).toBeNull();
  });

  it('describes the cluster for Cassy\'s RegisterCluster', async () => {
    h = await serviceHarness({ nodes: [{ index: 0 }, { index: 1 }, { index: 2, live: false }], schemaReader: { userTables: () => Promise.resolve([{ keyspace: 'shop', table: 'orders', gcGraceSeconds: 1 }, { keyspace: 'shop', table: 'carts', gcGraceSeconds: 1 }]) } });
    expect(await h.service.describeCluster()).toEqual({
      clusterName: 'ring', frameworkName: 'api-test', keyspaces: ['shop'], dataDir: 'cassandra-data/data',
      nodes: [
        { nodeId: 'node-0', ip: '10.0.0.10', hostname: 'host-0.example', state: 'LIVE' },
        { nodeId: 'node-1', ip: '10.0.0.11', hostname: 'host-1.example', state: 'LIVE' },
        { nodeId: 'node-2', ip: '10.0.0.12', hostname: 'host-2.example', state: 'STARTING' },
      ],
    });
  });
});
