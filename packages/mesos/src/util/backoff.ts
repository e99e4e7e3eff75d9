// Truncated exponential backoff with jitter, and an abortable sleep. Used for 503 retries in the
// transport and for resubscription in both sessions.

export interface BackoffOptions {
  /** First delay before jitter, in ms. */
  initialMs: number;
  /** Upper bound of every delay, in ms (the truncation). */
  maxMs: number;
  /** Growth per attempt; 2 by default. */
  factor?: number;
  /**
   * Fraction of each delay that is randomised, 0..1 (0.5 by default): a delay d becomes a value in
   * [d × (1 - jitter), d]. Spreads the retries of many clients after a master failover.
   */
  jitter?: number;
}

export class Backoff {
  private attempt = 0;
  private readonly factor: number;
  private readonly jitter: number;

  constructor(
    private readonly options: BackoffOptions,
    private readonly random: () => number = Math.random,
  ) {
    if (!(options.initialMs >= 0) || !(options.maxMs >= options.initialMs)) {
      throw new RangeError(`invalid backoff: initialMs=${options.initialMs} maxMs=${options.maxMs}`);
    }
    this.factor = options.factor ?? 2;
    this.jitter = Math.min(1, Math.max(0, options.jitter ?? 0.5));
  }

  /** The delay before the next attempt; each call grows the next one until maxMs. */
  next(): number {
    const ceiling = Math.min(this.options.maxMs, this.options.initialMs * this.factor ** this.attempt);
    if (ceiling < this.options.maxMs) this.attempt++;
    return Math.round(ceiling * (1 - this.jitter * this.random()));
  }

  /** Back to the initial delay (after a success). */
  reset(): void {
    this.attempt = 0;
  }
}

export class AbortedError extends Error {
  readonly code = 'ABORTED';
  constructor(message = 'operation aborted') {
    super(message);
    this.name = 'AbortedError';
  }
}

/** Resolves after ms, or rejects with AbortedError as soon as signal aborts. Leaves no timer behind. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new AbortedError());
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new AbortedError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
