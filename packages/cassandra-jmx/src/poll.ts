// Sleeping that an AbortSignal interrupts at once.
import { JmxAbortedError, type JmxErrorContext } from './errors';

/** Resolves after `ms`; rejects with JmxAbortedError as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined, context: JmxErrorContext): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(new JmxAbortedError(context, 'aborted'));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new JmxAbortedError(context, 'aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
