// Every failed call ends with one gRPC status and a message that says what was wrong and what to do.
// Refusals (bad fields, the service's BackupServiceError) keep their message; anything else becomes
// INTERNAL with an incident id, and its text goes to the log only (it may hold internals).
import { randomBytes } from 'node:crypto';
import { Metadata, status, type ServerErrorResponse } from '@grpc/grpc-js';
import { BackupServiceError, type BackupServiceErrorCode } from '../backup/types';

/** A refusal decided by the gRPC layer itself (a bad request field, a missing token). */
export class CassyCallError extends Error {
  constructor(
    readonly code: status,
    message: string,
  ) {
    super(message);
    this.name = 'CassyCallError';
  }
}

/** INVALID_ARGUMENT; `message` names the field, as the request spells it. */
export function invalidArgument(message: string): CassyCallError {
  return new CassyCallError(status.INVALID_ARGUMENT, message);
}

const SERVICE_STATUS: Readonly<Record<BackupServiceErrorCode, status>> = {
  INVALID_ARGUMENT: status.INVALID_ARGUMENT,
  NOT_FOUND: status.NOT_FOUND,
  FAILED_PRECONDITION: status.FAILED_PRECONDITION,
  UNAVAILABLE: status.UNAVAILABLE,
  PERMISSION_DENIED: status.PERMISSION_DENIED,
};

/** Trailing metadata key with BackupServiceError.reason (INVALID_BACKUP_NAME, JOB_RUNNING, ...), for clients that branch on it. */
export const REASON_METADATA_KEY = 'cassandra-mesos-reason';

export interface MappedError {
  readonly error: ServerErrorResponse;
  /** False for failures nobody asked for (bugs, lost connections): they are logged as errors. */
  readonly refusal: boolean;
  /** Set for unexpected errors: the id in both the reply and the log line. */
  readonly incidentId?: string;
}

function statusError(code: status, message: string, metadata?: Metadata): ServerErrorResponse {
  return Object.assign(new Error(message), { code, details: message, ...(metadata ? { metadata } : {}) });
}

/** The gRPC status for whatever a handler threw. `method` is e.g. "rpc.Cassy/TakeBackup". */
export function toGrpcError(err: unknown, method: string): MappedError {
  if (err instanceof CassyCallError) return { error: statusError(err.code, err.message), refusal: true };
  if (err instanceof BackupServiceError) {
    const metadata = new Metadata();
    metadata.set(REASON_METADATA_KEY, err.reason);
    return { error: statusError(SERVICE_STATUS[err.code], err.message, metadata), refusal: true };
  }
  const incidentId = randomBytes(4).toString('hex');
  const message = `the scheduler failed while handling ${method} (incident ${incidentId}); the scheduler log has the error under that incident id`;
  return { error: statusError(status.INTERNAL, message), refusal: false, incidentId };
}
