// What the backup/restore scenario adds around the cluster-ops harness: the scheduler's backup and
// gRPC settings, a second Mesos (same 127.0.0.1-3 agents, fresh sandboxes) for the "restore into a
// new cluster" step, a read-only view of any framework's state in the shared ZooKeeper, snapshot
// directories on the agents' disks, and logs kept for a post-mortem.
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { derivePlans, type NodeRecord } from '@cassandra-mesos/model';
import { startLocalMesos, type LocalMesos } from '@cassandra-mesos/mesos-local';
import { openZooKeeperStateStore, readSchedulerState, StateCollections, ZooKeeperConnection, type StateStore } from '../../../src';
import { NODE_IPS, type OpsCluster, type SchedulerProcess } from '../../integration/cluster-ops-support';
import type { BackupBucket } from './s3-bucket';

/** Whether something accepts TCP connections on ip:port (within 1 s). */
function listening(ip: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: ip, port });
    const done = (open: boolean): void => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => done(true));
  });
}

/**
 * Cassandra's fixed ports on 127.0.0.1-3 must be free before the scenario deploys: a Cassandra of
 * another test run (one not holding /tmp/cassandra-ports.lock) would make the deploy hang for minutes
 * with nodes that cannot bind, and could even join that other run's ring.
 */
export async function assertCassandraPortsFree(): Promise<void> {
  const taken: string[] = [];
  for (const ip of NODE_IPS) for (const port of [7000, 9042]) if (await listening(ip, port)) taken.push(`${ip}:${port}`);
  if (taken.length > 0) throw new Error(`Cassandra's ports ${taken.join(', ')} are already in use by another process (see pgrep -af CassandraDaemon): run this test under flock /tmp/cassandra-ports.lock, and only when no other Cassandra runs on 127.0.0.1-3`);
}

/** The cluster-ops harness's framework name: the storage namespace of the first cluster's backups. */
export const FIRST_FRAMEWORK = 'it-cluster-ops';

export interface BackupSettingsInput {
  bucket: BackupBucket;
  grpcPort: number;
  /** MiB per second per node; slow enough that an outage can be injected mid-upload. */
  rateLimitMibPerSecond: number;
}

/** Scheduler environment of the backup settings (docs/configuration.md) for the scenario's s3proxy. */
export function backupSettings(input: BackupSettingsInput): Record<string, string> {
  return {
    CASSANDRA_MESOS_BACKUP_LOCATION: input.bucket.location,
    CASSANDRA_MESOS_S3_ENDPOINT: input.bucket.endpoint,
    CASSANDRA_MESOS_S3_REGION: 'us-east-1',
    CASSANDRA_MESOS_S3_ACCESS_KEY_ID: input.bucket.keys.accessKeyId,
    CASSANDRA_MESOS_S3_SECRET_ACCESS_KEY: input.bucket.keys.secretAccessKey,
    CASSANDRA_MESOS_BACKUP_RATE_LIMIT_MBPS: String(input.rateLimitMibPerSecond),
    CASSANDRA_MESOS_BACKUP_CONCURRENCY: '4',
    CASSANDRA_MESOS_GRPC_PORT: String(input.grpcPort),
  };
}

/** The run's log directory (.work/e2e-backup-restore/<time>/), kept after the run for a post-mortem. */
export class RunLogs {
  readonly dir: string;

  constructor(root: string) {
    // Created on first use, so a skipped run leaves nothing behind.
    this.dir = join(root, '.work', 'e2e-backup-restore', new Date().toISOString().replace(/[:.]/g, '-'));
  }

  /** Appends everything the scheduler prints to <dir>/<name>.log (the harness only keeps a short tail). */
  attach(scheduler: SchedulerProcess, name: string): string {
    mkdirSync(this.dir, { recursive: true });
    const file = join(this.dir, `${name}.log`);
    const write = (chunk: Buffer): void => appendFileSync(file, chunk);
    scheduler.proc.stdout?.on('data', write);
    scheduler.proc.stderr?.on('data', write);
    return file;
  }

  /** Copies the executors' stdout/stderr and Cassandra's logs out of a Mesos work dir before it is deleted. */
  collectSandboxLogs(mesosWorkDir: string, label: string): number {
    let copied = 0;
    for (const file of walkFiles(mesosWorkDir, 16)) {
      const name = file.split('/').pop() ?? '';
      if (!['stdout', 'stderr', 'system.log', 'debug.log'].includes(name)) continue;
      const target = join(this.dir, label, relative(mesosWorkDir, file));
      mkdirSync(join(target, '..'), { recursive: true });
      copyFileSync(file, target);
      copied++;
    }
    return copied;
  }
}

