// The one place that talks to a Jolokia agent. POST only (always a JSON array, i.e. a bulk request),
// credentials as a preemptive Basic Authorization header (jolokia.js's username/password options
// call window.btoa and crash in Node), a timeout per call, and every failure mapped to a typed error
// naming the operation and the node. The credentials live in private fields only, so neither
// util.inspect nor JSON.stringify of a client shows them, and no error ever carries them.
import { JmxAbortedError, JmxOperationError, JmxProtocolError, type JmxErrorContext } from './errors';
import {
  Jolokia,
  jolokiaConfiguration,
  requestOptions,
  type IJolokia,
  type JolokiaRequest,
} from './jolokia-lib';
import { mapTransportError } from './transport-errors';

export interface JmxCredentials {
  readonly username: string;
  readonly password: string;
}

export interface JmxClientOptions {
  /** Jolokia agent URL, e.g. "http://127.0.0.1:8778/jolokia/". Must not contain credentials. */
  readonly url: string;
  readonly credentials?: JmxCredentials;
  /** How errors name the node; default: the URL's host. */
  readonly nodeName?: string;
  /** Default per-call timeout in ms; default 30 s. */
  readonly timeoutMs?: number;
}

export interface CallOptions {
  /** Overrides the client's default timeout for this call. */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

export type JmxReadRequest = {
  readonly type: 'read';
  readonly mbean: string;
  readonly attribute?: string | readonly string[];
  readonly path?: string;
};
export type JmxExecRequest = {
  readonly type: 'exec';
  readonly mbean: string;
  readonly operation: string;
  readonly arguments: readonly unknown[];
};
export type JmxSearchRequest = { readonly type: 'search'; readonly mbean: string };
export type JmxVersionRequest = { readonly type: 'version' };
export type JmxRequest = JmxReadRequest | JmxExecRequest | JmxSearchRequest | JmxVersionRequest;

/** One answer of a bulk request: the value, or the JMX-level error of that request alone. */
export type JmxResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: JmxOperationError };

const DEFAULT_TIMEOUT_MS = 30_000;

function basicAuthorization(c: JmxCredentials): string {
  if (c.username.includes(':')) throw new TypeError('Jolokia user name must not contain ":"');
  return `Basic ${Buffer.from(`${c.username}:${c.password}`, 'utf8').toString('base64')}`;
}

function parseAgentUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TypeError('Jolokia URL is not a valid URL');
  }
  if (url.username !== '' || url.password !== '')
    throw new TypeError('Jolokia URL must not contain credentials; pass them as `credentials`');
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TypeError(`Jolokia URL must be http or https, not ${url.protocol}`);
  return url;
}

/** Strips the "<class> : " prefix Jolokia puts in front of some exception messages. */
function javaMessage(error: string, errorType: string): string {
  for (const prefix of [`${errorType} : `, `${errorType}: `])
    if (errorType !== '' && error.startsWith(prefix)) return error.slice(prefix.length);
  return error;
}

function toResult(raw: unknown, context: JmxErrorContext): JmxResult {
  if (typeof raw !== 'object' || raw === null || typeof (raw as { status?: unknown }).status !== 'number') {
    throw new JmxProtocolError(
      context,
      `unexpected Jolokia response element ${JSON.stringify(raw)?.slice(0, 200) ?? String(raw)}`,
    );
  }
  const r = raw as { status: number; value?: unknown; error?: unknown; error_type?: unknown };
  if (r.status === 200) return { ok: true, value: r.value ?? null };
  const errorType = typeof r.error_type === 'string' ? r.error_type : '';
  const error = typeof r.error === 'string' ? r.error : '';
  return {
    ok: false,
    error: new JmxOperationError(context, r.status, errorType, javaMessage(error, errorType)),
  };
}

export class JmxClient {
  readonly url: string;
  readonly node: string;
  readonly defaultTimeoutMs: number;
  readonly #jolokia: IJolokia;

