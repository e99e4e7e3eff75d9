// Loads jolokia.js from CommonJS. The package is ESM ("type": "module") with a CommonJS build whose
// require() returns the constructor itself; its types are ESM-only, hence resolution-mode "import".
import { createRequire } from 'node:module';
import type {
  IJolokia,
  JolokiaConfiguration,
  JolokiaRequest,
  JolokiaStatic,
  RequestOptions,
} from 'jolokia.js' with { 'resolution-mode': 'import' };

export type { IJolokia, JolokiaRequest };

export const Jolokia = createRequire(__filename)('jolokia.js') as JolokiaStatic;

/**
 * jolokia.js types its fetch options as Pick<RequestInit, 'cache' | …>; Node's RequestInit has no
 * `cache`, which makes the property mandatory in the type although Node's fetch does not support it.
 */
export function jolokiaConfiguration(c: Omit<JolokiaConfiguration, 'cache'>): JolokiaConfiguration {
  return c as JolokiaConfiguration;
}

/** Per-request options, with the same `cache` caveat. */
export function requestOptions(o: Omit<RequestOptions, 'cache'>): RequestOptions {
  return o as RequestOptions;
}
