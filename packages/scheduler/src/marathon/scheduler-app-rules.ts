// Rules for a Marathon app that runs THIS scheduler, on top of Marathon's own: its environment is a
// configuration the scheduler accepts, secrets come from the secret store and never as literals,
// the state survives a task restart, the health and readiness checks reach the endpoints the
// scheduler serves on the port it listens on, and the command runs the packaged launcher.
import { ENV_PREFIX, parseSchedulerEnvironment, SCHEDULER_ENVIRONMENT, type SchedulerSetting } from '@cassandra-mesos/model';
import { MARATHON_DEFAULTS, type MarathonApp } from './app-schema';
import { isSingleInstanceApp, LABEL, upgradeStrategyOf } from './app-rules';
import { formatPath, problem, type MarathonAppProblem } from './problems';

/** Where the scheduler artifact (`npm run package`) puts its launcher, relative to the sandbox. */
export const SCHEDULER_LAUNCHER = 'cassandra-mesos-scheduler/bin/cassandra-mesos-scheduler';
/** The scheduler artifact's file name; it extracts to cassandra-mesos-scheduler/. */
export const SCHEDULER_ARTIFACT = /(^|\/)cassandra-mesos-scheduler-(\d+\.\d+\.\d+[0-9A-Za-z.+-]*)\.tar\.gz$/;
/** The scheduler's process liveness endpoint (200 while the process serves requests). */
export const LIVENESS_PATH = '/health/process';
/** The deploy plan: 200 when it is COMPLETE, 503 otherwise (the DC/OS readiness and migration contract). */
export const DEPLOY_PLAN_PATHS: readonly string[] = ['/v1/plan', '/v1/plans/deploy'];

/**
 * Env values of secret variables are replaced by this when the environment is test-parsed: the
 * real value comes from the secret store at launch and is never known here. It satisfies every
 * secret's format (no surrounding whitespace, at least 16 characters).
 */
const SECRET_STAND_IN = 'value-from-the-marathon-secret-store';
/** A Node heap above this share of the task memory leaves too little for buffers, code and stacks. */
const MAX_HEAP_SHARE = 0.75;

function settingName(match: (s: SchedulerSetting) => boolean): string {
  const found = SCHEDULER_ENVIRONMENT.find(match);
  if (!found) throw new Error('SCHEDULER_ENVIRONMENT lacks a setting the Marathon app rules rely on: update scheduler-app-rules.ts with the settings table');
  return found.name;
}

const V = {
  zookeeper: settingName((s) => s.sets.kind === 'setting' && s.sets.key === 'zookeeper'),
  apiPort: settingName((s) => s.sets.kind === 'setting' && s.sets.key === 'apiPort'),
  executorCommand: settingName((s) => s.sets.kind === 'setting' && s.sets.key === 'executorCommand'),
  frameworkName: settingName((s) => s.sets.kind === 'config' && s.sets.path === 'framework_name'),
};
const SECRET_VARIABLES = SCHEDULER_ENVIRONMENT.filter((s) => s.sets.kind === 'secret').map((s) => s.name);
/** Values the scheduler hands to a shell later (the executor's command line): `$` is meant there. */
const SHELL_VARIABLES: ReadonlySet<string> = new Set([V.executorCommand]);

type Env = NonNullable<MarathonApp['env']>;

function literal(env: Env, name: string): string | undefined {
  const v = env[name];
  return typeof v === 'string' ? v.trim() : undefined;
}

function isSet(env: Env, name: string): boolean {
  const v = env[name];
  return v !== undefined && (typeof v !== 'string' || v.trim() !== '');
}

