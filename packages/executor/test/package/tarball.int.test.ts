// The packaged executor (scripts/package.mjs) as an agent gets it: unpacked by the system tar into a
// temporary directory with no node_modules anywhere above it, started through its launcher with a
// bare environment. Proves the bundle needs nothing from npm and the launcher picks Node.js the
// documented way. Integration tier: it builds the tarball from dist/ (the test:int task builds first).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..', '..');
const PACKAGER = join(ROOT, 'scripts', 'package.mjs');
const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
const TARBALL = `cassandra-mesos-executor-${version}.tar.gz`;
const LAUNCHER = 'cassandra-mesos-executor/bin/cassandra-mesos-executor';
const EPOCH = 1_700_000_000;

jest.setTimeout(60_000);

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function outcome(file: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(file, args, { ...options, timeout: 20_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number | string; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw err;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** Reads the ustar headers of a .tar.gz: entry names, modes and mtimes in archive order. */
function tarEntries(gz: Buffer): { name: string; mode: number; mtime: number; uid: number }[] {
  const tar = gunzipSync(gz);
  const field = (h: Buffer, at: number, len: number): string => h.subarray(at, at + len).toString('utf8').replace(/\0.*$/s, '');
  const entries = [];
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const h = tar.subarray(offset, offset + 512);
    if (h.every((b) => b === 0)) break;
    const prefix = field(h, 345, 155);
    const name = (prefix ? `${prefix}/` : '') + field(h, 0, 100);
    const size = parseInt(field(h, 124, 12), 8);
    entries.push({ name, mode: parseInt(field(h, 100, 8), 8), mtime: parseInt(field(h, 136, 12), 8), uid: parseInt(field(h, 108, 8), 8) });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}

describe('the packaged executor', () => {
  let work: string;
  let agentDir: string;
  let tarball: Buffer;
  /** PATH with only what the launcher needs besides node (dirname), so "no node" is testable. */
  let toolsOnlyPath: string;

  const launch = (args: readonly string[], env: NodeJS.ProcessEnv): Promise<Outcome> =>
    outcome(join(agentDir, LAUNCHER), args, { cwd: agentDir, env: { PATH: toolsOnlyPath, ...env } });
  const withNodeOnPath = (): string => `${dirname(process.execPath)}:${toolsOnlyPath}`;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'executor-tarball-'));
    await run(process.execPath, [PACKAGER, '--executor-only', '--out-dir', join(work, 'out')], { env: { ...process.env, SOURCE_DATE_EPOCH: String(EPOCH) }, timeout: 30_000 });
    tarball = readFileSync(join(work, 'out', TARBALL));
    agentDir = join(work, 'agent');
    mkdirSync(agentDir);
    await run('tar', ['-xzf', join(work, 'out', TARBALL), '-C', agentDir]);
    const tools = join(work, 'tools');
    mkdirSync(tools);
    const { stdout } = await run('sh', ['-c', 'command -v dirname']);
    await run('ln', ['-s', stdout.trim(), join(tools, 'dirname')]);
    toolsOnlyPath = tools;
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('has no node_modules within reach of where the agent unpacks it', () => {
    for (let dir = agentDir; ; dir = dirname(dir)) {
      expect(existsSync(join(dir, 'node_modules'))).toBe(false);
      if (dirname(dir) === dir) break;
    }
  });

  it('holds one top-level directory with the launcher, the bundle, VERSION and a README', () => {
    const entries = tarEntries(tarball);
    expect(entries.map((e) => e.name)).toEqual([
      'cassandra-mesos-executor/',
      'cassandra-mesos-executor/README.md',
      'cassandra-mesos-executor/VERSION',
      'cassandra-mesos-executor/bin/',
      'cassandra-mesos-executor/bin/cassandra-mesos-executor',
      'cassandra-mesos-executor/lib/',
      'cassandra-mesos-executor/lib/executor.js',
    ]);
    expect(entries.every((e) => e.mtime === EPOCH && e.uid === 0)).toBe(true);
    expect(entries.find((e) => e.name.endsWith('bin/cassandra-mesos-executor'))?.mode).toBe(0o755);
    expect(statSync(join(agentDir, LAUNCHER)).mode & 0o111).not.toBe(0);
    expect(readFileSync(join(agentDir, 'cassandra-mesos-executor', 'VERSION'), 'utf8')).toBe(`${version}\n`);
  });

  it('is byte for byte the same when packaged again', async () => {
    await run(process.execPath, [PACKAGER, '--executor-only', '--out-dir', join(work, 'again')], { env: { ...process.env, SOURCE_DATE_EPOCH: String(EPOCH) }, timeout: 30_000 });
    const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
    expect(sha(readFileSync(join(work, 'again', TARBALL)))).toBe(sha(tarball));
  });

  it('runs --help with node from the PATH and nothing else around', async () => {
    const r = await launch(['--help'], { PATH: withNodeOnPath() });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('cassandra-mesos executor: runs one Cassandra node');
    expect(r.stdout).toContain('CASSANDRA_MESOS_JOLOKIA_JAR');
  });

  it('gets past --help into the executor: without the Mesos environment it stops with exit 2 and says why', async () => {
    const r = await launch([], { PATH: withNodeOnPath() });
    expect(r.code).toBe(2);
    const line = JSON.parse(r.stderr.trim().split('\n').pop() ?? '{}') as { level?: string; msg?: string };
    expect(line.level).toBe('fatal');
    expect(line.msg).toContain('MESOS_FRAMEWORK_ID');
  });

  it('prefers a Node.js fetched into the sandbox over the PATH', async () => {
    const sandbox = join(work, 'sandbox');
    const bin = join(sandbox, 'node-v22.11.0-linux-x64', 'bin');
    mkdirSync(bin, { recursive: true });
    const marker = join(work, 'sandbox-node-used');
    writeFileSync(join(bin, 'node'), `#!/bin/sh\necho used >> '${marker}'\nexec '${process.execPath}' "$@"\n`);
    chmodSync(join(bin, 'node'), 0o755);
    const r = await launch(['--help'], { PATH: withNodeOnPath(), MESOS_SANDBOX: sandbox });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('cassandra-mesos executor');
    // Once for the version check, once to run the executor.
    expect(readFileSync(marker, 'utf8')).toBe('used\nused\n');
  });

  it('prefers CASSANDRA_MESOS_NODE_BIN over everything, and names it when it is unusable', async () => {
    const ok = await launch(['--help'], { CASSANDRA_MESOS_NODE_BIN: process.execPath, MESOS_SANDBOX: join(work, 'sandbox') });
    expect(ok.code).toBe(0);
    const missing = await launch(['--help'], { CASSANDRA_MESOS_NODE_BIN: join(work, 'no-such-node'), PATH: withNodeOnPath() });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`CASSANDRA_MESOS_NODE_BIN=${join(work, 'no-such-node')} is not an executable file`);
  });

  it('refuses a Node.js older than 20 with the version it found and what to do', async () => {
    const old = join(work, 'node-18');
    writeFileSync(old, "#!/bin/sh\nprintf '18.20.4'\n");
    chmodSync(old, 0o755);
    const r = await launch(['--help'], { CASSANDRA_MESOS_NODE_BIN: old });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('is Node.js 18.20.4; cassandra-mesos-executor needs Node.js 20 or newer');
  });

  it('says where to get Node.js when there is none', async () => {
    const r = await launch(['--help'], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no Node.js found: set CASSANDRA_MESOS_NODE_BIN');
  });
});
