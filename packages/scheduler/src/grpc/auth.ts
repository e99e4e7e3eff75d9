// The REST API's bearer token, for gRPC: with a token configured, every rpc.Cassy call needs the
// metadata `authorization: Bearer <token>` (grpcurl: -H 'authorization: Bearer <token>'). Health and
// reflection stay open, like the REST liveness probe, so load balancers and `grpcurl list` work.
import { createHash, timingSafeEqual } from 'node:crypto';
import { status, type Metadata } from '@grpc/grpc-js';
import { CassyCallError } from './errors';

/** Throws UNAUTHENTICATED unless the call carries the token; a no-op without a token. */
export type TokenCheck = (metadata: Metadata) => void;

export function createTokenCheck(token: string | undefined): TokenCheck {
  if (!token) return () => undefined;
  const expected = sha256(token);
  return (metadata) => {
    const values = metadata.get('authorization');
    if (values.length === 0) {
      throw new CassyCallError(status.UNAUTHENTICATED, 'this call needs the API token: send the metadata "authorization: Bearer <CASSANDRA_MESOS_API_TOKEN>" (grpcurl: -H \'authorization: Bearer <token>\')');
    }
    if (values.length > 1) {
      throw new CassyCallError(status.UNAUTHENTICATED, `the call carries ${values.length} "authorization" metadata entries; send exactly one: "Bearer <CASSANDRA_MESOS_API_TOKEN>"`);
    }
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(String(values[0]));
    if (!match?.[1]) {
      throw new CassyCallError(status.UNAUTHENTICATED, 'the "authorization" metadata is not of the form "Bearer <token>"; send "authorization: Bearer <CASSANDRA_MESOS_API_TOKEN>"');
    }
    // Comparing digests takes the same time whatever the token's length or content.
    if (!timingSafeEqual(sha256(match[1]), expected)) {
      throw new CassyCallError(status.UNAUTHENTICATED, 'the bearer token is not the API token this scheduler was started with (CASSANDRA_MESOS_API_TOKEN)');
    }
  };
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
