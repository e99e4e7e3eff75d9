// Scalar and port-range arithmetic. Mesos keeps scalars in fixed point with three decimals, so we
// compute in thousandths ("milli") and never compare floating-point sums directly.
import type { mesos } from '../gen/mesos';

export type PortRange = [begin: number, end: number];

/** A scalar in thousandths, rounded like Mesos (0.1 + 0.2 is 300 milli, not 300.00000000000006). */
export function toMilli(value: number | null | undefined): number {
  const v = Number(value ?? 0);
  return Number.isFinite(v) ? Math.round(v * 1000) : 0;
}

export function fromMilli(milli: number): number {
  return milli / 1000;
}

/** "2.1", "0.05", "4096": enough digits to be exact, none more. */
export function formatMilli(milli: number): string {
  return String(fromMilli(milli));
}

/** A quantity with its unit as operators read it: "2.1 cpus", "4096 MB mem", "10240 MB disk". */
export function formatAmount(name: string, milli: number): string {
  if (name === 'mem' || name === 'disk') return `${formatMilli(milli)} MB ${name}`;
  return `${formatMilli(milli)} ${name}`;
}

/** Ranges of a RANGES value as numbers (Number() also copes with a uint64 decoded as a string). */
export function rangesOf(ranges: mesos.v1.Value.Ranges.$Properties | null | undefined): PortRange[] {
  return (ranges?.range ?? []).map((r): PortRange => [Number(r.begin), Number(r.end)]).filter(([b, e]) => e >= b);
}

export function rangesContain(ranges: readonly PortRange[], port: number): boolean {
  return ranges.some(([b, e]) => b <= port && port <= e);
}

/** `from` without `port`, splitting the range that held it. */
export function removePort(from: readonly PortRange[], port: number): PortRange[] {
  const out: PortRange[] = [];
  for (const [b, e] of from) {
    if (port < b || port > e) out.push([b, e]);
    else {
      if (port > b) out.push([b, port - 1]);
      if (port < e) out.push([port + 1, e]);
    }
  }
  return out;
}

export function formatRanges(ranges: readonly PortRange[]): string {
  if (ranges.length === 0) return 'none';
  return [...ranges]
    .sort((a, b) => a[0] - b[0])
    .map(([b, e]) => (b === e ? String(b) : `${b}-${e}`))
    .join(', ');
}
