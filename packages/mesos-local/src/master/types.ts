// Short names for the generated Mesos types the master uses.
import { mesos } from '@cassandra-mesos/model';

export const v1 = mesos.v1;
export const Call = mesos.v1.scheduler.Call;
export const Event = mesos.v1.scheduler.Event;
export type Call = mesos.v1.scheduler.Call;
export type Event = mesos.v1.scheduler.Event;
export type EventProps = mesos.v1.scheduler.Event.$Properties;

export type ResourceProps = mesos.v1.Resource.$Properties;
export type ReservationProps = mesos.v1.Resource.ReservationInfo.$Properties;
export type TaskStatusProps = mesos.v1.TaskStatus.$Properties;
export type TaskInfoProps = mesos.v1.TaskInfo.$Properties;
export type ExecutorInfoProps = mesos.v1.ExecutorInfo.$Properties;
export type FrameworkInfoProps = mesos.v1.FrameworkInfo.$Properties;
export type OfferProps = mesos.v1.Offer.$Properties;
export type OperationProps = mesos.v1.Offer.Operation.$Properties;
export type FiltersProps = mesos.v1.Filters.$Properties;
export type AttributeProps = mesos.v1.Attribute.$Properties;
export type OperationStatusProps = mesos.v1.OperationStatus.$Properties;

export const TaskState = mesos.v1.TaskState;
export type TaskState = mesos.v1.TaskState;
export const Reason = mesos.v1.TaskStatus.Reason;
export const Source = mesos.v1.TaskStatus.Source;
export const CapabilityType = mesos.v1.FrameworkInfo.Capability.Type;
export type CapabilityType = mesos.v1.FrameworkInfo.Capability.Type;
export const ValueType = mesos.v1.Value.Type;
export const ReservationType = mesos.v1.Resource.ReservationInfo.Type;
export const OperationType = mesos.v1.Offer.Operation.Type;
export const OperationState = mesos.v1.OperationState;
export const CallType = mesos.v1.scheduler.Call.Type;
export const EventType = mesos.v1.scheduler.Event.Type;

/** proto2 "has" for generated objects: defaults live on the prototype, set fields are own properties. */
export function has(message: object | null | undefined, field: string): boolean {
  if (message === null || message === undefined) return false;
  if (!Object.prototype.hasOwnProperty.call(message, field)) return false;
  const v = (message as Record<string, unknown>)[field];
  return v !== undefined && v !== null;
}
