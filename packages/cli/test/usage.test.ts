// What the built binary does before or without a scheduler: bad arguments are refused with exit 2 and a
// message naming the argument, before any request (a replay server with nothing recorded sees none);
// an unreachable scheduler is exit 5 naming the URL and how to set it; --help of every command has an
// example; the token never appears in any output.
import { createServer, type Socket } from 'node:net';
import type { Command } from 'commander';
import { buildProgram, main } from '../src/main';
import { ReplayServer } from './replay-server';
import { assertBuilt, runCli, TEST_TOKEN } from './run-cli';

beforeAll(() => assertBuilt());

async function refused(args: string[], message: RegExp): Promise<void> {
  const server = await ReplayServer.start([]);
  try {
    const result = await runCli(['--url', server.url, '--token', TEST_TOKEN, ...args]);
    expect({ code: result.code, requests: server.received.map((r) => r.key), stdout: result.stdout }).toEqual({ code: 2, requests: [], stdout: '' });
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain(TEST_TOKEN);
    expect(result.stderr).not.toContain('AKIA-SECRET-ID');
  } finally {
    await server.close();
  }
}

describe('usage errors exit 2 before any request', () => {
  test.concurrent.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['node', 'frob'], /unknown command 'frob'/],
    [['node', 'describe'], /missing required argument 'node'/],
    [['node', 'describe', 'a/b'], /"a\/b" is not a node: give its id \(node-0\)/],
    [['node', 'status', 'node-0', 'extra'], /too many arguments/],
    [['plan', 'show', 'Deploy!'], /"Deploy!" is not a plan name/],
    [['plan', 'restart'], /missing required argument 'step'/],
    [['plan', 'force-complete', 'x..y'], /is not a phase or step/],
    [['repair', 'start', '--keyspaces', '1app'], /"1app" is not a keyspace or table name/],
    [['repair', 'start', '--tables', 'kv'], /--tables needs --keyspaces/],
    [['cleanup', 'start', '--nodes', 'node-0,,node-1'], /without empty entries/],
    [['cleanup', 'start', '--nodes', '*,node-1'], /"\*" stands for every node/],
    [['restart', 'start', '--keyspaces', 'app'], /unknown option '--keyspaces'/],
    [['repair', 'start', '--wait', '--interval', '0'], /out of range: give 0.05 to 3600 seconds/],
    [['backup', 'start'], /required option '--name <name>' not specified/],
    [['backup', 'start', '--name', '../etc'], /contains a path separator|contains "\.\."/],
    [['backup', 'start', '--name', 'b1', '--type', 'full'], /Allowed choices are snapshot, incremental, consistent/],
    [['backup', 'start', '--name', 'b1', '--type', 'incremental'], /--type incremental needs --base-backup/],
    [['backup', 'start', '--name', 'b1', '--s3-access-key', 'AKIA-SECRET-ID'], /give both --s3-access-key and --s3-secret-key/],
    [['backup', 'start', '--name', 'b1', '--location', 's3://user:pw@bucket/x'], /is not a backup location|must not carry credentials/],
    [['backup', 'list', '--limit', 'ten'], /"ten" is not a whole number/],
    [['backup', 'purge'], /give --older-than-days <days> and\/or --keep-last <n>/],
    [['backup', 'verify'], /missing required argument 'name'/],
    [['restore', 'start', '--name', 'b1', '--dry-run', '--wait'], /nothing to --wait for/],
    [['restore', 'start', '--name', 'b1', '--map', 'node-0'], /write node=backupNode/],
    [['config', 'update'], /give --set field=value \(repeatable\) or --file change.json/],
    [['config', 'update', '--set', 'nodeCount'], /write key=value/],
    [['config', 'update', '--file', '/nonexistent/change.json'], /cannot read it/],
    [['connection', '--address', '--dns'], /cannot be used with option '--dns'/],
    [['scale', 'three'], /"three" is not a whole number: give the number of nodes from 1 to 1000/],
    [['scale', '0'], /0 is out of range/],
    [['--timeout', '-1', 'plan', 'show'], /out of range|is not a number/],
    [['plan'], /Usage: cassandra-mesos plan/],
  ])('cassandra-mesos %j', async (args, message) => refused(args, message));

  test('a --url that is not http(s) is a usage error naming the flag', async () => {
    const result = await runCli(['--url', 'ftp://scheduler:2121', 'plan', 'show']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--url "ftp://scheduler:2121" must start with http:// or https://');
  });

  test('a CASSANDRA_MESOS_URL that is not a URL names the variable', async () => {
    const result = await runCli(['plan', 'show'], { CASSANDRA_MESOS_URL: 'scheduler:8080x' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/CASSANDRA_MESOS_URL "scheduler:8080x" (is not a URL|must start with http)/);
  });
});

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('an unreachable scheduler exits 5', () => {
  test('connection refused names the URL, where it came from and how to set it; the token is not printed', async () => {
    const port = await closedPort();
    const result = await runCli(['node', 'list'], { CASSANDRA_MESOS_URL: `http://127.0.0.1:${port}`, CASSANDRA_MESOS_API_TOKEN: TEST_TOKEN });
    expect(result.code).toBe(5);
    expect(result.stderr).toContain(`cannot reach the scheduler at http://127.0.0.1:${port} (from CASSANDRA_MESOS_URL): connection refused`);
    expect(result.stderr).toContain('set --url or CASSANDRA_MESOS_URL');
    expect(result.stdout + result.stderr).not.toContain(TEST_TOKEN);
  });

  test('a host name that does not resolve says DNS', async () => {
    const result = await runCli(['--url', 'http://no-such-host.invalid:8080', 'seeds']);
    expect(result.code).toBe(5);
    expect(result.stderr).toContain('the host name does not resolve (DNS)');
  });

  test('no answer within --timeout says so', async () => {
    // A server that accepts and never answers.
    const open: Socket[] = [];
    const server = createServer((socket) => void open.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('no port');
      const result = await runCli(['--url', `http://127.0.0.1:${address.port}`, '--timeout', '0.3', 'plan', 'list']);
      expect(result.code).toBe(5);
      expect(result.stderr).toContain('no answer within 0.3 s (raise --timeout if the scheduler is slow)');
    } finally {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  test('the default URL says that --url or CASSANDRA_MESOS_URL is not set', async () => {
    const result = await runCli(['--timeout', '2', 'plan', 'list']);
    // 127.0.0.1:8080 may be anything on a developer machine: only check when nothing listens there.
    if (result.code === 5) expect(result.stderr).toContain('(from default)');
    else expect([0, 3]).toContain(result.code);
  });
});

function allCommands(command: Command, prefix: string[] = []): string[][] {
  return command.commands.filter((c) => c.name() !== 'help').flatMap((c) => [[...prefix, c.name()], ...allCommands(c, [...prefix, c.name()])]);
}

describe('--help', () => {
  const sink = { write: () => true } as unknown as NodeJS.WritableStream;
  const paths = allCommands(buildProgram({ stdout: sink, stderr: sink, env: {} }));

  test('the program documents the exit codes and the environment variables', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const text of ['CASSANDRA_MESOS_URL', 'CASSANDRA_MESOS_API_TOKEN', '2    usage error', '3    API error', '4    failed', '5    cannot reach the scheduler', 'Examples:']) expect(result.stdout).toContain(text);
  });

  // In-process (main() is what bin.js runs): one spawn per command would only cost time.
  test.each(paths.map((p) => [p.join(' '), p] as const))('cassandra-mesos %s --help has an example', async (_name, path) => {
    let stdout = '';
    const out = { write: (text: string) => ((stdout += text), true) } as unknown as NodeJS.WritableStream;
    const code = await main([...path, '--help'], { stdout: out, stderr: sink, env: {} });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Examples?:\n {2}\$ cassandra-mesos /);
  });
});
