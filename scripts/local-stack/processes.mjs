// /proc inspection for local-stack: which processes belong to a data directory (executors, their
// Cassandra JVMs and anything else started in a sandbox there), used to prove that a stop left
// nothing behind, and to find a local-stack that already uses a data directory.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

function readProcess(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (/\) Z /.test(stat)) return undefined; // a zombie has exited; only its parent's wait() is missing
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    let cwd = '';
    try {
      cwd = readlinkSync(`/proc/${pid}/cwd`);
    } catch {
      // another user's process: its command line is all we can see
    }
    return { pid, args, cwd };
  } catch {
    return undefined; // gone meanwhile
  }
}

export function allProcesses() {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => readProcess(Number(d)))
    .filter((p) => p !== undefined);
}

export function isRunning(pid) {
  return readProcess(pid) !== undefined;
}

const inside = (path, dir) => path === dir || path.startsWith(`${dir}/`);

/** Processes whose command line names something under `dir`, or that run in it; never `exclude`d pids. */
export function processesOf(dir, exclude = []) {
  return allProcesses().filter((p) => !exclude.includes(p.pid) && (inside(p.cwd, dir) || p.args.some((a) => a.includes(`${dir}/`) || a === dir)));
}

export function describeProcess(p) {
  const text = p.args.join(' ');
  const kind = text.includes('org.apache.cassandra.service.CassandraDaemon') ? 'CassandraDaemon' : text.includes('cassandra-mesos-executor') ? 'executor' : 'process';
  return `pid ${p.pid} (${kind}): ${text.slice(0, 200)}`;
}

/** Waits up to `timeoutMs` for every process of `dir` to end; returns those still running. */
export async function waitUntilNoneOf(dir, exclude, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = processesOf(dir, exclude);
    if (left.length === 0 || Date.now() > deadline) return left;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** This process's ancestors (parent first): the launcher, its shell or flock, a test runner. */
export function ancestorsOf(pid) {
  const out = [];
  let current = pid;
  for (let i = 0; i < 64; i++) {
    let parent;
    try {
      // The command name in field 2 may contain spaces and parentheses: the ppid follows the last ')'.
      const stat = readFileSync(`/proc/${current}/stat`, 'utf8');
      parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      break;
    }
    if (!parent || parent <= 1) break;
    out.push(parent);
    current = parent;
  }
  return out;
}
