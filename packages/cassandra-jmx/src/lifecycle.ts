// Long-running node lifecycle operations. drain and decommission block inside Cassandra for as long as
// they take (Node's fetch gives up on response headers after 300 s), so they are fired with a long
// timeout and confirmed by polling OperationMode; a client-side timeout or dropped connection of the
// firing call is tolerated, a JMX error of it is not.
import type { Dialect } from './dialect';
import {
  CassandraOperationFailedError,
  JmxAbortedError,
  JmxTimeoutError,
  JmxUnavailableError,
  type JmxError,
} from './errors';
import type { CallOptions, JmxClient, JmxExecRequest } from './jmx-client';
import { STORAGE_SERVICE } from './names';
import { sleep } from './poll';
import { expectString } from './values';

export interface LongOperationControl {
  /** Overall limit; default 30 min (drain) / 12 h (decommission). */
  readonly timeoutMs?: number;
  /** OperationMode poll interval; default 1 s. */
  readonly pollIntervalMs?: number;
  readonly signal?: AbortSignal;
  /** Called with every OperationMode seen while waiting. */
  readonly onMode?: (mode: string) => void;
}

interface Goal {
  readonly operation: string;
  readonly request: JmxExecRequest;
  readonly done: string;
  readonly failed?: string;
  readonly defaultTimeoutMs: number;
}

function isTransportFailure(e: unknown): e is JmxError {
  return e instanceof JmxTimeoutError || e instanceof JmxUnavailableError;
}

async function fireAndConfirm(client: JmxClient, goal: Goal, control: LongOperationControl): Promise<void> {
  const context = client.context(goal.operation);
  const timeoutMs = control.timeoutMs ?? goal.defaultTimeoutMs;
  const started = Date.now();
  const readMode = async (): Promise<string | undefined> => {
    try {
      return expectString(
        context,
        'OperationMode',
        await client.read(goal.operation, STORAGE_SERVICE, 'OperationMode', {
          timeoutMs: Math.min(client.defaultTimeoutMs, 10_000),
        }),
      );
    } catch (e) {
      if (isTransportFailure(e)) return undefined;
      throw e;
    }
  };
  // A node whose previous attempt failed still says so until this attempt changes its mode: that old
  // failure is not this attempt's (a retry after the cause was fixed must not fail at once).
  let staleFailure = goal.failed !== undefined && (await readMode()) === goal.failed;
  // Settled state of the firing call: undefined while running.
  let outcome: { ok: true } | { ok: false; error: unknown } | undefined;
  // The firing call settles on its own (done, JMX error, or its timeout); its outcome is checked on every poll.
  const fired = client.request(goal.operation, goal.request, { timeoutMs }).then(
    () => {
      outcome = { ok: true };
    },
    (error: unknown) => {
      outcome = { ok: false, error };
    },
  );
  try {
    for (;;) {
      if (outcome !== undefined && !outcome.ok && !isTransportFailure(outcome.error)) throw outcome.error;
      const mode = await readMode();
      if (mode !== undefined) control.onMode?.(mode);
      if (mode === goal.done) return;
      if (mode !== undefined && mode !== goal.failed) staleFailure = false;
      if (goal.failed !== undefined && mode === goal.failed && !staleFailure) {
        // The firing call's JMX error, if it comes, says why: prefer it.
        const grace = new AbortController();
        await Promise.race([fired, sleep(5000, grace.signal, context).catch(() => undefined)]);
        grace.abort();
        if (outcome !== undefined && !outcome.ok && !isTransportFailure(outcome.error)) throw outcome.error;
        throw new CassandraOperationFailedError(context, `OperationMode is ${mode}; see the node's log`);
      }
      if (Date.now() - started >= timeoutMs)
        throw new JmxTimeoutError(
          context,
          timeoutMs,
          `OperationMode did not reach ${goal.done} within ${timeoutMs} ms (last seen: ${mode ?? 'unreadable'})`,
        );
      await sleep(
        Math.min(control.pollIntervalMs ?? 1000, Math.max(1, timeoutMs - (Date.now() - started))),
        control.signal,
        context,
      );
    }
  } catch (e) {
    if (e instanceof JmxAbortedError)
      throw new JmxAbortedError(
        context,
        `stopped waiting for ${goal.done}; the operation itself cannot be cancelled and may still complete`,
      );
    throw e;
  }
}

/** Flushes everything and stops accepting writes; resolves once OperationMode is DRAINED. */
export function drain(
  client: JmxClient,
  dialect: Dialect,
  control: LongOperationControl = {},
): Promise<void> {
  return fireAndConfirm(
    client,
    { operation: 'drain', request: dialect.drain(), done: 'DRAINED', defaultTimeoutMs: 30 * 60_000 },
    control,
  );
}

export interface DecommissionOptions extends LongOperationControl {
  /** Decommission even if the remaining nodes cannot hold the replication factor. Default false. */
  readonly force?: boolean;
}

/** Streams this node's data away and leaves the ring; resolves once OperationMode is DECOMMISSIONED. */
export function decommission(
  client: JmxClient,
  dialect: Dialect,
  options: DecommissionOptions = {},
): Promise<void> {
  return fireAndConfirm(
    client,
    {
      operation: 'decommission',
      request: dialect.decommission(options.force ?? false),
      done: 'DECOMMISSIONED',
      failed: 'DECOMMISSION_FAILED',
      defaultTimeoutMs: 12 * 3600_000,
    },
    options,
  );
}

const HOST_ID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * Removes a dead node (by host id) from the ring, run on a live node. Blocks until the removal's
 * streaming is done; use removalStatus() from another call to follow it.
 */
export async function removeNode(
  client: JmxClient,
  dialect: Dialect,
  hostId: string,
  call?: CallOptions,
): Promise<void> {
  if (!HOST_ID.test(hostId))
    throw new TypeError(`invalid host id ${JSON.stringify(hostId)}: expected a UUID`);
  await client.request('removeNode', dialect.removeNode(hostId), call);
}

/** Cassandra's removal status text, e.g. "No token removals in process." */
export async function removalStatus(
  client: JmxClient,
  dialect: Dialect,
  call?: CallOptions,
): Promise<string> {
  return expectString(
    client.context('removalStatus'),
    'RemovalStatusWithPort',
    await client.request('removalStatus', dialect.removalStatus(), call),
  );
}
