// The cluster process of local-stack (started by scripts/local-stack.mjs in a process group of its
// own; argv[2] is its options as JSON). Starts s3proxy (and ZooKeeper with --with-zookeeper),
// mesos-local with one agent per node, and the scheduler from packages/scheduler/dist/main.js in local
// mode; prints the deploy's progress and, once the deploy plan is COMPLETE, the endpoints. On a
// 'stop' message (or when the launcher's IPC channel closes) it stops the scheduler, then mesos-local
// (whose agents first send SHUTDOWN to the executors, which drain and stop Cassandra), then
// s3proxy/ZooKeeper, and checks that nothing it started is left. Exit codes: 0 stopped on request,
// 1 failure, 2 settings the scheduler would refuse.
import { chmodSync, createWriteStream, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { formatStartTimes, readApi, seconds, StartTimes, statusLine } from './progress.mjs';
import { Components, stopMesosLocal, verifyNothingLeft } from './shutdown.mjs';
import { agentResources, checkSchedulerEnvironment, schedulerEnvironment, stageExecutorTarball } from './settings.mjs';

const options = JSON.parse(process.argv[2] ?? '{}');
const { root, dataDir, nodes } = options;
const require = createRequire(join(root, 'package.json'));

const since = (t) => seconds(Date.now() - t);
const say = (msg) => console.log(`[${since(options.startedAtMs)}] ${msg}`);

const DEPLOY_TIMEOUT_MS = 15 * 60_000;
const SCHEDULER_STOP_GRACE_MS = 10_000;
/** Executors get the scheduler's shutdown_grace_period (120 s) to drain; mesos-local kills what is left after this. */
const EXECUTOR_SHUTDOWN_WAIT_MS = 130_000;
const files = {
  schedulerLog: join(dataDir, 'scheduler.log'),
  mesosLocalLog: join(dataDir, 'mesos-local.log'),
  endpoints: join(dataDir, 'local-stack.json'),
  artifacts: join(dataDir, 'artifacts'),
  state: join(dataDir, 'state'),
  mesosWorkDir: join(dataDir, 'mesos-local'),
  services: join(dataDir, 'services'),
};

class StackError extends Error {
  constructor(message, logFile) {
    super(message);
    this.logFile = logFile;
  }
}

// ---- stop requests: the launcher's message, or the launcher gone ---------------------------------
const stopping = new AbortController();
const requestStop = (why) => {
  if (!stopping.signal.aborted) stopping.abort(new Error(why));
};
process.on('message', (m) => {
  if (m?.type === 'stop') requestStop(`${m.signal ?? 'stop'} received`);
});
process.on('disconnect', () => requestStop('the launcher (scripts/local-stack.mjs) is gone'));
// No terminal signal reaches this process group; one sent on purpose stops the cluster too.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => requestStop(`${signal} received`));

/** Resolves after `ms`, or at once when a stop is requested. */
function sleep(ms) {
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      stopping.signal.removeEventListener('abort', wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    stopping.signal.addEventListener('abort', wake);
  });
}

// ---- what runs, stopped in reverse order of start -------------------------------------------------
const components = new Components();

