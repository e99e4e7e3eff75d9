// Source of a parent-death watchdog (run with `node -e WATCHDOG_SOURCE`). mesos-local launches every
// executor and command task through it; the executor launches Cassandra through it.
//
// Process layout:  launcher (node) ── watchdog (own session/group) ── child (own session/group G)
//
// - The watchdog reads one JSON line from stdin describing what to run ({file, args, argv0, cwd, env}),
//   starts it detached (so the child and all its descendants form process group G), and writes
//   {"pid":…} (or {"error":…}) as one line to fd 3.
// - stdin is a pipe whose other end only the launcher's process holds. When that process dies for any
//   reason, SIGKILL included, the kernel closes it, the watchdog reads EOF and SIGKILLs group G, then
//   exits. This is what guarantees that no child outlives its launcher.
// - When the child exits, the watchdog SIGKILLs whatever is left of G (as Mesos destroys a container when
//   its executor exits) and mirrors the child's end: same exit code, or killed by the same signal.
// - The child's stdout and stderr are the watchdog's fds 1 and 2, so the launcher chooses where output
//   goes (files or pipes) when it spawns the watchdog.
// It is a string, not a module, so that it runs unchanged from the TypeScript sources (tests) and from dist.
export const WATCHDOG_SOURCE = String.raw`
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
let child = null;
let group = 0;
let buffered = '';
const report = (obj) => { try { fs.writeSync(3, JSON.stringify(obj) + '\n'); } catch (e) { /* agent gone */ } };
const killGroup = () => { if (group) { try { process.kill(-group, 'SIGKILL'); } catch (e) { /* already gone */ } } };
const parentGone = () => { killGroup(); process.exit(137); };
const start = (spec) => {
  try {
    child = spawn(spec.file, spec.args, {
      argv0: spec.argv0, cwd: spec.cwd, env: spec.env, detached: true, stdio: ['ignore', 1, 2, 'ignore'],
    });
  } catch (e) {
    report({ error: String(e && e.message) });
    process.exit(127);
  }
  child.on('error', (e) => { if (!group) { report({ error: String(e && e.message) }); process.exit(127); } });
  if (child.pid) { group = child.pid; report({ pid: child.pid }); }
  child.on('exit', (code, signal) => {
    killGroup();
    // Node does not die of SIGPIPE (ignored) or SIGUSR1 (starts its inspector): exit 128+n for those.
    if (signal && signal !== 'SIGPIPE' && signal !== 'SIGUSR1') { process.kill(process.pid, signal); setTimeout(() => process.exit(128), 1000); }
    else if (signal) process.exit(128 + require('node:os').constants.signals[signal]);
    else process.exit(code === null ? 1 : code);
  });
};
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  if (child) return;
  buffered += chunk;
  const nl = buffered.indexOf('\n');
  if (nl < 0) return;
  let spec;
  try { spec = JSON.parse(buffered.slice(0, nl)); } catch (e) { report({ error: 'bad spec' }); process.exit(127); }
  start(spec);
});
process.stdin.on('end', parentGone);
process.stdin.on('close', parentGone);
process.stdin.on('error', parentGone);
`;
