// What a node manifest says about the node besides its files: identity and ring position over
// Jolokia, and the schema of the backed-up keyspaces from Cassandra itself (server-side DESCRIBE, the
// same text cqlsh prints), so a restore into an empty cluster can recreate them.
import { STORAGE_SERVICE } from '@cassandra-mesos/cassandra-jmx';
import type { CqlSession, DataJobJmx } from '../data-jobs/context';

export interface NodeFacts {
  readonly hostId: string;
  readonly datacenter: string;
  readonly rack: string;
  readonly cassandraVersion: string;
  /** The node's tokens, as decimal strings (Murmur3). */
  readonly tokens: readonly string[];
}

const CALL_TIMEOUT_MS = 30_000;

export async function readNodeFacts(jmx: Pick<DataJobJmx, 'health' | 'client'>, signal: AbortSignal): Promise<NodeFacts> {
  const call = { signal, timeoutMs: CALL_TIMEOUT_MS };
  const [health, tokens] = await Promise.all([jmx.health(call), jmx.client.read('tokens', STORAGE_SERVICE, 'Tokens', call)]);
  const missing = (['hostId', 'dataCenter', 'rack', 'releaseVersion'] as const).filter((f) => !health[f]);
  if (missing.length > 0) throw new Error(`Cassandra did not report ${missing.join(', ')} over Jolokia, which the node manifest needs`);
  if (!Array.isArray(tokens) || tokens.some((t) => typeof t !== 'string' || !/^-?\d+$/.test(t))) {
    throw new Error(`StorageService.Tokens is not a list of decimal tokens: ${JSON.stringify(tokens).slice(0, 200)}`);
  }
  return {
    hostId: health.hostId ?? '',
    datacenter: health.dataCenter ?? '',
    rack: health.rack ?? '',
    cassandraVersion: health.releaseVersion ?? '',
    tokens: tokens as string[],
  };
}

/** `DESCRIBE KEYSPACE` of each keyspace: CREATE KEYSPACE, its types, tables, indexes and views, in Cassandra's order. */
export async function describeKeyspaces(cql: CqlSession, keyspaces: readonly string[]): Promise<Record<string, string>> {
  const schema: Record<string, string> = {};
  for (const keyspace of keyspaces) {
    let statements: string[];
    try {
      const result = await cql.execute(`DESCRIBE KEYSPACE "${keyspace}"`);
      statements = result.rows.map((row) => String(row.get('create_statement') ?? '')).filter((s) => s !== '');
    } catch (err) {
      throw new Error(`cannot read the schema of keyspace ${keyspace} (DESCRIBE KEYSPACE over CQL): ${(err as Error).message}`);
    }
    if (statements.length === 0) throw new Error(`DESCRIBE KEYSPACE ${keyspace} returned no statements; the keyspace may have been dropped during the backup`);
    schema[keyspace] = statements.join('\n\n');
  }
  return schema;
}
