// The executor process (dist/main.js on mesos-local, one real Cassandra 5.0 node) wires backups the
// way the scheduler drives them: a consistent backup's SnapshotRequest answered with a SnapshotResult,
// a BACKUP task uploading that snapshot into the local backup directory of the sandbox (progress
// messages, final record with the manifest), a ClearSnapshotRequest, and an invalid BACKUP task
// refused with TASK_ERROR before anything runs.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'cassandra-driver';
import { cassandra_mesos, mesos } from '@cassandra-mesos/model';
import { ExecutorHarness, waitUntil } from './harness';
import { JOB_RESOURCES, serverTask, SERVER_RESOURCES } from './node-config';

const { TaskState } = mesos.v1;
const { BackupType, ClusterJobType, JobStage, NodeJobState, TaskErrorType } = cassandra_mesos.v1;

jest.setTimeout(300_000);

describe('backup tasks in the executor process', () => {
  let harness: ExecutorHarness;

  beforeAll(async () => {
    harness = await ExecutorHarness.start(['127.0.0.1']);
    const taskId = await harness.launch('127.0.0.1', 'node-1', serverTask(0, 1), SERVER_RESOURCES);
    await harness.waitForState(taskId, TaskState.TASK_RUNNING);
    await waitUntil(() => harness.healthOf('node-1').some((h) => h.info?.operationMode === 'NORMAL' && h.info.nativeTransportRunning), 'node-1 NORMAL', 180_000);
    const client = new Client({ contactPoints: ['127.0.0.1:9042'], localDataCenter: 'dc1' });
    try {
      await client.connect();
      await client.execute("CREATE KEYSPACE app WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
      await client.execute('CREATE TABLE app.kv (k int PRIMARY KEY, v text)');
      for (let k = 0; k < 100; k++) await client.execute('INSERT INTO app.kv (k, v) VALUES (?, ?)', [k, `value-${k}`], { prepare: true });
    } finally {
      await client.shutdown();
    }
  });

  afterAll(async () => {
    await harness?.stop();
  });

  const snapshotResults = (tag: string) => harness.messages.map((m) => m.message).filter((m) => m.body === 'snapshotResult' && m.snapshotResult?.tag === tag);
  const snapshotDirs = (tag: string): string[] => {
    const data = join(harness.sandboxOf('node-1')!, 'data', 'data', 'app');
    return readdirSync(data).filter((t) => existsSync(join(data, t, 'snapshots', tag)));
  };
  const backupJob = (jobId: string, backup: cassandra_mesos.v1.IBackupOptions): cassandra_mesos.v1.ITaskDetails => ({
    nodeJob: { jobId, type: ClusterJobType.BACKUP, stage: JobStage.BACKUP_UPLOAD, clusterName: 'executor-it', timeoutSeconds: 600, params: { keyspaces: ['app'], backup } },
  });

  it('snapshots on request, then uploads that snapshot into the local backup directory and clears it', async () => {
    await harness.send('node-1', { snapshotRequest: { jobId: 'cb-1', tag: 'cb-1', keyspaces: ['app'] } });
    const [result] = await waitUntil(() => snapshotResults('cb-1').length > 0 && snapshotResults('cb-1'), 'the SnapshotResult', 60_000);
    expect(result?.snapshotResult).toMatchObject({ jobId: 'cb-1', ok: true, message: 'flushed and snapshotted app under cb-1' });
    expect(snapshotDirs('cb-1')).toHaveLength(1);
    // A repeat (framework messages can be duplicated) is answered without a second snapshot.
    await harness.send('node-1', { snapshotRequest: { jobId: 'cb-1', tag: 'cb-1', keyspaces: ['app'] } });
    await waitUntil(() => snapshotResults('cb-1').length === 2, 'the repeated SnapshotResult', 30_000);

    const taskId = await harness.launch('127.0.0.1', 'node-1', backupJob('cb-1', { backupName: 'cb-1', storage: 'local', backupType: BackupType.CLUSTER_CONSISTENT, snapshotTag: 'cb-1' }), JOB_RESOURCES);
    const finished = await harness.waitForState(taskId, TaskState.TASK_FINISHED, 120_000);
    const record = finished.details?.jobResult;
    expect(record).toMatchObject({ jobId: 'cb-1', state: NodeJobState.NODE_JOB_SUCCEEDED, stage: JobStage.BACKUP_UPLOAD, manifestKey: 'executor-it/node-1/cb-1/node-manifest.json' });
    expect(Number(record?.bytesTotal)).toBeGreaterThan(0);
    expect(existsSync(join(harness.sandboxOf('node-1')!, 'backup', 'executor-it', 'node-1', 'cb-1', 'node-manifest.json'))).toBe(true);
    expect(readdirSync(join(harness.sandboxOf('node-1')!, 'backup', 'executor-it', 'node-1', 'cb-1', 'app', 'kv')).some((f) => f.endsWith('-Data.db'))).toBe(true);
    expect(harness.jobProgress('cb-1').length).toBeGreaterThan(0);
    expect(snapshotDirs('cb-1')).toEqual([]);
  });

  it('clears the snapshot of a consistent backup that failed before its upload', async () => {
    await harness.send('node-1', { snapshotRequest: { jobId: 'cb-2', tag: 'cb-2' } });
    await waitUntil(() => snapshotResults('cb-2').length > 0, 'the SnapshotResult', 60_000);
    expect(snapshotDirs('cb-2')).toHaveLength(1);
    await harness.send('node-1', { clearSnapshotRequest: { jobId: 'cb-2', tag: 'cb-2' } });
    await waitUntil(() => snapshotDirs('cb-2').length === 0, 'the snapshot cleared', 30_000);
  });

  it('refuses an invalid backup task with TASK_ERROR, naming the problem', async () => {
    const taskId = await harness.launch('127.0.0.1', 'node-1', backupJob('bad-1', { backupName: '../escape', storage: 'local' }), JOB_RESOURCES);
    const error = await harness.waitForState(taskId, TaskState.TASK_ERROR, 30_000);
    expect(error.details?.error).toMatchObject({ type: TaskErrorType.INVALID_TASK });
    expect(error.status.message).toContain('BackupOptions.backup_name: backup name "../escape" contains "/"');
  });
});