function fileLogger(path) {
  const out = createWriteStream(path, { flags: 'a' });
  const line = (level) => (obj, msg) => out.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...obj })}\n`);
  return { logger: { debug: () => undefined, info: line('info'), warn: line('warn'), error: line('error') }, close: () => new Promise((r) => out.end(r)) };
}

/** local-stack.json: 0600 (it holds the local s3proxy's keys), replaced atomically. */
function writeEndpoints(content) {
  const partial = `${files.endpoints}.partial`;
  writeFileSync(partial, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  chmodSync(partial, 0o600);
  renameSync(partial, files.endpoints);
}

// ---- start ----------------------------------------------------------------------------------------
async function start() {
  const testkit = require('@cassandra-mesos/testkit');
  const { startLocalMesos } = require('@cassandra-mesos/mesos-local');
  // testkit's scratch dirs (s3proxy and ZooKeeper data) go inside the data dir: reset with it, and
  // covered by the check that nothing of the data dir runs after a stop.
  process.env.CASSANDRA_MESOS_WORK_DIR = files.services;
  const runtime = testkit.loadRuntime();
  const apiPort = options.apiPort ?? (await testkit.freePort());
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const ips = Array.from({ length: nodes }, (_, i) => `127.0.0.${i + 1}`);
  const envFor = (masterUrl, zkUrl) => schedulerEnvironment(options, { masterUrl, apiPort, zkUrl, stateDir: files.state, artifactDir: files.artifacts, runtime });
  // Everything but the master's URL is final here: check it before starting anything.
  checkSchedulerEnvironment(require('@cassandra-mesos/model'), envFor('http://127.0.0.1:5050', options.zk ?? (options.withZooKeeper ? 'zk://127.0.0.1:2181' : undefined)));

  say(`starting s3proxy${options.withZooKeeper ? ' and ZooKeeper' : ''} ...`);
  const quiet = { allowPriorExit: true };
  const [s3, zk] = await Promise.all([
    testkit.startS3({ bucket: 'cassandra-backups' }).then((s) => {
      components.add({ name: 's3proxy', pids: [s.pid], stop: () => s.stop(quiet) });
      return s;
    }),
    options.withZooKeeper
      ? testkit.startZooKeeper().then((z) => {
        components.add({ name: 'ZooKeeper', pids: [z.pid], stop: () => z.stop(quiet) });
        return z;
      })
      : undefined,
  ]);
  const zkUrl = zk ? `zk://${zk.connectString}` : options.zk;
  say(`s3proxy ${s3.version} at ${s3.endpoint}${zk ? `; ZooKeeper ${zk.version} at ${zk.connectString}` : ''}`);
  if (stopping.signal.aborted) return undefined;

  say(`starting mesos-local (agents on ${ips.join(', ')}) ...`);
  const mesosLog = fileLogger(files.mesosLocalLog);
  const resources = agentResources(options);
  const mesosLocal = await startLocalMesos({ workDir: files.mesosWorkDir, port: 0, agents: ips.map((ip) => ({ ip, resources })), logger: mesosLog.logger });
  components.add({
    name: 'mesos-local',
    stop: async () => {
      try {
        return await stopMesosLocal(mesosLocal, files.mesosWorkDir, EXECUTOR_SHUTDOWN_WAIT_MS);
      } finally {
        await mesosLog.close();
      }
    },
  });
  say(`mesos-local master at ${mesosLocal.masterUrl}`);
  if (stopping.signal.aborted) return undefined;

  const tarball = stageExecutorTarball(root, files.artifacts);
  const scheduler = await testkit.ManagedProcess.launch({
    name: 'scheduler',
    command: process.execPath,
    args: [join(root, 'packages', 'scheduler', 'dist', 'main.js')],
    cwd: dataDir,
    env: envFor(mesosLocal.masterUrl, zkUrl),
    logFile: files.schedulerLog,
    stopGraceMs: SCHEDULER_STOP_GRACE_MS,
  });
  const schedulerStartedAt = Date.now();
  components.add({ name: 'scheduler', pids: [scheduler.pid], stop: () => scheduler.stop({ allowPriorExit: true, graceMs: SCHEDULER_STOP_GRACE_MS }) });
  say(`scheduler started (pid ${scheduler.pid}, API ${apiUrl}, state in ${zkUrl ?? files.state}, executors fetch ${apiUrl}/v1/artifacts/${tarball}; log ${files.schedulerLog})`);

  const endpoints = {
    ready: false,
    framework: options.name,
    dataDir,
    api: apiUrl,
    dashboard: `${apiUrl}/`,
    metrics: `${apiUrl}/metrics`,
    openapi: `${apiUrl}/openapi.json`,
    mesosMaster: mesosLocal.masterUrl,
    state: zkUrl ? { zookeeper: zkUrl } : { directory: files.state },
    executorArtifact: `${apiUrl}/v1/artifacts/${tarball}`,
    s3: { endpoint: s3.endpoint, region: s3.region, bucket: s3.bucket, accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    logs: { scheduler: files.schedulerLog, mesosLocal: files.mesosLocalLog, setup: join(dataDir, 'setup.log'), sandboxes: files.mesosWorkDir },
  };
  writeEndpoints(endpoints);
  return { scheduler, schedulerStartedAt, apiUrl, mesosLocal, endpoints };
}

// ---- watch the deploy -----------------------------------------------------------------------------
async function waitForDeploy({ scheduler, schedulerStartedAt, apiUrl, mesosLocal }) {
  const times = new StartTimes();
  // TASK_STARTING lasts only until Jolokia answers: look at mesos-local's tasks often (in-process, cheap).
  const mesosPoll = setInterval(() => {
    try {
      times.observeMesos(mesosLocal.state());
    } catch {
      // the master is stopping; nothing to observe
    }
  }, 100);
  try {
    let last = '';
    for (;;) {
      if (stopping.signal.aborted) return undefined;
      if (scheduler.exitInfo) {
        const { code, signal } = scheduler.exitInfo;
        throw new StackError(`the scheduler exited (code ${code}, signal ${signal})${code === 2 ? ': it refused its configuration' : ''}`, files.schedulerLog);
      }
      if (Date.now() - schedulerStartedAt > DEPLOY_TIMEOUT_MS) {
        throw new StackError(`the deploy did not complete within ${DEPLOY_TIMEOUT_MS / 60_000} minutes (last status: ${last}); the executors' logs are in the sandboxes under ${files.mesosWorkDir}`, files.schedulerLog);
      }
      const view = await readApi(apiUrl);
      times.observeApi(view);
      const line = statusLine(view, nodes);
      if (line !== last) say(line);
      last = line;
      if (view.plan?.status === 'COMPLETE') return { view, completeMs: Date.now() - schedulerStartedAt, times: times.summary() };
      await sleep(500);
    }
  } finally {
    clearInterval(mesosPoll);
  }
}

