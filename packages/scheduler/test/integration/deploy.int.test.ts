// The scheduler end to end: a real scheduler process (dist/main.js) with its state in a real
// ZooKeeper deploys three real Cassandra 5.0 nodes through mesos-local and the real executor. It is
// killed with -9 in the middle of the deploy; a new one finishes the deploy without launching any
// node twice. A kill -9 of one Cassandra JVM brings that node back to live in place. Lowering
// node_count to 2 decommissions node-2 (its data streams to the others), then releases it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'cassandra-driver';
import { derivePlans, isLive, serverTask, type NodeRecord } from '@cassandra-mesos/model';
import { startLocalMesos, type LocalMesos } from '@cassandra-mesos/mesos-local';
import { freePort, loadRuntime, startZooKeeper, type ZooKeeperServer } from '@cassandra-mesos/testkit';
import { openZooKeeperStateStore, readSchedulerState, StateCollections, ZooKeeperConnection, type StateStore } from '../../src';

jest.setTimeout(600_000);

const SCHEDULER_MAIN = join(__dirname, '..', '..', 'dist', 'main.js');
const EXECUTOR_MAIN = join(__dirname, '..', '..', '..', 'executor', 'dist', 'main.js');
const FRAMEWORK = 'it-deploy';

async function waitUntil<T>(probe: () => Promise<T | undefined | false>, what: string | (() => string), timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * The ring as the coordinating node sees it: itself plus its system.peers_v2, once that has `size`
 * members (peers are written a moment after gossip marks a node live). The driver picks the
 * coordinator, so it is read from the result.
 */
async function ringSeenBy(client: Client, size: number): Promise<string[] | undefined> {
  const result = await client.execute('SELECT peer FROM system.peers_v2');
  const self = result.info.queriedHost.split(':')[0] ?? '';
  const ring = [self, ...result.rows.map((r) => String(r.get('peer')))].sort();
  return ring.length === size ? ring : undefined;
}

interface Scheduler {
  readonly proc: ChildProcess;
  readonly output: string[];
  readonly exited: Promise<number | null>;
}

describe('scheduler deploy on mesos-local + ZooKeeper + real Cassandra', () => {
  let zk: ZooKeeperServer;
  let mesosLocal: LocalMesos;
  let connection: ZooKeeperConnection;
  let store: StateStore;
  const schedulers: Scheduler[] = [];
  const workDir = mkdtempSync(join(tmpdir(), 'scheduler-it-'));

  let apiPort = 0;

  function startScheduler(nodeCount = 3): Scheduler {
    const runtime = loadRuntime();
    const proc = spawn(process.execPath, [SCHEDULER_MAIN], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        CASSANDRA_MESOS_FRAMEWORK_NAME: FRAMEWORK,
        CASSANDRA_MESOS_NODE_COUNT: String(nodeCount),
        CASSANDRA_MESOS_SEED_COUNT: '2',
        CASSANDRA_MESOS_CPUS: '1',
        CASSANDRA_MESOS_MEM_MB: '2048',
        CASSANDRA_MESOS_HEAP_MB: '768',
        CASSANDRA_MESOS_DISK_MB: '2048',
        CASSANDRA_MESOS_JMX_PORT: '0',
        CASSANDRA_MESOS_ROLE: 'cassandra',
        CASSANDRA_MESOS_HEALTH_CHECK_INTERVAL: '5s',
        CASSANDRA_MESOS_BOOTSTRAP_GRACE: '5s',
        CASSANDRA_MESOS_FAILOVER_TIMEOUT: '10m',
        CASSANDRA_MESOS_MASTER_URL: mesosLocal.masterUrl,
        CASSANDRA_MESOS_ZK_URL: `zk://${zk.connectString}`,
        CASSANDRA_MESOS_API_HOST: '127.0.0.1',
        CASSANDRA_MESOS_API_PORT: String(apiPort),
        CASSANDRA_MESOS_EXECUTOR_COMMAND: `${process.execPath} ${EXECUTOR_MAIN}`,
        CASSANDRA_MESOS_JAVA_HOME: runtime.java.home,
        CASSANDRA_MESOS_CASSANDRA_HOME: runtime.cassandra.home,
        CASSANDRA_MESOS_JOLOKIA_JAR: runtime.jolokia.agentJar,
        CASSANDRA_MESOS_JVM_EXTRA_ARGS: '-XX:TieredStopAtLevel=1 -Dcassandra.skip_wait_for_gossip_to_settle=0 -Dcassandra.ring_delay_ms=5000',
        CASSANDRA_MESOS_LOG_LEVEL: 'info',
      },
    });
    const output: string[] = [];
    proc.stdout?.on('data', (c: Buffer) => output.push(c.toString('utf8')));
    proc.stderr?.on('data', (c: Buffer) => output.push(c.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
    const scheduler = { proc, output, exited };
    void exited.then((code) => {
      if (code !== null) output.push(`\n[scheduler exited with code ${code}]`);
    });
    schedulers.push(scheduler);
    return scheduler;
  }

  async function nodes(): Promise<NodeRecord[]> {
    return (await store.list(StateCollections.nodes)).map((e) => e.value);
  }

  async function deployStatus(): Promise<string> {
    const state = await readSchedulerState(store);
    if (!state) return 'NO_TARGET';
    return derivePlans(state, Date.now()).find((p) => p.name === 'deploy')?.status ?? 'NO_PLAN';
  }

  /** Server task ids Mesos ever saw, per node (running and finished). */
  function serverTaskIds(): Map<string, Set<string>> {
    const state = mesosLocal.state() as { frameworks?: Array<{ name?: string; tasks?: Array<{ id: string }>; completed_tasks?: Array<{ id: string }> }> };
    const ids = new Map<string, Set<string>>();
    for (const fw of state.frameworks ?? []) {
      for (const task of [...(fw.tasks ?? []), ...(fw.completed_tasks ?? [])]) {
        const node = /^(node-\d+)/.exec(task.id)?.[1];
        if (!node || !task.id.includes('server')) continue;
        ids.set(node, (ids.get(node) ?? new Set()).add(task.id));
      }
    }
    return ids;
  }

  beforeAll(async () => {
    zk = await startZooKeeper();
    apiPort = await freePort();
    mesosLocal = await startLocalMesos({
      workDir: join(workDir, 'mesos'),
      port: 0,
      agents: ['127.0.0.1', '127.0.0.2', '127.0.0.3'].map((ip) => ({ ip, resources: { cpus: 4, memMb: 8192, diskMb: 20_000, ports: [[7000, 7001], [8778, 8778], [9042, 9042]] } })),
    });
    connection = await ZooKeeperConnection.connect(`zk://${zk.connectString}`);
    store = await openZooKeeperStateStore({ connection, frameworkName: FRAMEWORK });
  });

  afterAll(async () => {
    for (const s of schedulers) if (s.proc.exitCode === null && s.proc.signalCode === null) s.proc.kill('SIGKILL');
    await Promise.all(schedulers.map((s) => s.exited));
    await mesosLocal?.stop();
    await connection?.close();
    await zk?.stop();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('deploys three nodes, survives a kill -9 of the scheduler mid-deploy without duplicate launches', async () => {
    const first = startScheduler();
    // Kill it once the first node runs and the deploy is still going.
    await waitUntil(
      async () => {
        if (first.proc.exitCode !== null) throw new Error(`the scheduler exited: ${first.output.join('').slice(-4000)}`);
        return (await nodes()).some((n) => serverTask(n)?.state === 'TASK_RUNNING');
      },
      () => `a running node (scheduler output: ${first.output.join('').slice(-4000)})`,
      90_000,
    );
    expect(await deployStatus()).not.toBe('COMPLETE');
    first.proc.kill('SIGKILL');
    await first.exited;

    const second = startScheduler();
    await waitUntil(async () => {
      if (second.proc.exitCode !== null) throw new Error(`the scheduler exited: ${second.output.join('').slice(-4000)}`);
      return (await deployStatus()) === 'COMPLETE';
    }, () => `deploy COMPLETE (scheduler output: ${second.output.join('').slice(-4000)})`, 420_000);
    const all = await nodes();
    expect(all.map((n) => n.nodeId)).toEqual(['node-0', 'node-1', 'node-2']);
    expect(all.filter((n) => n.seed).length).toBe(2);
    expect(all.every((n) => isLive(n))).toBe(true);
    // Every node was launched exactly once over both schedulers.
    for (const [node, ids] of serverTaskIds()) expect([node, ids.size]).toEqual([node, 1]);

    const client = new Client({ contactPoints: ['127.0.0.1:9042'], localDataCenter: 'dc1' });
    try {
      await client.connect();
      // system.peers_v2 is written a moment after gossip marks a joined node live: wait for it.
      const ring = await waitUntil(() => ringSeenBy(client, 3), 'a node to list both peers in system.peers_v2', 60_000);
      expect(ring).toEqual(['127.0.0.1', '127.0.0.2', '127.0.0.3']);
    } finally {
      await client.shutdown();
    }
    for (const n of all) {
      expect(n.health?.operationMode).toBe('NORMAL');
      expect(n.health?.liveNodeCount).toBe(3);
      expect(n.health?.unreachableNodeCount).toBe(0);
    }
  });

  it('brings a node back to live after a kill -9 of its Cassandra JVM', async () => {
    const before = (await nodes()).find((n) => n.nodeId === 'node-2');
    const pid = before?.serverPid ?? 0;
    expect(pid).toBeGreaterThan(0);
    process.kill(pid, 'SIGKILL');
    await waitUntil(
      async () => {
        const n = (await nodes()).find((x) => x.nodeId === 'node-2');
        return n && n.serverPid !== pid && n.serverPid > 0 && isLive(n);
      },
      'node-2 live again with a new process',
      300_000,
    );
    const after = (await nodes()).find((n) => n.nodeId === 'node-2');
    expect(after?.agentId).toBe(before?.agentId);
  });

  it('scales 3 → 2: the highest node decommissions (its data streams away) before it is stopped and released', async () => {
    const client = new Client({ contactPoints: ['127.0.0.1:9042'], localDataCenter: 'dc1' });
    try {
      await client.connect();
      await client.execute("CREATE KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 2}");
      await client.execute('CREATE TABLE app.kv (k int PRIMARY KEY, v text)');
      for (let k = 0; k < 100; k++) await client.execute('INSERT INTO app.kv (k, v) VALUES (?, ?)', [k, `v${k}`], { prepare: true, consistency: 4 /* ALL */ });
      // Cassandra refuses to decommission while a keyspace's replication factor needs every node
      // (system_distributed has RF 3); an operator lowers it first.
      await client.execute("ALTER KEYSPACE system_distributed WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 2}");

      const running = schedulers.find((s) => s.proc.exitCode === null && s.proc.signalCode === null);
      running?.proc.kill('SIGTERM');
      await running?.exited;
      const leavingAgent = (await nodes()).find((n) => n.nodeId === 'node-2')?.agentId;
      const scaled = startScheduler(2);
      const modes = new Set<string>();
      await waitUntil(
        async () => {
          if (scaled.proc.exitCode !== null) throw new Error(`the scheduler exited: ${scaled.output.join('').slice(-4000)}`);
          const all = await nodes();
          const mode = all.find((n) => n.nodeId === 'node-2')?.health?.operationMode;
          if (mode) modes.add(mode);
          return all.length === 2 && (await deployStatus()) === 'COMPLETE';
        },
        () => `node-2 removed and the plan COMPLETE (scheduler output: ${scaled.output.join('').slice(-4000)})`,
        300_000,
      );
      expect(modes.has('LEAVING') || modes.has('DECOMMISSIONED')).toBe(true);
      expect((await nodes()).map((n) => n.nodeId)).toEqual(['node-0', 'node-1']);
      const ring = await waitUntil(() => ringSeenBy(client, 2), 'a node to list only the other one as a peer', 60_000);
      expect(ring).toEqual(['127.0.0.1', '127.0.0.2']);
      // Every row is still there on the two remaining nodes (read at ALL: both replicas answer).
      const count = await client.execute('SELECT count(*) AS n FROM app.kv', [], { consistency: 4 });
      expect(String(count.first()?.get('n'))).toBe('100');
      // Its executor is gone from the agent and its reservation released.
      await waitUntil(async () => {
        await Promise.resolve();
        const agents = (mesosLocal.state() as { slaves?: Array<{ id: string; reserved_resources?: Record<string, unknown> }> }).slaves ?? [];
        const agent = agents.find((a) => a.id === leavingAgent);
        return agent !== undefined && Object.keys(agent.reserved_resources ?? {}).length === 0;
      }, 'the leaving node\'s reservation to be released', 60_000);
    } finally {
      await client.shutdown();
    }
  });
});
