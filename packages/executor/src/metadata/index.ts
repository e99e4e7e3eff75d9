// ExecutorMetadata: facts about the agent host (addresses, free space, Java/Cassandra/executor versions).
export { collectExecutorMetadata, JAVA_VERSION_TIMEOUT_MS } from './metadata';
export type { CollectedMetadata, MetadataSources } from './metadata';
export { nodeHostPorts } from './host';
export type { CommandResult, HostPorts } from './host';
export { cassandraVersionFromJarNames, parseJavaVersion } from './versions';
