// Optional HTTP basic authentication of frameworks (--authenticate_http_frameworks with basic creds).
import type { IncomingMessage } from 'node:http';

export interface Credential {
  principal: string;
  secret: string;
}

export const SCHEDULER_REALM = 'mesos-master-scheduler';

/** The authenticated principal, or undefined when the credentials are missing or wrong. */
export function authenticate(req: IncomingMessage, credentials: readonly Credential[]): string | undefined {
  const header = req.headers.authorization;
  if (!header?.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice('Basic '.length).trim(), 'base64').toString('utf8');
  const idx = decoded.indexOf(':');
  if (idx < 0) return undefined;
  const principal = decoded.slice(0, idx);
  const secret = decoded.slice(idx + 1);
  return credentials.some((c) => c.principal === principal && c.secret === secret) ? principal : undefined;
}
