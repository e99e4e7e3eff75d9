// Records the CLI's fixtures from a REAL scheduler: ZooKeeper, mesos-local, the scheduler process and
// three real Cassandra nodes through the real executor (the scheduler's OpsCluster harness), with a
// real s3proxy for backups. Every scenario runs the built CLI (dist/bin.js) through a recording proxy,
// so the fixtures hold exactly the requests the CLI makes and the scheduler's real answers.
// Run it with `npm run record-fixtures -w @cassandra-mesos/cli` (takes the Cassandra port lock).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertNothingLeftRunning, freePort } from '@cassandra-mesos/testkit';
import { backupSettings } from '../../scheduler/test/e2e/support/clusters';
import { BackupBucket } from '../../scheduler/test/e2e/support/s3-bucket';
import { createKeyspaceWithRows, NODE_IPS, OpsCluster, waitUntil, withCql, type SchedulerProcess } from '../../scheduler/test/integration/cluster-ops-support';
import type { RecordedRun, Scenario } from '../test/fixture-format';
import { RecordingProxy } from './recording-proxy';

const CLI = join(__dirname, '..', 'dist', 'bin.js');
const FIXTURES = join(__dirname, '..', 'test', 'fixtures');
/** At least 16 characters, as the scheduler requires; only ever in this process and the scheduler's environment. */
const TOKEN = `rec-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
const RUN_TIMEOUT_MS = 6 * 60_000;

interface Recorder {
  run(args: string[], options?: { token?: boolean; expect?: number | number[] }): Promise<RecordedRun>;
  save(scenario: string, description: string): void;
}

function recorder(proxy: RecordingProxy): Recorder {
  let runs: RecordedRun[] = [];
  return {
    async run(args, options = {}) {
      const withToken = options.token ?? true;
      const argv = [CLI, '--url', proxy.url, ...(withToken ? ['--token', TOKEN] : []), ...args];
      const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' } });
        let out = '';
        let err = '';
        child.stdout.on('data', (c: Buffer) => (out += c.toString()));
        child.stderr.on('data', (c: Buffer) => (err += c.toString()));
        const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
        child.once('error', reject);
        child.once('close', (exitCode) => {
          clearTimeout(timer);
          resolve({ code: exitCode ?? -1, stdout: out, stderr: err });
        });
      });
      const shown = `cassandra-mesos ${args.join(' ')}${withToken ? '' : ' (no token)'}`;
      console.log(`[record] ${shown} -> exit ${code}\n${indent(stdout)}${indent(stderr)}`);
      if (stdout.includes(TOKEN) || stderr.includes(TOKEN)) throw new Error(`${shown} printed the API token`);
      const expected = options.expect === undefined ? [0] : Array.isArray(options.expect) ? options.expect : [options.expect];
      if (!expected.includes(code)) throw new Error(`${shown} exited ${code}, expected ${expected.join(' or ')}:\n${stdout}\n${stderr}`);
      const run: RecordedRun = { args, withToken, exitCode: code, exchanges: proxy.take() };
      runs.push(run);
      return run;
    },
    save(scenario, description) {
      const document: Scenario = { scenario, description, recordedAt: new Date().toISOString(), runs };
      writeFileSync(join(FIXTURES, `${scenario}.json`), `${JSON.stringify(document, null, 2)}\n`);
      console.log(`[record] saved ${scenario}.json: ${runs.length} runs, ${runs.reduce((n, r) => n + r.exchanges.length, 0)} exchanges`);
      runs = [];
    },
  };
}

function indent(text: string): string {
  return text === '' ? '' : `${text.trimEnd().split('\n').map((l) => `    ${l}`).join('\n')}\n`;
}

async function scenarios(rec: Recorder, cluster: OpsCluster): Promise<void> {
  // While the first deploy runs: the plan answers 503 with its body; interrupt, then continue --wait.
  await waitUntil(async () => {
    const answer = await cluster.api('GET', '/v1/plans/deploy');
    return (answer.status === 503 && Array.isArray((answer.body as { phases?: unknown } | undefined)?.phases)) || undefined;
  }, 'the deploy plan', 60_000);
  await rec.run(['plan', 'show']);
  await rec.run(['plan', 'interrupt', 'deploy']);
  await rec.run(['--json', 'plan', 'show']);
  await rec.run(['plan', 'continue', 'deploy', '--wait', '--interval', '1']);
  rec.save('deploy', 'the first deploy: plan show while IN_PROGRESS (HTTP 503 with the plan), interrupt, continue --wait until COMPLETE');

  for (const args of [
    ['plan', 'list'], ['plan', 'show'], ['--json', 'plan', 'show', 'deploy'], ['connection'], ['connection', '--address'], ['connection', '--dns'], ['--json', 'connection'],
    ['seeds'], ['node', 'list'], ['--json', 'node', 'list'], ['node', 'describe', 'node-0'], ['node', 'describe', '1'], ['node', 'status', 'node-0'], ['--json', 'node', 'status', 'node-2'],
    ['config', 'show'], ['--json', 'config', 'show'], ['repair', 'status'], ['cleanup', 'status'], ['restart', 'status'], ['backup', 'status'], ['restore', 'status'], ['backup', 'list'],
    ['--verbose', 'plan', 'list'],
  ]) await rec.run(args);
  rec.save('reads', 'read-only commands on a deployed three-node cluster');

  await rec.run(['node', 'describe', 'node-9'], { expect: 3 });
  await rec.run(['plan', 'show', 'nosuch'], { expect: 3 });
  await rec.run(['repair', 'stop'], { expect: 3 });
  await rec.run(['cleanup', 'stop'], { expect: 3 });
  await rec.run(['restart', 'stop'], { expect: 3 });
  await rec.run(['backup', 'verify', 'nosuch'], { expect: 3 });
  await rec.run(['config', 'update', '--set', 'seedCount=5'], { expect: 3 });
  await rec.run(['plan', 'force-complete', 'nosuch-step'], { expect: 3 });
  await rec.run(['node', 'restart', 'node-0'], { token: false, expect: 3 });
  await rec.run(['restore', 'start', '--name', 'nosuch', '--dry-run'], { expect: 3 });
  rec.save('errors', 'API errors: unknown node, plan and step, no job to stop, unknown backup, a rejected config change, no token');

  await withCql(NODE_IPS, (client) => createKeyspaceWithRows(client, 'app', 3, 400));

  await rec.run(['repair', 'start', '--keyspaces', 'app', '--wait', '--interval', '0.5']);
  await rec.run(['repair', 'status']);
  rec.save('repair', 'repair of keyspace app followed with --wait until SUCCEEDED');

  await rec.run(['cleanup', 'start', '--keyspaces', 'apq', '--wait', '--interval', '0.5'], { expect: 4 });
  rec.save('cleanup-failed', 'cleanup of a keyspace that does not exist (typo): the job FAILED, --wait exits 4');

  await rec.run(['--json', 'cleanup', 'start', '--nodes', 'node-0,node-1', '--keyspaces', 'app', '--wait', '--interval', '0.5']);
  rec.save('cleanup', 'cleanup of two nodes with --wait --json');

  await rec.run(['repair', 'start', '--keyspaces', 'app']);
  await rec.run(['repair', 'status']);
  await rec.run(['repair', 'stop']);
  await rec.run(['repair', 'status']);
  await waitUntil(async () => ((await cluster.call<{ running: boolean }>('GET', '/v1/repair/status', 200)).running ? undefined : true), 'the stopped repair to end', 180_000);
  rec.save('repair-stop', 'a repair started without --wait, its status, then stopped');

  await rec.run(['restart', 'start', '--wait', '--interval', '1']);
  await rec.run(['restart', 'start', '--nodes', 'node-1,node-2']);
  await rec.run(['restart', 'status']);
  await rec.run(['restart', 'stop']);
  await waitUntil(async () => ((await cluster.call<{ running: boolean }>('GET', '/v1/restart/status', 200)).running ? undefined : true), 'the stopped rolling restart to end', 300_000);
  rec.save('rolling-restart', 'rolling restart of every node followed until SUCCEEDED; a second one of two nodes stopped');

  await rec.run(['cleanup', 'start', '--keyspaces', 'app']);
  await rec.run(['cleanup', 'stop'], { expect: [0, 3] });
  await waitUntil(async () => ((await cluster.call<{ running: boolean }>('GET', '/v1/cleanup/status', 200)).running ? undefined : true), 'the cleanup to end', 180_000);
  rec.save('cleanup-stop', 'a cleanup started and stopped at once (it may have finished already: then 409 NO_JOB_RUNNING)');

  await rec.run(['backup', 'start', '--name', 'b1', '--keyspaces', 'app', '--wait', '--interval', '0.5']);
  await rec.run(['backup', 'list']);
  await rec.run(['--json', 'backup', 'list']);
  await rec.run(['backup', 'verify', 'b1']);
  await rec.run(['backup', 'purge', '--keep-last', '5', '--dry-run']);
  await rec.run(['backup', 'start', '--name', 'b1'], { expect: 3 });
  await rec.run(['backup', 'start', '--name', 'b2', '--keyspaces', 'app']);
  await rec.run(['backup', 'status']);
  await rec.run(['backup', 'stop'], { expect: [0, 3] });
  await waitUntil(async () => ((await cluster.call<{ running: boolean }>('GET', '/v1/backup/status', 200)).running ? undefined : true), 'backup b2 to end', 180_000);
  rec.save('backup', 'backup b1 with --wait (s3proxy), list, verify, purge --dry-run, a second b1 (exists), b2 started and stopped');

  await rec.run(['restore', 'start', '--name', 'b1', '--keyspaces', 'app', '--dry-run']);
  await rec.run(['restore', 'start', '--name', 'b1', '--keyspaces', 'app', '--wait', '--interval', '0.5']);
  await rec.run(['restore', 'status']);
  await rec.run(['restore', 'stop'], { expect: 3 });
  rec.save('restore', 'restore of b1: --dry-run plan, then the restore with --wait');

  await rec.run(['config', 'update', '--set', 'repairIntervalDays=7']);
  await rec.run(['config', 'update', '--set', 'repairIntervalDays=7']);
  await rec.run(['--json', 'config', 'update', '--set', 'placementConstraints="[]"', '--wait', '--interval', '1']);
  rec.save('config', 'config update: a new version, the same again (no change), lifting the placement constraint with --wait');

  await rec.run(['plan', 'restart', 'node-1', '--wait', '--interval', '1']);
  await rec.run(['plan', 'force-complete', 'node-1']);
  rec.save('plan-step', 'plan restart of one step followed until COMPLETE, force-complete of a step');

  await rec.run(['scale', '4', '--wait', '--interval', '1']);
  await rec.run(['node', 'list']);
  rec.save('scale', 'scale from three to four nodes, the new node deployed on the spare agent, followed with --wait');

  await rec.run(['node', 'stop', 'node-3']);
  await rec.run(['node', 'start', 'node-3']);
  await rec.run(['node', 'restart', 'node-3']);
  await rec.run(['node', 'terminate', 'node-3']);
  await rec.run(['node', 'replace', 'node-3'], { expect: [0, 3] });
  rec.save('node-ops', 'run-state changes of node-3: stop, start, restart in place, terminate, replace');
}

async function main(): Promise<void> {
  mkdirSync(FIXTURES, { recursive: true });
  const t0 = Date.now();
  const bucket = await BackupBucket.start('cli-fixtures', 'cassandra');
  let cluster: OpsCluster | undefined;
  let proxy: RecordingProxy | undefined;
  let scheduler: SchedulerProcess | undefined;
  try {
    cluster = await OpsCluster.start();
    Object.assign(cluster.envOverrides, backupSettings({ bucket, grpcPort: await freePort(), rateLimitMibPerSecond: 0 }), {
      CASSANDRA_MESOS_API_TOKEN: TOKEN,
    });
    scheduler = cluster.startScheduler();
    proxy = await RecordingProxy.start(`http://127.0.0.1:${cluster.apiPort}`);
    await waitUntil(async () => (await cluster?.api('GET', '/health/process'))?.status === 200 || undefined, 'the scheduler API', 60_000);
    await scenarios(recorder(proxy), cluster);
    console.log(`[record] done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  } catch (err) {
    if (scheduler) console.error(`[record] scheduler output (tail):\n${scheduler.tail()}`);
    throw err;
  } finally {
    await proxy?.close();
    await cluster?.stop();
    await bucket.close();
    await assertNothingLeftRunning();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
