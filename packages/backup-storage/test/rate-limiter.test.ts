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
