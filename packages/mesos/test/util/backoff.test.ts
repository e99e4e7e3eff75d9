import { AbortedError, Backoff, sleep } from '../../src/util/backoff';
import { AsyncQueue } from '../../src/util/async-queue';

describe('Backoff', () => {
  it('grows exponentially up to the cap, with jitter below each ceiling, and resets', () => {
    const none = new Backoff({ initialMs: 100, maxMs: 1000, jitter: 0 });
    expect([1, 2, 3, 4, 5, 6].map(() => none.next())).toEqual([100, 200, 400, 800, 1000, 1000]);
    none.reset();
    expect(none.next()).toBe(100);
    const full = new Backoff({ initialMs: 100, maxMs: 1000, jitter: 0.5 }, () => 1);
    expect([1, 2, 3].map(() => full.next())).toEqual([50, 100, 200]);
  });

  it('rejects nonsense settings', () => {
    expect(() => new Backoff({ initialMs: 10, maxMs: 5 })).toThrow(RangeError);
  });

  it('sleep() is cancelled by its signal without leaving a timer', async () => {
    const ac = new AbortController();
    const p = sleep(60_000, ac.signal);
    ac.abort();
    await expect(p).rejects.toBeInstanceOf(AbortedError);
    await expect(sleep(1, ac.signal)).rejects.toBeInstanceOf(AbortedError);
    await expect(sleep(1)).resolves.toBeUndefined();
  });
});

describe('AsyncQueue', () => {
  it('delivers in order, then throws the failure once, then reports done', async () => {
    const q = new AsyncQueue<number>();
    q.push(1);
    const pending = q.next();
    q.push(2);
    expect(await pending).toEqual({ value: 1, done: false });
    q.fail(new Error('boom'));
    q.push(3); // ignored after the end
    expect(await q.next()).toEqual({ value: 2, done: false });
    await expect(q.next()).rejects.toThrow('boom');
    expect(await q.next()).toEqual({ value: undefined, done: true });
  });

  it('runs onReturn when the consumer leaves early', async () => {
    const onReturn = jest.fn();
    const q = new AsyncQueue<number>(onReturn);
    q.push(1);
    q.push(2);
    for await (const v of q) if (v === 1) break;
    expect(onReturn).toHaveBeenCalledTimes(1);
  });
});
