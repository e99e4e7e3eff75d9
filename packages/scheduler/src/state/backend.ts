// The byte-level store under the typed StateStore: ZooKeeper, or the embedded directory tree.
// Paths are relative to the framework's base path ("nodes/node-3"); "" is the base itself.
// A path either holds a value (a leaf) or is a container of other paths, never both.
// Versions follow ZooKeeper: 0 when a value is created, +1 on every write, and a deleted-then-recreated
// value starts again at 0.

export interface StoredBytes {
  readonly data: Uint8Array;
  readonly version: number;
}

export type BackendOp =
  /** Write a value: create it when `expectedVersion` is undefined, else compare-and-set on that version. */
  | { readonly type: 'put'; readonly path: string; readonly data: Uint8Array; readonly expectedVersion: number | undefined }
  | { readonly type: 'delete'; readonly path: string; readonly expectedVersion: number }
  /** Assert that a value exists at that version, without changing it. */
  | { readonly type: 'check'; readonly path: string; readonly expectedVersion: number };

export interface StateBackend {
  /** Where a path is, for messages: the absolute znode path or the file. */
  locate(path: string): string;
  /** Creates the containers (and their parents) if missing. */
  ensureContainers(paths: readonly string[]): Promise<void>;
  /** The value at `path`, or undefined when there is none. */
  read(path: string): Promise<StoredBytes | undefined>;
  /** The names directly below `path` (values and containers), in no particular order; [] when absent. */
  children(path: string): Promise<string[]>;
  /**
   * Applies all ops or none. Creates missing containers above created values. Throws StaleStateError
   * naming the first op whose version did not match. Resolves with the new version of each op
   * (put: the written version, check: the checked version, delete: undefined).
   */
  commit(ops: readonly BackendOp[]): Promise<Array<number | undefined>>;
  /** Removes `path` if it is a container with nothing below it; true when it is gone afterwards. */
  removeEmptyContainer(path: string): Promise<boolean>;
  close(): Promise<void>;
}

/** The parent containers of a relative path ("jobs/j1/nodes/n1" → "jobs", "jobs/j1", "jobs/j1/nodes"). */
export function parentContainers(path: string): string[] {
  const parts = path.split('/');
  const parents: string[] = [];
  for (let i = 1; i < parts.length; i++) parents.push(parts.slice(0, i).join('/'));
  return parents;
}