function environmentProblems(env: Env): MarathonAppProblem[] {
  const out: MarathonAppProblem[] = [];
  const unexpanded = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (typeof value !== 'string' || !name.startsWith(ENV_PREFIX) || SHELL_VARIABLES.has(name)) continue;
    if (/\$\{?[A-Za-z_]/.test(value)) {
      unexpanded.add(name);
      const hint = name === V.apiPort ? `; leave ${V.apiPort} unset: the scheduler reads PORT0 itself` : '; put the value itself, or export the variable in cmd before the launcher';
      out.push(problem(formatPath(['env', name]), 'ENV_NOT_EXPANDED', `refers to another variable, but Marathon copies env values verbatim (no shell expansion)${hint}`));
    }
  }
  for (const name of SECRET_VARIABLES) {
    const v = env[name];
    if (typeof v === 'string' && v !== '') {
      out.push(problem(formatPath(['env', name]), 'LITERAL_SECRET', `holds a literal secret, which everyone who can read the app (and its version history) sees: store it in the secret store and reference it, e.g. "secrets": {"${secretKeyOf(name)}": {"source": "cassandra/${secretKeyOf(name)}"}} and "${name}": {"secret": "${secretKeyOf(name)}"}`));
    }
  }
  // The scheduler's own parser decides what is valid, so the app cannot drift from docs/configuration.md.
  const asTheSchedulerSeesIt: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (unexpanded.has(name)) continue;
    if (typeof value === 'string') asTheSchedulerSeesIt[name] = value;
    // Any other value from the secret store is unknown here: the scheduler checks it at start.
    else if (SECRET_VARIABLES.includes(name)) asTheSchedulerSeesIt[name] = SECRET_STAND_IN;
  }
  const parsed = parseSchedulerEnvironment(asTheSchedulerSeesIt);
  if (!parsed.ok) {
    for (const e of parsed.errors) out.push(problem(formatPath(['env', e.field.split('.')[0] ?? e.field]), e.code, e.message));
  }
  return out;
}

function secretKeyOf(variable: string): string {
  return variable.slice(ENV_PREFIX.length).toLowerCase().replace(/_/g, '-');
}

function commandSecretProblems(app: MarathonApp): MarathonAppProblem[] {
  const out: MarathonAppProblem[] = [];
  const texts: [string, string][] = [];
  if (app.cmd !== undefined) texts.push(['cmd', app.cmd]);
  (app.args ?? []).forEach((a, i) => texts.push([`args[${i}]`, a]));
  for (const [at, text] of texts) {
    for (const name of SECRET_VARIABLES) {
      if (new RegExp(`\\b${name}=(?!["']?\\$)`).test(text)) out.push(problem(at, 'LITERAL_SECRET', `sets ${name} literally, so the secret is visible in the app definition: remove it and reference the secret store in env: "${name}": {"secret": "<name in secrets>"}`));
    }
  }
  return out;
}

function stateAndInstanceProblems(app: MarathonApp, env: Env): MarathonAppProblem[] {
  const out: MarathonAppProblem[] = [];
  const instances = app.instances ?? MARATHON_DEFAULTS.instances;
  const zk = isSet(env, V.zookeeper);
  if (instances > 1 && !zk) {
    out.push(problem('instances', 'STANDBY_WITHOUT_ELECTION', `${instances} schedulers need leader election so that only one talks to Mesos, and leader election runs in ZooKeeper: set env.${V.zookeeper}, or set instances to 1`));
  } else if (!zk) {
    out.push(problem(formatPath(['env', V.zookeeper]), 'STATE_NOT_DURABLE', `is not set, so the scheduler keeps its state (framework id, nodes, plans) in its sandbox, which Marathon discards whenever it restarts or moves the task: set it to the ZooKeeper ensemble, e.g. zk://zk-1:2181,zk-2:2181,zk-3:2181/cassandra-mesos`));
  }
  if (instances <= 1) {
    if (!isSingleInstanceApp(app)) out.push(problem(`labels.${LABEL.singleInstance}`, 'SINGLE_INSTANCE_LABEL', `is not "true": with one scheduler instance, set it so that Marathon itself refuses a second instance and an overlapping upgrade (two schedulers must not run at once without leader election in between); for a standby scheduler, set instances to 2 instead`));
    const s = upgradeStrategyOf(app);
    // With the label, Marathon's own rule already reports a wrong strategy.
    if (!isSingleInstanceApp(app) && (s.minimumHealthCapacity !== 0 || s.maximumOverCapacity !== 0)) {
      out.push(problem('upgradeStrategy', 'SCHEDULER_UPGRADE_STRATEGY', `{minimumHealthCapacity: ${s.minimumHealthCapacity}, maximumOverCapacity: ${s.maximumOverCapacity}}${app.upgradeStrategy === undefined ? ' (the default)' : ''} starts the new scheduler while the old one runs: set {"minimumHealthCapacity": 0, "maximumOverCapacity": 0} (stop the old one first, the DC/OS way)`));
    }
  }
  return out;
}