async function announce({ apiUrl, endpoints }, { view, completeMs, times }) {
  const res = await fetch(`${apiUrl}/v1/connection`, { signal: AbortSignal.timeout(5_000) });
  const connection = await res.json();
  const cql = Array.isArray(connection.address) ? connection.address : [];
  if (res.status !== 200 || cql.length !== nodes) throw new StackError(`the deploy is COMPLETE but GET /v1/connection answered ${res.status} with ${JSON.stringify(connection)}`, files.schedulerLog);
  const dc = view.nodes.find((n) => n.rackDc?.dc)?.rackDc.dc ?? 'dc1';
  for (const n of view.nodes) say(`  ${n.nodeId}${n.seedNode ? ' (seed)' : ''}: ${n.healthCheckDetails?.operationMode ?? '?'}, CQL ${n.ip}:9042, agent ${n.hostname}, Cassandra pid ${n.cassandraDaemonPid ?? '?'}`);
  writeEndpoints({
    ...endpoints,
    ready: true,
    cql,
    datacenter: dc,
    timings: {
      completeAfterSchedulerStartMs: completeMs,
      completeAfterCommandStartMs: Date.now() - options.startedAtMs,
      nodeStartMs: Object.fromEntries(times.nodes.map((n) => [n.nodeId, n.ms ?? null])),
      nodeStartSumMs: times.sumMs,
      nodeStartMeasures: "each node's server task from TASK_STARTING (Cassandra JVM spawned; mesos-local's status timestamp) to its first live health report (checkedAtMs from the API)",
    },
  });
  say(`cluster ready: deploy COMPLETE ${seconds(completeMs)} after the scheduler started; the nodes' own Cassandra start times ` +
    `(TASK_STARTING to first live health report) sum to ${seconds(times.sumMs)}${times.complete ? '' : ' (some not measured)'} = ${formatStartTimes(times)}`);
  console.log([
    `  API        ${apiUrl}`,
    `  dashboard  ${apiUrl}/  (the API's endpoint index for now; the web dashboard comes with issue 9)`,
    `  metrics    ${apiUrl}/metrics`,
    `  OpenAPI    ${apiUrl}/openapi.json`,
    `  CQL        ${cql.join(', ')} (data center ${dc}), e.g. cqlsh ${cql[0]?.replace(':', ' ') ?? ''}`,
    `  Mesos      ${endpoints.mesosMaster}/state (mesos-local)`,
    `  S3         ${endpoints.s3.endpoint} (s3proxy, bucket ${endpoints.s3.bucket}; keys in the endpoints file)`,
    `  logs       ${files.schedulerLog}, ${files.mesosLocalLog}, executor sandboxes under ${files.mesosWorkDir}`,
    `  endpoints  ${files.endpoints}`,
  ].join('\n'));
  say('press Ctrl-C to stop everything');
}

function logTail(path, lines = 20) {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function main() {
  let code = 0;
  try {
    const stack = await start();
    const done = stack && (await waitForDeploy(stack));
    if (done) {
      await announce(stack, done);
      if (!stopping.signal.aborted) await new Promise((resolve) => stopping.signal.addEventListener('abort', resolve, { once: true }));
    }
    say(`stopping everything (${stopping.signal.reason.message}) ...`);
  } catch (err) {
    code = err.exitCode ?? 1;
    console.error(`local-stack: failed to start the cluster: ${err.message}`);
    // testkit's ComponentError carries its log's path and tail in the message already.
    if (err instanceof StackError && err.logFile) console.error(`log: ${err.logFile}; its last lines:\n${logTail(err.logFile)}`);
    say('stopping what was started ...');
  }
  await components.stopAll(say);
  rmSync(files.endpoints, { force: true }); // stale endpoints would mislead
  if (await verifyNothingLeft(dataDir, components.pids(), say)) {
    const stopped = components.stoppedNames();
    const gone = stopped.length > 0 ? `; ${stopped.join(', ')} ${stopped.length === 1 ? 'is' : 'are'} gone` : '';
    say(`stopped; nothing left running (no process runs in or names ${dataDir}${gone})`);
  } else {
    code = 1;
  }
  process.exit(code);
}

await main();
