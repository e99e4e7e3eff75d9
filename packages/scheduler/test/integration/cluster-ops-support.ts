// The harness of cluster-ops.int.test.ts: one real cluster for the whole file — ZooKeeper, mesos-local
// with FOUR agents (127.0.0.1-4; the fourth stays empty until a node is replaced onto it), real
// scheduler processes (dist/main.js, killed with -9 when a scenario asks) and real Cassandra nodes
// through the real executor. Patterns copied from deploy.int.test.ts (which stays untouched).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, policies, types } from 'cassandra-driver';
import { derivePlans, type NodeRecord } from '@cassandra-mesos/model';
import { startLocalMesos, type LocalMesos } from '@cassandra-mesos/mesos-local';
import { freePort, loadRuntime, startZooKeeper, type ZooKeeperServer } from '@cassandra-mesos/testkit';
import { openZooKeeperStateStore, readSchedulerState, StateCollections, ZooKeeperConnection, type StateStore } from '../../src';

const SCHEDULER_MAIN = join(__dirname, '..', '..', 'dist', 'main.js');
const EXECUTOR_MAIN = join(__dirname, '..', '..', '..', 'executor', 'dist', 'main.js');
const FRAMEWORK = 'it-cluster-ops';
export const NODE_IPS = ['127.0.0.1', '127.0.0.2', '127.0.0.3'] as const;
export const SPARE_IP = '127.0.0.4';
/** Keeps the first deploy off the spare agent; lifted (a changed environment) before the replace. */
const KEEP_OFF_SPARE = JSON.stringify([['hostname', 'UNLIKE', SPARE_IP.replaceAll('.', '\\.')]]);
/** The shortest replace timeout the configuration accepts (5m-30d). */
export const REPLACE_TIMEOUT_SECONDS = 60;
const CQL_PORT = 9042;
const ALL = types.consistencies.all;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function waitUntil<T>(probe: () => Promise<T | undefined | false>, what: string | (() => string), timeoutMs: number, intervalMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
    await sleep(intervalMs);
  }
}

/** Prints one scenario's figures to the test output. */
export function figures(scenario: string, values: Record<string, string | number>): void {
  console.log(`[cluster-ops] ${scenario}: ${Object.entries(values).map(([k, v]) => `${k}=${v}`).join(' ')}`);
}

export const seconds = (sinceMs: number): string => `${((Date.now() - sinceMs) / 1000).toFixed(1)}s`;

export interface SchedulerProcess {
  readonly proc: ChildProcess;
  readonly exited: Promise<number | null>;
  /** The last part of its output, for failure messages. */
  tail(): string;
}

export type ApiAnswer = { readonly status: number; readonly body: unknown };
type MesosState = { frameworks?: Array<{ tasks?: Array<{ id: string }>; completed_tasks?: Array<{ id: string }> }> };

/** Everything the scenarios run against; stop() tears it all down, also after a failed scenario. */
export class OpsCluster {
  private readonly schedulers: SchedulerProcess[] = [];
  /** Environment overrides of the next scheduler started (e.g. the lifted placement constraint). */
  readonly envOverrides: Record<string, string> = {};

  private constructor(
    private readonly workDir: string,
    readonly zk: ZooKeeperServer,
    readonly mesos: LocalMesos,
    private readonly connection: ZooKeeperConnection,
    readonly store: StateStore,
    readonly apiPort: number,
  ) {}

