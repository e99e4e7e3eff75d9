// Health-check round trip: the executor's ONE Jolokia bulk POST (CassandraJmx.health()) against the
// same facts read by Cassandra's nodetool, a fresh JVM + JMX/RMI connection per read. One real
// Cassandra 5.0 node from testkit. Prints figures; asserts nothing about them.
//
//   flock /tmp/cassandra-ports.lock npm run bench -w @cassandra-mesos/cassandra-jmx [-- --reads 1000 --warmup 200 --nodetool-runs 10]
//
// The node is always torn down: in `finally` on success, error and Ctrl-C (a second Ctrl-C exits at
// once; testkit's exit hook and watchdog still stop the JVM).
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  CassandraJmx,
  healthRequests,
  isLive,
  RUNTIME,
  type NodeHealth,
} from '@cassandra-mesos/cassandra-jmx';
import {
  assertNothingLeftRunning,
  freePort,
  loadRuntime,
  startCassandraCluster,
  type CassandraCluster,
  type CassandraNode,
  type Runtime,
} from '@cassandra-mesos/testkit';
import { nodetoolRunner, parseNodetoolInfo, startJmxAgent, BenchSetupError, type ToolRun } from './nodetool';
import { ratio, renderTable, summarize, type BenchRow } from './stats';

interface BenchOptions {
  readonly reads: number;
  readonly warmup: number;
  readonly nodetoolRuns: number;
}

function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      reads: { type: 'string', default: '1000' },
      warmup: { type: 'string', default: '200' },
      'nodetool-runs': { type: 'string', default: '10' },
    },
    strict: true,
  });
  const count = (name: string, raw: string, min: number): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min)
      throw new BenchSetupError(`--${name} must be an integer >= ${min}, got '${raw}'`);
    return n;
  };
  return {
    reads: count('reads', values.reads, 1),
    warmup: count('warmup', values.warmup, 0),
    nodetoolRuns: count('nodetool-runs', values['nodetool-runs'], 1),
  };
}

const log = (text: string): void => console.error(`[bench] ${text}`);

/** Runs `call` `count` times one after the other; per-call latencies and the wall time of the series. */
async function timeSequential(
  count: number,
  signal: AbortSignal,
  call: () => Promise<unknown>,
): Promise<{ samplesMs: number[]; wallMs: number }> {
  const samplesMs: number[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    signal.throwIfAborted();
    const t0 = performance.now();
    await call();
    samplesMs.push(performance.now() - t0);
  }
  return { samplesMs, wallMs: performance.now() - started };
}

