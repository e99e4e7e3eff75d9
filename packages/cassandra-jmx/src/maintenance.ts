// flush and cleanup. Both block on the node until done: give them a generous timeout.
import type { Dialect } from './dialect';
import { CassandraOperationFailedError } from './errors';
import type { CallOptions, JmxClient } from './jmx-client';
import { assertIdentifier } from './names';
import { expectNumber } from './values';

export async function flush(
  client: JmxClient,
  dialect: Dialect,
  keyspace: string,
  tables: readonly string[] = [],
  call?: CallOptions,
): Promise<void> {
  await client.request(
    'flush',
    dialect.flush(
      assertIdentifier('keyspace', keyspace),
      tables.map((t) => assertIdentifier('table', t)),
    ),
    call,
  );
}

/** CompactionManager.AllSSTableOpStatus, as returned by forceKeyspaceCleanup. */
export type CleanupStatus = 'SUCCESSFUL' | 'ABORTED' | 'UNABLE_TO_CANCEL';

export function cleanupStatus(code: number): CleanupStatus | undefined {
  switch (code) {
    case 0:
      return 'SUCCESSFUL';
    case 1:
      return 'ABORTED';
    case 2:
      return 'UNABLE_TO_CANCEL';
    default:
      return undefined;
  }
}

const CLEANUP_FAILURE: Record<Exclude<CleanupStatus, 'SUCCESSFUL'>, string> = {
  ABORTED: 'cleanup was aborted for at least one table',
  UNABLE_TO_CANCEL: 'cleanup could not mark some SSTables compacting (another compaction holds them)',
};

export interface CleanupOptions {
  /** Only these tables; empty or absent = every table of the keyspace. */
  readonly tables?: readonly string[];
  /** Parallel cleanup jobs; 0 (default) = as many as compaction allows. */
  readonly jobs?: number;
}

/** Removes data the node no longer owns. Resolves when Cassandra reports SUCCESSFUL; otherwise throws CassandraOperationFailedError. */
export async function cleanup(
  client: JmxClient,
  dialect: Dialect,
  keyspace: string,
  options: CleanupOptions = {},
  call?: CallOptions,
): Promise<void> {
  const jobs = options.jobs ?? 0;
  if (!Number.isInteger(jobs) || jobs < 0)
    throw new TypeError(`cleanup jobs must be a non-negative integer, got ${jobs}`);
  const ks = assertIdentifier('keyspace', keyspace);
  const tables = (options.tables ?? []).map((t) => assertIdentifier('table', t));
  const op = 'cleanup';
  const code = expectNumber(
    client.context(op),
    'forceKeyspaceCleanup status',
    await client.request(op, dialect.cleanup(jobs, ks, tables), call),
  );
  const status = cleanupStatus(code);
  if (status === 'SUCCESSFUL') return;
  const reason = status === undefined ? `cleanup returned unknown status ${code}` : CLEANUP_FAILURE[status];
  throw new CassandraOperationFailedError(
    client.context(op),
    `${reason} in keyspace ${ks} (status ${code}${status === undefined ? '' : ` ${status}`}); see the node's log`,
  );
}
