// TakeBackup and ListBackups over a real grpc-js server and client.
import { BackupServiceError } from '../../src/backup/types';
import type { BackupListingResponse, BackupResponse } from '../../src/grpc/cassy-messages';
import { committedBackup, FRAMEWORK, jobView } from './support/fake-backup-service';
import { failure, startHarness, status, type Harness } from './support/harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await h.client.call('RegisterCluster', { cassandra_host: '192.168.0.10' });
});
afterEach(async () => {
  await h.close();
});

describe('TakeBackup', () => {
  it('backup_type 2 starts a node snapshot backup of every node and answers Cassy’s BackupResponse', async () => {
    const { value } = await h.client.call<BackupResponse>('TakeBackup', { cluster_id: FRAMEWORK, backup_type: 2 });
    expect(h.service.backupStarts).toEqual([{ request: { type: 'NODE_SNAPSHOT' }, principal: 'grpc' }]);
    expect(value).toEqual({
      status: 'STARTED',
      cluster_id: FRAMEWORK,
      target_ips: ['192.168.0.10', '192.168.0.11', '192.168.0.2'],
      snapshot_id: `backup-${h.service.nowMs}`,
      created_at: h.service.nowMs,
      backup_type: 2,
    });
  });

  it('target_ips become node ids (IP, hostname or id; repeats dropped)', async () => {
    const { value } = await h.client.call<BackupResponse>('TakeBackup', { cluster_id: FRAMEWORK, target_ips: ['192.168.0.2', 'cass-b.example.com', '192.168.0.2'], backup_type: 2 });
    expect(h.service.backupStarts[0]?.request.nodes).toEqual(['node-2', 'node-1']);
    expect(value.target_ips).toEqual(['192.168.0.2', '192.168.0.11']);
  });

  it('backup_type 1 starts a cluster-wide consistent backup', async () => {
    const { value } = await h.client.call<BackupResponse>('TakeBackup', { cluster_id: FRAMEWORK, backup_type: 1 });
    expect(h.service.backupStarts[0]?.request).toEqual({ type: 'CLUSTER_CONSISTENT' });
    expect(value.backup_type).toBe(1);
  });

  it('backup_type 3 adds to the snapshot named by snapshot_id, and answers that snapshot_id as Cassy does', async () => {
    h.service.backups = [committedBackup('snap-1', h.service.nowMs - 86_400_000)];
    const { value } = await h.client.call<BackupResponse>('TakeBackup', { cluster_id: FRAMEWORK, snapshot_id: 'snap-1', backup_type: 3 });
    expect(h.service.backupStarts[0]?.request).toEqual({ type: 'INCREMENTAL', baseBackup: 'snap-1' });
    expect([value.snapshot_id, value.backup_type]).toEqual(['snap-1', 3]);
  });

  it('a snapshot_id with types 1 and 2 names the new backup', async () => {
    const { value } = await h.client.call<BackupResponse>('TakeBackup', { cluster_id: FRAMEWORK, snapshot_id: 'before-upgrade', backup_type: 2 });
    expect(h.service.backupStarts[0]?.request.name).toBe('before-upgrade');
    expect(value.snapshot_id).toBe('before-upgrade');
  });

  it.each([
    ['no backup_type', { cluster_id: FRAMEWORK }, 'backup_type is not set; use 1 (cluster-wide consistent snapshot), 2 (node snapshot) or 3'],
    ['an unknown backup_type', { cluster_id: FRAMEWORK, backup_type: 4 }, 'backup_type 4 is unknown; use 1'],
    ['an incremental without snapshot_id', { cluster_id: FRAMEWORK, backup_type: 3 }, 'snapshot_id is required with backup_type 3'],
    ['a path as snapshot_id', { cluster_id: FRAMEWORK, backup_type: 2, snapshot_id: '../../etc' }, 'snapshot_id is not a valid backup name: backup name "../../etc" contains "/"'],
    ["'..' in snapshot_id", { cluster_id: FRAMEWORK, backup_type: 3, snapshot_id: 'a..b' }, "snapshot_id is not a valid backup name: backup name \"a..b\" contains '..'"],
    ['a snapshot_id that is too long', { cluster_id: FRAMEWORK, backup_type: 2, snapshot_id: 'x'.repeat(129) }, 'snapshot_id is not a valid backup name: backup name is 129 characters long; at most 128'],
    ['no cluster_id', { backup_type: 2 }, 'cluster_id is empty'],
    ['a target IP that is not a node', { cluster_id: FRAMEWORK, backup_type: 2, target_ips: ['192.168.0.99'] }, 'target_ips[0] "192.168.0.99" is not a node of cluster cassandra; its nodes are 192.168.0.10 (node-0)'],
  ])('refuses %s with INVALID_ARGUMENT naming the field, starting nothing', async (_label, request, message) => {
    const err = await failure(h.client.call('TakeBackup', request));
    expect(err.code).toBe(status.INVALID_ARGUMENT);
    expect(err.details).toContain(message);
    expect(h.service.backupStarts).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown cluster_id (as Cassy does)', async () => {
    const err = await failure(h.client.call('TakeBackup', { cluster_id: 'CLUSTER-ID', backup_type: 2 }));
    expect(err.code).toBe(status.NOT_FOUND);
    expect(err.details).toContain('cluster_id "CLUSTER-ID" is not a registered cluster');
  });

  it('maps the service’s refusals: a running backup is FAILED_PRECONDITION, a missing base NOT_FOUND', async () => {
    h.service.running.backup = jobView({ kind: 'backup', name: 'nightly', type: 'NODE_SNAPSHOT', status: 'RUNNING', createdAtMs: 1 });
    const running = await failure(h.client.call('TakeBackup', { cluster_id: FRAMEWORK, backup_type: 2 }));
    expect([running.code, running.details]).toEqual([status.FAILED_PRECONDITION, 'backup nightly is running; wait for it or abort it']);
    expect(running.metadata.get('cassandra-mesos-reason')).toEqual(['JOB_RUNNING']);
    h.service.running = {};
    const noBase = await failure(h.client.call('TakeBackup', { cluster_id: FRAMEWORK, snapshot_id: 'gone', backup_type: 3 }));
    expect([noBase.code, noBase.details]).toEqual([status.NOT_FOUND, 'base backup gone does not exist']);
  });

  it('passes PERMISSION_DENIED on', async () => {
    h.service.failNext('startBackup', new BackupServiceError('PERMISSION_DENIED', 'the S3 bucket refused the scheduler’s keys'));
    expect((await failure(h.client.call('TakeBackup', { cluster_id: FRAMEWORK, backup_type: 2 }))).code).toBe(status.PERMISSION_DENIED);
  });

  it('turns an unexpected error into INTERNAL with an incident id, keeping its text out of the answer', async () => {
    h.service.failNext('startBackup', new Error('ZooKeeper session 0x1f expired at /cassandra-mesos/cassandra/jobs/current'));
    const err = await failure(h.client.call('TakeBackup', { cluster_id: FRAMEWORK, backup_type: 2 }));
    expect(err.code).toBe(status.INTERNAL);
    expect(err.details).toMatch(/^the scheduler failed while handling rpc\.Cassy\/TakeBackup \(incident [0-9a-f]{8}\); the scheduler log has the error under that incident id$/);
    expect(err.details).not.toContain('ZooKeeper');
    const incident = /incident ([0-9a-f]{8})/.exec(err.details)?.[1];
    const logged = h.logs.find((l) => l.level === 'error');
    expect(logged?.message).toBe('gRPC call failed');
    expect(logged?.fields).toMatchObject({ method: 'rpc.Cassy/TakeBackup', incident });
    expect(String((logged?.fields as { err?: Error }).err?.message)).toContain('ZooKeeper session 0x1f expired');
  });
});

