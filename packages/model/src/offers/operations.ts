// Builders for the Offer.Operation objects of an ACCEPT (plain objects in Mesos field names). Order
// matters inside one ACCEPT: Mesos applies operations one after the other, so RESERVE comes before
// the CREATE that uses the reserved disk, and both before the LAUNCH that uses what they produced.
import { mesos } from '../gen/mesos';
import type { OrphanedResources } from './orphans';
import type { MesosOperation, MesosResource, MesosTaskInfo, OfferPlan } from './types';

const Type = mesos.v1.Offer.Operation.Type;

function nonEmpty<T>(operation: string, items: readonly T[]): T[] {
  if (items.length === 0) throw new TypeError(`${operation} needs at least one item: Mesos rejects an empty ${operation} operation`);
  return [...items];
}

export function reserveOperation(resources: readonly MesosResource[]): MesosOperation {
  return { type: Type.RESERVE, reserve: { resources: nonEmpty('RESERVE', resources) } };
}

export function unreserveOperation(resources: readonly MesosResource[]): MesosOperation {
  return { type: Type.UNRESERVE, unreserve: { resources: nonEmpty('UNRESERVE', resources) } };
}

export function createOperation(volumes: readonly MesosResource[]): MesosOperation {
  return { type: Type.CREATE, create: { volumes: nonEmpty('CREATE', volumes) } };
}

export function destroyOperation(volumes: readonly MesosResource[]): MesosOperation {
  return { type: Type.DESTROY, destroy: { volumes: nonEmpty('DESTROY', volumes) } };
}

/** LAUNCH of tasks with a custom executor or a command. Mesos forbids an operation id on LAUNCH. */
export function launchOperation(taskInfos: readonly MesosTaskInfo[]): MesosOperation {
  return { type: Type.LAUNCH, launch: { task_infos: nonEmpty('LAUNCH', taskInfos) } };
}

/** The operations of one ACCEPT for a passing evaluation: RESERVE and CREATE when needed, then LAUNCH. */
export function launchOperations(plan: Pick<OfferPlan, 'reserve' | 'create'>, taskInfos: readonly MesosTaskInfo[]): MesosOperation[] {
  const ops: MesosOperation[] = [];
  if (plan.reserve.length > 0) ops.push(reserveOperation(plan.reserve));
  if (plan.create.length > 0) ops.push(createOperation(plan.create));
  ops.push(launchOperation(taskInfos));
  return ops;
}

/** DESTROY then UNRESERVE for orphaned resources; empty when there is nothing to release. */
export function releaseOperations(orphans: OrphanedResources): MesosOperation[] {
  const ops: MesosOperation[] = [];
  if (orphans.destroy.length > 0) ops.push(destroyOperation(orphans.destroy));
  if (orphans.unreserve.length > 0) ops.push(unreserveOperation(orphans.unreserve));
  return ops;
}
