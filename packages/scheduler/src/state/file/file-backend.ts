// The embedded (local mode) backend: a directory tree that mirrors the znode paths. A value is a file
// (see value-file.ts), a container is a directory, and names starting with '.' are the store's own
// (lock, journal, temp files). One process at a time (process-lock.ts); inside it, every operation runs
// under one mutex, so a compare-and-set check and its write are never interleaved with another call
// and a reader never sees half of a batch.
import { readdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type BackendOp, type StateBackend, type StoredBytes } from '../backend';
import { StaleStateError, StateUnavailableError } from '../errors';
import { applyEntries, recoverJournal, removeJournal, writeJournal, type JournalEntry } from './journal';
import type { ProcessLock } from './process-lock';
import { ensureDirectory, errorCode, readValueFile, syncDirectories } from './value-file';

class Mutex {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** Deletes temp files left by a crash (anywhere in the tree); they never hold committed data. */
async function removeStrayTempFiles(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await removeStrayTempFiles(path);
    else if (entry.name.startsWith('.') && entry.name.endsWith('.tmp')) await rm(path, { force: true });
  }
}

export class FileBackend implements StateBackend {
  private readonly mutex = new Mutex();
  private closed = false;

  private constructor(
    /** The framework's directory: `<state dir>/cassandra-mesos/<framework-name>`. */
    private readonly root: string,
    private readonly lock: ProcessLock,
  ) {}

  /** Opens the tree at `root` (whose lock the caller holds): finishes an interrupted batch, removes temp files. */
  static async open(root: string, lock: ProcessLock): Promise<FileBackend> {
    await recoverJournal(root);
    await removeStrayTempFiles(root);
    return new FileBackend(root, lock);
  }

  locate(path: string): string {
    return path === '' ? this.root : join(this.root, path);
  }

  ensureContainers(paths: readonly string[]): Promise<void> {
    return this.exclusive(async () => {
      for (const path of paths) await ensureDirectory(this.locate(path));
    });
  }

  read(path: string): Promise<StoredBytes | undefined> {
    return this.exclusive(() => readValueFile(this.locate(path)));
  }

  children(path: string): Promise<string[]> {
    return this.exclusive(async () => {
      try {
        return (await readdir(this.locate(path))).filter((name) => !name.startsWith('.'));
      } catch (err) {
        if (errorCode(err) === 'ENOENT' || errorCode(err) === 'ENOTDIR') return [];
        throw err;
      }
    });
  }

  commit(ops: readonly BackendOp[]): Promise<Array<number | undefined>> {
    return this.exclusive(async () => {
      this.assertWritable();
      const entries: JournalEntry[] = [];
      const versions: Array<number | undefined> = [];
      // Check every op against what is stored before anything is written: all or nothing.
      for (const op of ops) {
        const current = await readValueFile(this.locate(op.path));
        const expected = op.expectedVersion;
        if (current?.version !== expected) throw new StaleStateError(this.locate(op.path), expected, current?.version);
        switch (op.type) {
          case 'put': {
            const version = current === undefined ? 0 : current.version + 1;
            entries.push({ type: 'put', path: op.path, version, data: op.data });
            versions.push(version);
            break;
          }
          case 'delete':
            entries.push({ type: 'delete', path: op.path });
            versions.push(undefined);
            break;
          case 'check':
            versions.push(current?.version);
            break;
        }
      }
      if (entries.length === 1) {
        await applyEntries(this.root, entries);
      } else if (entries.length > 1) {
        await writeJournal(this.root, entries);
        await applyEntries(this.root, entries);
        await removeJournal(this.root);
      }
      return versions;
    });
  }

  removeEmptyContainer(path: string): Promise<boolean> {
    return this.exclusive(async () => {
      this.assertWritable();
      const dir = this.locate(path);
      try {
        await rmdir(dir);
      } catch (err) {
        if (errorCode(err) === 'ENOENT') return true;
        if (errorCode(err) === 'ENOTEMPTY' || errorCode(err) === 'EEXIST') return false;
        throw err;
      }
      await syncDirectories([dirname(dir)]);
      return true;
    });
  }

  close(): Promise<void> {
    return this.mutex.run(async () => {
      if (this.closed) return;
      this.closed = true;
      await this.lock.release();
    });
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return this.mutex.run(() => {
      if (this.closed) throw new StateUnavailableError(`embedded state store at ${this.root} is closed`);
      return fn();
    });
  }

  private assertWritable(): void {
    if (this.lock.lost.aborted) throw this.lock.lost.reason;
  }
}
