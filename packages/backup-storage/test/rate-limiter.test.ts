import { Readable } from 'node:stream';
import { TokenBucket, throttle } from '../src/rate-limiter';
import { FakeClock } from './fake-clock';

describe('TokenBucket', () => {
  it('lets the burst through at once, then holds the rate', async () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket(1000, 500, clock);
    await bucket.take(500);
    expect(clock.t).toBe(0);
    for (let i = 0; i < 10; i++) await bucket.take(100);
    // 1000 bytes beyond the burst at 1000 B/s = 1 s
    expect(clock.t).toBeGreaterThanOrEqual(1000);
    expect(clock.t).toBeLessThanOrEqual(1010);
  });

  it('lets a chunk larger than the burst through by going into debt', async () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket(1000, 100, clock);
    await bucket.take(2100);
    expect(clock.t).toBe(2000);
  });

  it('refills while idle, but never above the burst', async () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket(1000, 100, clock);
    await bucket.take(100);
    clock.t += 60_000;
    await bucket.take(100);
    expect(clock.sleeps).toEqual([]);
    await bucket.take(100);
    expect(clock.sleeps).toEqual([100]);
  });

  it('ends an aborted wait at once, and a taker aborted before its turn takes no tokens', async () => {
    const bucket = new TokenBucket(1000, 100); // the system clock: a real 2 s sleep for the first taker
    const first = new AbortController();
    const second = new AbortController();
    const t0 = performance.now();
    const sleeping = bucket.take(2100, first.signal);
    const queued = bucket.take(5000, second.signal);
    second.abort(new Error('job aborted'));
    await expect(queued).rejects.toThrow('job aborted');
    first.abort(new Error('job killed'));
    await expect(sleeping).rejects.toThrow('job killed');
    expect(performance.now() - t0).toBeLessThan(200);
    // Only the first taker's debt (2000 bytes = 2 s at 1000 B/s) is left to wait off, not the second's 5000.
    const clock = new FakeClock();
    const fake = new TokenBucket(1000, 100, clock);
    const aborted = new AbortController();
    aborted.abort(new Error('gone'));
    await expect(fake.take(5000, aborted.signal)).rejects.toThrow('gone');
    await fake.take(100);
    expect(clock.sleeps).toEqual([]);
  });

  it('rejects nonsense rates', () => {
    expect(() => new TokenBucket(0)).toThrow('positive number of bytes per second');
    expect(() => new TokenBucket(Number.NaN)).toThrow('positive');
  });

  it('throttles a stream to the rate without changing its bytes', async () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket(10_000, 1000, clock);
    const chunks = Array.from({ length: 20 }, (_, i) => Buffer.alloc(1000, i));
    const out: Buffer[] = [];
    for await (const c of Readable.from(chunks).pipe(throttle(bucket))) out.push(c as Buffer);
    expect(Buffer.concat(out)).toEqual(Buffer.concat(chunks));
    // 19 000 bytes beyond the burst at 10 000 B/s
    expect(clock.t).toBeGreaterThanOrEqual(1900);
    expect(clock.t).toBeLessThanOrEqual(1920);
  });
});
