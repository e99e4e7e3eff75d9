// Conversion between the resource formats a framework speaks and the master's normalized form:
// pre-refinement (`role` + `reservation`) without RESERVATION_REFINEMENT, `reservations[]` with it;
// `allocation_info` only for MULTI_ROLE frameworks (§0 item 18, §2.4).
import { validateRole } from './roles';
import { ReservationType, ValueType, has, type ReservationProps, type ResourceProps } from './types';

export interface FormatCaps {
  multiRole: boolean;
  refinement: boolean;
}

export type Normalized = { ok: true; resource: ResourceProps; allocationRole?: string } | { ok: false; error: string };

function describe(r: ResourceProps): string {
  return `'${r.name}'`;
}

function validateValue(r: ResourceProps): string | undefined {
  if (!r.name) return 'Empty resource name';
  const type = r.type ?? ValueType.SCALAR;
  if (type === ValueType.SCALAR) {
    if (!r.scalar || r.ranges || r.set) return `Invalid scalar resource ${describe(r)}: expecting only 'scalar' to be set`;
    const v = r.scalar.value;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return `Invalid scalar resource ${describe(r)}: value must be a non-negative finite number`;
  } else if (type === ValueType.RANGES) {
    if (!r.ranges || r.scalar || r.set) return `Invalid ranges resource ${describe(r)}: expecting only 'ranges' to be set`;
    for (const range of r.ranges.range ?? []) {
      if (Number(range.begin) > Number(range.end)) return `Invalid ranges resource ${describe(r)}: begin ${range.begin} is greater than end ${range.end}`;
    }
  } else if (type === ValueType.SET) {
    if (!r.set || r.scalar || r.ranges) return `Invalid set resource ${describe(r)}: expecting only 'set' to be set`;
    if (new Set(r.set.item ?? []).size !== (r.set.item ?? []).length) return `Invalid set resource ${describe(r)}: duplicate items`;
  } else {
    return `Unsupported resource type for ${describe(r)}`;
  }
  if (r.disk && r.name !== 'disk') return `DiskInfo should not be set for ${r.name} resource`;
  if (r.revocable && ((r.reservations?.length ?? 0) > 0 || has(r, 'role') || r.reservation || r.disk)) {
    return `Revocable resource ${describe(r)} cannot be reserved or carry disk info`;
  }
  if (r.shared) return `Shared resources are not supported (resource ${describe(r)})`;
  return undefined;
}

/** Framework → master. Also returns the allocation role for MULTI_ROLE input. */
export function normalizeFromFramework(r: ResourceProps, caps: FormatCaps): Normalized {
  const bad = validateValue(r);
  if (bad) return { ok: false, error: bad };
  const preFormat = (has(r, 'role') && r.role !== '*') || !!r.reservation;
  const postFormat = (r.reservations?.length ?? 0) > 0;
  if (preFormat && postFormat) return { ok: false, error: `Resource ${describe(r)} mixes 'role'/'reservation' with 'reservations'` };
  if (postFormat && !caps.refinement && (r.reservations?.length ?? 0) > 1) {
    return { ok: false, error: `Resource ${describe(r)} has refined reservations but the framework is not RESERVATION_REFINEMENT capable` };
  }
  let reservations: ReservationProps[] = [];
  if (postFormat) {
    for (const res of r.reservations ?? []) {
      if (!res.role) return { ok: false, error: `Invalid reservation of resource ${describe(r)}: 'role' must be set` };
      const roleError = validateRole(res.role);
      if (roleError || res.role === '*') return { ok: false, error: `Invalid reservation of resource ${describe(r)}: ${roleError ?? "role '*' cannot be reserved"}` };
      if (res.type !== ReservationType.STATIC && res.type !== ReservationType.DYNAMIC) {
        return { ok: false, error: `Invalid reservation of resource ${describe(r)}: 'type' must be STATIC or DYNAMIC` };
      }
    }
    reservations = r.reservations ?? [];
  } else if (preFormat) {
    const role = r.role ?? '*';
    if (role === '*') return { ok: false, error: `Invalid reservation of resource ${describe(r)}: role '*' cannot be dynamically reserved` };
    const roleError = validateRole(role);
    if (roleError) return { ok: false, error: `Invalid role of resource ${describe(r)}: ${roleError}` };
    const res: ReservationProps = { type: r.reservation ? ReservationType.DYNAMIC : ReservationType.STATIC, role };
    if (r.reservation?.principal) res.principal = r.reservation.principal;
    if (r.reservation?.labels) res.labels = r.reservation.labels;
    reservations = [res];
  }
  const resource: ResourceProps = { name: r.name, type: r.type ?? ValueType.SCALAR };
  if (r.scalar) resource.scalar = { value: r.scalar.value };
  if (r.ranges) resource.ranges = r.ranges;
  if (r.set) resource.set = r.set;
  if (reservations.length > 0) resource.reservations = reservations;
  if (r.disk) resource.disk = r.disk;
  if (r.revocable) resource.revocable = r.revocable;
  if (r.provider_id) resource.provider_id = r.provider_id;
  const allocationRole = r.allocation_info?.role ?? undefined;
  return allocationRole !== undefined ? { ok: true, resource, allocationRole } : { ok: true, resource };
}

/** Master → framework: the shape this framework expects, allocated to `role`. */
export function formatForFramework(r: ResourceProps, role: string, caps: FormatCaps): ResourceProps {
  const out: ResourceProps = { ...r };
  const stack = r.reservations ?? [];
  if (caps.refinement) {
    out.reservations = stack;
  } else {
    delete out.reservations;
    const top = stack[stack.length - 1];
    out.role = top?.role ?? '*';
    if (top && top.type === ReservationType.DYNAMIC) {
      const info: ReservationProps = {};
      if (top.principal) info.principal = top.principal;
      if (top.labels) info.labels = top.labels;
      out.reservation = info;
    }
  }
  if (caps.multiRole) out.allocation_info = { role };
  return out;
}
