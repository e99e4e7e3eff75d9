// Marathon's own app-definition rules that relate fields to each other and can be checked without a
// Marathon (AppValidation, SchedulingValidation, ReadinessCheck, EnvVarValidation and
// SecretValidation in Marathon 1.x; see the Mesos/Marathon reference §7.3-7.5). Each rule names the
// field and says what to write instead, where Marathon's own messages often do not.
import { artifactUriProblem, roleNameProblem } from '@cassandra-mesos/model';
import { MARATHON_DEFAULTS, type MarathonApp, type MarathonHealthCheck, type MarathonPortDefinition } from './app-schema';
import { formatPath, problem, type MarathonAppProblem } from './problems';

/** Marathon's PathId segment: lowercase letters, digits, '-' and '.', not starting or ending with '-'. */
const ID_SEGMENT = /^(([a-z0-9]|[a-z0-9][a-z0-9-]*[a-z0-9])\.)*([a-z0-9]|[a-z0-9][a-z0-9-]*[a-z0-9])$/;
const ENV_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const PORT_PROTOCOLS: ReadonlySet<string> = new Set(['HTTP', 'HTTPS', 'TCP', 'MESOS_HTTP', 'MESOS_HTTPS', 'MESOS_TCP']);
const HTTP_PROTOCOLS: ReadonlySet<string> = new Set(['HTTP', 'HTTPS', 'MESOS_HTTP', 'MESOS_HTTPS']);
const MESOS_PROTOCOLS: ReadonlySet<string> = new Set(['MESOS_HTTP', 'MESOS_HTTPS', 'MESOS_TCP']);
const MARATHON_PROTOCOLS: ReadonlySet<string> = new Set(['HTTP', 'HTTPS', 'TCP']);
export const CONSTRAINT_OPERATORS = ['UNIQUE', 'CLUSTER', 'GROUP_BY', 'LIKE', 'UNLIKE', 'MAX_PER', 'IS'] as const;

export const LABEL = {
  singleInstance: 'MARATHON_SINGLE_INSTANCE_APP',
  frameworkName: 'DCOS_PACKAGE_FRAMEWORK_NAME',
  migrationApiPath: 'DCOS_MIGRATION_API_PATH',
  migrationApiVersion: 'DCOS_MIGRATION_API_VERSION',
  serviceName: 'DCOS_SERVICE_NAME',
  servicePortIndex: 'DCOS_SERVICE_PORT_INDEX',
  serviceScheme: 'DCOS_SERVICE_SCHEME',
} as const;

export function isSingleInstanceApp(app: MarathonApp): boolean {
  return app.labels?.[LABEL.singleInstance] === 'true';
}

export function upgradeStrategyOf(app: MarathonApp): { minimumHealthCapacity: number; maximumOverCapacity: number } {
  return app.upgradeStrategy ?? MARATHON_DEFAULTS.upgradeStrategy;
}

function idProblems(id: string): MarathonAppProblem[] {
  if (!id.startsWith('/')) return [problem('id', 'INVALID_APP_ID', `'${id}' is relative: Marathon resolves a relative id against the group it is posted to; write it absolute, e.g. /cassandra`)];
  const segments = id.replace(/\/$/, '').split('/').slice(1);
  if (segments.length === 0 || (segments.length === 1 && segments[0] === '')) return [problem('id', 'INVALID_APP_ID', 'is the root group /: name the app, e.g. /cassandra')];
  const bad = segments.find((s) => !ID_SEGMENT.test(s));
  if (bad === undefined) return [];
  return [problem('id', 'INVALID_APP_ID', `segment '${bad}' of '${id}' is not a valid Marathon id segment: use lowercase letters, digits, '-' and '.', not starting or ending with '-' (e.g. /cassandra or /prod/cassandra-1)`)];
}

function commandProblems(app: MarathonApp): MarathonAppProblem[] {
  const cmd = app.cmd !== undefined;
  const args = app.args !== undefined && app.args.length > 0;
  const image = app.container?.docker?.image !== undefined;
  if (cmd && args) return [problem('', 'COMMAND_AND_ARGS', 'the app has both cmd and args: Marathon takes exactly one of them; keep cmd (run through /bin/sh -c)')];
  if (!cmd && !args && !image) return [problem('', 'NO_COMMAND', 'the app has neither cmd nor args nor a container image: Marathon would not know what to run; set cmd')];
  return [];
}

