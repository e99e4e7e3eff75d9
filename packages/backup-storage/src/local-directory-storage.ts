import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readFile, readdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { throwIfTransferAborted, transferAborted } from './abort';
import { BackupStorageError, CorruptError, InvalidKeyError, NotFoundError, StorageUnavailableError } from './errors';
import { FILE_READ_CHUNK_BYTES, HashingCounter, isSha256Hex, jsonDocumentBytes, sha256Hex } from './hashing';
import { assertValidKey, assertValidPrefix } from './keys';
import { downloadVerified } from './verified-download';
import type { BackupStorage, GetFileOptions, ListOptions, ListPage, ListedObject, ObjectInfo, PutFileOptions } from './storage';

/**
 * Backups in a local directory (CASSANDRA_BACKUP_DIRECTORY). Key `a/b/c` is the file `<root>/a/b/c`,
 * so the tree is browsable with ordinary tools. Each object's SHA-256 lives in a hidden sidecar
 * `<dir>/.<name>.sha256` in `sha256sum` format (`cd <dir> && sha256sum -c .<name>.sha256` works).
 * Keys cannot have hidden segments, so a sidecar or temp file never collides with an object.
 * Writes go to a hidden temp file, are fsynced, then renamed: readers see all or nothing.
 */
export class LocalDirectoryStorage implements BackupStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  describe(): string {
    return `local directory ${this.root}`;
  }

  async putFile(key: string, localPath: string, options: PutFileOptions): Promise<void> {
    const target = this.pathOf(key);
    if (!isSha256Hex(options.sha256)) throw new Error(`putFile('${key}'): sha256 must be 64 lower-case hex characters`);
    const signal = options.signal;
    throwIfTransferAborted(signal, 'local write', key);
    await this.atomicWrite(key, target, async (tmp) => {
      const counter = new HashingCounter(options.onBytes);
      try {
        await pipeline(createReadStream(localPath, { highWaterMark: FILE_READ_CHUNK_BYTES }), counter, createWriteStream(tmp, { flags: 'wx' }), signal === undefined ? {} : { signal });
      } catch (err) {
        // atomicWrite removes the temp file; nothing else was written yet.
        if (signal?.aborted === true) throw transferAborted(signal, 'local write', key);
        throw err;
      }
      const actual = counter.facts();
      if (actual.size !== options.size || actual.sha256 !== options.sha256) {
        throw new CorruptError(key, { size: options.size, sha256: options.sha256 }, actual, `The local file ${localPath} changed or was described wrongly; nothing was stored.`);
      }
      return actual.sha256;
    });
  }

  async getFile(key: string, localPath: string, options: GetFileOptions = {}): Promise<void> {
    const source = this.pathOf(key);
    throwIfTransferAborted(options.signal, 'local read', key);
    const info = await this.head(key);
    if (info === undefined) throw new NotFoundError(key, this.describe());
    await this.wrap('read', key, () =>
      downloadVerified({ operation: 'local read', key, localPath, recorded: info, options, open: () => Promise.resolve(createReadStream(source)) }),
    );
  }

  async head(key: string): Promise<ObjectInfo | undefined> {
    const path = this.pathOf(key);
    return this.wrap('head', key, async () => {
      let st;
      try {
        st = await stat(path);
      } catch (err) {
        if (isErrno(err, 'ENOENT') || isErrno(err, 'ENOTDIR')) return undefined;
        throw err;
      }
      if (!st.isFile()) return undefined;
      return { key, size: st.size, sha256: await this.readSidecar(path), lastModified: st.mtime };
    });
  }

  async list(prefix: string, options: ListOptions = {}): Promise<ListPage> {
    assertValidPrefix(prefix);
    const pageSize = options.pageSize ?? 1000;
    // Walk only the deepest directory the prefix fully names; filter the rest by string prefix.
    const dirPart = prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/')) : '';
    const keys = await this.wrap('list', prefix, () => this.walk(dirPart));
    const matching = keys.filter((k) => k.key.startsWith(prefix) && (options.pageToken === undefined || k.key > options.pageToken));
    matching.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const objects = matching.slice(0, pageSize);
    const last = objects[objects.length - 1];
    return { objects, nextPageToken: matching.length > pageSize && last !== undefined ? last.key : undefined };
  }

  async deleteMany(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.pathOf(key);
    for (const key of keys) {
      const path = this.pathOf(key);
      await this.wrap('delete', key, async () => {
        await rm(path, { force: true });
        await rm(sidecarOf(path), { force: true });
        await this.pruneEmptyDirs(dirname(path));
      });
    }
  }

  async putJson(key: string, value: unknown): Promise<void> {
    const target = this.pathOf(key);
    const bytes = jsonDocumentBytes(value);
    await this.atomicWrite(key, target, async (tmp) => {
      await writeFile(tmp, bytes, { flag: 'wx' });
      return sha256Hex(bytes);
    });
  }

  async getJson(key: string): Promise<unknown> {
    const path = this.pathOf(key);
    const [bytes, recorded] = await this.wrap('read', key, async () => {
      try {
        return [await readFile(path), await this.readSidecar(path)] as const;
      } catch (err) {
        if (isErrno(err, 'ENOENT')) throw new NotFoundError(key, this.describe());
        throw err;
      }
    });
    const actual = sha256Hex(bytes);
    if (recorded === undefined || recorded !== actual) {
      throw new CorruptError(key, { size: bytes.length, sha256: recorded }, { size: bytes.length, sha256: actual }, 'The document was changed or partly written outside this tool.');
    }
    try {
      return JSON.parse(bytes.toString('utf8')) as unknown;
    } catch (err) {
      throw new CorruptError(key, { size: bytes.length, sha256: recorded }, { size: bytes.length, sha256: actual }, `It is not JSON: ${(err as Error).message}.`);
    }
  }

  /** Maps a key to a path under the root, refusing anything that could escape it. */
  private pathOf(key: string): string {
    assertValidKey(key);
    const path = resolve(this.root, ...key.split('/'));
    if (!path.startsWith(this.root + sep)) throw new InvalidKeyError(key, `it resolves outside ${this.root}`);
    return path;
  }

  private async atomicWrite(key: string, target: string, write: (tmp: string) => Promise<string>): Promise<void> {
    const dir = dirname(target);
    const tag = randomBytes(6).toString('hex');
    const tmp = join(dir, `.${basename(target)}.tmp-${tag}`);
    const tmpSidecar = join(dir, `.${basename(target)}.sha256.tmp-${tag}`);
    await this.wrap('write', key, async () => {
      try {
        await mkdir(dir, { recursive: true });
        const sha256 = await write(tmp);
        await fsyncFile(tmp);
        await writeFile(tmpSidecar, `${sha256}  ${basename(target)}\n`, { flag: 'wx' });
        await fsyncFile(tmpSidecar);
        // Data first, then its checksum: a crash in between leaves an object without a recorded
        // SHA-256, which head() reports as such and dedup treats as absent (it is uploaded again).
        await rename(tmp, target);
        await rename(tmpSidecar, sidecarOf(target));
      } finally {
        await rm(tmp, { force: true });
        await rm(tmpSidecar, { force: true });
      }
    });
  }

  private async readSidecar(path: string): Promise<string | undefined> {
    let text: string;
    try {
      text = await readFile(sidecarOf(path), 'utf8');
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return undefined;
      throw err;
    }
    const hex = text.split(/\s/, 1)[0] ?? '';
    return isSha256Hex(hex) ? hex : undefined;
  }

  private async walk(dirKey: string): Promise<ListedObject[]> {
    const out: ListedObject[] = [];
    const visit = async (dir: string): Promise<void> => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (err) {
        if (isErrno(err, 'ENOENT') || isErrno(err, 'ENOTDIR')) return;
        throw err;
      }
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue; // sidecars and temp files
        const full = join(dir, entry.name);
        if (entry.isDirectory()) await visit(full);
        else if (entry.isFile()) {
          const st = await stat(full);
          out.push({ key: relative(this.root, full).split(sep).join('/'), size: st.size, lastModified: st.mtime });
        }
      }
    };
    await visit(dirKey === '' ? this.root : this.pathOf(dirKey));
    return out;
  }

  private async pruneEmptyDirs(dir: string): Promise<void> {
    while (dir.startsWith(this.root + sep)) {
      try {
        await rmdir(dir);
      } catch {
        return; // not empty (or gone): stop climbing
      }
      dir = dirname(dir);
    }
  }

  private async wrap<T>(operation: string, key: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof BackupStorageError) throw err;
      const e = err as NodeJS.ErrnoException;
      throw new StorageUnavailableError(`local ${operation}`, key, e.code ?? e.name ?? 'Error', e.message ?? String(err), undefined);
    }
  }
}

function sidecarOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.sha256`);
}

async function fsyncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function isErrno(err: unknown, code: string): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === code;
}
