// One SUBSCRIBE request and its event stream, shared by the scheduler and executor sessions: opens the
// stream on its own connection, checks the response media type, decodes RecordIO records into events,
// runs an optional no-bytes watchdog, and ends with the reason the stream stopped.
import { codecFor } from '../codec/codec';
import type { Codec, MesosMessageClass } from '../codec/codec';
import { AbortedError } from '../util/backoff';
import { Watchdog } from '../util/watchdog';
import { decodeEventStream } from './event-stream';
import { MesosHttpError } from './errors';
import type { MesosHttpTransport, MesosStreamResponse } from './transport';
import type { IncomingHttpHeaders } from 'node:http';

export interface SubscriptionControl {
  /** Sets the no-bytes timeout (e.g. k × heartbeat_interval_seconds once SUBSCRIBED tells it). */
  setWatchdog(timeoutMs: number): void;
}

export interface SubscriptionParams<T> {
  transport: MesosHttpTransport;
  codec: Codec;
  /** The encoded SUBSCRIBE call. */
  body: Uint8Array;
  eventClass: MesosMessageClass<T>;
  /** Aborts everything (session closed). */
  signal: AbortSignal;
  /** Initial no-bytes timeout; undefined: no watchdog until setWatchdog(). */
  watchdogMs?: number;
  /** Error to drop the stream with when the watchdog fires. */
  watchdogError?: (silentMs: number) => Error;
  maxRecordBytes?: number;
  /** Receives the function that drops this subscription (reconnect, 403, close). */
  onDropHandle(drop: (reason: Error) => void): void;
  /** The 200 response headers; throw to refuse the stream. */
  onOpen?(headers: IncomingHttpHeaders): void;
  /** Each event in order; an error thrown here ends the subscription and is rethrown. */
  onEvent(event: T, control: SubscriptionControl): void;
}

class EventHandlerError extends Error {
  constructor(readonly original: unknown) {
    super('event handler failed');
  }
}

/** Resolves with the reason the stream ended; rejects with HTTP errors of the SUBSCRIBE or onEvent/onOpen errors. */
export async function runSubscription<T>(params: SubscriptionParams<T>): Promise<Error> {
  const attempt = new AbortController();
  let dropReason: Error | undefined;
  const open: { stream?: MesosStreamResponse } = {};
  const drop = (reason: Error): void => {
    dropReason ??= reason;
    attempt.abort(reason);
    open.stream?.close();
  };
  params.onDropHandle(drop);
  let stream;
  try {
    stream = await params.transport.openStream(params.body, {
      headers: { 'Content-Type': params.codec.contentType, Accept: params.codec.contentType },
      signal: AbortSignal.any([params.signal, attempt.signal]),
    });
  } catch (err) {
    if (err instanceof AbortedError && dropReason) return dropReason;
    throw err;
  }
  open.stream = stream;
  const watchdogError = params.watchdogError ?? ((ms: number) => new Error(`no bytes received for ${ms} ms`));
  let timeoutMs = params.watchdogMs;
  const watchdog = new Watchdog(timeoutMs ?? 0, () => drop(watchdogError(timeoutMs ?? 0)));
  const control: SubscriptionControl = {
    setWatchdog(ms) {
      timeoutMs = ms;
      watchdog.reset(ms);
      watchdog.start();
    },
  };
  try {
    if (dropReason) return dropReason;
    const contentType = headerValue(stream.headers['content-type']);
    const streamCodec = codecFor(contentType);
    if (!streamCodec) {
      throw new EventHandlerError(new MesosHttpError(`SUBSCRIBE answered with Content-Type '${contentType}'`, stream.status, stream.url));
    }
    try {
      params.onOpen?.(stream.headers);
    } catch (err) {
      throw new EventHandlerError(err);
    }
    if (timeoutMs !== undefined) watchdog.start();
    const events = decodeEventStream(stream.body, streamCodec, params.eventClass, () => watchdog.kick(), params.maxRecordBytes);
    for await (const event of events) {
      if (dropReason) break;
      try {
        params.onEvent(event, control);
      } catch (err) {
        throw new EventHandlerError(err);
      }
    }
    return dropReason ?? new Error('the server closed the subscription stream');
  } catch (err) {
    if (err instanceof EventHandlerError) throw err.original;
    return dropReason ?? (err instanceof Error ? err : new Error(String(err)));
  } finally {
    watchdog.stop();
    stream.close();
  }
}

export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
