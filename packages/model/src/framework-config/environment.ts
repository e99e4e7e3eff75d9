// The scheduler's configuration from its environment (Marathon app env): every variable of
// SCHEDULER_ENVIRONMENT parsed, defaults applied, the resulting FrameworkConfig validated, and every
// problem reported at once in the operator's terms (variable names). Secret values never appear in
// an error.
import type { ConfigProblem } from '../cassandra-config/problems';
import { closestName } from '../util/closest';
import { normalizeFrameworkConfig, type CompleteFrameworkConfig } from './fields';
import { formatBackupLocation } from './backup-location';
import { INITIAL_TOKENS_FROM_VARIABLE } from './initial-tokens';
import { SchedulerSecrets, type SecretName } from './secrets';
import type { ConfigDraft, SettingsDraft } from './setting-types';
import { ENVIRONMENT_NAMES, ENV_PREFIX, OTHER_COMPONENT_VARIABLES, SCHEDULER_ENVIRONMENT, type SchedulerSetting, type SchedulerSettings } from './settings';
import { validateFrameworkConfig } from './validate';
import { quoteValue } from './values';

export type Environment = Readonly<Record<string, string | undefined>>;

export type SchedulerEnvironmentResult =
  | { readonly ok: true; readonly config: CompleteFrameworkConfig; readonly settings: SchedulerSettings; readonly secrets: SchedulerSecrets }
  | { readonly ok: false; readonly errors: ConfigProblem[] };

const KNOWN = SCHEDULER_ENVIRONMENT.map((s) => s.name);

function unknownVariables(env: Environment): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const name of Object.keys(env).sort()) {
    if (!name.startsWith(ENV_PREFIX) || KNOWN.includes(name) || Object.prototype.hasOwnProperty.call(OTHER_COMPONENT_VARIABLES, name)) continue;
    const suggestion = closestName(name, KNOWN, ENV_PREFIX);
    // The value is not shown: a misspelled secret is still a secret.
    problems.push({
      field: name,
      code: 'UNKNOWN_VARIABLE',
      message: suggestion
        ? `${name} is not a setting of the scheduler; did you mean ${suggestion}? Rename it, or remove it (a misspelled setting would be ignored silently)`
        : `${name} is not a setting of the scheduler (docs/configuration.md lists them all): remove it, or rename it to the setting you meant`,
    });
  }
  return problems;
}

function whatToSet(s: SchedulerSetting): string {
  const format = s.type.format ? `, ${s.type.format}` : '';
  const example = s.example !== undefined && s.sets.kind !== 'secret' ? `, e.g. ${s.example}` : '';
  return `${s.expects}${format}${example}`;
}

