// Backup metrics from the driver's decisions: bytes uploaded / skipped / downloaded per finished node
// part (counted once), durations of finished jobs, and the last successful backup (from the history
// at the first scrape, then from decisions).
import { cassandra_mesos } from '@cassandra-mesos/model';
import { ApiMetrics } from '../../src/api';
import { FakeBackups, sampleJob } from './support/fake-backups';
import { harness } from './support/harness';

const { ClusterJobType, JobStage, JobStatus, NodeJobState } = cassandra_mesos.v1;

function value(text: string, name: string): string | undefined {
  return text.split('\n').find((l) => l.startsWith(`${name} `))?.split(' ')[1];
}

describe('backup metrics', () => {
  it('counts bytes per finished part once, and observes job durations and the last successful backup', async () => {
    const metrics = new ApiMetrics({ processMetrics: false });
    const backups = new FakeBackups();
    const finished = { ...sampleJob('backup', true), status: 'SUCCEEDED' as const, finishedAt: new Date(1_600_000_000_000).toISOString() };
    backups.lastJob = finished;
    const { http } = harness({ app: { metrics }, service: { backups: () => backups } });
    const observe = metrics.driverObserver.decision;
    const job = (type: number, extra: Partial<cassandra_mesos.v1.ClusterJob.$Properties> = {}) => cassandra_mesos.v1.ClusterJob.create({ jobId: `j-${type}`, type, ...extra });
    const record = (jobId: string, stage: number, state: number, done: number, skipped = 0) =>
      cassandra_mesos.v1.NodeJobRecord.create({ jobId, nodeId: 'node-0', stage, state, bytesDone: done, bytesSkipped: skipped });

    // The first scrape reads the history (no backup finished in this process yet).
    expect(value((await http.get('/metrics')).text, 'cassandra_mesos_last_successful_backup_timestamp_seconds')).toBe('1600000000');

    observe?.({ type: 'persist-job', reason: 'r', job: job(ClusterJobType.BACKUP) });
    observe?.({ type: 'persist-job-node', reason: 'r', record: record(`j-${ClusterJobType.BACKUP}`, JobStage.BACKUP_UPLOAD, NodeJobState.NODE_JOB_RUNNING, 500, 100) });
    observe?.({ type: 'persist-job-node', reason: 'r', record: record(`j-${ClusterJobType.BACKUP}`, JobStage.BACKUP_UPLOAD, NodeJobState.NODE_JOB_SUCCEEDED, 1000, 400) });
    observe?.({ type: 'persist-job-node', reason: 'r', record: record(`j-${ClusterJobType.BACKUP}`, JobStage.BACKUP_UPLOAD, NodeJobState.NODE_JOB_SUCCEEDED, 1000, 400) });
    observe?.({ type: 'persist-job', reason: 'r', job: job(ClusterJobType.RESTORE) });
    observe?.({ type: 'persist-job-node', reason: 'r', record: record(`j-${ClusterJobType.RESTORE}`, JobStage.RESTORE_DOWNLOAD, NodeJobState.NODE_JOB_SUCCEEDED, 700) });
    observe?.({ type: 'persist-job-node', reason: 'r', record: record(`j-${ClusterJobType.RESTORE}`, JobStage.RESTORE_IMPORT, NodeJobState.NODE_JOB_PENDING, 0) });
    observe?.({ type: 'persist-job-node', reason: 'r', record: record(`j-${ClusterJobType.RESTORE}`, JobStage.RESTORE_IMPORT, NodeJobState.NODE_JOB_SUCCEEDED, 700) });
    observe?.({ type: 'archive-job', reason: 'r', job: job(ClusterJobType.BACKUP, { status: JobStatus.JOB_SUCCEEDED, startedAtMs: 1_700_000_000_000, finishedAtMs: 1_700_000_090_000 }) });
    observe?.({ type: 'archive-job', reason: 'r', job: job(ClusterJobType.RESTORE, { status: JobStatus.JOB_FAILED, startedAtMs: 1_700_000_000_000, finishedAtMs: 1_700_000_005_000 }) });

    const text = (await http.get('/metrics')).text;
    expect(value(text, 'cassandra_mesos_backup_bytes_uploaded_total')).toBe('600');
    expect(value(text, 'cassandra_mesos_backup_bytes_skipped_total')).toBe('400');
    expect(value(text, 'cassandra_mesos_restore_bytes_downloaded_total')).toBe('700');
    expect(value(text, 'cassandra_mesos_backup_duration_seconds_sum{type="BACKUP",status="SUCCEEDED"}')).toBe('90');
    expect(value(text, 'cassandra_mesos_backup_duration_seconds_count{type="RESTORE",status="FAILED"}')).toBe('1');
    expect(value(text, 'cassandra_mesos_last_successful_backup_timestamp_seconds')).toBe('1700000090');
  });
});
