import { InvalidKeyError } from './errors';

const MAX_KEY_LENGTH = 1024;
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._=+-]*$/;

/**
 * Keys are '/'-separated relative paths whose segments are plain names. This one rule keeps keys
 * valid on S3 and safe as file paths: no absolute paths, no '..', no empty or hidden segments
 * (hidden names are reserved for temp files), no backslashes or control characters.
 */
export function assertValidKey(key: string): void {
  if (key.length === 0) throw new InvalidKeyError(key, 'it is empty');
  if (key.length > MAX_KEY_LENGTH) throw new InvalidKeyError(key, `it is ${key.length} characters long (at most ${MAX_KEY_LENGTH})`);
  if (key.startsWith('/')) throw new InvalidKeyError(key, 'it must be relative (no leading "/")');
  for (const segment of key.split('/')) {
    if (segment.length === 0) throw new InvalidKeyError(key, 'it has an empty path segment ("//" or a trailing "/")');
    if (segment === '.' || segment === '..') throw new InvalidKeyError(key, `segment '${segment}' could escape the storage root`);
    if (!SEGMENT.test(segment)) {
      throw new InvalidKeyError(key, `segment '${segment}' must start with a letter, digit or '_' and contain only letters, digits and . _ = + -`);
    }
  }
}

/** A listing prefix: empty, or a valid key optionally ending in '/'. */
export function assertValidPrefix(prefix: string): void {
  if (prefix === '') return;
  assertValidKey(prefix.endsWith('/') ? prefix.slice(0, -1) : prefix);
}
