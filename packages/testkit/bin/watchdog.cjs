#!/usr/bin/env node
// testkit watchdog: runs ONE server process and makes sure it does not outlive the test process.
//
// Started by testkit with child_process.fork(), so it holds an IPC channel to its parent. The kernel
// closes that channel when the parent dies for any reason, SIGKILL included, and Node then emits
// 'disconnect' here. On disconnect (or SIGTERM/SIGINT/SIGHUP to the watchdog, or a changed parent
// pid, checked every 500 ms as a second line of defence) the watchdog sends SIGTERM to the server,
// SIGKILL after the grace period, and exits once the server is gone.
//
// argv[2] = JSON {name, command, args, cwd, graceMs}. stdout/stderr are the server's log file
// (inherited); the server's stdin is /dev/null. Messages to the parent:
//   {type:'spawned', pid}  {type:'spawn-error', message}  {type:'exit', code, signal}
'use strict';
const { spawn } = require('node:child_process');

const spec = JSON.parse(process.argv[2] || '{}');
const graceMs = Number.isFinite(spec.graceMs) ? spec.graceMs : 10000;
const parentPid = process.ppid;

function note(text) {
  try {
    process.stderr.write(`[testkit-watchdog ${new Date().toISOString()}] ${spec.name}: ${text}\n`);
  } catch {
    // the log file is gone: nothing to report to
  }
}

function send(message) {
  if (process.connected) {
    try {
      process.send(message);
    } catch {
      // parent gone; the disconnect handler does the cleanup
    }
  }
}

const env = { ...process.env };
delete env.NODE_CHANNEL_FD;
delete env.NODE_CHANNEL_SERIALIZATION_MODE;

const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
let exited = false;
let terminating = false;

child.once('spawn', () => send({ type: 'spawned', pid: child.pid }));
child.once('error', (err) => {
  if (child.pid === undefined) {
    note(`cannot start ${spec.command}: ${err.message}`);
    send({ type: 'spawn-error', message: err.message });
    process.exit(127);
  }
  note(`error: ${err.message}`);
});
child.once('exit', (code, signal) => {
  exited = true;
  if (terminating || code !== 0) note(`server exited (code ${code}, signal ${signal})`);
  send({ type: 'exit', code, signal });
  // Let the IPC message flush before leaving.
  setImmediate(() => process.exit(code === null ? 1 : code));
});

function terminate(reason) {
  if (terminating || exited) return;
  terminating = true;
  note(`${reason}: SIGTERM to pid ${child.pid}, SIGKILL in ${graceMs} ms if still running`);
  try {
    child.kill('SIGTERM');
  } catch {
    // already gone
  }
  const timer = setTimeout(() => {
    if (!exited) {
      note(`still running after ${graceMs} ms: SIGKILL to pid ${child.pid}`);
      try {
        child.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
  }, graceMs);
  timer.unref();
}

process.on('disconnect', () => terminate('parent process gone (IPC channel closed)'));
for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(sig, () => terminate(`watchdog got ${sig}`));
setInterval(() => {
  if (process.ppid !== parentPid) terminate(`parent pid ${parentPid} gone (now ${process.ppid})`);
}, 500);
