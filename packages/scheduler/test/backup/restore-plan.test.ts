import { cassandra_mesos, type NodeRecord } from '@cassandra-mesos/model';
import { BackupServiceError, checkNodeStates, DEFAULT_RATE_BYTES_PER_SECOND, mapRestoreNodes, observedRate, selectedFacts } from '../../src/backup';
import { nodeRecord } from '../api/support/fixtures';
import type { NodeManifest } from '@cassandra-mesos/backup-storage';

const { ClusterJobType, JobStatus, TargetRunState } = cassandra_mesos.v1;
const nodes = (n: number): NodeRecord[] => Array.from({ length: n }, (_, index) => nodeRecord({ index }));

function refused(run: () => unknown): BackupServiceError {
  try {
    run();
  } catch (err) {
    if (err instanceof BackupServiceError) return err;
    throw err;
  }
  throw new Error('accepted');
}

describe('mapRestoreNodes', () => {
  it('maps same ids by default and applies the requested mapping', () => {
    expect([...mapRestoreNodes({ targets: nodes(3), nodesNamed: false, mapping: {}, backupNodes: ['node-0', 'node-1', 'node-2'], type: 'CLUSTER_RESTORE' })]).toEqual([
      ['node-0', 'node-0'], ['node-1', 'node-1'], ['node-2', 'node-2'],
    ]);
    const swapped = mapRestoreNodes({ targets: nodes(2), nodesNamed: true, mapping: { 'node-0': 'node-7', 'node-1': 'node-3' }, backupNodes: ['node-3', 'node-7'], type: 'CLUSTER_RESTORE' });
    expect([...swapped]).toEqual([['node-0', 'node-7'], ['node-1', 'node-3']]);
  });

  it('refuses a size mismatch, unknown and doubly used backup nodes, and a mapping of a node not restored', () => {
    expect(refused(() => mapRestoreNodes({ targets: nodes(2), nodesNamed: false, mapping: {}, backupNodes: ['node-0', 'node-1', 'node-2'], type: 'CLUSTER_RESTORE' })).reason).toBe('NODE_COUNT_MISMATCH');
    expect(refused(() => mapRestoreNodes({ targets: nodes(1), nodesNamed: true, mapping: { 'node-0': 'node-9' }, backupNodes: ['node-0'], type: 'CLUSTER_RESTORE' })).message).toContain('maps node-0 to node-9, which the backup does not have');
    expect(refused(() => mapRestoreNodes({ targets: nodes(2), nodesNamed: true, mapping: { 'node-1': 'node-0' }, backupNodes: ['node-0', 'node-1'], type: 'CLUSTER_RESTORE' })).message).toContain('mapped to both node-0 and node-1');
    expect(refused(() => mapRestoreNodes({ targets: nodes(1), nodesNamed: true, mapping: { 'node-5': 'node-0' }, backupNodes: ['node-0'], type: 'CLUSTER_RESTORE' })).message).toContain('nodeMapping names node-5');
  });

  it('trusts the mapping when the backup\'s nodes are not known', () => {
    expect([...mapRestoreNodes({ targets: nodes(2), nodesNamed: false, mapping: {}, backupNodes: undefined, type: 'CLUSTER_RESTORE' })]).toEqual([['node-0', 'node-0'], ['node-1', 'node-1']]);
  });
});

describe('checkNodeStates', () => {
  it('needs live nodes for a cluster restore and stopped ones for a node restore', () => {
    const live = nodes(2);
    expect(() => checkNodeStates(live, 'CLUSTER_RESTORE')).not.toThrow();
    expect(refused(() => checkNodeStates(live, 'NODE_RESTORE')).reason).toBe('NODES_NOT_STOPPED');
    const stopped = [cassandra_mesos.v1.NodeRecord.create({ ...nodeRecord({ index: 0, live: false }), targetRunState: TargetRunState.STOP })];
    expect(() => checkNodeStates(stopped, 'NODE_RESTORE')).not.toThrow();
    expect(refused(() => checkNodeStates(stopped, 'CLUSTER_RESTORE')).message).toContain('node-0 is not live');
  });
});

describe('selectedFacts and observedRate', () => {
  const manifest = {
    nodeId: 'node-0',
    files: [
      { key: 'k1', keyspace: 'shop', table: 'orders', tableId: 't', fileName: 'a', size: 100, sha256: 'a'.repeat(64) },
      { key: 'k2', keyspace: 'shop', table: 'carts', tableId: 't', fileName: 'b', size: 10, sha256: 'b'.repeat(64) },
      { key: 'k3', keyspace: 'audit', table: 'log', tableId: 't', fileName: 'c', size: 1, sha256: 'c'.repeat(64) },
      { key: 'k4', keyspace: 'shop', table: 'orders', tableId: 't', fileName: 'd', size: 1000, sha256: 'd'.repeat(64), incremental: true },
    ],
  } as unknown as NodeManifest;

  it('counts the files a selection restores, leaving incrementals out with snapshotOnly', () => {
    expect(selectedFacts([manifest], { keyspaces: [], tables: [], snapshotOnly: false })).toEqual([{ nodeId: 'node-0', bytes: 1111, files: 4 }]);
    expect(selectedFacts([manifest], { keyspaces: ['shop'], tables: ['orders'], snapshotOnly: true })).toEqual([{ nodeId: 'node-0', bytes: 100, files: 1 }]);
  });

  it('takes the rate of the last successful restore, else backup, else 50 MB/s', () => {
    const job = (type: number, status: number, bytes: number, seconds: number) => cassandra_mesos.v1.ClusterJob.create({ type, status, bytesDone: bytes, startedAtMs: 1000, finishedAtMs: 1000 + seconds * 1000 });
    expect(observedRate([job(ClusterJobType.BACKUP, JobStatus.JOB_SUCCEEDED, 4000, 2), job(ClusterJobType.RESTORE, JobStatus.JOB_SUCCEEDED, 3000, 3)])).toEqual({ rate: 1000, source: 'last-restore' });
    expect(observedRate([job(ClusterJobType.RESTORE, JobStatus.JOB_FAILED, 3000, 3), job(ClusterJobType.BACKUP, JobStatus.JOB_SUCCEEDED, 4000, 2)])).toEqual({ rate: 2000, source: 'last-backup' });
    expect(observedRate([])).toEqual({ rate: DEFAULT_RATE_BYTES_PER_SECOND, source: 'default' });
  });
});
