import { DurationFormatError, parseDuration } from '../../src/util/duration';

describe('parseDuration (stout Duration strings)', () => {
  it.each([
    ['5secs', 5000],
    ['2.5secs', 2500],
    ['15mins', 900_000],
    ['100ms', 100],
    ['1days', 86_400_000],
    ['2weeks', 1_209_600_000],
    ['3hrs', 10_800_000],
    ['1500us', 1.5],
    ['2000000ns', 2],
    ['0secs', 0],
    ['.5secs', 500],
  ])('%s = %d ms', (text, ms) => {
    expect(parseDuration(text)).toBeCloseTo(ms, 9);
  });

  it.each(['', '5', 'secs', '5 seconds', '5s', '-1secs', '1e3secs', '5secs5', '1,5secs', 'NaNsecs'])('rejects %p', (text) => {
    expect(() => parseDuration(text)).toThrow(DurationFormatError);
  });

  it('names the accepted units in the error', () => {
    expect(() => parseDuration('5s')).toThrow(/'5s' is not a duration.*secs, mins/);
  });
});
