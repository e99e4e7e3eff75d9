// Every CLI run recorded against the real scheduler (test/fixtures, scripts/record-fixtures.ts), replayed
// against the built binary: the same exit code, exactly the recorded requests (none missing, none
// unrecorded), the bearer token on every call when one is set, and the token never in the output.
// A test at the end checks that the recordings cover every command of the program.
import type { Command } from 'commander';
import { buildProgram } from '../src/main';
import { assertBuilt, loadScenarios, replay, TEST_TOKEN } from './run-cli';

const scenarios = loadScenarios();

beforeAll(() => assertBuilt());

describe.each(scenarios.map((s) => [s.scenario, s] as const))('recorded scenario %s', (_name, recorded) => {
  // Concurrent: each test is a separate process talking to its own replay server.
  test.concurrent.each(recorded.runs.map((run, i) => [`${i + 1}: cassandra-mesos ${run.args.join(' ')}${run.withToken ? '' : ' (no token)'}`, run] as const))('%s', async (_title, run) => {
    const result = await replay(run);
    if (result.code !== run.exitCode) throw new Error(`exit code ${String(result.code)}, recorded ${run.exitCode}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
    expect({ code: result.code, unmatched: result.server.unmatched, unserved: result.server.unserved() }).toEqual({ code: run.exitCode, unmatched: [], unserved: [] });
    const authorizations = new Set(result.server.received.map((r) => r.authorization));
    expect([...authorizations]).toEqual([run.withToken ? `Bearer ${TEST_TOKEN}` : undefined]);
    expect(result.stdout + result.stderr).not.toContain(TEST_TOKEN);
    if (run.exitCode === 0) expect(result.stderr.includes('error:')).toBe(false);
    else expect(result.stderr).toMatch(/^error: /m);
    // --json prints one JSON document and nothing else on stdout.
    if (run.args.includes('--json') && run.exitCode === 0) expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
  });
});

/** "plan show", "node list", ...: the leaf commands of the program. */
function leafCommands(command: Command, prefix: string[] = []): string[][] {
  const subs = command.commands.filter((c) => c.name() !== 'help');
  if (subs.length === 0) return [prefix];
  return subs.flatMap((c) => leafCommands(c, [...prefix, c.name()]));
}

test('the recordings run every command of the program', () => {
  const sink = { write: () => true } as unknown as NodeJS.WritableStream;
  const program = buildProgram({ stdout: sink, stderr: sink, env: {} });
  const recorded = scenarios.flatMap((s) => s.runs.map((r) => ` ${r.args.filter((a) => !a.startsWith('-')).join(' ')} `));
  const missing = leafCommands(program)
    .map((path) => path.join(' '))
    .filter((path) => !recorded.some((args) => args.startsWith(` ${path} `)));
  expect(missing).toEqual([]);
});
