// What the executors tell the engine about node job tasks: the task's end (reliable: a status update,
// with the executor's final NodeJobRecord in TaskStatus.data) and progress while it runs (unreliable:
// framework messages, only ever used to show progress sooner).
import { cassandra_mesos } from '../../gen/cassandra_mesos';
import type { MesosTaskStatus, NodeJobRecord, NodeRecord, NodeTask } from '../types';
import type { Working } from '../working';
import { progressJob, syncHeader } from './engine';
import { putRecord } from './records';
import { isFinalNodeState } from './job-facts';
import { jobResultOf } from './job-tasks';

const { NodeJobState } = cassandra_mesos.v1;

/** The job record a task belongs to, while that record runs. */
function runningRecordOf(w: Working, nodeId: string, taskId: string): NodeJobRecord | undefined {
  const record = w.job?.nodes.get(nodeId);
  return record && record.state === NodeJobState.NODE_JOB_RUNNING && record.taskId === taskId ? record : undefined;
}

/**
 * A NODE_JOB task ended (the caller removes it from the node). Its record takes the executor's result,
 * or FAILED with the status's description when there is none (killed, lost, invalid).
 */
export function jobTaskEnded(w: Working, node: NodeRecord, task: NodeTask, status: MesosTaskStatus, description: string, neverRan: boolean): void {
  const record = runningRecordOf(w, node.nodeId, task.taskId);
  if (!record) {
    w.emit({ type: 'log', level: 'info', reason: `${task.taskId} of job ${task.jobId} ended (${description}); its job record is no longer running` });
    return;
  }
  if (neverRan) {
    // Mesos never ran it (a launch lost with a failover, or dropped): the part is launched again, same id.
    w.emit({ type: 'log', level: 'info', reason: `${task.taskId} never ran (${description}): launching ${node.nodeId}'s part of job ${record.jobId} again` });
    progressJob(w);
    return;
  }
  const result = jobResultOf(status);
  const fromExecutor = result && result.jobId === record.jobId && isFinalNodeState(result.state);
  const state = fromExecutor ? result.state : NodeJobState.NODE_JOB_FAILED;
  // A timeout kill's reason (set when we killed it) says more than "TASK_KILLED".
  const failure = state === NodeJobState.NODE_JOB_SUCCEEDED ? '' : [record.failureMessage, fromExecutor ? result.failureMessage : description].filter((s) => s !== '').join(': ');
  putRecord(
    w,
    record,
    {
      state,
      keyspaces: fromExecutor ? result.keyspaces : record.keyspaces,
      remainingKeyspaces: fromExecutor ? result.remainingKeyspaces : record.remainingKeyspaces,
      currentKeyspace: '',
      ...transferFigures(fromExecutor ? result : record),
      rateBytesPerSecond: 0,
      manifestKey: fromExecutor ? result.manifestKey : record.manifestKey,
      manifestSha256: fromExecutor ? result.manifestSha256 : record.manifestSha256,
      failureMessage: failure,
    },
    `${node.nodeId}'s part of job ${record.jobId}: ${description}`,
  );
  progressJob(w);
}

/** ExecutorMessage.job_progress: the running part's keyspaces so far. Older or foreign reports are dropped. */
export function applyJobProgress(w: Working, node: NodeRecord, progress: cassandra_mesos.v1.NodeJobRecord): void {
  const record = runningRecordOf(w, node.nodeId, progress.taskId);
  if (!record || progress.jobId !== record.jobId) {
    w.emit({ type: 'log', level: 'info', reason: `dropping job progress of ${node.nodeId} for task ${progress.taskId || '(none)'}: not a running part of the current job` });
    return;
  }
  // Reordered messages: a report that knows fewer finished keyspaces is older.
  if (progress.keyspaces.length < record.keyspaces.length) return;
  if (progress.keyspaces.length === record.keyspaces.length && progress.currentKeyspace === record.currentKeyspace && progress.bytesDone === record.bytesDone && progress.rateBytesPerSecond === record.rateBytesPerSecond) return;
  putRecord(
    w,
    record,
    {
      keyspaces: progress.keyspaces,
      remainingKeyspaces: progress.remainingKeyspaces,
      currentKeyspace: progress.currentKeyspace,
      ...transferFigures(progress),
      rateBytesPerSecond: progress.rateBytesPerSecond,
    },
    `${node.nodeId}: ${progress.keyspaces.length} keyspace(s) done${progress.currentKeyspace ? `, working on ${progress.currentKeyspace}` : ''}`,
  );
  syncHeader(w);
}

/** The byte and file counts of a backup or restore part, as the executor reports them. */
function transferFigures(r: cassandra_mesos.v1.NodeJobRecord): Pick<cassandra_mesos.v1.NodeJobRecord.$Properties, 'bytesDone' | 'bytesTotal' | 'bytesSkipped' | 'filesDone' | 'filesTotal'> {
  return { bytesDone: r.bytesDone, bytesTotal: r.bytesTotal, bytesSkipped: r.bytesSkipped, filesDone: r.filesDone, filesTotal: r.filesTotal };
}
