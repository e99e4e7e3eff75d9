// HTTPS: trust via `ca`, refusal of an untrusted certificate, and a protocol-relative redirect that keeps
// the https scheme. The self-signed certificate is made by openssl for this run only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MesosHttpTransport } from '../../src/http/transport';
import { MesosTlsError } from '../../src/http/errors';

let dir: string;
let cert: Buffer;
let key: Buffer;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mesos-tls-'));
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
    { stdio: 'ignore' },
  );
  cert = readFileSync(join(dir, 'cert.pem'));
  key = readFileSync(join(dir, 'key.pem'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('MesosHttpTransport over TLS', () => {
  const servers: https.Server[] = [];
  const transports: MesosHttpTransport[] = [];
  const listen = async (handler: http.RequestListener) => {
    const server = https.createServer({ cert, key }, handler);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as AddressInfo).port;
  };
  afterEach(async () => {
    transports.splice(0).forEach((t) => t.close());
    await Promise.all(
      servers.splice(0).map(
        (s) =>
          new Promise<void>((resolve) => {
            s.closeAllConnections();
            s.close(() => resolve());
          }),
      ),
    );
  });

  it('trusts the given CA and keeps https across a protocol-relative redirect', async () => {
    const seen: string[] = [];
    const leader = await listen((req, res) => {
      seen.push(`leader ${req.url}`);
      req.resume();
      req.on('end', () => res.writeHead(202).end());
    });
    const follower = await listen((req, res) => {
      seen.push(`follower ${req.url}`);
      req.resume();
      req.on('end', () => res.writeHead(307, { Location: `//127.0.0.1:${leader}/api/v1/scheduler` }).end());
    });
    const t = new MesosHttpTransport({ url: `https://127.0.0.1:${follower}/api/v1/scheduler`, tls: { ca: cert } });
    transports.push(t);
    const res = await t.post(Buffer.from('x'), { headers: { 'Content-Type': 'application/x-protobuf' } });
    expect(res.status).toBe(202);
    expect(t.url).toBe(`https://127.0.0.1:${leader}/api/v1/scheduler`);
    expect(seen).toEqual(['follower /api/v1/scheduler', 'leader /api/v1/scheduler']);
  });

  it('refuses an untrusted certificate unless rejectUnauthorized is false', async () => {
    const port = await listen((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(202).end());
    });
    const strict = new MesosHttpTransport({ url: `https://127.0.0.1:${port}/api/v1/scheduler`, unavailableRetry: { attempts: 0, initialMs: 1, maxMs: 1 } });
    const lax = new MesosHttpTransport({ url: `https://127.0.0.1:${port}/api/v1/scheduler`, tls: { rejectUnauthorized: false } });
    transports.push(strict, lax);
    const err = (await strict.post(Buffer.from('x'), { headers: { 'Content-Type': 'application/json' } }).catch((e: unknown) => e)) as MesosTlsError;
    expect(err).toBeInstanceOf(MesosTlsError);
    expect(err.errorCode).toMatch(/CERT/);
    expect(err.retryable).toBe(false);
    await expect(lax.post(Buffer.from('x'), { headers: { 'Content-Type': 'application/json' } })).resolves.toMatchObject({ status: 202 });
  });
});