/** The index of the port the scheduler listens on, or undefined (already reported) when there is none. */
function apiPortIndex(app: MarathonApp, env: Env, out: MarathonAppProblem[]): number | undefined {
  const ports = app.portDefinitions ?? [];
  const configured = literal(env, V.apiPort);
  if (configured === undefined || configured === '') {
    if (ports.length > 0) return 0;
    out.push(problem('portDefinitions', 'NO_API_PORT', `is empty, but the scheduler listens on PORT0 (${V.apiPort} is unset): add "portDefinitions": [{"port": 0, "name": "api"}]`));
    return undefined;
  }
  // Not a port number: environmentProblems reports it.
  if (!/^\d+$/.test(configured)) return undefined;
  const fixed = Number(configured);
  const index = ports.findIndex((p) => p.port === fixed);
  if (index < 0 || app.requirePorts !== true) {
    out.push(problem(formatPath(['env', V.apiPort]), 'API_PORT_NOT_RESERVED', `makes the scheduler listen on a fixed port Marathon did not reserve for the task: leave it unset (the scheduler then listens on PORT0), or declare that port in portDefinitions with "requirePorts": true`));
    return undefined;
  }
  return index;
}

function healthCheckProblems(app: MarathonApp, apiIndex: number | undefined): MarathonAppProblem[] {
  const checks = app.healthChecks ?? [];
  const liveness = checks.findIndex((c) => c.path === LIVENESS_PATH);
  if (liveness < 0) {
    return [problem('healthChecks', 'NO_LIVENESS_CHECK', `has no check on ${LIVENESS_PATH}: add {"protocol": "MESOS_HTTP", "path": "${LIVENESS_PATH}", "portIndex": ${apiIndex ?? 0}} so that Mesos restarts a scheduler that stopped answering`)];
  }
  const out: MarathonAppProblem[] = [];
  const check = checks[liveness];
  const at = `healthChecks[${liveness}]`;
  if (!check) return out;
  if (check.protocol !== 'MESOS_HTTP') out.push(problem(`${at}.protocol`, 'LIVENESS_CHECK_PROTOCOL', `${check.protocol} does not suit the scheduler's API, which serves plain HTTP and should be probed on its agent: use MESOS_HTTP`));
  if (apiIndex !== undefined && check.port === undefined && (check.portIndex ?? MARATHON_DEFAULTS.healthCheckPortIndex) !== apiIndex && (check.portIndex ?? 0) < (app.portDefinitions ?? []).length) {
    out.push(problem(`${at}.portIndex`, 'LIVENESS_CHECK_PORT', `${check.portIndex ?? 0} is not the scheduler's API port: set portIndex to ${apiIndex}`));
  }
  if (check.maxConsecutiveFailures === 0 && check.protocol.startsWith('MESOS_')) {
    out.push(problem(`${at}.maxConsecutiveFailures`, 'LIVENESS_CHECK_FAILURES', '0 makes Mesos kill the scheduler on the first failed probe after the grace period (0 means "never kill" only for Marathon-level checks): set it to 3 or more'));
  }
  return out;
}

function readinessProblems(app: MarathonApp, apiIndex: number | undefined): MarathonAppProblem[] {
  const checks = app.readinessChecks ?? [];
  const check = checks[0];
  if (!check) {
    return [problem('readinessChecks', 'NO_READINESS_CHECK', `is empty: add {"path": "/v1/plan", "portName": "api", "httpStatusCodesForReady": [200]} so that a deployment counts as done only when the deploy plan is COMPLETE, not when the process starts`)];
  }
  const out: MarathonAppProblem[] = [];
  const path = check.path ?? MARATHON_DEFAULTS.readinessCheck.path;
  if (!DEPLOY_PLAN_PATHS.includes(path)) out.push(problem('readinessChecks[0].path', 'READINESS_PATH', `'${path}' is not the deploy plan: use /v1/plan (200 when the deploy plan is COMPLETE, 503 otherwise)`));
  const codes = check.httpStatusCodesForReady ?? MARATHON_DEFAULTS.readinessCheck.httpStatusCodesForReady;
  if (codes.length !== 1 || codes[0] !== 200) out.push(problem('readinessChecks[0].httpStatusCodesForReady', 'READINESS_STATUS_CODES', `${JSON.stringify(codes)} is not [200]: /v1/plan answers 200 only when the deploy plan is COMPLETE (503 while it runs)`));
  const apiName = apiIndex === undefined ? undefined : app.portDefinitions?.[apiIndex]?.name;
  const portName = check.portName ?? MARATHON_DEFAULTS.readinessCheck.portName;
  if (apiIndex !== undefined && apiName !== portName) {
    out.push(problem('readinessChecks[0].portName', 'READINESS_PORT', apiName === undefined ? `the scheduler's API port (portDefinitions[${apiIndex}]) has no name to refer to: name it, e.g. "name": "api", and set portName to it` : `'${portName}' is not the scheduler's API port: set it to '${apiName}'`));
  }
  return out;
}