/** testkit already waited for NORMAL; this waits until OUR health read is complete and live too. */
async function waitForCompleteHealth(
  jmx: CassandraJmx,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<NodeHealth> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const health = await jmx.health({ signal });
    if (isLive(health) && health.missing.length === 0) return health;
    if (Date.now() > deadline) {
      const why = health.missing.map((m) => `${m.field}: ${m.reason}`).join('; ');
      throw new BenchSetupError(
        `the node's health read was not complete and live within ${timeoutMs} ms ` +
          `(OperationMode=${String(health.operationMode)}, native transport=${String(health.nativeTransportRunning)}${why === '' ? '' : `; ${why}`}); see the node's log`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function benchBulkReads(
  jmx: CassandraJmx,
  options: BenchOptions,
  signal: AbortSignal,
): Promise<BenchRow & { incomplete: number }> {
  log(`warm-up: ${options.warmup} health reads`);
  await timeSequential(options.warmup, signal, () => jmx.health({ signal }));
  log(`measuring: ${options.reads} sequential health reads`);
  let incomplete = 0;
  const run = await timeSequential(options.reads, signal, async () => {
    const health = await jmx.health({ signal });
    if (health.missing.length > 0 || !isLive(health)) incomplete++;
  });
  return {
    method: 'CassandraJmx.health(): 1 Jolokia bulk POST',
    summary: summarize(run.samplesMs),
    showTail: true,
    wallMs: run.wallMs,
    incomplete,
  };
}

async function benchNodetool(
  runtime: Runtime,
  node: CassandraNode,
  health: NodeHealth,
  options: BenchOptions,
  signal: AbortSignal,
): Promise<BenchRow> {
  const host = node.ip;
  const port = await freePort(host);
  log(`starting the JDK JMX agent in Cassandra (pid ${node.pid}) on ${host}:${port} via jcmd`);
  const endpoint = await startJmxAgent(runtime, {
    pid: node.pid,
    host,
    port,
    user: 'bench',
    password: randomBytes(18).toString('base64url'),
    dir: join(node.nodeDir, 'bench-jmx'),
    signal,
  });
  const info = nodetoolRunner(runtime, endpoint, join(node.nodeDir, 'bench-nodetool'), ['info']);

  // One untimed run warms the page cache for Cassandra's jars and proves nodetool reads this node.
  log('warm-up: 1 nodetool info');
  checkSameNode(await info(signal), health);
  log(`measuring: ${options.nodetoolRuns} nodetool info (a new JVM each)`);
  const run = await timeSequential(options.nodetoolRuns, signal, () => info(signal));
  return {
    method: 'nodetool info: new JVM + JMX/RMI per read',
    summary: summarize(run.samplesMs),
    showTail: options.nodetoolRuns >= 100,
    wallMs: run.wallMs,
  };
}

const NODELAY_FLAG = '-Dsun.net.httpserver.nodelay=true';

/**
 * Whether the node's JVM runs the JDK HTTP server (which the Jolokia agent uses) with TCP_NODELAY. It
 * is off by default, and then the server's separate header and body writes meet the client's delayed
 * ACK: most answers wait ~40 ms. Printed so the figures can be read right.
 */
async function jolokiaNoDelay(jmx: CassandraJmx, signal: AbortSignal): Promise<boolean> {
  const args = await jmx.client.read('inputArguments', RUNTIME, 'InputArguments', { signal });
  return Array.isArray(args) && args.includes(NODELAY_FLAG);
}

/** The comparison only means something if both clients read the same node: compare the identity. */
function checkSameNode(run: ToolRun, health: NodeHealth): void {
  const fields = parseNodetoolInfo(run.stdout);
  const seen = { id: fields.get('ID'), dc: fields.get('Data Center'), rack: fields.get('Rack') };
  if (seen.id !== health.hostId || seen.dc !== health.dataCenter || seen.rack !== health.rack)
    throw new BenchSetupError(
      `nodetool info reported ID=${String(seen.id)} DC=${String(seen.dc)} rack=${String(seen.rack)}, ` +
        `the health read ${String(health.hostId)}/${String(health.dataCenter)}/${String(health.rack)}: ` +
        `they are not reading the same node. nodetool printed:\n${run.stdout.trim()}`,
    );
}

function printReport(
  runtime: Runtime,
  cluster: CassandraCluster,
  bulk: BenchRow & { incomplete: number },
  nodetool: BenchRow,
  noDelay: boolean,
): void {
  const cpu = cpus();
  const [load1] = loadavg();
  console.log('');
  console.log(
    `Health-check round trip — Cassandra ${cluster.version} (1 node, ${cluster.nodes[0]?.ip ?? '?'}), ` +
      `Jolokia agent ${cluster.jolokiaVersion}, JDK ${runtime.java.version}, Node ${process.version}, ` +
      `${cpu.length} CPU (${cpu[0]?.model.trim() ?? 'unknown'}), load ${load1?.toFixed(2) ?? '?'}`,
  );
  const attributes = healthRequests().map((r) => String(r.attribute));
  console.log(
    `Cassandra up in ${cluster.startupMs} ms. One health read = ${attributes.length} attributes in one POST: ${attributes.join(', ')}.`,
  );
  console.log(
    'nodetool info is the closest nodetool read: host id, gossip, native transport, load, uptime, dc/rack, token, ' +
      'bootstrap state (plus heap, caches, repair %), through a new JVM and a JMX/RMI connection each time.',
  );
  console.log(
    noDelay
      ? `Jolokia's HTTP server runs with TCP_NODELAY (${NODELAY_FLAG}).`
      : `Jolokia's HTTP server runs WITHOUT TCP_NODELAY (no ${NODELAY_FLAG}): answers that miss the first segment wait ~40 ms for a delayed ACK.`,
  );
  console.log('');
  console.log(renderTable([bulk, nodetool]));
  console.log('');
  console.log(`nodetool p50 / health bulk p50 = ${ratio(nodetool.summary, bulk.summary).toFixed(0)}x`);
  console.log(
    `health reads that came back incomplete or not live: ${bulk.incomplete} of ${bulk.summary.count}; ` +
      `mean ${bulk.summary.meanMs.toFixed(2)} ms (bulk), ${nodetool.summary.meanMs.toFixed(0)} ms (nodetool).`,
  );
  console.log(
    'nodetool runs as bin/nodetool starts it (jamm agent, jvm17-clients flags, -Xmx128m) but without the shell script, ' +
      'which adds a `java -version` probe per call: the real command is slower still.',
  );
}

async function main(): Promise<number> {
  const controller = new AbortController();
  let interrupts = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    interrupts++;
    if (interrupts > 1) {
      log(`${signal} again: exiting now (testkit's exit hook and watchdog stop Cassandra)`);
      process.exit(130);
    }
    log(`${signal}: stopping the bench and tearing Cassandra down (again to exit at once)`);
    controller.abort(new Error(`interrupted by ${signal}`));
  };
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(s, onSignal);
  const { signal } = controller;

  let cluster: CassandraCluster | undefined;
  try {
    const options = parseOptions(process.argv.slice(2));
    const runtime = loadRuntime();
    log(`starting Cassandra ${runtime.cassandra.version} (1 node) with the Jolokia agent`);
    const password = randomBytes(18).toString('base64url');
    cluster = await startCassandraCluster({
      nodes: 1,
      jolokiaUser: 'bench',
      jolokiaPassword: password,
      runtime,
    });
    signal.throwIfAborted();
    const node = cluster.nodes[0];
    if (node === undefined) throw new BenchSetupError('testkit started a cluster without nodes');
    const jmx = new CassandraJmx({
      url: node.jolokiaUrl,
      credentials: { username: cluster.jolokiaUser, password: cluster.jolokiaPassword },
      timeoutMs: 10_000,
    });
    const health = await waitForCompleteHealth(jmx, signal, 60_000);
    log(`node ${node.ip} is ${String(health.operationMode)} (host id ${String(health.hostId)})`);

    const bulk = await benchBulkReads(jmx, options, signal);
    const nodetool = await benchNodetool(runtime, node, health, options, signal);
    printReport(runtime, cluster, bulk, nodetool, await jolokiaNoDelay(jmx, signal));
    return 0;
  } catch (err) {
    if (signal.aborted) {
      log('interrupted; nothing measured is printed');
      return 130;
    }
    log(err instanceof Error ? `${err.name}: ${err.message}` : String(err));
    return 1;
  } finally {
    try {
      if (cluster !== undefined) {
        log('stopping Cassandra');
        // After Ctrl-C testkit's own signal hook has already sent SIGTERM: an exit before stop() is expected.
        await cluster.stop({ allowPriorExit: signal.aborted });
      }
    } finally {
      await assertNothingLeftRunning();
    }
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // Only teardown failures get here (main() reports everything else itself).
    console.error(`[bench] teardown failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
