// Value types of environment settings: how a variable's text is parsed, and how the type is named in
// errors and in the documentation. A parse failure says what the text is not ("is not a whole
// number"); the caller adds which variable it was and what to set instead.

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

export interface ValueType<T> {
  /** How the documentation names the type, e.g. "whole number (1-65535)". */
  readonly label: string;
  /** Format help appended to "set it to ..." in errors, e.g. "in seconds or with units s, m, h, d, w". */
  readonly format?: string;
  /** False when the text must not appear in errors (secrets, URLs with credentials); default true. */
  readonly echo?: (text: string) => boolean;
  parse(text: string): Parsed<T>;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (problem: string): Parsed<never> => ({ ok: false, problem });

function rangeLabel(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` (${min}-${max})`;
  if (min !== undefined) return ` (at least ${min})`;
  if (max !== undefined) return ` (at most ${max})`;
  return '';
}

/** A whole number written in decimal digits; min/max only for settings nothing else validates. */
export function wholeNumber(range: { readonly min?: number; readonly max?: number } = {}): ValueType<number> {
  return {
    label: `whole number${rangeLabel(range.min, range.max)}`,
    parse(text) {
      if (!/^\d+$/.test(text)) return fail('is not a whole number');
      const value = Number(text);
      if (!Number.isSafeInteger(value)) return fail('is too large');
      if ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max)) {
        return fail(`is out of range (${range.min ?? 0}-${range.max ?? Number.MAX_SAFE_INTEGER})`);
      }
      return ok(value);
    },
  };
}

export const decimalNumber: ValueType<number> = {
  label: 'decimal number',
  parse(text) {
    return /^(\d+(\.\d*)?|\.\d+)$/.test(text) ? ok(Number(text)) : fail('is not a decimal number');
  },
};

const DURATION_UNITS: ReadonlyArray<readonly [string, number]> = [
  ['w', 604_800],
  ['d', 86_400],
  ['h', 3_600],
  ['m', 60],
  ['s', 1],
];
const DURATION = /^(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/** Seconds: "90", or with units from weeks down to seconds, largest first: "30s", "5m", "1h30m", "1w". */
export const duration: ValueType<number> = {
  label: 'duration',
  format: 'in seconds or with units s, m, h, d, w (largest first, as in 1h30m)',
  parse(text) {
    if (/^\d+$/.test(text)) return ok(Number(text));
    const match = DURATION.exec(text);
    if (text === '' || !match) return fail('is not a duration');
    let seconds = 0;
    DURATION_UNITS.forEach(([, factor], i) => {
      seconds += Number(match[i + 1] ?? 0) * factor;
    });
    return Number.isSafeInteger(seconds) ? ok(seconds) : fail('is too large');
  },
};

/** "604800" → "1w", "90" → "1m30s", "0" → "0s". */
export function formatDuration(seconds: number): string {
  if (seconds === 0) return '0s';
  let rest = seconds;
  let out = '';
  for (const [unit, factor] of DURATION_UNITS) {
    const n = Math.floor(rest / factor);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * factor;
    }
  }
  return out;
}

const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);

export const booleanValue: ValueType<boolean> = {
  label: 'boolean (true/false, yes/no, on/off, 1/0)',
  parse(text) {
    const t = text.toLowerCase();
    if (TRUE.has(t)) return ok(true);
    if (FALSE.has(t)) return ok(false);
    return fail('is not true or false');
  },
};

/** One of `values`, matched without regard to case; the result is the canonical spelling. */
export function choice<T extends string>(values: readonly T[]): ValueType<T> {
  return {
    label: `one of ${values.join(', ')}`,
    parse(text) {
      const found = values.find((v) => v.toLowerCase() === text.toLowerCase());
      return found !== undefined ? ok(found) : fail(`is not one of ${values.join(', ')}`);
    },
  };
}

/** Any text; checks belong to the config validation (or to a stricter type). */
export const text: ValueType<string> = { label: 'text', parse: (t) => ok(t) };

/** Text matching `pattern`; `problem` says what it is not. */
export function matching(label: string, pattern: RegExp, problem: string): ValueType<string> {
  return { label, parse: (t) => (pattern.test(t) ? ok(t) : fail(problem)) };
}

/**
 * A JSON object whose values may be any JSON; the result maps each key to its JSON-encoded value
 * (the FrameworkConfig.yaml_overrides form).
 */
export const jsonObject: ValueType<Record<string, string>> = {
  label: 'JSON object',
  parse(t) {
    let value: unknown;
    try {
      value = JSON.parse(t);
    } catch (e) {
      return fail(`is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('is not a JSON object');
    const out: Record<string, string> = {};
    for (const [key, v] of Object.entries(value)) out[key] = JSON.stringify(v);
    return ok(out);
  },
};

/** How a value appears in an error: JSON-quoted, long values shortened. */
export function quoteValue(raw: string): string {
  return JSON.stringify(raw.length > 120 ? `${raw.slice(0, 117)}...` : raw);
}
