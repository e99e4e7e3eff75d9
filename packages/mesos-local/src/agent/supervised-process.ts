// A process the agent runs (an executor or a command task), launched through the watchdog (@cassandra-mesos/process-watchdog)
// so that its whole process group dies with mesos-local, and signalled as a group.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { constants } from 'node:os';
import { WATCHDOG_SOURCE } from '@cassandra-mesos/process-watchdog';

export interface ProcessSpec {
  file: string;
  args: string[];
  argv0?: string;
  cwd: string;
  env: Record<string, string>;
  stdoutPath: string;
  stderrPath: string;
}

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The process could not be started (e.g. ENOENT); code and signal are then meaningless. */
  error?: string;
  /** The raw wait(2) status, as Mesos reports it in ExitedExecutorMessage / FAILURE events. */
  rawStatus: number;
}

export class SupervisedProcess {
  /** The child's pid, which is also its process group id; undefined until started (or when it failed to). */
  pid: number | undefined;
  readonly exited: Promise<ProcessExit>;
  readonly started: Promise<number | undefined>;
  private readonly watchdog: ChildProcess;
  private readonly pendingSignals: NodeJS.Signals[] = [];
  private done = false;
  private startError: string | undefined;

  constructor(spec: ProcessSpec) {
    const out = openSync(spec.stdoutPath, 'a');
    const err = openSync(spec.stderrPath, 'a');
    try {
      this.watchdog = spawn(process.execPath, ['-e', WATCHDOG_SOURCE], {
        argv0: 'mesos-local-watchdog',
        cwd: spec.cwd,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
        detached: true,
        stdio: ['pipe', out, err, 'pipe'],
      });
    } finally {
      closeSync(out);
      closeSync(err);
    }
    const wd = this.watchdog;
    wd.stdin?.on('error', () => undefined); // the watchdog died first: its exit is reported below
    wd.stdin?.write(
      `${JSON.stringify({ file: spec.file, args: spec.args, argv0: spec.argv0, cwd: spec.cwd, env: spec.env })}\n`,
    );

    this.started = new Promise((resolve) => {
      let line = '';
      const statusPipe = wd.stdio[3] as NodeJS.ReadableStream | null;
      statusPipe?.setEncoding('utf8');
      statusPipe?.on('data', (chunk: string) => {
        if (this.pid !== undefined || this.startError !== undefined) return;
        line += chunk;
        const nl = line.indexOf('\n');
        if (nl < 0) return;
        const msg = parseStatus(line.slice(0, nl));
        if (typeof msg.pid === 'number') {
          this.pid = msg.pid;
          for (const sig of this.pendingSignals.splice(0)) this.signal(sig);
        } else {
          this.startError = msg.error ?? 'unknown launch failure';
        }
        resolve(this.pid);
      });
      statusPipe?.on('error', () => undefined);
      wd.once('exit', () => resolve(this.pid));
    });

    this.exited = new Promise((resolve) => {
      wd.once('exit', (code, signal) => {
        this.done = true;
        // The watchdog itself may have been killed: make sure its group goes too.
        if (this.pid !== undefined) killGroup(this.pid, 'SIGKILL');
        (wd.stdio[3] as NodeJS.ReadableStream | null)?.removeAllListeners('data');
        wd.stdin?.destroy();
        void this.started.then(() => resolve(toExit(code, signal, this.startError)));
      });
    });
  }

  get running(): boolean {
    return !this.done;
  }

  /** Sends a signal to the whole process group; signals sent before the child started are delivered then. */
  signal(sig: NodeJS.Signals): boolean {
    if (this.done) return false;
    if (this.pid === undefined) {
      if (sig === 'SIGKILL')
        this.watchdog.stdin?.end(); // the watchdog kills the group and exits
      else this.pendingSignals.push(sig);
      return true;
    }
    return killGroup(this.pid, sig);
  }

  kill(): void {
    this.signal('SIGKILL');
  }
}

function killGroup(pgid: number, sig: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, sig);
    return true;
  } catch {
    return false;
  }
}

function parseStatus(line: string): { pid?: number; error?: string } {
  try {
    return JSON.parse(line) as { pid?: number; error?: string };
  } catch {
    return { error: `unreadable watchdog status '${line.slice(0, 80)}'` };
  }
}

function toExit(code: number | null, signal: NodeJS.Signals | null, error: string | undefined): ProcessExit {
  if (error !== undefined) return { code, signal, error, rawStatus: -1 };
  if (signal) return { code: null, signal, rawStatus: constants.signals[signal] ?? 0 };
  return { code, signal: null, rawStatus: ((code ?? 0) & 0xff) << 8 };
}
