// The server around the calls: bearer-token auth, grpc.health.v1, server reflection, shutdown.
import { join } from 'node:path';
import { credentials, loadPackageDefinition, Metadata, type Client, type ClientDuplexStream, type ClientReadableStream, type ServiceError } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { FileDescriptorProto, type IFileDescriptorProto } from 'protobufjs/ext/descriptor';
import { startCassyGrpcServer } from '../../src/grpc';
import { createTokenCheck } from '../../src/grpc/auth';
import type { ClusterRegistrationResponse } from '../../src/grpc/cassy-messages';
import { FakeBackupService } from './support/fake-backup-service';
import { bearer, failure, recordingLogger, REPO_ROOT, startHarness, status, TOKEN, type Harness } from './support/harness';

type Constructor = new (address: string, creds: ReturnType<typeof credentials.createInsecure>) => Client;

function clientOf(protoFile: string, service: string, address: string, options: Parameters<typeof loadSync>[1] = {}): Client {
  let node: unknown = loadPackageDefinition(loadSync(protoFile, options));
  for (const part of service.split('.')) node = (node as Record<string, unknown>)[part];
  return new (node as Constructor)(address, credentials.createInsecure());
}

const NODE_MODULES = join(REPO_ROOT, 'node_modules');
const HEALTH_PROTO = join(NODE_MODULES, 'grpc-health-check', 'proto', 'health', 'v1', 'health.proto');
const REFLECTION_PROTO = (version: string): string => join(NODE_MODULES, '@grpc', 'reflection', 'build', 'proto', 'grpc', 'reflection', version, 'reflection.proto');

let h: Harness;
afterEach(async () => {
  await h.close();
});

describe('auth', () => {
  beforeEach(async () => {
    h = await startHarness({ token: TOKEN });
  });

  it('refuses a call without the token with UNAUTHENTICATED before looking at the request', async () => {
    const err = await failure(h.client.call('RegisterCluster', { cassandra_host: '10.9.9.9' }));
    expect(err.code).toBe(status.UNAUTHENTICATED);
    expect(err.details).toContain('this call needs the API token: send the metadata "authorization: Bearer <CASSANDRA_MESOS_API_TOKEN>"');
  });

  it('refuses a wrong token and a malformed header', async () => {
    expect((await failure(h.client.call('ListClusters', {}, bearer(`${TOKEN}x`)))).details).toBe('the bearer token is not the API token this scheduler was started with (CASSANDRA_MESOS_API_TOKEN)');
    const basic = new Metadata();
    basic.set('authorization', `Basic ${TOKEN}`);
    expect((await failure(h.client.call('ListClusters', {}, basic))).details).toContain('is not of the form "Bearer <token>"');
  });

  it('refuses two authorization entries (grpc-js clients cannot send them; other HTTP/2 clients can)', () => {
    const two = bearer(TOKEN);
    two.add('authorization', `Bearer ${TOKEN}`);
    expect(() => createTokenCheck(TOKEN)(two)).toThrow('the call carries 2 "authorization" metadata entries; send exactly one');
    expect(() => createTokenCheck(TOKEN)(bearer(TOKEN))).not.toThrow();
    expect(() => createTokenCheck(undefined)(new Metadata())).not.toThrow();
  });

  it('accepts the token (any case of "Bearer") on every Cassy call', async () => {
    const lower = new Metadata();
    lower.set('authorization', `bearer ${TOKEN}`);
    const { value } = await h.client.call<ClusterRegistrationResponse>('RegisterCluster', { cassandra_host: '192.168.0.10' }, lower);
    expect(value.cluster_id).toBe('cassandra');
    await h.client.call('ListClusters', {}, bearer(TOKEN));
  });

  it('never logs the token', async () => {
    await failure(h.client.call('ListClusters', {}, bearer(`${TOKEN}x`)));
    await h.client.call('ListClusters', {}, bearer(TOKEN));
    expect(JSON.stringify(h.logs)).not.toContain(TOKEN);
  });

  it('leaves health and reflection open', async () => {
    const health = clientOf(HEALTH_PROTO, 'grpc.health.v1.Health', h.address, { keepCase: true, enums: String });
    const answer = await new Promise<unknown>((resolve, reject) => {
      (health as unknown as { Check: (r: object, cb: (e: ServiceError | null, v: unknown) => void) => void }).Check({ service: 'rpc.Cassy' }, (e, v) => (e ? reject(e) : resolve(v)));
    });
    expect(answer).toEqual({ status: 'SERVING' });
    health.close();
    expect(await listServices(h.address, 'v1')).toContain('rpc.Cassy');
  });
});