function portProblems(ports: readonly MarathonPortDefinition[]): MarathonAppProblem[] {
  const out: MarathonAppProblem[] = [];
  const names = new Map<string, number>();
  const numbers = new Map<number, number>();
  ports.forEach((p, i) => {
    if (p.name !== undefined) {
      const first = names.get(p.name);
      if (first !== undefined) out.push(problem(`portDefinitions[${i}].name`, 'DUPLICATE_PORT_NAME', `'${p.name}' is also the name of portDefinitions[${first}]: port names must be unique (Marathon exports each as PORT_<NAME>)`));
      else names.set(p.name, i);
    }
    if (p.port !== 0) {
      const first = numbers.get(p.port);
      if (first !== undefined) out.push(problem(`portDefinitions[${i}].port`, 'DUPLICATE_PORT', `${p.port} is also the port of portDefinitions[${first}]: ports must be unique (use 0 for a port Marathon picks)`));
      else numbers.set(p.port, i);
    }
  });
  return out;
}

function healthCheckProblems(app: MarathonApp, ports: readonly MarathonPortDefinition[]): MarathonAppProblem[] {
  const out: MarathonAppProblem[] = [];
  const checks = app.healthChecks ?? [];
  checks.forEach((check: MarathonHealthCheck, i) => {
    const at = `healthChecks[${i}]`;
    if (PORT_PROTOCOLS.has(check.protocol) && check.port === undefined) {
      const index = check.portIndex ?? MARATHON_DEFAULTS.healthCheckPortIndex;
      if (index >= ports.length) {
        const have = ports.length === 0 ? 'the app has no portDefinitions' : `the app has ${ports.length} port definition(s), indices 0..${ports.length - 1}`;
        out.push(problem(`${at}.portIndex`, 'HEALTH_CHECK_PORT_INDEX', `${index} addresses no port (${have}): health check port indices must address an element of portDefinitions; set portIndex to the index of the port the checked endpoint listens on`));
      }
    }
    if (check.path !== undefined && !HTTP_PROTOCOLS.has(check.protocol)) out.push(problem(`${at}.path`, 'HEALTH_CHECK_FIELDS', `is only used by HTTP checks, not by ${check.protocol}: remove it, or use protocol MESOS_HTTP`));
    if (check.protocol === 'COMMAND' && check.command === undefined) out.push(problem(`${at}.command`, 'HEALTH_CHECK_FIELDS', 'is missing: a COMMAND check needs {"value": "<shell command>"}'));
    if (check.protocol !== 'COMMAND' && check.command !== undefined) out.push(problem(`${at}.command`, 'HEALTH_CHECK_FIELDS', `is only used by COMMAND checks, not by ${check.protocol}: remove it`));
    if (check.ipProtocol === 'IPv6' && !(MESOS_PROTOCOLS.has(check.protocol) && app.container?.type === 'DOCKER')) out.push(problem(`${at}.ipProtocol`, 'HEALTH_CHECK_IPV6', 'IPv6 is only allowed for Mesos HTTP/HTTPS/TCP checks of DOCKER containers: use IPv4'));
  });
  const mesosLevel = checks.filter((c) => MESOS_PROTOCOLS.has(c.protocol)).length;
  if (mesosLevel > 1) out.push(problem('healthChecks', 'TOO_MANY_MESOS_HEALTH_CHECKS', `has ${mesosLevel} Mesos health checks (MESOS_HTTP, MESOS_HTTPS, MESOS_TCP): an app can contain at most one; keep the one on the liveness endpoint`));
  const marathonLevel = checks.filter((c) => MARATHON_PROTOCOLS.has(c.protocol)).length;
  if (marathonLevel > 0 && mesosLevel + checks.filter((c) => c.protocol === 'COMMAND').length > 0) {
    out.push(problem('healthChecks', 'MIXED_HEALTH_CHECKS', 'mixes Marathon-level checks (HTTP, HTTPS, TCP) with Mesos-level ones (COMMAND, MESOS_*): Marathon cannot mix them; use MESOS_HTTP (the Marathon-level ones are deprecated)'));
  }
  return out;
}

function readinessProblems(app: MarathonApp, ports: readonly MarathonPortDefinition[]): MarathonAppProblem[] {
  const out: MarathonAppProblem[] = [];
  const checks = app.readinessChecks ?? [];
  if (checks.length > 1) out.push(problem('readinessChecks', 'TOO_MANY_READINESS_CHECKS', `has ${checks.length} entries: Marathon allows at most one readiness check; keep the one on the deploy plan`));
  const portNames = ports.flatMap((p) => (p.name === undefined ? [] : [p.name]));
  checks.forEach((check, i) => {
    const at = `readinessChecks[${i}]`;
    const d = MARATHON_DEFAULTS.readinessCheck;
    const portName = check.portName ?? d.portName;
    if (!portNames.includes(portName)) {
      const known = portNames.length === 0 ? 'no port definition has a name' : `the port names are ${portNames.join(', ')}`;
      out.push(problem(`${at}.portName`, 'READINESS_PORT_NAME', `'${portName}'${check.portName === undefined ? ' (the default)' : ''} names no port definition (${known}): set portName to the name of the port the endpoint listens on`));
    }
    const interval = check.intervalSeconds ?? d.intervalSeconds;
    const timeout = check.timeoutSeconds ?? d.timeoutSeconds;
    if (timeout >= interval) out.push(problem(`${at}.timeoutSeconds`, 'READINESS_TIMEOUT', `${timeout} is not shorter than intervalSeconds ${interval}: Marathon needs timeoutSeconds < intervalSeconds`));
    if (check.httpStatusCodesForReady !== undefined && check.httpStatusCodesForReady.length === 0) out.push(problem(`${at}.httpStatusCodesForReady`, 'READINESS_STATUS_CODES', 'is empty: no answer could ever mean ready; list the ready status codes, e.g. [200]'));
  });
  return out;
}