describe('ListBackups', () => {
  const DAY = 86_400_000;
  beforeEach(() => {
    const t = h.service.nowMs;
    h.service.backups = [
      committedBackup('snap-1', t - 3 * DAY),
      committedBackup('snap-1-inc', t - 2 * DAY, { type: 'INCREMENTAL', baseBackup: 'snap-1', nodeIds: ['node-0'] }),
      committedBackup('snap-2', t - DAY, { type: 'CLUSTER_CONSISTENT', nodeIds: ['node-1', 'node-9'] }),
    ];
    h.service.finished.backup = [
      jobView({ kind: 'backup', name: 'broken', type: 'NODE_SNAPSHOT', status: 'FAILED', createdAtMs: t - 12 * 3_600_000, nodes: { 'node-0': 'SUCCEEDED', 'node-1': 'FAILED', 'node-2': 'SKIPPED' } }),
      jobView({ kind: 'backup', name: 'snap-2', type: 'CLUSTER_CONSISTENT', status: 'SUCCEEDED', createdAtMs: t - DAY - 60_000 }),
      jobView({ kind: 'backup', name: 'purged', type: 'NODE_SNAPSHOT', status: 'SUCCEEDED', createdAtMs: t - 9 * DAY }),
    ];
    h.service.running.backup = jobView({ kind: 'backup', name: 'now', type: 'NODE_SNAPSHOT', status: 'RUNNING', createdAtMs: t, nodes: { 'node-0': 'RUNNING', 'node-1': 'PENDING' } });
  });

  it('lists one row per node: running (STARTED/INITIALIZED), failed, and committed backups, newest first', async () => {
    const { value } = await h.client.call<BackupListingResponse>('ListBackups', { cluster_id: FRAMEWORK });
    const rows = value.entries.map((e) => `${e.snapshot_id} ${e.target_ip} ${e.backup_type} ${e.status}`);
    expect(rows).toEqual([
      'now 192.168.0.10 2 STARTED',
      'now 192.168.0.11 2 INITIALIZED',
      'broken 192.168.0.10 2 COMPLETED',
      'broken 192.168.0.11 2 FAILED',
      'broken 192.168.0.2 2 FAILED',
      'snap-2 192.168.0.11 1 COMPLETED',
      'snap-2 node-9 1 COMPLETED',
      'snap-1 192.168.0.10 3 COMPLETED',
      'snap-1 192.168.0.10 2 COMPLETED',
      'snap-1 192.168.0.11 2 COMPLETED',
      'snap-1 192.168.0.2 2 COMPLETED',
    ]);
    const snap2 = value.entries.find((e) => e.snapshot_id === 'snap-2');
    expect(snap2).toEqual({
      cluster_id: FRAMEWORK,
      target_ip: '192.168.0.11',
      snapshot_id: 'snap-2',
      created_at: h.service.nowMs - DAY - 60_000,
      updated_at: h.service.nowMs - DAY,
      backup_type: 1,
      status: 'COMPLETED',
    });
  });

  it('limits rows, and filters by snapshot_id (a snapshot with its incrementals) and target_ip', async () => {
    const limited = await h.client.call<BackupListingResponse>('ListBackups', { limit: 3, cluster_id: FRAMEWORK });
    expect(limited.value.entries.map((e) => e.snapshot_id)).toEqual(['now', 'now', 'broken']);
    const snap1 = await h.client.call<BackupListingResponse>('ListBackups', { cluster_id: FRAMEWORK, snapshot_id: 'snap-1' });
    expect(snap1.value.entries.map((e) => e.backup_type)).toEqual([3, 2, 2, 2]);
    const byOwnName = await h.client.call<BackupListingResponse>('ListBackups', { cluster_id: FRAMEWORK, snapshot_id: 'snap-1-inc' });
    expect(byOwnName.value.entries).toHaveLength(1);
    const onNode = await h.client.call<BackupListingResponse>('ListBackups', { cluster_id: FRAMEWORK, target_ip: '192.168.0.2' });
    expect(onNode.value.entries.map((e) => e.snapshot_id)).toEqual(['broken', 'snap-1']);
  });

  it('an empty cluster_id means this scheduler’s (registered) cluster', async () => {
    const { value } = await h.client.call<BackupListingResponse>('ListBackups', { snapshot_id: 'snap-2' });
    expect(value.entries.map((e) => e.target_ip)).toEqual(['192.168.0.11', 'node-9']);
  });

  it('sends what could not be listed as trailing metadata and still answers the rest', async () => {
    h.service.listingWarnings = ['s3://backups/prod could not be listed: NoSuchBucket'];
    const { value, trailers } = await h.client.call<BackupListingResponse>('ListBackups', { cluster_id: FRAMEWORK });
    expect(value.entries.length).toBeGreaterThan(0);
    expect(trailers.get('cassandra-mesos-warning')).toEqual(['s3://backups/prod could not be listed: NoSuchBucket']);
  });

  it('refuses a negative limit and a bad snapshot_id filter', async () => {
    expect((await failure(h.client.call('ListBackups', { cluster_id: FRAMEWORK, limit: -3 }))).details).toContain('limit must be 0');
    const err = await failure(h.client.call('ListBackups', { cluster_id: FRAMEWORK, snapshot_id: 'a/b' }));
    expect([err.code, err.details]).toEqual([status.INVALID_ARGUMENT, 'snapshot_id is not a valid backup name: backup name "a/b" contains "/"; only A-Z a-z 0-9 . _ - are allowed']);
  });
});
