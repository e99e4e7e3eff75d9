// What local-stack hands the scheduler and mesos-local: the scheduler's environment in local mode,
// its validation by the scheduler's own settings table (so a bad --heap-mb fails before anything
// starts, naming the option), the agents' resources, and the executor tarball the scheduler serves.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPTION_OF_VARIABLE } from './options.mjs';

export class SettingsError extends Error {
  constructor(message) {
    super(message);
    this.name = 'SettingsError';
    this.exitCode = 2;
  }
}

/** Fixed per node (127.0.0.x): storage and legacy TLS storage, Jolokia, native (CQL). */
const NODE_PORT_RANGES = [[7000, 7001], [8778, 8778], [9042, 9042]];
/** What the scheduler asks for each executor, next to the Cassandra task (launchSettings in its main.ts). */
const EXECUTOR_OVERHEAD = { cpus: 0.1, memMb: 256 };

/** Every agent offers room for one Cassandra task and its executor, at least what the old defaults gave. */
export function agentResources(options) {
  return {
    cpus: Math.max(4, Math.ceil(options.cpus + EXECUTOR_OVERHEAD.cpus)),
    memMb: Math.max(8192, options.memMb + EXECUTOR_OVERHEAD.memMb),
    diskMb: Math.max(20_000, options.diskMb + 1024),
    ports: NODE_PORT_RANGES,
  };
}

/**
 * The scheduler's environment in local mode. Everything here wins over the user's own CASSANDRA_MESOS_*
 * variables (the scheduler process gets those too).
 */
export function schedulerEnvironment(options, { masterUrl, apiPort, zkUrl, stateDir, artifactDir, runtime }) {
  return {
    CASSANDRA_MESOS_FRAMEWORK_NAME: options.name,
    CASSANDRA_MESOS_NODE_COUNT: String(options.nodes),
    CASSANDRA_MESOS_SEED_COUNT: String(Math.min(2, options.nodes)),
    CASSANDRA_MESOS_CPUS: String(options.cpus),
    CASSANDRA_MESOS_MEM_MB: String(options.memMb),
    CASSANDRA_MESOS_HEAP_MB: String(options.heapMb),
    CASSANDRA_MESOS_DISK_MB: String(options.diskMb),
    // Nodes share this host's loopback, where a JMX port would collide; the executor uses Jolokia.
    CASSANDRA_MESOS_JMX_PORT: '0',
    CASSANDRA_MESOS_ROLE: 'cassandra',
    CASSANDRA_MESOS_HEALTH_CHECK_INTERVAL: '10s',
    CASSANDRA_MESOS_BOOTSTRAP_GRACE: '5s',
    CASSANDRA_MESOS_MASTER_URL: masterUrl,
    CASSANDRA_MESOS_ZK_URL: zkUrl ?? '',
    CASSANDRA_MESOS_STATE_DIR: stateDir,
    CASSANDRA_MESOS_API_HOST: '127.0.0.1',
    CASSANDRA_MESOS_API_PORT: String(apiPort),
    // The packaged executor: served by the scheduler at /v1/artifacts, fetched by each agent through
    // CommandInfo.uris, started by the default command (the tarball's launcher) with this Node.js.
    CASSANDRA_MESOS_ARTIFACT_DIR: artifactDir,
    CASSANDRA_MESOS_EXECUTOR_URI: '',
    CASSANDRA_MESOS_EXECUTOR_COMMAND: '',
    CASSANDRA_MESOS_NODE_BIN: process.execPath,
    // Java, Cassandra and Jolokia are installed on this machine (scripts/setup-runtime.sh): not fetched.
    CASSANDRA_MESOS_JAVA_HOME: runtime.java.home,
    CASSANDRA_MESOS_CASSANDRA_HOME: runtime.cassandra.home,
    CASSANDRA_MESOS_JOLOKIA_JAR: runtime.jolokia.agentJar,
    CASSANDRA_MESOS_JVM_EXTRA_ARGS: '-Dcassandra.skip_wait_for_gossip_to_settle=0 -Dcassandra.ring_delay_ms=5000',
  };
}

/** Throws SettingsError listing what the scheduler would refuse, each problem prefixed by the option that set it. */
export function checkSchedulerEnvironment(model, env) {
  const parsed = model.parseSchedulerEnvironment({ ...process.env, ...env });
  if (parsed.ok) return;
  const lines = parsed.errors.map((e) => {
    const option = OPTION_OF_VARIABLE[e.field.split('.')[0]];
    return `- ${option ? `${option}: ` : ''}${e.message}`;
  });
  throw new SettingsError(`the scheduler would refuse these settings:\n${lines.join('\n')}`);
}

/**
 * Copies this clone's executor tarball (from `npm run package`) into `artifactDir`, which must hold
 * nothing else of its kind: the scheduler refuses to choose between two. Returns its file name.
 */
export function stageExecutorTarball(root, artifactDir) {
  const { version } = JSON.parse(readFileSync(join(root, 'packages', 'executor', 'package.json'), 'utf8'));
  const name = `cassandra-mesos-executor-${version}.tar.gz`;
  const source = join(root, 'dist-artifacts', name);
  mkdirSync(artifactDir, { recursive: true });
  try {
    copyFileSync(source, join(artifactDir, name));
  } catch (err) {
    throw new Error(`cannot copy the executor tarball ${source} (${err.code ?? err.message}): run \`npm run package\` (local-stack's setup does) and try again`);
  }
  return name;
}
