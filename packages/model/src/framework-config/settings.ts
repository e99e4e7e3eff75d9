// THE table of the scheduler's environment variables: the one place each is declared, with what it
// sets, its type, default and meaning. parseSchedulerEnvironment reads the environment through it and
// docs/configuration.md is rendered from it.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { DEFAULT_ENDPOINT_SNITCH, DEFAULT_NUM_TOKENS } from '../cassandra-config/render';
import { MAX_DERIVED_HEAP_MB } from '../cassandra-config/heap';
import type { SecretName } from './secrets';
import { CONFIG_LIMITS } from './validate';
import { booleanValue, choice, decimalNumber, duration, jsonObject, matching, text, wholeNumber, type ValueType } from './values';
import { mesosMasterUrl, secretText, zookeeperUrl, type ConfigDraft, type SettingsDraft, type ZooKeeperLocation } from './setting-types';
import { BACKUP_SETTINGS, GRPC_PORT_SETTING, INITIAL_TOKENS_FROM_SETTING, type BackupSchedulerSettings } from './backup-settings';

export const ENV_PREFIX = 'CASSANDRA_MESOS_';

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** How the scheduler runs (not part of the stored FrameworkConfig; a restart applies a change). */
export interface SchedulerSettings extends BackupSchedulerSettings {
  /** ZooKeeper ensemble and root path of the state; null = the embedded file store in stateDir. */
  readonly zookeeper: ZooKeeperLocation | null;
  /** Directory of the embedded state store (used only without ZooKeeper). */
  readonly stateDir: string;
  /** The Mesos master, e.g. http://127.0.0.1:5050. */
  readonly mesosMaster: string;
  readonly apiHost: string;
  readonly apiPort: number;
  readonly logLevel: LogLevel;
  /** Shell command that starts the executor in its sandbox. */
  readonly executorCommand: string;
  /** Directory the scheduler serves at /v1/artifacts; '' = `artifacts/` of the scheduler's install. */
  readonly artifactDir: string;
}

/** The launcher inside the executor tarball (scripts/package.mjs), relative to the sandbox it is unpacked in. */
export const DEFAULT_EXECUTOR_COMMAND = 'cassandra-mesos-executor/bin/cassandra-mesos-executor';

export type SettingGroup = 'Cluster' | 'Node resources' | 'Ports' | 'Node lifecycle' | 'Cluster jobs' | 'Backup' | 'Artifacts' | 'Cassandra' | 'Mesos' | 'Scheduler' | 'Secrets';
export const SETTING_GROUPS: readonly SettingGroup[] = ['Cluster', 'Node resources', 'Ports', 'Node lifecycle', 'Cluster jobs', 'Backup', 'Artifacts', 'Cassandra', 'Mesos', 'Scheduler', 'Secrets'];

export type SettingTarget =
  | { readonly kind: 'config'; readonly path: string }
  | { readonly kind: 'setting'; readonly key: keyof SchedulerSettings }
  | { readonly kind: 'secret'; readonly key: SecretName };

/** The effective text of a variable read earlier in the table (its value, or its default). */
export type ResolvedText = (name: string) => string;

export interface SchedulerSetting {
  readonly name: string;
  readonly group: SettingGroup;
  readonly sets: SettingTarget;
  readonly type: ValueType<unknown>;
  /** The text used when the variable is unset or empty, parsed like a value; '' = no value. */
  readonly default: string | { readonly doc: string; readonly derive: (resolved: ResolvedText, env: Readonly<Record<string, string | undefined>>) => string };
  /** What it means: units, limits, effects. */
  readonly description: string;
  /** Errors say "set it to <expects>, e.g. <example>". */
  readonly expects: string;
  /** Omitted for secrets. */
  readonly example?: string;
  /** Stores a parsed value. */
  readonly apply: (value: unknown, config: ConfigDraft, settings: SettingsDraft) => void;
}

function setting<T>(def: Omit<SchedulerSetting, 'type' | 'apply'> & { readonly type: ValueType<T>; readonly apply: (value: T, config: ConfigDraft, settings: SettingsDraft) => void }): SchedulerSetting {
  return { ...def, apply: (value, config, settings) => def.apply(value as T, config, settings) };
}

const config = (path: string): SettingTarget => ({ kind: 'config', path });
const runtime = (key: keyof SchedulerSettings): SettingTarget => ({ kind: 'setting', key });
const secret = (key: SecretName): SettingTarget => ({ kind: 'secret', key });
const L = CONFIG_LIMITS;