  static async start(): Promise<OpsCluster> {
    const workDir = mkdtempSync(join(tmpdir(), 'cluster-ops-it-'));
    const started: Array<() => Promise<void>> = [];
    try {
      const zk = await startZooKeeper();
      started.push(async () => void (await zk.stop()));
      const apiPort = await freePort();
      const mesos = await startLocalMesos({
        workDir: join(workDir, 'mesos'),
        port: 0,
        // A killed agent is declared unreachable 10 s after it goes silent (Mesos: 75 s), so the
        // replace timeout starts running soon after the kill.
        master: { agentPingTimeoutMs: 10_000 },
        agents: [...NODE_IPS, SPARE_IP].map((ip) => ({ ip, resources: { cpus: 4, memMb: 8192, diskMb: 20_000, ports: [[7000, 7001], [8778, 8778], [9042, 9042]] } })),
      });
      started.push(() => mesos.stop());
      const connection = await ZooKeeperConnection.connect(`zk://${zk.connectString}`);
      started.push(() => connection.close());
      const store = await openZooKeeperStateStore({ connection, frameworkName: FRAMEWORK });
      return new OpsCluster(workDir, zk, mesos, connection, store, apiPort);
    } catch (err) {
      for (const stop of started.reverse()) await stop().catch(() => undefined);
      rmSync(workDir, { recursive: true, force: true });
      throw err;
    }
  }

  startScheduler(): SchedulerProcess {
    const runtime = loadRuntime();
    const proc = spawn(process.execPath, [SCHEDULER_MAIN], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        CASSANDRA_MESOS_FRAMEWORK_NAME: FRAMEWORK,
        CASSANDRA_MESOS_NODE_COUNT: '3',
        CASSANDRA_MESOS_SEED_COUNT: '2',
        CASSANDRA_MESOS_CPUS: '1',
        CASSANDRA_MESOS_MEM_MB: '2048',
        CASSANDRA_MESOS_HEAP_MB: '768',
        CASSANDRA_MESOS_DISK_MB: '2048',
        CASSANDRA_MESOS_JMX_PORT: '0',
        CASSANDRA_MESOS_ROLE: 'cassandra',
        CASSANDRA_MESOS_HEALTH_CHECK_INTERVAL: '5s',
        CASSANDRA_MESOS_BOOTSTRAP_GRACE: '5s',
        CASSANDRA_MESOS_AUTO_REPLACE: 'true',
        CASSANDRA_MESOS_REPLACE_TIMEOUT: `${REPLACE_TIMEOUT_SECONDS}s`,
        CASSANDRA_MESOS_PLACEMENT_CONSTRAINTS: KEEP_OFF_SPARE,
        CASSANDRA_MESOS_FAILOVER_TIMEOUT: '10m',
        CASSANDRA_MESOS_MASTER_URL: this.mesos.masterUrl,
        CASSANDRA_MESOS_ZK_URL: `zk://${this.zk.connectString}`,
        CASSANDRA_MESOS_API_HOST: '127.0.0.1',
        CASSANDRA_MESOS_API_PORT: String(this.apiPort),
        CASSANDRA_MESOS_EXECUTOR_COMMAND: `${process.execPath} ${EXECUTOR_MAIN}`,
        CASSANDRA_MESOS_JAVA_HOME: runtime.java.home,
        CASSANDRA_MESOS_CASSANDRA_HOME: runtime.cassandra.home,
        CASSANDRA_MESOS_JOLOKIA_JAR: runtime.jolokia.agentJar,
        CASSANDRA_MESOS_JVM_EXTRA_ARGS: '-XX:TieredStopAtLevel=1 -Dcassandra.skip_wait_for_gossip_to_settle=0 -Dcassandra.ring_delay_ms=5000',
        CASSANDRA_MESOS_LOG_LEVEL: 'info',
        ...this.envOverrides,
      },
    });
    const output: string[] = [];
    proc.stdout?.on('data', (c: Buffer) => output.push(c.toString('utf8')));
    proc.stderr?.on('data', (c: Buffer) => output.push(c.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
    const scheduler: SchedulerProcess = { proc, exited, tail: () => output.join('').slice(-4000) };
    this.schedulers.push(scheduler);
    return scheduler;
  }

  /** The scheduler process that is still alive (the scenarios run one at a time). */
  running(): SchedulerProcess {
    const alive = this.schedulers.filter((s) => s.proc.exitCode === null && s.proc.signalCode === null);
    if (alive.length !== 1) throw new Error(`expected exactly one running scheduler, found ${alive.length}`);
    return alive[0] as SchedulerProcess;
  }

  /** Throws with its output when the running scheduler died on its own. */
  assertSchedulerAlive(): void {
    const last = this.schedulers[this.schedulers.length - 1];
    if (last && (last.proc.exitCode !== null || last.proc.signalCode !== null)) throw new Error(`the scheduler exited (${last.proc.exitCode ?? last.proc.signalCode}): ${last.tail()}`);
  }

  async stopScheduler(signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
    const s = this.running();
    s.proc.kill(signal);
    await s.exited;
  }

  /** A call of the scheduler's REST API; a connection failure (scheduler restarting) is status 0. */
  async api(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, body?: unknown): Promise<ApiAnswer> {
    try {
      const res = await fetch(`http://127.0.0.1:${this.apiPort}${path}`, {
        method,
        ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(15_000),
      });
      const text = await res.text();
      return { status: res.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
    } catch (err) {
      return { status: 0, body: { error: String(err) } };
    }
  }

  /** Like api(), but the answer must have `expected` status (the message shows what came back). */
  async call<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, expected: number, body?: unknown): Promise<T> {
    const answer = await this.api(method, path, body);
    if (answer.status !== expected) throw new Error(`${method} ${path}${body === undefined ? '' : ` ${JSON.stringify(body)}`} answered ${answer.status}, expected ${expected}: ${JSON.stringify(answer.body)}`);
    return answer.body as T;
  }

  async nodes(): Promise<NodeRecord[]> {
    return (await this.store.list(StateCollections.nodes)).map((e) => e.value);
  }

  async node(nodeId: string): Promise<NodeRecord | undefined> {
    return (await this.nodes()).find((n) => n.nodeId === nodeId);
  }

  async deployStatus(): Promise<string> {
    const state = await readSchedulerState(this.store);
    if (!state) return 'NO_TARGET';
    return derivePlans(state, Date.now()).find((p) => p.name === 'deploy')?.status ?? 'NO_PLAN';
  }

  /** Task ids Mesos ever saw (running and finished) of one kind (`server`, `job`), per node. */
  taskIds(kind: 'server' | 'job'): Map<string, Set<string>> {
    const state = this.mesos.state() as MesosState;
    const ids = new Map<string, Set<string>>();
    for (const fw of state.frameworks ?? []) {
      for (const task of [...(fw.tasks ?? []), ...(fw.completed_tasks ?? [])]) {
        const match = /^(node-\d+)-([a-z]+)-/.exec(task.id);
        if (!match?.[1] || match[2] !== kind) continue;
        ids.set(match[1], (ids.get(match[1]) ?? new Set()).add(task.id));
      }
    }
    return ids;
  }

  /** Every step runs even when one before it fails, so nothing is left behind. */
  async stop(): Promise<void> {
    for (const s of this.schedulers) if (s.proc.exitCode === null && s.proc.signalCode === null) s.proc.kill('SIGKILL');
    await Promise.all(this.schedulers.map((s) => s.exited));
    const failures: unknown[] = [];
    for (const step of [() => this.mesos.stop(), () => this.connection.close(), async () => void (await this.zk.stop())]) await step().catch((err: unknown) => failures.push(err));
    rmSync(this.workDir, { recursive: true, force: true });
    if (failures.length > 0) throw new AggregateError(failures, `teardown of the cluster-ops cluster failed ${failures.length} time(s)`);
  }
}

