// Every failure talking to a Cassandra node over Jolokia becomes one of these. The message always says
// which operation on which node failed and why; it never contains credentials (the client never hands
// them to anything that could end up in an error).

export interface JmxErrorContext {
  /** Logical operation, e.g. "takeSnapshot", "health", "repair". */
  readonly operation: string;
  /** The node's label (by default the host of the Jolokia URL). */
  readonly node: string;
}

/** Base class of every error raised by this package. */
export abstract class JmxError extends Error {
  readonly operation: string;
  readonly node: string;
  /** Why it failed, without the "<operation> on <node>: " prefix. */
  readonly reason: string;

  constructor(context: JmxErrorContext, reason: string, options?: { cause?: unknown }) {
    super(`${context.operation} on ${context.node}: ${reason}`, options);
    this.operation = context.operation;
    this.node = context.node;
    this.reason = reason;
  }
}

/**
 * The JMX call itself failed: Jolokia answered HTTP 200 with an error status inside (unknown MBean,
 * wrong signature, an exception thrown by Cassandra …).
 */
export class JmxOperationError extends JmxError {
  override readonly name = 'JmxOperationError';
  constructor(
    context: JmxErrorContext,
    /** Jolokia's per-request status (404 unknown MBean, 400 bad request, 500 exception …). */
    readonly status: number,
    /** Java exception class, e.g. "java.io.IOException". */
    readonly errorType: string,
    /** Java exception message, without the class prefix Jolokia adds. */
    readonly javaMessage: string,
  ) {
    super(
      context,
      `${javaMessage === '' ? '(no message)' : javaMessage} (${errorType === '' ? `Jolokia status ${status}` : errorType})`,
    );
  }

  /** True when the MBean is not (yet) registered: Cassandra is still starting or the table does not exist. */
  get isMBeanNotFound(): boolean {
    return this.status === 404 || this.errorType === 'javax.management.InstanceNotFoundException';
  }
}

/** Jolokia refused the credentials (HTTP 401) or the policy forbade the request (HTTP 403). */
export class JmxAuthError extends JmxError {
  override readonly name = 'JmxAuthError';
  constructor(
    context: JmxErrorContext,
    readonly httpStatus: number,
  ) {
    super(
      context,
      httpStatus === 401
        ? 'Jolokia refused the credentials (HTTP 401)'
        : `Jolokia refused the request (HTTP ${httpStatus})`,
    );
  }
}

/** Jolokia answered with an HTTP status other than 200/401/403 (agent failure, unparsable request, proxy …). */
export class JmxHttpError extends JmxError {
  override readonly name: string = 'JmxHttpError';
  constructor(
    context: JmxErrorContext,
    readonly httpStatus: number,
    detail: string,
  ) {
    super(context, `Jolokia answered HTTP ${httpStatus}${detail === '' ? '' : `: ${detail}`}`);
  }
}

/**
 * Jolokia rejected the whole request (HTTP 400) because the MBean has no operation with the given
 * signature, e.g. a Cassandra version without it. Jolokia lists the signatures it knows.
 */
export class JmxNoSuchOperationError extends JmxHttpError {
  override readonly name = 'JmxNoSuchOperationError';
  constructor(
    context: JmxErrorContext,
    /** The operation signature that does not exist, e.g. "importNewSSTables(java.util.Set,boolean)". */
    readonly signature: string,
    detail: string,
  ) {
    super(context, 400, detail);
  }
}

/** The Jolokia agent could not be reached (connection refused or reset, unknown host …). */
export class JmxUnavailableError extends JmxError {
  override readonly name = 'JmxUnavailableError';
  constructor(
    context: JmxErrorContext,
    /** e.g. "ECONNREFUSED", when known. */
    readonly code: string | undefined,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(context, `Jolokia agent unreachable: ${detail}`, options);
  }
}

/** The call (or a polled operation as a whole) did not finish within its time limit. */
export class JmxTimeoutError extends JmxError {
  override readonly name: string = 'JmxTimeoutError';
  constructor(
    context: JmxErrorContext,
    readonly timeoutMs: number,
    detail?: string,
  ) {
    super(context, detail ?? `no answer within ${timeoutMs} ms`);
  }
}

/** Jolokia answered HTTP 200 with something that is not a well-formed Jolokia response (e.g. a truncated body). */
export class JmxProtocolError extends JmxError {
  override readonly name = 'JmxProtocolError';
}

/** The caller aborted the operation (AbortSignal). */
export class JmxAbortedError extends JmxError {
  override readonly name = 'JmxAbortedError';
}

/**
 * The JMX call succeeded but Cassandra reports that the operation failed: cleanup status ≠ 0, repair
 * FAILED, SSTables that could not be imported, decommission failed …
 */
export class CassandraOperationFailedError extends JmxError {
  override readonly name = 'CassandraOperationFailedError';
  constructor(
    context: JmxErrorContext,
    reason: string,
    /** Cassandra's own report (status messages, failed directories …). */
    readonly details: readonly string[] = [],
  ) {
    super(context, reason);
  }
}

/** A repair did not complete within its overall timeout; all repair sessions on the node were terminated. */
export class RepairTimeoutError extends JmxTimeoutError {
  override readonly name = 'RepairTimeoutError';
  constructor(
    context: JmxErrorContext,
    readonly keyspace: string,
    readonly command: number,
    timeoutMs: number,
    /** Whether forceTerminateAllRepairSessions succeeded. */
    readonly terminated: boolean,
  ) {
    super(
      context,
      timeoutMs,
      `repair of keyspace ${keyspace} (command ${command}) did not finish within ${timeoutMs} ms; ` +
        (terminated
          ? 'all repair sessions were terminated'
          : 'terminating the repair sessions failed as well'),
    );
  }
}
