// The vocabulary of NodeJobMachine: its settings, inputs and outputs.
import type { cassandra_mesos } from '@cassandra-mesos/model';
import type { ServerStatusUpdate } from '../server/machine';
import type { KeyspaceListing, StepOperation, StepReport } from './operations';
import type { NodeJobTaskData } from './task';

export type NodeJobTimer = 'job-timeout' | 'step-timeout' | 'kill-grace' | 'cancel-grace';

export interface NodeJobSettings {
  /** After a running step is cancelled, how long it may take to confirm before the job reports anyway. */
  readonly cancelGraceMs: number;
}

export const DEFAULT_NODE_JOB_SETTINGS: NodeJobSettings = { cancelGraceMs: 30_000 };

export type NodeJobInput =
  | {
      readonly type: 'launch';
      readonly taskId: string;
      readonly data: NodeJobTaskData;
      /** The node this executor runs; a task for another node is invalid. */
      readonly nodeId?: string;
      /** False when Cassandra does not run on this node (→ TASK_FAILED, PROCESS_NOT_RUNNING). Default true. */
      readonly serverRunning?: boolean;
      /** Another node job still runs on this executor (→ TASK_FAILED, ANOTHER_JOB_RUNNING). */
      readonly otherJobRunning?: boolean;
    }
  | { readonly type: 'keyspaces-listed'; readonly opId: number; readonly listing: KeyspaceListing }
  | { readonly type: 'tables-listed'; readonly opId: number; readonly tables: ReadonlyMap<string, readonly string[]> }
  | { readonly type: 'listing-failed'; readonly opId: number; readonly message: string }
  | { readonly type: 'step-finished'; readonly opId: number; readonly report: StepReport }
  | { readonly type: 'step-failed'; readonly opId: number; readonly message: string }
  /** Stop after the running keyspace (scheduler's AbortNodeJob). */
  | { readonly type: 'abort'; readonly reason: string }
  /** KILL of the job task: like abort; with graceMs (kill policy), the running step is cancelled after it. */
  | { readonly type: 'kill'; readonly graceMs?: number }
  /** SHUTDOWN of the executor: cancel the running step now, report within the budget. */
  | { readonly type: 'shutdown'; readonly graceMs: number }
  | { readonly type: 'timer'; readonly timer: NodeJobTimer };

/** Same shape as the server task's updates, so both are sent the same way. */
export type NodeJobStatusUpdate = ServerStatusUpdate;

export type NodeJobOutput =
  | NodeJobStatusUpdate
  | { readonly type: 'progress'; readonly record: cassandra_mesos.v1.NodeJobRecord.$Properties }
  | { readonly type: 'list-keyspaces'; readonly opId: number }
  | { readonly type: 'list-tables'; readonly opId: number; readonly keyspaces: readonly string[] }
  | { readonly type: 'run-step'; readonly opId: number; readonly keyspace: string; readonly tables: readonly string[]; readonly operation: StepOperation }
  | { readonly type: 'cancel'; readonly opId: number; readonly reason: string }
  | { readonly type: 'set-timer'; readonly timer: NodeJobTimer; readonly atMs: number }
  | { readonly type: 'cancel-timer'; readonly timer: NodeJobTimer };

export type NodeJobPhase = 'idle' | 'resolving' | 'running' | 'done';
