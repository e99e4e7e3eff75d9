// Against TWO real Cassandra 5.0 nodes (testkit) with an RF 2 keyspace: repair (full and with
// options, progress reported), repair of a missing keyspace, and drain at the end.
import { randomBytes, randomUUID } from 'node:crypto';
import {
  assertNothingLeftRunning,
  startCassandraCluster,
  type CassandraCluster,
  type CassandraNode,
} from '@cassandra-mesos/testkit';
import { Client, types } from 'cassandra-driver';
import { CassandraJmx, JmxOperationError, type RepairProgress } from '../src';

const USER = 'operator';
const PASSWORD = randomBytes(12).toString('base64url');

let cluster: CassandraCluster | undefined;
let cql: Client | undefined;

function nodeAt(i: number): CassandraNode {
  const n = cluster?.nodes[i];
  if (n === undefined) throw new Error('cluster did not start');
  return n;
}
function jmx(i: number): CassandraJmx {
  return new CassandraJmx({
    url: nodeAt(i).jolokiaUrl,
    credentials: { username: USER, password: PASSWORD },
    timeoutMs: 60_000,
  });
}

beforeAll(async () => {
  cluster = await startCassandraCluster({ nodes: 2, jolokiaUser: USER, jolokiaPassword: PASSWORD });
  console.log(`2 × Cassandra ${cluster.version} up in ${cluster.startupMs} ms`);
  cql = new Client({ contactPoints: [...cluster.contactPoints], localDataCenter: cluster.datacenter });
  await cql.connect();
  await cql.execute(
    "CREATE KEYSPACE jmxrep WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 2}",
  );
  await cql.execute('CREATE TABLE jmxrep.kv (id uuid PRIMARY KEY, v text)');
  await cql.execute('CREATE TABLE jmxrep.other (id uuid PRIMARY KEY, v text)');
  for (let n = 0; n < 100; n++) {
    await cql.execute('INSERT INTO jmxrep.kv (id, v) VALUES (?, ?)', [randomUUID(), `v${n}`], {
      prepare: true,
      consistency: types.consistencies.all,
    });
  }
}, 300_000);

afterAll(async () => {
  try {
    await cql?.shutdown();
  } finally {
    try {
      await cluster?.stop();
    } finally {
      await assertNothingLeftRunning();
    }
  }
}, 120_000);

describe('CassandraJmx against two real nodes', () => {
  it('sees both nodes live from each node', async () => {
    for (const i of [0, 1]) {
      const h = await jmx(i).health();
      expect(h.missing).toEqual([]);
      expect([...(h.liveNodes ?? [])].sort()).toEqual([nodeAt(0).ip, nodeAt(1).ip]);
      expect(h.unreachableNodes).toEqual([]);
    }
  });

  it('runs a full repair of an RF 2 keyspace to COMPLETED', async () => {
    const progress: RepairProgress[] = [];
    const started = Date.now();
    const result = await jmx(0).repair(
      'jmxrep',
      {},
      { timeoutMs: 120_000, pollIntervalMs: 200, onProgress: (p) => progress.push(p) },
    );
    console.log(
      `full repair: command ${result.command} ${result.status} in ${Date.now() - started} ms, ${progress.length} progress reports; ${result.messages.join(' | ')}`,
    );
    expect(result.status).toBe('COMPLETED');
    expect(result.command).toBeGreaterThan(0);
    expect(result.keyspace).toBe('jmxrep');
    for (const p of progress) expect(p).toMatchObject({ keyspace: 'jmxrep', command: result.command });
  });

  it('runs a repair with options (one table, primary range, sequential, incremental) on the other node', async () => {
    const result = await jmx(1).repair(
      'jmxrep',
      { tables: ['kv'], primaryRange: true, parallelism: 'sequential', incremental: true },
      { timeoutMs: 120_000, pollIntervalMs: 200 },
    );
    expect(result.status).toBe('COMPLETED');
  });

  it('fails a repair of a keyspace that does not exist with a typed error naming it', async () => {
    const err = await jmx(0)
      .repair('no_such_keyspace', {}, { timeoutMs: 30_000, pollIntervalMs: 200 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JmxOperationError);
    expect((err as Error).message).toMatch(/^repair\(no_such_keyspace\) on 127\.0\.0\.1: .*no_such_keyspace/);
    console.log(`repair error: ${(err as Error).message}`);
  });

  it('refuses a decommission that would break the replication factor (typed error), and reports removals', async () => {
    const err = await jmx(0)
      .decommission({ timeoutMs: 60_000, pollIntervalMs: 200 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JmxOperationError);
    expect((err as Error).message).toMatch(/^decommission on 127\.0\.0\.1: .*replication factor/i);
    console.log(`decommission error: ${(err as Error).message}`);
    // 5.0 marks the attempt in OperationMode; the node keeps serving.
    const after = await jmx(0).health();
    expect(['NORMAL', 'DECOMMISSION_FAILED']).toContain(after.operationMode);
    expect(after.nativeTransportRunning).toBe(true);

    expect(await jmx(0).removalStatus()).toMatch(/No token removals in process/);
    const unknownHost = randomUUID();
    const removeErr = await jmx(0)
      .removeNode(unknownHost)
      .catch((e: unknown) => e);
    expect(removeErr).toBeInstanceOf(JmxOperationError);
    console.log(`removeNode error: ${(removeErr as Error).message}`);
  });

  it('drains a node: OperationMode DRAINED', async () => {
    const modes: string[] = [];
    const started = Date.now();
    await jmx(1).drain({ timeoutMs: 120_000, pollIntervalMs: 200, onMode: (m) => modes.push(m) });
    console.log(`drain: ${Date.now() - started} ms, modes seen ${[...new Set(modes)].join(' → ')}`);
    const h = await jmx(1).health();
    expect(h.operationMode).toBe('DRAINED');
    expect(h.nativeTransportRunning).toBe(false);
  });
});