function instanceAndUpgradeProblems(app: MarathonApp): MarathonAppProblem[] {
  const out: MarathonAppProblem[] = [];
  const instances = app.instances ?? MARATHON_DEFAULTS.instances;
  const strategy = upgradeStrategyOf(app);
  const shown = `{minimumHealthCapacity: ${strategy.minimumHealthCapacity}, maximumOverCapacity: ${strategy.maximumOverCapacity}}${app.upgradeStrategy === undefined ? ' (the default)' : ''}`;
  if (isSingleInstanceApp(app)) {
    if (instances > 1) out.push(problem('instances', 'SINGLE_INSTANCE_INSTANCES', `${instances} contradicts the label ${LABEL.singleInstance}=true: a single instance app may only have one instance; set instances to 1, or remove the label (two schedulers need leader election)`));
    if (strategy.minimumHealthCapacity !== 0 || strategy.maximumOverCapacity !== 0) out.push(problem('upgradeStrategy', 'SINGLE_INSTANCE_UPGRADE_STRATEGY', `${shown} lets two instances overlap, which the label ${LABEL.singleInstance}=true forbids: set {"minimumHealthCapacity": 0, "maximumOverCapacity": 0} so the old task is gone before the new one starts`));
  }
  const resident = app.residency !== undefined;
  const persistent = (app.container?.volumes ?? []).some((v) => v.persistent !== undefined);
  if (resident !== persistent) out.push(problem(resident ? 'residency' : 'container.volumes', 'RESIDENCY_RULES', resident ? 'is set but no container volume is persistent: a resident app must contain persistent volumes; add one or remove residency' : 'has a persistent volume but the app defines no residency: add "residency": {} or remove the volume'));
  if (resident) {
    if (strategy.maximumOverCapacity !== 0) out.push(problem('upgradeStrategy.maximumOverCapacity', 'RESIDENT_UPGRADE_STRATEGY', `${strategy.maximumOverCapacity}${app.upgradeStrategy === undefined ? ' (the default)' : ''} would start a task beside the one holding the reservation: a resident app needs maximumOverCapacity 0`));
    const roles = app.acceptedResourceRoles;
    if (roles !== undefined && !(roles.length === 1 && roles[0] === '*')) out.push(problem('acceptedResourceRoles', 'RESIDENT_ROLES', 'must be ["*"] for a resident app (Marathon reserves the resources itself)'));
    if (app.unreachableStrategy !== undefined && app.unreachableStrategy !== 'disabled') out.push(problem('unreachableStrategy', 'RESIDENT_UNREACHABLE', 'must be "disabled" for a resident app: its task cannot move away from its reservation'));
  }
  return out;
}

function labelProblems(app: MarathonApp, ports: readonly MarathonPortDefinition[]): MarathonAppProblem[] {
  const out: MarathonAppProblem[] = [];
  const labels = app.labels ?? {};
  const version = labels[LABEL.migrationApiVersion];
  if (version !== undefined && version !== '') {
    if (version !== 'v1') out.push(problem(`labels.${LABEL.migrationApiVersion}`, 'MIGRATION_API_LABELS', `'${version}' is not a migration API version Marathon knows: set it to v1`));
    const missing = [LABEL.frameworkName, LABEL.migrationApiPath].filter((l) => !labels[l]);
    if (missing.length > 0) out.push(problem('labels', 'MIGRATION_API_LABELS', `${LABEL.frameworkName} and ${LABEL.migrationApiPath} must be defined when using ${LABEL.migrationApiVersion}: add ${missing.join(' and ')}`));
  }
  const portIndex = labels[LABEL.servicePortIndex];
  if (portIndex !== undefined && !(/^\d+$/.test(portIndex) && Number(portIndex) < ports.length)) {
    out.push(problem(`labels.${LABEL.servicePortIndex}`, 'DCOS_SERVICE_PORT_INDEX', `'${portIndex}' is not the index of a port definition (the app has ${ports.length}): DC/OS Admin Router proxies /service/<name>/ to that port; set it to the API port's index, e.g. "0"`));
  }
  const scheme = labels[LABEL.serviceScheme];
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') out.push(problem(`labels.${LABEL.serviceScheme}`, 'DCOS_SERVICE_SCHEME', `'${scheme}' is not http or https: set the scheme the API serves`));
  return out;
}