function port(name: string, key: 'storage' | 'sslStorage' | 'native' | 'jmx' | 'jolokia', path: string, def: string, description: string): SchedulerSetting {
  return setting({
    name,
    group: 'Ports',
    sets: config(`ports.${path}`),
    type: wholeNumber(),
    default: def,
    description: `${description} Every agent must offer it (one node per agent). A change restarts every node, one at a time.`,
    expects: 'a TCP port every agent offers',
    example: def,
    apply: (v, c) => {
      c.ports[key] = v;
    },
  });
}

function artifact(name: string, key: 'executor' | 'cassandra' | 'jolokia' | 'java' | 'node', what: string): SchedulerSetting {
  return setting({
    name,
    group: 'Artifacts',
    sets: config(`artifacts.${key}`),
    type: text,
    default: '',
    description: `Where Mesos fetches ${what} (CommandInfo.uris): http(s), ftp(s), hdfs, s3/s3a/s3n or file URI, or an absolute path on the agent. Empty = not fetched: it must already be on every agent. No credentials in the URI (it is stored in ZooKeeper).`,
    expects: `a URI Mesos can fetch ${what} from`,
    example: `https://artifacts.example.com/${key}.tar.gz`,
    apply: (v, c) => {
      c.artifacts[key] = v;
    },
  });
}

const FRAMEWORK_NAME = `${ENV_PREFIX}FRAMEWORK_NAME`;
const NODE_COUNT = `${ENV_PREFIX}NODE_COUNT`;
const REPAIR_INTERVAL_DAYS = `${ENV_PREFIX}REPAIR_INTERVAL_DAYS`;
const REPAIR_WINDOW = `${ENV_PREFIX}REPAIR_WINDOW`;
// Any text here: the config validation checks the window (parseRepairWindow), as for every source of a config.
const REPAIR_WINDOW_TEXT: ValueType<string> = { ...text, label: 'time window HH:MM-HH:MM (UTC), or empty' };

