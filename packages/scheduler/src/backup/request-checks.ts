// Checks of what a backup/restore request names, shared by every transport: each refusal says what
// was wrong and what to write instead. Errors of the cluster facade (ApiError) are translated into the
// service's transport-neutral codes here too.
import { ApiError } from '../api/errors';
import { SecretStorageKeys } from './credential-vault';
import { BackupServiceError, type StorageKeys } from './types';

export const MAX_BACKUP_NAME = 128;
const NAME_CHARS = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const CLUSTER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const CQL_NAME = /^[A-Za-z][A-Za-z0-9_]{0,47}$/;
export const MAX_PARALLELISM = 64;

function invalid(message: string, reason = 'INVALID_INPUT'): BackupServiceError {
  return new BackupServiceError('INVALID_ARGUMENT', message, reason);
}

/** Why `name` cannot name a backup (it becomes a storage key segment, a directory and a snapshot tag), or undefined. */
export function backupNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty: name the backup (1-128 letters, digits, ".", "_" and "-")';
  if (name.length > MAX_BACKUP_NAME) return `is ${name.length} characters long; at most ${MAX_BACKUP_NAME} are allowed`;
  if (name.includes('/') || name.includes('\\')) return 'contains a path separator: a backup name is a single path segment';
  if (name.includes('..')) return 'contains "..", which is not allowed in a backup name';
  if (!NAME_CHARS.test(name)) return 'may only hold letters, digits, ".", "_" and "-", and must start with a letter or digit';
  return undefined;
}

export function checkBackupName(name: string, field = 'name'): string {
  const problem = backupNameProblem(name);
  if (problem) throw invalid(`${field} ${JSON.stringify(name.length > 140 ? `${name.slice(0, 137)}...` : name)} ${problem}`, 'INVALID_BACKUP_NAME');
  return name;
}

/** A cluster (framework) name: the storage namespace of its backups. */
export function checkClusterName(name: string, field = 'sourceCluster'): string {
  if (!CLUSTER_NAME.test(name)) throw invalid(`${field} ${JSON.stringify(name)} is not a cluster name: the framework name of the cluster that took the backup (1-64 letters, digits, ".", "_", "-")`);
  return name;
}

export function checkCqlNames(names: readonly string[] | undefined, field: string): string[] {
  const out: string[] = [];
  for (const [i, name] of (names ?? []).entries()) {
    if (!CQL_NAME.test(name)) throw invalid(`${field}[${i}] ${JSON.stringify(name)} is not a keyspace or table name (a letter, then up to 47 letters, digits or "_")`);
    out.push(name);
  }
  return [...new Set(out)];
}

/** Tables as `table` or `keyspace.table`. */
export function checkTableNames(names: readonly string[] | undefined, field: string): string[] {
  const out: string[] = [];
  for (const [i, name] of (names ?? []).entries()) {
    const parts = name.split('.');
    if (parts.length > 2 || parts.some((p) => !CQL_NAME.test(p))) throw invalid(`${field}[${i}] ${JSON.stringify(name)} is not a table name (table or keyspace.table, each a letter then letters, digits or "_")`);
    out.push(name);
  }
  return [...new Set(out)];
}

export function checkWholeNumber(value: number | undefined, field: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < min || value > max) throw invalid(`${field} must be a whole number from ${min} to ${max}, got ${value}`);
  return value;
}

/** Request keys: both parts, no surrounding whitespace. Wrapped so they cannot be printed. Never echoed. */
export function checkKeys(keys: StorageKeys | undefined): SecretStorageKeys | undefined {
  if (!keys) return undefined;
  const parts: Array<[string, string | undefined]> = [['access key id', keys.accessKeyId], ['secret access key', keys.secretAccessKey], ['session token', keys.sessionToken]];
  for (const [what, value] of parts) {
    if (value === undefined || value === '') {
      if (what === 'session token') continue;
      throw invalid(`the request gives S3 keys without the ${what}: give both the access key and the secret key, or neither (then the scheduler's configured keys are used)`);
    }
    if (value.trim() !== value || value.length > 4096 || /[\s\0]/.test(value)) throw invalid(`the S3 ${what} of the request is malformed (whitespace, a control character, or longer than 4096 characters)`);
  }
  return new SecretStorageKeys(keys);
}

/** The facade's errors in the service's terms (the message stays: it already says what to do). */
export function fromApiError(err: unknown): unknown {
  if (!(err instanceof ApiError)) return err;
  switch (err.status) {
    case 400:
      return new BackupServiceError('INVALID_ARGUMENT', err.message, err.code, err.details);
    case 401:
    case 403:
      return new BackupServiceError('PERMISSION_DENIED', err.message, err.code, err.details);
    case 404:
      return new BackupServiceError('NOT_FOUND', err.message, err.code, err.details);
    case 409:
      return new BackupServiceError('FAILED_PRECONDITION', err.message, err.code, err.details);
    case 503:
      return new BackupServiceError('UNAVAILABLE', err.message, err.code, err.details);
    default:
      return err;
  }
}

/** Runs `work`, translating facade errors. */
export async function translated<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw fromApiError(err);
  }
}