function constraintProblems(constraints: readonly (readonly string[])[]): MarathonAppProblem[] {
  const out: MarathonAppProblem[] = [];
  constraints.forEach((c, i) => {
    const at = `constraints[${i}]`;
    const bad = (message: string): void => void out.push(problem(at, 'INVALID_CONSTRAINT', `${JSON.stringify(c)} ${message}`));
    const [field, operator, value] = c;
    if (c.length < 2 || c.length > 3 || field === undefined || operator === undefined) return bad('must have 2 or 3 fields: [field, operator] or [field, operator, value], e.g. ["hostname", "UNIQUE"]');
    if (field === '') return bad('has an empty field name: name an agent attribute or "hostname"');
    if (!(CONSTRAINT_OPERATORS as readonly string[]).includes(operator)) return bad(`has the operator '${operator}': use one of ${CONSTRAINT_OPERATORS.join(', ')}`);
    if (operator === 'UNIQUE' && value !== undefined) return bad('has a value, which UNIQUE does not use: remove it');
    if ((operator === 'CLUSTER' || operator === 'IS') && !value) return bad(`needs a value: ${operator} matches the attribute against it`);
    if ((operator === 'GROUP_BY' && value !== undefined && !/^\d+$/.test(value)) || (operator === 'MAX_PER' && !/^\d+$/.test(value ?? ''))) return bad(`needs a whole number as value for ${operator}, e.g. "1"`);
    if (operator === 'LIKE' || operator === 'UNLIKE') {
      if (!value) return bad(`needs a regular expression as value for ${operator}`);
      try {
        new RegExp(value);
      } catch {
        return bad(`has a value that is not a valid regular expression for ${operator}`);
      }
    }
  });
  return out;
}

function envAndSecretProblems(app: MarathonApp): MarathonAppProblem[] {
  const out: MarathonAppProblem[] = [];
  const secrets = app.secrets ?? {};
  for (const [name, value] of Object.entries(app.env ?? {})) {
    const at = formatPath(['env', name]);
    if (!ENV_NAME.test(name) || name.length >= 255) out.push(problem(at, 'INVALID_ENV_NAME', 'is not a valid variable name: use letters, digits and _ only, not starting with a digit, shorter than 255 characters'));
    if (typeof value !== 'string' && !Object.prototype.hasOwnProperty.call(secrets, value.secret)) {
      const known = Object.keys(secrets);
      out.push(problem(`${at}.secret`, 'UNDEFINED_SECRET', `references an undefined secret '${value.secret}' (${known.length === 0 ? 'the app has no secrets' : `defined: ${known.join(', ')}`}): add "secrets": {"${value.secret}": {"source": "<path in the secret store>"}}`));
    }
  }
  for (const name of Object.keys(secrets)) {
    if (name.trim() === '') out.push(problem('secrets', 'INVALID_SECRET_NAME', 'has an entry with an empty name: name every secret'));
  }
  return out;
}

function fetchAndRoleProblems(app: MarathonApp): MarathonAppProblem[] {
  const out: MarathonAppProblem[] = [];
  (app.fetch ?? []).forEach((f, i) => {
    const why = artifactUriProblem(f.uri);
    // The URI is not quoted when it carries credentials: the message would leak them.
    if (why !== undefined) out.push(problem(`fetch[${i}].uri`, 'INVALID_FETCH_URI', `${why.startsWith('contains credentials') ? 'the URI' : `'${f.uri}'`} ${why}`));
  });
  (app.acceptedResourceRoles ?? []).forEach((role, i) => {
    const why = roleNameProblem(role);
    if (why !== undefined) out.push(problem(`acceptedResourceRoles[${i}]`, 'INVALID_ROLE', `'${role}' ${why}: use a Mesos role name, or "*" for unreserved resources`));
  });
  if (app.role !== undefined) {
    const why = roleNameProblem(app.role);
    if (why !== undefined) out.push(problem('role', 'INVALID_ROLE', `'${app.role}' ${why}: use a Mesos role name`));
  }
  return out;
}

/** Every cross-field Marathon rule the app breaks; [] when Marathon would accept it. */
export function marathonRuleProblems(app: MarathonApp): MarathonAppProblem[] {
  const ports = app.portDefinitions ?? [];
  return [
    ...idProblems(app.id),
    ...commandProblems(app),
    ...portProblems(ports),
    ...healthCheckProblems(app, ports),
    ...readinessProblems(app, ports),
    ...instanceAndUpgradeProblems(app),
    ...labelProblems(app, ports),
    ...constraintProblems(app.constraints ?? []),
    ...envAndSecretProblems(app),
    ...fetchAndRoleProblems(app),
  ];
}