  constructor(options: JmxClientOptions) {
    const url = parseAgentUrl(options.url);
    this.url = url.toString();
    this.node = options.nodeName ?? url.hostname;
    this.defaultTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const headers =
      options.credentials === undefined
        ? undefined
        : { Authorization: basicAuthorization(options.credentials) };
    this.#jolokia = new Jolokia(
      jolokiaConfiguration({
        url: this.url,
        method: 'post',
        includeRequest: false,
        ...(headers === undefined ? {} : { headers }),
      }),
    );
  }

  /** Error context for `operation` on this node. */
  context(operation: string): JmxErrorContext {
    return { operation, node: this.node };
  }

  /**
   * Sends `requests` in ONE POST and returns one result per request, in order. A JMX-level error of one
   * request is returned in its slot; anything that fails the whole exchange (HTTP, connection,
   * timeout, malformed body, abort) is thrown.
   */
  async bulk(
    operation: string,
    requests: readonly JmxRequest[],
    options: CallOptions = {},
  ): Promise<JmxResult[]> {
    const context = this.context(operation);
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    if (requests.length === 0) return [];
    if (options.signal?.aborted === true)
      throw new JmxAbortedError(context, 'aborted before the request was sent');
    const sent = this.#jolokia
      .request(requests as unknown as JolokiaRequest[], requestOptions({ timeout: timeoutMs }))
      .then(
        (answer) => answer as unknown,
        async (e: unknown) => {
          throw await mapTransportError(e, context, timeoutMs);
        },
      );
    const answer = await raceAbort(sent, options.signal, context);
    if (!Array.isArray(answer)) {
      const text = typeof answer === 'string' ? answer : JSON.stringify(answer);
      throw new JmxProtocolError(
        context,
        `expected a JSON array from Jolokia, got ${text?.slice(0, 200) ?? String(answer)}`,
      );
    }
    if (answer.length !== requests.length)
      throw new JmxProtocolError(
        context,
        `sent ${requests.length} requests, Jolokia answered ${answer.length}`,
      );
    return answer.map((raw: unknown) => toResult(raw, context));
  }

  /** Sends all requests in ONE POST; returns their values in order, throwing the first JMX-level error. */
  async bulkValues(
    operation: string,
    requests: readonly JmxRequest[],
    options?: CallOptions,
  ): Promise<unknown[]> {
    const results = await this.bulk(operation, requests, options);
    return results.map((r) => {
      if (!r.ok) throw r.error;
      return r.value;
    });
  }

  /** One request; its value, or its JMX-level error thrown. */
  async request(operation: string, request: JmxRequest, options?: CallOptions): Promise<unknown> {
    const [value] = await this.bulkValues(operation, [request], options);
    return value;
  }

  read(operation: string, mbean: string, attribute: string, options?: CallOptions): Promise<unknown> {
    return this.request(operation, { type: 'read', mbean, attribute }, options);
  }

  /** `signature` is the full Jolokia operation string, e.g. "forceKeyspaceFlush(java.lang.String,[Ljava.lang.String;)". */
  exec(
    operation: string,
    mbean: string,
    signature: string,
    args: readonly unknown[],
    options?: CallOptions,
  ): Promise<unknown> {
    return this.request(operation, { type: 'exec', mbean, operation: signature, arguments: args }, options);
  }

  /** ObjectNames matching `pattern`. */
  async search(operation: string, pattern: string, options?: CallOptions): Promise<string[]> {
    const value = await this.request(operation, { type: 'search', mbean: pattern }, options);
    if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
      throw new JmxProtocolError(
        this.context(operation),
        `search ${pattern} answered ${JSON.stringify(value)?.slice(0, 200)}`,
      );
    }
    return value;
  }

  toJSON(): { url: string; node: string } {
    return { url: this.url, node: this.node };
  }
}

async function raceAbort<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  context: JmxErrorContext,
): Promise<T> {
  if (signal === undefined) return promise;
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new JmxAbortedError(context, 'aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  // The request may still settle after an abort: its outcome is deliberately ignored then.
  void promise.catch(() => undefined);
  try {
    return await Promise.race([promise, aborted]);
  } finally {
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
  }
}
