// First-use setup of a clone, one line per phase: npm dependencies (only when node_modules is
// missing), the runtime components (JDK 17, Cassandra, Jolokia, ZooKeeper, s3proxy; idempotent),
// and `npm run package` (turbo build + the executor and scheduler tarballs). Each phase's output goes
// to <data dir>/setup.log; a failing phase prints the end of it.
import { spawn } from 'node:child_process';
import { appendFileSync, closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export class SetupError extends Error {
  constructor(message, logFile) {
    super(message);
    this.name = 'SetupError';
    this.logFile = logFile;
  }
}

function phases(root) {
  return [
    {
      name: 'npm dependencies',
      // `npm install` with the committed lockfile, as scripts/test.sh does (npm ci refuses lockfiles that
      // lack other platforms' optional binaries, npm/cli#4828); versions still come from the lockfile.
      skip: existsSync(join(root, 'node_modules')) ? 'present' : undefined,
      command: 'npm',
      args: ['install', '--no-audit', '--no-fund', '--loglevel=error'],
    },
    { name: 'runtime components (scripts/setup-runtime.sh)', command: 'bash', args: ['scripts/setup-runtime.sh'] },
    { name: 'build and executor tarball (npm run package)', command: 'npm', args: ['run', 'package'] },
  ];
}

function run(command, args, { cwd, logFile }) {
  appendFileSync(logFile, `\n$ ${command} ${args.join(' ')}\n`);
  const fd = openSync(logFile, 'a');
  try {
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', fd, fd],
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', FORCE_COLOR: '0', npm_config_update_notifier: 'false' },
    });
    return new Promise((resolve) => {
      child.once('error', (err) => resolve({ code: 127, signal: null, error: err.message }));
      child.once('exit', (code, signal) => resolve({ code, signal }));
    });
  } finally {
    closeSync(fd);
  }
}

function tail(file, lines) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * Runs every phase in order, one line each: `stamp()` starts it (the phase may take minutes on a fresh
 * machine, so the line is begun before and finished after). Throws SetupError (with the log's tail in
 * the message) when a phase fails; returns false early when `interrupted()` says the user pressed Ctrl-C.
 */
export async function setUp({ root, logFile, stamp, interrupted }) {
  const write = (text) => process.stdout.write(text);
  for (const phase of phases(root)) {
    if (interrupted()) return false;
    if (phase.skip) {
      write(`${stamp()} setup: ${phase.name}: ${phase.skip}\n`);
      continue;
    }
    write(`${stamp()} setup: ${phase.name} ... `);
    const t = Date.now();
    const result = await run(phase.command, phase.args, { cwd: root, logFile });
    const seconds = ((Date.now() - t) / 1000).toFixed(1);
    if (interrupted()) {
      write('interrupted\n');
      return false;
    }
    if (result.code !== 0) {
      write('FAILED\n');
      const why = result.error ? `could not start ${phase.command}: ${result.error}` : `exited with ${result.code ?? result.signal}`;
      throw new SetupError(`setup: ${phase.name} failed after ${seconds}s (${why}); its output is in ${logFile}; last lines:\n${tail(logFile, 25)}`, logFile);
    }
    write(`done in ${seconds}s\n`);
  }
  return true;
}
