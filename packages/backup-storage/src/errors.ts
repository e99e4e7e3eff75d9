/**
 * Typed storage errors. Callers branch on the class (or `kind`), never on message text.
 * Messages name the object and say what to do; they never contain credentials (S3 messages pass
 * through a redactor before they reach these constructors).
 */
export abstract class BackupStorageError extends Error {
  abstract readonly kind: 'NotFound' | 'Corrupt' | 'StorageUnavailable' | 'InvalidKey' | 'TransferAborted';
}

/** The object (or JSON document) does not exist. */
export class NotFoundError extends BackupStorageError {
  readonly kind = 'NotFound' as const;
  constructor(
    readonly key: string,
    readonly where: string,
  ) {
    super(`object '${key}' does not exist in ${where}`);
    this.name = 'NotFoundError';
  }
}

/** What was expected of an object's bytes and what was found. */
export interface ContentFacts {
  readonly size: number;
  readonly sha256: string;
}

/**
 * The bytes of an object (or of a local file being uploaded) do not match their recorded size and
 * SHA-256. Nothing partial is left behind when this is thrown.
 */
export class CorruptError extends BackupStorageError {
  readonly kind = 'Corrupt' as const;
  constructor(
    readonly key: string,
    readonly expected: ContentFacts | { readonly size: number; readonly sha256: undefined },
    readonly actual: ContentFacts,
    detail: string,
  ) {
    super(
      `object '${key}' is corrupt: expected ${expected.size} bytes with sha256 ${expected.sha256 ?? '(none recorded)'}, ` +
        `got ${actual.size} bytes with sha256 ${actual.sha256}. ${detail}`,
    );
    this.name = 'CorruptError';
  }
}

/**
 * The storage could not be reached or refused the request. `code` is the S3 error code (e.g.
 * `SignatureDoesNotMatch`, `NoSuchBucket`) or the network error code (e.g. `ECONNREFUSED`).
 */
export class StorageUnavailableError extends BackupStorageError {
  readonly kind = 'StorageUnavailable' as const;
  constructor(
    readonly operation: string,
    readonly key: string,
    readonly code: string,
    readonly causeMessage: string,
    readonly httpStatus: number | undefined,
  ) {
    super(
      `${operation} of '${key}' failed: ${code}: ${causeMessage}` +
        (httpStatus === undefined ? '' : ` (HTTP ${httpStatus})`) +
        '. Check that the storage endpoint is reachable and the bucket, region and credentials are right, then retry.',
    );
    this.name = 'StorageUnavailableError';
  }
}

/** A key that could escape its root or that the layout does not allow. */
export class InvalidKeyError extends BackupStorageError {
  readonly kind = 'InvalidKey' as const;
  constructor(
    readonly key: string,
    reason: string,
  ) {
    super(`invalid storage key ${JSON.stringify(key)}: ${reason}`);
    this.name = 'InvalidKeyError';
  }
}

/**
 * A transfer was stopped by its AbortSignal (a job's abort, kill, timeout or shutdown). `reason` is
 * the signal's reason as text. Unless `detail` says otherwise, nothing partial was kept: no object, no
 * pending multipart upload, no local partial file.
 */
export class TransferAbortedError extends BackupStorageError {
  readonly kind = 'TransferAborted' as const;
  constructor(
    /** e.g. "S3 upload", "download". */
    readonly operation: string,
    readonly key: string,
    readonly reason: string,
    detail = 'nothing of it was kept',
  ) {
    super(`${operation} of '${key}' was aborted (${reason}); ${detail}`);
    this.name = 'TransferAbortedError';
  }
}
