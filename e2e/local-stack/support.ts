// Helpers of the local-stack scenario: the README's first command run as a user runs it (a process
// group of its own, so "Ctrl-C" is a SIGINT to that group), its printed lines, the endpoints file it
// writes, mesos-local's executor sandboxes, and /proc inspection for what is left running.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const REPO_ROOT = join(__dirname, '..', '..');

export interface Endpoints {
  ready: boolean;
  api: string;
  mesosMaster: string;
  executorArtifact: string;
  cql: string[];
  datacenter: string;
  timings: {
    completeAfterSchedulerStartMs: number;
    completeAfterCommandStartMs: number;
    nodeStartMs: Record<string, number | null>;
    nodeStartSumMs: number;
    nodeStartMeasures: string;
  };
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** ./scripts/local-stack.sh in a process group of its own, with every line it prints kept. */
export class LocalStackRun {
  readonly lines: string[] = [];
  readonly exited: Promise<Exit>;
  private readonly proc: ChildProcessWithoutNullStreams;

  constructor(
    readonly dataDir: string,
    args: string[],
  ) {
    this.proc = spawn(join(REPO_ROOT, 'scripts', 'local-stack.sh'), ['--data-dir', dataDir, ...args], { cwd: REPO_ROOT, detached: true, stdio: 'pipe' });
    this.exited = new Promise((resolve) => this.proc.once('exit', (code, signal) => resolve({ code, signal })));
    for (const stream of [this.proc.stdout, this.proc.stderr]) createInterface({ input: stream }).on('line', (line) => this.lines.push(line));
  }

  get pid(): number {
    return this.proc.pid ?? -1;
  }

  get running(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  output(): string {
    return this.lines.join('\n');
  }

  /** The first printed line matching `pattern`; fails early when the command exits first. */
  async waitForLine(pattern: RegExp, timeoutMs: number): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = this.lines.find((l) => pattern.test(l));
      if (line !== undefined) return line;
      if (!this.running) throw new Error(`local-stack exited (${String(this.proc.exitCode ?? this.proc.signalCode)}) before printing ${String(pattern)}:\n${this.output()}`);
      if (Date.now() > deadline) throw new Error(`local-stack did not print ${String(pattern)} within ${timeoutMs / 1000} s:\n${this.output()}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /** Ctrl-C in a terminal: SIGINT to the whole foreground process group. */
  interrupt(): void {
    signalGroup(this.pid, 'SIGINT');
  }

  /** Teardown of last resort: Ctrl-C, then SIGKILL to the group after `graceMs`. */
  async stop(graceMs: number): Promise<Exit> {
    if (!this.running) return this.exited;
    this.interrupt();
    const timer = setTimeout(() => signalGroup(this.pid, 'SIGKILL'), graceMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }

  endpoints(): Endpoints {
    return JSON.parse(readFileSync(join(this.dataDir, 'local-stack.json'), 'utf8')) as Endpoints;
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // the group is gone
  }
}

// ---- mesos-local ---------------------------------------------------------------------------------

export interface MesosStateExecutor {
  executor_id: string;
  slave_id: string;
  command?: { value?: string; uris?: Array<{ value: string }> };
}

export interface MesosState {
  frameworks: Array<{ id: string; name: string; executors: MesosStateExecutor[] }>;
}

export async function mesosState(masterUrl: string): Promise<MesosState> {
  const res = await fetch(`${masterUrl}/state`);
  if (res.status !== 200) throw new Error(`GET ${masterUrl}/state answered ${res.status}`);
  return (await res.json()) as MesosState;
}

const subdirs = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((d) => statSync(join(dir, d)).isDirectory()).map((d) => join(dir, d)) : []);

/** Every executor run's sandbox: <work>/agents/<a>/slaves/<a>/frameworks/<f>/executors/<e>/runs/<container>. */
export function executorSandboxes(mesosWorkDir: string): Array<{ executorId: string; sandbox: string }> {
  const out: Array<{ executorId: string; sandbox: string }> = [];
  for (const agent of subdirs(join(mesosWorkDir, 'agents'))) {
    for (const slave of subdirs(join(agent, 'slaves'))) {
      for (const framework of subdirs(join(slave, 'frameworks'))) {
        for (const executor of subdirs(join(framework, 'executors'))) {
          for (const run of subdirs(join(executor, 'runs'))) out.push({ executorId: executor.slice(executor.lastIndexOf('/') + 1), sandbox: run });
        }
      }
    }
  }
  return out;
}

// ---- /proc ---------------------------------------------------------------------------------------

export interface ProcInfo {
  pid: number;
  args: string[];
  cwd: string;
}

export function processes(): ProcInfo[] {
  const out: ProcInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    try {
      if (/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))) continue; // exited, not yet reaped
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      let cwd = '';
      try {
        cwd = readlinkSync(`/proc/${pid}/cwd`);
      } catch {
        // another user's process
      }
      out.push({ pid, args, cwd });
    } catch {
      // ended meanwhile
    }
  }
  return out.filter((p) => p.pid !== process.pid);
}

/** Processes whose command line names `dir` (what `pgrep -f <dir>` finds) or that run in it. */
export function processesOf(dir: string): ProcInfo[] {
  return processes().filter((p) => p.cwd === dir || p.cwd.startsWith(`${dir}/`) || p.args.some((a) => a.includes(dir)));
}

export function cassandraDaemons(): ProcInfo[] {
  return processes().filter((p) => p.args.includes('org.apache.cassandra.service.CassandraDaemon'));
}

export const describeProcess = (p: ProcInfo): string => `${p.pid} ${p.args.join(' ').slice(0, 200)}`;
