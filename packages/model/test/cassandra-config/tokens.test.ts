import { MURMUR3_MAX_TOKEN, MURMUR3_MIN_TOKEN, canonicalToken, murmur3TokenProblem, sameTokenSet, tokenSetKey } from '../../src/cassandra-config/tokens';

describe('Murmur3 tokens', () => {
  it('accepts the whole signed 64-bit range, including both ends', () => {
    for (const t of ['0', '-1', '42', MURMUR3_MIN_TOKEN.toString(), MURMUR3_MAX_TOKEN.toString()]) expect(murmur3TokenProblem(t)).toBeUndefined();
  });

  it.each([
    ['9223372036854775808', 'outside the Murmur3 token range'],
    ['-9223372036854775809', 'outside the Murmur3 token range'],
    ['1.5', 'is not a Murmur3 token'],
    ['', 'is not a Murmur3 token'],
    [' 1', 'is not a Murmur3 token'],
    ['0x10', 'is not a Murmur3 token'],
    ['123456789012345678901', 'is not a Murmur3 token'],
  ])('refuses %j', (text, fragment) => {
    expect(murmur3TokenProblem(text)).toContain(fragment);
  });

  it('compares token sets by value, not by order or spelling, without losing 64-bit precision', () => {
    expect(canonicalToken('-007')).toBe('-7');
    expect(sameTokenSet(['3', '-1', '9223372036854775807'], ['9223372036854775807', '-1', '03'])).toBe(true);
    // Two tokens a JS number cannot tell apart.
    expect(sameTokenSet(['9007199254740993'], ['9007199254740992'])).toBe(false);
    expect(sameTokenSet(['1', '2'], ['1'])).toBe(false);
    expect(sameTokenSet(['x'], ['x'])).toBe(false);
    expect(tokenSetKey(['10', '-2', '3'])).toBe('-2,3,10');
  });
});
