import { ProgressMeter } from '../src/progress';

describe('ProgressMeter', () => {
  it('has no rate or ETA before any bytes moved', () => {
    const m = new ProgressMeter(1000, 0);
    expect(m.snapshot(0)).toEqual({ bytesDone: 0, bytesTotal: 1000, bytesPerSecond: 0, etaSeconds: undefined });
  });

  it('derives rate and ETA from bytes over time', () => {
    const m = new ProgressMeter(10_000, 0);
    m.add(1000, 1000);
    m.add(1000, 2000);
    const s = m.snapshot(2000);
    expect(s.bytesDone).toBe(2000);
    expect(s.bytesPerSecond).toBe(1000);
    expect(s.etaSeconds).toBe(8);
  });

  it('follows the current speed over the window, not the average since start', () => {
    const m = new ProgressMeter(1_000_000, 0, 10_000);
    for (let t = 1000; t <= 20_000; t += 1000) m.add(100, t); // slow: 100 B/s for 20 s
    for (let t = 21_000; t <= 40_000; t += 1000) m.add(10_000, t); // fast: 10 000 B/s for 20 s
    const s = m.snapshot(40_000);
    expect(s.bytesPerSecond).toBeCloseTo(10_000, -1);
    expect(s.etaSeconds).toBeCloseTo((1_000_000 - 202_000) / 10_000, 0);
  });

  it('reports ETA 0 when done', () => {
    const m = new ProgressMeter(5, 0);
    m.add(5, 10);
    expect(m.snapshot(10).etaSeconds).toBe(0);
  });
});
