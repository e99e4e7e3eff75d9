const TWO_64 = 1n << 64n;
const TWO_63 = 1n << 63n;

/**
 * Balanced Murmur3 tokens for `n` nodes with num_tokens 1, as ccm computes them:
 * token(i) = i * floor(2^64 / n) - 2^63. Strings, because they do not fit a JS number.
 */
export function balancedTokens(n: number): string[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`node count must be a positive integer, got ${n}`);
  const step = TWO_64 / BigInt(n);
  return Array.from({ length: n }, (_, i) => (BigInt(i) * step - TWO_63).toString());
}
