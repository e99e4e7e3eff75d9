// --cassandra: the dataset is a real snapshot. One Cassandra 5.0 node from testkit gets about
// `dataBytes` of random blobs (incompressible, so the SSTables are as large as the data) in four
// tables of two keyspaces, is flushed and snapshotted over Jolokia, and is then stopped before
// anything is measured: the snapshot's hard links stay on disk, and the transfer does not compete
// with Cassandra for the CPU. The node directory is deleted by `cleanup()`.
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { Client, types } from 'cassandra-driver';
import { CassandraJmx } from '@cassandra-mesos/cassandra-jmx';
import { startCassandraCluster, type CassandraCluster, type Runtime } from '@cassandra-mesos/testkit';
import { listSnapshotFiles, type SnapshotFile } from './dataset';

const TABLES: readonly { keyspace: string; table: string; share: number }[] = [
  { keyspace: 'bench_metrics', table: 'events', share: 0.4 },
  { keyspace: 'bench_metrics', table: 'rollups', share: 0.15 },
  { keyspace: 'bench_shop', table: 'orders', share: 0.3 },
  { keyspace: 'bench_shop', table: 'customers', share: 0.15 },
];
/** 64 KiB per row: well below the 4 MiB mutation limit of testkit's 8 MiB commit log segments. */
const ROW_BYTES = 64 * 1024;
const ROWS_PER_PARTITION = 16;
const WRITES_IN_FLIGHT = 32;

export interface CassandraSnapshot {
  readonly source: string;
  readonly files: readonly SnapshotFile[];
  readonly preparedMs: number;
  readonly cleanup: () => Promise<void>;
}

async function load(cql: Client, dataBytes: number, signal: AbortSignal, log: (text: string) => void): Promise<void> {
  for (const keyspace of new Set(TABLES.map((t) => t.keyspace))) {
    await cql.execute(`CREATE KEYSPACE ${keyspace} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}`);
  }
  for (const t of TABLES) {
    // Compaction off: the load takes half the time, and the snapshot is the flushed SSTables as they are.
    await cql.execute(
      `CREATE TABLE ${t.keyspace}.${t.table} (id bigint, chunk int, payload blob, PRIMARY KEY (id, chunk)) ` +
        `WITH compaction = {'class': 'SizeTieredCompactionStrategy', 'enabled': 'false'}`,
    );
  }
  for (const t of TABLES) {
    const rows = Math.ceil((dataBytes * t.share) / ROW_BYTES);
    log(`loading ${t.keyspace}.${t.table}: ${rows} rows of ${ROW_BYTES / 1024} KiB random bytes`);
    const insert = `INSERT INTO ${t.keyspace}.${t.table} (id, chunk, payload) VALUES (?, ?, ?)`;
    let next = 0;
    const writer = async (): Promise<void> => {
      while (next < rows) {
        signal.throwIfAborted();
        const row = next++;
        await cql.execute(insert, [types.Long.fromNumber(Math.floor(row / ROWS_PER_PARTITION)), row % ROWS_PER_PARTITION, randomBytes(ROW_BYTES)], { prepare: true });
      }
    };
    await Promise.all(Array.from({ length: WRITES_IN_FLIGHT }, writer));
  }
}

export async function snapshotFromCassandra(args: { runtime: Runtime; dataBytes: number; tag: string; signal: AbortSignal; log: (text: string) => void }): Promise<CassandraSnapshot> {
  const { runtime, dataBytes, tag, signal, log } = args;
  const t0 = performance.now();
  log(`starting Cassandra ${runtime.cassandra.version} (1 node) to load ${(dataBytes / 1024 / 1024).toFixed(0)} MiB`);
  const password = randomBytes(18).toString('base64url');
  let cluster: CassandraCluster | undefined;
  let cql: Client | undefined;
  let nodeDir: string | undefined;
  let files: SnapshotFile[];
  try {
    try {
      cluster = await startCassandraCluster({ nodes: 1, jolokiaUser: 'bench', jolokiaPassword: password, runtime });
      const node = cluster.nodes[0];
      if (node === undefined) throw new Error('testkit started a cluster without nodes');
      nodeDir = node.nodeDir;
      cql = new Client({ contactPoints: [...cluster.contactPoints], localDataCenter: cluster.datacenter });
      await load(cql, dataBytes, signal, log);
      const keyspaces = [...new Set(TABLES.map((t) => t.keyspace))];
      const jmx = new CassandraJmx({ url: node.jolokiaUrl, credentials: { username: cluster.jolokiaUser, password: cluster.jolokiaPassword }, timeoutMs: 300_000 });
      log(`flushing and taking snapshot '${tag}' of ${keyspaces.join(', ')}`);
      for (const keyspace of keyspaces) await jmx.flush(keyspace);
      await jmx.takeSnapshot(tag, { entities: keyspaces });
      files = await listSnapshotFiles(node.dataDir, tag, keyspaces);
      if (files.length === 0) throw new Error(`snapshot '${tag}' has no files under ${node.dataDir}; see ${node.logFile}`);
    } finally {
      await cql?.shutdown();
      if (cluster !== undefined) {
        log('stopping Cassandra (the snapshot stays on disk)');
        await cluster.stop({ allowPriorExit: signal.aborted });
      }
    }
  } catch (err) {
    // Stopped first (above), then its directory goes: no GiB of test data left in testkit's scratch space.
    if (nodeDir !== undefined) await rm(nodeDir, { recursive: true, force: true });
    throw err;
  }
  const dir = nodeDir;
  return {
    source: `snapshot of a real Cassandra ${runtime.cassandra.version} node (4 tables, compaction off)`,
    files,
    preparedMs: performance.now() - t0,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
