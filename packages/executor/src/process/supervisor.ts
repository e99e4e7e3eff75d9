// Supervises one child process (the Cassandra JVM): started through the parent-death watchdog in its
// own process group, stdout and stderr appended to a log file in the sandbox with the last lines kept
// in memory, its end reported the moment it happens, and stopped with SIGTERM then SIGKILL.
//
//   executor ── watchdog (own group; dies with the executor's stdin pipe) ── child (own group G)
//
// If the executor dies for any reason, the watchdog SIGKILLs group G: the child never outlives it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { WATCHDOG_SOURCE } from '@cassandra-mesos/process-watchdog';
import { LineTail } from './line-tail';

export interface SupervisedProcessSpec {
  /** Executable (absolute, or looked up in env.PATH). */
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  /** The child's complete environment (nothing is inherited). */
  readonly env: Readonly<Record<string, string>>;
  /** stdout and stderr are appended here. */
  readonly logFile: string;
  /** Lines kept in memory for failure reports; default 100. */
  readonly tailLines?: number;
  /** Process name shown by `ps` for the watchdog; default "cassandra-mesos-watchdog". */
  readonly watchdogName?: string;
}

export interface ProcessExit {
  /** Exit code, or null when killed by a signal. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** True when stop() (or kill()) was called before the process ended. */
  readonly stopRequested: boolean;
  /** The last lines of stdout and stderr. */
  readonly logTail: readonly string[];
}

export interface StopOptions {
  /** Time between SIGTERM and SIGKILL. */
  readonly graceMs: number;
}

/** The process could not be started at all (e.g. the executable does not exist). */
export class ProcessStartError extends Error {
  constructor(
    readonly command: string,
    readonly reason: string,
  ) {
    super(`cannot start ${command}: ${reason}`);
    this.name = 'ProcessStartError';
  }
}

/** How long to wait for the output pipes to drain after the process ended (a stray descendant may hold them). */
const OUTPUT_DRAIN_MS = 1_000;
/** After SIGKILL, how long before the watchdog itself is killed (it reports the child's end immediately). */
const WATCHDOG_KILL_AFTER_MS = 5_000;

export class SupervisedProcess {
  /** The child's pid, which is also its process group id. */
  readonly pid: number;
  /** Resolves once the process has ended and its output has been read. Never rejects. */
  readonly exited: Promise<ProcessExit>;
  private exitValue: ProcessExit | undefined;
  private stopRequested = false;
  private stopping: Promise<ProcessExit> | undefined;

  private constructor(
    readonly spec: SupervisedProcessSpec,
    private readonly watchdog: ChildProcess,
    pid: number,
    ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
    private readonly tail: LineTail,
  ) {
    this.pid = pid;
    this.exited = ended.then(({ code, signal }) => {
      this.exitValue = { code, signal, stopRequested: this.stopRequested, logTail: tail.snapshot() };
      return this.exitValue;
    });
  }

