// NodeJobOperations over the node's CassandraJmx (Jolokia). Cancellation is the AbortSignal: for a
// repair, cassandra-jmx then terminates the node's repair sessions (forceTerminateAllRepairSessions);
// a flush or cleanup that Cassandra already runs cannot be cancelled over JMX, only no longer awaited.
import type { CassandraJmx } from '@cassandra-mesos/cassandra-jmx';
import type { NodeJobOperations, RepairRequest, StepReport } from './operations';

export interface CassandraJmxJobOperationsOptions {
  /** Limit of one flush or cleanup call, which block on the node until done; default 24 h (the job's timeout usually ends it first). */
  readonly longCallTimeoutMs?: number;
  /** How often a running repair's status is polled; default cassandra-jmx's (2 s). */
  readonly repairPollIntervalMs?: number;
}

/** The part of CassandraJmx a node job uses. */
export type NodeJobJmx = Pick<CassandraJmx, 'keyspaces' | 'tables' | 'repair' | 'cleanup' | 'flush'>;

const DEFAULT_LONG_CALL_TIMEOUT_MS = 24 * 3600_000;

/**
 * The job machine cancels a repair at its timeout (a deterministic, reported reason); cassandra-jmx's
 * own limit is a backstop a little later, should the signal never arrive.
 */
const REPAIR_BACKSTOP_SLACK_MS = 10_000;

export function cassandraJmxJobOperations(jmx: NodeJobJmx, options: CassandraJmxJobOperationsOptions = {}): NodeJobOperations {
  const longCall = options.longCallTimeoutMs ?? DEFAULT_LONG_CALL_TIMEOUT_MS;
  return {
    async listKeyspaces(signal) {
      const { all, user } = await jmx.keyspaces({ signal });
      return { all, user };
    },
    listTables: (keyspace, signal) => jmx.tables(keyspace, { signal }),
    async repair(keyspace: string, tables: readonly string[], request: RepairRequest, signal: AbortSignal): Promise<StepReport> {
      const result = await jmx.repair(
        keyspace,
        {
          tables,
          primaryRange: request.primaryRange,
          incremental: request.incremental,
          parallelism: request.parallelism,
          dataCenters: request.dataCenters,
        },
        {
          timeoutMs: request.timeoutMs + REPAIR_BACKSTOP_SLACK_MS,
          signal,
          ...(options.repairPollIntervalMs === undefined ? {} : { pollIntervalMs: options.repairPollIntervalMs }),
        },
      );
      if (result.status === 'NOTHING_TO_REPAIR') return { message: 'nothing to repair' };
      const last = result.messages[result.messages.length - 1];
      return { message: `repair command ${result.command} completed${last ? `: ${last}` : ''}` };
    },
    async cleanup(keyspace, tables, signal) {
      await jmx.cleanup(keyspace, { tables }, { signal, timeoutMs: longCall });
      return { message: tables.length > 0 ? `cleaned up tables ${tables.join(', ')}` : 'cleaned up' };
    },
    async flush(keyspace, tables, signal) {
      await jmx.flush(keyspace, tables, { signal, timeoutMs: longCall });
      return { message: tables.length > 0 ? `flushed tables ${tables.join(', ')}` : 'flushed' };
    },
  };
}