interface ReflectionResponse {
  listServicesResponse?: { service: Array<{ name: string }> };
  fileDescriptorResponse?: { fileDescriptorProto: Buffer[] };
  errorResponse?: { errorCode: number; errorMessage: string };
}

/** One reflection request over a fresh stream, as grpcurl sends them. */
function reflect(address: string, version: 'v1' | 'v1alpha', request: object): Promise<ReflectionResponse> {
  const client = clientOf(REFLECTION_PROTO(version), `grpc.reflection.${version}.ServerReflection`, address, { oneofs: true });
  const stream = (client as unknown as { ServerReflectionInfo: () => ClientDuplexStream<object, ReflectionResponse> }).ServerReflectionInfo();
  return new Promise((resolve, reject) => {
    stream.on('data', (response: ReflectionResponse) => {
      resolve(response);
      stream.end();
      client.close();
    });
    stream.on('error', reject);
    stream.write({ host: '', ...request });
  });
}

async function listServices(address: string, version: 'v1' | 'v1alpha'): Promise<string[]> {
  const response = await reflect(address, version, { listServices: '*' });
  return (response.listServicesResponse?.service ?? []).map((s) => s.name).sort();
}

describe('reflection', () => {
  beforeEach(async () => {
    h = await startHarness();
  });

  it.each(['v1', 'v1alpha'] as const)('lists the services (%s), as `grpcurl list` shows them', async (version) => {
    expect(await listServices(h.address, version)).toEqual(['grpc.health.v1.Health', 'grpc.reflection.v1.ServerReflection', 'grpc.reflection.v1alpha.ServerReflection', 'rpc.Cassy']);
  });

  it('describes rpc.Cassy with Cassy’s names and numbers (what grpcurl needs to send JSON requests)', async () => {
    const response = await reflect(h.address, 'v1', { fileContainingSymbol: 'rpc.Cassy' });
    const files = (response.fileDescriptorResponse?.fileDescriptorProto ?? []).map((bytes) => FileDescriptorProto.decode(bytes) as IFileDescriptorProto);
    const file = files.find((f) => f.package === 'rpc');
    expect(file?.syntax).toBe('proto3');
    expect(file?.service?.map((s) => `${s.name}: ${(s.method ?? []).map((m) => m.name).join(' ')}`)).toEqual(['Cassy: RegisterCluster ListClusters ListBackups TakeBackup RestoreBackup ListRestoreStatuses']);
    const fields = (message: string): string[] => file?.messageType?.find((m) => m.name === message)?.field?.map((f) => `${f.name}=${f.number} json ${f.jsonName}`) ?? [];
    expect(fields('RestoreRequest')).toEqual(['cluster_id=1 json clusterId', 'target_ips=2 json targetIps', 'snapshot_id=3 json snapshotId', 'restore_type=4 json restoreType', 'snapshot_only=5 json snapshotOnly']);
    expect(fields('RestoreStatusListingResponse')).toEqual(['cluster_id=1 json clusterId', 'entries=3 json entries']);
  });

  it('describes a map field as protoc does (entry "StatusesEntry"), which Go clients such as grpcurl insist on', async () => {
    const response = await reflect(h.address, 'v1alpha', { fileContainingSymbol: 'grpc.health.v1.Health' });
    const file = (response.fileDescriptorResponse?.fileDescriptorProto ?? []).map((bytes) => FileDescriptorProto.decode(bytes) as IFileDescriptorProto).find((f) => f.package === 'grpc.health.v1');
    const list = file?.messageType?.find((m) => m.name === 'HealthListResponse');
    expect(list?.nestedType?.map((n) => [n.name, n.options?.mapEntry])).toEqual([['StatusesEntry', true]]);
    expect(list?.field?.map((f) => [f.name, f.typeName, f.jsonName])).toEqual([['statuses', '.grpc.health.v1.HealthListResponse.StatusesEntry', 'statuses']]);
  });

  it('answers an unknown symbol with an error inside the stream, as the protocol says', async () => {
    const response = await reflect(h.address, 'v1', { fileContainingSymbol: 'rpc.Nope' });
    expect(response.errorResponse?.errorCode).toBe(status.NOT_FOUND);
  });
});

