// The CQL session a data job uses (schema DESCRIBE, TRUNCATE, CREATE ... IF NOT EXISTS): to this node
// only, opened on first use, shut down when the part ends. Most parts never need it, so none is opened
// for them.
import { Client, policies } from 'cassandra-driver';
import type { CqlSession } from './context';

export interface CqlEndpoint {
  readonly host: string;
  /** Native transport port. */
  readonly port: number;
}

/** Connect and per-request limit: a TRUNCATE at consistency ALL can take a while on a loaded cluster. */
const DEFAULT_READ_TIMEOUT_MS = 120_000;
const CONNECT_TIMEOUT_MS = 10_000;

export class LazyCqlSession {
  private client: Promise<Client> | undefined;

  constructor(
    private readonly endpoint: CqlEndpoint | undefined,
    private readonly readTimeoutMs = DEFAULT_READ_TIMEOUT_MS,
  ) {}

  /** The session, connecting on the first call; a failed connect is retried on the next call. */
  session(): Promise<CqlSession> {
    const endpoint = this.endpoint;
    if (!endpoint) return Promise.reject(new Error('Cassandra is not running on this node, so there is no CQL endpoint to connect to'));
    if (!this.client) {
      const address = `${endpoint.host}:${endpoint.port}`;
      const client = new Client({
        contactPoints: [address],
        // Only this node: the allow-list keeps the driver from opening pools to the whole ring.
        policies: { loadBalancing: new policies.loadBalancing.AllowListPolicy(new policies.loadBalancing.RoundRobinPolicy(), [address]) },
        isMetadataSyncEnabled: false,
        socketOptions: { connectTimeout: CONNECT_TIMEOUT_MS, readTimeout: this.readTimeoutMs },
        pooling: { warmup: false },
      });
      const connecting = client.connect().then(
        () => client,
        async (err: unknown) => {
          this.client = undefined;
          await client.shutdown().catch(() => undefined);
          throw new Error(`cannot open a CQL session to ${address}: ${(err as Error).message}`);
        },
      );
      this.client = connecting;
    }
    return this.client;
  }

  /** Shuts the session down if one was opened. */
  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      await (await client).shutdown();
    } catch {
      // it never connected: nothing to shut down
    }
  }
}
