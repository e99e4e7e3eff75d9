import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commonJvmArgs, javaEnv, libClasspath } from '../java';
import { renderConsoleLogback } from '../logback';
import { freePort, looksLikeBindFailure } from '../ports';
import { ManagedProcess, type ExitInfo, type StopOptions } from '../process/managed-process';
import { loadRuntime, type Runtime } from '../runtime';
import { waitUntilReady } from '../wait';
import { freshDir } from '../workdir';
import { readLogTail } from '../log-tail';
import { ComponentError } from '../errors';
import { fourLetterWord } from './four-letter';
import { parseSrvr, renderZooCfg } from './config';

export interface StartZooKeeperOptions {
  /** Readiness timeout; default 30 s. */
  readonly timeoutMs?: number;
  readonly runtime?: Runtime;
}

export interface ZooKeeperServer {
  /** "127.0.0.1:<port>" */
  readonly connectString: string;
  readonly host: string;
  readonly port: number;
  /** From the server's `srvr` answer, e.g. "3.9.5". */
  readonly version: string;
  readonly dataDir: string;
  readonly logFile: string;
  readonly pid: number;
  /** Resolves when the server process has exited, for whatever reason (a crash included). */
  readonly exited: Promise<ExitInfo>;
  stop(options?: StopOptions): Promise<ExitInfo>;
}

const HOST = '127.0.0.1';

/** Starts a standalone ZooKeeper on a free loopback port; resolves when `srvr` answers. */
export async function startZooKeeper(options: StartZooKeeperOptions = {}): Promise<ZooKeeperServer> {
  const runtime = options.runtime ?? loadRuntime();
  for (let attempt = 1; ; attempt++) {
    const port = await freePort(HOST);
    try {
      return await startOnce(runtime, port, options.timeoutMs ?? 30_000);
    } catch (err) {
      if (attempt < 3 && err instanceof ComponentError && looksLikeBindFailure(err.logTail)) continue;
      throw err;
    }
  }
}

async function startOnce(runtime: Runtime, port: number, timeoutMs: number): Promise<ZooKeeperServer> {
  const dir = freshDir('zookeeper');
  const dataDir = join(dir, 'data');
  const tmpDir = join(dir, 'tmp');
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(tmpDir, { recursive: true });
  const cfg = join(dir, 'zoo.cfg');
  writeFileSync(cfg, renderZooCfg({ dataDir, host: HOST, port }));
  const logback = join(dir, 'logback.xml');
  writeFileSync(logback, renderConsoleLogback('INFO'));
  const logFile = join(dir, 'zookeeper.log');
  const proc = await ManagedProcess.launch({
    name: `zookeeper ${HOST}:${port}`,
    command: runtime.java.bin,
    args: [
      '-Xms64m',
      '-Xmx128m',
      '-XX:+UseSerialGC',
      ...commonJvmArgs({ name: `zookeeper-${port}`, tmpDir, heapDumpDir: dir }),
      `-Dlogback.configurationFile=${logback}`,
      '-Dzookeeper.admin.enableServer=false',
      '-cp',
      libClasspath(runtime.zookeeper.libDir),
      runtime.zookeeper.mainClass,
      cfg,
    ],
    cwd: dir,
    env: javaEnv(runtime),
    logFile,
    stopGraceMs: 10_000,
  });
  try {
    const info = await waitUntilReady(
      proc,
      async () => {
        const answer = await fourLetterWord(HOST, port, 'srvr');
        const parsed = parseSrvr(answer);
        return parsed ? { state: 'ready', value: parsed } : { state: 'waiting', reason: `srvr answered ${JSON.stringify(answer.slice(0, 120))}` };
      },
      { timeoutMs, intervalMs: 200, what: `ZooKeeper answering 'srvr' on ${HOST}:${port}` },
    );
    return {
      connectString: `${HOST}:${port}`,
      host: HOST,
      port,
      version: info.version,
      dataDir,
      logFile,
      pid: proc.pid,
      exited: proc.exited,
      stop: (o) => proc.stop(o),
    };
  } catch (err) {
    await proc.stop({ allowPriorExit: true }).catch(() => undefined);
    if (err instanceof ComponentError) throw new ComponentError(err.component, err.reason, err.logFile, await readLogTail(logFile));
    throw err;
  }
}
