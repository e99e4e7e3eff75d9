// The port through which a node job touches Cassandra. Every call is a promise that honours an
// AbortSignal, so a job never blocks the event loop and a cancelled step stops waiting at once.
// BACKUP/RESTORE plug in as further per-keyspace operations: a StepOperation variant, a method here,
// and a case in NodeJobTaskRunner.

export interface KeyspaceListing {
  /** Every keyspace, Cassandra's own included. */
  readonly all: readonly string[];
  /** User keyspaces: what a job with no keyspace filter visits. */
  readonly user: readonly string[];
}

export type RepairParallelismName = 'sequential' | 'parallel' | 'dc_parallel';

/** One keyspace's repair, as the executor asks for it (mapped from the task's RepairOptions). */
export interface RepairRequest {
  /** Repair only the ranges this node is primary for (each range once across a whole-cluster job). */
  readonly primaryRange: boolean;
  /** Incremental (true) or full (false). */
  readonly incremental: boolean;
  readonly parallelism: RepairParallelismName;
  /** Only replicas in these data centers; empty = all. */
  readonly dataCenters: readonly string[];
  /** The keyspace's repair must end within this; the job cancels it (and Cassandra's sessions) after. */
  readonly timeoutMs: number;
}

/** What one finished step reports (KeyspaceProgress.message / bytes). */
export interface StepReport {
  readonly message: string;
  /** Bytes moved (backup/restore); absent for maintenance operations. */
  readonly bytes?: number;
}

export interface NodeJobOperations {
  listKeyspaces(signal: AbortSignal): Promise<KeyspaceListing>;
  /** Table names of `keyspace` (secondary-index tables excluded). */
  listTables(keyspace: string, signal: AbortSignal): Promise<readonly string[]>;
  /** Repairs `keyspace` (only `tables`, if any) and resolves once Cassandra reports it complete. */
  repair(keyspace: string, tables: readonly string[], options: RepairRequest, signal: AbortSignal): Promise<StepReport>;
  /** Removes data the node no longer owns; resolves once Cassandra reports it done. */
  cleanup(keyspace: string, tables: readonly string[], signal: AbortSignal): Promise<StepReport>;
  /** Flushes memtables to SSTables. */
  flush(keyspace: string, tables: readonly string[], signal: AbortSignal): Promise<StepReport>;
}

/** What a step does to its keyspace: data only, so the state machine stays pure. */
export type StepOperation =
  | { readonly type: 'repair'; readonly options: RepairRequest }
  | { readonly type: 'cleanup' }
  | { readonly type: 'flush' };
