// Murmur3Partitioner tokens as text: what cassandra.yaml's initial_token, the ring tables and backup
// manifests hold. Tokens are signed 64-bit integers, so they are compared as BigInt (a JS number
// loses precision above 2^53 and would make two different tokens look equal).

export const MURMUR3_MIN_TOKEN = -(2n ** 63n);
export const MURMUR3_MAX_TOKEN = 2n ** 63n - 1n;

const DECIMAL = /^-?\d{1,20}$/;

/** Why `text` is not a Murmur3 token, or undefined when it is one. */
export function murmur3TokenProblem(text: string): string | undefined {
  if (!DECIMAL.test(text)) return `'${text.length > 40 ? `${text.slice(0, 37)}...` : text}' is not a Murmur3 token (a decimal signed 64-bit integer)`;
  const value = BigInt(text);
  if (value < MURMUR3_MIN_TOKEN || value > MURMUR3_MAX_TOKEN) return `'${text}' is outside the Murmur3 token range [-2^63, 2^63-1]`;
  return undefined;
}

/** The canonical text of a valid token ("007" and "7" are the same token). */
export function canonicalToken(text: string): string {
  return BigInt(text).toString();
}

/** A token set as one comparable key: canonical tokens in numeric order, comma-joined. */
export function tokenSetKey(tokens: readonly string[]): string {
  return tokens
    .map((t) => BigInt(t))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map(String)
    .join(',');
}

/** True when both lists hold the same tokens (order and spelling aside); false when either holds a non-token. */
export function sameTokenSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  if ([...a, ...b].some((t) => murmur3TokenProblem(t) !== undefined)) return false;
  return tokenSetKey(a) === tokenSetKey(b);
}
