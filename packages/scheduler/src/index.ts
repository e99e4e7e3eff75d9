// @cassandra-mesos/scheduler
export * from './state';
export * from './leader';
export { SchedulerDriver, type SchedulerDriverOptions } from './driver/driver';
export { ConfigRejectedError, StatePersistence } from './driver/persistence';
export { readSchedulerState } from './driver/read-state';
export { DriverNotRunningError, type CommandOutcome, type DriverObserver } from './driver/driver';
export * from './api';
