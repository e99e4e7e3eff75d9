// The artifact router over real HTTP on loopback, with raw request paths (no client-side
// normalisation), against a temporary artifact directory that has a secret file beside it.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { ARTIFACTS_PATH, artifactRouter } from '../../src/artifacts';

const TARBALL = 'cassandra-mesos-executor-1.2.3.tar.gz';
const SECRET = 'secret-beside-the-artifact-directory';

interface Reply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

let root: string;
let dir: string;
let server: Server;
let port: number;
let tarball: Buffer;

function send(method: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const json = (reply: Reply): { code?: string; message?: string } =>
  (JSON.parse(reply.body.toString('utf8')) as { error?: { code?: string; message?: string } }).error ?? {};
const sha256Tag = (content: Buffer): string => `"${createHash('sha256').update(content).digest('base64url')}"`;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'artifact-router-'));
  dir = join(root, 'artifacts');
  mkdirSync(dir);
  mkdirSync(join(dir, 'subdir'));
  tarball = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7) % 251));
  writeFileSync(join(dir, TARBALL), tarball);
  writeFileSync(join(dir, 'jolokia-agent-jvm-2.5.1-javaagent.jar'), 'jar');
  writeFileSync(join(dir, '.hidden'), SECRET);
  writeFileSync(join(dir, 'subdir', 'inner.txt'), SECRET);
  writeFileSync(join(root, 'secret.txt'), SECRET);
  const app = express();
  app.use(ARTIFACTS_PATH, artifactRouter({ directory: dir }));
  await new Promise<void>((resolve) => {
    server = app.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
});

afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(root, { recursive: true, force: true });
});

describe('GET and HEAD of an artifact', () => {
  it('GET sends the file with its length, type, strong ETag and modification time', async () => {
    const reply = await send('GET', `${ARTIFACTS_PATH}/${TARBALL}`);
    expect(reply.status).toBe(200);
    expect(reply.body.equals(tarball)).toBe(true);
    expect(reply.headers['content-type']).toBe('application/gzip');
    expect(reply.headers['content-length']).toBe(String(tarball.length));
    expect(reply.headers.etag).toBe(sha256Tag(tarball));
    expect(reply.headers['last-modified']).toBe(statSync(join(dir, TARBALL)).mtime.toUTCString());
    expect(reply.headers['cache-control']).toBe('no-cache');
  });

  it('HEAD sends the same headers and no body', async () => {
    const get = await send('GET', `${ARTIFACTS_PATH}/${TARBALL}`);
    const head = await send('HEAD', `${ARTIFACTS_PATH}/${TARBALL}`);
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const h of ['content-type', 'content-length', 'etag', 'last-modified']) expect(head.headers[h]).toBe(get.headers[h]);
  });

  it('types a jar as a Java archive', async () => {
    const reply = await send('GET', `${ARTIFACTS_PATH}/jolokia-agent-jvm-2.5.1-javaagent.jar`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/java-archive');
    expect(reply.body.toString()).toBe('jar');
  });

  it('answers 304 to a matching If-None-Match (strong or weak) and 200 to another tag', async () => {
    const etag = sha256Tag(tarball);
    const same = await send('GET', `${ARTIFACTS_PATH}/${TARBALL}`, { 'If-None-Match': etag });
    expect(same.status).toBe(304);
    expect(same.body.length).toBe(0);
    expect(same.headers.etag).toBe(etag);
    expect((await send('GET', `${ARTIFACTS_PATH}/${TARBALL}`, { 'If-None-Match': `"other", W/${etag}` })).status).toBe(304);
    expect((await send('HEAD', `${ARTIFACTS_PATH}/${TARBALL}`, { 'If-None-Match': etag })).status).toBe(304);
    const other = await send('GET', `${ARTIFACTS_PATH}/${TARBALL}`, { 'If-None-Match': '"something-else"' });
    expect(other.status).toBe(200);
    expect(other.body.equals(tarball)).toBe(true);
  });

  it('answers If-Modified-Since by the file time, unless If-None-Match is given', async () => {
    utimesSync(join(dir, TARBALL), new Date('2024-05-01T10:00:00Z'), new Date('2024-05-01T10:00:00Z'));
    const url = `${ARTIFACTS_PATH}/${TARBALL}`;
    expect((await send('GET', url, { 'If-Modified-Since': 'Wed, 01 May 2024 10:00:00 GMT' })).status).toBe(304);
    expect((await send('GET', url, { 'If-Modified-Since': 'Wed, 01 May 2024 09:59:59 GMT' })).status).toBe(200);
    expect((await send('GET', url, { 'If-Modified-Since': 'Wed, 01 May 2024 10:00:00 GMT', 'If-None-Match': '"stale"' })).status).toBe(200);
  });

  it('serves a replaced file with its new content and a new ETag', async () => {
    const before = await send('GET', `${ARTIFACTS_PATH}/${TARBALL}`);
    const rebuilt = Buffer.from('rebuilt tarball');
    writeFileSync(join(dir, `${TARBALL}.partial`), rebuilt);
    renameSync(join(dir, `${TARBALL}.partial`), join(dir, TARBALL));
    const after = await send('GET', `${ARTIFACTS_PATH}/${TARBALL}`, { 'If-None-Match': before.headers.etag ?? '' });
    expect(after.status).toBe(200);
    expect(after.body.toString()).toBe('rebuilt tarball');
    expect(after.headers.etag).toBe(sha256Tag(rebuilt));
  });

  it('lists the servable files (no directories, no hidden files)', async () => {
    const reply = await send('GET', `${ARTIFACTS_PATH}/`);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body.toString())).toEqual({
      artifacts: [
        { name: TARBALL, path: `${ARTIFACTS_PATH}/${TARBALL}` },
        { name: 'jolokia-agent-jvm-2.5.1-javaagent.jar', path: `${ARTIFACTS_PATH}/jolokia-agent-jvm-2.5.1-javaagent.jar` },
      ],
    });
  });
});

