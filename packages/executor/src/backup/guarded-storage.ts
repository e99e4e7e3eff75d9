// The storage as a backup part hands it to uploadFiles: every call first checks the part's AbortSignal
// (so an abort stops new files from starting) and every transfer gets it (so an abort also cuts off the
// files in flight: the storage stops reading, cancels its requests and aborts a multipart upload before
// it rejects), every failure is re-worded to name the keyspace, table and file it was about, and — for
// a local directory — a file the node's previous backup already holds is hard-linked instead of copied
// (seeds/001 layout keeps one tree per backup, so this is its dedup).
import { randomBytes } from 'node:crypto';
import { link, mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { BackupStorageError, StorageUnavailableError, type BackupStorage, type GetFileOptions, type ListOptions, type ListPage, type ObjectInfo, type PutFileOptions } from '@cassandra-mesos/backup-storage';

/** A file that is already in the local backup directory, under another backup's key. */
export interface LinkSource {
  readonly key: string;
  readonly size: number;
  readonly sha256: string;
}

export interface GuardOptions {
  readonly signal: AbortSignal;
  /** Local directory storage only: its root (files registered with a link source are hard-linked from it). */
  readonly localRoot?: string;
}

interface Registered {
  /** How failures name the object, e.g. `ks.users file nb-1-big-Data.db`. */
  readonly name: string;
  readonly linkSource?: LinkSource;
}

export class GuardedStorage implements BackupStorage {
  private linkedFiles = 0;
  private linkedBytes = 0;
  private readonly registered = new Map<string, Registered>();

  constructor(
    private readonly inner: BackupStorage,
    private readonly options: GuardOptions,
  ) {}

  /** Names the object of `key` in failures; with a link source (local storage), putFile tries a hard link first. */
  register(key: string, name: string, linkSource?: LinkSource): void {
    this.registered.set(key, { name, ...(linkSource ? { linkSource } : {}) });
  }

  /** Files (and bytes) hard-linked from an earlier local backup instead of copied. */
  get linked(): { files: number; bytes: number } {
    return { files: this.linkedFiles, bytes: this.linkedBytes };
  }

  describe(): string {
    return this.inner.describe();
  }

  async putFile(key: string, localPath: string, options: PutFileOptions): Promise<void> {
    this.options.signal.throwIfAborted();
    const source = this.registered.get(key)?.linkSource;
    if (source !== undefined && source.size === options.size && source.sha256 === options.sha256 && (await this.tryLink(source.key, key, options))) return;
    await this.named('upload', key, () => this.inner.putFile(key, localPath, { ...options, signal: this.options.signal }));
  }

  async head(key: string): Promise<ObjectInfo | undefined> {
    this.options.signal.throwIfAborted();
    return this.named('check', key, () => this.inner.head(key));
  }

  getFile(key: string, localPath: string, options?: GetFileOptions): Promise<void> {
    return this.inner.getFile(key, localPath, { ...options, signal: this.options.signal });
  }

  list(prefix: string, options?: ListOptions): Promise<ListPage> {
    return this.inner.list(prefix, options);
  }

  deleteMany(keys: readonly string[]): Promise<void> {
    return this.inner.deleteMany(keys);
  }

  putJson(key: string, value: unknown): Promise<void> {
    return this.inner.putJson(key, value);
  }

  getJson(key: string): Promise<unknown> {
    return this.inner.getJson(key);
  }

  private async named<T>(what: string, key: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (err) {
      // An abort surfaces as whatever the cancelled request threw; say what it really was.
      const name = this.registered.get(key)?.name ?? `object ${key}`;
      // The runner reports the abort's reason; this says where it struck.
      if (this.options.signal.aborted) throw new Error(`${what} of ${name} was cut off`);
      const code = err instanceof StorageUnavailableError ? ` [${err.code}]` : '';
      const message = err instanceof BackupStorageError || err instanceof Error ? err.message : String(err);
      throw new Error(`${what} of ${name} failed${code}: ${message}`);
    }
  }

  /**
   * Hard-links the earlier backup's file and its checksum sidecar (LocalDirectoryStorage keeps the
   * SHA-256 in `.<name>.sha256` beside the file, README "Integrity") into place, each through a
   * temporary name so a reader never sees a half-made object; then checks what head() reports. False
   * when linking is not possible (another file system, the source is gone): the caller copies.
   */
  private async tryLink(sourceKey: string, key: string, expected: PutFileOptions): Promise<boolean> {
    const root = this.options.localRoot;
    if (root === undefined) return false;
    const from = pathOf(root, sourceKey);
    const to = pathOf(root, key);
    const tag = randomBytes(6).toString('hex');
    const tmp = join(dirname(to), `.${basename(to)}.link-${tag}`);
    const tmpSidecar = join(dirname(to), `.${basename(to)}.sha256.link-${tag}`);
    try {
      await mkdir(dirname(to), { recursive: true });
      await link(from, tmp);
      await link(sidecarOf(from), tmpSidecar);
      await rename(tmp, to);
      await rename(tmpSidecar, sidecarOf(to));
    } catch {
      return false;
    } finally {
      await rm(tmp, { force: true });
      await rm(tmpSidecar, { force: true });
    }
    const info = await this.inner.head(key);
    if (info?.size !== expected.size || info.sha256 !== expected.sha256) return false;
    expected.onBytes?.(expected.size);
    this.linkedFiles++;
    this.linkedBytes += expected.size;
    return true;
  }
}

function pathOf(root: string, key: string): string {
  return join(root, ...key.split('/'));
}

function sidecarOf(path: string): string {
  return `${dirname(path)}${sep}.${basename(path)}.sha256`;
}
