// The backup service's transport-neutral errors as REST errors: INVALID_ARGUMENT 400, NOT_FOUND 404,
// FAILED_PRECONDITION 409, UNAVAILABLE 503, PERMISSION_DENIED 403. The service's reason becomes the
// error code when the API knows it with the same status (INVALID_BACKUP_NAME, BACKUP_NOT_FOUND,
// JOB_RUNNING, ...), else the generic code of that status.
import { checkBackupName } from '../backup/request-checks';
import { BackupServiceError, type BackupService, type BackupServiceErrorCode } from '../backup/types';
import { ApiError, ERROR_CODES, type ErrorCode } from './errors';
import type { ClusterService } from './service';

const FALLBACK: Readonly<Record<BackupServiceErrorCode, ErrorCode>> = {
  INVALID_ARGUMENT: 'INVALID_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FAILED_PRECONDITION: 'COMMAND_REJECTED',
  UNAVAILABLE: 'UNAVAILABLE',
  PERMISSION_DENIED: 'FORBIDDEN',
};

export function backupApiError(err: BackupServiceError): ApiError {
  const fallback = FALLBACK[err.code];
  const reason = err.reason as ErrorCode;
  const code = reason in ERROR_CODES && ERROR_CODES[reason] === ERROR_CODES[fallback] ? reason : fallback;
  return new ApiError(code, err.message, err.details, code === 'NOT_LEADER' ? { 'Retry-After': '5' } : {});
}

/** The service's answer, its errors as ApiErrors; 503 BACKUPS_UNAVAILABLE when the scheduler runs without a backup service. */
export async function withBackups<T>(service: ClusterService, work: (backups: BackupService) => Promise<T>): Promise<T> {
  const backups = service.backups;
  if (!backups) throw new ApiError('BACKUPS_UNAVAILABLE', 'this scheduler process runs without its backup service; nothing was started or changed');
  try {
    return await work(backups);
  } catch (err) {
    if (err instanceof BackupServiceError) throw backupApiError(err);
    throw err;
  }
}

/**
 * 400 INVALID_BACKUP_NAME unless `name` can name a backup (`field` names the input, e.g. query.name).
 * Checked before anything else, with the service's own rule, so every route refuses a name alike.
 */
export function validBackupName(name: string, field: string): string {
  try {
    return checkBackupName(name, field);
  } catch (err) {
    if (err instanceof BackupServiceError) throw backupApiError(err);
    throw err;
  }
}
