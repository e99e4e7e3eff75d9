// Which keyspaces and tables a backup takes: the requested ones (each must exist on the node), or
// every keyspace that is not Cassandra's own.
import { checkTables, resolveKeyspaces } from '../jobs/keyspaces';
import type { DataJobJmx, DataJobSpec } from '../data-jobs/context';
import type { TableSelection } from './files';

/** Cassandra's own keyspaces: never in a backup unless named (their data is the node's, not the application's). */
export const SYSTEM_KEYSPACES: ReadonlySet<string> = new Set([
  'system',
  'system_auth',
  'system_schema',
  'system_distributed',
  'system_traces',
  'system_views',
  'system_virtual_schema',
  'system_cluster_metadata',
]);

export async function resolveSelection(spec: Pick<DataJobSpec, 'keyspaces' | 'tables' | 'nodeId'>, jmx: Pick<DataJobJmx, 'keyspaces' | 'tables'>, signal: AbortSignal): Promise<TableSelection> {
  const call = { signal, timeoutMs: 60_000 };
  const listing = await jmx.keyspaces(call);
  const user = listing.user.filter((k) => !SYSTEM_KEYSPACES.has(k));
  const resolved = resolveKeyspaces(spec.keyspaces, { all: listing.all, user }, spec.nodeId);
  if (!resolved.ok) throw new Error(resolved.message);
  if (spec.tables.length > 0) {
    const byKeyspace = new Map<string, readonly string[]>();
    for (const keyspace of resolved.keyspaces) byKeyspace.set(keyspace, await jmx.tables(keyspace, call));
    const problem = checkTables(spec.tables, byKeyspace, spec.nodeId);
    if (problem !== undefined) throw new Error(problem);
  }
  return { keyspaces: resolved.keyspaces, tables: spec.tables };
}
