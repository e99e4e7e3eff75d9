// The scheduler's REST API over Node's global fetch: a timeout on every call, the bearer token on every
// call when one is set, JSON in and out, and each failure turned into the error with its exit code
// (ApiError for an HTTP error answer, UnreachableError when there is no answer). The token is only
// ever put in the Authorization header: never in a message, never in --verbose output.
import { ApiError, UnreachableError, UsageError } from './errors';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

export interface ClientOptions {
  /** Base URL of the scheduler's API, e.g. http://scheduler.example:8080 (a path prefix is kept). */
  readonly url: string;
  /** Where the URL came from, for "cannot reach" messages: "--url", "CASSANDRA_MESOS_URL" or "default". */
  readonly urlSource: string;
  readonly token?: string | undefined;
  readonly timeoutMs: number;
  /** Called with one line per request and answer (--verbose); never gets the token. */
  readonly trace?: ((line: string) => void) | undefined;
}

export interface RequestOptions {
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly body?: unknown;
  /**
   * Whether an error status is an answer for this call (a plan answers 503 with the plan as its body
   * while it is not COMPLETE; a 503 with an error body is still an error).
   */
  readonly accept?: (status: number, body: unknown) => boolean;
}

export interface Answer<T = unknown> {
  readonly status: number;
  readonly body: T;
}

/** "http://host:8080/prefix" parsed and checked; a usage error (exit 2) says what is wrong with it. */
export function parseBaseUrl(raw: string, source: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${source} ${JSON.stringify(raw)} is not a URL: give the scheduler's API address, e.g. http://scheduler.example:8080`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`${source} ${JSON.stringify(displayUrl(url))} must start with http:// or https:// (the scheduler's REST API)`);
  }
  if (url.search || url.hash) throw new UsageError(`${source} ${JSON.stringify(displayUrl(url))} must not carry a query or fragment: give only scheme, host, port and an optional path prefix`);
  return url;
}

/** The URL without user:password (never printed). */
export function displayUrl(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy.href.replace(/\/$/, '');
}

const HINTS: Readonly<Record<number, string>> = {
  401: 'this call needs the scheduler\'s API token: set --token or CASSANDRA_MESOS_API_TOKEN to the value the scheduler was started with',
  403: 'the token is not allowed to do this',
  503: 'the scheduler cannot do this right now (not the leader, or its state or storage is unavailable); retry in a few seconds',
};

export class ApiClient {
  private readonly base: URL;

  constructor(private readonly options: ClientOptions) {
    this.base = parseBaseUrl(options.url, options.urlSource);
  }

  get displayBase(): string {
    return displayUrl(this.base);
  }

  get<T>(path: string, options: RequestOptions = {}): Promise<Answer<T>> {
    return this.request<T>('GET', path, options);
  }

  put<T>(path: string, options: RequestOptions = {}): Promise<Answer<T>> {
    return this.request<T>('PUT', path, options);
  }

  post<T>(path: string, options: RequestOptions = {}): Promise<Answer<T>> {
    return this.request<T>('POST', path, options);
  }

  patch<T>(path: string, options: RequestOptions = {}): Promise<Answer<T>> {
    return this.request<T>('PATCH', path, options);
  }

  async request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<Answer<T>> {
    const url = this.urlOf(path, options.query);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.options.token) headers['authorization'] = `Bearer ${this.options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const shown = displayUrl(url);
    this.options.trace?.(`> ${method} ${shown}${this.options.token ? ' (with bearer token)' : ''}`);
    const started = Date.now();
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: 'follow',
      });
    } catch (err) {
      throw this.unreachable(err);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (err) {
      throw this.unreachable(err);
    }
    this.options.trace?.(`< ${response.status} ${method} ${shown} in ${Date.now() - started} ms (${text.length} bytes)`);
    const body = parseBody(text, response.headers.get('content-type'));
    if (response.ok || options.accept?.(response.status, body) === true) return { status: response.status, body: body as T };
    throw apiError(response.status, body, method, path);
  }

  private urlOf(path: string, query: RequestOptions['query']): URL {
    const prefix = this.base.pathname.replace(/\/$/, '');
    const url = new URL(`${prefix}${path}`, this.base);
    for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));
    return url;
  }

  private unreachable(err: unknown): UnreachableError {
    const why = describeNetworkError(err, this.options.timeoutMs);
    const fix =
      this.options.urlSource === 'default'
        ? 'set --url or CASSANDRA_MESOS_URL to the scheduler\'s API address (e.g. http://scheduler.example:8080)'
        : `check that the scheduler runs and that ${this.options.urlSource} points at its API (set --url or CASSANDRA_MESOS_URL)`;
    return new UnreachableError(`cannot reach the scheduler at ${this.displayBase} (from ${this.options.urlSource}): ${why}; ${fix}`);
  }
}

function parseBody(text: string, contentType: string | null): unknown {
  if (text === '') return null;
  if (contentType?.includes('json') || /^[[{"]/.test(text.trimStart())) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function apiError(status: number, body: unknown, method: Method, path: string): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError(status, error.code, error.message, error.details, HINTS[status]);
  }
  // Not the scheduler's error shape: a proxy in between, or not a cassandra-mesos scheduler at all.
  const excerpt = typeof body === 'string' ? body.slice(0, 200) : JSON.stringify(body)?.slice(0, 200) ?? '';
  return new ApiError(
    status,
    `HTTP_${status}`,
    `${method} ${path} failed${excerpt ? `: ${excerpt}` : ''} (not a cassandra-mesos error answer: is --url the scheduler's API?)`,
    undefined,
    HINTS[status],
  );
}

const NETWORK_ERRORS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused (nothing listens there)',
  ENOTFOUND: 'the host name does not resolve (DNS)',
  EAI_AGAIN: 'the host name does not resolve (DNS)',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the host is unreachable',
};

/** Connection refused, DNS failure, timeout...: what fetch's error (and its cause) says. */
function describeNetworkError(err: unknown, timeoutMs: number): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return `no answer within ${timeoutMs / 1000} s (raise --timeout if the scheduler is slow)`;
  const cause = err instanceof Error ? (err.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  const known = code === undefined ? undefined : NETWORK_ERRORS[code];
  if (known) return known;
  const detail = typeof cause?.message === 'string' ? cause.message : err instanceof Error ? err.message : String(err);
  return code ? `${code}: ${detail}` : detail;
}
