// The pure core of a configuration update: a candidate is validated against the running target and
// either becomes a new version and the new target, or is rejected; a rejection is recorded on the
// target (shown in the plan) while the old target keeps running. The caller stores the result with
// a compare-and-set.
import type { cassandra_mesos } from '../gen/cassandra_mesos';
import type { ConfigProblem } from '../cassandra-config/problems';
import { diffConfig, validateConfigChange, type ConfigChange } from './change';
import { CONFIG_FIELD_NAMES, normalizeFrameworkConfig, type CompleteFrameworkConfig, type FieldNaming, type FrameworkConfigInput } from './fields';
import { validateFrameworkConfig } from './validate';

export type ConfigSource = 'env' | 'api' | 'migration';

export interface ConfigVersionRecord {
  readonly id: string;
  readonly createdAtMs: number;
  readonly config: CompleteFrameworkConfig;
  readonly source: string;
}

export interface ConfigTargetRecord {
  /** '' while no configuration was ever accepted. */
  readonly targetId: string;
  readonly previousTargetId: string;
  /** A plain array, so the record can be handed to ConfigTarget.encode as is. */
  readonly rejectedErrors: ConfigProblem[];
  /** 0 when the last candidate was not rejected. */
  readonly rejectedAtMs: number;
  /** configFingerprint of the environment's configuration last accepted at a start ('' = none yet). */
  readonly envFingerprint: string;
}

export interface ConfigState {
  readonly target: cassandra_mesos.v1.ConfigTarget.$Properties | undefined;
  /** The stored version target.target_id names (undefined before the first accepted config). */
  readonly current: cassandra_mesos.v1.ConfigVersion.$Properties | undefined;
}

export type ConfigDecision =
  | {
      readonly accepted: true;
      /** False when the candidate equals the current version: nothing new is stored, the version is the current one. */
      readonly newVersion: boolean;
      readonly version: ConfigVersionRecord;
      readonly target: ConfigTargetRecord;
      readonly rollingRestart: boolean;
      readonly changes: readonly ConfigChange[];
    }
  | {
      readonly accepted: false;
      /** The old target, unchanged but for rejected_errors and rejected_at_ms. */
      readonly target: ConfigTargetRecord;
      readonly errors: readonly ConfigProblem[];
    };

export interface ProposeOptions {
  /** Where the candidate came from (ConfigVersion.source); default "env". */
  readonly source?: ConfigSource;
  /** Names fields in errors, e.g. ENVIRONMENT_NAMES when the candidate came from the environment. */
  readonly naming?: FieldNaming;
  /** The candidate is the environment's at a start, with this configFingerprint: kept when accepted. */
  readonly envFingerprint?: string;
}

function targetRecord(t: cassandra_mesos.v1.ConfigTarget.$Properties | undefined): ConfigTargetRecord {
  return {
    targetId: t?.targetId ?? '',
    previousTargetId: t?.previousTargetId ?? '',
    rejectedErrors: (t?.rejectedErrors ?? []).map((e) => ({ field: e.field ?? '', code: e.code ?? '', message: e.message ?? '' })),
    rejectedAtMs: t?.rejectedAtMs ?? 0,
    envFingerprint: t?.envFingerprint ?? '',
  };
}

/**
 * Decides what becomes of `candidate`. `newId` (a fresh uuid) names the new version if one is made;
 * `nowMs` is its creation time, or the rejection time. Throws when `state` is inconsistent (a
 * target naming a version that is missing or has no config): that is damaged state, not bad input.
 */
export function proposeConfigTarget(state: ConfigState, candidate: FrameworkConfigInput, nowMs: number, newId: string, options: ProposeOptions = {}): ConfigDecision {
  const naming = options.naming ?? CONFIG_FIELD_NAMES;
  const old = targetRecord(state.target);
  const current = state.current;
  if (old.targetId !== '' && current?.id !== old.targetId) {
    throw new Error(`config target ${old.targetId} names a version that was not given (got ${current?.id ?? 'none'}): pass the stored version the target names`);
  }
  if (current && !current.config) throw new Error(`config version ${current.id ?? '(no id)'} has no config: the stored configuration is damaged`);
  const currentConfig = current?.config ? normalizeFrameworkConfig(current.config) : undefined;

  // An accepted environment candidate is remembered; any other change keeps the one remembered before.
  const envFingerprint = options.envFingerprint ?? old.envFingerprint;
  const errors = currentConfig ? validateConfigChange(currentConfig, candidate, naming) : validateFrameworkConfig(candidate, naming);
  if (errors.length > 0) {
    return { accepted: false, target: { ...old, rejectedErrors: errors, rejectedAtMs: nowMs }, errors };
  }

  const config = normalizeFrameworkConfig(candidate);
  const diff = currentConfig ? diffConfig(currentConfig, config) : undefined;
  if (current && currentConfig && diff && diff.changes.length === 0) {
    // Identical: keep the version; a valid candidate clears an earlier rejection (the operator reverted it).
    return {
      accepted: true,
      newVersion: false,
      version: { id: current.id ?? '', createdAtMs: current.createdAtMs ?? 0, config: currentConfig, source: current.source ?? '' },
      target: { ...old, rejectedErrors: [], rejectedAtMs: 0, envFingerprint },
      rollingRestart: false,
      changes: [],
    };
  }
  if (newId === '' || newId === old.targetId) throw new Error(`a new config version needs a fresh id, got ${JSON.stringify(newId)}`);
  return {
    accepted: true,
    newVersion: true,
    version: { id: newId, createdAtMs: nowMs, config, source: options.source ?? 'env' },
    target: { targetId: newId, previousTargetId: old.targetId, rejectedErrors: [], rejectedAtMs: 0, envFingerprint },
    // The first deploy starts nodes; it restarts none.
    rollingRestart: diff?.rollingRestart ?? false,
    changes: diff?.changes ?? [],
  };
}

/**
 * A stable fingerprint of a configuration (same settings, same fingerprint, whatever the field order or
 * defaults spelled out): FNV-1a over its canonical JSON, as 16 hex digits. Used to tell whether the
 * environment changed since the scheduler last proposed it.
 */
export function configFingerprint(candidate: FrameworkConfigInput): string {
  const text = canonicalJson(normalizeFrameworkConfig(candidate));
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
