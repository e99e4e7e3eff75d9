// The files the scheduler serves to Mesos fetchers: the regular files directly inside one directory,
// addressed by their plain names. A name is looked up among the directory's entries, never joined
// into a path first, so nothing outside the directory can be reached whatever the request says.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Letters, digits, '.', '_', '-'; not starting with '.' (no '..', no hidden files, no separators). */
const PLAIN_FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,254}$/;

export function isPlainFileName(name: string): boolean {
  return PLAIN_FILE_NAME.test(name);
}

export interface ArtifactFile {
  readonly name: string;
  readonly path: string;
  readonly size: number;
  readonly modifiedAt: Date;
  /** Identifies this version of the file: the packager replaces files by rename (a new inode). */
  readonly inode: number;
  /** Strong validator: the SHA-256 of the content, quoted as HTTP wants it. */
  readonly etag: string;
}

interface HashedVersion {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
  readonly etag: string;
}

export class ArtifactDirectory {
  /** Content hashes by name, reused while size, mtime and inode are unchanged (a rebuild changes them). */
  private readonly hashes = new Map<string, HashedVersion>();

  constructor(readonly path: string) {}

  /** Names of the servable files, sorted; empty when the directory does not exist. */
  async list(): Promise<string[]> {
    const names = await this.entries();
    const files: string[] = [];
    for (const name of names) if (isPlainFileName(name) && (await this.regularFile(name))) files.push(name);
    return files.sort();
  }

  /** The file called `name` in the directory, or undefined when there is no such regular file. */
  async find(name: string): Promise<ArtifactFile | undefined> {
    if (!isPlainFileName(name)) return undefined;
    if (!(await this.entries()).includes(name)) return undefined;
    const path = join(this.path, name);
    const info = await this.regularFile(name);
    if (!info) return undefined;
    return { name, path, size: info.size, modifiedAt: info.mtime, inode: info.ino, etag: await this.etagOf(name, path, info) };
  }

  private async entries(): Promise<string[]> {
    try {
      return await readdir(this.path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
  }

  private async regularFile(name: string): Promise<{ size: number; mtime: Date; mtimeMs: number; ino: number } | undefined> {
    try {
      const info = await stat(join(this.path, name));
      return info.isFile() ? info : undefined;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  private async etagOf(name: string, path: string, info: { size: number; mtimeMs: number; ino: number }): Promise<string> {
    const known = this.hashes.get(name);
    if (known && known.size === info.size && known.mtimeMs === info.mtimeMs && known.ino === info.ino) return known.etag;
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    const etag = `"${hash.digest('base64url')}"`;
    this.hashes.set(name, { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, etag });
    return etag;
  }
}
