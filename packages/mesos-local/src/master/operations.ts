// RESERVE, UNRESERVE, CREATE and DESTROY on an agent's resources (§2.4, §4.3). Each turns `consumed`
// resources of the offer into `produced` ones; the agent's total changes the same way, so the result
// outlives tasks and shows up in later offers.
import type { AgentRecord } from './agent-record';
import { canonical } from './canonical';
import type { Framework } from './framework';
import { normalizeFromFramework } from './resource-format';
import { Resources, isPersistentVolume, reservationRole } from './resources';
import { OperationType, ReservationType, has, type OperationProps, type ResourceProps } from './types';

export type Conversion = { ok: true; consumed: ResourceProps[]; produced: ResourceProps[] } | { ok: false; error: string };

function normalizeAll(fw: Framework, list: ResourceProps[] | null | undefined, what: string): ResourceProps[] | string {
  const out: ResourceProps[] = [];
  if (!list || list.length === 0) return `Invalid ${what} operation: no resources given`;
  for (const r of list) {
    const n = normalizeFromFramework(r, fw.caps);
    if (!n.ok) return `Invalid ${what} operation: ${n.error}`;
    if (fw.caps.multiRole && n.allocationRole === undefined) return `Invalid ${what} operation: resources of a MULTI_ROLE framework must carry 'allocation_info'`;
    out.push(n.resource);
  }
  return out;
}

function popReservation(r: ResourceProps): ResourceProps {
  const out: ResourceProps = { ...r };
  const stack = (r.reservations ?? []).slice(0, -1);
  if (stack.length > 0) out.reservations = stack;
  else delete out.reservations;
  return out;
}

function withoutVolume(r: ResourceProps): ResourceProps {
  const out: ResourceProps = { ...r };
  const disk = { ...(r.disk ?? {}) };
  delete disk.persistence;
  delete disk.volume;
  if (disk.source) out.disk = disk;
  else delete out.disk;
  return out;
}

function reserve(fw: Framework, op: OperationProps, role: string): Conversion {
  const list = normalizeAll(fw, op.reserve?.resources, 'RESERVE');
  if (typeof list === 'string') return { ok: false, error: list };
  const consumed: ResourceProps[] = [];
  for (const r of list) {
    const top = r.reservations?.[r.reservations.length - 1];
    if (!top || top.type !== ReservationType.DYNAMIC) return { ok: false, error: 'Invalid RESERVE operation: resources must be dynamically reserved' };
    if (top.role !== role) return { ok: false, error: `Invalid RESERVE operation: reservation role '${top.role}' does not match the offer's allocation role '${role}'` };
    if (isPersistentVolume(r)) return { ok: false, error: 'Invalid RESERVE operation: persistent volumes cannot be reserved' };
    if (has(fw.info, 'principal') && fw.info.principal && top.principal !== fw.info.principal) {
      return { ok: false, error: `Invalid RESERVE operation: reservation principal '${top.principal ?? ''}' does not match the framework's principal '${fw.info.principal}'` };
    }
    consumed.push(popReservation(r));
  }
  return { ok: true, consumed, produced: list };
}

function unreserve(fw: Framework, op: OperationProps): Conversion {
  const list = normalizeAll(fw, op.unreserve?.resources, 'UNRESERVE');
  if (typeof list === 'string') return { ok: false, error: list };
  for (const r of list) {
    const top = r.reservations?.[r.reservations.length - 1];
    if (!top || top.type !== ReservationType.DYNAMIC) return { ok: false, error: 'Invalid UNRESERVE operation: resources must be dynamically reserved' };
    if (isPersistentVolume(r)) return { ok: false, error: 'Invalid UNRESERVE operation: a persistent volume cannot be unreserved; DESTROY it first' };
  }
  return { ok: true, consumed: list, produced: list.map(popReservation) };
}

function create(fw: Framework, op: OperationProps, agent: AgentRecord): Conversion {
  const list = normalizeAll(fw, op.create?.volumes, 'CREATE');
  if (typeof list === 'string') return { ok: false, error: list };
  const seen = new Set<string>();
  for (const r of list) {
    const id = r.disk?.persistence?.id;
    if (r.name !== 'disk' || !id || !r.disk?.volume) {
      return { ok: false, error: "Invalid CREATE operation: volumes must be 'disk' resources with 'disk.persistence' and 'disk.volume'" };
    }
    if (reservationRole(r) === '*') return { ok: false, error: `Invalid CREATE operation: persistent volume '${id}' must be created on reserved resources` };
    const p = r.disk.persistence?.principal;
    if (p && fw.info.principal && p !== fw.info.principal) {
      return { ok: false, error: `Invalid CREATE operation: persistence principal '${p}' does not match the framework's principal '${fw.info.principal}'` };
    }
    const key = `${reservationRole(r)}\u0000${id}`;
    const inUse = agent.total.toList().some((t) => t.disk?.persistence?.id === id && reservationRole(t) === reservationRole(r));
    if (inUse || seen.has(key)) return { ok: false, error: `Invalid CREATE operation: persistence ID '${id}' is already in use` };
    seen.add(key);
  }
  return { ok: true, consumed: list.map(withoutVolume), produced: list };
}

function destroy(fw: Framework, op: OperationProps): Conversion {
  const list = normalizeAll(fw, op.destroy?.volumes, 'DESTROY');
  if (typeof list === 'string') return { ok: false, error: list };
  for (const r of list) if (!isPersistentVolume(r)) return { ok: false, error: 'Invalid DESTROY operation: only persistent volumes can be destroyed' };
  return { ok: true, consumed: list, produced: list.map(withoutVolume) };
}

/** Validates one resource operation against what is left of the offer and applies it to both. */
export function applyResourceOperation(fw: Framework, agent: AgentRecord, role: string, op: OperationProps, available: Resources): Conversion {
  let result: Conversion;
  switch (op.type) {
    case OperationType.RESERVE:
      result = reserve(fw, op, role);
      break;
    case OperationType.UNRESERVE:
      result = unreserve(fw, op);
      break;
    case OperationType.CREATE:
      result = create(fw, op, agent);
      break;
    case OperationType.DESTROY:
      result = destroy(fw, op);
      break;
    case OperationType.LAUNCH:
    case OperationType.LAUNCH_GROUP:
    case OperationType.GROW_VOLUME:
    case OperationType.SHRINK_VOLUME:
    case OperationType.CREATE_DISK:
    case OperationType.DESTROY_DISK:
    case OperationType.UNKNOWN:
    case null:
    case undefined:
      return { ok: false, error: `Unsupported operation type ${String(op.type)}` };
  }
  if (!result.ok) return result;
  if (!available.contains(result.consumed)) {
    return { ok: false, error: `Invalid ${OperationType[op.type ?? 0]} operation: ${canonical(result.consumed)} is not contained in the offered resources` };
  }
  available.subtract(result.consumed).add(result.produced);
  agent.total.subtract(result.consumed).add(result.produced);
  return result;
}

export function isResourceOperation(type: number | null | undefined): boolean {
  return type === OperationType.RESERVE || type === OperationType.UNRESERVE || type === OperationType.CREATE || type === OperationType.DESTROY;
}

export { Resources };
