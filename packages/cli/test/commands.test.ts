// What the binary prints for the recorded runs (test/fixtures, real scheduler answers): tables for people,
// one JSON document with --json, progress on stderr with --wait, error messages with the scheduler's
// code and a hint, and exit codes 0 / 3 / 4 / 130.
import { spawn } from 'node:child_process';
import type { Exchange } from './fixture-format';
import { ReplayServer } from './replay-server';
import { assertBuilt, BIN, recordedRun, replay, scenario, TEST_TOKEN } from './run-cli';

beforeAll(() => assertBuilt());

async function ok(name: string, args: string[], extra: string[] = []): Promise<{ stdout: string; stderr: string; requests: string[] }> {
  const result = await replay(recordedRun(name, args), extra);
  if (result.code !== 0) throw new Error(`exit ${String(result.code)}:\n${result.stdout}\n${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr, requests: result.server.received.map((r) => r.key) };
}

describe('plans', () => {
  test.concurrent('plan show while deploying: the 503 with the plan is an answer, shown as a table', async () => {
    const { stdout } = await ok('deploy', ['plan', 'show']);
    expect(stdout).toMatch(/^plan deploy: (PENDING|IN_PROGRESS)\n\nPHASE +STEP +STATUS +MESSAGE +STEP ID\n/);
    expect(stdout).toMatch(/^Deploy +node-0 +(PENDING|IN_PROGRESS|COMPLETE) /m);
  });

  test.concurrent('--json plan show prints the plan as one JSON document', async () => {
    const plan = JSON.parse((await ok('deploy', ['--json', 'plan', 'show'])).stdout) as { status: string; phases: Array<{ steps: unknown[] }> };
    expect(plan.phases[0]?.steps).toHaveLength(3);
    expect(['PENDING', 'IN_PROGRESS', 'WAITING']).toContain(plan.status);
  });

  test.concurrent('plan continue --wait follows the deploy to COMPLETE with one progress line per change', async () => {
    const { stdout, stderr } = await ok('deploy', ['plan', 'continue', 'deploy', '--wait', '--interval', '1']);
    expect(stdout).toBe('plan deploy: Received cmd: continue\nplan deploy: COMPLETE\n');
    const lines = stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    expect(stderr).toContain('node-0 IN_PROGRESS');
    expect(lines[lines.length - 1]).toBe('plan deploy: COMPLETE  100.0%  3/3 steps');
  });
});

describe('reads', () => {
  test.concurrent('node list is an aligned table of the three nodes', async () => {
    const { stdout } = await ok('reads', ['node', 'list']);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^NODE +HOST +IP +DC\/RACK +TASK +TARGET +MODE +LOAD +SEED +LIVE$/);
    expect(lines.slice(1).map((l) => l.split(/ +/)[0])).toEqual(['node-0', 'node-1', 'node-2']);
    expect(lines[1]).toMatch(/^node-0 +127\.0\.0\.1 +127\.0\.0\.1 +dc1\/rack1 +TASK_RUNNING +RUN +NORMAL +[\d.]+ (B|KiB|MiB) +(yes|no) +yes$/);
    // Columns line up: every row's second column starts where the header's does.
    const column = (lines[0] ?? '').indexOf('HOST');
    for (const line of lines.slice(1)) expect(line.slice(column - 2, column)).toBe('  ');
  });

  test.concurrent('--json node list is the API answer', async () => {
    const answer = JSON.parse((await ok('reads', ['--json', 'node', 'list'])).stdout) as { nodes: Array<{ nodeId: string }> };
    expect(answer.nodes.map((n) => n.nodeId)).toEqual(['node-0', 'node-1', 'node-2']);
  });

  test.concurrent('a bare index names node-N (as the DC/OS CLI accepted)', async () => {
    const { stdout, requests } = await ok('reads', ['node', 'describe', '1']);
    expect(requests).toEqual(['GET /v1/nodes/node-1/info? null']);
    expect(stdout).toMatch(/^name: +node-1$/m);
  });

  test.concurrent('connection: a table, or one endpoint per line', async () => {
    expect((await ok('reads', ['connection'])).stdout).toMatch(/^ADDRESS +DNS\n127\.0\.0\.1:9042 +node-0\S*:9042\n/);
    expect((await ok('reads', ['connection', '--address'])).stdout).toBe('127.0.0.1:9042\n127.0.0.2:9042\n127.0.0.3:9042\n');
  });

  test.concurrent('config show lists nested fields with dotted keys', async () => {
    const { stdout } = await ok('reads', ['config', 'show']);
    expect(stdout).toMatch(/^targetId: +\S+$/m);
    expect(stdout).toMatch(/^nodeCount: +3$/m);
    expect(stdout).toMatch(/^resources\.memMb: +2048$/m);
  });

  test.concurrent('--verbose shows each request on stderr, never the token', async () => {
    const { stderr } = await ok('reads', ['--verbose', 'plan', 'list']);
    expect(stderr).toMatch(/^> GET http:\/\/127\.0\.0\.1:\d+\/v1\/plans \(with bearer token\)\n< 200 GET .*\/v1\/plans in \d+ ms/m);
    expect(stderr).not.toContain(TEST_TOKEN);
  });
});

describe('API errors exit 3 with the scheduler\'s code and message', () => {
  test.concurrent.each([
    [['node', 'describe', 'node-9'], /the scheduler answered 404 NODE_NOT_FOUND: there is no node 'node-9'/],
    [['plan', 'show', 'nosuch'], /404 PLAN_NOT_FOUND: there is no plan 'nosuch'/],
    [['repair', 'stop'], /409 NO_JOB_RUNNING/],
    [['config', 'update', '--set', 'seedCount=5'], /400 CONFIG_REJECTED: .*seed_count=5/],
    [['plan', 'force-complete', 'nosuch-step'], /404 STEP_NOT_FOUND/],
    [['restore', 'start', '--name', 'nosuch', '--dry-run'], /404 BACKUP_NOT_FOUND/],
  ])('cassandra-mesos %j', async (args, message) => {
    const result = await replay(recordedRun('errors', args));
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 3, stdout: '' });
    expect(result.stderr).toMatch(message);
  });

  test.concurrent('401 says how to give the token', async () => {
    const result = await replay(recordedRun('errors', ['node', 'restart', 'node-0']));
    expect(result.code).toBe(3);
    expect(result.server.received.map((r) => r.authorization)).toEqual([undefined]);
    expect(result.stderr).toContain('401 UNAUTHORIZED');
    expect(result.stderr).toContain('hint: this call needs the scheduler\'s API token: set --token or CASSANDRA_MESOS_API_TOKEN');
  });

  test.concurrent('the token from CASSANDRA_MESOS_API_TOKEN is sent as a bearer token', async () => {
    const run = recordedRun('reads', ['seeds']);
    const server = await ReplayServer.start(run.exchanges);
    try {
      const result = await new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'seeds'], { stdio: 'ignore', env: { PATH: process.env['PATH'] ?? '', CASSANDRA_MESOS_URL: server.url, CASSANDRA_MESOS_API_TOKEN: TEST_TOKEN } });
        child.once('close', resolve);
      });
      expect(result).toBe(0);
      expect(server.received.map((r) => r.authorization)).toEqual([`Bearer ${TEST_TOKEN}`]);
    } finally {
      await server.close();
    }
  });
});

describe('jobs with --wait', () => {
  test.concurrent('repair --wait follows the job to SUCCEEDED: progress on stderr, the job on stdout', async () => {
    const { stdout, stderr } = await ok('repair', ['repair', 'start', '--keyspaces', 'app', '--wait', '--interval', '0.5']);
    expect(stdout).toMatch(/^started repair \S+ on 3 node\(s\)\n/);
    expect(stdout).toMatch(/^status: +SUCCEEDED$/m);
    expect(stdout).toMatch(/^NODE +STATE +KEYSPACE +DONE +REMAINING +DURATION +MESSAGE\nnode-0 +SUCCEEDED +- +app /m);
    expect(stderr).toMatch(/^repair \S+: RUNNING {2}[\d.]+% {2}\d\/3 nodes {2}node node-\d/m);
    expect(stderr.trim().split('\n').pop()).toMatch(/: SUCCEEDED {2}100\.0% {2}3\/3 nodes$/);
  });

  test.concurrent('a job that FAILED exits 4 with why', async () => {
    const result = await replay(recordedRun('cleanup-failed', ['cleanup', 'start', '--keyspaces', 'apq', '--wait', '--interval', '0.5']));
    expect(result.code).toBe(4);
    expect(result.stdout).toMatch(/^status: +FAILED$/m);
    expect(result.stderr).toMatch(/^error: cleanup \S+ ended FAILED: .*keyspace "apq" does not exist on node-0/m);
  });

  test.concurrent('--wait --json prints only the finished job, as one document', async () => {
    const { stdout } = await ok('cleanup', ['--json', 'cleanup', 'start', '--nodes', 'node-0,node-1', '--keyspaces', 'app', '--wait', '--interval', '0.5']);
    const job = JSON.parse(stdout) as { status: string; type: string; nodes: Array<{ nodeId: string }> };
    expect([job.type, job.status, job.nodes.map((n) => n.nodeId)]).toEqual(['CLEANUP', 'SUCCEEDED', ['node-0', 'node-1']]);
  });

  test.concurrent('Ctrl-C stops waiting, not the job: exit 130 and how to follow or stop it', async () => {
    // The recorded repair, cut off while it still ran: the job never finishes for the CLI.
    const recorded = recordedRun('repair', ['repair', 'start', '--keyspaces', 'app', '--wait', '--interval', '0.5']);
    const running = (e: Exchange): boolean => e.request.method === 'PUT' || (e.response.body as { status?: string }).status === 'RUNNING';
    const server = await ReplayServer.start(recorded.exchanges.filter(running));
    try {
      const child = spawn(process.execPath, [BIN, '--url', server.url, 'repair', 'start', '--keyspaces', 'app', '--wait', '--interval', '0.05'], { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env['PATH'] ?? '' } });
      let stderr = '';
      let interrupted = false;
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
        // Once: a second Ctrl-C after the CLI stopped waiting would kill it the default way.
        if (!interrupted && stderr.includes(': RUNNING')) interrupted = child.kill('SIGINT');
      });
      const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
      expect(code).toBe(130);
      expect(stderr).toMatch(/error: stopped waiting for job \S+; it goes on running on the scheduler\. Follow it with: cassandra-mesos repair status; to stop it: cassandra-mesos repair stop/);
    } finally {
      await server.close();
    }
  });
});

describe('backup and restore', () => {
  test.concurrent('backup --wait shows bytes done/total and ends SUCCEEDED', async () => {
    const { stdout, stderr } = await ok('backup', ['backup', 'start', '--name', 'b1', '--keyspaces', 'app', '--wait', '--interval', '0.5']);
    expect(stdout).toMatch(/^status: +SUCCEEDED$/m);
    expect(stdout).toMatch(/^backup: +b1$/m);
    expect(stderr).toMatch(/stage \S+ {2}[\d.]+ (B|KiB|MiB)\/[\d.]+ (B|KiB|MiB)/);
  });

  test.concurrent('backup list is a table with b1; verify says ok', async () => {
    expect((await ok('backup', ['backup', 'list'])).stdout).toMatch(/^NAME +TYPE +CREATED +SIZE +FILES +NODES +KEYSPACES +BASE\nb1 +NODE_SNAPSHOT +\S+ +[\d.]+ (B|KiB|MiB) +\d+ +3 +app +-$/m);
    expect((await ok('backup', ['backup', 'verify', 'b1'])).stdout).toMatch(/^backup b1: ok \(\d+ objects, /);
  });

  test.concurrent('a second backup of the same name is refused (exit 3, BACKUP_EXISTS)', async () => {
    const result = await replay(recordedRun('backup', ['backup', 'start', '--name', 'b1']));
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('409 BACKUP_EXISTS');
  });

  test.concurrent('restore --dry-run prints the plan and starts nothing', async () => {
    const { stdout, requests } = await ok('restore', ['restore', 'start', '--name', 'b1', '--keyspaces', 'app', '--dry-run']);
    expect(requests).toEqual(['PUT /v1/restore/start? {"dry_run":true,"key_spaces":["app"],"name":"b1","nodes":["*"]}']);
    expect(stdout).toMatch(/^dry run: nothing was started\n/);
    expect(stdout).toMatch(/^NODE +IP +FROM BACKUP NODE +BYTES +FILES\nnode-0 +127\.0\.0\.1 +node-0 /m);
  });

  test.concurrent('restore --wait ends SUCCEEDED', async () => {
    const { stdout } = await ok('restore', ['restore', 'start', '--name', 'b1', '--keyspaces', 'app', '--wait', '--interval', '0.5']);
    expect(stdout).toMatch(/^status: +SUCCEEDED$/m);
  });
});

describe('configuration and scaling', () => {
  test.concurrent('config update shows the change; the same again changes nothing', async () => {
    const [first, again] = scenario('config').runs.filter((r) => r.args.join(' ') === 'config update --set repairIntervalDays=7');
    if (!first || !again) throw new Error('the config scenario has not both recorded updates');
    const changed = await replay(first);
    expect(changed.code).toBe(0);
    expect(changed.server.received.map((r) => r.key)).toEqual(['PATCH /v1/config? {"repairIntervalDays":7}']);
    expect(changed.stdout).toMatch(/^new target configuration \S+\nFIELD +FROM +TO +EFFECT\nrepairIntervalDays +0 +7 +SCHEDULER\n$/);
    const unchanged = await replay(again);
    expect(unchanged.code).toBe(0);
    expect(unchanged.stdout).toMatch(/^no change: the target configuration \S+ already has these values\n$/);
  });

  test.concurrent('config update --json --wait prints the followed plan only', async () => {
    const plan = JSON.parse((await ok('config', ['--json', 'config', 'update', '--set', 'placementConstraints="[]"', '--wait', '--interval', '1'])).stdout) as { status: string };
    expect(plan.status).toBe('COMPLETE');
  });

  test.concurrent('scale --wait follows the deploy plan to COMPLETE', async () => {
    const { stdout, requests } = await ok('scale', ['scale', '4', '--wait', '--interval', '1']);
    expect(requests[0]).toBe('POST /scale/nodes?nodeCount=4 null');
    expect(stdout.trim().split('\n').pop()).toBe('plan deploy: COMPLETE');
  });
});

describe('node operations and plan steps', () => {
  test.concurrent.each([
    [['node', 'stop', 'node-3'], 'POST /node/node-3/stop? null', /^node-3: target run state STOP\n$/],
    [['node', 'start', 'node-3'], 'POST /node/node-3/start? null', /^node-3: target run state RUN\n$/],
    [['node', 'terminate', 'node-3'], 'POST /node/node-3/terminate? null', /^node-3: target run state TERMINATE\n$/],
    [['node', 'restart', 'node-3'], 'PUT /v1/nodes/restart?node=node-3 null', /^node-3: restarting \(stopping task node-3-server-\S+\)\n$/],
    [['node', 'replace', 'node-3'], 'PUT /v1/nodes/replace?node=node-3 null', /^node-3: being replaced/],
  ])('cassandra-mesos %j', async (args, request, output) => {
    const { stdout, requests } = await ok('node-ops', args);
    expect(requests).toEqual([request]);
    expect(stdout).toMatch(output);
  });

  test.concurrent('plan restart of a step --wait follows the plan until COMPLETE', async () => {
    const { stdout, stderr, requests } = await ok('plan-step', ['plan', 'restart', 'node-1', '--wait', '--interval', '1']);
    expect(requests[0]).toBe('POST /v1/plans/deploy/restart?step=node-1 null');
    expect(stdout).toBe('plan deploy: Received cmd: restart\nplan deploy: COMPLETE\n');
    expect(stderr).toContain('node-1 IN_PROGRESS');
  });

  test.concurrent('a stopped repair shows "stop requested" in its status', async () => {
    const runs = scenario('repair-stop').runs;
    const afterStop = runs[3];
    if (runs[2]?.args.join(' ') !== 'repair stop' || !afterStop) throw new Error('repair-stop scenario: expected start, status, stop, status');
    const { stdout } = await replay(afterStop);
    expect(stdout).toMatch(/^status: +(RUNNING \(stop requested\)|ABORTED|SUCCEEDED)$/m);
  });

  test.concurrent('backup status shows the stage, the bytes and a per-node table', async () => {
    const { stdout } = await ok('backup', ['backup', 'status']);
    expect(stdout).toMatch(/^backup: +b2$/m);
    expect(stdout).toMatch(/^stage: +BACKUP_\w+$/m);
    expect(stdout).toMatch(/^bytes: +[\d.]+ (B|KiB|MiB) of [\d.]+ (B|KiB|MiB)/m);
    expect(stdout).toMatch(/^NODE +STATE +STAGE +KEYSPACE +BYTES +DURATION +MESSAGE$/m);
  });

  test.concurrent('seeds lists the seed addresses', async () => {
    expect((await ok('reads', ['seeds'])).stdout).toMatch(/^seeds: +127\.0\.0\.\d(, 127\.0\.0\.\d)*\n/);
  });
});

