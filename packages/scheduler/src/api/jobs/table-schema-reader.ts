// Reads each user table's gc_grace_seconds over CQL from one node, for the repair schedule's check
// (a table not repaired within gc_grace_seconds can resurrect deleted data). Behind an interface so
// the API's unit tests use a fake; the CQL implementation is tested against a real Cassandra.
import { Client, policies } from 'cassandra-driver';

export interface TableGcGrace {
  readonly keyspace: string;
  readonly table: string;
  readonly gcGraceSeconds: number;
}

export interface CqlEndpoint {
  /** The node's address. */
  readonly host: string;
  /** Its native transport (CQL) port. */
  readonly port: number;
}

export interface TableSchemaReader {
  /** Tables of the user keyspaces (system keyspaces left out); rejects with what went wrong. */
  userTables(endpoint: CqlEndpoint): Promise<TableGcGrace[]>;
}

/** Keyspaces Cassandra manages itself: their repair is not the operator's concern. */
export const SYSTEM_KEYSPACES: ReadonlySet<string> = new Set([
  'system',
  'system_schema',
  'system_auth',
  'system_distributed',
  'system_traces',
  'system_views',
  'system_virtual_schema',
]);

export interface CqlTableSchemaReaderOptions {
  /** Connect and read timeout each; default 5 s (an API request waits for it). */
  readonly timeoutMs?: number;
}

/** The reader over cassandra-driver: one short-lived connection to exactly the given node. */
export class CqlTableSchemaReader implements TableSchemaReader {
  private readonly timeoutMs: number;

  constructor(options: CqlTableSchemaReaderOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 5_000;
  }

  async userTables(endpoint: CqlEndpoint): Promise<TableGcGrace[]> {
    return withSingleNodeCql(endpoint, this.timeoutMs, async (client) => {
      const result = await client.execute('SELECT keyspace_name, table_name, gc_grace_seconds FROM system_schema.tables');
      const tables: TableGcGrace[] = [];
      for (const row of result.rows) {
        const keyspace = String(row.get('keyspace_name'));
        if (SYSTEM_KEYSPACES.has(keyspace)) continue;
        tables.push({ keyspace, table: String(row.get('table_name')), gcGraceSeconds: Number(row.get('gc_grace_seconds')) });
      }
      return tables.sort((a, b) => a.keyspace.localeCompare(b.keyspace) || a.table.localeCompare(b.table));
    });
  }
}

/**
 * One short-lived connection to exactly `endpoint` (an API request waits for it, hence the timeouts):
 * the allow-list policy keeps the driver from opening pools to the whole ring, and no schema metadata
 * is synced, since one or two queries answer the question.
 */
export async function withSingleNodeCql<T>(endpoint: CqlEndpoint, timeoutMs: number, use: (client: Client) => Promise<T>): Promise<T> {
  const address = `${endpoint.host}:${endpoint.port}`;
  const client = new Client({
    contactPoints: [address],
    policies: { loadBalancing: new policies.loadBalancing.AllowListPolicy(new policies.loadBalancing.RoundRobinPolicy(), [address]) },
    isMetadataSyncEnabled: false,
    socketOptions: { connectTimeout: timeoutMs, readTimeout: timeoutMs },
    pooling: { warmup: false },
  });
  try {
    await client.connect();
    return await use(client);
  } finally {
    await client.shutdown().catch(() => undefined);
  }
}