function* walkFiles(dir: string, depthLeft: number): Generator<string> {
  if (depthLeft < 0 || !existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(path, depthLeft - 1);
    else if (entry.isFile()) yield path;
  }
}

function* walkDirs(dir: string, depthLeft: number): Generator<string> {
  if (depthLeft < 0 || !existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    yield path;
    yield* walkDirs(path, depthLeft - 1);
  }
}

/**
 * Snapshot directories named `tag` on the agents' disks: Cassandra keeps a snapshot as
 * `<data dir>/<keyspace>/<table>-<id>/snapshots/<tag>/`, wherever the node's data lives (sandbox or
 * persistent volume, both under the Mesos work dir).
 */
export function snapshotDirectories(mesosWorkDir: string, tag: string): string[] {
  const found: string[] = [];
  for (const dir of walkDirs(mesosWorkDir, 16)) if (dir.endsWith(`/snapshots/${tag}`) && statSync(dir).isDirectory()) found.push(relative(mesosWorkDir, dir));
  return found;
}

/** A framework's state in ZooKeeper, read the way the harness reads its own (nodes, deploy plan). */
export class FrameworkState {
  private constructor(
    private readonly connection: ZooKeeperConnection,
    private readonly store: StateStore,
  ) {}

  static async open(zkConnectString: string, frameworkName: string): Promise<FrameworkState> {
    const connection = await ZooKeeperConnection.connect(`zk://${zkConnectString}`);
    try {
      return new FrameworkState(connection, await openZooKeeperStateStore({ connection, frameworkName }));
    } catch (err) {
      await connection.close();
      throw err;
    }
  }

  async nodes(): Promise<NodeRecord[]> {
    return (await this.store.list(StateCollections.nodes)).map((e) => e.value);
  }

  async deployStatus(): Promise<string> {
    const state = await readSchedulerState(this.store);
    if (!state) return 'NO_TARGET';
    return derivePlans(state, Date.now()).find((p) => p.name === 'deploy')?.status ?? 'NO_PLAN';
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}

/**
 * A second, fresh Mesos on the same three addresses (127.0.0.1-3) for the restore into a new
 * cluster: the first cluster's Mesos is stopped (with every executor and Cassandra it ran), so the
 * new framework gets clean agents, as after moving to a new Mesos cluster. ZooKeeper and S3 stay.
 */
export class SecondMesos {
  private constructor(
    readonly mesos: LocalMesos,
    readonly workDir: string,
  ) {}

  static async start(): Promise<SecondMesos> {
    const workDir = mkdtempSync(join(tmpdir(), 'backup-restore-e2e-'));
    try {
      const mesos = await startLocalMesos({
        workDir: join(workDir, 'mesos'),
        port: 0,
        agents: NODE_IPS.map((ip) => ({ ip, resources: { cpus: 4, memMb: 8192, diskMb: 20_000, ports: [[7000, 7001], [8778, 8778], [9042, 9042]] } })),
      });
      return new SecondMesos(mesos, workDir);
    } catch (err) {
      rmSync(workDir, { recursive: true, force: true });
      throw err;
    }
  }

  get mesosWorkDir(): string {
    return join(this.workDir, 'mesos');
  }

  async stop(): Promise<void> {
    try {
      await this.mesos.stop();
    } finally {
      rmSync(this.workDir, { recursive: true, force: true });
    }
  }
}

/** Environment of a scheduler of another framework on another Mesos (the harness's settings otherwise). */
/** `initialTokensFrom`: `<cluster>/<backup>` whose node tokens the new nodes start with (CASSANDRA_MESOS_INITIAL_TOKENS_FROM). */
export function secondFrameworkEnv(frameworkName: string, mesos: LocalMesos, initialTokensFrom = ''): Record<string, string> {
  return { CASSANDRA_MESOS_FRAMEWORK_NAME: frameworkName, CASSANDRA_MESOS_MASTER_URL: mesos.masterUrl, CASSANDRA_MESOS_INITIAL_TOKENS_FROM: initialTokensFrom };
}

/** Stops the first cluster's scheduler and its whole Mesos (agents, executors, Cassandra), keeping ZooKeeper. */
export async function tearDownFirstCluster(cluster: OpsCluster): Promise<void> {
  await cluster.stopScheduler('SIGTERM');
  await cluster.mesos.stop();
}