describe('names that are not served', () => {
  it.each([
    ['an encoded parent path', '/..%2Fsecret.txt'],
    ['an encoded parent path (lower case)', '/..%2fsecret.txt'],
    ['a fully encoded parent path', '/%2e%2e%2fsecret.txt'],
    ['a raw parent path', '/../secret.txt'],
    ['an encoded backslash parent path', '/..%5Csecret.txt'],
    ['an absolute path', '/%2Fetc%2Fpasswd'],
    ['a file in a subdirectory', '/subdir/inner.txt'],
    ['an encoded subdirectory path', '/subdir%2Finner.txt'],
    ['a hidden file', '/.hidden'],
    ['a dot-dot name', '/..'],
    ['a NUL byte', '/secret.txt%00.tar.gz'],
  ])('rejects %s with 400 and never sends what lies outside', async (_what, suffix) => {
    const reply = await send('GET', `${ARTIFACTS_PATH}${suffix}`);
    expect(reply.status).toBe(400);
    expect(json(reply)).toMatchObject({ code: 'INVALID_INPUT' });
    expect(reply.body.toString()).not.toContain(SECRET);
  });

  it('rejects invalid percent-encoding with 400', async () => {
    const reply = await send('GET', `${ARTIFACTS_PATH}/%E0%A4%A.tar.gz`);
    expect(reply.status).toBe(400);
    expect(json(reply).message).toContain('percent-encoding');
  });

  it('answers 404 for a plain name that is not in the directory, and for a directory', async () => {
    for (const name of ['secret.txt', 'cassandra-mesos-executor-9.9.9.tar.gz', 'subdir']) {
      const reply = await send('GET', `${ARTIFACTS_PATH}/${name}`);
      expect(reply.status).toBe(404);
      expect(json(reply)).toMatchObject({ code: 'NOT_FOUND' });
      expect(json(reply).message).toContain(name);
    }
    expect((await send('HEAD', `${ARTIFACTS_PATH}/secret.txt`)).status).toBe(404);
  });

  it('answers 404 and an empty list when the directory does not exist', async () => {
    rmSync(dir, { recursive: true });
    expect((await send('GET', `${ARTIFACTS_PATH}/${TARBALL}`)).status).toBe(404);
    expect(JSON.parse((await send('GET', `${ARTIFACTS_PATH}/`)).body.toString())).toEqual({ artifacts: [] });
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('answers %s with 405 and Allow: GET, HEAD, changing nothing', async (method) => {
    const reply = await send(method, `${ARTIFACTS_PATH}/${TARBALL}`);
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
    expect(json(reply)).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
    expect((await send('GET', `${ARTIFACTS_PATH}/${TARBALL}`)).body.equals(tarball)).toBe(true);
  });
});
