// Calls to the scheduler's REST API from the page: same origin, JSON, the bearer token (kept in
// sessionStorage only) when one was entered. A 401 becomes AuthRequiredError so the page can ask
// for the token; every other failure carries the API's own message.
import { apiErrorCode, apiErrorMessage } from '../model/api-errors';

const TOKEN_KEY = 'cassandra-mesos.api-token';

export class ApiCallError extends Error {
  constructor(
    message: string,
    /** HTTP status; 0 when the scheduler could not be reached. */
    readonly status: number,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

/** The call needs the API token (none was sent, or the one sent is wrong). */
export class AuthRequiredError extends ApiCallError {
  constructor(message: string) {
    super(message, 401, 'UNAUTHORIZED');
    this.name = 'AuthRequiredError';
  }
}

/** The token lives in sessionStorage: gone with the tab, never in localStorage, cookies or the URL. */
export const tokenStore = {
  get(): string | undefined {
    try {
      return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
    } catch {
      return undefined;
    }
  },
  set(token: string): void {
    sessionStorage.setItem(TOKEN_KEY, token);
  },
  clear(): void {
    sessionStorage.removeItem(TOKEN_KEY);
  },
};

export interface GetOptions {
  /** Statuses besides 2xx whose body is the answer (a plan that is not COMPLETE answers 503 with the plan). */
  readonly alsoOk?: readonly number[];
}

export class ApiClient {
  constructor(private readonly token: () => string | undefined = () => tokenStore.get()) {}

  /** Headers of every call; also used by the event stream. */
  headers(extra: Record<string, string> = {}): Record<string, string> {
    const token = this.token();
    return { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...extra };
  }

  async get<T>(path: string, options: GetOptions = {}): Promise<T> {
    return (await this.call('GET', path, options)) as T;
  }

  async send(method: 'POST' | 'PUT', path: string): Promise<unknown> {
    return this.call(method, path, {});
  }

  private async call(method: string, path: string, options: GetOptions): Promise<unknown> {
    const label = `${method} ${path}`;
    let res: Response;
    try {
      res = await fetch(path, { method, headers: this.headers(), cache: 'no-store' });
    } catch {
      throw new ApiCallError(apiErrorMessage(0, undefined, label), 0, undefined);
    }
    const body = await readJson(res);
    if (res.ok || options.alsoOk?.includes(res.status)) return body;
    const message = apiErrorMessage(res.status, body, label);
    if (res.status === 401) throw new AuthRequiredError(message);
    throw new ApiCallError(message, res.status, apiErrorCode(body));
  }
}

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text().catch(() => '');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
