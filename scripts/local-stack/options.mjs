// Command-line options of local-stack: parsed with node:util parseArgs (strict), checked before any
// setup runs, so a typo costs a second and not a build. Rules that need the scheduler's own settings
// table (heap vs memory, framework name, ZooKeeper URL) are checked again by schedulerEnvironmentProblems
// once the workspaces are built.
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const MAX_NODES = 3; // Cassandra nodes live on 127.0.0.1-3 with fixed ports

export const DEFAULTS = Object.freeze({ nodes: 3, name: 'local', cpus: 1, memMb: 2048, heapMb: 768, diskMb: 2048, dataDir: '.work/local-stack' });

export const USAGE = `Usage: ./scripts/local-stack.sh [options]

Sets up this clone on first use (npm dependencies, JDK 17 and the pinned runtime components, build,
executor tarball), then runs a cassandra-mesos cluster on this machine: mesos-local with one agent per
node on 127.0.0.1-N, s3proxy, and the scheduler, which deploys N real Cassandra 5.0 nodes through the
packaged executor (fetched by each agent from the scheduler's /v1/artifacts). It prints one status line
whenever the deploy changes, then the API, metrics and CQL addresses. Ctrl-C stops everything it
started (the scheduler, then mesos-local, whose executors drain Cassandra, then s3proxy/ZooKeeper).
Each start is a new cluster: the data directory's mesos-local/, state/ and artifacts/ are reset.

Options:
  --nodes <1-3>          Cassandra nodes, one per agent on 127.0.0.1..N (default ${DEFAULTS.nodes}); seeds: min(2, N)
  --name <name>          framework (and cluster) name: 1-64 letters, digits, '.', '_', '-' (default ${DEFAULTS.name})
  --cpus <n>             CPUs of each Cassandra task, e.g. 0.5 or 2 (default ${DEFAULTS.cpus})
  --mem-mb <MiB>         memory of each Cassandra task, heap and off-heap, at least 1024 (default ${DEFAULTS.memMb})
  --heap-mb <MiB>        JVM heap of each node; must leave a quarter of --mem-mb off the heap (default ${DEFAULTS.heapMb})
  --disk-mb <MiB>        disk (persistent volume) of each node, at least 1024 (default ${DEFAULTS.diskMb})
  --data-dir <dir>       where mesos-local's sandboxes, the state, the logs and the endpoints file go
                         (default ${DEFAULTS.dataDir} in this clone; relative paths are relative to where you run this)
  --api-port <port>      port of the scheduler's REST API on 127.0.0.1 (default: a free port)
  --zk <zk://...>        keep the scheduler's state in this ZooKeeper, zk://host:port[,host:port][/root]
                         (default: the embedded file store in <data dir>/state)
  --with-zookeeper       start a local ZooKeeper and keep the state there (instead of --zk)
  -h, --help             this text

Other CASSANDRA_MESOS_* variables in your environment reach the scheduler (docs/configuration.md),
e.g. CASSANDRA_MESOS_LOG_LEVEL=debug; these options and the local-mode settings win over them.

Files in the data directory: scheduler.log, mesos-local.log, setup.log, local-stack.json (0600: every
endpoint, including the local s3proxy's keys), mesos-local/ (agents and executor sandboxes), state/.

Example:
  ./scripts/local-stack.sh --nodes 2 --mem-mb 3072 --heap-mb 1024 --data-dir /tmp/cm --api-port 18080`;

export class UsageError extends Error {
  constructor(message) {
    super(message);
    this.name = 'UsageError';
  }
}

const OPTIONS = {
  nodes: { type: 'string' },
  name: { type: 'string' },
  cpus: { type: 'string' },
  'mem-mb': { type: 'string' },
  'heap-mb': { type: 'string' },
  'disk-mb': { type: 'string' },
  'data-dir': { type: 'string' },
  'api-port': { type: 'string' },
  zk: { type: 'string' },
  'with-zookeeper': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

function wholeNumber(option, text, min, max, what) {
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`--${option} '${text}' is not a whole number: pass ${what}`);
  const n = Number(text.trim());
  if (n < min || n > max) throw new UsageError(`--${option} ${n} is out of range: pass ${what}`);
  return n;
}

/**
 * The options as a plain object, or { help: true }. Throws UsageError naming the option and what to
 * pass. `cwd` is where the user ran the command (relative --data-dir paths start there), `root` the clone.
 */
