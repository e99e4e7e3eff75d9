// A real gRPC client of the scheduler's Cassy service (rpc.Cassy), built at run time from the proto
// files under proto/cassy with @grpc/proto-loader, the way any Cassy client would be. Fields keep
// their snake_case proto names (as grpcurl sends them); enums come back as names, 64-bit numbers as
// strings.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

const PROTO_ROOT = join(__dirname, '..', '..', '..', '..', '..', 'proto');
const CASSY_DIR = join(PROTO_ROOT, 'cassy');

export type CassyMethod = 'RegisterCluster' | 'ListClusters' | 'TakeBackup' | 'ListBackups' | 'RestoreBackup' | 'ListRestoreStatuses';

export interface CassyCallError {
  code: grpc.status;
  codeName: string;
  details: string;
}

export type CassyAnswer<T> = { ok: true; value: T } | { ok: false; error: CassyCallError };

type UnaryMethod = (request: unknown, metadata: grpc.Metadata, options: grpc.CallOptions, callback: (err: grpc.ServiceError | null, value?: unknown) => void) => void;

export class CassyClient {
  private constructor(private readonly client: grpc.Client & Record<string, UnaryMethod>) {}

  /** Connects to `address` (host:port) without TLS, like `grpcurl -plaintext`. */
  static connect(address: string): CassyClient {
    let files: string[];
    try {
      files = readdirSync(CASSY_DIR).filter((f) => f.endsWith('.proto'));
    } catch {
      files = [];
    }
    if (files.length === 0) throw new Error(`no .proto files in ${CASSY_DIR}: the Cassy gRPC API (proto/cassy) has not landed yet`);
    const definition = protoLoader.loadSync(files.map((f) => join(CASSY_DIR, f)), { keepCase: true, longs: String, enums: String, defaults: true, oneofs: true, includeDirs: [CASSY_DIR, PROTO_ROOT] });
    const pkg = grpc.loadPackageDefinition(definition) as unknown as { rpc?: { Cassy?: grpc.ServiceClientConstructor } };
    const Service = pkg.rpc?.Cassy;
    if (!Service) throw new Error(`proto/cassy (${files.join(', ')}) defines no service rpc.Cassy; definitions found: ${Object.keys(definition).join(', ')}`);
    return new CassyClient(new Service(address, grpc.credentials.createInsecure()) as unknown as grpc.Client & Record<string, UnaryMethod>);
  }

  /** One unary call with a 30 s deadline; a gRPC error is an answer (ok: false), not a throw. */
  call<T>(method: CassyMethod, request: Record<string, unknown>): Promise<CassyAnswer<T>> {
    const fn = this.client[method];
    if (typeof fn !== 'function') return Promise.reject(new Error(`rpc.Cassy has no method ${method}`));
    return new Promise((resolve) => {
      fn.call(this.client, request, new grpc.Metadata(), { deadline: Date.now() + 30_000 }, (err, value) => {
        if (err) resolve({ ok: false, error: { code: err.code, codeName: grpc.status[err.code] ?? String(err.code), details: err.details } });
        else resolve({ ok: true, value: value as T });
      });
    });
  }

  /** Like call(), but a gRPC error throws with the method, request and status. */
  async must<T>(method: CassyMethod, request: Record<string, unknown>): Promise<T> {
    const answer = await this.call<T>(method, request);
    if (!answer.ok) throw new Error(`rpc.Cassy.${method} ${JSON.stringify(request)} failed: ${answer.error.codeName}: ${answer.error.details}`);
    return answer.value;
  }

  close(): void {
    this.client.close();
  }
}

/** Cassy's response messages as far as the scenario reads them (proto/cassy, snake_case). */
export interface ClusterRegistration {
  cluster_id: string;
  cluster_name: string;
  target_ips: string[];
  keyspaces: string[];
  data_dir: string;
}
export interface ClusterListing {
  entries: Array<ClusterRegistration & { created_at: string; updated_at: string }>;
}
export interface BackupAnswer {
  status: string;
  cluster_id: string;
  target_ips: string[];
  snapshot_id: string;
  created_at: string;
  backup_type: number;
}
export interface BackupListing {
  entries: Array<{ cluster_id: string; target_ip: string; snapshot_id: string; created_at: string; updated_at: string; backup_type: number; status: string }>;
}
export interface RestoreAnswer {
  status: string;
  cluster_id: string;
  target_ips: string[];
  snapshot_id: string;
  restore_type: number;
  snapshot_only: boolean;
}
export interface RestoreStatusListing {
  cluster_id: string;
  entries: Array<{ target_ip: string; snapshot_id: string; created_at: string; updated_at: string; restore_type: number; status: string }>;
}
