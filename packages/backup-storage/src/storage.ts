/** What a storage knows about one stored object. */
export interface ObjectInfo {
  readonly key: string;
  readonly size: number;
  /** Hex SHA-256 recorded when the object was written; undefined if it was written by something else. */
  readonly sha256: string | undefined;
  readonly lastModified: Date | undefined;
}

/** One entry of a listing (listings do not read per-object metadata, so no sha256 here). */
export interface ListedObject {
  readonly key: string;
  readonly size: number;
  readonly lastModified: Date | undefined;
}

export interface ListPage {
  readonly objects: readonly ListedObject[];
  /** Pass to the next list() call; undefined when this was the last page. */
  readonly nextPageToken: string | undefined;
}

export interface ListOptions {
  readonly pageToken?: string;
  /** At most this many objects per page (default 1000, the S3 maximum). */
  readonly pageSize?: number;
}

/** Called with the cumulative number of bytes moved for the current object. */
export type BytesCallback = (bytesSoFar: number) => void;

export interface PutFileOptions {
  /** Size of the local file; the upload fails (and leaves nothing) if the file has another size. */
  readonly size: number;
  /** Hex SHA-256 of the local file; checked while streaming and stored with the object. */
  readonly sha256: string;
  readonly onBytes?: BytesCallback;
  /**
   * Stops the upload when it fires: reading stops, requests in flight are cancelled, a multipart
   * upload is aborted, and the call rejects with `TransferAbortedError`. An abort that comes once the
   * object is being committed (every byte sent and verified) lets the commit finish.
   */
  readonly signal?: AbortSignal;
}

export interface GetFileOptions {
  /**
   * What the bytes must be (normally from a manifest). When omitted, the size and SHA-256 recorded
   * with the object are used; an object without a recorded SHA-256 is then refused as unverifiable.
   */
  readonly expected?: { readonly size: number; readonly sha256: string };
  readonly onBytes?: BytesCallback;
  /**
   * Stops the download when it fires: the response body is destroyed, the partial local file removed,
   * and the call rejects with `TransferAbortedError`; `localPath` is not written.
   */
  readonly signal?: AbortSignal;
}

/**
 * Where backups live. Keys are '/'-separated relative paths (see `assertValidKey`). Every write is
 * all-or-nothing: a reader never sees a half-written object. Errors are `NotFoundError`,
 * `CorruptError`, `StorageUnavailableError`, `InvalidKeyError`, or `TransferAbortedError` when a
 * transfer's AbortSignal fired.
 */
export interface BackupStorage {
  /** Streams a local file to `key`, verifying size and SHA-256 on the way and recording the SHA-256. */
  putFile(key: string, localPath: string, options: PutFileOptions): Promise<void>;
  /**
   * Streams `key` to `localPath`, verifying size and SHA-256 on the way. On a mismatch the partial
   * file is deleted and a `CorruptError` naming the key, expected and actual values is thrown.
   */
  getFile(key: string, localPath: string, options?: GetFileOptions): Promise<void>;
  /** Size and recorded SHA-256 of `key`, or undefined if it does not exist. */
  head(key: string): Promise<ObjectInfo | undefined>;
  /** One page of the objects whose key starts with `prefix`, in key order. */
  list(prefix: string, options?: ListOptions): Promise<ListPage>;
  /** Deletes the keys; keys that do not exist are ignored. */
  deleteMany(keys: readonly string[]): Promise<void>;
  /** Writes a small JSON document (a manifest) atomically, with its SHA-256 recorded. */
  putJson(key: string, value: unknown): Promise<void>;
  /** Reads and SHA-256-verifies a JSON document; the caller validates its shape. */
  getJson(key: string): Promise<unknown>;
  /** A description safe to log: never contains credentials. */
  describe(): string;
}

/** Every object under `prefix`, page by page. */
export async function* listAll(storage: BackupStorage, prefix: string, pageSize?: number): AsyncGenerator<ListedObject> {
  let pageToken: string | undefined;
  do {
    const page = await storage.list(prefix, { ...(pageToken === undefined ? {} : { pageToken }), ...(pageSize === undefined ? {} : { pageSize }) });
    yield* page.objects;
    pageToken = page.nextPageToken;
  } while (pageToken !== undefined);
}