export function parseOptions(argv, { cwd, root }) {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (err) {
    // parseArgs says e.g. "Unknown option '--node'" or "Option '--nodes <value>' argument missing".
    throw new UsageError(`${err.message.replace(/\. To specify a positional argument.*$/s, '')}; see --help for the options`);
  }
  if (values.help) return { help: true };

  const nodes = values.nodes === undefined ? DEFAULTS.nodes : wholeNumber('nodes', values.nodes, 1, MAX_NODES, `1, 2 or ${MAX_NODES} (the nodes live on 127.0.0.1-${MAX_NODES})`);
  const name = values.name ?? DEFAULTS.name;
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(name)) throw new UsageError(`--name '${name}' is not a usable framework name: pass 1-64 letters, digits, '.', '_' or '-'`);
  let cpus = DEFAULTS.cpus;
  if (values.cpus !== undefined) {
    cpus = Number(values.cpus.trim());
    if (!/^\d+(\.\d+)?$/.test(values.cpus.trim()) || !(cpus >= 0.1 && cpus <= 1024)) throw new UsageError(`--cpus '${values.cpus}' is not a number of CPUs: pass a decimal number from 0.1 to 1024, e.g. 1 or 0.5`);
  }
  const memMb = values['mem-mb'] === undefined ? DEFAULTS.memMb : wholeNumber('mem-mb', values['mem-mb'], 1024, 1_048_576, 'the task memory in MiB, at least 1024, e.g. 2048');
  const heapMb = values['heap-mb'] === undefined ? DEFAULTS.heapMb : wholeNumber('heap-mb', values['heap-mb'], 0, 16_384, 'the heap in MiB (0 = half of --mem-mb, at most 16384), e.g. 768');
  const diskMb = values['disk-mb'] === undefined ? DEFAULTS.diskMb : wholeNumber('disk-mb', values['disk-mb'], 1024, 104_857_600, 'the disk per node in MiB, at least 1024, e.g. 2048');
  const apiPort = values['api-port'] === undefined ? undefined : wholeNumber('api-port', values['api-port'], 1, 65_535, 'a TCP port from 1 to 65535 that is free on 127.0.0.1');

  const zk = values.zk?.trim();
  if (zk !== undefined && !/^zk:\/\/[^/\s@]+(\/\S*)?$/.test(zk)) throw new UsageError(`--zk '${values.zk}' is not a ZooKeeper URL: pass zk://host:port[,host:port...][/root], without credentials`);
  const withZooKeeper = values['with-zookeeper'] === true;
  if (zk !== undefined && withZooKeeper) throw new UsageError('--zk and --with-zookeeper exclude each other: pass --zk to use your ZooKeeper, or --with-zookeeper to start one here');

  const dataDirText = values['data-dir'] ?? DEFAULTS.dataDir;
  if (dataDirText.trim() === '') throw new UsageError("--data-dir '' is empty: pass a directory, e.g. /tmp/local-stack");
  const dataDir = isAbsolute(dataDirText) ? resolve(dataDirText) : resolve(values['data-dir'] === undefined ? root : cwd, dataDirText);
  if (dataDir === '/' || dataDir === root) throw new UsageError(`--data-dir ${dataDir} would mix the cluster's files with ${dataDir === '/' ? 'the whole file system' : 'the clone'}: pass a directory of its own, e.g. ${resolve(root, DEFAULTS.dataDir)}`);

  return { help: false, nodes, name, cpus, memMb, heapMb, diskMb, dataDir, apiPort, zk, withZooKeeper };
}

/** The scheduler environment variable each option sets, to name the option in the scheduler's own errors. */
export const OPTION_OF_VARIABLE = Object.freeze({
  CASSANDRA_MESOS_FRAMEWORK_NAME: '--name',
  CASSANDRA_MESOS_NODE_COUNT: '--nodes',
  CASSANDRA_MESOS_CPUS: '--cpus',
  CASSANDRA_MESOS_MEM_MB: '--mem-mb',
  CASSANDRA_MESOS_HEAP_MB: '--heap-mb',
  CASSANDRA_MESOS_DISK_MB: '--disk-mb',
  CASSANDRA_MESOS_API_PORT: '--api-port',
  CASSANDRA_MESOS_ZK_URL: '--zk',
});
