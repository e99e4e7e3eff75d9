// Time as a dependency, so lifecycles with long timeouts can be tested with a fake clock.

export interface TimerHandle {
  cancel(): void;
}

export interface Clock {
  now(): number;
  /** Calls `fn` once after `ms`. */
  setTimer(ms: number, fn: () => void): TimerHandle;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(ms, fn) {
    const t = setTimeout(fn, Math.max(0, ms));
    return { cancel: () => clearTimeout(t) };
  },
};

/**
 * The timers a state-machine runner keeps for its machine: one per name, setting a name again
 * replaces it, and a timer that fires is forgotten before `fire` is called.
 */
export class NamedTimers<N> {
  private readonly handles = new Map<N, TimerHandle>();

  constructor(
    private readonly clock: Clock,
    private readonly fire: (name: N) => void,
  ) {}

  set(name: N, atMs: number): void {
    this.cancel(name);
    this.handles.set(
      name,
      this.clock.setTimer(atMs - this.clock.now(), () => {
        this.handles.delete(name);
        this.fire(name);
      }),
    );
  }

  cancel(name: N): void {
    this.handles.get(name)?.cancel();
    this.handles.delete(name);
  }
}
