// The standard gRPC health service (grpc.health.v1.Health: Check, Watch, List), for load balancers,
// Marathon/Kubernetes probes and `grpcurl ... grpc.health.v1.Health/Check`. Our own implementation
// because grpc-health-check reads its .proto from disk when it is imported, which the bundled
// scheduler cannot do; the definition is the package's own (gen/descriptors.ts).
import { status, type ServerUnaryCall, type ServerWritableStream, type UntypedServiceImplementation, type sendUnaryData } from '@grpc/grpc-js';

export type ServingStatus = 'SERVING' | 'NOT_SERVING';

interface HealthCheckRequest {
  readonly service: string;
}

interface HealthCheckResponse {
  readonly status: ServingStatus | 'SERVICE_UNKNOWN';
}

interface Watcher {
  readonly service: string;
  readonly call: ServerWritableStream<HealthCheckRequest, HealthCheckResponse>;
}

export class HealthService {
  private readonly statuses = new Map<string, ServingStatus>();
  private readonly watchers = new Set<Watcher>();

  /** `services`: the services reported, besides "" (the server as a whole); all start SERVING. */
  constructor(services: readonly string[]) {
    for (const name of ['', ...services]) this.statuses.set(name, 'SERVING');
  }

  /** Every service (and the server) to `status`; watchers hear of it. */
  setAll(status: ServingStatus): void {
    for (const name of this.statuses.keys()) this.statuses.set(name, status);
    for (const w of this.watchers) if (this.statuses.has(w.service)) w.call.write({ status });
  }

  /** Ends every Watch stream, so the server can shut down without waiting for watchers to hang up. */
  endWatches(): void {
    for (const w of this.watchers) w.call.end();
    this.watchers.clear();
  }

  implementation(): UntypedServiceImplementation {
    return {
      Check: (call: ServerUnaryCall<HealthCheckRequest, HealthCheckResponse>, callback: sendUnaryData<HealthCheckResponse>) => {
        const found = this.statuses.get(call.request.service);
        if (found) {
          callback(null, { status: found });
          return;
        }
        const known = [...this.statuses.keys()].map((s) => JSON.stringify(s)).join(', ');
        callback({ code: status.NOT_FOUND, details: `no health status for service ${JSON.stringify(call.request.service)}; this server reports ${known} ("" = the server as a whole)` });
      },
      Watch: (call: ServerWritableStream<HealthCheckRequest, HealthCheckResponse>) => {
        const watcher: Watcher = { service: call.request.service, call };
        this.watchers.add(watcher);
        call.on('cancelled', () => this.watchers.delete(watcher));
        // An unknown service is not an error for Watch: it may become known later (it does not here).
        call.write({ status: this.statuses.get(call.request.service) ?? 'SERVICE_UNKNOWN' });
      },
      List: (_call: ServerUnaryCall<object, unknown>, callback: sendUnaryData<unknown>) => {
        callback(null, { statuses: Object.fromEntries([...this.statuses].map(([name, s]) => [name, { status: s }])) });
      },
    };
  }
}
