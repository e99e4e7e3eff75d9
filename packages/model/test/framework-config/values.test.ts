import { formatDuration } from '../../src';
import { closestName, editDistance } from '../../src/util/closest';
import { booleanValue, choice, decimalNumber, duration, jsonObject, wholeNumber } from '../../src/framework-config/values';

const value = <T>(r: { ok: true; value: T } | { ok: false; problem: string }) => (r.ok ? r.value : `error: ${r.problem}`);

describe('setting value types', () => {
  it('parses durations in seconds or units, largest first', () => {
    expect(value(duration.parse('0'))).toBe(0);
    expect(value(duration.parse('45s'))).toBe(45);
    expect(value(duration.parse('1w2d3h4m5s'))).toBe(604_800 + 2 * 86_400 + 3 * 3600 + 4 * 60 + 5);
    for (const bad of ['', '5 m', '1m1h', '1.5h', '-5s', '10ms', 'forever']) expect(value(duration.parse(bad))).toBe('error: is not a duration');
  });

  it('formats durations with the largest units', () => {
    expect([0, 45, 90, 3600, 5400, 604_800, 1_209_600 + 1].map(formatDuration)).toEqual(['0s', '45s', '1m30s', '1h', '1h30m', '1w', '2w1s']);
  });

  it('parses whole and decimal numbers strictly', () => {
    expect(value(wholeNumber().parse('42'))).toBe(42);
    for (const bad of ['4.2', '-1', '1e3', '0x10', ' 1']) expect(value(wholeNumber().parse(bad))).toBe('error: is not a whole number');
    expect(value(wholeNumber().parse('99999999999999999999'))).toBe('error: is too large');
    expect(value(wholeNumber({ min: 1, max: 10 }).parse('11'))).toBe('error: is out of range (1-10)');
    expect([value(decimalNumber.parse('0.5')), value(decimalNumber.parse('.5')), value(decimalNumber.parse('2.'))]).toEqual([0.5, 0.5, 2]);
    expect(value(decimalNumber.parse('1,5'))).toBe('error: is not a decimal number');
  });

  it('parses booleans and choices without regard to case', () => {
    expect(['TRUE', 'yes', 'On', '1', 'false', 'NO', 'off', '0'].map((t) => value(booleanValue.parse(t)))).toEqual([true, true, true, true, false, false, false, false]);
    expect(value(choice(['PERSISTENT_VOLUME', 'SANDBOX']).parse('sandbox'))).toBe('SANDBOX');
  });

  it('turns a JSON object into JSON-encoded values', () => {
    expect(value(jsonObject.parse('{"a": 1, "b": "x", "c": [true], "d": {"e": null}}'))).toEqual({ a: '1', b: '"x"', c: '[true]', d: '{"e":null}' });
    expect(value(jsonObject.parse('null'))).toBe('error: is not a JSON object');
    const invalid = jsonObject.parse('{a: 1}');
    expect(invalid.ok ? 'parsed' : invalid.problem).toMatch(/^is not valid JSON \(/);
  });
});

describe('closestName', () => {
  const names = ['P_NODE_COUNT', 'P_SEED_COUNT', 'P_MEM_MB', 'P_API_TOKEN'];
  it('suggests a close name and nothing for an unrelated one', () => {
    expect(closestName('P_NODE_CONT', names, 'P_')).toBe('P_NODE_COUNT');
    expect(closestName('P_MEMORY_MB', names, 'P_')).toBe('P_MEM_MB');
    expect(closestName('P_COMPLETELY_DIFFERENT', names, 'P_')).toBeUndefined();
  });
  it('computes edit distances up to a limit', () => {
    expect(editDistance('kitten', 'sitting', 10)).toBe(3);
    expect(editDistance('abc', 'abc', 5)).toBe(0);
    expect(editDistance('a', 'abcdefgh', 3)).toBe(3);
  });
});
