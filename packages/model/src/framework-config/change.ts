// Changing a deployed configuration: which fields differ, what each difference does to the running
// cluster, and which differences are not allowed at all.
import type { ConfigProblem } from '../cassandra-config/problems';
import { CONFIG_FIELD_NAMES, CONFIG_FIELD_RULES, YAML_OVERRIDES_RULE, normalizeFrameworkConfig, type ChangeEffect, type FieldNaming, type FrameworkConfigInput } from './fields';
import { validateFrameworkConfig } from './validate';

export interface ConfigChange {
  /** Proto field path, e.g. "resources.mem_mb" or "yaml_overrides.concurrent_reads". */
  readonly field: string;
  /** The values as text (JSON for strings and yaml override values); "(not set)" for an absent override. */
  readonly from: string;
  readonly to: string;
  readonly effect: ChangeEffect;
  readonly why: string;
}

export interface ConfigDiff {
  /** Changed fields in table order, then yaml overrides by key. Empty = the configs are identical. */
  readonly changes: readonly ConfigChange[];
  /** True when applying the candidate restarts every node (one at a time). */
  readonly rollingRestart: boolean;
  /** True when nodes are added or removed. */
  readonly scale: boolean;
}

const NOT_SET = '(not set)';

/** What differs between `current` and `candidate`, and what each difference does. */
export function diffConfig(current: FrameworkConfigInput, candidate: FrameworkConfigInput): ConfigDiff {
  const a = normalizeFrameworkConfig(current);
  const b = normalizeFrameworkConfig(candidate);
  const changes: ConfigChange[] = [];
  for (const rule of CONFIG_FIELD_RULES) {
    const from = rule.show(a);
    const to = rule.show(b);
    if (from !== to) changes.push({ field: rule.path, from, to, effect: rule.effect, why: rule.why });
  }
  const keys = [...new Set([...Object.keys(a.yamlOverrides), ...Object.keys(b.yamlOverrides)])].sort();
  for (const key of keys) {
    const from = a.yamlOverrides[key] ?? NOT_SET;
    const to = b.yamlOverrides[key] ?? NOT_SET;
    if (from !== to) changes.push({ field: `${YAML_OVERRIDES_RULE.path}.${key}`, from, to, effect: YAML_OVERRIDES_RULE.effect, why: YAML_OVERRIDES_RULE.why });
  }
  return {
    changes,
    rollingRestart: changes.some((c) => c.effect === 'ROLLING_RESTART'),
    scale: changes.some((c) => c.effect === 'SCALE'),
  };
}

/**
 * Every problem of replacing the deployed `current` with `candidate`: the candidate's own problems
 * (validateFrameworkConfig) plus each immutable field it changes (code IMMUTABLE_FIELD).
 */
export function validateConfigChange(current: FrameworkConfigInput, candidate: FrameworkConfigInput, name: FieldNaming = CONFIG_FIELD_NAMES): ConfigProblem[] {
  const problems = validateFrameworkConfig(candidate, name);
  for (const change of diffConfig(current, candidate).changes) {
    if (change.effect !== 'IMMUTABLE') continue;
    const n = name(change.field);
    problems.push({
      field: n,
      code: 'IMMUTABLE_FIELD',
      message: `${n} cannot change after the first deploy (it is ${change.from}, the new configuration has ${change.to}): ${change.why}; set it back to ${change.from}`,
    });
  }
  return problems;
}
