// HTTP access to the artifact directory for Mesos fetchers (and operators): GET/HEAD of one file by
// its plain name, with Content-Length, a strong ETag and Last-Modified so caches and conditional
// requests work, and GET of the directory itself for a JSON list. Mounted at ARTIFACTS_PATH.
import { open, type FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { ArtifactDirectory, isPlainFileName, type ArtifactFile } from './artifact-directory';

export const ARTIFACTS_PATH = '/v1/artifacts';

export interface ArtifactRouterOptions {
  /** The directory whose regular files are served (see resolveArtifactDir). */
  readonly directory: string;
  /** Where a failure after the response started is reported; the client only sees a cut body. */
  readonly log?: Pick<Logger, 'warn'>;
}

const CONTENT_TYPES: readonly (readonly [string, string])[] = [
  ['.tar.gz', 'application/gzip'],
  ['.tgz', 'application/gzip'],
  ['.gz', 'application/gzip'],
  ['.tar.xz', 'application/x-xz'],
  ['.txz', 'application/x-xz'],
  ['.tar.bz2', 'application/x-bzip2'],
  ['.tbz2', 'application/x-bzip2'],
  ['.tar', 'application/x-tar'],
  ['.zip', 'application/zip'],
  ['.jar', 'application/java-archive'],
];

export function contentTypeOf(name: string): string {
  const lower = name.toLowerCase();
  return CONTENT_TYPES.find(([suffix]) => lower.endsWith(suffix))?.[1] ?? 'application/octet-stream';
}

export function artifactRouter(options: ArtifactRouterOptions): Router {
  const directory = new ArtifactDirectory(options.directory);
  const router = Router();
  router.use((req, res, next) => {
    void serve(directory, req, res, options.log).catch(next);
  });
  return router;
}

/** The REST API's error shape and codes, so clients handle artifact errors like any other. */
function problem(res: Response, status: 400 | 404 | 405, message: string): void {
  const code = status === 400 ? 'INVALID_INPUT' : status === 404 ? 'NOT_FOUND' : 'METHOD_NOT_ALLOWED';
  res.status(status).json({ error: { code, message } });
}

async function serve(directory: ArtifactDirectory, req: Request, res: Response, log: ArtifactRouterOptions['log']): Promise<void> {
  const base = req.baseUrl || ARTIFACTS_PATH;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.set('Allow', 'GET, HEAD');
    return problem(res, 405, `${req.method} is not allowed on ${base}: artifacts are read-only (GET or HEAD)`);
  }
  let name: string;
  try {
    name = decodeURIComponent(req.path.slice(1));
  } catch {
    return problem(res, 400, `the artifact name in '${req.path.slice(0, 200)}' is not valid percent-encoding`);
  }
  if (name === '') {
    const names = await directory.list();
    res.json({ artifacts: names.map((n) => ({ name: n, path: `${base}/${n}` })) });
    return;
  }
  if (!isPlainFileName(name)) {
    return problem(res, 400, `'${name.slice(0, 200)}' is not an artifact name: use a plain file name (letters, digits, '.', '_', '-'; no '/', no leading '.') as listed by GET ${base}/`);
  }
  const opened = await openArtifact(directory, name);
  if (!opened) return problem(res, 404, `there is no artifact '${name}' in the scheduler's artifact directory; GET ${base}/ lists the ones there are`);
  const { file, handle } = opened;
  try {
    res.set({
      'Content-Type': contentTypeOf(name),
      ETag: file.etag,
      'Last-Modified': file.modifiedAt.toUTCString(),
      // The same name can be rebuilt (development): caches must revalidate, which the ETag makes cheap.
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (notModified(req, file)) {
      res.status(304).end();
      return;
    }
    res.set('Content-Length', String(file.size));
    if (req.method === 'HEAD' || file.size === 0) {
      res.status(200).end();
      return;
    }
    res.status(200);
    try {
      await pipeline(handle.createReadStream({ start: 0, end: file.size - 1, autoClose: false }), res);
    } catch (err) {
      // The status line is out: all that can be done is to cut the body short, which pipeline did.
      if ((err as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
        log?.warn({ artifact: name, error: err instanceof Error ? err.message : String(err) }, 'serving an artifact failed part way');
      }
    }
  } finally {
    await handle.close();
  }
}

/**
 * Opens the file and checks that it is still the one find() hashed: the packager replaces files by
 * rename, so a changed inode or size means a new version arrived in between; look again.
 */
async function openArtifact(directory: ArtifactDirectory, name: string): Promise<{ file: ArtifactFile; handle: FileHandle } | undefined> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const file = await directory.find(name);
    if (!file) return undefined;
    let handle: FileHandle;
    try {
      handle = await open(file.path, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw err;
    }
    const info = await handle.stat();
    if (info.ino === file.inode && info.size === file.size) return { file, handle };
    await handle.close();
  }
  throw new Error(`artifact '${name}' kept changing while it was being opened`);
}

/** RFC 9110 §13.1: If-None-Match (weak comparison) wins; If-Modified-Since only without it. */
function notModified(req: Request, file: ArtifactFile): boolean {
  const ifNoneMatch = req.get('If-None-Match');
  if (ifNoneMatch !== undefined) {
    const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(file.etag));
  }
  const ifModifiedSince = req.get('If-Modified-Since');
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  // HTTP dates have whole seconds.
  return !Number.isNaN(since) && Math.floor(file.modifiedAt.getTime() / 1000) * 1000 <= since;
}
