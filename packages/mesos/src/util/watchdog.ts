// Fires once when kick() has not been called for timeoutMs. One timer, refreshed on every kick.

export class Watchdog {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private timeoutMs: number,
    private readonly onExpire: () => void,
  ) {}

  start(): void {
    this.stop();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onExpire();
    }, this.timeoutMs);
  }

  /** Bytes arrived: start counting again. */
  kick(): void {
    if (this.timer) this.timer.refresh();
  }

  /** Changes the timeout and restarts the count. */
  reset(timeoutMs: number): void {
    this.timeoutMs = timeoutMs;
    if (this.timer) this.start();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