  /** Starts `spec`; resolves once the child runs, rejects with ProcessStartError when it cannot start. */
  static start(spec: SupervisedProcessSpec): Promise<SupervisedProcess> {
    mkdirSync(dirname(spec.logFile), { recursive: true });
    const log = createWriteStream(spec.logFile, { flags: 'a' });
    log.on('error', () => undefined); // a full disk must not take the executor down; the tail still works
    const tail = new LineTail(spec.tailLines ?? 100);
    let watchdog: ChildProcess;
    try {
      watchdog = spawn(process.execPath, ['-e', WATCHDOG_SOURCE], {
        argv0: spec.watchdogName ?? 'cassandra-mesos-watchdog',
        cwd: spec.cwd,
        env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' },
        detached: true, // its own group: a signal to the executor's group must not kill the watchdog first
        stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
      });
    } catch (err) {
      log.end();
      return Promise.reject(new ProcessStartError(spec.command, err instanceof Error ? err.message : String(err)));
    }
    watchdog.stdin?.on('error', () => undefined); // the watchdog died first: its exit is reported below
    const outputsDone = [pump(watchdog.stdout, 'stdout', log, tail), pump(watchdog.stderr, 'stderr', log, tail)];

    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      watchdog.once('exit', (code, signal) => {
        let timer: NodeJS.Timeout | undefined;
        const drained = new Promise<void>((r) => (timer = setTimeout(r, OUTPUT_DRAIN_MS)));
        void Promise.race([Promise.all(outputsDone), drained]).then(() => {
          clearTimeout(timer);
          tail.flush();
          log.end();
          resolve({ code, signal });
        });
      });
    });

    return new Promise((resolve, reject) => {
      let line = '';
      let settled = false;
      const status = watchdog.stdio[3] as Readable | null;
      status?.setEncoding('utf8');
      status?.on('error', () => undefined);
      status?.on('data', (chunk: string) => {
        if (settled) return;
        line += chunk;
        const nl = line.indexOf('\n');
        if (nl < 0) return;
        settled = true;
        const msg = parseStatus(line.slice(0, nl));
        if (typeof msg.pid === 'number') resolve(new SupervisedProcess(spec, watchdog, msg.pid, ended, tail));
        else reject(new ProcessStartError(spec.command, msg.error ?? 'unknown launch failure'));
      });
      watchdog.once('error', (err) => {
        if (settled) return;
        settled = true;
        log.end();
        reject(new ProcessStartError(spec.command, err.message));
      });
      watchdog.once('exit', () => {
        if (settled) return;
        settled = true;
        reject(new ProcessStartError(spec.command, 'the watchdog ended before starting it'));
      });
      watchdog.stdin?.write(`${JSON.stringify({ file: spec.command, args: spec.args, cwd: spec.cwd, env: spec.env })}\n`);
    });
  }

  /** undefined while the process runs. */
  get exit(): ProcessExit | undefined {
    return this.exitValue;
  }

  get running(): boolean {
    return this.exitValue === undefined;
  }

  /** The last lines of output so far. */
  logTail(): string[] {
    return this.tail.snapshot();
  }

  /** Sends `signal` to the child's whole process group; false when it has already ended. */
  signal(signal: NodeJS.Signals): boolean {
    if (this.exitValue !== undefined) return false;
    if (signal === 'SIGTERM' || signal === 'SIGKILL') this.stopRequested = true;
    try {
      process.kill(-this.pid, signal);
    } catch {
      return false;
    }
    if (signal === 'SIGKILL') {
      // The watchdog reports the child's end at once; if it does not (stopped, wedged), kill it too:
      // its own exit then ends this process's life here, and its group kill has already happened.
      const timer = setTimeout(() => {
        if (this.exitValue === undefined) this.watchdog.kill('SIGKILL');
      }, WATCHDOG_KILL_AFTER_MS);
      void this.exited.finally(() => clearTimeout(timer));
    }
    return true;
  }

  /**
   * SIGTERM to the process group, SIGKILL after `graceMs`; resolves once the process is gone.
   * Calling it again (or after the process ended) returns the same end.
   */
  stop(options: StopOptions): Promise<ProcessExit> {
    if (this.exitValue !== undefined) return Promise.resolve(this.exitValue);
    this.stopping ??= (async () => {
      this.signal('SIGTERM');
      const timer = setTimeout(() => this.signal('SIGKILL'), options.graceMs);
      try {
        return await this.exited;
      } finally {
        clearTimeout(timer);
      }
    })();
    return this.stopping;
  }
}

/** Copies `stream` into the log file and the tail; resolves when it ends. */
function pump(stream: Readable | null, name: string, log: WriteStream, tail: LineTail): Promise<void> {
  if (!stream) return Promise.resolve();
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    log.write(chunk);
    tail.push(name, chunk);
  });
  return new Promise((resolve) => {
    stream.once('end', resolve);
    stream.once('close', resolve);
    stream.once('error', () => resolve());
  });
}

function parseStatus(line: string): { pid?: number; error?: string } {
  try {
    return JSON.parse(line) as { pid?: number; error?: string };
  } catch {
    return { error: `unreadable watchdog status '${line.slice(0, 80)}'` };
  }
}
