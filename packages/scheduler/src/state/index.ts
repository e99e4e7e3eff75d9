// The scheduler's state store: typed, versioned records in ZooKeeper or in an embedded directory.
export type { StateBackend, BackendOp, StoredBytes } from './backend';
export {
  CorruptStateError,
  InvalidBatchError,
  InvalidStateIdError,
  NotLeaderError,
  SchemaVersionError,
  StaleStateError,
  StateLockedError,
  StateStoreError,
  StateUnavailableError,
} from './errors';
export {
  backupCatalogueCollection,
  cassyRegistrationKey,
  compareIds,
  frameworkBasePath,
  STATE_ROOT,
  StateCollections,
  StateKeys,
  STORED_MESSAGE_TYPES,
  validateStateId,
  type StateCollection,
  type StateKey,
  type StateKind,
} from './keys';
export {
  CREATE,
  StateOps,
  VersionedStateStore,
  type ExpectedVersion,
  type StateOp,
  type StateStore,
  type VersionedEntry,
  type VersionedValue,
} from './state-store';
export { isJsonDocumentType, jsonDocumentType, type JsonDocumentType } from './json-document';
export { archiveCurrentJob, DEFAULT_JOB_HISTORY_LIMIT, listJobHistory, pruneJobHistory } from './job-history';
export { CURRENT_SCHEMA_VERSION, ensureSchema, type EnsureSchemaOptions, type SchemaMigration, type SchemaMigrationResult } from './schema';
export { FileStateStore, openFileStateStore, type OpenFileStateStoreOptions } from './file/open';
export { ProcessLock, type LockOwner, type ProcessLockOptions } from './file/process-lock';
export {
  SessionEndedError,
  ZooKeeperConnection,
  ZooKeeperResultError,
  type SessionCredentials,
  type ZooKeeperConnectOptions,
} from './zookeeper/connection';
export {
  DEFAULT_ZOOKEEPER_PORT,
  InvalidZooKeeperUrlError,
  parseZooKeeperUrl,
  redactZooKeeperUrl,
  ZOOKEEPER_URL_SETTING,
  type ZooKeeperAddress,
  type ZooKeeperServerAddress,
} from './zookeeper/url';
export { openZooKeeperStateStore, zooKeeperBasePath, ZooKeeperStateStore, type OpenZooKeeperStateStoreOptions } from './zookeeper/open';
export type { WriteFence } from './zookeeper/zookeeper-backend';
