// The Cassy-compatible gRPC API: rpc.Cassy (backup/restore calls mapped onto the BackupService) plus
// grpc.health.v1 and server reflection, on CASSANDRA_MESOS_GRPC_PORT (default 20051, Cassy's port).
// Handlers are thin: each checks the token, calls one function of cassy-*.ts and answers exactly once.
import { Metadata, Server, ServerCredentials, status, type ServerUnaryCall, type UntypedServiceImplementation, type sendUnaryData } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import type { BackupService } from '../backup/types';
import { createTokenCheck, type TokenCheck } from './auth';
import { listBackups, takeBackup, type ListingResult } from './cassy-backups';
import type { BackupListingRequest, RestoreStatusListingRequest } from './cassy-messages';
import { listClusters, registerCluster, type CassyCallDeps } from './cassy-clusters';
import { listRestoreStatuses, restoreBackup } from './cassy-restores';
import { toGrpcError } from './errors';
import { HealthService } from './health';
import { CASSY_SERVICE_NAME, grpcDefinitions } from './proto';
import { addReflection } from './reflection';
import { createInMemoryRegistrationStore, type CassyRegistrationStore } from './registrations';

export type GrpcLogger = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

export interface CassyGrpcServerOptions {
  /** Interface to listen on, e.g. 0.0.0.0. */
  readonly host: string;
  /** TCP port; 0 = any free port (tests). Whether to start the server at all is the caller's decision. */
  readonly port: number;
  readonly service: BackupService;
  /** The REST API token; every rpc.Cassy call then needs `authorization: Bearer <token>`. */
  readonly token?: string | undefined;
  readonly logger: GrpcLogger;
  /** Where RegisterCluster records registrations; default: this process's memory. */
  readonly registrations?: CassyRegistrationStore;
  /** ms since the epoch; default Date.now. */
  readonly now?: () => number;
  /** How long close() lets calls in flight finish before cutting them off (default 2 s). */
  readonly shutdownGraceMs?: number;
}

export interface CassyGrpcServer {
  /** The port it listens on (the one chosen when `port` was 0). */
  readonly port: number;
  /** Stops accepting calls, reports NOT_SERVING, ends health watches, lets calls in flight finish (grace), then closes. */
  close(): Promise<void>;
}

/** Trailing metadata, one entry per part of a listing that could not be read (the answer holds the rest). */
export const WARNING_METADATA_KEY = 'cassandra-mesos-warning';

/** Cassy requests are a few hundred bytes; nothing legitimate comes near this. */
const MAX_REQUEST_BYTES = 1024 * 1024;

type CallResult<T> = ListingResult<T>;

/** Metadata values travel as HTTP/2 header values: printable ASCII, bounded. */
function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 1000);
}

function unary<Req, Res>(method: string, checkToken: TokenCheck, log: GrpcLogger, run: (request: Req) => Promise<CallResult<Res>>) {
  const fullName = `${CASSY_SERVICE_NAME}/${method}`;
  return (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>): void => {
    const started = Date.now();
    // One async body and one callback per outcome: no path can answer twice or not at all.
    void (async () => {
      try {
        checkToken(call.metadata);
        const { value, warnings } = await run(call.request);
        const trailer = new Metadata();
        for (const w of warnings) trailer.add(WARNING_METADATA_KEY, headerSafe(w));
        if (warnings.length > 0) log.warn({ method: fullName, warnings }, 'gRPC listing is incomplete');
        log.debug({ method: fullName, peer: call.getPeer(), ms: Date.now() - started }, 'gRPC call answered');
        callback(null, value, trailer);
      } catch (err) {
        const mapped = toGrpcError(err, fullName);
        if (mapped.refusal) {
          log.info({ method: fullName, peer: call.getPeer(), code: status[mapped.error.code ?? status.UNKNOWN], reason: mapped.error.message }, 'gRPC call refused');
        } else {
          log.error({ method: fullName, peer: call.getPeer(), incident: mapped.incidentId, err }, 'gRPC call failed');
        }
        callback(mapped.error);
      }
    })();
  };
}

/** A call whose answer is complete or an error (no warnings). */
function complete<Req, Res>(deps: CassyCallDeps, run: (deps: CassyCallDeps, request: Req) => Promise<Res>): (request: Req) => Promise<CallResult<Res>> {
  return async (request) => ({ value: await run(deps, request), warnings: [] });
}

function cassyImplementation(deps: CassyCallDeps, checkToken: TokenCheck, log: GrpcLogger): UntypedServiceImplementation {
  return {
    RegisterCluster: unary('RegisterCluster', checkToken, log, complete(deps, registerCluster)),
    ListClusters: unary('ListClusters', checkToken, log, complete(deps, listClusters)),
    TakeBackup: unary('TakeBackup', checkToken, log, complete(deps, takeBackup)),
    ListBackups: unary('ListBackups', checkToken, log, (r: BackupListingRequest) => listBackups(deps, r)),
    RestoreBackup: unary('RestoreBackup', checkToken, log, complete(deps, restoreBackup)),
    ListRestoreStatuses: unary('ListRestoreStatuses', checkToken, log, (r: RestoreStatusListingRequest) => listRestoreStatuses(deps, r)),
  };
}

function bindAddress(host: string, port: number): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]:${port}` : `${host}:${port}`;
}

export async function startCassyGrpcServer(options: CassyGrpcServerOptions): Promise<CassyGrpcServer> {
  const log = options.logger;
  const deps: CassyCallDeps = {
    service: options.service,
    registrations: options.registrations ?? createInMemoryRegistrationStore(),
    now: options.now ?? Date.now,
  };
  const definitions = grpcDefinitions();
  const server = new Server({ 'grpc.max_receive_message_length': MAX_REQUEST_BYTES });
  const health = new HealthService([CASSY_SERVICE_NAME]);
  server.addService(definitions.cassy, cassyImplementation(deps, createTokenCheck(options.token), log));
  server.addService(definitions.health, health.implementation());
  addReflection(server);

  const address = bindAddress(options.host, options.port);
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync(address, ServerCredentials.createInsecure(), (err, bound) => {
      if (err) {
        const inUse = /EADDRINUSE|address already in use/i.test(err.message);
        const hint = inUse ? 'the port is in use; set CASSANDRA_MESOS_GRPC_PORT to a free port' : err.message;
        server.forceShutdown();
        reject(new Error(`the gRPC API cannot listen on ${address}: ${hint}`));
        return;
      }
      resolve(bound);
    });
  });
  log.info({ host: options.host, port, auth: options.token ? 'bearer token' : 'none' }, 'Cassy-compatible gRPC API listening (rpc.Cassy, grpc.health.v1, reflection)');

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      health.setAll('NOT_SERVING');
      health.endWatches();
      // Calls still running after the grace period are cut off (their clients see UNAVAILABLE).
      const force = setTimeout(() => {
        server.forceShutdown();
        resolve();
      }, options.shutdownGraceMs ?? 2_000);
      server.tryShutdown(() => {
        clearTimeout(force);
        resolve();
      });
    });
    return closing;
  };
  return { port, close };
}
