// Backup and restore in the scheduler: the BackupService both REST families and gRPC call, the
// catalogue in the state store, the commit of a backup, S3 keys held in memory, and the storage queries.
export * from './types';
export { ScheduledBackupService, transferOptions, type ScheduledBackupServiceOptions } from './backup-service';
export { BackupCatalogue, CatalogueEntrySchema, MAX_CATALOGUE_ENTRIES, type CatalogueEntry, type CatalogueNode } from './catalogue';
export { BackupCommitter, backupTypeName, type BackupCommitterOptions, type CommitOutcome, type KeysLookup } from './committer';
export { CredentialVault, SecretStorageKeys } from './credential-vault';
export { backupJobView } from './job-view';
export { completeLocation, describeLocation, locationOfOptions, locationOptions, resolveLocation, sameLocation, type LocationSettings, type StorageLocation } from './location';
export { choosePurged, executePurge, planS3Purge, purgeOrder, type PurgeCandidate, type PurgeRules, type S3PurgePlan } from './purge';
export { checkNodeStates, DEFAULT_RATE_BYTES_PER_SECOND, mapRestoreNodes, observedRate, restorePlan, selectedFacts } from './restore-plan';
export { backupNameProblem, checkBackupName } from './request-checks';
export { localNotReachable, S3StorageOpener, withStorage, type OpenedStorage, type StorageOpener } from './storage-access';
export { verifyStoredBackup, type ObjectCheckResult, type VerifyOptions } from './verify';
export { withInitialTokens, type InitialTokensOptions, type InitialTokensOutcome } from './initial-tokens';
export { checkTokenOwnership, mappingByTokens, replicationFactors, ringTokensByNode, tokenMatches, type BackupTokens, type OwnershipInput } from './restore-tokens';
export { CqlRingTokenReader, type RingTokenReader } from './ring-tokens';
