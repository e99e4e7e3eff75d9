// Data jobs: this node's part of a BACKUP or RESTORE (what they get, how they run and report).
export { DEFAULT_LOCAL_BACKUP_DIRECTORY, openStorage, storageCredentials } from './context';
export type {
  CqlSession,
  DataFileRef,
  DataJobDeps,
  DataJobJmx,
  DataJobOptions,
  DataJobOutcome,
  DataJobPart,
  DataJobProgress,
  DataJobProgressFields,
  DataJobSpec,
  DataJobStorage,
  DataJobType,
  StorageCredentials,
} from './context';
export { LazyCqlSession } from './cql';
export type { CqlEndpoint } from './cql';
export { PROGRESS_INTERVAL_MS, ThrottledProgress } from './progress';
export { DataJobTaskRunner } from './runner';
export type { DataJobTaskPorts } from './runner';
