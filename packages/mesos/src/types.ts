// Short names for the generated Mesos message classes this package reads and writes.
import type { mesos } from '@cassandra-mesos/model';

type V1 = typeof mesos.v1;
type Sched = typeof mesos.v1.scheduler;
type Exec = typeof mesos.v1.executor;

export type AgentID = InstanceType<V1['AgentID']>;
export type ExecutorID = InstanceType<V1['ExecutorID']>;
export type FrameworkID = InstanceType<V1['FrameworkID']>;
export type OfferID = InstanceType<V1['OfferID']>;
export type TaskID = InstanceType<V1['TaskID']>;
export type FrameworkInfo = InstanceType<V1['FrameworkInfo']>;
export type MasterInfo = InstanceType<V1['MasterInfo']>;
export type AgentInfo = InstanceType<V1['AgentInfo']>;
export type ExecutorInfo = InstanceType<V1['ExecutorInfo']>;
export type ContainerID = InstanceType<V1['ContainerID']>;
export type Offer = InstanceType<V1['Offer']>;
export type InverseOffer = InstanceType<V1['InverseOffer']>;
export type OfferOperation = InstanceType<V1['Offer']['Operation']>;
export type Resource = InstanceType<V1['Resource']>;
export type TaskInfo = InstanceType<V1['TaskInfo']>;
export type TaskGroupInfo = InstanceType<V1['TaskGroupInfo']>;
export type TaskStatus = InstanceType<V1['TaskStatus']>;
export type OperationStatus = InstanceType<V1['OperationStatus']>;
export type KillPolicy = InstanceType<V1['KillPolicy']>;
export type Filters = InstanceType<V1['Filters']>;

export type SchedulerCall = InstanceType<Sched['Call']>;
export type SchedulerEventMessage = InstanceType<Sched['Event']>;
export type OfferConstraints = InstanceType<Sched['OfferConstraints']>;
export type ExecutorCall = InstanceType<Exec['Call']>;
export type ExecutorEventMessage = InstanceType<Exec['Event']>;

/** Plain-object input shapes accepted by the generated create()/encode() (fields by proto name). */
export type FrameworkInfoInput = mesos.v1.FrameworkInfo.$Properties;
export type TaskInfoInput = mesos.v1.TaskInfo.$Properties;
export type TaskGroupInfoInput = mesos.v1.TaskGroupInfo.$Properties;
export type ExecutorInfoInput = mesos.v1.ExecutorInfo.$Properties;
export type ResourceInput = mesos.v1.Resource.$Properties;
export type FiltersInput = mesos.v1.Filters.$Properties;
export type KillPolicyInput = mesos.v1.KillPolicy.$Properties;
export type TaskStatusInput = mesos.v1.TaskStatus.$Properties;
export type OfferOperationInput = mesos.v1.Offer.Operation.$Properties;
export type OfferConstraintsInput = mesos.v1.scheduler.OfferConstraints.$Properties;
