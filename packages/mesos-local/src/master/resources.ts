// Resource arithmetic as the master needs it: scalars in fixed point (0.001, like Mesos), ranges as
// merged intervals, sets as unions. Resources are kept "normalized": post-refinement reservation
// format (`reservations[]`), no `role`/`reservation`, no `allocation_info`. Two resources combine
// only when everything but the quantity is identical (name, type, reservations, disk, flags).
import { canonical } from './canonical';
import { ValueType, type ReservationProps, type ResourceProps } from './types';

type ValueTypeT = (typeof ValueType)[keyof typeof ValueType];

type Range = [number, number];

interface Entry {
  base: ResourceProps; // quantity-free part, normalized
  type: ValueTypeT;
  milli: number; // SCALAR
  ranges: Range[]; // RANGES, sorted, merged
  items: Set<string>; // SET
}

function identity(r: ResourceProps): ResourceProps {
  const base: ResourceProps = { name: r.name, type: r.type ?? ValueType.SCALAR };
  if (r.reservations && r.reservations.length > 0) base.reservations = r.reservations.map(cleanReservation);
  if (r.disk) base.disk = r.disk;
  if (r.revocable) base.revocable = r.revocable;
  if (r.shared) base.shared = r.shared;
  if (r.provider_id) base.provider_id = r.provider_id;
  return base;
}

function cleanReservation(r: ReservationProps): ReservationProps {
  const out: ReservationProps = {};
  if (r.type !== undefined && r.type !== null) out.type = r.type;
  if (r.role) out.role = r.role;
  if (r.principal) out.principal = r.principal;
  if (r.labels && (r.labels.labels?.length ?? 0) > 0) out.labels = r.labels;
  return out;
}

export function resourceKey(r: ResourceProps): string {
  return canonical(identity(r));
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = ranges.filter(([b, e]) => e >= b).sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const [b, e] of sorted) {
    const last = out[out.length - 1];
    if (last && b <= last[1] + 1) last[1] = Math.max(last[1], e);
    else out.push([b, e]);
  }
  return out;
}

function subtractRanges(from: Range[], minus: Range[]): Range[] {
  let out = from.map((r): Range => [r[0], r[1]]);
  for (const [b, e] of minus) {
    const next: Range[] = [];
    for (const [rb, re] of out) {
      if (e < rb || b > re) next.push([rb, re]);
      else {
        if (b > rb) next.push([rb, b - 1]);
        if (e < re) next.push([e + 1, re]);
      }
    }
    out = next;
  }
  return out;
}

function rangesContain(outer: Range[], inner: Range[]): boolean {
  return inner.every(([b, e]) => outer.some(([ob, oe]) => ob <= b && e <= oe));
}

function toEntry(r: ResourceProps): Entry {
  const type = r.type ?? ValueType.SCALAR;
  return {
    base: identity(r),
    type,
    milli: Math.round((r.scalar?.value ?? 0) * 1000),
    ranges: mergeRanges((r.ranges?.range ?? []).map((x): Range => [Number(x.begin), Number(x.end)])),
    items: new Set(r.set?.item ?? []),
  };
}

function isEmptyEntry(e: Entry): boolean {
  if (e.type === ValueType.SCALAR) return e.milli <= 0;
  if (e.type === ValueType.RANGES) return e.ranges.length === 0;
  if (e.type === ValueType.SET) return e.items.size === 0;
  return false;
}

export class Resources {
  private readonly entries = new Map<string, Entry>();

  constructor(list: Iterable<ResourceProps> = []) {
    for (const r of list) this.addOne(r);
  }

  static sum(lists: Iterable<Iterable<ResourceProps>>): Resources {
    const out = new Resources();
    for (const l of lists) out.add(l);
    return out;
  }

  clone(): Resources {
    return new Resources(this.toList());
  }

  isEmpty(): boolean {
    return this.entries.size === 0;
  }

  add(list: Iterable<ResourceProps> | Resources): this {
    for (const r of list instanceof Resources ? list.toList() : list) this.addOne(r);
    return this;
  }

  /** Removes what it can; callers check contains() first when the whole amount must be there. */
  subtract(list: Iterable<ResourceProps> | Resources): this {
    for (const r of list instanceof Resources ? list.toList() : list) this.subtractOne(r);
    return this;
  }

