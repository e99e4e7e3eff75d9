/** A point-in-time view of a transfer, as shown to operators. */
export interface ProgressSnapshot {
  readonly bytesDone: number;
  readonly bytesTotal: number;
  /** Bytes per second over the recent window; 0 until two samples exist. */
  readonly bytesPerSecond: number;
  /** Seconds left at the current rate; undefined while the rate is unknown (0 when done). */
  readonly etaSeconds: number | undefined;
}

/**
 * Tracks bytes done against a total and derives a rate over a sliding window (so the ETA follows
 * the current speed, not the average since start). Pure: the caller passes the time.
 */
export class ProgressMeter {
  private done = 0;
  private readonly samples: { t: number; bytes: number }[] = [];

  constructor(
    readonly bytesTotal: number,
    startMs: number,
    private readonly windowMs = 10_000,
  ) {
    this.samples.push({ t: startMs, bytes: 0 });
  }

  add(bytes: number, nowMs: number): void {
    this.done += bytes;
    this.samples.push({ t: nowMs, bytes: this.done });
    // Keep one sample older than the window so the rate always spans the whole window.
    while (this.samples.length > 2 && this.samples[1]!.t <= nowMs - this.windowMs) this.samples.shift();
  }

  get bytesDone(): number {
    return this.done;
  }

  snapshot(nowMs: number): ProgressSnapshot {
    const oldest = this.samples[0]!;
    const elapsedMs = nowMs - oldest.t;
    const bytesPerSecond = elapsedMs > 0 && this.samples.length > 1 ? ((this.done - oldest.bytes) * 1000) / elapsedMs : 0;
    const left = Math.max(0, this.bytesTotal - this.done);
    const etaSeconds = left === 0 ? 0 : bytesPerSecond > 0 ? left / bytesPerSecond : undefined;
    return { bytesDone: this.done, bytesTotal: this.bytesTotal, bytesPerSecond, etaSeconds };
  }
}
