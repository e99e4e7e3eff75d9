import { PartBufferPool, partSizeFor } from '../src/s3-upload';

const MiB = 1024 * 1024;

describe('partSizeFor', () => {
  it('keeps the configured part size while the file fits into 10,000 parts', () => {
    expect(partSizeFor(0, 16 * MiB)).toBe(16 * MiB);
    expect(partSizeFor(10_000 * 16 * MiB, 16 * MiB)).toBe(16 * MiB);
  });

  it('grows to the next whole MiB for larger files, so S3 never sees part 10,001', () => {
    const size = 10_000 * 16 * MiB + 1;
    expect(partSizeFor(size, 16 * MiB)).toBe(17 * MiB);
    expect(Math.ceil(size / partSizeFor(size, 16 * MiB))).toBeLessThanOrEqual(10_000);
    expect(partSizeFor(500 * 1024 * MiB, 5 * MiB)).toBe(52 * MiB);
  });
});

describe('PartBufferPool', () => {
  it('creates buffers up to its maximum, then makes callers wait, first come first served, and reuses what is released', async () => {
    const pool = new PartBufferPool(8, 2);
    const a = await pool.acquire();
    const b = await pool.acquire();
    expect(a).not.toBe(b);
    expect(a.length).toBe(8);
    const order: string[] = [];
    const c = pool.acquire().then((buf) => (order.push('c'), buf));
    const d = pool.acquire().then((buf) => (order.push('d'), buf));
    await Promise.resolve();
    expect(order).toEqual([]);
    pool.release(b);
    expect(await c).toBe(b);
    pool.release(a);
    expect(await d).toBe(a);
    expect(order).toEqual(['c', 'd']);
    pool.release(a);
    expect(await pool.acquire()).toBe(a);
  });

  it('refuses a nonsense size', () => {
    expect(() => new PartBufferPool(8, 0)).toThrow('positive integer');
  });
});
