// The packaged scheduler artifact serves its executor tarball, and an agent runs the executor from it:
// scripts/package.mjs builds both tarballs; the scheduler tarball is unpacked; its artifacts/ is
// served by the artifact router on loopback; mesos-local fetches the executor from the served URI
// (CommandInfo.uris, extracted like Mesos does) and starts the launcher, whose bundled executor
// subscribes and runs a config-update task (no Cassandra is started, so no port lock is needed).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import express from 'express';
import { cassandra_mesos, encodeMessage, mesos, TASK_PROTOCOL_VERSION } from '@cassandra-mesos/model';
import { Operations, SchedulerSession, type Offer, type TaskInfoInput, type TaskStatus } from '@cassandra-mesos/mesos';
import { startLocalMesos, type LocalMesos } from '@cassandra-mesos/mesos-local';
import { loadRuntime } from '@cassandra-mesos/testkit';
import { DEFAULT_EXECUTOR_COMMAND as EXECUTOR_TARBALL_COMMAND } from '@cassandra-mesos/model';
import { ARTIFACTS_PATH, artifactRouter, planExecutorArtifact } from '../../src/artifacts';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..', '..');
const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
const EXECUTOR_TARBALL = `cassandra-mesos-executor-${version}.tar.gz`;
const { TaskState, Value } = mesos.v1;

jest.setTimeout(120_000);

