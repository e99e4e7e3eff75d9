// Authorization header providers. The secret lives only inside the closure: it is never stored on an
// object that could be logged or inspected, and never appears in an error message.

/** Returns the value of the Authorization header for the next request (undefined: send none). */
export type AuthorizationProvider = () => string | undefined;

/** HTTP basic authentication (reference §8.1): "Basic base64(principal:secret)" on every request. */
export function basicAuth(principal: string, secret: string): AuthorizationProvider {
  if (principal.includes(':')) throw new Error('basic auth principal must not contain ":"');
  const value = `Basic ${Buffer.from(`${principal}:${secret}`, 'utf8').toString('base64')}`;
  return () => value;
}

/** Bearer token, e.g. the executor's MESOS_EXECUTOR_AUTHENTICATION_TOKEN (reference §8.2). */
export function bearerAuth(token: string): AuthorizationProvider {
  const value = `Bearer ${token}`;
  return () => value;
}
