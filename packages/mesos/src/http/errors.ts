// Typed errors of the Mesos v1 HTTP APIs (reference §1.1, §3.1, §4.8). Messages carry the URL, the
// status and the server's text, never request headers: credentials cannot leak through them.

/** Base of every HTTP-level failure talking to a master or an agent. */
export class MesosHttpError extends Error {
  /** True when the same request may succeed later (503, connection refused, timeout). */
  readonly retryable: boolean = false;
  constructor(
    message: string,
    /** HTTP status, or undefined when no response arrived. */
    readonly status: number | undefined,
    /** The URL of the request that failed (after redirects). */
    readonly url: string,
    /** Response body text, trimmed; empty when none. */
    readonly body: string = '',
  ) {
    super(message);
    this.name = 'MesosHttpError';
  }
}

/** 400: the call is malformed or invalid; the body says why (e.g. "Framework cannot be found"). */
export class MesosBadRequestError extends MesosHttpError {
  constructor(url: string, body: string) {
    super(`Mesos rejected the call with 400 Bad Request: ${body || '(no reason given)'}`, 400, url, body);
    this.name = 'MesosBadRequestError';
  }
}

/** 401: missing or wrong credentials. */
export class MesosUnauthorizedError extends MesosHttpError {
  constructor(url: string, body: string) {
    super(`Mesos refused the credentials (401 Unauthorized) at ${url}`, 401, url, body);
    this.name = 'MesosUnauthorizedError';
  }
}

/** 403: not subscribed (any more) or not allowed; a scheduler must resubscribe. */
export class MesosForbiddenError extends MesosHttpError {
  constructor(url: string, body: string) {
    super(`Mesos answered 403 Forbidden: ${body || '(no reason given)'}`, 403, url, body);
    this.name = 'MesosForbiddenError';
  }
}

/** 406: the Accept header allows neither JSON nor protobuf. */
export class MesosNotAcceptableError extends MesosHttpError {
  constructor(url: string, body: string) {
    super(`Mesos cannot produce an acceptable media type (406): ${body || '(no reason given)'}`, 406, url, body);
    this.name = 'MesosNotAcceptableError';
  }
}

/** 415: the Content-Type was not exactly application/json or application/x-protobuf. */
export class MesosUnsupportedMediaTypeError extends MesosHttpError {
  constructor(url: string, body: string) {
    super(`Mesos rejected the Content-Type (415): ${body || '(no reason given)'}`, 415, url, body);
    this.name = 'MesosUnsupportedMediaTypeError';
  }
}

/** 503 (not recovered / not the leader yet) or no connection at all: try again later. */
export class MesosUnavailableError extends MesosHttpError {
  override readonly retryable = true;
  constructor(
    url: string,
    reason: string,
    status?: number,
    body = '',
    /** The socket error code (ECONNREFUSED, ECONNRESET, …) when no response arrived. */
    readonly errorCode?: string,
  ) {
    super(`Mesos at ${url} is unavailable: ${reason}`, status, url, body);
    this.name = 'MesosUnavailableError';
  }
}

/** The TLS handshake failed (untrusted or mismatching certificate, protocol mismatch): a configuration problem. */
export class MesosTlsError extends MesosHttpError {
  constructor(
    url: string,
    reason: string,
    /** The OpenSSL / Node error code, e.g. DEPTH_ZERO_SELF_SIGNED_CERT or ERR_TLS_CERT_ALTNAME_INVALID. */
    readonly errorCode: string,
  ) {
    super(`TLS connection to ${url} failed: ${reason}`, undefined, url);
    this.name = 'MesosTlsError';
  }
}

/** No response within the request timeout. The call may or may not have been applied. */
export class MesosTimeoutError extends MesosHttpError {
  override readonly retryable = true;
  constructor(url: string, timeoutMs: number) {
    super(`no response from Mesos at ${url} within ${timeoutMs} ms`, undefined, url);
    this.name = 'MesosTimeoutError';
  }
}

/** More 307 redirects than allowed, or a redirect without a usable Location. */
export class MesosRedirectError extends MesosHttpError {
  constructor(url: string, reason: string) {
    super(`redirect from ${url} not followed: ${reason}`, 307, url);
    this.name = 'MesosRedirectError';
  }
}

/** A call was made while the session has no subscription (before SUBSCRIBED or while reconnecting). */
export class MesosNotSubscribedError extends Error {
  readonly code = 'MESOS_NOT_SUBSCRIBED';
  constructor(what: string) {
    super(`${what}: not subscribed to Mesos (wait for SUBSCRIBED)`);
    this.name = 'MesosNotSubscribedError';
  }
}

/** The session was closed (close() or teardown()); no more calls can be made. */
export class MesosSessionClosedError extends Error {
  readonly code = 'MESOS_SESSION_CLOSED';
  constructor(what: string) {
    super(`${what}: the Mesos session is closed`);
    this.name = 'MesosSessionClosedError';
  }
}

/** Maps a non-success status to its typed error. */
export function errorForStatus(status: number, url: string, body: string): MesosHttpError {
  switch (status) {
    case 400:
      return new MesosBadRequestError(url, body);
    case 401:
      return new MesosUnauthorizedError(url, body);
    case 403:
      return new MesosForbiddenError(url, body);
    case 406:
      return new MesosNotAcceptableError(url, body);
    case 415:
      return new MesosUnsupportedMediaTypeError(url, body);
    case 503:
      return new MesosUnavailableError(url, body || '503 Service Unavailable', 503, body);
    default:
      return new MesosHttpError(`Mesos answered ${status}${body ? `: ${body}` : ''}`, status, url, body);
  }
}
