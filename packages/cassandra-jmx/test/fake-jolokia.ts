// A small fake Jolokia agent for unit tests: node:http on 127.0.0.1:0. Each POST body (a JSON array,
// i.e. a bulk request) is recorded and answered by the current handler, which may return per-request
// Jolokia responses (sent with HTTP 200) or a raw HTTP reply (other statuses, truncated bodies …).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  readonly body: Array<Record<string, unknown>>;
}

export interface RawReply {
  /** status 0: the connection is destroyed without an answer (after delayMs). */
  readonly raw: { status: number; body: string; contentType?: string; delayMs?: number };
}

export type Handler = (
  requests: Array<Record<string, unknown>>,
) => unknown[] | RawReply | Promise<unknown[] | RawReply>;

export const ok = (value: unknown): Record<string, unknown> => ({ status: 200, value, timestamp: 1 });
export const jmxError = (status: number, errorType: string, error: string): Record<string, unknown> => ({
  status,
  error_type: errorType,
  error,
});

export class FakeJolokia {
  readonly requests: RecordedRequest[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  handler: Handler = (reqs) => reqs.map(() => ok(null));
  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeJolokia> {
    const holder: { fake?: FakeJolokia } = {};
    const server = createServer((req, res) => {
      void holder.fake?.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeJolokia(server, `http://127.0.0.1:${port}/jolokia/`);
    holder.fake = fake;
    return fake;
  }

  /** Requests of every POST so far, flattened. */
  get sent(): Array<Record<string, unknown>> {
    return this.requests.flatMap((r) => r.body);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: Array<Record<string, unknown>> = [];
    try {
      const parsed = JSON.parse(text) as unknown;
      body = (Array.isArray(parsed) ? parsed : [parsed]) as Array<Record<string, unknown>>;
    } catch {
      body = [];
    }
    this.requests.push({
      method: req.method ?? '',
      authorization: req.headers.authorization,
      contentType: req.headers['content-type'],
      body,
    });
    try {
      const reply = await this.handler(body);
      if (Array.isArray(reply)) {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(reply));
        return;
      }
      const { status, body: raw, contentType, delayMs } = reply.raw;
      if (delayMs !== undefined) await this.delay(delayMs);
      if (res.destroyed) return;
      if (status === 0) {
        req.socket.destroy();
        return;
      }
      res.writeHead(status, { 'content-type': contentType ?? 'application/json; charset=utf-8' });
      res.end(raw);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`fake handler failed: ${String(e)}`);
    }
  }

  /** A delay that stop() cancels, so no timer outlives the test. */
  delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.timers.delete(t);
        resolve();
      }, ms);
      this.timers.add(t);
    });
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