export const SCHEDULER_ENVIRONMENT: readonly SchedulerSetting[] = [
  setting({
    name: FRAMEWORK_NAME, group: 'Cluster', sets: config('framework_name'), type: text, default: 'cassandra',
    description: 'Mesos framework name and the ZooKeeper namespace of the state (`<root>/<name>`), so several clusters can share one ZooKeeper. 1-64 letters, digits, `.`, `_`, `-`. Cannot change after the first deploy.',
    expects: 'a name for this Cassandra cluster\'s framework', example: 'cassandra-prod',
    apply: (v, c) => { c.frameworkName = v; },
  }),
  setting({
    name: `${ENV_PREFIX}CLUSTER_NAME`, group: 'Cluster', sets: config('cluster_name'), type: text,
    default: { doc: `the value of ${FRAMEWORK_NAME}`, derive: (r) => r(FRAMEWORK_NAME) },
    description: 'cassandra.yaml `cluster_name`, one line, at most 128 characters. Cannot change after the first deploy (Cassandra refuses to start a node of another cluster).',
    expects: 'the Cassandra cluster name', example: 'production',
    apply: (v, c) => { c.clusterName = v; },
  }),
  setting({
    name: NODE_COUNT, group: 'Cluster', sets: config('node_count'), type: wholeNumber(), default: '3',
    description: `Number of Cassandra nodes, one per agent (${L.nodeCount.min}-${L.nodeCount.max}). Raising it adds nodes; lowering it decommissions nodes one at a time.`,
    expects: 'the number of Cassandra nodes', example: '3',
    apply: (v, c) => { c.nodeCount = v; },
  }),
  setting({
    name: `${ENV_PREFIX}SEED_COUNT`, group: 'Cluster', sets: config('seed_count'), type: wholeNumber(),
    default: {
      doc: `2, or ${NODE_COUNT} when that is 1`,
      derive: (r) => (r(NODE_COUNT) === '1' ? '1' : '2'),
    },
    description: `Number of seed nodes: at least 1 and at most ${NODE_COUNT}. No Cassandra process starts before this many nodes are placed.`,
    expects: 'the number of seed nodes (at most the node count)', example: '2',
    apply: (v, c) => { c.seedCount = v; },
  }),
  setting({
    name: `${ENV_PREFIX}CPUS`, group: 'Node resources', sets: config('resources.cpus'), type: decimalNumber, default: '2',
    description: `CPUs of each node's Cassandra task (${L.cpus.min}-${L.cpus.max}). A change restarts every node, one at a time.`,
    expects: 'the CPUs of each node', example: '2',
    apply: (v, c) => { c.resources.cpus = v; },
  }),
  setting({
    name: `${ENV_PREFIX}MEM_MB`, group: 'Node resources', sets: config('resources.mem_mb'), type: wholeNumber(), default: '4096',
    description: `Memory of each node's Cassandra task in MiB, heap and off-heap together (at least ${L.memMb.min}). A change restarts every node, one at a time.`,
    expects: 'the memory of each node in MiB', example: '4096',
    apply: (v, c) => { c.resources.memMb = v; },
  }),
  setting({
    name: `${ENV_PREFIX}DISK_MB`, group: 'Node resources', sets: config('resources.disk_mb'), type: wholeNumber(), default: '10240',
    description: `Disk of each node in MiB (at least ${L.diskMb.min}): the size of its persistent volume. Cannot change after the first deploy (volumes cannot grow or shrink in place).`,
    expects: 'the disk of each node in MiB', example: '10240',
    apply: (v, c) => { c.resources.diskMb = v; },
  }),
  setting({
    name: `${ENV_PREFIX}HEAP_MB`, group: 'Node resources', sets: config('resources.heap_mb'), type: wholeNumber(), default: '0',
    description: `JVM heap of each node in MiB. 0 = half the task memory, at most ${MAX_DERIVED_HEAP_MB}. An explicit heap must leave at least a quarter of the task memory (and at least 256 MiB) off the heap. A change restarts every node, one at a time.`,
    expects: 'the heap of each node in MiB, or 0 to derive it', example: '2048',
    apply: (v, c) => { c.resources.heapMb = v; },
  }),
  port(`${ENV_PREFIX}STORAGE_PORT`, 'storage', 'storage', '7000', 'Cassandra internode port (`storage_port`).'),
  port(`${ENV_PREFIX}SSL_STORAGE_PORT`, 'sslStorage', 'ssl_storage', '7001', 'Legacy TLS internode port (`ssl_storage_port`); 0 = not used (Cassandra 4.0+ also serves TLS on the storage port).'),
  port(`${ENV_PREFIX}NATIVE_PORT`, 'native', 'native', '9042', 'CQL native transport port (`native_transport_port`).'),
  port(`${ENV_PREFIX}JMX_PORT`, 'jmx', 'jmx', '7199', 'JMX port, bound to loopback (for nodetool on the agent); 0 = no JMX listener (the executor needs none: it uses Jolokia). Use 0 when several nodes share one host, as in local mode.'),
  port(`${ENV_PREFIX}JOLOKIA_PORT`, 'jolokia', 'jolokia', '8778', 'Port of the Jolokia agent the executor drives Cassandra through.'),
  setting({
    name: `${ENV_PREFIX}FAILOVER_TIMEOUT`, group: 'Node lifecycle', sets: config('failover_timeout_seconds'), type: duration, default: '1w',
    description: `How long Mesos keeps the nodes running while no scheduler is connected (${L.failoverTimeoutSeconds.min}s-365d). When it runs out, Mesos kills every node of the framework.`,
    expects: 'how long Mesos waits for a restarted scheduler', example: '1w',
    apply: (v, c) => { c.failoverTimeoutSeconds = v; },
  }),
  setting({
    name: `${ENV_PREFIX}HEALTH_CHECK_INTERVAL`, group: 'Node lifecycle', sets: config('health_check_interval_seconds'), type: duration, default: '60s',
    description: `Interval between the health reports of each node (${L.healthCheckIntervalSeconds.min}s-1h). Nodes are not restarted when it changes.`,
    expects: 'the interval between health reports', example: '60s',
    apply: (v, c) => { c.healthCheckIntervalSeconds = v; },
  }),
  setting({
    name: `${ENV_PREFIX}BOOTSTRAP_GRACE`, group: 'Node lifecycle', sets: config('bootstrap_grace_seconds'), type: duration, default: '2m',
    description: 'Minimum gap between two Cassandra starts, so a joining node can finish bootstrapping (0s-1d).',
    expects: 'the minimum gap between two Cassandra starts', example: '2m',
    apply: (v, c) => { c.bootstrapGraceSeconds = v; },
  }),
  setting({
    name: `${ENV_PREFIX}REPLACE_TIMEOUT`, group: 'Node lifecycle', sets: config('replace_timeout_seconds'), type: duration, default: '1h',
    description: `How long a node's agent may be gone before the node is replaced on another agent with \`replace_address\` (${L.replaceTimeoutSeconds.min / 60}m-30d). Shorter than Mesos' agent re-registration timeout (10m by default) races a returning agent.`,
    expects: 'how long a lost agent may stay away', example: '1h',
    apply: (v, c) => { c.replaceTimeoutSeconds = v; },
  }),
  setting({
    name: `${ENV_PREFIX}AUTO_REPLACE`, group: 'Node lifecycle', sets: config('auto_replace'), type: booleanValue, default: 'true',
    description: `Replace a lost node automatically after ${ENV_PREFIX}REPLACE_TIMEOUT (true), or only when an operator asks (false).`,
    expects: 'true or false', example: 'true',
    apply: (v, c) => { c.autoReplace = v; },
  }),
  setting({
    name: `${ENV_PREFIX}PLACEMENT_CONSTRAINTS`, group: 'Node lifecycle', sets: config('placement_constraints'), type: text, default: '',
    description: 'Marathon-style placement constraints for new nodes, as a JSON list: fields `hostname`, `agent_id` or any agent attribute (e.g. `rack_id`); operators UNIQUE, CLUSTER, GROUP_BY, LIKE, UNLIKE, MAX_PER, IS. Nodes always get one host each. Empty = no constraints. A change applies to new placements only; running nodes stay where they are.',
    expects: 'a JSON list of [field, operator, value?] constraints', example: '[["rack_id","GROUP_BY","3"]]',
    apply: (v, c) => { c.placementConstraints = v; },
  }),
  setting({
    name: REPAIR_INTERVAL_DAYS, group: 'Cluster jobs', sets: config('repair_interval_days'), type: wholeNumber(), default: '0',
    description: `Days between scheduled full repairs of the cluster (${L.repairIntervalDays.min}-${L.repairIntervalDays.max}); the scheduler starts one by itself, inside ${REPAIR_WINDOW} when that is set, and repairs one node at a time. 0 = no scheduled repair (repairs run only when an operator starts one). Keep it, plus the time a whole repair takes, below the smallest \`gc_grace_seconds\` of your tables (10 days by default), or deleted data can come back; 7 suits the default. A change restarts no node.`,
    expects: 'the days between scheduled repairs, or 0 for none', example: '7',
    apply: (v, c) => { c.repairIntervalDays = v; },
  }),
  setting({
    name: REPAIR_WINDOW, group: 'Cluster jobs', sets: config('repair_window'), type: REPAIR_WINDOW_TEXT, default: '',
    description: `Time of day, in UTC, in which the scheduler may start a scheduled repair: \`HH:MM-HH:MM\` on the 24-hour clock, start included and end excluded, e.g. \`01:00-05:00\`; a window that ends before it starts runs across midnight (\`22:00-04:00\`). Start and end must differ; \`24:00\` may end a window. Empty = any time. Has no effect while ${REPAIR_INTERVAL_DAYS} is 0. A change restarts no node.`,
    expects: 'a UTC time window HH:MM-HH:MM', example: '01:00-05:00',
    apply: (v, c) => { c.repairWindow = v; },
  }),
  ...BACKUP_SETTINGS,
  INITIAL_TOKENS_FROM_SETTING,
  artifact(`${ENV_PREFIX}EXECUTOR_URI`, 'executor', 'the executor tarball'),
  artifact(`${ENV_PREFIX}CASSANDRA_URI`, 'cassandra', 'the Cassandra distribution (cassandra-all and its jars)'),
  artifact(`${ENV_PREFIX}JOLOKIA_URI`, 'jolokia', 'the Jolokia JVM agent jar'),
  artifact(`${ENV_PREFIX}JAVA_URI`, 'java', 'a JDK 17 tarball'),
  artifact(`${ENV_PREFIX}NODE_URI`, 'node', 'a Node.js runtime tarball for the executor'),
  setting({
    name: `${ENV_PREFIX}CASSANDRA_VERSION`, group: 'Cassandra', sets: config('cassandra_version'), type: text, default: '5.0.9',
    description: 'Cassandra version the nodes run; 5.0.x (the rendered cassandra.yaml and JVM flags are for 5.0). A change restarts every node on the new version, one at a time.',
    expects: 'a Cassandra 5.0.x version', example: '5.0.9',
    apply: (v, c) => { c.cassandraVersion = v; },
  }),
  setting({
    name: `${ENV_PREFIX}YAML_OVERRIDES`, group: 'Cassandra', sets: config('yaml_overrides'), type: jsonObject, default: '{}',
    description: 'cassandra.yaml settings as one JSON object, e.g. `{"concurrent_reads": 64, "key_cache_size": "100MiB"}`. Keys must be Cassandra 5.0 keys the framework does not set itself (ports, addresses, directories, seeds, tokens and the snitch have their own variables); values are typed like cassandra.yaml (durations and sizes with units). A change restarts every node, one at a time.',
    expects: 'a JSON object of cassandra.yaml keys and values', example: '{"concurrent_reads": 64}',
    apply: (v, c) => { c.yamlOverrides = v; },
  }),
  setting({
    name: `${ENV_PREFIX}DEFAULT_DC`, group: 'Cassandra', sets: config('default_rack_dc.dc'), type: text, default: 'dc1',
    description: 'Data center of nodes on agents without a `CASSANDRA_DC` attribute. Letters, digits, `.`, `_`, `-`. Cannot change after the first deploy.',
    expects: 'a data center name', example: 'dc1',
    apply: (v, c) => { c.defaultRackDc.dc = v; },
  }),
  setting({
    name: `${ENV_PREFIX}DEFAULT_RACK`, group: 'Cassandra', sets: config('default_rack_dc.rack'), type: text, default: 'rack1',
    description: 'Rack of nodes on agents without a `CASSANDRA_RACK` attribute. Letters, digits, `.`, `_`, `-`. Cannot change after the first deploy.',
    expects: 'a rack name', example: 'rack1',
    apply: (v, c) => { c.defaultRackDc.rack = v; },
  }),
  setting({
    name: `${ENV_PREFIX}DATA_VOLUME_MODE`, group: 'Cassandra', sets: config('data_volume_mode'), type: choice(['PERSISTENT_VOLUME', 'SANDBOX'] as const), default: 'PERSISTENT_VOLUME',
    description: `Where node data lives: PERSISTENT_VOLUME (a dynamic reservation and persistent volume; needs a role other than \`*\`) or SANDBOX (the executor sandbox: data is lost with it; development only). Cannot change after the first deploy.`,
    expects: 'PERSISTENT_VOLUME or SANDBOX', example: 'PERSISTENT_VOLUME',
    apply: (v, c) => { c.dataVolumeMode = cassandra_mesos.v1.DataVolumeMode[v]; },
  }),
  setting({
    name: `${ENV_PREFIX}NUM_TOKENS`, group: 'Cassandra', sets: config('num_tokens'), type: wholeNumber(), default: String(DEFAULT_NUM_TOKENS),
    description: `Virtual nodes per node (\`num_tokens\`, ${L.numTokens.min}-${L.numTokens.max}). Cannot change after the first deploy.`,
    expects: 'the number of vnodes per node', example: String(DEFAULT_NUM_TOKENS),
    apply: (v, c) => { c.numTokens = v; },
  }),
  setting({
    name: `${ENV_PREFIX}ENDPOINT_SNITCH`, group: 'Cassandra', sets: config('endpoint_snitch'), type: text, default: DEFAULT_ENDPOINT_SNITCH,
    description: 'cassandra.yaml `endpoint_snitch` (a class name). Cannot change after the first deploy.',
    expects: 'a snitch class name', example: DEFAULT_ENDPOINT_SNITCH,
    apply: (v, c) => { c.endpointSnitch = v; },
  }),
  setting({
    name: `${ENV_PREFIX}ROLE`, group: 'Mesos', sets: config('role'), type: text,
    default: { doc: `\`<${FRAMEWORK_NAME}>-role\``, derive: (r) => `${r(FRAMEWORK_NAME)}-role` },
    description: 'Mesos role of the framework\'s offers, reservations and volumes. `*` only works with SANDBOX data. Cannot change after the first deploy.',
    expects: 'a Mesos role name', example: 'cassandra-role',
    apply: (v, c) => { c.role = v; },
  }),
  setting({
    name: `${ENV_PREFIX}PRINCIPAL`, group: 'Mesos', sets: config('principal'), type: text, default: 'cassandra-mesos',
    description: 'Mesos principal of the framework; it owns the reservations. Cannot change after the first deploy.',
    expects: 'a Mesos principal', example: 'cassandra-mesos',
    apply: (v, c) => { c.principal = v; },
  }),
  setting({
    name: `${ENV_PREFIX}MASTER_URL`, group: 'Mesos', sets: runtime('mesosMaster'), type: mesosMasterUrl, default: 'http://127.0.0.1:5050',
    description: 'The Mesos master (or mesos-local) the scheduler subscribes to; redirects to the leading master are followed.',
    expects: 'the Mesos master\'s URL', example: 'http://master.mesos:5050',
    apply: (v, _c, s) => { s.mesosMaster = v; },
  }),
  setting({
    name: `${ENV_PREFIX}EXECUTOR_COMMAND`, group: 'Artifacts', sets: runtime('executorCommand'), type: text, default: DEFAULT_EXECUTOR_COMMAND,
    description: `Shell command the agent runs in the sandbox to start the executor (after fetching the artifacts); the default is the launcher of the executor tarball. The scheduler also hands ${ENV_PREFIX}JAVA_HOME, ${ENV_PREFIX}CASSANDRA_HOME, ${ENV_PREFIX}JOLOKIA_JAR, ${ENV_PREFIX}JVM_EXTRA_ARGS, ${ENV_PREFIX}EXECUTOR_LOG_LEVEL and ${ENV_PREFIX}NODE_BIN (the node binary the tarball's launcher runs) from its own environment to every executor when they are set (for agents that have Java, Cassandra and Jolokia installed, as on one machine).`,
    expects: 'a shell command', example: 'node /opt/cassandra-mesos/executor/dist/main.js',
    apply: (v, _c, s) => { s.executorCommand = v; },
  }),
  setting({
    name: `${ENV_PREFIX}ZK_URL`, group: 'Scheduler', sets: runtime('zookeeper'), type: zookeeperUrl, default: '',
    description: `ZooKeeper holding the state, \`zk://host:port[,host:port...][/root]\` (root default \`/cassandra-mesos\`; the state is under \`<root>/<${FRAMEWORK_NAME}>\`). No credentials in the URL. Empty = the embedded file store in ${ENV_PREFIX}STATE_DIR (one scheduler, no failover).`,
    expects: 'a ZooKeeper URL', example: 'zk://zk1:2181,zk2:2181,zk3:2181/cassandra-mesos',
    apply: (v, _c, s) => { s.zookeeper = v; },
  }),
  setting({
    name: `${ENV_PREFIX}STATE_DIR`, group: 'Scheduler', sets: runtime('stateDir'), type: text, default: '.cassandra-mesos-state',
    description: `Directory of the embedded state store, used only when ${ENV_PREFIX}ZK_URL is empty; relative to the scheduler's working directory.`,
    expects: 'a directory', example: '/var/lib/cassandra-mesos',
    apply: (v, _c, s) => { s.stateDir = v; },
  }),
  setting({
    name: `${ENV_PREFIX}API_HOST`, group: 'Scheduler', sets: runtime('apiHost'), type: matching('IP address or host name', /^[0-9A-Za-z:.%_-]+$/, 'is not an IP address or host name'), default: '0.0.0.0',
    description: 'Address the REST/gRPC API and the artifact server listen on.',
    expects: 'an address to listen on', example: '0.0.0.0',
    apply: (v, _c, s) => { s.apiHost = v; },
  }),
  setting({
    name: `${ENV_PREFIX}API_PORT`, group: 'Scheduler', sets: runtime('apiPort'), type: wholeNumber({ min: 1, max: 65535 }),
    default: { doc: 'Marathon\'s `PORT0` when set, else 8080', derive: (_r, env) => env['PORT0']?.trim() || '8080' },
    description: 'Port of the REST API, the web UI and the artifact server.',
    expects: 'a TCP port', example: '8080',
    apply: (v, _c, s) => { s.apiPort = v; },
  }),
  GRPC_PORT_SETTING,
  setting({
    name: `${ENV_PREFIX}ARTIFACT_DIR`, group: 'Artifacts', sets: runtime('artifactDir'), type: text, default: '',
    description: `Directory whose files the scheduler serves at \`/v1/artifacts/<name>\` on its API port. Empty = \`artifacts/\` of the scheduler tarball. When ${ENV_PREFIX}EXECUTOR_URI is empty and the directory holds one \`cassandra-mesos-executor-<version>.tar.gz\`, every executor is fetched from the scheduler.`,
    expects: 'a directory', example: '/opt/cassandra-mesos/artifacts',
    apply: (v, _c, s) => { s.artifactDir = v; },
  }),
  setting({
    name: `${ENV_PREFIX}LOG_LEVEL`, group: 'Scheduler', sets: runtime('logLevel'), type: choice(LOG_LEVELS), default: 'info',
    description: 'Scheduler log level.',
    expects: `one of ${LOG_LEVELS.join(', ')}`, example: 'info',
    apply: (v, _c, s) => { s.logLevel = v; },
  }),
  setting({
    name: `${ENV_PREFIX}PRINCIPAL_SECRET`, group: 'Secrets', sets: secret('principalSecret'), type: secretText(1), default: '',
    description: `Secret of ${ENV_PREFIX}PRINCIPAL for Mesos HTTP authentication. Empty = the scheduler does not authenticate.`,
    expects: 'the principal\'s secret',
    apply: () => undefined,
  }),
  setting({
    name: `${ENV_PREFIX}API_TOKEN`, group: 'Secrets', sets: secret('apiToken'), type: secretText(16), default: '',
    description: 'Bearer token the REST and gRPC APIs require (at least 16 characters). Empty = the APIs do not authenticate: only for a trusted network.',
    expects: 'a random token of at least 16 characters',
    apply: () => undefined,
  }),
  setting({
    name: `${ENV_PREFIX}S3_ACCESS_KEY_ID`, group: 'Secrets', sets: secret('s3AccessKeyId'), type: secretText(1), default: '',
    description: `S3 access key id for backups; set together with ${ENV_PREFIX}S3_SECRET_ACCESS_KEY. Empty = no static credentials.`,
    expects: 'an S3 access key id',
    apply: () => undefined,
  }),
  setting({
    name: `${ENV_PREFIX}S3_SECRET_ACCESS_KEY`, group: 'Secrets', sets: secret('s3SecretAccessKey'), type: secretText(1), default: '',
    description: `S3 secret access key for backups; set together with ${ENV_PREFIX}S3_ACCESS_KEY_ID.`,
    expects: 'the S3 secret access key',
    apply: () => undefined,
  }),
  setting({
    name: `${ENV_PREFIX}S3_SESSION_TOKEN`, group: 'Secrets', sets: secret('s3SessionToken'), type: secretText(1), default: '',
    description: 'S3 session token for temporary credentials; needs the access key id and secret access key.',
    expects: 'an S3 session token',
    apply: () => undefined,
  }),
];

