// Reads the ring's tokens over CQL from one live node: its own (system.local) and every peer's as it
// sees them (system.peers_v2), by address. The restore plan compares them with the backup's node
// manifests. Behind an interface so the service's unit tests use a fake; the CQL implementation runs
// against real Cassandra in the backup e2e.
import { withSingleNodeCql, type CqlEndpoint } from '../api/jobs/table-schema-reader';

export interface RingTokenReader {
  /** Tokens per node address (IP text) as `endpoint` sees the ring; rejects with what went wrong. */
  ringTokens(endpoint: CqlEndpoint): Promise<Map<string, string[]>>;
}

export class CqlRingTokenReader implements RingTokenReader {
  private readonly timeoutMs: number;

  constructor(options: { readonly timeoutMs?: number } = {}) {
    this.timeoutMs = options.timeoutMs ?? 5_000;
  }

  async ringTokens(endpoint: CqlEndpoint): Promise<Map<string, string[]>> {
    // Only this node: system.local and system.peers_v2 are that node's view.
    return withSingleNodeCql(endpoint, this.timeoutMs, async (client) => {
      const out = new Map<string, string[]>();
      const local = await client.execute('SELECT broadcast_address, tokens FROM system.local');
      for (const row of local.rows) out.set(String(row.get('broadcast_address')), tokenList(row.get('tokens')));
      const peers = await client.execute('SELECT peer, tokens FROM system.peers_v2');
      for (const row of peers.rows) out.set(String(row.get('peer')), tokenList(row.get('tokens')));
      return out;
    });
  }
}

/** A set<text> column: null while gossip has not told the node a peer's tokens yet. */
function tokenList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
