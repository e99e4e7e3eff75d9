// The embedded state store for local mode: `<directory>/cassandra-mesos/<framework-name>/...`, the same
// tree as in ZooKeeper, held by one process at a time.
import { join } from 'node:path';
import { frameworkBasePath } from '../keys';
import { VersionedStateStore } from '../state-store';
import { FileBackend } from './file-backend';
import { ProcessLock, type ProcessLockOptions } from './process-lock';
import { ensureDirectory } from './value-file';

export interface OpenFileStateStoreOptions {
  /** The state directory; several frameworks may share it (each has its own subtree and lock). */
  readonly directory: string;
  readonly frameworkName: string;
  readonly lock?: ProcessLockOptions;
}

/** A state store in a local directory; its `lock` is held until `close()` (LocalLeaderElection uses it). */
export class FileStateStore extends VersionedStateStore {
  constructor(
    frameworkName: string,
    location: string,
    backend: FileBackend,
    readonly lock: ProcessLock,
  ) {
    super(frameworkName, location, backend);
  }
}

/**
 * Opens (creating it if needed) the embedded state of one framework. Throws StateLockedError naming
 * the holder when another live process has it open.
 */
export async function openFileStateStore(options: OpenFileStateStoreOptions): Promise<FileStateStore> {
  const root = join(options.directory, frameworkBasePath(options.frameworkName));
  await ensureDirectory(root);
  const lock = await ProcessLock.acquire(join(root, '.lock'), options.lock);
  try {
    const store = new FileStateStore(options.frameworkName, root, await FileBackend.open(root, lock), lock);
    await store.initialise();
    return store;
  } catch (err) {
    await lock.release();
    throw err;
  }
}
