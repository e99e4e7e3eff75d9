// Shared fixtures of the node-job tests: TaskDetails payloads and a NodeJobOperations fake whose
// operations stay pending until the test settles them.
import { cassandra_mesos, encodeMessage } from '@cassandra-mesos/model';
import { PROTOCOL_VERSION, type KeyspaceListing, type NodeJobOperations, type RepairRequest, type StepReport } from '../../src';

export const { ClusterJobType, NodeJobState, RepairParallelism, TaskErrorType } = cassandra_mesos.v1;

export function jobTaskDetails(job: cassandra_mesos.v1.NodeJobTask.$Properties = {}, overrides: Partial<cassandra_mesos.v1.TaskDetails.$Properties> = {}): Uint8Array {
  return encodeMessage(
    cassandra_mesos.v1.TaskDetails,
    cassandra_mesos.v1.TaskDetails.create({
      protocolVersion: PROTOCOL_VERSION,
      nodeId: 'node-1',
      nodeJob: { jobId: 'job-7', type: ClusterJobType.REPAIR, ...job },
      ...overrides,
    }),
  );
}

export const LISTING: KeyspaceListing = {
  all: ['a', 'b', 'c', 'system', 'system_auth', 'system_distributed', 'system_schema', 'system_traces', 'system_views', 'system_virtual_schema'],
  user: ['c', 'a', 'b'],
};

export interface PendingCall {
  readonly op: 'repair' | 'cleanup' | 'flush' | 'listTables';
  readonly keyspace: string;
  readonly tables: readonly string[];
  readonly options?: RepairRequest;
  readonly signal: AbortSignal;
  resolve(report: StepReport): void;
  reject(error: Error): void;
}

/** Steps stay pending until the test resolves or rejects them; an abort of their signal rejects them like cassandra-jmx does. */
export class FakeOperations implements NodeJobOperations {
  listing: KeyspaceListing | Error = LISTING;
  tablesOf = new Map<string, readonly string[]>();
  /** Steps and listTables calls in call order. */
  readonly calls: PendingCall[] = [];
  /** Whether an aborted step rejects (cassandra-jmx does) or hangs (a stuck call). */
  honourAbort = true;

  listKeyspaces(signal: AbortSignal): Promise<KeyspaceListing> {
    void signal;
    return this.listing instanceof Error ? Promise.reject(this.listing) : Promise.resolve(this.listing);
  }

  listTables(keyspace: string, signal: AbortSignal): Promise<readonly string[]> {
    void signal;
    return Promise.resolve(this.tablesOf.get(keyspace) ?? []);
  }

  repair(keyspace: string, tables: readonly string[], options: RepairRequest, signal: AbortSignal): Promise<StepReport> {
    return this.pending('repair', keyspace, tables, signal, options);
  }

  cleanup(keyspace: string, tables: readonly string[], signal: AbortSignal): Promise<StepReport> {
    return this.pending('cleanup', keyspace, tables, signal);
  }

  flush(keyspace: string, tables: readonly string[], signal: AbortSignal): Promise<StepReport> {
    return this.pending('flush', keyspace, tables, signal);
  }

  /** The latest call, which the test expects to be pending. */
  get last(): PendingCall {
    const call = this.calls[this.calls.length - 1];
    if (!call) throw new Error('no operation was called');
    return call;
  }

  private pending(op: PendingCall['op'], keyspace: string, tables: readonly string[], signal: AbortSignal, options?: RepairRequest): Promise<StepReport> {
    return new Promise<StepReport>((resolve, reject) => {
      this.calls.push({ op, keyspace, tables, signal, resolve, reject, ...(options ? { options } : {}) });
      signal.addEventListener('abort', () => {
        if (this.honourAbort) reject(new Error(`${op}(${keyspace}) aborted; all repair sessions were terminated`));
      });
    });
  }
}

/** Lets promise callbacks run (the fake operations settle through microtasks). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
