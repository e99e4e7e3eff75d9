// The scheduler's persistent state: typed, versioned records over a byte-level backend (ZooKeeper or
// the embedded directory tree). Every read returns the value with its version; every write is a
// compare-and-set on the version the writer last read, so a scheduler that lost a race (or its
// leadership) never overwrites newer state. Several writes that must happen together go in one batch
// (`commit`), which both backends apply atomically.
import type { BackendOp, StateBackend } from './backend';
import { decodeStoredValue, encodeStoredValue } from './envelope';
import { InvalidBatchError } from './errors';
import {
  compareIds,
  FIXED_CONTAINERS,
  jobContainer,
  JOBS_CONTAINER,
  NON_JOB_ENTRIES,
  StateCollections,
  validateStateId,
  type StateCollection,
  type StateKey,
} from './keys';

export interface VersionedValue<T> {
  readonly value: T;
  /** The version to pass as `expectedVersion` when writing this value back. */
  readonly version: number;
}

export interface VersionedEntry<T> extends VersionedValue<T> {
  readonly id: string;
}

/** Pass as `expectedVersion` to create a value that must not exist yet (`undefined` means the same). */
export const CREATE = -1;

/** The version a write expects to replace: `CREATE` (-1) or `undefined` for "must not exist", else ≥ 0. */
export type ExpectedVersion = number | undefined;

/** One write of a batch. Build them with `StateOps`; the value is encoded (and verified) when built. */
export type StateOp =
  | { readonly op: 'put'; readonly key: StateKey<unknown>; readonly data: Uint8Array; readonly expectedVersion: number | undefined }
  | { readonly op: 'delete'; readonly key: StateKey<unknown>; readonly expectedVersion: number }
  | { readonly op: 'check'; readonly key: StateKey<unknown>; readonly expectedVersion: number };

function normaliseExpected(path: string, expected: ExpectedVersion): number | undefined {
  if (expected === undefined || expected === CREATE) return undefined;
  if (!Number.isSafeInteger(expected) || expected < 0) {
    throw new InvalidBatchError(`expected version for ${path} must be CREATE (-1), undefined or an integer >= 0, got ${expected}`);
  }
  return expected;
}

function requireVersion(path: string, what: string, expected: number): number {
  const v = normaliseExpected(path, expected);
  if (v === undefined) throw new InvalidBatchError(`${what} of ${path} needs the version it expects (>= 0), got ${expected}`);
  return v;
}

export const StateOps = {
  /** Create (`CREATE`/undefined) or replace the value at `key` if it is still at `expectedVersion`. */
  put<T>(key: StateKey<T>, value: T, expectedVersion: ExpectedVersion): StateOp {
    const data = encodeStoredValue(key.type, value);
    return { op: 'put', key, data, expectedVersion: normaliseExpected(key.path, expectedVersion) };
  },
  /** Delete the value at `key` if it is still at `expectedVersion`. */
  delete(key: StateKey<unknown>, expectedVersion: number): StateOp {
    return { op: 'delete', key, expectedVersion: requireVersion(key.path, 'delete', expectedVersion) };
  },
  /** Fail the batch unless the value at `key` is still at `expectedVersion` (nothing is written). */
  check(key: StateKey<unknown>, expectedVersion: number): StateOp {
    return { op: 'check', key, expectedVersion: requireVersion(key.path, 'check', expectedVersion) };
  },
} as const;

export interface StateStore {
  readonly frameworkName: string;
  /** The framework's base, for messages: its absolute znode path, or the embedded store's directory. */
  readonly location: string;
  /** The value at `key` with its version, or undefined. Throws CorruptStateError for undecodable bytes. */
  get<T>(key: StateKey<T>): Promise<VersionedValue<T> | undefined>;
  /** Compare-and-set; resolves with the new version. Throws StaleStateError when the version did not match. */
  put<T>(key: StateKey<T>, value: T, expectedVersion: ExpectedVersion): Promise<number>;
  /** Deletes the value if it is at `expectedVersion`; StaleStateError otherwise (also when it is absent). */
  delete(key: StateKey<unknown>, expectedVersion: number): Promise<void>;
  /** The ids in a collection, in natural order ("node-2" before "node-10"). */
  listIds(collection: StateCollection<unknown>): Promise<string[]>;
  /** Every record in a collection with its version, in natural id order. */
  list<T>(collection: StateCollection<T>): Promise<Array<VersionedEntry<T>>>;
  /** Applies every op or none; resolves with each op's resulting version (undefined for deletes). */
  commit(ops: readonly StateOp[]): Promise<Array<number | undefined>>;
  /** Ids of jobs that have per-node records (current, archived or left over), in natural order. */
  listJobRecordIds(): Promise<string[]>;
  /**
   * Deletes every per-node record of a job and its containers; resolves with the number of records deleted.
   * Not one atomic step (a job has a record per node) but idempotent: repeat it after an interruption.
   */
  deleteJobRecords(jobId: string): Promise<number>;
  close(): Promise<void>;
}

