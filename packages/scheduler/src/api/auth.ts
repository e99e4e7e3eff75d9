// Optional bearer-token authentication (CASSANDRA_MESOS_API_TOKEN). With a token configured, every
// mutating call needs `Authorization: Bearer <token>`; reads need it too when `protectReads` is set,
// except the probes Marathon calls without headers (liveness, deploy-plan readiness).
import { createHash, timingSafeEqual } from 'node:crypto';
import { ApiError } from './errors';

export interface AuthOptions {
  /** The token; undefined or empty = no authentication (only for a trusted network). */
  readonly token?: string | undefined;
  /** Reads need the token as well; default false. */
  readonly protectReads?: boolean;
}

export interface AuthRequirement {
  readonly mutating: boolean;
  readonly probe?: boolean;
}

const CHALLENGE = 'Bearer realm="cassandra-mesos"';

export class BearerAuth {
  private readonly digest: Buffer | undefined;
  private readonly protectReads: boolean;

  constructor(options: AuthOptions) {
    this.digest = options.token ? sha256(options.token) : undefined;
    this.protectReads = options.protectReads ?? false;
  }

  get enabled(): boolean {
    return this.digest !== undefined;
  }

  /** Whether a route needs the token under this configuration. */
  required(route: AuthRequirement): boolean {
    if (!this.digest) return false;
    if (route.mutating) return true;
    return this.protectReads && route.probe !== true;
  }

  /** Throws UNAUTHORIZED unless the Authorization header carries the token (when the route needs it). */
  check(route: AuthRequirement, authorization: string | undefined): void {
    if (!this.required(route) || !this.digest) return;
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match?.[1]) {
      const why = authorization ? 'the Authorization header is not of the form "Bearer <token>"' : 'no Authorization header was sent';
      throw new ApiError('UNAUTHORIZED', `this call needs the API token: ${why}; send "Authorization: Bearer <CASSANDRA_MESOS_API_TOKEN>"`, undefined, { 'WWW-Authenticate': CHALLENGE });
    }
    // Comparing digests takes the same time whatever the token's length or content.
    if (!timingSafeEqual(sha256(match[1]), this.digest)) {
      throw new ApiError('UNAUTHORIZED', 'the bearer token is not the API token this scheduler was started with (CASSANDRA_MESOS_API_TOKEN)', undefined, {
        'WWW-Authenticate': `${CHALLENGE}, error="invalid_token"`,
      });
    }
  }
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
