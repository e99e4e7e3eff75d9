// The shape of the part of Marathon's app-definition format (RAML type `App`, Marathon 1.x) that an
// app running a framework scheduler uses. Fields outside this subset are refused rather than ignored:
// a misspelled `healthCheck` would otherwise leave the scheduler without one, silently. Rules that
// relate fields to each other live in app-rules.ts.
import { z } from 'zod';

/** Marathon's defaults (RAML `App`) for the optional fields the rules reason about. */
export const MARATHON_DEFAULTS = {
  cpus: 1,
  mem: 128,
  instances: 1,
  upgradeStrategy: { minimumHealthCapacity: 1, maximumOverCapacity: 1 },
  healthCheckPortIndex: 0,
  readinessCheck: { name: 'readinessCheck', protocol: 'HTTP', path: '/', portName: 'http-api', intervalSeconds: 30, timeoutSeconds: 10, httpStatusCodesForReady: [200] },
} as const;

const POSITIVE_SECONDS = 'a whole number of seconds';

function wholeNumber(min: number, max: number, what: string): z.ZodNumber {
  const message = `must be ${what} (a whole number from ${min} to ${max})`;
  return z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message });
}

function number(min: number, what: string): z.ZodNumber {
  return z.number({ error: `must be ${what} (a number of at least ${min})` }).min(min, { error: `must be ${what} (a number of at least ${min})` });
}

const text = (what: string) => z.string({ error: `must be ${what} (a JSON string)` });
const nonEmptyText = (what: string) => text(what).trim().min(1, { error: `must be ${what}, not empty` });
const flag = z.boolean({ error: 'must be true or false (a JSON boolean, not a string)' });
const seconds = (min: number) => wholeNumber(min, 86_400 * 365, POSITIVE_SECONDS);
const port = wholeNumber(0, 65_535, 'a TCP port (0 = any port Marathon picks)');

/** `{"secret": "<name>"}`: the env value comes from the app's `secrets` entry of that name. */
export const secretReferenceSchema = z.strictObject({ secret: nonEmptyText('the name of an entry of the app\'s secrets') });

const envValueSchema = z.union([z.string(), secretReferenceSchema], {
  error: 'must be a string, or {"secret": "<name>"} naming an entry of secrets: Marathon refuses numbers, booleans and null in env; quote them, e.g. "3"',
});

const labelValueSchema = z.string({ error: 'must be a string: Marathon refuses numbers and booleans as label values; quote them, e.g. "0"' });

export const HEALTH_CHECK_PROTOCOLS = ['HTTP', 'HTTPS', 'TCP', 'COMMAND', 'MESOS_HTTP', 'MESOS_HTTPS', 'MESOS_TCP'] as const;
export type HealthCheckProtocol = (typeof HEALTH_CHECK_PROTOCOLS)[number];

