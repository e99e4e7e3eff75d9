import { formatMs, percentile, ratio, readsPerSecond, renderTable, summarize } from './stats';

describe('percentile (nearest rank)', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('returns an observed sample: the smallest with at least p% at or below it', () => {
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile(oneToHundred, 100)).toBe(100);
    expect(percentile(oneToHundred, 0.5)).toBe(1);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
    expect(percentile([7], 99)).toBe(7);
  });

  it('rejects an empty series and percentiles outside (0, 100]', () => {
    expect(() => percentile([], 50)).toThrow(/no samples/);
    expect(() => percentile([1], 0)).toThrow(/\(0, 100\]/);
    expect(() => percentile([1], 101)).toThrow(/\(0, 100\]/);
  });
});

describe('summarize', () => {
  it('sorts a copy and reports min/mean/p50/p90/p99/max/total', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    const s = summarize(samples);
    expect(s).toEqual({
      count: 10,
      minMs: 1,
      meanMs: 5.5,
      p50Ms: 5,
      p90Ms: 9,
      p99Ms: 10,
      maxMs: 10,
      totalMs: 55,
    });
    expect(samples[0]).toBe(5);
  });

  it('p99 of 1,000 samples is the 990th, not the maximum', () => {
    const samples = Array.from({ length: 1000 }, (_, i) => 1000 - i);
    const s = summarize(samples);
    expect([s.p50Ms, s.p90Ms, s.p99Ms, s.maxMs]).toEqual([500, 900, 990, 1000]);
  });

  it('rejects an empty series', () => {
    expect(() => summarize([])).toThrow(/no samples/);
  });
});

describe('report', () => {
  const fast = { method: 'bulk', summary: summarize([1, 2, 3, 4]), showTail: true, wallMs: 10 };
  const slow = { method: 'nodetool info', summary: summarize([1500, 2500]), showTail: false, wallMs: 4000 };

  it('formats milliseconds with fewer decimals as they grow', () => {
    expect([formatMs(1.234), formatMs(12.34), formatMs(1234.5)]).toEqual(['1.23', '12.3', '1235']);
  });

  it('computes reads per second from the wall time of the series', () => {
    expect(readsPerSecond(fast)).toBe(400);
    expect(readsPerSecond(slow)).toBe(0.5);
  });

  it('renders one aligned line per method, hiding p90/p99 where the series is too short', () => {
    const lines = renderTable([fast, slow]).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^method\s+runs\s+p50 ms\s+p90 ms\s+p99 ms\s+max ms\s+reads\/s$/);
    expect(lines[2]?.split(/\s{2,}/)).toEqual(['bulk', '4', '2.00', '4.00', '4.00', '4.00', '400']);
    expect(lines[3]?.split(/\s{2,}/)).toEqual(['nodetool info', '2', '1500', '-', '-', '2500', '0.50']);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });

  it('ratio is slow p50 over fast p50 and refuses a 0 ms baseline', () => {
    expect(ratio(slow.summary, fast.summary)).toBe(750);
    expect(() => ratio(slow.summary, summarize([0, 0]))).toThrow(/too coarse/);
  });
});
