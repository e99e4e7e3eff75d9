// Starts the local stack (see local-stack.sh) and keeps it up until Ctrl-C.
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const testkit = require('@cassandra-mesos/testkit');
const { startLocalMesos } = require('@cassandra-mesos/mesos-local');

const { values } = parseArgs({ options: { nodes: { type: 'string', default: '3' } } });
const nodes = Number(values.nodes);
if (!Number.isInteger(nodes) || nodes < 1 || nodes > 3) {
  console.error(`--nodes must be 1, 2 or 3 (got '${values.nodes}'): Cassandra nodes live on 127.0.0.1-3`);
  process.exit(2);
}

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

try {
  say('starting ZooKeeper and s3proxy ...');
  const [zk, s3] = await Promise.all([testkit.startZooKeeper(), testkit.startS3({ bucket: 'cassandra-backups' })]);
  // On Ctrl-C testkit's own signal hook may stop a server first: an exit during shutdown is expected.
  const quiet = { allowPriorExit: true };
  started.push({ name: 'ZooKeeper', stop: () => zk.stop(quiet) }, { name: 's3proxy', stop: () => s3.stop(quiet) });
  say(`ZooKeeper ${zk.version} ready at ${zk.connectString}; s3proxy ${s3.version} ready at ${s3.endpoint}`);

  say('starting mesos-local (3 agents on 127.0.0.1-3) ...');
  const mesosLocal = await startLocalMesos({ workDir: join(process.cwd(), '.work', 'mesos-local') });
  started.push({ name: 'mesos-local', stop: () => mesosLocal.stop() });
  say(`mesos-local master at ${mesosLocal.masterUrl}`);

  say(`starting ${nodes} Cassandra node(s) on 127.0.0.1-${nodes} ...`);
  const jolokiaPassword = randomBytes(18).toString('base64url');
  const cluster = await testkit.startCassandraCluster({ nodes, jolokiaUser: 'operator', jolokiaPassword });
  started.push({ name: 'Cassandra', stop: () => cluster.stop(quiet) });
  for (const n of cluster.nodes) say(`${n.name}: NORMAL, CQL ${n.ip}:${n.cqlPort}, Jolokia ${n.jolokiaUrl} (up in ${(n.startupMs / 1000).toFixed(1)}s)`);

  // Credentials of this throwaway stack go to a file only the current user can read, not to the terminal.
  const dir = join(process.cwd(), '.work');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'local-stack.json');
  writeFileSync(file, JSON.stringify({
    zookeeper: zk.connectString,
    s3: { endpoint: s3.endpoint, region: s3.region, bucket: s3.bucket, accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    mesosMaster: mesosLocal.masterUrl,
    cassandra: { cql: cluster.contactPoints, datacenter: cluster.datacenter, jolokia: cluster.nodes.map((n) => n.jolokiaUrl), jolokiaUser: 'operator', jolokiaPassword },
  }, null, 2), { mode: 0o600 });
  say(`stack healthy: Cassandra ${cluster.version}, Jolokia ${cluster.jolokiaVersion}. Endpoints and credentials: ${file}`);
  say('press Ctrl-C to stop everything');
} catch (err) {
  console.error(`failed to start the stack: ${err.message}`);
  if (err.logFile) console.error(`log: ${err.logFile}\n${(err.logTail ?? []).join('\n')}`);
  await stopAll();
  process.exit(1);
}
