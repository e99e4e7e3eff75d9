// Maps what jolokia.js rejects with (a fetch Response for HTTP ≠ 200, TypeError "fetch failed" for
// connection problems, DOMException for its AbortSignal.timeout, SyntaxError for a truncated body)
// to typed errors. Objects can come from another realm (undici's), so they are recognised by shape.
import {
  JmxAuthError,
  JmxHttpError,
  JmxNoSuchOperationError,
  JmxProtocolError,
  JmxTimeoutError,
  JmxUnavailableError,
  type JmxError,
  type JmxErrorContext,
} from './errors';

interface ResponseLike {
  readonly status: number;
  readonly statusText: string;
  text(): Promise<string>;
}

function isResponseLike(e: unknown): e is ResponseLike {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { status?: unknown }).status === 'number' &&
    typeof (e as { text?: unknown }).text === 'function'
  );
}

function errorName(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && typeof (e as { name?: unknown }).name === 'string'
    ? (e as { name: string }).name
    : undefined;
}

function errorMessage(e: unknown): string {
  if (typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string')
    return (e as { message: string }).message;
  return String(e);
}

/** The innermost `code` (ECONNREFUSED, UND_ERR_HEADERS_TIMEOUT …) and message along the cause chain. */
function rootCause(e: unknown): { code: string | undefined; message: string } {
  let current: unknown = e;
  let code: string | undefined;
  let message = errorMessage(e);
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const c = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof c.code === 'string') code = c.code;
    if (typeof c.message === 'string' && c.message !== '') message = c.message;
    current = c.cause;
  }
  return { code, message };
}

const TIMEOUT_CODES = new Set([
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'ETIMEDOUT',
]);

/** Turns a rejection of jolokia.js's request() into a typed error. The HTTP body of a failure is read (and thereby released). */
export async function mapTransportError(
  e: unknown,
  context: JmxErrorContext,
  timeoutMs: number,
): Promise<JmxError> {
  if (isResponseLike(e)) {
    if (e.status === 401 || e.status === 403) {
      await e.text().catch(() => '');
      return new JmxAuthError(context, e.status);
    }
    const body = await e.text().catch(() => '');
    const text = body.trim().replace(/^\d{3} \([^)]*\)\s*/, '');
    const detail = (text === '' ? e.statusText : text).replace(/\s+/g, ' ').slice(0, 600);
    const noSuchOperation = e.status === 400 ? /No operation (\S+) on MBean \S+ exists/.exec(body) : null;
    if (noSuchOperation?.[1] !== undefined)
      return new JmxNoSuchOperationError(context, noSuchOperation[1], detail);
    return new JmxHttpError(context, e.status, detail);
  }
  const name = errorName(e);
  if (name === 'TimeoutError') return new JmxTimeoutError(context, timeoutMs);
  if (name === 'SyntaxError') {
    return new JmxProtocolError(
      context,
      `Jolokia answered HTTP 200 with a malformed or truncated JSON body (${errorMessage(e)})`,
    );
  }
  const { code, message } = rootCause(e);
  if (code !== undefined && TIMEOUT_CODES.has(code))
    return new JmxTimeoutError(context, timeoutMs, `no answer in time (${code})`);
  return new JmxUnavailableError(context, code, code === undefined ? message : `${message} (${code})`);
}