/** Reads below this many paths run concurrently (ZooKeeper pipelines them on one connection). */
const READ_CONCURRENCY = 32;
/** Deletes of one job's records are committed in batches of this many. */
const DELETE_BATCH = 100;

async function mapLimit<A, B>(items: readonly A[], limit: number, fn: (item: A) => Promise<B>): Promise<B[]> {
  const results: B[] = new Array<B>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as A);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The StateStore over either backend; the backends only move bytes. */
export class VersionedStateStore implements StateStore {
  constructor(
    readonly frameworkName: string,
    readonly location: string,
    private readonly backend: StateBackend,
  ) {}

  /** Creates the fixed containers; call once before use (the `open*StateStore` functions do). */
  async initialise(): Promise<void> {
    await this.backend.ensureContainers(FIXED_CONTAINERS);
  }

  async get<T>(key: StateKey<T>): Promise<VersionedValue<T> | undefined> {
    const stored = await this.backend.read(key.path);
    if (stored === undefined) return undefined;
    return { value: decodeStoredValue(key.type, stored.data, this.backend.locate(key.path), stored.version), version: stored.version };
  }

  async put<T>(key: StateKey<T>, value: T, expectedVersion: ExpectedVersion): Promise<number> {
    const [version] = await this.commit([StateOps.put(key, value, expectedVersion)]);
    return version as number;
  }

  async delete(key: StateKey<unknown>, expectedVersion: number): Promise<void> {
    await this.commit([StateOps.delete(key, expectedVersion)]);
  }

  async listIds(collection: StateCollection<unknown>): Promise<string[]> {
    const names = await this.backend.children(collection.path);
    // Anything that is not a valid id was not written by us (or is a backend's own file): not part of the collection.
    return names.filter(isValidId).sort(compareIds);
  }

  async list<T>(collection: StateCollection<T>): Promise<Array<VersionedEntry<T>>> {
    const ids = await this.listIds(collection);
    const entries = await mapLimit(ids, READ_CONCURRENCY, async (id) => {
      const found = await this.get(collection.key(id));
      return found === undefined ? undefined : { id, ...found };
    });
    // A record deleted between listing and reading is simply not there any more.
    return entries.filter((e): e is VersionedEntry<T> => e !== undefined);
  }

  async commit(ops: readonly StateOp[]): Promise<Array<number | undefined>> {
    if (ops.length === 0) return [];
    const seen = new Set<string>();
    for (const op of ops) {
      if (seen.has(op.key.path)) {
        throw new InvalidBatchError(`batch touches ${this.backend.locate(op.key.path)} twice; merge those writes into one`);
      }
      seen.add(op.key.path);
    }
    return this.backend.commit(ops.map(toBackendOp));
  }

  async listJobRecordIds(): Promise<string[]> {
    const names = await this.backend.children(JOBS_CONTAINER);
    return names.filter((n) => !NON_JOB_ENTRIES.has(n) && isValidId(n)).sort(compareIds);
  }

  async deleteJobRecords(jobId: string): Promise<number> {
    const records = await this.list(StateCollections.jobNodes(jobId));
    for (let i = 0; i < records.length; i += DELETE_BATCH) {
      const batch = records.slice(i, i + DELETE_BATCH);
      await this.commit(batch.map((r) => StateOps.delete(StateCollections.jobNodes(jobId).key(r.id), r.version)));
    }
    const container = jobContainer(jobId);
    await this.backend.removeEmptyContainer(`${container}/nodes`);
    await this.backend.removeEmptyContainer(container);
    return records.length;
  }

  close(): Promise<void> {
    return this.backend.close();
  }
}

function isValidId(name: string): boolean {
  try {
    validateStateId('id', name);
    return true;
  } catch {
    return false;
  }
}

function toBackendOp(op: StateOp): BackendOp {
  switch (op.op) {
    case 'put':
      return { type: 'put', path: op.key.path, data: op.data, expectedVersion: op.expectedVersion };
    case 'delete':
      return { type: 'delete', path: op.key.path, expectedVersion: op.expectedVersion };
    case 'check':
      return { type: 'check', path: op.key.path, expectedVersion: op.expectedVersion };
  }
}