describe('health', () => {
  beforeEach(async () => {
    h = await startHarness();
  });

  function check(client: Client, service: string): Promise<unknown> {
    return new Promise((resolve, reject) => {
      (client as unknown as { Check: (r: object, cb: (e: ServiceError | null, v: unknown) => void) => void }).Check({ service }, (e, v) => (e ? reject(e) : resolve(v)));
    });
  }

  it('reports the server and rpc.Cassy SERVING, and an unknown service NOT_FOUND', async () => {
    const client = clientOf(HEALTH_PROTO, 'grpc.health.v1.Health', h.address, { keepCase: true, enums: String });
    expect(await check(client, '')).toEqual({ status: 'SERVING' });
    expect(await check(client, 'rpc.Cassy')).toEqual({ status: 'SERVING' });
    const err = await failure(check(client, 'rpc.Other'));
    expect([err.code, err.details]).toEqual([status.NOT_FOUND, 'no health status for service "rpc.Other"; this server reports "", "rpc.Cassy" ("" = the server as a whole)']);
    client.close();
  });

  it('tells watchers NOT_SERVING and ends their streams when the server closes', async () => {
    const client = clientOf(HEALTH_PROTO, 'grpc.health.v1.Health', h.address, { keepCase: true, enums: String });
    const stream = (client as unknown as { Watch: (r: object) => ClientReadableStream<{ status: string }> }).Watch({ service: '' });
    const seen: string[] = [];
    const ended = new Promise<void>((resolve) => {
      stream.on('data', (m: { status: string }) => {
        seen.push(m.status);
        if (seen.length === 1) void h.server.close();
      });
      stream.on('end', () => resolve());
      stream.on('error', () => resolve());
    });
    await ended;
    expect(seen).toEqual(['SERVING', 'NOT_SERVING']);
    client.close();
  });
});

describe('listening and closing', () => {
  it('refuses a port that is in use with a message naming the setting', async () => {
    h = await startHarness();
    // grpc-js itself also reports the failed bind on the console.
    const console = jest.spyOn(global.console, 'error').mockImplementation(() => undefined);
    const err = await startCassyGrpcServer({ host: '127.0.0.1', port: h.server.port, service: new FakeBackupService(), logger: recordingLogger([]) }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    console.mockRestore();
    expect(err?.message).toBe(`the gRPC API cannot listen on 127.0.0.1:${h.server.port}: the port is in use; set CASSANDRA_MESOS_GRPC_PORT to a free port`);
  });

  it('close() is idempotent, and the port is free afterwards', async () => {
    h = await startHarness();
    const { port } = h.server;
    await Promise.all([h.server.close(), h.server.close()]);
    const again = await startCassyGrpcServer({ host: '127.0.0.1', port, service: new FakeBackupService(), logger: recordingLogger([]) });
    await again.close();
  });
});
