// The fetcher against local files and an HTTP server on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Fetcher, FetchError } from '../../src/agent/fetcher';
import { tempDir } from './helpers';

describe('Fetcher', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: Server;
  let base: string;
  let sandbox: string;
  let fetcher: Fetcher;
  const hits = new Map<string, number>();

  beforeAll(async () => {
    dir = tempDir('fetcher-test-');
    const src = join(dir.path, 'src');
    mkdirSync(join(src, 'pkg', 'bin'), { recursive: true });
    writeFileSync(join(src, 'pkg', 'bin', 'tool.sh'), '#!/bin/sh\necho tool\n');
    writeFileSync(join(src, 'plain.txt'), 'plain');
    writeFileSync(join(src, 'data.txt.gz'), gzipSync(Buffer.from('unzipped')));
    execFileSync('tar', ['-C', src, '-czf', join(src, 'pkg.tar.gz'), 'pkg']);
    execFileSync('zip', ['-q', '-r', join(src, 'pkg.zip'), 'pkg'], { cwd: src });
    server = createServer((req, res) => {
      const path = req.url ?? '/';
      hits.set(path, (hits.get(path) ?? 0) + 1);
      if (path === '/redirect') {
        res.writeHead(302, { Location: '/files/plain.txt' }).end();
        return;
      }
      if (!path.startsWith('/files/')) {
        res.writeHead(404).end();
        return;
      }
      try {
        res.end(readFileSync(join(src, (path.split('?')[0] ?? '').slice('/files/'.length))));
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    dir.remove();
  });

  let n = 0;
  beforeEach(() => {
    n += 1;
    sandbox = join(dir.path, `sandbox-${n}`);
    mkdirSync(sandbox);
    fetcher = new Fetcher(join(dir.path, `cache-${n}`));
  });

  const src = (name: string) => join(dir.path, 'src', name);

  it('copies local paths and file:// URLs, renames with output_file (directories allowed)', async () => {
    await fetcher.fetchAll(
      [
        { value: src('plain.txt') },
        { value: pathToFileURL(src('plain.txt')).toString(), output_file: 'conf/renamed.txt' },
      ],
      sandbox,
    );
    expect(readFileSync(join(sandbox, 'plain.txt'), 'utf8')).toBe('plain');
    expect(readFileSync(join(sandbox, 'conf', 'renamed.txt'), 'utf8')).toBe('plain');
  });

  it('downloads over HTTP, following redirects', async () => {
    await fetcher.fetchAll(
      [{ value: `${base}/files/plain.txt` }, { value: `${base}/redirect`, output_file: 'via-redirect.txt' }],
      sandbox,
    );
    expect(readFileSync(join(sandbox, 'plain.txt'), 'utf8')).toBe('plain');
    expect(readFileSync(join(sandbox, 'via-redirect.txt'), 'utf8')).toBe('plain');
  });

  it('extracts archives by default, gunzips plain .gz, and leaves them alone with extract=false', async () => {
    await fetcher.fetchAll([{ value: `${base}/files/pkg.tar.gz` }, { value: src('data.txt.gz') }], sandbox);
    expect(readFileSync(join(sandbox, 'pkg', 'bin', 'tool.sh'), 'utf8')).toContain('echo tool');
    expect(readFileSync(join(sandbox, 'data.txt'), 'utf8')).toBe('unzipped');

    const zipBox = join(sandbox, 'z');
    mkdirSync(zipBox);
    await fetcher.fetchAll([{ value: src('pkg.zip') }], zipBox);
    expect(readFileSync(join(zipBox, 'pkg', 'bin', 'tool.sh'), 'utf8')).toContain('echo tool');

    const raw = join(sandbox, 'raw');
    mkdirSync(raw);
    await fetcher.fetchAll([{ value: src('pkg.tar.gz'), extract: false }], raw);
    expect(() => statSync(join(raw, 'pkg'))).toThrow();
    expect(statSync(join(raw, 'pkg.tar.gz')).isFile()).toBe(true);
  });

  it('sets the executable bit (and does not extract executables)', async () => {
    await fetcher.fetchAll([{ value: `${base}/files/pkg/bin/tool.sh`, executable: true }], sandbox);
    expect(statSync(join(sandbox, 'tool.sh')).mode & 0o111).toBe(0o111);
    expect(execFileSync(join(sandbox, 'tool.sh')).toString()).toBe('tool\n');
  });

  it('serves cache=true URIs from the per-agent cache after the first download', async () => {
    const uri = { value: `${base}/files/plain.txt?cached`, cache: true, output_file: 'a.txt' };
    const before = hits.get('/files/plain.txt?cached') ?? 0;
    await Promise.all([
      fetcher.fetchAll([uri], sandbox),
      fetcher.fetchAll([{ ...uri, output_file: 'b.txt' }], sandbox),
    ]);
    await fetcher.fetchAll([{ ...uri, output_file: 'c.txt' }], sandbox);
    expect((hits.get('/files/plain.txt?cached') ?? 0) - before).toBe(1);
    for (const f of ['a.txt', 'b.txt', 'c.txt']) expect(readFileSync(join(sandbox, f), 'utf8')).toBe('plain');
    await fetcher.fetchAll([{ ...uri, cache: false, output_file: 'd.txt' }], sandbox);
    expect((hits.get('/files/plain.txt?cached') ?? 0) - before).toBe(2);
  });

  it('fails with a message naming the URI', async () => {
    const fail = async (uri: { value: string; output_file?: string }) => {
      const err = (await fetcher.fetchAll([uri], sandbox).catch((e: unknown) => e)) as FetchError;
      expect(err).toBeInstanceOf(FetchError);
      expect(err.message.startsWith(`Failed to fetch '${uri.value}': `)).toBe(true);
      return err.message.slice(`Failed to fetch '${uri.value}': `.length);
    };
    expect(await fail({ value: `${base}/files/missing.txt` })).toBe('HTTP 404 Not Found');
    expect(await fail({ value: src('missing.txt') })).toMatch(/ENOENT/);
    expect(await fail({ value: 'relative/file.txt' })).toMatch(/relative path/);
    expect(await fail({ value: 'hdfs://nn/file' })).toMatch(/unsupported URI scheme/);
    expect(await fail({ value: src('plain.txt'), output_file: '../escape.txt' })).toMatch(
      /leaves the sandbox/,
    );
    expect(await fail({ value: 'http://127.0.0.1:1/x' })).toMatch(/ECONNREFUSED/);
  });
});
