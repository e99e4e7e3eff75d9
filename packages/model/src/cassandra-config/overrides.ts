// Validation of cassandra.yaml overrides (key -> JSON-encoded value), shared by the executor's
// rendering and the scheduler's configuration checks.
import type { ConfigProblem } from './problems';
import { FRAMEWORK_OWNED_YAML_KEYS, OVERRIDABLE_YAML_KEYS, RENAMED_YAML_KEYS, type YamlValueKind } from './yaml-keys';
import { editDistance } from '../util/closest';

export interface ValidatedOverrides {
  /** Parsed values of the valid overrides, in key order. */
  readonly values: Readonly<Record<string, unknown>>;
  readonly problems: readonly ConfigProblem[];
}

const DURATION = /^\d+(ns|us|µs|ms|s|m|h|d)$/;
const SIZE = /^\d+(B|KiB|MiB|GiB)$/;
const RATE = /^\d+(B\/s|KiB\/s|MiB\/s)$/;

function has(record: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/**
 * Checks every override: the key must be a known Cassandra 5.0 key the framework does not own, the
 * value valid JSON of that key's type. `fieldPrefix` names the map in the problems' `field`s.
 */
export function validateYamlOverrides(
  overrides: Readonly<Record<string, string>> | null | undefined,
  fieldPrefix = 'yaml_overrides',
): ValidatedOverrides {
  const values: Record<string, unknown> = {};
  const problems: ConfigProblem[] = [];
  for (const key of Object.keys(overrides ?? {}).sort()) {
    const raw = (overrides ?? {})[key] ?? '';
    const field = `${fieldPrefix}.${key}`;
    if (has(FRAMEWORK_OWNED_YAML_KEYS, key)) {
      problems.push({ field, code: 'FRAMEWORK_OWNED_YAML_KEY', message: `'${key}' is set by the framework and cannot be overridden: ${FRAMEWORK_OWNED_YAML_KEYS[key] ?? ''}` });
      continue;
    }
    const renamed = has(RENAMED_YAML_KEYS, key) ? RENAMED_YAML_KEYS[key] : undefined;
    if (renamed) {
      problems.push({
        field,
        code: 'RENAMED_YAML_KEY',
        message: `'${key}' is the pre-4.1 name; use '${renamed.key}' with a unit instead, e.g. ${renamed.key}=${renamed.example}`,
      });
      continue;
    }
    const kind = has(OVERRIDABLE_YAML_KEYS, key) ? OVERRIDABLE_YAML_KEYS[key] : undefined;
    if (kind === undefined) {
      const suggestion = closestKey(key);
      problems.push({
        field,
        code: 'UNKNOWN_YAML_KEY',
        message: `'${key}' is not a cassandra.yaml key this framework knows for Cassandra 5.0 (Cassandra refuses to start with unknown keys)${suggestion ? `; did you mean '${suggestion}'?` : '; check the spelling against the 5.0 cassandra.yaml'}`,
      });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push({
        field,
        code: 'INVALID_JSON',
        message: `the value of '${key}' must be JSON-encoded (strings in double quotes, e.g. "${example(kind)}"), got ${quote(raw)}`,
      });
      continue;
    }
    if (value === null) {
      problems.push({ field, code: 'INVALID_YAML_VALUE', message: `'${key}' cannot be null: remove the override to use Cassandra's default` });
      continue;
    }
    const wrong = checkKind(value, kind);
    if (wrong) {
      problems.push({ field, code: 'INVALID_YAML_VALUE', message: `'${key}' ${wrong}, got ${quote(raw)}` });
      continue;
    }
    values[key] = value;
  }
  return { values, problems };
}

function quote(raw: string): string {
  const shown = raw.length > 80 ? `${raw.slice(0, 77)}...` : raw;
  return JSON.stringify(shown);
}

function example(kind: YamlValueKind): string {
  if (typeof kind === 'object') return kind.oneOf[0] ?? '';
  switch (kind) {
    case 'duration':
      return '10000ms';
    case 'size':
      return '64MiB';
    case 'rate':
      return '64MiB/s';
    case 'boolean':
    case 'integer':
    case 'number':
    case 'string':
    case 'string-list':
    case 'class':
    case 'object':
    case 'object-list':
      return 'value';
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** undefined when `value` is of `kind`; otherwise what was expected. */
function checkKind(value: unknown, kind: YamlValueKind): string | undefined {
  if (typeof kind === 'object') {
    return typeof value === 'string' && kind.oneOf.includes(value) ? undefined : `must be one of ${kind.oneOf.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  switch (kind) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'integer':
      return Number.isSafeInteger(value) ? undefined : 'must be an integer';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number';
    case 'string':
      return typeof value === 'string' && value !== '' ? undefined : 'must be a non-empty string';
    case 'duration':
      return typeof value === 'string' && DURATION.test(value)
        ? undefined
        : 'must be a duration string with a unit, e.g. "10000ms", "10s" or "3h" (units ns, us, ms, s, m, h, d)';
    case 'size':
      return typeof value === 'string' && SIZE.test(value) ? undefined : 'must be a data size string with a unit, e.g. "64MiB" (units B, KiB, MiB, GiB)';
    case 'rate':
      return typeof value === 'string' && RATE.test(value) ? undefined : 'must be a data rate string, e.g. "64MiB/s" (units B/s, KiB/s, MiB/s)';
    case 'string-list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? undefined : 'must be a list of strings, e.g. ["a","b"]';
    case 'class':
      if (typeof value === 'string' && value !== '') return undefined;
      return isPlainObject(value) && typeof value['class_name'] === 'string'
        ? undefined
        : 'must be a class name, or an object {"class_name": "...", "parameters": {...}}';
    case 'object':
      return isPlainObject(value) ? undefined : 'must be a JSON object';
    case 'object-list':
      return Array.isArray(value) && value.every(isPlainObject) ? undefined : 'must be a list of JSON objects, e.g. [{"class_name": "..."}]';
  }
}

/** The known key closest to `key` (edit distance ≤ 3), for "did you mean". */
function closestKey(key: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of Object.keys(OVERRIDABLE_YAML_KEYS)) {
    const d = editDistance(key, candidate, bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
