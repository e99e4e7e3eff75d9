// A real rpc.Cassy server on 127.0.0.1 (any free port) over a FakeBackupService, and a real grpc-js
// client built from proto/cassy/cassy.proto itself (read from disk here), so the tests also prove that
// what the server serves matches the .proto file clients compile.
import { join } from 'node:path';
import { credentials, loadPackageDefinition, Metadata, status, type Client, type ServiceError, type StatusObject } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { startCassyGrpcServer, type CassyGrpcServer, type GrpcLogger } from '../../../src/grpc';
import { createInMemoryRegistrationStore, type CassyRegistrationStore } from '../../../src/grpc/registrations';
import { FakeBackupService } from './fake-backup-service';

export const REPO_ROOT = join(__dirname, '..', '..', '..', '..', '..');
export const CASSY_PROTO_FILE = join(REPO_ROOT, 'proto', 'cassy', 'cassy.proto');
export const TOKEN = 'grpc-test-token-0123456789';
/** The fixed clock of the server under test. */
export const NOW_MS = Date.UTC(2024, 4, 1, 3, 0, 0);

export interface LogLine {
  readonly level: 'debug' | 'info' | 'warn' | 'error';
  readonly fields: unknown;
  readonly message: string | undefined;
}

export function recordingLogger(lines: LogLine[]): GrpcLogger {
  const at =
    (level: LogLine['level']) =>
    (fields: unknown, message?: string): void => {
      lines.push({ level, fields, message });
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

type UnaryMethod = (request: object, metadata: Metadata, callback: (err: ServiceError | null, value?: unknown) => void) => { on(event: 'status', listener: (s: StatusObject) => void): unknown };

export interface CallResult<T> {
  readonly value: T;
  readonly trailers: Metadata;
}

export class CassyClient {
  constructor(readonly client: Client) {}

  /** Resolves with the answer and its trailing metadata; rejects with the ServiceError. */
  call<T>(method: string, request: object, metadata = new Metadata()): Promise<CallResult<T>> {
    const fn = (this.client as unknown as Record<string, UnaryMethod>)[method];
    if (!fn) throw new Error(`the rpc.Cassy client has no method ${method}`);
    return new Promise((resolve, reject) => {
      // The answer and the status (with the trailers) arrive separately; resolve once both are here.
      let answer: { value: T } | undefined;
      let trailers: Metadata | undefined;
      const settle = (): void => {
        if (answer && trailers) resolve({ value: answer.value, trailers });
      };
      const call = fn.call(this.client, request, metadata, (err, v) => {
        if (err) reject(err);
        else {
          answer = { value: v as T };
          settle();
        }
      });
      call.on('status', (s) => {
        trailers = s.metadata;
        settle();
      });
    });
  }

  close(): void {
    this.client.close();
  }
}

/** A client of rpc.Cassy at `address`, compiled from proto/cassy/cassy.proto with Cassy's field names. */
export function cassyClient(address: string): CassyClient {
  const definition = loadSync(CASSY_PROTO_FILE, { keepCase: true, longs: Number, enums: String, defaults: true });
  const rpc = loadPackageDefinition(definition).rpc as Record<string, new (address: string, creds: ReturnType<typeof credentials.createInsecure>) => Client>;
  const Cassy = rpc.Cassy;
  if (!Cassy) throw new Error('proto/cassy/cassy.proto has no service rpc.Cassy');
  return new CassyClient(new Cassy(address, credentials.createInsecure()));
}

export interface Harness {
  readonly service: FakeBackupService;
  readonly server: CassyGrpcServer;
  readonly client: CassyClient;
  readonly address: string;
  readonly logs: LogLine[];
  readonly registrations: CassyRegistrationStore;
  close(): Promise<void>;
}

/** Starts a server (token optional) over a fresh fake service; close() stops client and server. */
export async function startHarness(options: { token?: string; service?: FakeBackupService } = {}): Promise<Harness> {
  const service = options.service ?? new FakeBackupService();
  const logs: LogLine[] = [];
  const registrations = createInMemoryRegistrationStore();
  const server = await startCassyGrpcServer({ host: '127.0.0.1', port: 0, service, token: options.token, logger: recordingLogger(logs), registrations, now: () => NOW_MS });
  const address = `127.0.0.1:${server.port}`;
  const client = cassyClient(address);
  return {
    service,
    server,
    client,
    address,
    logs,
    registrations,
    close: async () => {
      client.close();
      await server.close();
    },
  };
}

/** The ServiceError of a call that must fail (a call that succeeds fails the test). */
export async function failure(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise;
  } catch (err) {
    return err as ServiceError;
  }
  throw new Error('the call succeeded but was expected to fail');
}

export function bearer(token: string): Metadata {
  const metadata = new Metadata();
  metadata.set('authorization', `Bearer ${token}`);
  return metadata;
}

export { status };