async function waitUntil<T>(probe: () => T | undefined, what: () => string, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const scalar = (name: string, value: number) => ({ name, type: Value.Type.SCALAR, scalar: { value } });

function configUpdateDetails(): Uint8Array {
  const config: cassandra_mesos.v1.ICassandraServerConfig = {
    clusterName: 'served-executor-it',
    seeds: ['127.0.0.1'],
    listenAddress: '127.0.0.1',
    rpcAddress: '127.0.0.1',
    ports: { storage: 7000, native: 9042, jmx: 0, jolokia: 8778 },
    dataDir: 'data',
    rackDc: { dc: 'dc1', rack: 'rack1' },
    heapMb: 512,
    numTokens: 1,
  };
  const details = cassandra_mesos.v1.TaskDetails.create({ protocolVersion: TASK_PROTOCOL_VERSION, nodeId: 'node-0', configUpdate: { configId: 'cfg-served', config } });
  return encodeMessage(cassandra_mesos.v1.TaskDetails, details);
}

describe('an executor fetched from the scheduler artifact', () => {
  const work = mkdtempSync(join(tmpdir(), 'served-executor-'));
  const fetches: string[] = [];
  const updates: TaskStatus[] = [];
  const offers: Offer[] = [];
  let server: Server | undefined;
  let mesosLocal: LocalMesos | undefined;
  let session: SchedulerSession | undefined;
  let loop: Promise<void> | undefined;

  afterAll(async () => {
    await session?.teardown().catch(() => undefined);
    await session?.close().catch(() => undefined);
    await mesosLocal?.stop();
    await loop;
    if (server) await new Promise<void>((resolve) => server?.close(() => resolve()));
    rmSync(work, { recursive: true, force: true });
  });

  it('is served over HTTP, unpacked by the agent, and subscribes and runs a task', async () => {
    await run(process.execPath, [join(ROOT, 'scripts', 'package.mjs'), '--out-dir', join(work, 'out')], { timeout: 60_000 });
    const install = join(work, 'install');
    mkdirSync(install);
    await run('tar', ['-xzf', join(work, 'out', `cassandra-mesos-scheduler-${version}.tar.gz`), '-C', install]);
    const schedulerHome = join(install, 'cassandra-mesos-scheduler');

    // The scheduler's own bundle starts from the unpacked tarball (no node_modules up from /tmp).
    const help = await run(join(schedulerHome, 'bin', 'cassandra-mesos-scheduler'), ['--help'], { cwd: install, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' } });
    expect(help.stdout).toContain('cassandra-mesos scheduler: runs Cassandra clusters on Mesos.');

    const app = express();
    app.use((req, _res, next) => {
      fetches.push(`${req.method} ${req.originalUrl}`);
      next();
    });
    const listening = app.listen(0, '127.0.0.1');
    server = listening;
    await new Promise<void>((resolve) => listening.once('listening', () => resolve()));
    const port = (listening.address() as AddressInfo).port;

    const plan = planExecutorArtifact({
      env: {},
      artifactDir: '',
      installDir: schedulerHome,
      configuredExecutorUri: '',
      apiHost: '127.0.0.1',
      apiPort: port,
    });
    expect(plan.artifactDir).toBe(join(schedulerHome, 'artifacts'));
    expect(plan.servedExecutorUri).toBe(`http://127.0.0.1:${port}/v1/artifacts/${EXECUTOR_TARBALL}`);
    // Mounted once the port is known, as the scheduler does after planning.
    app.use(ARTIFACTS_PATH, artifactRouter({ directory: plan.artifactDir }));

    mesosLocal = await startLocalMesos({
      workDir: join(work, 'mesos'),
      port: 0,
      agents: [{ ip: '127.0.0.1', resources: { cpus: 2, memMb: 4096, diskMb: 4096, ports: [[31000, 31010]] } }],
    });
    const s = new SchedulerSession({ master: mesosLocal.masterUrl, frameworkInfo: { user: 'it', name: 'served-executor-it', checkpoint: true, failover_timeout: 60 } });
    session = s;
    loop = (async () => {
      try {
        for await (const event of s.events()) {
          if (event.type === 'OFFERS') offers.push(...event.offers);
          if (event.type === 'UPDATE') {
            updates.push(event.status);
            if (event.status.uuid && event.status.uuid.length > 0) await s.acknowledge(event.status);
          }
        }
      } catch {
        // closed in afterAll
      }
    })();

    const offer = await waitUntil(() => offers[0], () => 'an offer', 30_000);
    const runtime = loadRuntime();
    const task: TaskInfoInput = {
      name: 'node-0-config',
      task_id: { value: 'node-0-config-1' },
      agent_id: { value: offer.agent_id.value },
      resources: [scalar('cpus', 0.1), scalar('mem', 1024)],
      data: configUpdateDetails(),
      executor: {
        executor_id: { value: 'node-0-executor' },
        name: 'cassandra-mesos executor of node-0',
        command: {
          value: EXECUTOR_TARBALL_COMMAND,
          shell: true,
          uris: [{ value: plan.servedExecutorUri ?? '' }],
          environment: {
            variables: [
              { name: 'CASSANDRA_MESOS_JAVA_HOME', value: runtime.java.home },
              { name: 'CASSANDRA_MESOS_CASSANDRA_HOME', value: runtime.cassandra.home },
              { name: 'CASSANDRA_MESOS_JOLOKIA_JAR', value: runtime.jolokia.agentJar },
              // Nothing from the repository's node_modules may help the bundle resolve a module.
              { name: 'NODE_PATH', value: '' },
            ],
          },
        },
        resources: [scalar('cpus', 0.1), scalar('mem', 128)],
      },
    };
    await s.accept([offer.id.value], [Operations.launch([task])], { refuse_seconds: 1 });

    const finished = await waitUntil(
      () => updates.find((u) => u.task_id.value === 'node-0-config-1' && u.state === TaskState.TASK_FINISHED),
      () => `TASK_FINISHED of the config-update task (seen ${updates.map((u) => `${TaskState[u.state]}: ${u.message ?? ''}`).join('; ') || 'nothing'})`,
      60_000,
    );
    expect(finished.source).toBe(mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR);
    expect(finished.message).toContain('configuration cfg-served written for the next start');
    expect(fetches).toContain(`GET ${ARTIFACTS_PATH}/${EXECUTOR_TARBALL}`);

    // The sandbox holds the fetched tarball unpacked, and the bundled pino logged the subscription.
    const sandboxFiles = readdirSync(join(work, 'mesos'), { recursive: true, encoding: 'utf8' });
    const launcher = sandboxFiles.find((f) => f.includes('/executors/node-0-executor/runs/') && f.endsWith(`/${EXECUTOR_TARBALL_COMMAND}`));
    expect(launcher).toBeDefined();
    const sandbox = join(work, 'mesos', (launcher ?? '').slice(0, -EXECUTOR_TARBALL_COMMAND.length - 1));
    const logLines = readFileSync(join(sandbox, 'stderr'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { msg?: string; executorId?: string });
    expect(logLines).toContainEqual(expect.objectContaining({ msg: 'subscribed to the agent', executorId: 'node-0-executor' }));
  });
});
