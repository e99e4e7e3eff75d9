import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, appendFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ComponentError } from '../errors';
import { CHILD_MARKER_ENV, markerForThisProcess } from './markers';
import { identify, isAlive, signalIfAlive, waitGone, type ProcessIdentity } from './proc';
import { register, unregister } from './registry';

export interface LaunchSpec {
  /** Human name used in messages and logs, e.g. "cassandra node1". */
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  /** Variables added to a cleaned copy of this process's environment. */
  readonly env?: Readonly<Record<string, string>>;
  /** stdout and stderr of the server (and the watchdog's notes) are appended here. */
  readonly logFile: string;
  /** SIGTERM → SIGKILL grace, used by stop() and by the watchdog. Default 10 s. */
  readonly stopGraceMs?: number;
}

export interface ExitInfo {
  readonly code: number | null;
  readonly signal: string | null;
  /** true when the process exited because stop() asked it to. */
  readonly requested: boolean;
}

export interface StopOptions {
  readonly graceMs?: number;
  /** Do not fail when the process had already exited on its own (e.g. a test killed it on purpose). */
  readonly allowPriorExit?: boolean;
}

const WATCHDOG = resolve(__dirname, '..', '..', 'bin', 'watchdog.cjs');
/** Inherited variables that would change how a JVM or Node starts. */
const SCRUBBED_ENV = ['JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS', 'JDK_JAVA_OPTIONS', 'CLASSPATH', 'NODE_OPTIONS', 'NODE_CHANNEL_FD'];

/**
 * One server process started through the watchdog (bin/watchdog.cjs), which kills it if this
 * process dies. `pid` is the server's pid; the watchdog is an implementation detail.
 */
export class ManagedProcess {
  readonly pid: number;
  readonly identity: ProcessIdentity;
  readonly exited: Promise<ExitInfo>;
  private exitInfoValue: ExitInfo | undefined;
  private stopRequested = false;
  private stopping: Promise<ExitInfo> | undefined;

  private constructor(
    readonly spec: LaunchSpec,
    private readonly watchdog: ChildProcess,
    identity: ProcessIdentity,
    exited: Promise<{ code: number | null; signal: string | null }>,
  ) {
    this.pid = identity.pid;
    this.identity = identity;
    this.exited = exited.then((e) => {
      this.exitInfoValue = { ...e, requested: this.stopRequested };
      unregister(this);
      return this.exitInfoValue;
    });
  }

  get name(): string {
    return this.spec.name;
  }

  get logFile(): string {
    return this.spec.logFile;
  }

  get watchdogPid(): number | undefined {
    return this.watchdog.pid;
  }

  /** undefined while running. */
  get exitInfo(): ExitInfo | undefined {
    return this.exitInfoValue;
  }

  get running(): boolean {
    return this.exitInfoValue === undefined && isAlive(this.identity);
  }

  /**
   * SIGTERM, then SIGKILL after the grace period; resolves once the process has exited. Rejects with
   * a ComponentError (log tail included) if the process had already died on its own, unless
   * `allowPriorExit` — so a crash during a test is not silently swallowed by the teardown.
   */
  stop(options: StopOptions = {}): Promise<ExitInfo> {
    // Dead already (or a zombie awaiting its watchdog) before anyone asked: that is a crash.
    if (!this.stopRequested && this.exitInfoValue === undefined && !isAlive(this.identity)) {
      return this.exited.then(() => this.stop(options));
    }
    if (this.exitInfoValue !== undefined && !this.stopRequested) {
      const e = this.exitInfoValue;
      if (options.allowPriorExit) return Promise.resolve(e);
      return ComponentError.create(this.name, `exited on its own before stop() (code ${String(e.code)}, signal ${String(e.signal)})`, this.logFile).then((err) => {
        throw err;
      });
    }
    this.stopping ??= this.doStop(options.graceMs ?? this.spec.stopGraceMs ?? 10_000);
    return this.stopping;
  }

