// Latency statistics and the printed table of the health-check bench (pure: numbers in, text out).

export interface LatencySummary {
  readonly count: number;
  readonly minMs: number;
  readonly meanMs: number;
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Sum of all samples; for sequential calls this is the wall time spent in them. */
  readonly totalMs: number;
}

/**
 * The nearest-rank percentile (the smallest sample with at least p% of samples at or below it), so
 * every figure printed is a latency that was actually observed, not an interpolation.
 */
export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) throw new RangeError('percentile of no samples: measure at least one call');
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const rank = Math.ceil((p / 100) * sortedMs.length);
  return sortedMs[rank - 1] as number;
}

export function summarize(samplesMs: readonly number[]): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const min = sorted[0];
  if (min === undefined) throw new RangeError('summary of no samples: measure at least one call');
  const totalMs = sorted.reduce((sum, x) => sum + x, 0);
  return {
    count: sorted.length,
    minMs: min,
    meanMs: totalMs / sorted.length,
    p50Ms: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    p99Ms: percentile(sorted, 99),
    maxMs: percentile(sorted, 100),
    totalMs,
  };
}

export interface BenchRow {
  readonly method: string;
  readonly summary: LatencySummary;
  /**
   * Whether p90/p99 mean anything: with 10 samples p90 and p99 are just the 9th and 10th value,
   * so they are shown as "-" instead of pretending to be tail latencies.
   */
  readonly showTail: boolean;
  /** Wall time of the whole series; reads/s = count / wall time. */
  readonly wallMs: number;
}

/** "1.23" below 10 ms, "123" above: enough digits to compare, not more than the clock gives. */
export function formatMs(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0);
}

export function readsPerSecond(row: Pick<BenchRow, 'summary' | 'wallMs'>): number {
  return row.wallMs > 0 ? (row.summary.count * 1000) / row.wallMs : Number.POSITIVE_INFINITY;
}

/** A fixed-width table: one line per row, columns runs/p50/p90/p99/max/reads-per-second. */
export function renderTable(rows: readonly BenchRow[]): string {
  const header = ['method', 'runs', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'reads/s'];
  const lines = rows.map((r) => [
    r.method,
    String(r.summary.count),
    formatMs(r.summary.p50Ms),
    r.showTail ? formatMs(r.summary.p90Ms) : '-',
    r.showTail ? formatMs(r.summary.p99Ms) : '-',
    formatMs(r.summary.maxMs),
    readsPerSecond(r).toFixed(readsPerSecond(r) < 10 ? 2 : 0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}

/** "nodetool p50 / bulk p50 = 1234x": how many health checks fit in the time of one nodetool read. */
export function ratio(slow: LatencySummary, fast: LatencySummary): number {
  if (fast.p50Ms <= 0)
    throw new RangeError('the fast series has a p50 of 0 ms: the clock is too coarse to compare');
  return slow.p50Ms / fast.p50Ms;
}
