export { cassandra_mesos } from './gen/cassandra_mesos';
export { mesos } from './gen/mesos';
export { mesosReflectionRoot, mesosType } from './mesos-reflection';
export { decodeMessage, encodeMessage, WireFormatError } from './wire';
export type { MessageType } from './wire';
export { isTerminalTaskState } from './task-state';
export * from './cassandra-config';
export * from './framework-config';