  private async doStop(graceMs: number): Promise<ExitInfo> {
    this.stopRequested = true;
    this.note(`stop(): SIGTERM, SIGKILL in ${graceMs} ms if still running`);
    signalIfAlive(this.identity, 'SIGTERM');
    const killTimer = setTimeout(() => {
      if (signalIfAlive(this.identity, 'SIGKILL')) this.note(`still running after ${graceMs} ms: SIGKILL`);
    }, graceMs);
    try {
      let hardTimer: NodeJS.Timeout | undefined;
      const result = await Promise.race([this.exited, new Promise<undefined>((r) => (hardTimer = setTimeout(() => r(undefined), graceMs + 15_000)))]);
      clearTimeout(hardTimer);
      if (result) return result;
      // The watchdog did not report: kill both directly and confirm with /proc.
      signalIfAlive(this.identity, 'SIGKILL');
      const wd = this.watchdog.pid === undefined ? undefined : identify(this.watchdog.pid);
      if (wd) signalIfAlive(wd, 'SIGKILL');
      if (!(await waitGone(this.identity, 5_000))) throw await ComponentError.create(this.name, `pid ${this.pid} survived SIGKILL`, this.logFile);
      return await this.exited;
    } finally {
      clearTimeout(killTimer);
    }
  }

  /** Synchronous last-resort signal, for process 'exit' hooks. */
  killNow(signal: NodeJS.Signals): void {
    signalIfAlive(this.identity, signal);
  }

  private note(text: string): void {
    try {
      appendFileSync(this.logFile, `[testkit ${new Date().toISOString()}] ${this.name}: ${text}\n`);
    } catch {
      // the log is informational
    }
  }

  /** Starts `spec` through the watchdog; resolves once the server process exists. */
  static async launch(spec: LaunchSpec): Promise<ManagedProcess> {
    mkdirSync(dirname(spec.logFile), { recursive: true });
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !SCRUBBED_ENV.includes(k)) env[k] = v;
    Object.assign(env, spec.env ?? {}, { [CHILD_MARKER_ENV]: markerForThisProcess() });
    const fd = openSync(spec.logFile, 'a');
    let watchdog: ChildProcess;
    try {
      watchdog = fork(WATCHDOG, [JSON.stringify({ name: spec.name, command: spec.command, args: spec.args, cwd: spec.cwd, graceMs: spec.stopGraceMs ?? 10_000 })], {
        cwd: spec.cwd,
        env,
        execArgv: [],
        stdio: ['ignore', fd, fd, 'ipc'],
        serialization: 'json',
      });
    } finally {
      closeSync(fd);
    }
    // The IPC channel must not keep a test process alive on its own: if a test forgets stop(), the
    // process may exit and the watchdog then stops the server.
    watchdog.channel?.unref();
    watchdog.unref();

    let reported: { code: number | null; signal: string | null } | undefined;
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolveExit) => {
      watchdog.on('message', (m: WatchdogMessage) => {
        if (m.type === 'exit') reported = { code: m.code, signal: m.signal };
      });
      watchdog.once('exit', (code, signal) => {
        resolveExit(reported ?? { code, signal: signal ?? null });
      });
    });

    const pid = await new Promise<number>((resolvePid, reject) => {
      const onMessage = (m: WatchdogMessage): void => {
        if (m.type === 'spawned') finish(() => resolvePid(m.pid));
        else if (m.type === 'spawn-error') finish(() => reject(new Error(`${spec.name}: cannot start ${spec.command}: ${m.message} (log: ${spec.logFile})`)));
      };
      const onExit = (code: number | null): void => finish(() => reject(new Error(`${spec.name}: watchdog exited (code ${String(code)}) before starting the server (log: ${spec.logFile})`)));
      const timer = setTimeout(() => finish(() => reject(new Error(`${spec.name}: watchdog did not start the server within 15 s (log: ${spec.logFile})`))), 15_000);
      const finish = (f: () => void): void => {
        clearTimeout(timer);
        watchdog.off('message', onMessage);
        watchdog.off('exit', onExit);
        f();
      };
      watchdog.on('message', onMessage);
      watchdog.once('exit', onExit);
    });
    const identity = identify(pid) ?? { pid, startTicks: '0' };
    const managed = new ManagedProcess(spec, watchdog, identity, exited);
    register(managed);
    return managed;
  }
}

type WatchdogMessage = { type: 'spawned'; pid: number } | { type: 'spawn-error'; message: string } | { type: 'exit'; code: number | null; signal: string | null };
