// POST transport for the Mesos v1 scheduler and executor APIs on node:http / node:https.
// - non-subscribe calls: one keep-alive connection pool, a whole-request timeout (75 s by default);
// - SUBSCRIBE: a dedicated connection per stream, the body handed back unread for RecordIO decoding;
// - 307: protocol-relative Location resolved against the current URL (scheme kept), the same body
//   re-POSTed, at most maxRedirects hops, and the new URL remembered for every later request;
// - 503 and refused connections: retried with backoff, then MesosUnavailableError.
import * as http from 'node:http';
import * as https from 'node:https';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { AuthorizationProvider } from './auth';
import { AbortedError, Backoff, sleep } from '../util/backoff';
import type { BackoffOptions } from '../util/backoff';
import {
  MesosHttpError,
  MesosRedirectError,
  MesosTimeoutError,
  MesosTlsError,
  MesosUnavailableError,
  errorForStatus,
} from './errors';

export interface TlsOptions {
  /** CA certificate(s) to trust, PEM. */
  ca?: string | Buffer | Array<string | Buffer>;
  /** Verify the server certificate (true by default). */
  rejectUnauthorized?: boolean;
  /** Client certificate and key, PEM, when the cluster requires client certificates. */
  cert?: string | Buffer;
  key?: string | Buffer;
}

export interface RetryOptions extends BackoffOptions {
  /** Retries after the first attempt; 0 disables retrying. */
  attempts: number;
}

export interface TransportOptions {
  /** Full endpoint URL, e.g. http://master:5050/api/v1/scheduler. */
  url: string;
  authorization?: AuthorizationProvider;
  tls?: TlsOptions;
  /** Timeout of a non-subscribe call, and of the response headers of a SUBSCRIBE; 75 s by default. */
  requestTimeoutMs?: number;
  /** Most 307 hops followed for one request; 9 by default (mesos-go). */
  maxRedirects?: number;
  /** Retry of 503 and refused connections; 5 attempts, 500 ms doubling to 5 s by default. */
  unavailableRetry?: RetryOptions;
  /** Called with the new URL when a redirect moved the endpoint. */
  onRedirect?: (url: string) => void;
}

export interface PostOptions {
  headers: Record<string, string>;
  signal?: AbortSignal;
}

export interface MesosResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  url: string;
}

export interface MesosStreamResponse {
  status: number;
  headers: IncomingHttpHeaders;
  url: string;
  /** The unread response body. Destroy it (or call close()) to drop the connection. */
  body: IncomingMessage;
  close(): void;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 75_000;
export const DEFAULT_MAX_REDIRECTS = 9;
export const DEFAULT_UNAVAILABLE_RETRY: RetryOptions = { attempts: 5, initialMs: 500, maxMs: 5_000 };
const MAX_ERROR_BODY = 2048;
// Errors that prove the request never reached a server, so re-sending cannot duplicate it.
const NOT_DELIVERED = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

interface Exchange {
  res: IncomingMessage;
  body?: Buffer;
}

export class MesosHttpTransport {
  private current: URL;
  private readonly requestTimeoutMs: number;
  private readonly maxRedirects: number;
  private readonly retry: RetryOptions;
  private readonly agents = new Map<string, http.Agent>();
  private closed = false;

  constructor(private readonly options: TransportOptions) {
    this.current = parseEndpoint(options.url);
    this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
    this.retry = options.unavailableRetry ?? DEFAULT_UNAVAILABLE_RETRY;
  }

  /** The endpoint requests go to now (the last redirect target, if any). */
  get url(): string {
    return this.current.toString();
  }

  /** A non-streaming call. Resolves for 2xx, throws a typed MesosHttpError otherwise. */
  async post(body: Uint8Array, options: PostOptions): Promise<MesosResponse> {
    const { res, url, body: data } = await this.send(body, options, false);
    return { status: res.statusCode ?? 0, headers: res.headers, body: data ?? Buffer.alloc(0), url };
  }

  /** A streaming call (SUBSCRIBE) on its own connection. Resolves on 200 with the body unread. */
  async openStream(body: Uint8Array, options: PostOptions): Promise<MesosStreamResponse> {
    const { res, url } = await this.send(body, options, true);
    return {
      status: res.statusCode ?? 0,
      headers: res.headers,
      url,
      body: res,
      close: () => {
        res.destroy();
        res.socket?.destroy();
      },
    };
  }

  /** Drops pooled connections. In-flight requests are ended by their AbortSignal. */
  close(): void {
    this.closed = true;
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
  }

