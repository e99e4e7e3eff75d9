// Resource bookkeeping of the simulated Mesos master: a bag of resources keyed by their "shape" (name,
// reservation stack with labels, disk info). Two resources with one shape add up; an operation must name
// resources of exactly the shapes the pool holds, or it is invalid — the rule real Mesos applies.
// Written independently of src/offers on purpose: the simulation checks the core, it must not share its
// arithmetic. Shapes are compared on the fields Mesos compares (name, type, reservation stack with
// labels, disk persistence/volume/source); other disk details are out of the simulation's scope.
import { mesos } from '../../src/gen/mesos';

export type Resource = mesos.v1.Resource.$Properties;

const SCALAR = mesos.v1.Value.Type.SCALAR;
const RANGES = mesos.v1.Value.Type.RANGES;

interface Entry {
  shape: Resource;
  milli: number;
  /** Disjoint, sorted, inclusive port ranges. */
  ranges: [number, number][];
}

export class ResourcePool {
  private readonly entries = new Map<string, Entry>();
  /** toResources() of the unchanged pool (an agent is offered the same resources again and again). */
  private cached: { role: string | undefined; resources: Resource[] } | undefined;

  constructor(resources: readonly Resource[] = []) {
    this.add(resources);
  }

  isEmpty(): boolean {
    return this.entries.size === 0;
  }

  /** Moves everything of `other` into this pool (`other` is left empty). */
  absorb(other: ResourcePool): void {
    this.cached = undefined;
    other.cached = undefined;
    for (const [key, e] of other.entries) {
      const mine = this.entries.get(key);
      if (!mine) this.entries.set(key, e);
      else {
        mine.milli += e.milli;
        for (const range of e.ranges) mine.ranges = addRange(mine.ranges, range);
      }
    }
    other.entries.clear();
  }

  add(resources: readonly Resource[]): void {
    this.cached = undefined;
    for (const r of resources) this.addEntry(shapeKey(r), r, isRanges(r) ? 0 : milliOf(r), rangesOf(r));
  }

  private addEntry(key: string, r: Resource, milli: number, ranges: readonly [number, number][]): void {
    let e = this.entries.get(key);
    if (!e) {
      e = { shape: shapeOf(r), milli: 0, ranges: [] };
      this.entries.set(key, e);
    }
    e.milli += milli;
    for (const range of ranges) e.ranges = addRange(e.ranges, range);
  }

  /** Why `resources` are not all in the pool, or undefined when they are. */
  missing(resources: readonly Resource[]): string | undefined {
    const need = new ResourcePool(resources);
    for (const [key, want] of need.entries) {
      const have = this.entries.get(key);
      const label = describe(want.shape);
      if (!have) return `no ${label} in the offer`;
      if (want.milli > have.milli)
        return `${label}: asked ${want.milli / 1000}, offered ${have.milli / 1000}`;
      for (const [b, e] of want.ranges) {
        if (!have.ranges.some(([hb, he]) => hb <= b && e <= he))
          return `${label}: ports ${b}-${e} are not offered`;
      }
    }
    return undefined;
  }

  /** Removes `resources`; returns an error and changes nothing when they are not all there. */
  take(resources: readonly Resource[]): string | undefined {
    const error = this.missing(resources);
    if (error) return error;
    this.cached = undefined;
    for (const r of resources) {
      const key = shapeKey(r);
      const e = this.entries.get(key);
      if (!e) continue;
      if (isRanges(r)) for (const range of rangesOf(r)) e.ranges = removeRange(e.ranges, range);
      else e.milli -= milliOf(r);
      if (e.milli <= 0 && e.ranges.length === 0) this.entries.delete(key);
    }
    return undefined;
  }

