// The executor's backup node part (issue 8): BACKUP_UPLOAD, and the consistent backup's snapshot requests.
export { createBackupPart, runBackupPart } from './backup-part';
export type { BackupPartOptions } from './backup-part';
export { ConsistentSnapshots } from './consistent-snapshot';
export type { ConsistentSnapshotJmx } from './consistent-snapshot';
export { listIncrementalFiles, listSnapshotFiles, pruneIncrementalLinks } from './files';
export type { BackupFile, FileListing, TableSelection } from './files';
export { checksumFiles, knownChecksums } from './checksums';
export type { HashedFile, KnownChecksums } from './checksums';
export { buildNodeManifest } from './manifest';
export { SYSTEM_KEYSPACES } from './selection';
