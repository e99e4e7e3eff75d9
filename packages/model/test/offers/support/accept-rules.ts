// An independent checker for the ACCEPT rules our operations must pass, written for these tests
// without sharing code with src/offers. mesos-local's own validation (packages/mesos-local/src/master/
// accept.ts, operations.ts, task-validation.ts, resource-format.ts) cannot be imported here: mesos-local
// depends on model, and a devDependency back from model makes turbo's package graph cyclic ("Cyclic
// dependency detected: @cassandra-mesos/mesos-local#build, @cassandra-mesos/model#build", checked with
// turbo 2.11.11). These are the rules, from mesos-local and the Mesos reference (§0.18, §2.4, §2.6, §4.3):
//
//  R1 resource values: SCALAR has only `scalar`, finite and >= 0; RANGES only `ranges`, begin <= end;
//     `disk` only on "disk" resources; never `role`/`reservation` (pre-refinement) fields, because the
//     framework is RESERVATION_REFINEMENT capable; every reservation has a role other than "*" and type
//     STATIC or DYNAMIC; a refined stack only moves to child roles (real Mesos).
//  R2 MULTI_ROLE: when the offer has allocation_info, every resource used carries the same role.
//  R3 RESERVE: the top reservation is DYNAMIC, for the offer's allocation role and the framework's
//     principal; not a persistent volume; the resource with the top reservation popped must be contained
//     in what is left of the offer, which then holds the reserved resource instead.
//  R4 CREATE: "disk" with disk.persistence.id and disk.volume; reserved; persistence principal = the
//     framework's; the id is not already used on the agent nor twice in the operation; the disk without
//     persistence/volume must be contained.
//  R5 DESTROY: only persistent volumes, contained; UNRESERVE: top reservation DYNAMIC, no volume, contained.
//  R6 LAUNCH: no operation id; task_id set; agent_id = the offer's agent; exactly one of command or
//     executor; a custom executor has a command and type unset or CUSTOM; the task uses resources; the
//     task's resources plus a not-yet-running executor's must be contained in what is left.
//  R7 a MOUNT disk is only ever taken whole.
import { mesos } from '../../../src/gen/mesos';
import type { MesosOffer, MesosOperation, MesosResource } from '../../../src/offers/types';

const Type = mesos.v1.Offer.Operation.Type;
const SCALAR = mesos.v1.Value.Type.SCALAR;
const RANGES = mesos.v1.Value.Type.RANGES;
const DYNAMIC = mesos.v1.Resource.ReservationInfo.Type.DYNAMIC;
const STATIC = mesos.v1.Resource.ReservationInfo.Type.STATIC;
const MOUNT = mesos.v1.Resource.DiskInfo.Source.Type.MOUNT;

