// Helpers of the mesos-local e2e scenarios: mesos-local through its CLI, the example framework as a
// separate process, /state, and /proc inspection (which processes run, which are left over).
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

export const EXAMPLES_DIR = join(dirname(require.resolve('@cassandra-mesos/mesos/package.json')), 'dist-examples');
export const FRAMEWORK_JS = join(EXAMPLES_DIR, 'example-framework.js');
export const EXECUTOR_JS = join(EXAMPLES_DIR, 'example-executor.js');
const MESOS_LOCAL_CLI = join(dirname(require.resolve('@cassandra-mesos/mesos-local/package.json')), 'dist', 'cli.js');

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function waitUntil<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A child process that is killed (TERM, then KILL) and awaited by stop(). */
abstract class Child {
  readonly exited: Promise<Exit>;
  stderr = '';
  protected constructor(readonly proc: ChildProcessWithoutNullStreams) {
    this.exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
    proc.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
  }

  get pid(): number {
    return this.proc.pid ?? -1;
  }

  get running(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** kill -9, and wait until it is gone. */
  async kill9(): Promise<Exit> {
    if (this.running) this.proc.kill('SIGKILL');
    return this.exited;
  }

  async stop(graceMs = 10_000): Promise<Exit> {
    if (!this.running) return this.exited;
    this.proc.kill('SIGTERM');
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), graceMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }
}

/** mesos-local started through its CLI (`node dist/cli.js`); the first stdout line is the master URL. */
export class MesosLocalCli extends Child {
  private constructor(
    proc: ChildProcessWithoutNullStreams,
    readonly masterUrl: string,
  ) {
    super(proc);
  }

  static async start(workDir: string, args: string[]): Promise<MesosLocalCli> {
    const proc = spawn(process.execPath, [MESOS_LOCAL_CLI, '--port', '0', '--work-dir', join(workDir, 'mesos-local'), ...args], { stdio: 'pipe' });
    let stderr = '';
    proc.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const url = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: proc.stdout });
      lines.once('line', (line) => resolve(line.trim()));
      proc.once('exit', (code) => reject(new Error(`mesos-local exited (${String(code)}) before it printed its URL: ${stderr}`)));
    });
    const cli = new MesosLocalCli(proc, url);
    cli.stderr = stderr;
    return cli;
  }

  /** pino JSON lines mesos-local logged. */
  logLines(): Array<Record<string, unknown>> {
    return this.stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  }
}

export type FrameworkEvent = Record<string, unknown> & { event: string; time: number };

/** The example framework as a separate process; its JSON lines are collected in `events`. */
export class ExampleFramework extends Child {
  readonly events: FrameworkEvent[] = [];

  constructor(args: string[]) {
    super(spawn(process.execPath, [FRAMEWORK_JS, ...args], { stdio: 'pipe' }));
    createInterface({ input: this.proc.stdout }).on('line', (line) => {
      try {
        this.events.push(JSON.parse(line) as FrameworkEvent);
      } catch {
        this.events.push({ event: 'UNPARSABLE', time: Date.now(), line });
      }
    });
  }

  of(event: string, match: Record<string, unknown> = {}): FrameworkEvent[] {
    return this.events.filter((e) => e.event === event && Object.entries(match).every(([k, v]) => e[k] === v));
  }

  /** Waits for the first event of that type matching every given field (after index `from`). */
  waitFor(event: string, match: Record<string, unknown> = {}, timeoutMs = 15_000, from = 0): Promise<FrameworkEvent> {
    return waitUntil(
      () => {
        if (!this.running && this.events.length === 0) throw new Error(`framework exited: ${this.stderr}`);
        return this.events.slice(from).find((e) => e.event === event && Object.entries(match).every(([k, v]) => e[k] === v));
      },
      `framework event ${event} ${JSON.stringify(match)} (seen: ${this.events.map((e) => `${e.event}${typeof e.taskId === 'string' ? `:${e.taskId}:${String(e.state)}` : ''}`).join(', ')}; stderr: ${this.stderr.slice(-500)})`,
      timeoutMs,
    );
  }
}

export async function getState(masterUrl: string): Promise<MesosState> {
  const res = await fetch(`${masterUrl}/state`);
  if (res.status !== 200) throw new Error(`GET /state answered ${res.status}`);
  return (await res.json()) as MesosState;
}

export interface MesosState {
  frameworks: Array<{
    id: string;
    active: boolean;
    connected: boolean;
    failover_timeout: number;
    capabilities: string[];
    checkpoint: boolean;
    tasks: Array<{ id: string; state: string; slave_id: string; executor_id: string }>;
    executors: Array<{ executor_id: string; slave_id: string }>;
  }>;
  completed_frameworks: Array<{ id: string; removed_time: number; completed_tasks: Array<{ id: string }> }>;
  slaves: Array<{ id: string; hostname: string }>;
}

// ---- /proc ---------------------------------------------------------------------------------------

export interface ProcInfo {
  pid: number;
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

function readProc(pid: number): ProcInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (/\) Z /.test(stat)) return undefined; // a zombie is dead
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    let cwd = '';
    let env: Record<string, string> = {};
    try {
      cwd = readlinkSync(`/proc/${pid}/cwd`);
      env = Object.fromEntries(
        readFileSync(`/proc/${pid}/environ`, 'utf8')
          .split('\0')
          .filter(Boolean)
          .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
      );
    } catch {
      // another user's process
    }
    return { pid, args, cwd, env };
  } catch {
    return undefined;
  }
}

export function processes(): ProcInfo[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => readProc(Number(d)))
    .filter((p): p is ProcInfo => p !== undefined);
}

export function isAlive(pid: number): boolean {
  return readProc(pid) !== undefined;
}

/** The example executors of a framework: executor id → pid (found by argv and MESOS_* environment). */
export function executorPids(frameworkId: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of processes()) {
    if (p.args.some((a) => a.endsWith('example-executor.js')) && p.env['MESOS_FRAMEWORK_ID'] === frameworkId) {
      out.set(p.env['MESOS_EXECUTOR_ID'] ?? '', p.pid);
    }
  }
  return out;
}

/** Processes that belong to a test's work dir: mesos-local, frameworks, watchdogs, executors, tasks. */
export function processesOf(workDir: string): ProcInfo[] {
  return processes().filter((p) => p.pid !== process.pid && (p.cwd.startsWith(workDir) || p.args.some((a) => a.includes(workDir))));
}

/** Stops what a test started, then fails if anything of that work dir still runs (after killing it). */
export async function assertNothingLeft(workDir: string): Promise<void> {
  let left: ProcInfo[] = [];
  try {
    left = await waitUntil(() => {
      const now = processesOf(workDir);
      return now.length === 0 ? [] : false;
    }, 'every process of the test to end', 10_000);
  } catch {
    left = processesOf(workDir);
    for (const p of left) {
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
    }
  }
  if (left.length > 0) throw new Error(`processes left behind: ${left.map((p) => `${p.pid} ${p.args.join(' ')}`).join('; ')}`);
}
