// The recorded fixtures (test/fixtures/*.json, written by scripts/record-fixtures.ts from a real
// scheduler): per scenario the CLI runs made, each with the exit code it had and the HTTP exchanges it
// caused, in order. Shared by the recorder and the replay server so both match requests alike.

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  /** The raw query string without "?" ("" for none). */
  readonly query: string;
  /** The JSON body, or null when none was sent. */
  readonly body: unknown;
  /** Whether "Authorization: Bearer ..." was sent (the token itself is never recorded). */
  readonly bearer: boolean;
}

export interface RecordedResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: unknown;
}

export interface Exchange {
  readonly request: RecordedRequest;
  readonly response: RecordedResponse;
}

export interface RecordedRun {
  /** CLI arguments without --url and --token (the recorder and the tests add their own). */
  readonly args: readonly string[];
  /** Whether the run sent the API token. */
  readonly withToken: boolean;
  readonly exitCode: number;
  readonly exchanges: readonly Exchange[];
}

export interface Scenario {
  readonly scenario: string;
  readonly description: string;
  readonly recordedAt: string;
  readonly runs: readonly RecordedRun[];
}

/** JSON with object keys sorted: equal values give equal text whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** What identifies a request for replay: method, path, query and body (not the headers). */
export function requestKey(r: Pick<RecordedRequest, 'method' | 'path' | 'query' | 'body'>): string {
  return `${r.method} ${r.path}?${r.query} ${canonicalJson(r.body)}`;
}
