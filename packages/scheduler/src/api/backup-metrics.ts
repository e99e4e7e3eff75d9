// Backup/restore metrics: bytes uploaded, downloaded and skipped (deduplicated), how long backups and
// restores take, and when the last backup succeeded. Fed from the driver's decisions (each node part
// counted once, when its stored record first reaches a final state) and, for the timestamp after a
// scheduler start, from the job history at the first scrape.
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { cassandra_mesos } from '@cassandra-mesos/model';

const PREFIX = 'cassandra_mesos_';
const { ClusterJobType, JobStage, JobStatus } = cassandra_mesos.v1;

export class BackupMetrics {
  private readonly uploaded: Counter;
  private readonly downloaded: Counter;
  private readonly skipped: Counter;
  private readonly duration: Histogram<'type' | 'status'>;
  /** The newest successful backup's end (ms), and where the first scrape reads it when no decision told yet. */
  private readonly last: { ms: number | undefined; source: (() => Promise<number | undefined>) | undefined } = { ms: undefined, source: undefined };

  constructor(registers: Registry[]) {
    this.uploaded = new Counter({ name: `${PREFIX}backup_bytes_uploaded_total`, help: 'Bytes the nodes uploaded for backups (finished node parts)', registers });
    this.downloaded = new Counter({ name: `${PREFIX}restore_bytes_downloaded_total`, help: 'Bytes the nodes downloaded (and verified) for restores (finished node parts)', registers });
    this.skipped = new Counter({ name: `${PREFIX}backup_bytes_skipped_total`, help: 'Bytes of backups not uploaded because the same files were already stored (deduplicated)', registers });
    this.duration = new Histogram({
      name: `${PREFIX}backup_duration_seconds`,
      help: 'Duration of finished backup and restore jobs, by type (BACKUP, RESTORE) and final status',
      labelNames: ['type', 'status'] as const,
      buckets: [10, 30, 60, 300, 900, 1800, 3600, 2 * 3600, 6 * 3600, 12 * 3600, 24 * 3600],
      registers,
    });
    const last = this.last;
    new Gauge({
      name: `${PREFIX}last_successful_backup_timestamp_seconds`,
      help: 'When the newest successful backup finished (Unix time); 0 when none is known',
      registers,
      async collect() {
        if (last.ms === undefined && last.source) last.ms = await last.source().catch(() => undefined);
        this.set((last.ms ?? 0) / 1000);
      },
    });
  }

  /** Where the first scrape finds the last successful backup (the job history). */
  observeLastSuccess(source: () => Promise<number | undefined>): void {
    this.last.source = source;
  }

  /** A node part of a job of `type` reached its final state with this record. */
  partFinished(type: string, record: cassandra_mesos.v1.NodeJobRecord): void {
    const done = Number(record.bytesDone) || 0;
    const skipped = Number(record.bytesSkipped) || 0;
    if (type === 'BACKUP' && record.stage === JobStage.BACKUP_UPLOAD) {
      // bytes_done counts every byte handled, the deduplicated ones too.
      this.uploaded.inc(Math.max(0, done - skipped));
      this.skipped.inc(skipped);
    } else if (type === 'RESTORE' && record.stage === JobStage.RESTORE_DOWNLOAD) {
      this.downloaded.inc(done);
    }
  }

  /** A job left jobs/current for the history. */
  jobArchived(job: cassandra_mesos.v1.ClusterJob): void {
    if (job.type !== ClusterJobType.BACKUP && job.type !== ClusterJobType.RESTORE) return;
    const started = Number(job.startedAtMs);
    const finished = Number(job.finishedAtMs);
    const status = (JobStatus[job.status] ?? 'UNKNOWN').replace(/^JOB_/, '');
    if (started > 0 && finished >= started) this.duration.observe({ type: ClusterJobType[job.type] ?? 'UNKNOWN', status }, (finished - started) / 1000);
    if (job.type === ClusterJobType.BACKUP && job.status === JobStatus.JOB_SUCCEEDED && finished > (this.last.ms ?? 0)) this.last.ms = finished;
  }
}
