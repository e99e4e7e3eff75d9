// Sorting an offer's resources into pools by who may use them, and taking quantities out of them.
//   ours       reserved for our role with THIS node's reservation labels
//   role       reserved for our role (or an ancestor) without labels: static or operator reservations,
//              usable as they are (a reservation cannot be refined to the same role again)
//   unreserved "*": usable; we RESERVE what we take when our role is not "*"
//   unusable   another role's, another node's or framework's labelled reservation, revocable, shared,
//              someone else's volume, BLOCK/RAW disks
import { mesos } from '../gen/mesos';
import { rangesOf, toMilli, type PortRange } from './quantities';
import { FRAMEWORK_LABEL, NODE_LABEL, RESERVATION_LABEL, describeLabels, hasLabels, labelValue, roleMayUse, topReservation } from './reservation-labels';
import { plainCopy, shapeOf } from './resource-shapes';
import type { MesosOffer, MesosResource } from './types';

export type PoolKind = 'ours' | 'role' | 'unreserved' | 'unusable';

export type DiskKind = 'ROOT' | 'PATH' | 'MOUNT' | 'BLOCK' | 'RAW' | 'UNKNOWN';

export interface PoolEntry {
  readonly shape: MesosResource;
  readonly name: string;
  readonly kind: PoolKind;
  /** Whose it is or why it cannot be used, for reasons: "unreserved", "reserved for node-1 (reservation r-1)". */
  readonly note: string;
  readonly diskKind: DiskKind | undefined;
  readonly persistenceId: string | undefined;
  readonly totalMilli: number;
  readonly totalPorts: readonly PortRange[];
  /** What is left to take (scalars). */
  milli: number;
  /** What is left to take (ranges). */
  ports: PortRange[];
}

export interface PoolOwner {
  role: string;
  frameworkName: string;
  /** The node's reservation id; '' or undefined when it has none (nothing of the offer is "ours"). */
  reservationId: string | undefined;
}

function diskKindOf(r: MesosResource): DiskKind | undefined {
  if (r.name !== 'disk') return undefined;
  const Type = mesos.v1.Resource.DiskInfo.Source.Type;
  switch (r.disk?.source?.type) {
    case undefined:
    case null:
      return 'ROOT';
    case Type.PATH:
      return 'PATH';
    case Type.MOUNT:
      return 'MOUNT';
    case Type.BLOCK:
      return 'BLOCK';
    case Type.RAW:
      return 'RAW';
    case Type.UNKNOWN:
      return 'UNKNOWN';
  }
}

function classify(r: MesosResource, owner: PoolOwner): { kind: PoolKind; note: string } {
  if (r.revocable) return { kind: 'unusable', note: 'revocable' };
  if (r.shared) return { kind: 'unusable', note: 'shared' };
  const disk = diskKindOf(r);
  if (disk === 'BLOCK' || disk === 'RAW' || disk === 'UNKNOWN') return { kind: 'unusable', note: `a ${disk} disk (no filesystem)` };
  const top = topReservation(r);
  const volume = r.disk?.persistence?.id;
  if (!top) return { kind: 'unreserved', note: 'unreserved' };
  const role = top.role ?? '';
  if (!roleMayUse(role, owner.role)) return { kind: 'unusable', note: `reserved for role ${role}` };
  if (labelValue(top, FRAMEWORK_LABEL) === owner.frameworkName) {
    const reservationId = labelValue(top, RESERVATION_LABEL) ?? '';
    const node = labelValue(top, NODE_LABEL) ?? 'an unknown node';
    if (owner.reservationId && reservationId === owner.reservationId) return { kind: 'ours', note: `reserved for ${node} (reservation ${reservationId})` };
    return { kind: 'unusable', note: `reserved for ${node} (reservation ${reservationId})` };
  }
  if (hasLabels(top)) return { kind: 'unusable', note: `reserved for role ${role} with labels ${describeLabels(top)}` };
  if (volume) return { kind: 'unusable', note: `persistent volume ${volume} of role ${role}` };
  return { kind: 'role', note: `reserved for role ${role}` };
}

/**
 * The offer's resources sorted into pools. The offer's own allocation_info (MULTI_ROLE) is carried onto
 * every resource, because Mesos requires it on resources used in operations.
 */
export function offerPools(offer: MesosOffer, owner: PoolOwner): PoolEntry[] {
  const allocation = offer.allocation_info;
  return (offer.resources ?? []).map((r): PoolEntry => {
    const shape = shapeOf(r);
    if (!shape.allocation_info && allocation) shape.allocation_info = plainCopy(allocation);
    const { kind, note } = classify(r, owner);
    const totalPorts = rangesOf(r.ranges);
    const totalMilli = toMilli(r.scalar?.value);
    return {
      shape,
      name: r.name,
      kind,
      note,
      diskKind: diskKindOf(r),
      persistenceId: r.disk?.persistence?.id ?? undefined,
      totalMilli,
      totalPorts,
      milli: totalMilli,
      ports: totalPorts.map((p): PortRange => [p[0], p[1]]),
    };
  });
}

/** Plain scalar entries (no volume) of `name` in `kind`, filtered further by `accept`. */
export function scalarEntries(pools: readonly PoolEntry[], name: string, kind: PoolKind, accept: (e: PoolEntry) => boolean = () => true): PoolEntry[] {
  return pools.filter((e) => e.name === name && e.kind === kind && e.persistenceId === undefined && accept(e));
}

export interface Piece {
  entry: PoolEntry;
  milli: number;
}

/**
 * Takes `milli` of `name` from the pools, trying `kinds` in order. Returns the pieces taken and how
 * much could not be found. Callers stop evaluating when something is missing, so a partial take
 * needs no undo.
 */
export function takeScalar(pools: readonly PoolEntry[], name: string, milli: number, kinds: readonly PoolKind[], accept?: (e: PoolEntry) => boolean): { pieces: Piece[]; missingMilli: number } {
  let need = milli;
  const pieces: Piece[] = [];
  for (const kind of kinds) {
    for (const entry of scalarEntries(pools, name, kind, accept)) {
      if (need <= 0) break;
      const got = Math.min(entry.milli, need);
      if (got <= 0) continue;
      entry.milli -= got;
      need -= got;
      pieces.push({ entry, milli: got });
    }
  }
  return { pieces, missingMilli: Math.max(0, need) };
}

/** How much of `name` each kind still holds (unused kinds left out). */
export function availableByKind(pools: readonly PoolEntry[], name: string, accept?: (e: PoolEntry) => boolean): Map<PoolKind, number> {
  const out = new Map<PoolKind, number>();
  for (const kind of ['ours', 'role', 'unreserved', 'unusable'] as const) {
    const sum = scalarEntries(pools, name, kind, accept).reduce((acc, e) => acc + e.milli, 0);
    if (sum > 0) out.set(kind, sum);
  }
  return out;
}
