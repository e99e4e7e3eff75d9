// @cassandra-mesos/testkit: start and stop REAL ZooKeeper, Cassandra (+ Jolokia) and s3proxy for tests.
export { loadRuntime, parseRuntime, RuntimeNotInstalledError, type Runtime } from './runtime';
export { startZooKeeper, type StartZooKeeperOptions, type ZooKeeperServer } from './zookeeper/start';
export { startS3, type S3RestartTarget, type S3Server, type StartS3Options } from './s3/start';
export { startCassandraCluster, type CassandraCluster, type CassandraNode, type StartCassandraClusterOptions } from './cassandra/start';
export { basicAuthHeader, STORAGE_SERVICE } from './cassandra/jolokia-probe';
export { ComponentError } from './errors';
export { ManagedProcess, type ExitInfo, type LaunchSpec, type StopOptions } from './process/managed-process';
export { assertNothingLeftRunning, stopAll } from './process/teardown';
export { freePort } from './ports';
export { readLogTail } from './log-tail';
