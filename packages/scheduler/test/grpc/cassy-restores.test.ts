// RestoreBackup and ListRestoreStatuses over a real grpc-js server and client.
import type { RestoreResponse, RestoreStatusListingResponse } from '../../src/grpc/cassy-messages';
import { committedBackup, FRAMEWORK, jobView } from './support/fake-backup-service';
import { failure, startHarness, status, type Harness } from './support/harness';

const DAY = 86_400_000;
let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await h.client.call('RegisterCluster', { cassandra_host: '192.168.0.10' });
  const t = h.service.nowMs;
  h.service.backups = [
    committedBackup('snap-1', t - 3 * DAY),
    committedBackup('snap-1-inc-a', t - 2 * DAY, { type: 'INCREMENTAL', baseBackup: 'snap-1' }),
    committedBackup('snap-1-inc-b', t - DAY, { type: 'INCREMENTAL', baseBackup: 'snap-1' }),
    committedBackup('snap-2', t - DAY / 2),
  ];
});
afterEach(async () => {
  await h.close();
});

describe('RestoreBackup', () => {
  it('restore_type 2 restores the named stopped nodes, with the newest incremental on top of the snapshot', async () => {
    const { value } = await h.client.call<RestoreResponse>('RestoreBackup', { snapshot_id: 'snap-1', restore_type: 2, cluster_id: FRAMEWORK, target_ips: ['192.168.0.11'] });
    expect(h.service.restoreStarts).toEqual([{ request: { name: 'snap-1-inc-b', type: 'NODE_RESTORE', snapshotOnly: false, nodes: ['node-1'] }, principal: 'grpc' }]);
    expect(value).toEqual({ status: 'INITIALIZED', cluster_id: FRAMEWORK, target_ips: ['192.168.0.11'], snapshot_id: 'snap-1', restore_type: 2, snapshot_only: false });
  });

  it('snapshot_only restores the snapshot itself', async () => {
    await h.client.call('RestoreBackup', { snapshot_id: 'snap-1', restore_type: 1, cluster_id: FRAMEWORK, snapshot_only: true });
    expect(h.service.restoreStarts[0]?.request).toEqual({ name: 'snap-1', type: 'CLUSTER_RESTORE', snapshotOnly: true });
  });

  it('restore_type 1 of a snapshot without incrementals restores it on every node', async () => {
    const { value } = await h.client.call<RestoreResponse>('RestoreBackup', { snapshot_id: 'snap-2', restore_type: 1, cluster_id: FRAMEWORK });
    expect(h.service.restoreStarts[0]?.request).toEqual({ name: 'snap-2', type: 'CLUSTER_RESTORE', snapshotOnly: false });
    expect(value.target_ips).toEqual(['192.168.0.10', '192.168.0.11', '192.168.0.2']);
  });

  it('an incremental backup named by its own name is restored as it is', async () => {
    await h.client.call('RestoreBackup', { snapshot_id: 'snap-1-inc-a', restore_type: 1, cluster_id: FRAMEWORK });
    expect(h.service.restoreStarts[0]?.request.name).toBe('snap-1-inc-a');
  });

  it('answers NOT_FOUND for a backup that does not exist', async () => {
    const err = await failure(h.client.call('RestoreBackup', { snapshot_id: 'nope', restore_type: 1, cluster_id: FRAMEWORK }));
    expect([err.code, err.details]).toEqual([status.NOT_FOUND, 'no backup named nope in cluster cassandra; list them with ListBackups']);
    expect(h.service.restoreStarts).toEqual([]);
  });

  it.each([
    ['no restore_type', { snapshot_id: 'snap-1', cluster_id: FRAMEWORK }, 'restore_type is not set; use 1 (restore the cluster) or 2 (restore stopped nodes in place)'],
    ['an unknown restore_type', { snapshot_id: 'snap-1', restore_type: 3, cluster_id: FRAMEWORK }, 'restore_type 3 is unknown'],
    ['no snapshot_id', { restore_type: 1, cluster_id: FRAMEWORK }, 'snapshot_id is empty; give the name of a backup'],
    ['a path as snapshot_id', { snapshot_id: '/etc/passwd', restore_type: 1, cluster_id: FRAMEWORK }, 'snapshot_id is not a valid backup name'],
    ['a target IP that is not a node', { snapshot_id: 'snap-1', restore_type: 2, cluster_id: FRAMEWORK, target_ips: ['10.1.1.1'] }, 'target_ips[0] "10.1.1.1" is not a node'],
  ])('refuses %s with INVALID_ARGUMENT, starting nothing', async (_label, request, message) => {
    const err = await failure(h.client.call('RestoreBackup', request));
    expect(err.code).toBe(status.INVALID_ARGUMENT);
    expect(err.details).toContain(message);
    expect(h.service.restoreStarts).toEqual([]);
  });
});