function parseProblem(s: SchedulerSetting, text: string, problem: string, fromDefault: boolean): ConfigProblem {
  const echo = s.type.echo?.(text) ?? true;
  if (fromDefault) {
    const origin = typeof s.default === 'string' ? 'its default' : `its default (${s.default.doc.replace(/`/g, '')})`;
    return { field: s.name, code: 'INVALID_VALUE', message: `${s.name} is not set and ${origin}${echo ? ` ${quoteValue(text)}` : ''} ${problem}: set ${s.name} to ${whatToSet(s)}` };
  }
  return { field: s.name, code: 'INVALID_VALUE', message: `${s.name}${echo ? `=${quoteValue(text)}` : ''} ${problem}: set it to ${whatToSet(s)}` };
}

/** True when `message` mentions the variable `name` (not merely a longer name starting with it). */
function mentions(message: string, name: string): boolean {
  return new RegExp(`${name}(?![A-Z0-9_])`).test(message);
}

function crossChecks(secrets: Partial<Record<SecretName, string>>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const v = (n: string): string => `${ENV_PREFIX}${n}`;
  const keyId = secrets.s3AccessKeyId !== undefined;
  const key = secrets.s3SecretAccessKey !== undefined;
  if (keyId !== key) {
    const [set, missing] = keyId ? [v('S3_ACCESS_KEY_ID'), v('S3_SECRET_ACCESS_KEY')] : [v('S3_SECRET_ACCESS_KEY'), v('S3_ACCESS_KEY_ID')];
    problems.push({ field: missing, code: 'INCOMPLETE_S3_CREDENTIALS', message: `${set} is set but ${missing} is not: S3 needs both; set ${missing} too, or unset ${set}` });
  }
  if (secrets.s3SessionToken !== undefined && !(keyId && key)) {
    problems.push({ field: v('S3_SESSION_TOKEN'), code: 'INCOMPLETE_S3_CREDENTIALS', message: `${v('S3_SESSION_TOKEN')} is set without ${v('S3_ACCESS_KEY_ID')} and ${v('S3_SECRET_ACCESS_KEY')}: a session token belongs to temporary credentials; set all three` });
  }
  return problems;
}

const SETTING_KEYS = [
  'zookeeper', 'stateDir', 'mesosMaster', 'apiHost', 'apiPort', 'logLevel', 'executorCommand', 'artifactDir',
  'backupLocation', 'backupDirectory', 's3Endpoint', 's3Region', 'backupConcurrency', 'backupPartSizeMb', 'backupRateLimitMbps', 'pauseSrv', 'grpcPort',
] as const satisfies ReadonlyArray<keyof SchedulerSettings>;

function completeSettings(s: SettingsDraft): SchedulerSettings {
  const missing = SETTING_KEYS.filter((key) => s[key] === undefined);
  if (missing.length > 0) {
    throw new Error(`SCHEDULER_ENVIRONMENT lacks a variable for SchedulerSettings ${missing.join(', ')}: every setting needs a row in the table`);
  }
  return s as SchedulerSettings;
}

/** Settings that are valid alone but not together. */
function settingsCrossChecks(s: SettingsDraft): ConfigProblem[] {
  if (s.grpcPort !== undefined && s.grpcPort !== 0 && s.grpcPort === s.apiPort) {
    const v = (n: string): string => `${ENV_PREFIX}${n}`;
    return [{ field: v('GRPC_PORT'), code: 'PORT_CONFLICT', message: `${v('GRPC_PORT')} and ${v('API_PORT')} are both ${s.grpcPort}: the gRPC and REST servers need a port each; change one of them (or set ${v('GRPC_PORT')}=0 for no gRPC server)` }];
  }
  return [];
}

/** The scheduler reads the backup's manifests itself: a backup on the agents' disks is out of its reach. */
function initialTokensCrossCheck(config: ConfigDraft, settings: SettingsDraft): ConfigProblem[] {
  const source = config.initialTokens.source;
  if (source === '' || settings.backupLocation?.storage !== 'local') return [];
  return [
    {
      field: INITIAL_TOKENS_FROM_VARIABLE,
      code: 'INITIAL_TOKENS_NEED_S3',
      message: `${INITIAL_TOKENS_FROM_VARIABLE}=${source} needs ${ENV_PREFIX}BACKUP_LOCATION to be the s3:// location of that backup (it is ${formatBackupLocation(settings.backupLocation)}): the scheduler reads the backup's node manifests itself, and local backups live on the agents' disks`,
    },
  ];
}

/**
 * Reads the scheduler's configuration from `env` (the process environment, injected). Unset or
 * empty variables take their default. Either everything is valid, or every problem is returned.
 */
export function parseSchedulerEnvironment(env: Environment): SchedulerEnvironmentResult {
  const errors = unknownVariables(env);
  const resolved = new Map<string, string>();
  const failed: string[] = [];
  // A fresh object: normalizeFrameworkConfig copies, so the draft may be filled in place.
  const config: ConfigDraft = normalizeFrameworkConfig({});
  const settings: SettingsDraft = {};
  const secrets: Partial<Record<SecretName, string>> = {};

  for (const s of SCHEDULER_ENVIRONMENT) {
    const raw = env[s.name] ?? '';
    // Secrets are taken verbatim (their type refuses stray whitespace); other values are trimmed.
    const given = s.sets.kind === 'secret' ? raw : raw.trim();
    const fromDefault = given === '';
    const text = !fromDefault ? given : typeof s.default === 'string' ? s.default : s.default.derive((n) => resolved.get(n) ?? '', env);
    resolved.set(s.name, text);
    if (s.sets.kind === 'secret' && text === '') continue;
    const parsed = s.type.parse(text);
    if (!parsed.ok) {
      failed.push(s.name);
      errors.push(parseProblem(s, text, parsed.problem, fromDefault));
      continue;
    }
    if (s.sets.kind === 'secret') secrets[s.sets.key] = String(parsed.value);
    else s.apply(parsed.value, config, settings);
  }

  errors.push(...crossChecks(secrets), ...settingsCrossChecks(settings), ...initialTokensCrossCheck(config, settings));
  const complete = normalizeFrameworkConfig(config);
  for (const problem of validateFrameworkConfig(complete, ENVIRONMENT_NAMES)) {
    // A variable that did not parse holds its default: problems about it (or comparing with it) would mislead.
    if (failed.some((name) => problem.field === name || problem.field.startsWith(`${name}.`) || mentions(problem.message, name))) continue;
    // Map entries (yaml overrides) are named "<VARIABLE>.<key>": say which variable holds them.
    const variable = problem.field.split('.')[0] ?? problem.field;
    errors.push(mentions(problem.message, variable) ? problem : { ...problem, message: `${variable}: ${problem.message}` });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, config: complete, settings: completeSettings(settings), secrets: new SchedulerSecrets(secrets) };
}
