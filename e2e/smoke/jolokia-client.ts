// A thin typed layer over jolokia.js for the smoke tests: POST only, Authorization header instead of
// jolokia.js's username/password (which crash in Node: window.btoa), and Jolokia error responses —
// delivered with HTTP 200 — turned into thrown errors.
//
// jolokia.js is an ESM package ("type": "module") with a CommonJS build; its types are ESM-only, so
// a CommonJS module imports the types with resolution-mode "import" and loads the CJS build.
import { createRequire } from 'node:module';
import type { IJolokia, JolokiaConfiguration, JolokiaErrorResponse, JolokiaRequest, JolokiaStatic, JolokiaSuccessResponse } from 'jolokia.js' with { 'resolution-mode': 'import' };

export const Jolokia = createRequire(__filename)('jolokia.js') as JolokiaStatic;
export type { IJolokia, JolokiaErrorResponse, JolokiaRequest, JolokiaSuccessResponse };

export class JolokiaError extends Error {
  override readonly name = 'JolokiaError';
  constructor(
    readonly status: number,
    readonly errorType: string,
    readonly jolokiaError: string,
    readonly request: JolokiaRequest,
  ) {
    super(`Jolokia ${request.type} failed with status ${status}: ${errorType}: ${jolokiaError}`);
  }
}

/**
 * jolokia.js types its fetch options as Pick<RequestInit, 'cache' | …>; Node's RequestInit (undici)
 * has no `cache`, which makes the property mandatory in the type. Node's fetch does not support it,
 * so it is left out here.
 */
function configuration(c: Omit<JolokiaConfiguration, 'cache'>): JolokiaConfiguration {
  return c as JolokiaConfiguration;
}

/** A client that POSTs; `authHeader` undefined sends no credentials at all. */
export function jolokiaClient(url: string, authHeader: string | undefined): IJolokia {
  return new Jolokia(configuration({ url, method: 'post', timeout: 60_000, ...(authHeader === undefined ? {} : { headers: { Authorization: authHeader } }) }));
}

/** Sends all requests in ONE bulk POST; resolves with the values in order, throws on the first error response. */
export async function bulk(client: IJolokia, requests: JolokiaRequest[]): Promise<unknown[]> {
  const answer = await client.request(requests);
  if (!Array.isArray(answer) || answer.length !== requests.length) throw new Error(`expected ${requests.length} Jolokia responses, got ${JSON.stringify(answer)}`);
  return answer.map((r: JolokiaSuccessResponse | JolokiaErrorResponse, i) => {
    if (Jolokia.isError(r)) throw new JolokiaError(r.status, r.error_type, r.error, requests[i] as JolokiaRequest);
    return r.value;
  });
}