/**
 * Variables with the prefix that other components read (setup scripts, testkit, the executor). The
 * scheduler ignores them instead of calling them typos.
 */
export const OTHER_COMPONENT_VARIABLES: Readonly<Record<string, string>> = {
  CASSANDRA_MESOS_RUNTIME_DIR: 'scripts/setup-runtime.sh and testkit: where runtime components are installed',
  CASSANDRA_MESOS_WORK_DIR: 'testkit: scratch directory of started processes',
  CASSANDRA_MESOS_MAVEN_REPO: 'scripts/setup-runtime.sh: local Maven repository',
  CASSANDRA_MESOS_TESTKIT_CHILD: 'testkit: marks the processes it started',
  CASSANDRA_MESOS_TESTKIT_SESSION: 'testkit: its session id',
  CASSANDRA_MESOS_JAVA_HOME: 'executor: JDK 17 home on the agent',
  CASSANDRA_MESOS_NODE_BIN: 'bin/ launchers of the tarballs: the node binary to run with',
  CASSANDRA_MESOS_CASSANDRA_HOME: 'executor: Cassandra home on the agent',
  CASSANDRA_MESOS_JOLOKIA_JAR: 'executor: Jolokia agent jar on the agent',
  CASSANDRA_MESOS_JVM_EXTRA_ARGS: 'executor: extra JVM flags',
  CASSANDRA_MESOS_EXECUTOR_LOG_LEVEL: 'executor: its log level',
};

/** The variable that sets a config field (or map) path, for naming problems in the operator's terms. */
export function environmentVariableOf(path: string): string | undefined {
  return SCHEDULER_ENVIRONMENT.find((s) => s.sets.kind === 'config' && s.sets.path === path)?.name;
}

/** FieldNaming for problems about an environment-built config: the variable's name, else the path. */
export const ENVIRONMENT_NAMES = (path: string): string => environmentVariableOf(path) ?? path;
