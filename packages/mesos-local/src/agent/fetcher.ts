// The Mesos fetcher: puts CommandInfo.uris into the sandbox before the executor or command starts.
// http(s) URLs and local paths / file:// URLs; output_file renames; executable sets +x; extract (default
// true) unpacks archives with the system tar/unzip and gunzips plain .gz; cache=true goes through a
// per-agent cache keyed by URI.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import * as http from 'node:http';
import * as https from 'node:https';
import { basename, dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createGunzip } from 'node:zlib';
import type { mesos } from '@cassandra-mesos/model';

type URI = mesos.v1.CommandInfo.URI.$Properties;
const run = promisify(execFile);
const MAX_REDIRECTS = 5;
const TAR_SUFFIXES = ['.tar', '.tgz', '.tar.gz', '.tbz2', '.tar.bz2', '.txz', '.tar.xz'];

export class FetchError extends Error {
  constructor(
    readonly uri: string,
    cause: string,
  ) {
    super(`Failed to fetch '${uri}': ${cause}`);
    this.name = 'FetchError';
  }
}

export class Fetcher {
  private readonly inFlight = new Map<string, Promise<string>>();

  constructor(private readonly cacheDir: string) {}

  /** Fetches every URI into the sandbox, in order; throws FetchError naming the first URI that failed. */
  async fetchAll(uris: readonly URI[], sandbox: string): Promise<void> {
    for (const uri of uris) {
      try {
        await this.fetchOne(uri, sandbox);
      } catch (err) {
        throw err instanceof FetchError ? err : new FetchError(uri.value, (err as Error).message);
      }
    }
  }

  private async fetchOne(uri: URI, sandbox: string): Promise<void> {
    const name = uri.output_file || sourceName(uri.value);
    if (!name) throw new FetchError(uri.value, 'cannot determine a file name');
    const dest = insideSandbox(sandbox, name, uri.value);
    await mkdir(dirname(dest), { recursive: true });
    if (uri.cache) await copyFile(await this.cached(uri.value), dest);
    else await download(uri.value, dest);
    if (uri.executable) {
      await chmod(dest, 0o755);
    } else if (uri.extract !== false) {
      await extract(dest, sandbox);
    }
  }

  private cached(value: string): Promise<string> {
    const existing = this.inFlight.get(value);
    if (existing) return existing;
    const dir = join(this.cacheDir, createHash('sha256').update(value).digest('hex').slice(0, 32));
    const file = join(dir, sourceName(value) || 'download');
    const p = (async () => {
      if (await exists(file)) return file;
      await mkdir(dir, { recursive: true });
      const partial = `${file}.partial`;
      try {
        await download(value, partial);
        await rename(partial, file);
      } catch (err) {
        await rm(partial, { force: true });
        throw err;
      }
      return file;
    })().finally(() => this.inFlight.delete(value));
    this.inFlight.set(value, p);
    return p;
  }
}

function sourceName(value: string): string {
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return basename(decodeURIComponent(new URL(value).pathname));
  } catch {
    return '';
  }
  return basename(value);
}

function insideSandbox(sandbox: string, name: string, uri: string): string {
  if (isAbsolute(name)) throw new FetchError(uri, `output_file '${name}' must be a relative path`);
  const dest = normalize(join(sandbox, name));
  if (!dest.startsWith(sandbox + sep)) throw new FetchError(uri, `output_file '${name}' leaves the sandbox`);
  return dest;
}

async function download(value: string, dest: string): Promise<void> {
  if (/^https?:\/\//i.test(value)) return httpDownload(value, dest, 0);
  let path: string;
  if (/^file:\/\//i.test(value)) path = fileURLToPath(value);
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) throw new Error(`unsupported URI scheme in '${value}'`);
  else if (isAbsolute(value)) path = value;
  else throw new Error('a relative path needs a frameworks home, which mesos-local does not have');
  await pipeline(createReadStream(path), createWriteStream(dest));
}

function httpDownload(url: string, dest: string, redirects: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const client = url.toLowerCase().startsWith('https:') ? https : http;
    const req = client.get(url, { agent: false }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        if (redirects >= MAX_REDIRECTS) {
          reject(new Error(`too many redirects`));
          return;
        }
        const next = new URL(res.headers.location, url).toString();
        httpDownload(next, dest, redirects + 1).then(resolve, reject);
        return;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        reject(new Error(`HTTP ${status} ${res.statusMessage ?? ''}`.trim()));
        return;
      }
      pipeline(res, createWriteStream(dest)).then(resolve, reject);
    });
    req.on('error', reject);
  });
}

async function extract(file: string, sandbox: string): Promise<void> {
  const lower = file.toLowerCase();
  try {
    if (TAR_SUFFIXES.some((s) => lower.endsWith(s))) {
      await run('tar', ['-C', sandbox, '-xf', file]);
    } else if (lower.endsWith('.zip')) {
      await run('unzip', ['-o', '-q', file, '-d', sandbox]);
    } else if (lower.endsWith('.gz')) {
      await pipeline(createReadStream(file), createGunzip(), createWriteStream(file.slice(0, -3)));
    }
  } catch (err) {
    const e = err as Error & { stderr?: string };
    throw new Error(`failed to extract '${basename(file)}': ${(e.stderr || e.message).trim()}`);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
