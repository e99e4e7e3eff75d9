// Runs a whole cassandra-mesos cluster on this machine (see local-stack.sh): ZooKeeper and s3proxy
// from testkit, mesos-local with agents on 127.0.0.1-N, and the real scheduler process, which deploys
// N Cassandra nodes through the real executor. Prints the deploy's progress and where CQL answers;
// Ctrl-C stops the scheduler, then mesos-local (its executors drain and stop Cassandra), then the rest.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const testkit = require('@cassandra-mesos/testkit');
const { startLocalMesos } = require('@cassandra-mesos/mesos-local');
const { derivePlans, isLive } = require('@cassandra-mesos/model');
const { openZooKeeperStateStore, readSchedulerState, ZooKeeperConnection } = require('@cassandra-mesos/scheduler');

const { values } = parseArgs({ options: { nodes: { type: 'string', default: '3' }, name: { type: 'string', default: 'local' } } });
const nodes = Number(values.nodes);
if (!Number.isInteger(nodes) || nodes < 1 || nodes > 3) {
  console.error(`--nodes must be 1, 2 or 3 (got '${values.nodes}'): Cassandra nodes live on 127.0.0.1-3`);
  process.exit(2);
}
const framework = values.name;
const root = process.cwd();
const started = [];
const t0 = Date.now();
const since = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const say = (msg) => console.log(`[${since()}] ${msg}`);

async function stopAll() {
  for (const s of started.reverse()) {
    try {
      await s.stop();
    } catch (err) {
      console.error(`stopping ${s.name}: ${err.message}`);
    }
  }
}

let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    say('stopping everything ...');
    stopAll().then(() => { say('stopped; nothing left running'); process.exit(0); }, () => process.exit(1));
  });
}