/** Task ids per node that are in `after` but not in `before`. */
export function newTaskIds(before: Map<string, Set<string>>, after: Map<string, Set<string>>): Map<string, string[]> {
  const added = new Map<string, string[]>();
  for (const [node, ids] of after) {
    const fresh = [...ids].filter((id) => !before.get(node)?.has(id));
    if (fresh.length > 0) added.set(node, fresh);
  }
  return added;
}

/**
 * Whether the node's CQL native transport answers: a fresh connection sends an OPTIONS frame
 * (protocol v4) and must get SUPPORTED back within the timeout. A fresh connection per probe, so no
 * driver reconnection policy hides when a node went down or came back.
 */
export function cqlAnswers(ip: string, timeoutMs = 3000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: ip, port: CQL_PORT });
    let received = Buffer.alloc(0);
    const done = (answered: boolean): void => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    // version 0x04 request, flags 0, stream 0, opcode OPTIONS (0x05), body length 0
    socket.once('connect', () => socket.write(Buffer.from([0x04, 0, 0, 0, 0x05, 0, 0, 0, 0])));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      // response version 0x84, opcode SUPPORTED (0x06)
      if (received.length >= 9) done(received[0] === 0x84 && received[4] === 0x06);
    });
  });
}

/**
 * Polls every node's CQL port every ~300 ms while a job runs, and remembers which nodes were down
 * together. The scenarios assert on it that never two nodes were down at once, and that it did see
 * every restarted node go down (otherwise the check would prove nothing).
 */
