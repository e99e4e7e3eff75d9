// Upload bodies are sent as UNSIGNED-PAYLOAD unless signPayload is set (see S3StorageOptions), with
// the SDK's CRC32 body checksum either way. A recording pass-through proxy in front of a real
// s3proxy shows what goes over the wire; both ways must round-trip a multipart file.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertNothingLeftRunning, startS3, type S3Server } from '@cassandra-mesos/testkit';
import { hashFile } from '../src/hashing';
import { S3Storage } from '../src/s3-storage';

const MiB = 1024 * 1024;
let s3: S3Server | undefined;
let proxy: Server | undefined;
let proxyEndpoint = '';
const seen: { method: string; url: string; headers: IncomingHttpHeaders }[] = [];
const work = mkdtempSync(join(tmpdir(), 'backup-signing-'));

/** Forwards every request unchanged (Host included, so signatures stay valid) and records its headers. */
function startRecordingProxy(target: URL): Promise<Server> {
  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', (err) => res.destroy(err));
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  s3 = await startS3({ bucket: 'backups' });
  proxy = await startRecordingProxy(new URL(s3.endpoint));
  proxyEndpoint = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}, 90_000);

afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  try {
    await new Promise<void>((resolve) => (proxy === undefined ? resolve() : proxy.close(() => resolve())));
  } finally {
    try {
      await s3?.stop();
    } finally {
      await assertNothingLeftRunning();
    }
  }
});

function storageVia(signPayload: boolean | undefined): S3Storage {
  return new S3Storage({
    bucket: s3!.bucket,
    endpoint: proxyEndpoint,
    region: s3!.region,
    forcePathStyle: true,
    credentials: { accessKeyId: s3!.accessKeyId, secretAccessKey: s3!.secretAccessKey },
    partSizeBytes: 5 * MiB,
    queueSize: 2,
    ...(signPayload === undefined ? {} : { signPayload }),
  });
}

/** Uploads an 11 MiB file (three parts) and downloads it verified; returns the headers of the requests that carried bytes. */
async function roundTrip(storage: S3Storage, key: string): Promise<IncomingHttpHeaders[]> {
  const path = join(work, `${key.replace(/\//g, '_')}.db`);
  writeFileSync(path, randomBytes(11 * MiB));
  const facts = await hashFile(path);
  seen.length = 0;
  await storage.putFile(key, path, facts);
  const bodies = seen.filter((r) => r.method === 'PUT' && Number(r.headers['content-length'] ?? 0) > 0).map((r) => r.headers);
  await storage.getFile(key, join(work, 'restored', key), { expected: facts });
  expect(await hashFile(join(work, 'restored', key))).toEqual(facts);
  return bodies;
}

it('sends upload bodies unsigned by default, each with a CRC32 checksum', async () => {
  const storage = storageVia(undefined);
  try {
    const bodies = await roundTrip(storage, 'd/unsigned');
    expect(bodies).toHaveLength(3);
    for (const h of bodies) {
      expect(h['x-amz-content-sha256']).toBe('UNSIGNED-PAYLOAD');
      expect(h['x-amz-checksum-crc32']).toMatch(/^[A-Za-z0-9+/]{6}==$/);
      expect(h.authorization).toContain('x-amz-checksum-crc32'); // the checksum header is signed
    }
  } finally {
    storage.destroy();
  }
}, 60_000);

it('signs upload bodies when signPayload is set', async () => {
  const storage = storageVia(true);
  try {
    const bodies = await roundTrip(storage, 'd/signed');
    expect(bodies).toHaveLength(3);
    for (const h of bodies) expect(h['x-amz-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
  } finally {
    storage.destroy();
  }
}, 60_000);