function startScheduler(env, logFile) {
  const proc = spawn(process.execPath, [join(root, 'packages/scheduler/dist/main.js')], { stdio: ['ignore', 'pipe', 'pipe'], env });
  const exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  const out = createWriteStream(logFile, { flags: 'a' });
  proc.stdout.pipe(out);
  proc.stderr.pipe(out);
  return {
    proc,
    exited,
    stop: async () => {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function deployProgress(store) {
  const state = await readSchedulerState(store);
  if (!state) return { status: 'STARTING', live: 0, records: [] };
  const records = [...state.nodes.values()];
  const deploy = derivePlans(state, Date.now()).find((p) => p.name === 'deploy');
  return { status: deploy?.status ?? 'PENDING', live: records.filter((n) => isLive(n)).length, records };
}

try {
  const work = join(root, '.work');
  mkdirSync(work, { recursive: true });
  say('starting ZooKeeper and s3proxy ...');
  const [zk, s3] = await Promise.all([testkit.startZooKeeper(), testkit.startS3({ bucket: 'cassandra-backups' })]);
  const quiet = { allowPriorExit: true };
  started.push({ name: 'ZooKeeper', stop: () => zk.stop(quiet) }, { name: 's3proxy', stop: () => s3.stop(quiet) });
  say(`ZooKeeper ${zk.version} at ${zk.connectString}; s3proxy ${s3.version} at ${s3.endpoint}`);

  const ips = Array.from({ length: nodes }, (_, i) => `127.0.0.${i + 1}`);
  say(`starting mesos-local (agents on ${ips.join(', ')}) ...`);
  const mesosLocal = await startLocalMesos({
    workDir: join(work, 'mesos-local'),
    port: 0,
    agents: ips.map((ip) => ({ ip, resources: { cpus: 4, memMb: 8192, diskMb: 20_000, ports: [[7000, 7001], [8778, 8778], [9042, 9042]] } })),
  });
  started.push({ name: 'mesos-local', stop: () => mesosLocal.stop() });
  say(`mesos-local master at ${mesosLocal.masterUrl}`);

  const runtime = testkit.loadRuntime();
  const apiPort = await testkit.freePort();
  const schedulerLog = join(work, 'scheduler.log');
  const scheduler = startScheduler(
    {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      CASSANDRA_MESOS_FRAMEWORK_NAME: framework,
      CASSANDRA_MESOS_NODE_COUNT: String(nodes),
      CASSANDRA_MESOS_SEED_COUNT: String(Math.min(2, nodes)),
      CASSANDRA_MESOS_CPUS: '1',
      CASSANDRA_MESOS_MEM_MB: '2048',
      CASSANDRA_MESOS_HEAP_MB: '768',
      CASSANDRA_MESOS_DISK_MB: '2048',
      // Nodes share this host's loopback, where a JMX port would collide; the executor uses Jolokia.
      CASSANDRA_MESOS_JMX_PORT: '0',
      CASSANDRA_MESOS_ROLE: 'cassandra',
      CASSANDRA_MESOS_HEALTH_CHECK_INTERVAL: '10s',
      CASSANDRA_MESOS_BOOTSTRAP_GRACE: '5s',
      CASSANDRA_MESOS_MASTER_URL: mesosLocal.masterUrl,
      CASSANDRA_MESOS_ZK_URL: `zk://${zk.connectString}`,
      CASSANDRA_MESOS_API_HOST: '127.0.0.1',
      CASSANDRA_MESOS_API_PORT: String(apiPort),
      CASSANDRA_MESOS_EXECUTOR_COMMAND: `${process.execPath} ${join(root, 'packages/executor/dist/main.js')}`,
      CASSANDRA_MESOS_JAVA_HOME: runtime.java.home,
      CASSANDRA_MESOS_CASSANDRA_HOME: runtime.cassandra.home,
      CASSANDRA_MESOS_JOLOKIA_JAR: runtime.jolokia.agentJar,
      CASSANDRA_MESOS_JVM_EXTRA_ARGS: '-Dcassandra.skip_wait_for_gossip_to_settle=0 -Dcassandra.ring_delay_ms=5000',
    },
    schedulerLog,
  );
  started.push({ name: 'scheduler', stop: () => scheduler.stop() });
  say(`scheduler started (pid ${scheduler.proc.pid}, framework '${framework}', log ${schedulerLog})`);

  const connection = await ZooKeeperConnection.connect(`zk://${zk.connectString}`);
  const store = await openZooKeeperStateStore({ connection, frameworkName: framework });
  started.push({ name: 'state reader', stop: () => connection.close() });
  let last = '';
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    if (scheduler.proc.exitCode !== null) throw new Error(`the scheduler exited with code ${scheduler.proc.exitCode}; see ${schedulerLog}`);
    const p = await deployProgress(store);
    const line = `deploy ${p.status}: ${p.live}/${nodes} nodes live`;
    if (line !== last) say(line);
    last = line;
    if (p.status === 'COMPLETE') {
      for (const n of p.records) say(`${n.nodeId}${n.seed ? ' (seed)' : ''}: ${n.health?.operationMode ?? '?'}, CQL ${n.ip}:9042, agent ${n.hostname}`);
      break;
    }
    if (Date.now() > deadline) throw new Error(`the deploy did not complete within 15 minutes; see ${schedulerLog}`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
  const file = join(work, 'local-stack.json');
  writeFileSync(file, JSON.stringify({
    framework,
    zookeeper: zk.connectString,
    mesosMaster: mesosLocal.masterUrl,
    schedulerLog,
    cql: ips.map((ip) => `${ip}:9042`),
    datacenter: 'dc1',
    s3: { endpoint: s3.endpoint, region: s3.region, bucket: s3.bucket, accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
  }, null, 2), { mode: 0o600 });
  say(`cluster ready in ${since()}: CQL at ${ips.map((ip) => `${ip}:9042`).join(', ')} (dc1). Endpoints: ${file}`);
  say('press Ctrl-C to stop everything');
} catch (err) {
  console.error(`failed to start the local cluster: ${err.message}`);
  if (err.logFile) console.error(`log: ${err.logFile}\n${(err.logTail ?? []).join('\n')}`);
  await stopAll();
  process.exit(1);
}
