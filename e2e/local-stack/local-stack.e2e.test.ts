// The acceptance scenario of issue 6's "one command on one machine": the README's first command,
// `./scripts/local-stack.sh --nodes 3`, run as a user runs it (its own process group; Ctrl-C is a
// SIGINT to that group). It must reach a 3-node live cluster whose CQL endpoints each answer, run the
// packaged executor that Mesos fetched through CommandInfo.uris, and leave nothing behind on Ctrl-C.
// The tests run in order and build on each other.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Client, policies } from 'cassandra-driver';
import { cassandraDaemons, describeProcess, executorSandboxes, LocalStackRun, mesosState, processes, processesOf, type Endpoints } from './support';

const NODES = 3;
const READY_TIMEOUT_MS = 10 * 60_000;
const STOP_TIMEOUT_MS = 4 * 60_000;
const LAUNCHER = 'cassandra-mesos-executor/bin/cassandra-mesos-executor';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function queryNode(endpoint: string, datacenter: string): Promise<{ release_version: string; rpc_address: string }> {
  // Only this endpoint may serve the query: the driver would otherwise pick any node of the ring.
  const loadBalancing = new policies.loadBalancing.AllowListPolicy(new policies.loadBalancing.DCAwareRoundRobinPolicy(datacenter), [endpoint]);
  const client = new Client({ contactPoints: [endpoint], localDataCenter: datacenter, policies: { loadBalancing } });
  try {
    await client.connect();
    const rs = await client.execute('SELECT release_version, rpc_address FROM system.local');
    const row = rs.first();
    return { release_version: String(row.get('release_version')), rpc_address: String(row.get('rpc_address')) };
  } finally {
    await client.shutdown();
  }
}

describe('./scripts/local-stack.sh --nodes 3 (the first README command)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'e2e-local-stack-'));
  let run: LocalStackRun;
  let endpoints: Endpoints;

  beforeAll(async () => {
    run = new LocalStackRun(dataDir, ['--nodes', String(NODES)]);
    const ready = await run.waitForLine(/cluster ready: deploy COMPLETE/, READY_TIMEOUT_MS);
    endpoints = run.endpoints();
    const t = endpoints.timings;
    console.log(
      `local-stack reached a ${NODES}-node live cluster:\n  ${ready}\n` +
        `  time to COMPLETE: ${(t.completeAfterSchedulerStartMs / 1000).toFixed(1)} s after the scheduler started, ${(t.completeAfterCommandStartMs / 1000).toFixed(1)} s after the command started\n` +
        `  sum of the nodes' own Cassandra start times: ${(t.nodeStartSumMs / 1000).toFixed(1)} s ${JSON.stringify(t.nodeStartMs)}\n  (${t.nodeStartMeasures})`,
    );
  }, READY_TIMEOUT_MS + 60_000);

  afterAll(async () => {
    // Normally the last test stopped it already; after a failure this is the Ctrl-C, then SIGKILL.
    if (run.running) await run.stop(STOP_TIMEOUT_MS);
    const left = processesOf(dataDir);
    for (const p of left) {
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {
        // ended meanwhile
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
    if (left.length > 0) throw new Error(`processes of ${dataDir} were left and are killed now:\n${left.map(describeProcess).join('\n')}`);
  }, STOP_TIMEOUT_MS + 30_000);

  it('deploys: GET /v1/plan is 200 COMPLETE, and every endpoint of GET /v1/connection answers CQL', async () => {
    const plan = await fetch(`${endpoints.api}/v1/plan`);
    expect(plan.status).toBe(200);
    expect(((await plan.json()) as { status: string }).status).toBe('COMPLETE');

    const connection = await fetch(`${endpoints.api}/v1/connection`);
    expect(connection.status).toBe(200);
    const { address } = (await connection.json()) as { address: string[] };
    expect([...address].sort()).toEqual(['127.0.0.1:9042', '127.0.0.2:9042', '127.0.0.3:9042']);
    expect(endpoints.cql.sort()).toEqual([...address].sort());

    for (const endpoint of address) {
      const row = await queryNode(endpoint, endpoints.datacenter);
      expect(row.release_version).toMatch(/^5\.0\./);
      expect(row.rpc_address).toBe(endpoint.split(':')[0]); // the node itself answered
    }
  });

  it('runs the packaged executor: each sandbox holds the tarball the scheduler serves, unpacked, and its bundle runs', async () => {
    const tarballName = basename(new URL(endpoints.executorArtifact).pathname);
    expect(tarballName).toMatch(/^cassandra-mesos-executor-[0-9A-Za-z._-]+\.tar\.gz$/);
    const served = new Uint8Array(await (await fetch(endpoints.executorArtifact)).arrayBuffer());
    expect(sha256(served)).toBe(sha256(readFileSync(join(dataDir, 'artifacts', tarballName))));

    // The agents' sandboxes: the fetched tarball (the very bytes the scheduler serves), unpacked.
    const sandboxes = executorSandboxes(join(dataDir, 'mesos-local'));
    expect(sandboxes).toHaveLength(NODES);
    const running = processes();
    for (const { executorId, sandbox } of sandboxes) {
      expect(sha256(readFileSync(join(sandbox, tarballName)))).toBe(sha256(served));
      const executorJs = join(sandbox, 'cassandra-mesos-executor', 'lib', 'executor.js');
      expect(readFileSync(executorJs).length).toBeGreaterThan(0);
      // The launcher ran the bundle from the sandbox with this machine's Node.js (CASSANDRA_MESOS_NODE_BIN).
      const executors = running.filter((p) => p.args.includes(executorJs));
      expect({ executorId, processes: executors.map((p) => p.args[0]) }).toEqual({ executorId, processes: [process.execPath] });
    }
    expect(running.filter((p) => p.args.some((a) => a.endsWith('packages/executor/dist/main.js')))).toEqual([]);
  });

  it("mesos-local's /state shows each executor's command: the tarball's launcher, with the served tarball in its URIs", async () => {
    // Mesos' master /state lists each executor's ExecutorInfo, CommandInfo included.
    const framework = (await mesosState(endpoints.mesosMaster)).frameworks.find((f) => f.name === 'local');
    expect(framework?.executors).toHaveLength(NODES);
    for (const executor of framework?.executors ?? []) {
      if (executor.command === undefined) {
        throw new Error(`mesos-local's /state lists executor ${executor.executor_id} without its CommandInfo ('command'), which Mesos includes: cannot show the command and URIs it was launched with`);
      }
      expect(executor.command.value).toBe(LAUNCHER);
      expect((executor.command.uris ?? []).map((u) => u.value)).toContain(endpoints.executorArtifact);
    }
  });

  it('Ctrl-C stops everything it started and exits 0', async () => {
    run.interrupt();
    let timer: NodeJS.Timeout | undefined;
    const exit = await Promise.race([run.exited, new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), STOP_TIMEOUT_MS)))]);
    clearTimeout(timer);
    console.log(`after Ctrl-C, local-stack printed:\n${run.lines.slice(run.lines.findIndex((l) => /stopping everything/.test(l))).join('\n')}`);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(run.output()).toMatch(/stopped; nothing left running/);
    expect(processesOf(dataDir).map(describeProcess)).toEqual([]);
    expect(cassandraDaemons().map(describeProcess)).toEqual([]);
  });
});