  contains(list: Iterable<ResourceProps> | Resources): boolean {
    const need = list instanceof Resources ? list : new Resources(list);
    for (const [key, want] of need.entries) {
      const have = this.entries.get(key);
      if (!have) return false;
      if (want.type === ValueType.SCALAR && have.milli < want.milli) return false;
      if (want.type === ValueType.RANGES && !rangesContain(have.ranges, want.ranges)) return false;
      if (want.type === ValueType.SET && [...want.items].some((i) => !have.items.has(i))) return false;
    }
    return true;
  }

  equals(other: Resources): boolean {
    return this.contains(other) && other.contains(this);
  }

  filter(pred: (r: ResourceProps) => boolean): Resources {
    return new Resources(this.toList().filter(pred));
  }

  /** Scalar quantity of a resource name over all reservations (e.g. all "cpus"). */
  scalar(name: string): number {
    let milli = 0;
    for (const e of this.entries.values()) if (e.base.name === name && e.type === ValueType.SCALAR) milli += e.milli;
    return milli / 1000;
  }

  toList(): ResourceProps[] {
    const out: ResourceProps[] = [];
    for (const e of this.entries.values()) {
      const r: ResourceProps = { ...e.base };
      if (e.type === ValueType.SCALAR) r.scalar = { value: e.milli / 1000 };
      else if (e.type === ValueType.RANGES) r.ranges = { range: e.ranges.map(([begin, end]) => ({ begin, end })) };
      else if (e.type === ValueType.SET) r.set = { item: [...e.items] };
      out.push(r);
    }
    return out;
  }

  [Symbol.iterator](): Iterator<ResourceProps> {
    return this.toList()[Symbol.iterator]();
  }

  private addOne(r: ResourceProps): void {
    const incoming = toEntry(r);
    if (isEmptyEntry(incoming)) return;
    const key = canonical(incoming.base);
    const have = this.entries.get(key);
    if (!have) {
      this.entries.set(key, incoming);
      return;
    }
    have.milli += incoming.milli;
    have.ranges = mergeRanges([...have.ranges, ...incoming.ranges]);
    for (const i of incoming.items) have.items.add(i);
  }

  private subtractOne(r: ResourceProps): void {
    const minus = toEntry(r);
    const key = canonical(minus.base);
    const have = this.entries.get(key);
    if (!have) return;
    have.milli = Math.max(0, have.milli - minus.milli);
    have.ranges = subtractRanges(have.ranges, minus.ranges);
    for (const i of minus.items) have.items.delete(i);
    if (isEmptyEntry(have)) this.entries.delete(key);
  }
}

/** Whether a normalized resource is reserved (to any role). */
export function isReserved(r: ResourceProps): boolean {
  return (r.reservations?.length ?? 0) > 0;
}

/** The role a normalized resource is reserved for, or "*". */
export function reservationRole(r: ResourceProps): string {
  const stack = r.reservations ?? [];
  return stack[stack.length - 1]?.role ?? '*';
}

export function isPersistentVolume(r: ResourceProps): boolean {
  return !!r.disk?.persistence;
}

/** A role may use a resource when it is unreserved or reserved to that role or one of its ancestors. */
export function usableByRole(r: ResourceProps, role: string): boolean {
  const reserved = reservationRole(r);
  return reserved === '*' || reserved === role || role.startsWith(`${reserved}/`);
}

/** The agent's static resources from the config, in the order Mesos lists them. */
export function agentResources(cfg: { cpus: number; memMb: number; diskMb: number; ports: Array<[number, number]> }): ResourceProps[] {
  const list: ResourceProps[] = [
    { name: 'cpus', type: ValueType.SCALAR, scalar: { value: cfg.cpus } },
    { name: 'mem', type: ValueType.SCALAR, scalar: { value: cfg.memMb } },
    { name: 'disk', type: ValueType.SCALAR, scalar: { value: cfg.diskMb } },
  ];
  if (cfg.ports.length > 0) {
    list.push({ name: 'ports', type: ValueType.RANGES, ranges: { range: cfg.ports.map(([begin, end]) => ({ begin, end })) } });
  }
  return list;
}
