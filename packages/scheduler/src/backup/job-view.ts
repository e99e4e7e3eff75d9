// A backup or restore job as the service answers it: the common job view (views/job.ts), plus what it
// backs up or restores and where (never credentials), the stage, transfer figures (bytes done, total,
// skipped, rate, ETA), and per node where it runs and how far its transfer is.
import { cassandra_mesos, type NodeRecord } from '@cassandra-mesos/model';
import { jobView } from '../api/views/job';
import { backupTypeName } from './committer';
import { describeLocation, locationOfOptions } from './location';
import type { BackupJobDetails, BackupJobView, BackupNodeView, TransferView } from './types';

type ClusterJob = cassandra_mesos.v1.ClusterJob;
type NodeJobRecord = cassandra_mesos.v1.NodeJobRecord;
const { ClusterJobType, JobStage, NodeJobState, RestoreType } = cassandra_mesos.v1;

export function stageName(stage: number | null | undefined): string | null {
  return stage ? (JobStage[stage] ?? null) : null;
}

function iso(ms: number | undefined | null): string | null {
  return ms ? new Date(Number(ms)).toISOString() : null;
}

function details(job: ClusterJob): BackupJobDetails {
  const o = job.params?.backup ?? {};
  const location = locationOfOptions(o);
  const restore = job.type === ClusterJobType.RESTORE;
  return {
    name: o.backupName ?? '',
    type: restore ? (o.restoreType === RestoreType.NODE_RESTORE ? 'NODE_RESTORE' : 'CLUSTER_RESTORE') : backupTypeName(o.backupType),
    storage: location.storage,
    location: describeLocation(location),
    baseBackup: o.baseBackup || null,
    sourceCluster: restore ? o.sourceCluster || null : null,
    snapshotOnly: o.snapshotOnly === true,
    restoreSchema: o.restoreSchema === true,
    nodeMapping: { ...(o.nodeMapping ?? {}) },
    requestCredentials: o.requestCredentials === true,
  };
}

function running(job: ClusterJob): boolean {
  return job.status === cassandra_mesos.v1.JobStatus.JOB_RUNNING || job.status === cassandra_mesos.v1.JobStatus.JOB_PENDING;
}

function transfer(job: ClusterJob, records: readonly NodeJobRecord[] | undefined): TransferView {
  const active = (records ?? []).filter((r) => r.state === NodeJobState.NODE_JOB_RUNNING);
  const rate = active.reduce((sum, r) => sum + (r.rateBytesPerSecond || 0), 0);
  const done = Number(job.bytesDone) || 0;
  const total = Number(job.bytesTotal) || 0;
  // Only the bytes known so far: a node reports its total when its part starts.
  const left = active.reduce((sum, r) => sum + Math.max(0, Number(r.bytesTotal) - Number(r.bytesDone)), 0);
  return {
    stage: stageName(job.stage),
    stageStartedAt: iso(job.stageStartedAtMs),
    bytesDone: done,
    bytesTotal: total,
    bytesSkipped: Number(job.bytesSkipped) || 0,
    rateBytesPerSecond: Math.round(rate),
    etaSeconds: running(job) && rate > 0 ? Math.ceil(left / rate) : null,
  };
}

/** The job as the backup service answers it; `records` when read (then `nodes` is filled), `nodes` for hostnames/IPs. */
export function backupJobView(job: ClusterJob, records: readonly NodeJobRecord[] | undefined, nodes: ReadonlyMap<string, NodeRecord>, nowMs: number): BackupJobView {
  const base = jobView(job, records, nowMs);
  const byNode = new Map((records ?? []).map((r) => [r.nodeId, r]));
  const nodeViews: BackupNodeView[] | undefined = base.nodes?.map((n) => {
    const r = byNode.get(n.nodeId);
    const node = nodes.get(n.nodeId);
    return {
      ...n,
      hostname: node?.hostname || null,
      ip: node?.ip || null,
      executorId: node?.executorId || null,
      stage: stageName(r?.stage),
      bytesDone: Number(r?.bytesDone ?? 0),
      bytesTotal: Number(r?.bytesTotal ?? 0),
      bytesSkipped: Number(r?.bytesSkipped ?? 0),
      filesDone: r?.filesDone ?? 0,
      filesTotal: r?.filesTotal ?? 0,
      rateBytesPerSecond: Math.round(r?.rateBytesPerSecond ?? 0),
      manifestSha256: r?.manifestSha256 || null,
      keyspaceBytes: Object.fromEntries((r?.keyspaces ?? []).map((k) => [k.keyspace ?? '', Number(k.bytes ?? 0)])),
    };
  });
  const { nodes: _omitted, ...common } = base;
  return { ...common, backup: details(job), transfer: transfer(job, records), ...(nodeViews ? { nodes: nodeViews } : {}) };
}
