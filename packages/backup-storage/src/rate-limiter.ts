import { Transform, type TransformCallback } from 'node:stream';
import { untilAborted } from './abort';
import { systemClock, type Clock } from './clock';

/**
 * A token bucket in bytes. `take(n)` resolves when n bytes may pass. A request larger than the
 * bucket is let through by going into debt, and the next caller waits the debt off: the long-run
 * rate stays exact without splitting chunks. One bucket may be shared by many streams to cap the
 * total rate of a node.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly bytesPerSecond: number,
    readonly burstBytes: number = Math.max(64 * 1024, Math.floor(bytesPerSecond / 10)),
    private readonly clock: Clock = systemClock,
  ) {
    if (!Number.isFinite(bytesPerSecond) || bytesPerSecond <= 0) {
      throw new Error(`rate limit must be a positive number of bytes per second, got ${bytesPerSecond}`);
    }
    if (!Number.isFinite(burstBytes) || burstBytes <= 0) throw new Error(`burst must be a positive number of bytes, got ${burstBytes}`);
    this.tokens = burstBytes;
    this.last = clock.now();
  }

  /**
   * Waits for n bytes' worth of tokens. Callers are served in order. Once `signal` fires the wait
   * ends early (rejecting with the signal's reason) and, if its turn had not come yet, takes no
   * tokens; callers queued behind it are not held up by it.
   */
  take(n: number, signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.takeNow(n, signal));
    this.queue = turn.catch(() => undefined);
    return untilAborted(turn, signal);
  }

  private async takeNow(n: number, signal: AbortSignal | undefined): Promise<void> {
    signal?.throwIfAborted();
    this.refill();
    this.tokens -= n;
    if (this.tokens < 0) {
      // The debt stays when an abort cuts this short (the bytes were read); the next caller waits it off.
      await this.clock.sleep(Math.ceil((-this.tokens / this.bytesPerSecond) * 1000), signal);
      this.refill();
    }
  }

  private refill(): void {
    const now = this.clock.now();
    this.tokens = Math.min(this.burstBytes, this.tokens + ((now - this.last) / 1000) * this.bytesPerSecond);
    this.last = now;
  }
}

/** A pass-through stream that lets bytes through no faster than the bucket allows (until `signal` fires). */
export function throttle(bucket: TokenBucket, signal?: AbortSignal): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      bucket.take(chunk.length, signal).then(
        () => callback(null, chunk),
        (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
      );
    },
  });
}