function labelProblems(app: MarathonApp, env: Env, apiIndex: number | undefined): MarathonAppProblem[] {
  const out: MarathonAppProblem[] = [];
  const labels = app.labels ?? {};
  const frameworkRow = SCHEDULER_ENVIRONMENT.find((s) => s.name === V.frameworkName);
  const frameworkName = literal(env, V.frameworkName) || (typeof frameworkRow?.default === 'string' ? frameworkRow.default : '');
  const labelled = labels[LABEL.frameworkName];
  if (labelled !== undefined && labelled !== frameworkName) {
    out.push(problem(`labels.${LABEL.frameworkName}`, 'FRAMEWORK_NAME_LABEL', `'${labelled}' differs from the framework name '${frameworkName}' (env.${V.frameworkName}): DC/OS finds the framework by this label; set both to the same name`));
  }
  const migration = labels[LABEL.migrationApiPath];
  if (migration !== undefined && migration !== '' && !DEPLOY_PLAN_PATHS.includes(migration)) out.push(problem(`labels.${LABEL.migrationApiPath}`, 'MIGRATION_API_PATH', `'${migration}' is not served by the scheduler: use /v1/plan`));
  const portIndex = labels[LABEL.servicePortIndex];
  if (portIndex !== undefined && apiIndex !== undefined && /^\d+$/.test(portIndex) && Number(portIndex) !== apiIndex) {
    out.push(problem(`labels.${LABEL.servicePortIndex}`, 'SERVICE_PORT_INDEX', `'${portIndex}' is not the scheduler's API port: set it to "${apiIndex}"`));
  }
  return out;
}

function launchProblems(app: MarathonApp, env: Env): MarathonAppProblem[] {
  const out: MarathonAppProblem[] = [];
  if (app.container?.docker?.image === undefined) {
    const command = app.cmd ?? (app.args ?? []).join(' ');
    if (!command.includes(SCHEDULER_LAUNCHER)) out.push(problem(app.cmd !== undefined ? 'cmd' : 'args', 'NO_LAUNCHER', `does not run ${SCHEDULER_LAUNCHER}, the launcher in the scheduler artifact: end the command with "exec ${SCHEDULER_LAUNCHER}"`));
    const artifact = (app.fetch ?? []).find((f) => SCHEDULER_ARTIFACT.test(f.uri));
    if (!artifact) out.push(problem('fetch', 'NO_SCHEDULER_ARTIFACT', 'fetches no cassandra-mesos-scheduler-<version>.tar.gz: add {"uri": "<where you host it>/cassandra-mesos-scheduler-<version>.tar.gz", "extract": true}'));
    else if (artifact.extract === false) out.push(problem('fetch', 'NO_SCHEDULER_ARTIFACT', `fetches the scheduler artifact with "extract": false, so ${SCHEDULER_LAUNCHER} never appears in the sandbox: set "extract": true`));
  }
  const heap = [app.cmd ?? '', literal(env, 'NODE_OPTIONS') ?? ''].map((t) => /--max-old-space-size=(\d+)/.exec(t)?.[1]).find((m) => m !== undefined);
  const mem = app.mem ?? MARATHON_DEFAULTS.mem;
  if (heap !== undefined && Number(heap) > mem * MAX_HEAP_SHARE) {
    out.push(problem('mem', 'HEAP_EXCEEDS_MEMORY', `${mem} MiB${app.mem === undefined ? ' (the default)' : ''} leaves too little room for the Node.js heap limit of ${heap} MiB (--max-old-space-size): raise mem to at least ${Math.ceil(Number(heap) / MAX_HEAP_SHARE)}, or lower the heap to ${Math.floor(mem * MAX_HEAP_SHARE)}`));
  }
  return out;
}

/** Every problem of `app` as an app running the cassandra-mesos scheduler ([] = none). */
export function schedulerAppProblems(app: MarathonApp): MarathonAppProblem[] {
  const env: Env = app.env ?? {};
  const out: MarathonAppProblem[] = [...environmentProblems(env), ...commandSecretProblems(app), ...stateAndInstanceProblems(app, env)];
  const apiIndex = apiPortIndex(app, env, out);
  out.push(...healthCheckProblems(app, apiIndex), ...readinessProblems(app, apiIndex), ...labelProblems(app, env, apiIndex), ...launchProblems(app, env));
  return out;
}