  /**
   * Everything in the pool as Mesos resources; `allocationRole` set = the MULTI_ROLE offer format.
   * The objects are shared between calls until the pool changes: treat them as read-only.
   */
  toResources(allocationRole?: string): Resource[] {
    if (this.cached && this.cached.role === allocationRole) return this.cached.resources;
    const allocation = allocationRole === undefined ? undefined : { role: allocationRole };
    const resources = [...this.entries.values()].map((e) => {
      const r: Resource = { name: e.shape.name, type: e.shape.type };
      if (e.shape.reservations) r.reservations = e.shape.reservations;
      if (e.shape.disk) r.disk = e.shape.disk;
      if (isRanges(e.shape)) r.ranges = { range: e.ranges.map(([begin, end]) => ({ begin, end })) };
      else r.scalar = { value: e.milli / 1000 };
      if (allocation) r.allocation_info = allocation;
      return r;
    });
    this.cached = { role: allocationRole, resources };
    return resources;
  }

  scalar(name: string): number {
    let milli = 0;
    for (const e of this.entries.values()) if (e.shape.name === name) milli += e.milli;
    return milli / 1000;
  }
}

function addRange(ranges: [number, number][], [b, e]: readonly [number, number]): [number, number][] {
  const out: [number, number][] = [];
  let nb = b;
  let ne = e;
  for (const [rb, re] of ranges) {
    if (re < nb - 1 || rb > ne + 1) out.push([rb, re]);
    else {
      nb = Math.min(nb, rb);
      ne = Math.max(ne, re);
    }
  }
  out.push([nb, ne]);
  return out.sort((x, y) => x[0] - y[0]);
}

function removeRange(ranges: [number, number][], [b, e]: readonly [number, number]): [number, number][] {
  const out: [number, number][] = [];
  for (const [rb, re] of ranges) {
    if (re < b || rb > e) {
      out.push([rb, re]);
      continue;
    }
    if (rb < b) out.push([rb, b - 1]);
    if (re > e) out.push([e + 1, re]);
  }
  return out;
}

function isRanges(r: Resource): boolean {
  return r.type === RANGES;
}

function milliOf(r: Resource): number {
  return Math.round(Number(r.scalar?.value ?? 0) * 1000);
}

function rangesOf(r: Resource): [number, number][] {
  return (r.ranges?.range ?? []).map((range) => [Number(range.begin), Number(range.end)]);
}

/** The resource without quantity and allocation info (an offer's allocation info is not identity). */
export function shapeOf(r: Resource): Resource {
  const shape: Resource = { name: r.name, type: r.type ?? SCALAR };
  if (r.reservations && r.reservations.length > 0) shape.reservations = r.reservations.map(plain);
  if (r.disk) shape.disk = plain(r.disk);
  return shape;
}

/** Identity of a shape: the fields Mesos compares when it adds or subtracts resources. */
export function shapeKey(r: Resource): string {
  const reservations = (r.reservations ?? [])
    .map(
      (x) =>
        `${x.type ?? ''}:${x.role ?? ''}:${x.principal ?? ''}:${(x.labels?.labels ?? []).map((l) => `${l.key}=${l.value ?? ''}`).join(',')}`,
    )
    .join(';');
  const d = r.disk;
  const disk = d
    ? `${d.persistence?.id ?? ''}:${d.persistence?.principal ?? ''}:${d.volume?.container_path ?? ''}:${d.volume?.mode ?? ''}:${d.source?.type ?? ''}`
    : '';
  return `${r.name ?? ''}|${r.type ?? SCALAR}|${reservations}|${disk}`;
}

function describe(shape: Resource): string {
  const top = shape.reservations?.[shape.reservations.length - 1];
  const labels = (top?.labels?.labels ?? []).map((l) => `${l.key}=${l.value ?? ''}`).join(',');
  const reserved = top ? ` reserved for ${top.role ?? ''}${labels ? ` [${labels}]` : ''}` : ' unreserved';
  const volume = shape.disk?.persistence ? ` volume ${shape.disk.persistence.id}` : '';
  return `${shape.name ?? '?'}${reserved}${volume}`;
}

function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (k, v: unknown) => (k.startsWith('$') ? undefined : v))) as T;
}

export function scalarResource(name: string, value: number): Resource {
  return { name, type: SCALAR, scalar: { value } };
}

export function portsResource(begin: number, end: number): Resource {
  return { name: 'ports', type: RANGES, ranges: { range: [{ begin, end }] } };
}
