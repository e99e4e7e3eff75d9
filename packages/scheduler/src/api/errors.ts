// Every API error has one body shape, { error: { code, message, details? } }, a stable code clients can
// branch on, and a message that says what was wrong and what to do. Routes and the service throw
// ApiError; the app turns anything else into INTERNAL without leaking its text.
import type { z } from 'zod';

export const ERROR_CODES = {
  INVALID_INPUT: 400,
  MALFORMED_JSON: 400,
  UNEXPECTED_BODY: 400,
  CONFIG_REJECTED: 400,
  INVALID_BACKUP_NAME: 400,
  INVALID_LOCATION: 400,
  INVALID_NODE_MAPPING: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  NODE_NOT_FOUND: 404,
  PLAN_NOT_FOUND: 404,
  STEP_NOT_FOUND: 404,
  JOB_NOT_FOUND: 404,
  BACKUP_NOT_FOUND: 404,
  KEYSPACE_NOT_IN_BACKUP: 404,
  METHOD_NOT_ALLOWED: 405,
  NOT_ACCEPTABLE: 406,
  COMMAND_REJECTED: 409,
  JOB_RUNNING: 409,
  NO_JOB_RUNNING: 409,
  BACKUP_EXISTS: 409,
  BACKUP_CORRUPT: 409,
  LOCAL_BACKUP: 409,
  PURGE_RUNNING: 409,
  PURGE_REFUSED: 409,
  CATALOGUE_FULL: 409,
  NODES_NOT_STOPPED: 409,
  NODES_NOT_LIVE: 409,
  NODE_COUNT_MISMATCH: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL: 500,
  NOT_SUPPORTED: 501,
  NOT_LEADER: 503,
  STATE_UNAVAILABLE: 503,
  NO_LIVE_NODES: 503,
  NODE_STATUS_UNAVAILABLE: 503,
  STORAGE_UNAVAILABLE: 503,
  BACKUPS_UNAVAILABLE: 503,
  UNAVAILABLE: 503,
  CLUSTER_UNHEALTHY: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
  readonly code?: string;
}

export interface ErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string; readonly details?: unknown };
}

export class ApiError extends Error {
  readonly status: number;
  /** Top-level fields next to `error` (e.g. the original API's `started: false`). */
  private bodyFields: Readonly<Record<string, unknown>> = {};

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = ERROR_CODES[code];
  }

  /** The same error with more top-level fields in its body, for clients that look for them there. */
  withBodyFields(fields: Readonly<Record<string, unknown>>): ApiError {
    const copy = new ApiError(this.code, this.message, this.details, this.headers);
    copy.bodyFields = { ...this.bodyFields, ...fields };
    return copy;
  }

  body(): ErrorBody {
    return { ...this.bodyFields, error: { code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) } };
  }
}

/** Where a value came from, for field names in problems: "query.limit", "body.nodes[0]", "path.node". */
export type InputPart = 'path' | 'query' | 'body';

/**
 * zod issues of `input` as field-level problems: unknown keys one problem each, naming what is
 * allowed; wrong types say what was expected and what came (a repeated query parameter: an array).
 */
export function fieldProblems(part: InputPart, input: unknown, error: z.ZodError, allowedKeys: readonly string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of error.issues) {
    const base = fieldName(part, issue.path);
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys.length > 0 ? `allowed: ${allowedKeys.join(', ')}` : 'this endpoint takes none';
      const what = part === 'query' ? 'query parameter' : part === 'body' ? 'field' : 'parameter';
      for (const key of issue.keys) problems.push({ field: joinField(base, key), message: `unknown ${what} '${key}' (${allowed})` });
    } else if (issue.code === 'invalid_type') {
      problems.push({ field: base, message: typeMessage(part, issue.expected, valueAt(input, issue.path)) });
    } else {
      problems.push({ field: base, message: issue.message });
    }
  }
  return problems;
}

function typeMessage(part: InputPart, expected: string, value: unknown): string {
  if (value === undefined) return part === 'body' && expected !== 'object' ? `is required (${expected})` : 'is required';
  if (part === 'query' && Array.isArray(value)) return `was given ${value.length} times; give it once`;
  const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
  return `must be ${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}, got ${got}`;
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function fieldName(part: InputPart, path: ReadonlyArray<PropertyKey>): string {
  let name: string = part;
  for (const segment of path) name = typeof segment === 'number' ? `${name}[${segment}]` : joinField(name, String(segment));
  return name;
}

function joinField(base: string, key: string): string {
  return `${base}.${key}`;
}

export function invalidInput(problems: readonly FieldProblem[]): ApiError {
  const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new ApiError('INVALID_INPUT', `the request is not valid: ${summary}`, problems);
}
