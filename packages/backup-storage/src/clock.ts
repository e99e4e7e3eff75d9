/** Time as a dependency, so rate limiting and progress can be tested with a fake clock. */
export interface Clock {
  /** Milliseconds, monotonic enough for rates (performance.now-like). */
  now(): number;
  /** Resolves after `ms`, or as soon as `signal` fires (it never rejects: the caller checks the signal). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted === true) return resolve();
      // Cleared on abort, so an aborted transfer leaves no timer behind.
      const wake = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      signal?.addEventListener('abort', wake, { once: true });
    }),
};
