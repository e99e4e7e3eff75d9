// stout Duration strings, as the Mesos agent writes them into an executor's environment:
// "<number><unit>" with unit ns, us, ms, secs, mins, hrs, days or weeks; the number may be fractional.

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  ms: 1,
  secs: 1000,
  mins: 60_000,
  hrs: 3_600_000,
  days: 86_400_000,
  weeks: 604_800_000,
};

export class DurationFormatError extends Error {
  readonly code = 'DURATION_MALFORMED';
  constructor(message: string) {
    super(message);
    this.name = 'DurationFormatError';
  }
}

/** Parses a stout duration ("5secs", "2.5secs", "15mins", "100ms") into milliseconds. */
export function parseDuration(text: string): number {
  const match = /^\s*([0-9]+(?:\.[0-9]+)?|\.[0-9]+)\s*(ns|us|ms|secs|mins|hrs|days|weeks)\s*$/.exec(text);
  if (!match) {
    throw new DurationFormatError(
      `'${text}' is not a duration: expected <number><unit> with unit one of ${Object.keys(UNIT_MS).join(', ')} (e.g. 5secs, 2.5secs, 15mins)`,
    );
  }
  const value = Number(match[1]);
  const unit = UNIT_MS[match[2] as string] as number;
  const ms = value * unit;
  if (!Number.isFinite(ms)) throw new DurationFormatError(`duration '${text}' is too large`);
  return ms;
}
