// Runs a whole cassandra-mesos cluster on this machine (see local-stack.sh and --help). This process
// stays in the terminal: it checks the options, sets the clone up, and then runs the cluster in a
// child process of its own process group (scripts/local-stack/stack.mjs). Why the separate group: a
// Ctrl-C signals the terminal's whole foreground group, which would hit the scheduler, ZooKeeper and
// s3proxy all at once; here only this process gets it and asks the stack to stop in order (scheduler,
// mesos-local with its executors, then the rest). If this process dies, the stack stops on its own
// (its IPC channel closes).
//
// Exit codes: 0 stopped on request (Ctrl-C/SIGTERM) with nothing left running, 1 a failure (the
// message names the log), 2 bad options.
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOptions, USAGE, UsageError } from './local-stack/options.mjs';
import { isRunning } from './local-stack/processes.mjs';
import { SetupError, setUp } from './local-stack/setup.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MARKER = '.local-stack'; // marks a data directory as ours, so a reset never empties someone else's
const PID_FILE = 'local-stack.pid';
/** What a reset removes: everything one run leaves, nothing else. */
const RUN_FILES = ['mesos-local', 'state', 'artifacts', 'services', 'scheduler.log', 'mesos-local.log', 'setup.log', 'local-stack.json'];
/** Fixed per node (127.0.0.x): storage, native (CQL), Jolokia; JMX is off in local mode. */
const NODE_PORTS = [7000, 9042, 8778];

const t0 = Date.now();
const stamp = () => `[${((Date.now() - t0) / 1000).toFixed(1)}s]`;
const say = (msg) => console.log(`${stamp()} ${msg}`);

function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

function portFree(host, port) {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.once('error', (err) => resolvePort(err.code === 'EADDRINUSE' ? false : true));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolvePort(true)));
  });
}

async function checkPorts(options) {
  const busy = [];
  for (let i = 1; i <= options.nodes; i++) {
    for (const port of NODE_PORTS) if (!(await portFree(`127.0.0.${i}`, port))) busy.push(`127.0.0.${i}:${port}`);
  }
  if (busy.length > 0) {
    fail(`${busy.join(', ')} ${busy.length === 1 ? 'is' : 'are'} in use: the Cassandra nodes need ports ${NODE_PORTS.join(', ')} on 127.0.0.1-${options.nodes}. ` +
      'Stop the other Cassandra (another local-stack, or a test run holding /tmp/cassandra-ports.lock) and try again.');
  }
  if (options.apiPort !== undefined && !(await portFree('127.0.0.1', options.apiPort))) {
    fail(`--api-port ${options.apiPort} is in use on 127.0.0.1: pass another port, or leave --api-port out to take a free one`, 2);
  }
}

/** Claims the data directory (one local-stack at a time) and removes what the previous run left. */
function prepareDataDir(dataDir) {
  if (existsSync(dataDir) && !existsSync(join(dataDir, MARKER)) && readdirSync(dataDir).length > 0) {
    fail(`--data-dir ${dataDir} is not empty and was not made by local-stack (no ${MARKER} file in it): pass a new or empty directory`, 2);
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pidFile = join(dataDir, PID_FILE);
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      // not running
    }
    if (pid !== process.pid && isRunning(pid) && cmdline.includes('local-stack')) {
      fail(`another local-stack (pid ${pid}) uses ${dataDir}: stop it first (Ctrl-C in its terminal, or kill -INT ${pid}), or pass another --data-dir`);
    }
  }
  writeFileSync(join(dataDir, MARKER), 'created by scripts/local-stack.sh; its runs reset mesos-local/, state/, artifacts/ and services/ here\n');
  writeFileSync(pidFile, `${process.pid}\n`);
  for (const name of RUN_FILES) rmSync(join(dataDir, name), { recursive: true, force: true });
  return pidFile;
}

let options;
try {
  options = parseOptions(process.argv.slice(2), { cwd: process.env.LOCAL_STACK_CWD || process.cwd(), root: ROOT });
} catch (err) {
  if (!(err instanceof UsageError)) throw err;
  fail(`local-stack: ${err.message}`, 2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

await checkPorts(options);
const pidFile = prepareDataDir(options.dataDir);
const releaseDataDir = () => rmSync(pidFile, { force: true });

let signalled;
let stack;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (!stack) {
      // During setup the phase's own process got the Ctrl-C too (same process group) and ends.
      signalled ??= signal;
      return;
    }
    if (signalled) {
      say(`still stopping (${signal} again): the scheduler gets 10 s, then mesos-local drains each Cassandra node`);
      return;
    }
    signalled = signal;
    stack.send({ type: 'stop', signal }, () => undefined);
  });
}

try {
  say(`local-stack: ${options.nodes} node(s), framework '${options.name}', data in ${options.dataDir}`);
  const completed = await setUp({ root: ROOT, logFile: join(options.dataDir, 'setup.log'), stamp, interrupted: () => signalled !== undefined });
  if (!completed) {
    say(`interrupted (${signalled}) during setup; nothing was started`);
    releaseDataDir();
    process.exit(0);
  }
} catch (err) {
  releaseDataDir();
  if (err instanceof SetupError) fail(err.message);
  throw err;
}

if (signalled) {
  say(`interrupted (${signalled}) after setup; nothing was started`);
  releaseDataDir();
  process.exit(0);
}
stack = fork(join(ROOT, 'scripts', 'local-stack', 'stack.mjs'), [JSON.stringify({ ...options, startedAtMs: t0, root: ROOT })], {
  cwd: options.dataDir,
  detached: true,
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  // s3proxy's readiness check uses the AWS SDK, whose Node 20 deprecation notice is noise here.
  env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
});
stack.once('exit', (code, signal) => {
  releaseDataDir();
  if (signal) console.error(`local-stack: the cluster process ended by ${signal}; see ${options.dataDir}/scheduler.log and mesos-local.log`);
  process.exit(code ?? 1);
});
