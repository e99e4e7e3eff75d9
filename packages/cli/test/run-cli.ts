// Runs the built binary (dist/bin.js, as an operator would) and the fixtures it replays. The child gets
// a clean environment: no CASSANDRA_MESOS_* of the machine running the tests leaks in.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordedRun, Scenario } from './fixture-format';
import { ReplayServer } from './replay-server';

export const BIN = join(__dirname, '..', 'dist', 'bin.js');
export const FIXTURES = join(__dirname, 'fixtures');
/** The token the tests send; never the recording's. */
export const TEST_TOKEN = 'test-token-0123456789abcdef';

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function assertBuilt(): void {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build the CLI first (npx turbo run test --filter=@cassandra-mesos/cli builds it)`);
}

export function runCli(args: readonly string[], env: Record<string, string> = {}, timeoutMs = 20_000): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export function loadScenarios(): Scenario[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Scenario);
}

export function scenario(name: string): Scenario {
  const found = loadScenarios().find((s) => s.scenario === name);
  if (!found) throw new Error(`no fixture scenario ${name} in ${FIXTURES} (record them: npm run record-fixtures -w @cassandra-mesos/cli)`);
  return found;
}

/** The recorded run of `scenario` whose arguments are exactly `args`. */
export function recordedRun(name: string, args: readonly string[]): RecordedRun {
  const run = scenario(name).runs.find((r) => r.args.join(' ') === args.join(' '));
  if (!run) throw new Error(`scenario ${name} has no recorded run of: ${args.join(' ')}`);
  return run;
}

export interface Replayed extends CliResult {
  readonly server: ReplayServer;
}

/**
 * Runs `run`'s arguments against a replay of its exchanges (plus `extraArgs`), polling fast when it
 * waits, with the test token when the recording sent one.
 */
export async function replay(run: RecordedRun, extraArgs: readonly string[] = [], env: Record<string, string> = {}): Promise<Replayed> {
  const server = await ReplayServer.start(run.exchanges);
  try {
    const fast = run.args.includes('--wait') ? ['--interval', '0.05'] : [];
    const result = await runCli(['--url', server.url, ...(run.withToken ? ['--token', TEST_TOKEN] : []), ...run.args, ...fast, ...extraArgs], env);
    return { ...result, server };
  } finally {
    await server.close();
  }
}