function canon(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (Array.isArray(v)) {
    const items = v.map(canon).filter((x) => x !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const c = canon((v as Record<string, unknown>)[k]);
      if (c !== undefined) out[k] = c;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return v;
}

interface Held {
  proto: MesosResource; // without quantity
  milli: number;
  ports: Set<number>;
}

/** A resource multiset keyed by everything but the quantity. */
class Bag {
  readonly items = new Map<string, Held>();
  constructor(list: readonly MesosResource[] = []) {
    for (const r of list) this.add(r);
  }
  static key(r: MesosResource): string {
    const { scalar: _s, ranges: _r, ...rest } = r;
    return JSON.stringify(canon({ ...rest, type: r.type ?? SCALAR }));
  }
  add(r: MesosResource): void {
    const key = Bag.key(r);
    const { scalar: _s, ranges: _r, ...proto } = r;
    const held = this.items.get(key) ?? { proto, milli: 0, ports: new Set<number>() };
    held.milli += Math.round(Number(r.scalar?.value ?? 0) * 1000);
    for (const range of r.ranges?.range ?? []) for (let p = Number(range.begin); p <= Number(range.end); p++) held.ports.add(p);
    this.items.set(key, held);
  }
  /** Why `list` is not contained, or undefined. */
  missing(list: readonly MesosResource[]): string | undefined {
    const need = new Bag(list);
    for (const [key, want] of need.items) {
      const have = this.items.get(key);
      if (!have) return `no resource shaped ${key}`;
      if (want.milli > have.milli) return `${want.milli / 1000} wanted, ${have.milli / 1000} left of ${key}`;
      if (have.proto.disk?.source?.type === MOUNT && want.milli > 0 && want.milli !== have.milli) return `MOUNT disk taken partly (${want.milli / 1000} of ${have.milli / 1000})`;
      for (const p of want.ports) if (!have.ports.has(p)) return `port ${p} not left in ${key}`;
    }
    return undefined;
  }
  subtract(list: readonly MesosResource[]): void {
    for (const r of list) {
      const have = this.items.get(Bag.key(r));
      if (!have) continue;
      have.milli -= Math.round(Number(r.scalar?.value ?? 0) * 1000);
      for (const range of r.ranges?.range ?? []) for (let p = Number(range.begin); p <= Number(range.end); p++) have.ports.delete(p);
    }
  }
  toResources(): MesosResource[] {
    const out: MesosResource[] = [];
    for (const h of this.items.values()) {
      if ((h.proto.type ?? SCALAR) === RANGES) {
        if (h.ports.size === 0) continue;
        const sorted = [...h.ports].sort((a, b) => a - b);
        const range: Array<{ begin: number; end: number }> = [];
        for (const p of sorted) {
          const last = range[range.length - 1];
          if (last && last.end === p - 1) last.end = p;
          else range.push({ begin: p, end: p });
        }
        out.push({ ...h.proto, ranges: { range } });
      } else if (h.milli > 0) out.push({ ...h.proto, scalar: { value: h.milli / 1000 } });
    }
    return out;
  }
}

export interface AcceptResult {
  errors: string[];
  /** The offer's resources after RESERVE/CREATE/DESTROY/UNRESERVE (what returns once tasks end). */
  afterOperations: MesosResource[];
  /** What no operation used. */
  unused: MesosResource[];
}

function checkValue(r: MesosResource, allocationRole: string | undefined): string | undefined {
  const type = r.type ?? SCALAR;
  if (type === SCALAR && (!r.scalar || r.ranges || !Number.isFinite(r.scalar.value) || r.scalar.value < 0)) return `R1 bad scalar ${r.name}`;
  if (type === RANGES && (!r.ranges || r.scalar || (r.ranges.range ?? []).some((x) => Number(x.begin) > Number(x.end)))) return `R1 bad ranges ${r.name}`;
  if (r.disk && r.name !== 'disk') return `R1 disk info on ${r.name}`;
  if ((r.role !== undefined && r.role !== null) || r.reservation) return `R1 pre-refinement fields on ${r.name}`;
  const stack = r.reservations ?? [];
  for (let i = 0; i < stack.length; i++) {
    const res = stack[i];
    if (!res?.role || res.role === '*') return `R1 reservation without a role on ${r.name}`;
    if (res.type !== DYNAMIC && res.type !== STATIC) return `R1 reservation type on ${r.name}`;
    const parent = stack[i - 1];
    if (parent && !res.role.startsWith(`${parent.role}/`)) return `R1 refinement of ${parent.role} to ${res.role} on ${r.name}`;
  }
  if (allocationRole !== undefined && r.allocation_info?.role !== allocationRole) return `R2 ${r.name} lacks allocation_info.role ${allocationRole}`;
  return undefined;
}

function pop(r: MesosResource): MesosResource {
  const stack = (r.reservations ?? []).slice(0, -1);
  const out: MesosResource = { ...r };
  if (stack.length > 0) out.reservations = stack;
  else delete out.reservations;
  return out;
}

function noVolume(r: MesosResource): MesosResource {
  const out: MesosResource = { ...r };
  const d = { ...(r.disk ?? {}) };
  delete d.persistence;
  delete d.volume;
  if (d.source) out.disk = d;
  else delete out.disk;
  return out;
}

/** Applies `operations` to `offer` as the master would, collecting every rule broken. */
export function checkAccept(offer: MesosOffer, operations: readonly MesosOperation[], framework: { principal: string; role: string }): AcceptResult {
  const errors: string[] = [];
  const bag = new Bag(offer.resources ?? []);
  const allocationRole = offer.allocation_info?.role ?? undefined;
  const role = allocationRole ?? framework.role;
  const executors = new Set((offer.executor_ids ?? []).map((e) => e.value));
  const convert = (what: string, list: readonly MesosResource[], rule: (r: MesosResource) => string | undefined, consumed: (r: MesosResource) => MesosResource, produced: (r: MesosResource) => MesosResource): void => {
    if (list.length === 0) errors.push(`${what}: no resources`);
    for (const r of list) {
      const bad = checkValue(r, allocationRole) ?? rule(r);
      if (bad) errors.push(`${what}: ${bad}`);
    }
    const takes = list.map(consumed);
    const miss = bag.missing(takes);
    if (miss) return void errors.push(`${what}: not contained: ${miss}`);
    bag.subtract(takes);
    for (const r of list) bag.add(produced(r));
  };
  const volumeIds = new Set((offer.resources ?? []).map((r) => r.disk?.persistence?.id).filter((id): id is string => !!id));
  const afterOps: MesosResource[][] = [];
  for (const op of operations) {
    switch (op.type) {
      case Type.RESERVE:
        convert('RESERVE', op.reserve?.resources ?? [], (r) => {
          const top = r.reservations?.[r.reservations.length - 1];
          if (!top || top.type !== DYNAMIC) return 'R3 top reservation is not DYNAMIC';
          if (top.role !== role) return `R3 reservation role ${top.role ?? ''} is not ${role}`;
          if (top.principal !== framework.principal) return `R3 principal ${top.principal ?? ''}`;
          return r.disk?.persistence ? 'R3 volume reserved' : undefined;
        }, pop, (r) => r);
        break;
      case Type.CREATE:
        convert('CREATE', op.create?.volumes ?? [], (r) => {
          const id = r.disk?.persistence?.id;
          if (r.name !== 'disk' || !id || !r.disk?.volume?.container_path || !r.disk.volume.mode) return 'R4 not a volume';
          if ((r.reservations ?? []).length === 0) return 'R4 volume on unreserved disk';
          if (r.disk.persistence?.principal !== framework.principal) return 'R4 persistence principal';
          if (volumeIds.has(id)) return `R4 persistence id ${id} in use`;
          volumeIds.add(id);
          return undefined;
        }, noVolume, (r) => r);
        break;
      case Type.DESTROY:
        convert('DESTROY', op.destroy?.volumes ?? [], (r) => (r.disk?.persistence ? undefined : 'R5 not a volume'), (r) => r, noVolume);
        break;
      case Type.UNRESERVE:
        convert('UNRESERVE', op.unreserve?.resources ?? [], (r) => {
          const top = r.reservations?.[r.reservations.length - 1];
          if (!top || top.type !== DYNAMIC) return 'R5 not dynamically reserved';
          return r.disk?.persistence ? 'R5 volume unreserved before DESTROY' : undefined;
        }, (r) => r, pop);
        break;
      case Type.LAUNCH: {
        afterOps.push(bag.toResources());
        if (op.id) errors.push('R6 LAUNCH with an operation id');
        for (const task of op.launch?.task_infos ?? []) {
          const name = task.task_id?.value ?? '';
          if (!name) errors.push('R6 task without task_id');
          if (task.agent_id?.value !== offer.agent_id.value) errors.push(`R6 ${name}: agent ${task.agent_id?.value ?? ''} is not the offer's`);
          if (!!task.command === !!task.executor) errors.push(`R6 ${name}: needs exactly one of command or executor`);
          const ex = task.executor;
          if (ex && (!ex.command || (ex.type !== undefined && ex.type !== null && ex.type !== mesos.v1.ExecutorInfo.Type.CUSTOM))) errors.push(`R6 ${name}: bad custom executor`);
          const res = task.resources ?? [];
          if (res.length === 0) errors.push(`R6 ${name}: uses no resources`);
          const exId = ex?.executor_id?.value ?? '';
          const exRes = ex && !executors.has(exId) ? (ex.resources ?? []) : [];
          for (const r of [...res, ...exRes]) {
            const bad = checkValue(r, allocationRole);
            if (bad) errors.push(`R6 ${name}: ${bad}`);
          }
          const miss = bag.missing([...res, ...exRes]);
          if (miss) errors.push(`R6 ${name}: task + executor not contained: ${miss}`);
          else bag.subtract([...res, ...exRes]);
          if (ex) executors.add(exId);
        }
        break;
      }
      case Type.LAUNCH_GROUP:
      case Type.GROW_VOLUME:
      case Type.SHRINK_VOLUME:
      case Type.CREATE_DISK:
      case Type.DESTROY_DISK:
      case Type.UNKNOWN:
      case null:
      case undefined:
        errors.push(`unsupported operation ${String(op.type)}`);
    }
  }
  return { errors, afterOperations: afterOps[0] ?? bag.toResources(), unused: bag.toResources() };
}