  private async send(body: Uint8Array, options: PostOptions, stream: boolean): Promise<Exchange & { url: string }> {
    let redirects = 0;
    let retries = 0;
    const backoff = new Backoff(this.retry);
    for (;;) {
      if (this.closed) throw new AbortedError('transport closed');
      const url = this.current;
      let exchange: Exchange;
      try {
        exchange = await this.exchange(url, body, options, stream);
      } catch (err) {
        if (err instanceof MesosUnavailableError && isNotDelivered(err) && retries < this.retry.attempts) {
          retries++;
          await sleep(backoff.next(), options.signal);
          continue;
        }
        throw err;
      }
      const { res } = exchange;
      const status = res.statusCode ?? 0;
      if (status === 307) {
        const location = res.headers.location;
        if (!location) throw new MesosRedirectError(url.toString(), '307 without a Location header');
        if (redirects >= this.maxRedirects) {
          throw new MesosRedirectError(url.toString(), `more than ${this.maxRedirects} redirects`);
        }
        redirects++;
        let next: URL;
        try {
          next = new URL(location, url); // "//host:port/path" keeps url's scheme
        } catch {
          throw new MesosRedirectError(url.toString(), `unusable Location '${location}'`);
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          throw new MesosRedirectError(url.toString(), `unsupported Location scheme '${next.protocol}'`);
        }
        this.current = next;
        this.options.onRedirect?.(next.toString());
        continue;
      }
      const text = exchange.body ? errorText(exchange.body) : '';
      if (status === 503 && retries < this.retry.attempts) {
        retries++;
        await sleep(backoff.next(), options.signal);
        continue;
      }
      if (status >= 200 && status < 300) return { ...exchange, url: url.toString() };
      throw errorForStatus(status, url.toString(), text);
    }
  }

  /** One request/response. For a 200 stream, resolves at the headers; otherwise after the whole body. */
  private exchange(url: URL, body: Uint8Array, options: PostOptions, stream: boolean): Promise<Exchange> {
    return new Promise<Exchange>((resolve, reject) => {
      const where = url.toString();
      let settled = false;
      const finish = (err: Error | undefined, value?: Exchange): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        if (err) reject(err);
        else resolve(value as Exchange);
      };
      const headers: Record<string, string | number> = { ...options.headers, 'Content-Length': body.length };
      const authorization = this.options.authorization?.();
      if (authorization !== undefined) headers['Authorization'] = authorization;
      const secure = url.protocol === 'https:';
      const tls = this.options.tls ?? {};
      const requestOptions: https.RequestOptions = {
        method: 'POST',
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: url.port || (secure ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        headers,
        // A stream gets a connection of its own that is never reused for calls.
        agent: stream ? false : this.agentFor(url),
        ...(secure ? { ca: tls.ca, rejectUnauthorized: tls.rejectUnauthorized ?? true, cert: tls.cert, key: tls.key } : {}),
      };
      const req = (secure ? https : http).request(requestOptions, (res) => {
        const status = res.statusCode ?? 0;
        if (stream && status === 200) {
          finish(undefined, { res });
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= 1024 * 1024) chunks.push(chunk);
        });
        res.on('end', () => finish(undefined, { res, body: Buffer.concat(chunks) }));
        res.on('error', (err) => finish(connectionError(where, err)));
        res.on('aborted', () => finish(new MesosUnavailableError(where, 'response aborted')));
      });
      req.on('error', (err) => finish(err instanceof MesosHttpError || err instanceof AbortedError ? err : connectionError(where, err)));
      const timer = setTimeout(() => {
        const err = new MesosTimeoutError(where, this.requestTimeoutMs);
        finish(err);
        req.destroy(err);
      }, this.requestTimeoutMs);
      const onAbort = (): void => {
        const err = new AbortedError('request aborted');
        finish(err);
        req.destroy(err);
      };
      if (options.signal?.aborted) {
        onAbort();
        return;
      }
      options.signal?.addEventListener('abort', onAbort, { once: true });
      req.end(body);
    });
  }

  private agentFor(url: URL): http.Agent {
    const key = url.protocol;
    let agent = this.agents.get(key);
    if (!agent) {
      const tls = this.options.tls ?? {};
      agent =
        url.protocol === 'https:'
          ? new https.Agent({ keepAlive: true, ca: tls.ca, rejectUnauthorized: tls.rejectUnauthorized ?? true, cert: tls.cert, key: tls.key })
          : new http.Agent({ keepAlive: true });
      this.agents.set(key, agent);
    }
    return agent;
  }
}

function parseEndpoint(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new TypeError(`'${text}' is not a URL (expected e.g. http://master:5050/api/v1/scheduler)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`'${text}' is not an http(s) URL`);
  if (url.username || url.password) throw new TypeError('put credentials in the authorization option, not in the URL');
  return url;
}

function errorText(body: Buffer): string {
  const text = body.toString('utf8').trim();
  return text.length > MAX_ERROR_BODY ? `${text.slice(0, MAX_ERROR_BODY)}…` : text;
}

function connectionError(url: string, err: Error): MesosUnavailableError | MesosTlsError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code !== undefined && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code)) {
    return new MesosTlsError(url, `${code} (${err.message})`, code);
  }
  return new MesosUnavailableError(url, code ? `${code} (${err.message})` : err.message, undefined, '', code);
}

function isNotDelivered(err: MesosUnavailableError): boolean {
  return err.errorCode !== undefined && NOT_DELIVERED.has(err.errorCode);
}
