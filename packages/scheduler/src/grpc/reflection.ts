// gRPC server reflection (grpc.reflection.v1 and v1alpha), so `grpcurl -plaintext host:20051 list`
// and `describe` work without a copy of our .proto files. The answers come from @grpc/reflection's
// implementation; we register it ourselves because the package's addToServer() reads its .proto
// from disk, which the bundled scheduler cannot do. Both versions have the same messages.
import type { Server, ServerDuplexStream } from '@grpc/grpc-js';
import { ReflectionV1Implementation } from '@grpc/reflection/build/src/implementations/reflection-v1';
import { grpcDefinitions } from './proto';

type ReflectionRequest = Parameters<ReflectionV1Implementation['handleServerReflectionRequest']>[0];
type ReflectionResponse = ReturnType<ReflectionV1Implementation['handleServerReflectionRequest']>;

/** Adds both reflection services to `server`, describing the services in `described` (all of them by default). */
export function addReflection(server: Server, services?: readonly string[]): void {
  const definitions = grpcDefinitions();
  const reflection = new ReflectionV1Implementation(definitions.described, services ? { services: [...services] } : undefined);
  for (const { service } of definitions.reflection) {
    server.addService(service, {
      ServerReflectionInfo: (stream: ServerDuplexStream<ReflectionRequest, ReflectionResponse>) => {
        stream.on('data', (request: ReflectionRequest) => stream.write(reflection.handleServerReflectionRequest(request)));
        stream.on('end', () => stream.end());
      },
    });
  }
}
