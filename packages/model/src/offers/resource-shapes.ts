// Building the Resource objects we put into operations. A "shape" is a resource without its quantity:
// name, type, reservation stack, disk info and allocation info. Two resources with the same shape are
// the same kind of resource to Mesos and may be merged; a task's resource must have exactly the shape
// of what the offer (after RESERVE/CREATE) holds, or the launch is rejected.
import { mesos } from '../gen/mesos';
import { fromMilli } from './quantities';
import { reservationStack } from './reservation-labels';
import type { MesosReservation, MesosResource } from './types';

const SCALAR = mesos.v1.Value.Type.SCALAR;
const RANGES = mesos.v1.Value.Type.RANGES;

/** A deep copy of a protobuf-shaped value: own fields only, unset fields and `$unknowns` dropped. */
export function plainCopy<T>(value: T): T {
  if (value === null || value === undefined || typeof value !== 'object') return value;
  if (value instanceof Uint8Array) return new Uint8Array(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => plainCopy(v)) as T;
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    const v = source[key];
    if (v === null || v === undefined || key.charCodeAt(0) === 36 /* '$' */) continue;
    out[key] = typeof v === 'object' ? plainCopy(v) : v;
  }
  return out as T;
}

/** A copy of a reservation with exactly the fields Mesos compares (type, role, principal, labels). */
export function copyReservation(r: MesosReservation): MesosReservation {
  const out: MesosReservation = {};
  if (r.type !== undefined && r.type !== null) out.type = r.type;
  if (r.role) out.role = r.role;
  if (r.principal) out.principal = r.principal;
  const labels = r.labels?.labels;
  if (labels && labels.length > 0) {
    out.labels = {
      labels: labels.map((l) => {
        const label: mesos.v1.Label.$Properties = { key: l.key };
        if (l.value !== undefined && l.value !== null) label.value = l.value;
        return label;
      }),
    };
  }
  return out;
}

/** The quantity-free part of a resource, in post-refinement format (never `role`/`reservation`). */
export function shapeOf(r: MesosResource): MesosResource {
  const out: MesosResource = { name: r.name, type: r.type ?? SCALAR };
  const stack = reservationStack(r);
  if (stack.length > 0) out.reservations = stack.map(copyReservation);
  if (r.disk) out.disk = plainCopy(r.disk);
  if (r.provider_id) out.provider_id = plainCopy(r.provider_id);
  if (r.allocation_info) out.allocation_info = plainCopy(r.allocation_info);
  return out;
}

export function withScalar(shape: MesosResource, milli: number): MesosResource {
  return { ...shape, type: SCALAR, scalar: { value: fromMilli(milli) } };
}

/** A ports resource holding exactly `ports`, each as its own single-port range, ascending. */
export function withPorts(shape: MesosResource, ports: readonly number[]): MesosResource {
  const sorted = [...new Set(ports)].sort((a, b) => a - b);
  return { ...shape, type: RANGES, ranges: { range: sorted.map((p) => ({ begin: p, end: p })) } };
}

export function pushReservation(shape: MesosResource, reservation: MesosReservation): MesosResource {
  return { ...shape, reservations: [...(shape.reservations ?? []), copyReservation(reservation)] };
}

/** JSON with sorted keys, unset fields and `$unknowns` left out: equal values give equal strings. */
function stable(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  const source = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(source).sort()) {
    const v = source[key];
    if (v === null || v === undefined || key.charCodeAt(0) === 36) continue;
    parts.push(`"${key}":${stable(v)}`);
  }
  return `{${parts.join(',')}}`;
}

function reservationKey(r: MesosReservation): string {
  const labels = (r.labels?.labels ?? []).map((l) => `${l.key}=${l.value ?? ''}`).join('\u0001');
  return `${r.type ?? ''}\u0002${r.role ?? ''}\u0002${r.principal ?? ''}\u0002${labels}`;
}

/** Identity of a resource's shape: equal strings mean Mesos would add the two quantities together. */
export function shapeKey(r: MesosResource): string {
  return [
    r.name,
    String(r.type ?? SCALAR),
    reservationStack(r).map(reservationKey).join('\u0003'),
    r.disk ? stable(r.disk) : '',
    r.allocation_info?.role ?? '',
    r.provider_id?.value ?? '',
  ].join('\u0000');
}

/**
 * Adds up resources of the same shape (scalars summed in thousandths, port ranges kept as the single
 * ports they hold), keeping the order in which shapes first appear.
 */
export function mergeResources(list: readonly MesosResource[]): MesosResource[] {
  const byKey = new Map<string, { shape: MesosResource; milli: number; ports: number[] }>();
  for (const r of list) {
    const key = shapeKey(r);
    let acc = byKey.get(key);
    if (!acc) {
      acc = { shape: shapeOf(r), milli: 0, ports: [] };
      byKey.set(key, acc);
    }
    if ((r.type ?? SCALAR) === SCALAR) acc.milli += Math.round(Number(r.scalar?.value ?? 0) * 1000);
    for (const range of r.ranges?.range ?? []) {
      for (let p = Number(range.begin); p <= Number(range.end); p++) acc.ports.push(p);
    }
  }
  return [...byKey.values()].map(({ shape, milli, ports }) => ((shape.type ?? SCALAR) === RANGES ? withPorts(shape, ports) : withScalar(shape, milli)));
}
