// How transfers honour an AbortSignal: one wording of the reason, one error type, and a way to stop
// waiting for something that cannot itself be cancelled (a rate limiter's turn).
import { TransferAbortedError } from './errors';

/** The signal's reason as text for messages (an Error's message, a string, or a generic phrase). */
export function abortReason(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.message !== '') return reason.message;
  if (typeof reason === 'string' && reason !== '') return reason;
  return 'the transfer was aborted';
}

export function transferAborted(signal: AbortSignal, operation: string, key: string, detail?: string): TransferAbortedError {
  return new TransferAbortedError(operation, key, abortReason(signal), detail);
}

/** Throws TransferAbortedError if the signal has fired: called before anything is requested or written. */
export function throwIfTransferAborted(signal: AbortSignal | undefined, operation: string, key: string): void {
  if (signal?.aborted === true) throw transferAborted(signal, operation, key);
}

/**
 * Settles like `work`, or rejects with the signal's reason as soon as it fires. Only for waits that
 * hold nothing (the work still runs to its end, unobserved): a rate limiter's turn, for instance,
 * whose tokens are taken either way.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return work;
  if (signal.aborted) {
    void work.catch(() => undefined);
    return Promise.reject(signal.reason as Error);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    void work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
