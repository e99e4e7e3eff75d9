/** Time as a dependency, so rate limiting and progress can be tested with a fake clock. */
export interface Clock {
  /** Milliseconds, monotonic enough for rates (performance.now-like). */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
