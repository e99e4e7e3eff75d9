// The executor's restore node parts (issue 8). The data-job runner calls runRestorePart for every
// RESTORE task; the stage and the restore type say which part this node runs:
//   CLUSTER_RESTORE  RESTORE_DOWNLOAD  stage + verify the mapped backup node's files (Cassandra untouched)
//                    RESTORE_IMPORT    (truncating node: create missing schema, TRUNCATE once) import, unstage
//   NODE_RESTORE     RESTORE_DOWNLOAD  stage + verify, then place the files into a stopped node's tables
import { cassandra_mesos } from '@cassandra-mesos/model';
import type { DataJobDeps, DataJobOutcome, DataJobProgress, DataJobSpec } from '../data-jobs/context';
import { runDownloadStage } from './download-stage';
import { RestoreFailure } from './failure';
import { runImportStage } from './import-stage';
import { runNodeRestore } from './node-restore';

const { JobStage, RestoreType } = cassandra_mesos.v1;

/**
 * Runs this node's part of a RESTORE job. Resolves with the final record's fields; rejects with an
 * Error (a RestoreFailure) whose message names the keyspace/table/object and what to do.
 */
export async function runRestorePart(spec: DataJobSpec, deps: DataJobDeps, progress: DataJobProgress, signal: AbortSignal): Promise<DataJobOutcome> {
  if (spec.type !== 'RESTORE') throw new RestoreFailure(undefined, `runRestorePart got a ${spec.type} task (${spec.taskId})`);
  signal.throwIfAborted();
  if (spec.options.restoreType === RestoreType.NODE_RESTORE) return runNodeRestore(spec, deps, progress, signal);
  if (spec.stage === JobStage.RESTORE_DOWNLOAD) return runDownloadStage(spec, deps, progress, signal);
  if (spec.stage === JobStage.RESTORE_IMPORT) return runImportStage(spec, deps, progress, signal);
  throw new RestoreFailure(undefined, `a cluster restore runs the stages RESTORE_DOWNLOAD and RESTORE_IMPORT on a node, not ${JobStage[spec.stage] ?? spec.stage}`);
}

export { RestoreFailure } from './failure';
export { selectRestoreFiles, type RestoreFilter, type RestoreSelection, type RestoreTable } from './selection';
export { jobStagingDir, stagingRoot, tableStagingDir } from './staging';
export { parseSchemaCql, splitCqlStatements, type SchemaStatement } from './schema-cql';