describe('ListRestoreStatuses', () => {
  beforeEach(() => {
    const t = h.service.nowMs;
    h.service.finished.restore = [
      jobView({ kind: 'restore', name: 'snap-1-inc-b', type: 'CLUSTER_RESTORE', status: 'SUCCEEDED', createdAtMs: t - 5 * 3_600_000 }),
      jobView({ kind: 'restore', name: 'snap-2', type: 'NODE_RESTORE', status: 'FAILED', createdAtMs: t - 6 * 3_600_000, nodes: { 'node-2': 'FAILED' } }),
    ];
    h.service.running.restore = jobView({ kind: 'restore', name: 'snap-2', type: 'CLUSTER_RESTORE', status: 'RUNNING', createdAtMs: t, nodes: { 'node-0': 'SUCCEEDED', 'node-1': 'RUNNING', 'node-2': 'PENDING' } });
  });

  it('lists one row per node of the running and finished restores, newest first, a restored incremental under its snapshot', async () => {
    const { value } = await h.client.call<RestoreStatusListingResponse>('ListRestoreStatuses', { cluster_id: FRAMEWORK });
    expect(value.cluster_id).toBe(FRAMEWORK);
    expect(value.entries.map((e) => `${e.snapshot_id} ${e.target_ip} ${e.restore_type} ${e.status}`)).toEqual([
      'snap-2 192.168.0.10 1 COMPLETED',
      'snap-2 192.168.0.11 1 STARTED',
      'snap-2 192.168.0.2 1 INITIALIZED',
      'snap-1 192.168.0.10 1 COMPLETED',
      'snap-1 192.168.0.11 1 COMPLETED',
      'snap-1 192.168.0.2 1 COMPLETED',
      'snap-2 192.168.0.2 2 FAILED',
    ]);
    const t = h.service.nowMs;
    expect(value.entries[0]).toEqual({ target_ip: '192.168.0.10', snapshot_id: 'snap-2', created_at: t, updated_at: t + 2000, restore_type: 1, status: 'COMPLETED' });
  });

  it('limits and filters by snapshot_id and target_ip', async () => {
    const limited = await h.client.call<RestoreStatusListingResponse>('ListRestoreStatuses', { limit: 3, cluster_id: FRAMEWORK });
    expect(limited.value.entries).toHaveLength(3);
    const snap1 = await h.client.call<RestoreStatusListingResponse>('ListRestoreStatuses', { cluster_id: FRAMEWORK, snapshot_id: 'snap-1' });
    expect(snap1.value.entries.map((e) => e.target_ip)).toEqual(['192.168.0.10', '192.168.0.11', '192.168.0.2']);
    const node2 = await h.client.call<RestoreStatusListingResponse>('ListRestoreStatuses', { cluster_id: FRAMEWORK, snapshot_id: 'snap-2', target_ip: '192.168.0.2' });
    expect(node2.value.entries.map((e) => e.status)).toEqual(['INITIALIZED', 'FAILED']);
  });

  it('refuses a negative limit and an unregistered cluster', async () => {
    expect((await failure(h.client.call('ListRestoreStatuses', { cluster_id: FRAMEWORK, limit: -1 }))).code).toBe(status.INVALID_ARGUMENT);
    expect((await failure(h.client.call('ListRestoreStatuses', { cluster_id: 'other' }))).code).toBe(status.NOT_FOUND);
  });
});
