// Builders for the Offer.Operation values an ACCEPT carries (reference §1.6, §2.5). Each returns a
// plain object in proto field names; accept() turns it into the message.
import { mesos } from '@cassandra-mesos/model';
import type { ExecutorInfoInput, OfferOperationInput, ResourceInput, TaskGroupInfoInput, TaskInfoInput } from '../types';

const Type = mesos.v1.Offer.Operation.Type;

/** Optional operation id: with one, Mesos reports the outcome as UPDATE_OPERATION_STATUS (not for launches). */
export interface OperationOptions {
  id?: string;
}

function withId(op: OfferOperationInput, options?: OperationOptions): OfferOperationInput {
  return options?.id === undefined ? op : { ...op, id: { value: options.id } };
}

function nonEmpty<T>(what: string, items: readonly T[]): T[] {
  if (items.length === 0) throw new TypeError(`${what} needs at least one item`);
  return [...items];
}

export const Operations = {
  /** LAUNCH: tasks with a command or a custom executor. */
  launch(taskInfos: readonly TaskInfoInput[]): OfferOperationInput {
    return { type: Type.LAUNCH, launch: { task_infos: nonEmpty('LAUNCH', taskInfos) } };
  },

  /** LAUNCH_GROUP: a task group run by one executor (the default executor or a custom one). */
  launchGroup(executor: ExecutorInfoInput, taskGroup: TaskGroupInfoInput): OfferOperationInput {
    nonEmpty('LAUNCH_GROUP', taskGroup.tasks ?? []);
    return { type: Type.LAUNCH_GROUP, launch_group: { executor, task_group: taskGroup } };
  },

  /** RESERVE: resources carrying the reservations to add. */
  reserve(resources: readonly ResourceInput[], options?: OperationOptions & { source?: readonly ResourceInput[] }): OfferOperationInput {
    const reserve: mesos.v1.Offer.Operation.Reserve.$Properties = { resources: nonEmpty('RESERVE', resources) };
    if (options?.source) reserve.source = [...options.source];
    return withId({ type: Type.RESERVE, reserve }, options);
  },

  /** UNRESERVE: reserved resources to give back. */
  unreserve(resources: readonly ResourceInput[], options?: OperationOptions): OfferOperationInput {
    return withId({ type: Type.UNRESERVE, unreserve: { resources: nonEmpty('UNRESERVE', resources) } }, options);
  },

  /** CREATE: persistent volumes (disk resources with disk.persistence) on reserved disk. */
  create(volumes: readonly ResourceInput[], options?: OperationOptions): OfferOperationInput {
    return withId({ type: Type.CREATE, create: { volumes: nonEmpty('CREATE', volumes) } }, options);
  },

  /** DESTROY: persistent volumes to delete (their data is lost). */
  destroy(volumes: readonly ResourceInput[], options?: OperationOptions): OfferOperationInput {
    return withId({ type: Type.DESTROY, destroy: { volumes: nonEmpty('DESTROY', volumes) } }, options);
  },
} as const;
