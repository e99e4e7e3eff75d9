// Every failure of the state store is one of these, so the scheduler can tell "someone else wrote first"
// (re-read and retry) from "the stored bytes are bad" (operator action) from "the store is unreachable"
// (stop acting, retry later). Messages name the znode path or file and never contain stored values.

/** Base class of every error raised by the state store. */
export abstract class StateStoreError extends Error {
  abstract readonly code: string;
}

/** How an expected or actual version is shown: a number, or "absent" for a value that does not exist. */
export function describeVersion(version: number | undefined): string {
  return version === undefined ? 'no value' : `version ${version}`;
}

/**
 * A compare-and-set lost: the value at `path` was not at the expected version (another writer changed,
 * created or deleted it). Nothing of the write (or of its batch) was applied. Re-read and decide again.
 */
export class StaleStateError extends StateStoreError {
  override readonly name = 'StaleStateError';
  readonly code = 'STALE_STATE';
  constructor(
    readonly path: string,
    /** The version the writer expected; undefined = expected no value (a create). */
    readonly expectedVersion: number | undefined,
    /** What was found when the write failed; undefined = no value; null = could not be determined. */
    readonly actualVersion: number | undefined | null,
  ) {
    const found = actualVersion === null ? 'a different version' : describeVersion(actualVersion);
    super(`stale write to ${path}: expected ${describeVersion(expectedVersion)}, found ${found}; re-read it and retry`);
  }
}

/** The bytes stored at `path` are not a valid stored value (e.g. written by something else, or damaged). */
export class CorruptStateError extends StateStoreError {
  override readonly name = 'CorruptStateError';
  readonly code = 'CORRUPT_STATE';
  constructor(
    readonly path: string,
    /** What should have been there, e.g. "cassandra_mesos.v1.NodeRecord". */
    readonly expected: string,
    readonly reason: string,
    /** The version of the corrupt value when known, so it can be overwritten or deleted with a compare-and-set. */
    readonly version?: number,
  ) {
    super(`corrupt state at ${path}: not a valid ${expected}: ${reason}; restore it from a backup or delete it`);
  }
}

/** The store cannot be reached or is closed; the outcome of a write that failed this way is unknown. */
export class StateUnavailableError extends StateStoreError {
  override readonly name: string = 'StateUnavailableError';
  readonly code = 'STATE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** An id that cannot be part of a state path (it must be a single safe path segment). */
export class InvalidStateIdError extends StateStoreError {
  override readonly name = 'InvalidStateIdError';
  readonly code = 'INVALID_STATE_ID';
  constructor(
    readonly what: string,
    readonly id: string,
    reason: string,
  ) {
    super(`invalid ${what} ${JSON.stringify(id)}: ${reason}`);
  }
}

/** A batch that cannot be executed as given (e.g. it touches one path twice). Nothing was written. */
export class InvalidBatchError extends StateStoreError {
  override readonly name = 'InvalidBatchError';
  readonly code = 'INVALID_BATCH';
}

/** The stored layout has a schema version this scheduler cannot use. Nothing was changed. */
export class SchemaVersionError extends StateStoreError {
  override readonly name = 'SchemaVersionError';
  readonly code = 'SCHEMA_VERSION';
  constructor(
    readonly path: string,
    readonly storedVersion: number,
    readonly supportedVersion: number,
    advice: string,
  ) {
    super(`state at ${path} has schema version ${storedVersion}, this scheduler supports version ${supportedVersion}: ${advice}`);
  }
}

/** Another process holds the lock of an embedded state directory, or this process lost it. */
export class StateLockedError extends StateStoreError {
  override readonly name = 'StateLockedError';
  readonly code = 'STATE_LOCKED';
  constructor(
    readonly lockFile: string,
    /** The holder's pid when known. */
    readonly holderPid: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** A write was refused because this scheduler is no longer the elected leader (its candidate znode is gone). */
export class NotLeaderError extends StateStoreError {
  override readonly name = 'NotLeaderError';
  readonly code = 'NOT_LEADER';
  constructor(readonly candidatePath: string) {
    super(`write refused: this scheduler is no longer the leader (its election znode ${candidatePath} is gone); stop acting and rejoin the election`);
  }
}
