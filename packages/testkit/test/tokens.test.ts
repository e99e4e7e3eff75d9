import { balancedTokens } from '../src/cassandra/tokens';

describe('balancedTokens', () => {
  it('matches the ccm formula for 3 nodes', () => {
    expect(balancedTokens(3)).toEqual(['-9223372036854775808', '-3074457345618258603', '3074457345618258602']);
  });

  it('gives one node the minimum token and splits 2 nodes at 0', () => {
    expect(balancedTokens(1)).toEqual(['-9223372036854775808']);
    expect(balancedTokens(2)).toEqual(['-9223372036854775808', '0']);
  });

  it('keeps every token inside the Murmur3 range and strictly increasing', () => {
    for (let n = 1; n <= 16; n++) {
      const tokens = balancedTokens(n).map(BigInt);
      expect(tokens[0]).toBe(-(2n ** 63n));
      for (let i = 1; i < n; i++) expect(tokens[i]! > tokens[i - 1]!).toBe(true);
      expect(tokens[n - 1]! < 2n ** 63n).toBe(true);
    }
  });

  it('rejects a non-positive or fractional node count', () => {
    expect(() => balancedTokens(0)).toThrow(RangeError);
    expect(() => balancedTokens(1.5)).toThrow(RangeError);
  });
});