export class DownMonitor {
  samples = 0;
  maxDownAtOnce = 0;
  readonly everDown = new Set<string>();
  readonly overlaps: string[] = [];
  private stopped = false;
  private readonly loop: Promise<void>;

  constructor(private readonly ips: readonly string[], intervalMs = 300) {
    this.loop = (async () => {
      while (!this.stopped) {
        const answers = await Promise.all(this.ips.map((ip) => cqlAnswers(ip)));
        const down = this.ips.filter((_, i) => !answers[i]);
        this.samples++;
        for (const ip of down) this.everDown.add(ip);
        this.maxDownAtOnce = Math.max(this.maxDownAtOnce, down.length);
        if (down.length > 1) this.overlaps.push(`${new Date().toISOString()}: ${down.join(', ')} down together`);
        await sleep(intervalMs);
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }
}

/** A CQL session for the duration of `use`, with the given contact points (or one node only). */
export async function withCql<T>(ips: readonly string[], use: (client: Client) => Promise<T>, onlyThisNode = false): Promise<T> {
  const points = ips.map((ip) => `${ip}:${CQL_PORT}`);
  const client = new Client({
    contactPoints: points,
    localDataCenter: 'dc1',
    ...(onlyThisNode ? { policies: { loadBalancing: new policies.loadBalancing.AllowListPolicy(new policies.loadBalancing.RoundRobinPolicy(), points) } } : {}),
  });
  try {
    await client.connect();
    return await use(client);
  } finally {
    await client.shutdown();
  }
}

export async function createKeyspaceWithRows(client: Client, keyspace: string, rf: number, rows: number): Promise<void> {
  await client.execute(`CREATE KEYSPACE ${keyspace} WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': ${rf}}`);
  await client.execute(`CREATE TABLE ${keyspace}.kv (k int PRIMARY KEY, v text)`);
  const insert = `INSERT INTO ${keyspace}.kv (k, v) VALUES (?, ?)`;
  // Written at ALL, 32 at a time: every replica has every row before a scenario starts.
  for (let first = 0; first < rows; first += 32) {
    const batch = Array.from({ length: Math.min(32, rows - first) }, (_, i) => first + i);
    await Promise.all(batch.map((k) => client.execute(insert, [k, `${keyspace}-${k}`], { prepare: true, consistency: ALL })));
  }
}

/**
 * Reads every row of the keyspace at CL ALL (every replica answers) and returns how many rows carry
 * exactly the value written for their key.
 */
export async function intactRows(client: Client, keyspace: string): Promise<number> {
  const result = await client.execute(`SELECT k, v FROM ${keyspace}.kv`, [], { consistency: ALL, fetchSize: 100_000 });
  return result.rows.filter((r) => r.get('v') === `${keyspace}-${String(r.get('k'))}`).length;
}

/** One node's own view of the ring: its peers (system.peers_v2) and every member's tokens. */
export async function ringSeenBy(ip: string): Promise<{ peers: string[]; tokens: Map<string, string[]> }> {
  return withCql([ip], async (client) => {
    const local = await client.execute('SELECT tokens, bootstrapped FROM system.local');
    const peers = await client.execute('SELECT peer, tokens FROM system.peers_v2');
    const tokens = new Map<string, string[]>();
    tokens.set(ip, [...((local.first()?.get('tokens') as string[] | null) ?? [])].sort());
    if (local.first()?.get('bootstrapped') !== 'COMPLETED') throw new Error(`${ip} has not finished bootstrapping: ${String(local.first()?.get('bootstrapped'))}`);
    for (const row of peers.rows) tokens.set(String(row.get('peer')), [...((row.get('tokens') as string[] | null) ?? [])].sort());
    return { peers: peers.rows.map((r) => String(r.get('peer'))).sort(), tokens };
  }, true);
}

/** The job view of the REST API (jobs contract), as far as the scenarios read it. */
export interface NodePart { nodeId: string; sequence: number; state: string; taskId: string; startedAt: string | null; keyspaces: Array<{ keyspace: string; status: string }> }
export interface JobView { id: string; type: string; status: string; completedNodes: number; currentNodes: string[]; nodes: NodePart[] }

export interface JobProgress {
  samples: number;
  /** Calls that got no answer (the scheduler was being restarted). */
  failedCalls: number;
  currentNodesSeen: Set<string>;
  maxCompletedWhileRunning: number;
  durationMs: number;
}

/**
 * Polls a job status route (`{running, <key>: job|null}`) every 200 ms until the job `jobId` is no
 * longer running, and records the progress it saw on the way.
 */
export async function followJob(cluster: OpsCluster, statusPath: string, key: string, jobId: string, timeoutMs: number): Promise<JobProgress> {
  const t0 = Date.now();
  const progress: JobProgress = { samples: 0, failedCalls: 0, currentNodesSeen: new Set(), maxCompletedWhileRunning: 0, durationMs: 0 };
  let last = '';
  await waitUntil(async () => {
    cluster.assertSchedulerAlive();
    const answer = await cluster.api('GET', statusPath);
    if (answer.status !== 200) {
      progress.failedCalls++;
      last = `${answer.status} ${JSON.stringify(answer.body)}`;
      return false;
    }
    const body = answer.body as Record<string, unknown>;
    const job = body[key] as JobView | null | undefined;
    last = JSON.stringify(body);
    progress.samples++;
    if (job && job.id !== jobId) throw new Error(`GET ${statusPath} shows job ${job.id}, expected ${jobId}: ${last}`);
    if (job && body['running'] === true) {
      for (const n of job.currentNodes) progress.currentNodesSeen.add(n);
      progress.maxCompletedWhileRunning = Math.max(progress.maxCompletedWhileRunning, job.completedNodes);
    }
    return body['running'] === false || (job !== null && job !== undefined && job.status !== 'RUNNING');
  }, () => `job ${jobId} to finish (last GET ${statusPath}: ${last})`, timeoutMs, 200);
  progress.durationMs = Date.now() - t0;
  return progress;
}

/**
 * A finished job as a results route shows it (`pick` finds it in the answer), and how long after the
 * status route said "not running" that route first showed it: 0 when at once, as a client polling
 * the status and then reading the results expects. Waits up to 15 s so a lag is measured, not hidden.
 */
export async function finishedJob(cluster: OpsCluster, path: string, pick: (body: unknown) => JobView | null | undefined, jobId: string): Promise<{ job: JobView; lagMs: number }> {
  const t0 = Date.now();
  let last: unknown;
  for (let attempt = 0; ; attempt++) {
    const answer = await cluster.api('GET', path);
    last = answer.body;
    const job = answer.status === 200 ? pick(answer.body) : undefined;
    if (job?.id === jobId) return { job, lagMs: attempt === 0 ? 0 : Date.now() - t0 };
    if (Date.now() - t0 > 15_000) throw new Error(`GET ${path} does not show the finished job ${jobId} 15 s after its status said it is not running: ${JSON.stringify(last)}`);
    await sleep(100);
  }
}

/**
 * Where the cluster's mesos-local keeps the agents' sandboxes and volumes (executor output, Cassandra
 * data and logs): for tests that look at the nodes' disks, and for copying logs before stop() deletes it.
 */
export function mesosWorkDirOf(cluster: OpsCluster): string {
  return join(cluster['workDir'], 'mesos');
}