const healthCheckSchema = z.strictObject({
  protocol: z.enum(HEALTH_CHECK_PROTOCOLS, { error: `must be one of ${HEALTH_CHECK_PROTOCOLS.join(', ')}` }).default('HTTP'),
  path: text('the HTTP path to probe, e.g. /health/process').regex(/^\//, { error: 'must be an absolute HTTP path starting with /, e.g. /health/process' }).optional(),
  portIndex: wholeNumber(0, 1000, 'an index into portDefinitions').optional(),
  port: port.optional(),
  command: z.strictObject({ value: nonEmptyText('the shell command of a COMMAND check') }).optional(),
  gracePeriodSeconds: seconds(0).optional(),
  intervalSeconds: seconds(1).optional(),
  timeoutSeconds: seconds(1).optional(),
  maxConsecutiveFailures: wholeNumber(0, 1000, 'a failure count').optional(),
  delaySeconds: seconds(0).optional(),
  ipProtocol: z.enum(['IPv4', 'IPv6'], { error: 'must be IPv4 or IPv6' }).optional(),
  ignoreHttp1xx: flag.optional(),
});
export type MarathonHealthCheck = z.infer<typeof healthCheckSchema>;

const readinessCheckSchema = z.strictObject({
  name: nonEmptyText('a name for the readiness check').optional(),
  protocol: z.enum(['HTTP', 'HTTPS'], { error: 'must be HTTP or HTTPS' }).optional(),
  path: nonEmptyText('the HTTP path Marathon polls, e.g. /v1/plan').regex(/^\//, { error: 'must be an absolute HTTP path starting with /, e.g. /v1/plan' }).optional(),
  portName: nonEmptyText('the name of one of the portDefinitions').optional(),
  intervalSeconds: seconds(1).optional(),
  timeoutSeconds: seconds(1).optional(),
  httpStatusCodesForReady: z.array(wholeNumber(100, 599, 'an HTTP status code'), { error: 'must be a list of HTTP status codes, e.g. [200]' }).optional(),
  preserveLastResponse: flag.optional(),
});
export type MarathonReadinessCheck = z.infer<typeof readinessCheckSchema>;

const portDefinitionSchema = z.strictObject({
  port: port.default(0),
  protocol: z.enum(['tcp', 'udp', 'udp,tcp'], { error: 'must be tcp, udp or "udp,tcp"' }).default('tcp'),
  name: text('a port name').regex(/^[a-z][a-z0-9-]*$/, { error: 'must start with a lowercase letter and hold only lowercase letters, digits and -, e.g. api' }).optional(),
  labels: z.record(z.string(), labelValueSchema).optional(),
});
export type MarathonPortDefinition = z.infer<typeof portDefinitionSchema>;

const fetchSchema = z.strictObject({
  uri: nonEmptyText('the URI Mesos fetches into the sandbox'),
  extract: flag.optional(),
  executable: flag.optional(),
  cache: flag.optional(),
  destPath: nonEmptyText('a file name relative to the sandbox').optional(),
});

const upgradeStrategySchema = z.strictObject({
  minimumHealthCapacity: z.number({ error: 'must be a number from 0 to 1' }).min(0, { error: 'must be from 0 to 1' }).max(1, { error: 'must be from 0 to 1' }),
  maximumOverCapacity: z.number({ error: 'must be a number from 0 to 1' }).min(0, { error: 'must be from 0 to 1' }).max(1, { error: 'must be from 0 to 1' }),
});

const volumeSchema = z.strictObject({
  containerPath: nonEmptyText('the path of the volume inside the sandbox'),
  mode: z.enum(['RW', 'RO'], { error: 'must be RW or RO' }).optional(),
  hostPath: nonEmptyText('a path on the agent').optional(),
  persistent: z.strictObject({
    type: z.enum(['root', 'path', 'mount'], { error: 'must be root, path or mount' }).optional(),
    size: wholeNumber(1, 1 << 30, 'a size in MiB'),
  }).optional(),
});

const containerSchema = z.strictObject({
  type: z.enum(['MESOS', 'DOCKER'], { error: 'must be MESOS or DOCKER' }),
  docker: z.strictObject({ image: nonEmptyText('a container image, e.g. example/cassandra-mesos:1.0') }).optional(),
  volumes: z.array(volumeSchema).optional(),
});

export const marathonAppSchema = z.strictObject({
  id: text('the app id, e.g. /cassandra'),
  cmd: nonEmptyText('the shell command that starts the app').optional(),
  args: z.array(z.string(), { error: 'must be a list of strings' }).optional(),
  user: nonEmptyText('a user name on the agents').optional(),
  cpus: number(0.001, 'the CPU share of the task').optional(),
  mem: number(0, 'the memory of the task in MiB').optional(),
  disk: number(0, 'the sandbox disk of the task in MiB').optional(),
  gpus: wholeNumber(0, 1024, 'a GPU count').optional(),
  instances: wholeNumber(0, 1_000_000, 'the number of tasks').optional(),
  env: z.record(z.string(), envValueSchema, { error: 'must be an object mapping variable names to strings' }).optional(),
  secrets: z.record(z.string(), z.strictObject({ source: nonEmptyText('the path of the secret in the secret store') }), { error: 'must be an object mapping secret names to {"source": "<path in the secret store>"}' }).optional(),
  fetch: z.array(fetchSchema, { error: 'must be a list of {"uri": ...} objects' }).optional(),
  portDefinitions: z.array(portDefinitionSchema, { error: 'must be a list of port definitions' }).optional(),
  requirePorts: flag.optional(),
  healthChecks: z.array(healthCheckSchema, { error: 'must be a list of health checks' }).optional(),
  readinessChecks: z.array(readinessCheckSchema, { error: 'must be a list of readiness checks' }).optional(),
  upgradeStrategy: upgradeStrategySchema.optional(),
  labels: z.record(z.string(), labelValueSchema, { error: 'must be an object mapping label names to strings' }).optional(),
  constraints: z.array(z.array(z.string({ error: 'constraint fields must be strings, e.g. ["hostname", "MAX_PER", "1"]' })), { error: 'must be a list of [field, operator, value?] lists' }).optional(),
  acceptedResourceRoles: z.array(z.string(), { error: 'must be a list of role names, e.g. ["*"]' }).optional(),
  role: nonEmptyText('a Mesos role').optional(),
  residency: z.strictObject({
    relaunchEscalationTimeoutSeconds: seconds(0).optional(),
    taskLostBehavior: z.enum(['WAIT_FOREVER', 'RELAUNCH_AFTER_TIMEOUT'], { error: 'must be WAIT_FOREVER or RELAUNCH_AFTER_TIMEOUT' }).optional(),
  }).optional(),
  container: containerSchema.optional(),
  unreachableStrategy: z.union([
    z.literal('disabled'),
    z.strictObject({ inactiveAfterSeconds: seconds(0), expungeAfterSeconds: seconds(0) }),
  ], { error: 'must be "disabled" or {"inactiveAfterSeconds": n, "expungeAfterSeconds": n}' }).optional(),
  killSelection: z.enum(['YOUNGEST_FIRST', 'OLDEST_FIRST'], { error: 'must be YOUNGEST_FIRST or OLDEST_FIRST' }).optional(),
  taskKillGracePeriodSeconds: seconds(0).optional(),
  backoffSeconds: number(0, 'the first relaunch delay in seconds').optional(),
  backoffFactor: number(1, 'the factor the relaunch delay grows by').optional(),
  maxLaunchDelaySeconds: number(0, 'the longest relaunch delay in seconds').optional(),
});

export type MarathonApp = z.infer<typeof marathonAppSchema>;

/** What to say about a field outside the subset: older forms Marathon still accepts, and likely slips. */
export const FIELD_HINTS: Readonly<Record<string, string>> = {
  uris: 'it is the deprecated form of fetch: use "fetch": [{"uri": ...}]',
  ports: 'it is the deprecated form of portDefinitions: use "portDefinitions": [{"port": 0, "name": "api"}]',
  healthCheck: 'did you mean healthChecks (a list)?',
  readinessCheck: 'did you mean readinessChecks (a list)?',
  secret: 'did you mean secrets?',
  label: 'did you mean labels?',
  environment: 'did you mean env?',
};
