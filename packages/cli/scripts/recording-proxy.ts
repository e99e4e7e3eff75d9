// An HTTP proxy in front of a real scheduler that keeps every request/response pair the CLI causes, for
// the replay server of the tests. The Authorization header is forwarded but only its presence is kept
// (never the token). Repeated identical answers to the same request (a plan polled while nothing
// changes) are kept once: replaying them would only make the tests slower.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { canonicalJson, requestKey, type Exchange } from '../test/fixture-format';

export class RecordingProxy {
  private exchanges: Exchange[] = [];

  private constructor(
    private readonly server: Server,
    private readonly target: string,
  ) {}

  static async start(target: string): Promise<RecordingProxy> {
    const server = createServer();
    const proxy = new RecordingProxy(server, target.replace(/\/$/, ''));
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      proxy.forward(req, res).catch((err: unknown) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`recording proxy: ${String(err)}`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The exchanges since the last call, and a fresh list for the next CLI run. */
  take(): Exchange[] {
    const taken = this.exchanges;
    this.exchanges = [];
    return taken;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://proxy');
    const headers: Record<string, string> = {};
    for (const name of ['authorization', 'content-type', 'accept']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const method = req.method ?? 'GET';
    const answer = await fetch(`${this.target}${url.pathname}${url.search}`, { method, headers, ...(text === '' ? {} : { body: text }), signal: AbortSignal.timeout(60_000) });
    const responseText = await answer.text();
    const contentType = answer.headers.get('content-type') ?? 'application/json';
    const exchange: Exchange = {
      request: { method, path: url.pathname, query: url.search.replace(/^\?/, ''), body: text === '' ? null : (JSON.parse(text) as unknown), bearer: /^Bearer /.test(headers['authorization'] ?? '') },
      response: { status: answer.status, contentType, body: contentType.includes('json') && responseText !== '' ? (JSON.parse(responseText) as unknown) : responseText },
    };
    const key = requestKey(exchange.request);
    const previous = [...this.exchanges].reverse().find((e) => requestKey(e.request) === key);
    if (!previous || previous.response.status !== exchange.response.status || canonicalJson(previous.response.body) !== canonicalJson(exchange.response.body)) this.exchanges.push(exchange);
    res.writeHead(answer.status, { 'content-type': contentType });
    res.end(responseText);
  }
}
