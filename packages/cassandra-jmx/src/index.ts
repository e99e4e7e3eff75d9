// @cassandra-mesos/cassandra-jmx: typed Cassandra operations over Jolokia (jolokia.js).
export { CassandraJmx, type CassandraJmxOptions } from './cassandra-jmx';
export {
  JmxClient,
  type CallOptions,
  type JmxClientOptions,
  type JmxCredentials,
  type JmxExecRequest,
  type JmxReadRequest,
  type JmxRequest,
  type JmxResult,
  type JmxSearchRequest,
  type JmxVersionRequest,
} from './jmx-client';
export {
  CassandraOperationFailedError,
  JmxAbortedError,
  JmxAuthError,
  JmxError,
  JmxHttpError,
  JmxNoSuchOperationError,
  JmxOperationError,
  JmxProtocolError,
  JmxTimeoutError,
  JmxUnavailableError,
  RepairTimeoutError,
  type JmxErrorContext,
} from './errors';
export {
  dialectFor,
  parseReleaseVersion,
  UnsupportedCassandraVersionError,
  type CassandraVersion,
  type Dialect,
  type ImportFlags,
} from './dialect';
export {
  healthRequests,
  isLive,
  readHealth,
  type HealthField,
  type MissingHealthField,
  type NodeHealth,
  type NodeHealthFields,
  type OperationMode,
} from './health';
export {
  dataFileLocations,
  listKeyspaces,
  REPLICATED_SYSTEM_KEYSPACES,
  listTables,
  tableDataPaths,
  type DataFileLocations,
  type Keyspaces,
  type TableDataPaths,
} from './schema';
export {
  assertSnapshotTag,
  clearSnapshot,
  listSnapshots,
  scanSnapshots,
  takeSnapshot,
  type ClearSnapshotOptions,
  type ListSnapshotsOptions,
  type SnapshotFile,
  type SnapshotInfo,
  type TableSnapshot,
  type TakeSnapshotOptions,
} from './snapshots';
export { cleanup, cleanupStatus, flush, type CleanupOptions, type CleanupStatus } from './maintenance';
export {
  repairOptionsMap,
  type RepairOptions,
  type RepairParallelism,
  type RepairPreviewKind,
  type TokenRange,
} from './repair-options';
export {
  parseParentRepairStatus,
  repair,
  type RepairControl,
  type RepairProgress,
  type RepairResult,
} from './repair';
export {
  DEFAULT_IMPORT_FLAGS,
  importSSTables,
  type ImportOptions,
  type ImportResult,
} from './import-sstables';
export {
  decommission,
  drain,
  removalStatus,
  removeNode,
  type DecommissionOptions,
  type LongOperationControl,
} from './lifecycle';
export {
  assertIdentifier,
  ENDPOINT_SNITCH_INFO,
  RUNTIME,
  STORAGE_LOAD_METRIC,
  STORAGE_SERVICE,
  tableMBean,
} from './names';
