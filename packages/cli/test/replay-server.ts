// Replays recorded exchanges (fixture-format.ts) on 127.0.0.1:0 for the CLI under test. A request is
// matched by method, path, query and body; the recorded answers to the same request are served in
// their recorded order and the last one repeats (a job polled until it finished). Anything not
// recorded answers 599 and is listed in `unmatched`, so a test can fail on it by name.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { requestKey, type Exchange, type RecordedResponse } from './fixture-format';

export interface ReceivedRequest {
  readonly key: string;
  readonly authorization: string | undefined;
}

export class ReplayServer {
  readonly received: ReceivedRequest[] = [];
  readonly unmatched: string[] = [];
  private readonly queues = new Map<string, { responses: RecordedResponse[]; served: number }>();

  private constructor(private readonly server: Server) {}

  static async start(exchanges: readonly Exchange[]): Promise<ReplayServer> {
    const server = createServer();
    const replay = new ReplayServer(server);
    for (const e of exchanges) {
      const key = requestKey(e.request);
      const queue = replay.queues.get(key) ?? { responses: [], served: 0 };
      queue.responses.push(e.response);
      replay.queues.set(key, queue);
    }
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const url = new URL(req.url ?? '/', 'http://replay');
        let body: unknown = null;
        try {
          body = text === '' ? null : (JSON.parse(text) as unknown);
        } catch {
          body = text;
        }
        const key = requestKey({ method: req.method ?? 'GET', path: url.pathname, query: url.search.replace(/^\?/, ''), body });
        replay.received.push({ key, authorization: req.headers.authorization });
        const queue = replay.queues.get(key);
        const response = queue?.responses[Math.min(queue.served, queue.responses.length - 1)];
        if (!queue || !response) {
          replay.unmatched.push(key);
          res.writeHead(599, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { code: 'NOT_RECORDED', message: `no recorded exchange for ${key}` } }));
          return;
        }
        queue.served++;
        res.writeHead(response.status, { 'content-type': response.contentType });
        res.end(typeof response.body === 'string' ? response.body : JSON.stringify(response.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return replay;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Recorded requests that were never asked for (the CLI made fewer calls than when recorded). */
  unserved(): string[] {
    return [...this.queues.entries()].filter(([, q]) => q.served < q.responses.length).map(([key, q]) => `${key} (served ${q.served} of ${q.responses.length})`);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
