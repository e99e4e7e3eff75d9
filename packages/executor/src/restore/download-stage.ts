// RESTORE_DOWNLOAD of a cluster restore on one node: read the mapped backup node's manifest, select
// the files, stage and verify every one of them, then record the completed download for the import
// stage. Nothing of Cassandra is touched here.
import type { NodeManifest } from '@cassandra-mesos/backup-storage';
import type { DataJobDeps, DataJobOutcome, DataJobProgress, DataJobSpec } from '../data-jobs/context';
import { openStorage } from '../data-jobs/context';
import { stageSelection, type StageReport } from './download';
import { formatBytes } from './failure';
import { readSourceManifest } from './manifest';
import { selectRestoreFiles, type RestoreSelection } from './selection';
import { jobStagingDir, removeStaleStaging, writeStagingState } from './staging';

export interface StagedDownload {
  readonly manifest: NodeManifest;
  readonly manifestKey: string;
  readonly selection: RestoreSelection;
  readonly jobDir: string;
  readonly report: StageReport;
}

/** Manifest → selection → verified files in `<staging>/<job id>/`. Shared by cluster and node restores. */
export async function downloadToStaging(
  spec: DataJobSpec,
  deps: DataJobDeps,
  progress: DataJobProgress,
  signal: AbortSignal,
  beforeDownload?: (selection: RestoreSelection) => Promise<void>,
): Promise<StagedDownload> {
  const stale = await removeStaleStaging(deps.dataDirectories, spec.jobId);
  if (stale.length > 0) deps.log.info({ jobId: spec.jobId, removed: stale }, 'removed the staging directories of earlier restore jobs');
  const handle = openStorage(spec, deps);
  try {
    const { manifest, key } = await readSourceManifest(handle, spec);
    const selection = selectRestoreFiles(manifest, { keyspaces: spec.keyspaces, tables: spec.tables, snapshotOnly: spec.options.snapshotOnly });
    await beforeDownload?.(selection);
    const jobDir = jobStagingDir(deps.dataDirectories, spec.jobId);
    deps.log.info(
      { jobId: spec.jobId, backup: spec.options.backupName, sourceNode: spec.sourceNodeId, storage: handle.storage.describe(), files: selection.files, bytes: selection.bytes, jobDir },
      'restore: staging the backup files',
    );
    const report = await stageSelection({
      storage: handle.storage,
      selection,
      jobDir,
      concurrency: spec.options.concurrency,
      signal,
      clock: deps.clock,
      progress,
    });
    return { manifest, manifestKey: key, selection, jobDir, report };
  } finally {
    handle.close();
  }
}

export async function runDownloadStage(spec: DataJobSpec, deps: DataJobDeps, progress: DataJobProgress, signal: AbortSignal): Promise<DataJobOutcome> {
  const staged = await downloadToStaging(spec, deps, progress, signal);
  const { selection, report, manifest } = staged;
  await writeStagingState(staged.jobDir, {
    formatVersion: 1,
    jobId: spec.jobId,
    backupName: spec.options.backupName,
    sourceCluster: spec.clusterName,
    sourceNodeId: spec.sourceNodeId,
    stagedAt: new Date(deps.clock.now()).toISOString(),
    keyspaces: [...selection.keyspaces],
    tables: selection.tables.map((t) => ({
      keyspace: t.keyspace,
      table: t.table,
      ...(t.tableDir === undefined ? {} : { tableDir: t.tableDir }),
      view: t.view,
      files: t.files.length,
      bytes: t.bytes,
    })),
    schemaCql: Object.fromEntries(selection.keyspaces.flatMap((ks) => (manifest.schemaCql[ks] === undefined ? [] : [[ks, manifest.schemaCql[ks]]]))),
    truncated: [],
    imported: [],
  });
  return {
    keyspaces: report.keyspaces,
    bytesDone: selection.bytes,
    bytesTotal: selection.bytes,
    bytesSkipped: report.bytesReused,
    filesDone: selection.files,
    filesTotal: selection.files,
    summary: stagedSummary(staged),
  };
}

export function stagedSummary({ selection, report, manifest }: StagedDownload): string {
  const parts = [`staged and verified ${selection.files} files (${formatBytes(selection.bytes)}) of backup ${manifest.backupName} node ${manifest.nodeId}`];
  if (report.filesReused > 0) parts.push(`${report.filesReused} (${formatBytes(report.bytesReused)}) were already staged`);
  if (selection.incrementalLeftOut.files > 0) parts.push(`${selection.incrementalLeftOut.files} incremental files (${formatBytes(selection.incrementalLeftOut.bytes)}) left out (snapshot_only)`);
  return parts.join('; ');
}
