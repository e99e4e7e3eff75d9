// The host facts metadata needs, behind a port so unit tests can stage any answer; nodeHostPorts is
// the real machine.
import { spawn } from 'node:child_process';
import { readdir, readFile, statfs } from 'node:fs/promises';
import { hostname } from 'node:os';

export interface CommandResult {
  readonly code: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface HostPorts {
  hostname(): string;
  /** Free space available to an unprivileged user. */
  statfs(path: string): Promise<{ readonly bavail: number; readonly bsize: number }>;
  readdir(path: string): Promise<string[]>;
  readFile(path: string): Promise<string>;
  /** Runs `file args`; rejects only when it cannot start (e.g. ENOENT); a non-zero exit is a result. */
  run(file: string, args: readonly string[], timeoutMs: number): Promise<CommandResult>;
}

/** Output kept per stream: `java -version` prints three lines; anything beyond is not needed. */
const MAX_OUTPUT_CHARS = 64 * 1024;

export const nodeHostPorts: HostPorts = {
  hostname: () => hostname(),
  statfs: async (path) => {
    const s = await statfs(path);
    return { bavail: Number(s.bavail), bsize: Number(s.bsize) };
  },
  readdir: (path) => readdir(path),
  readFile: (path) => readFile(path, 'utf8'),
  run: (file, args, timeoutMs) =>
    new Promise((resolve, reject) => {
      const child = spawn(file, [...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      // Our own timer rather than spawn's `timeout`, so it is cleared on every way out (also a failed spawn).
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        if (stdout.length < MAX_OUTPUT_CHARS) stdout += chunk;
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        if (stderr.length < MAX_OUTPUT_CHARS) stderr += chunk;
      });
      child.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      child.once('close', (code, signal) => {
        clearTimeout(timer);
        resolve({ code, signal, stdout, stderr });
      });
    }),
};
