// A tiny in-test HTTP peer standing in for a Mesos master or agent: records every request (headers and
// raw body bytes) and lets each test script the answers, including RecordIO event streams written in
// arbitrary chunks. Listens on 127.0.0.1, port 0.
import * as http from 'node:http';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EventEmitter } from 'node:events';
import { encodeRecord } from '../../src/codec/recordio';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type Handler = (req: RecordedRequest, res: ServerResponse) => void;

export class FakeServer {
  readonly requests: RecordedRequest[] = [];
  private readonly emitter = new EventEmitter();
  private readonly server: http.Server;
  handler: Handler = (_req, res) => {
    res.writeHead(202).end();
  };

  private constructor() {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const recorded: RecordedRequest = {
          method: req.method ?? '',
          path: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks),
        };
        this.requests.push(recorded);
        this.emitter.emit('request', recorded);
        this.handler(recorded, res);
      });
    });
  }

  static async start(handler?: Handler): Promise<FakeServer> {
    return FakeServer.startOn(0, handler);
  }

  /** Listens on a given port, e.g. to bring a "restarted" peer back where the client expects it. */
  static async startOn(port: number, handler?: Handler): Promise<FakeServer> {
    const fake = new FakeServer();
    if (handler) fake.handler = handler;
    await new Promise<void>((resolve, reject) => {
      fake.server.once('error', reject);
      fake.server.listen(port, '127.0.0.1', () => {
        fake.server.off('error', reject);
        resolve();
      });
    });
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Requests whose body passes the predicate, e.g. calls of one type. */
  matching(predicate: (r: RecordedRequest) => boolean): RecordedRequest[] {
    return this.requests.filter(predicate);
  }

  /** Resolves with the n-th (1-based) request passing the predicate, waiting for it if needed. */
  waitFor(predicate: (r: RecordedRequest) => boolean, n = 1, timeoutMs = 3000): Promise<RecordedRequest> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = this.matching(predicate);
        if (found.length >= n) {
          resolve(found[n - 1] as RecordedRequest);
          return true;
        }
        return false;
      };
      if (check()) return;
      const onRequest = (): void => {
        if (check()) {
          clearTimeout(timer);
          this.emitter.off('request', onRequest);
        }
      };
      const timer = setTimeout(() => {
        this.emitter.off('request', onRequest);
        reject(new Error(`timed out waiting for request #${n} (have ${this.requests.length} requests)`));
      }, timeoutMs);
      this.emitter.on('request', onRequest);
    });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A streamed SUBSCRIBE response. */
export class EventStreamWriter {
  constructor(
    readonly res: ServerResponse,
    contentType: string,
    streamId?: string,
  ) {
    const headers: Record<string, string> = { 'Content-Type': contentType };
    if (streamId) headers['Mesos-Stream-Id'] = streamId;
    res.writeHead(200, headers);
    res.flushHeaders();
  }

  /** One RecordIO record in one write. */
  record(bytes: Uint8Array): void {
    this.res.write(encodeRecord(bytes));
  }

  /** Raw bytes, e.g. part of a record. */
  raw(bytes: Uint8Array): void {
    this.res.write(bytes);
  }

  end(): void {
    this.res.end();
  }

  /** Breaks the connection without finishing the chunked body. */
  destroy(): void {
    this.res.socket?.destroy();
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** next() of an async iterator, failing the test instead of hanging when nothing comes. */
export async function nextWithin<T>(it: AsyncIterator<T>, timeoutMs = 3000): Promise<IteratorResult<T>> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      it.next(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The next value, asserting the iterator has not ended. */
export async function nextValue<T>(it: AsyncIterator<T>, timeoutMs = 3000): Promise<T> {
  const r = await nextWithin(it, timeoutMs);
  if (r.done) throw new Error('event iterator ended');
  return r.value;
}
