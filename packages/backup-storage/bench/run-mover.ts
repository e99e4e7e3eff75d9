// Runs one MoverJob in a fresh child Node process and samples the child's RSS every 100 ms from
// /proc while it works. A fresh process per job: each peak belongs to that job alone.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { ChildMessage, MoverJob, MoverResult } from './mover-protocol';
import { statusBytes } from './proc-stats';

export interface MoverRun {
  readonly result: MoverResult;
  /** Largest VmRSS sampled (every 100 ms) while the job ran. */
  readonly peakSampledRssBytes: number;
  /** The same, per phase the child announced ('startup' before the first). */
  readonly peakSampledRssByPhase: Readonly<Record<string, number>>;
  readonly rssSamples: number;
}

const SAMPLE_INTERVAL_MS = 100;

export interface MoverProcessOptions {
  /** Writes a V8 CPU profile of the child (`--cpu-prof`) into this directory. */
  readonly cpuProfileDir?: string;
}

export function runMover(job: MoverJob, signal: AbortSignal, options: MoverProcessOptions = {}): Promise<MoverRun> {
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'mover-child.js'), [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: options.cpuProfileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`, `--cpu-prof-name=${job.kind}-${Date.now()}.cpuprofile`],
      // The SDK's "Node 22 will be required from 2027" notice, once per child, would bury the figures.
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
    let phase = 'startup';
    const peaks: Record<string, number> = {};
    let samples = 0;
    let result: MoverResult | undefined;
    let failure: string | undefined;
    const sample = (): void => {
      if (child.pid === undefined) return;
      const rss = statusBytes(child.pid, 'VmRSS');
      if (rss === undefined) return;
      samples++;
      peaks[phase] = Math.max(peaks[phase] ?? 0, rss);
    };
    const timer = setInterval(sample, SAMPLE_INTERVAL_MS);
    const onAbort = (): void => {
      child.kill('SIGTERM');
    };
    signal.addEventListener('abort', onAbort, { once: true });

    child.on('message', (message: ChildMessage) => {
      sample(); // the last figure of the phase that ends here
      switch (message.type) {
        case 'phase':
          phase = message.name;
          break;
        case 'done':
          result = message.result;
          break;
        case 'failed':
          failure = message.message;
          break;
      }
    });
    child.on('error', (err) => {
      failure ??= `cannot run the mover child: ${err.message}`;
    });
    child.on('exit', (code, exitSignal) => {
      clearInterval(timer);
      signal.removeEventListener('abort', onAbort);
      if (signal.aborted) {
        reject(signal.reason instanceof Error ? signal.reason : new Error('interrupted'));
      } else if (result !== undefined) {
        const peak = Math.max(0, ...Object.values(peaks));
        resolve({ result, peakSampledRssBytes: peak, peakSampledRssByPhase: peaks, rssSamples: samples });
      } else {
        reject(new Error(`${job.kind} failed: ${failure ?? `the mover child exited (code ${String(code)}, signal ${String(exitSignal)}) without a result`}`));
      }
    });
    child.send(job, (err) => {
      if (err !== null) {
        failure ??= `cannot send the job to the mover child: ${err.message}`;
        child.kill('SIGTERM');
      }
    });
  });
}
