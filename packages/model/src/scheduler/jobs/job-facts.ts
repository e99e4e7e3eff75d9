// Facts about the running cluster job that every part of the engine asks: names, which node records
// are finished, the node's job task, the limits that apply to a job type.
import { cassandra_mesos } from '../../gen/cassandra_mesos';
import type { ClusterJob, ClusterJobTypeName, JobState, NodeJobRecord, NodeRecord, NodeTask } from '../types';
import { asTask } from '../node-facts';

const { ClusterJobType, JobStatus, NodeJobState, NodeTaskKind } = cassandra_mesos.v1;

/** Job types the engine runs as a NODE_JOB task on each node's executor. */
export const TASK_JOB_TYPES: ReadonlySet<ClusterJobTypeName> = new Set(['REPAIR', 'CLEANUP', 'FLUSH', 'BACKUP', 'RESTORE']);
/** Job types an operator (or the schedule) can start here. */
export const STARTABLE_JOB_TYPES: readonly ClusterJobTypeName[] = ['REPAIR', 'CLEANUP', 'FLUSH', 'ROLLING_RESTART', 'BACKUP', 'RESTORE'];

/** Per-node limit when JobParams.node_timeout_seconds is 0. A full repair of a large node takes hours. */
export const DEFAULT_NODE_TIMEOUT_MS: Readonly<Record<string, number>> = {
  REPAIR: 12 * 3600_000,
  CLEANUP: 6 * 3600_000,
  FLUSH: 30 * 60_000,
  ROLLING_RESTART: 15 * 60_000,
  BACKUP: 6 * 3600_000,
  RESTORE: 6 * 3600_000,
};

/** Resources of one node job task: the executor does the work; the task only needs a token share. */
export const JOB_TASK_RESOURCES = { cpus: 0.1, memMb: 32 } as const;

export function jobTypeName(type: cassandra_mesos.v1.ClusterJobType | number): ClusterJobTypeName {
  return (ClusterJobType[type] ?? 'CLUSTER_JOB_TYPE_UNSPECIFIED') as ClusterJobTypeName;
}

/** "repair", "rolling-restart": plan names and messages. */
export function jobPlanName(type: cassandra_mesos.v1.ClusterJobType | number): string {
  return jobTypeName(type).toLowerCase().replace(/_/g, '-');
}

/** "Repair", "Rolling restart": phase names. */
export function jobTitle(type: cassandra_mesos.v1.ClusterJobType | number): string {
  const words = jobTypeName(type).toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function isTaskJob(job: ClusterJob): boolean {
  return TASK_JOB_TYPES.has(jobTypeName(job.type));
}

export function isFinalNodeState(state: cassandra_mesos.v1.NodeJobState): boolean {
  return state !== NodeJobState.NODE_JOB_PENDING && state !== NodeJobState.NODE_JOB_RUNNING && state !== NodeJobState.NODE_JOB_STATE_UNSPECIFIED;
}

export function isFinalJobStatus(status: cassandra_mesos.v1.JobStatus): boolean {
  return status === JobStatus.JOB_SUCCEEDED || status === JobStatus.JOB_FAILED || status === JobStatus.JOB_ABORTED;
}

/** The job's node records in visiting order. */
export function recordsInOrder(job: JobState): NodeJobRecord[] {
  return [...job.nodes.values()].sort((a, b) => a.sequence - b.sequence);
}

export function nodeTimeoutMs(job: ClusterJob): number {
  const seconds = job.params?.nodeTimeoutSeconds ?? 0;
  return seconds > 0 ? seconds * 1000 : (DEFAULT_NODE_TIMEOUT_MS[jobTypeName(job.type)] ?? 3600_000);
}

/** Nodes of one data center the job may work on at once (JobParams.parallelism; 0 and 1 mean one). */
export function parallelismOf(job: ClusterJob): number {
  return Math.max(1, job.params?.parallelism ?? 1);
}

export function jobTaskId(nodeId: string, uuid: string): string {
  return `${nodeId}-job-${uuid}`;
}

/** The node's NODE_JOB task, if it has one. */
export function jobTaskOf(node: NodeRecord): NodeTask | undefined {
  const task = node.tasks.find((t) => t.kind === NodeTaskKind.NODE_JOB);
  return task ? asTask(task) : undefined;
}

export function nodeStateName(state: cassandra_mesos.v1.NodeJobState): string {
  return (NodeJobState[state] ?? 'NODE_JOB_STATE_UNSPECIFIED').replace(/^NODE_JOB_/, '');
}
