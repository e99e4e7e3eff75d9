// The repair schedule's gc_grace check against ONE real Cassandra 5.0 node (testkit): the CQL reader
// lists the user tables with their gc_grace_seconds, fails clearly when nothing answers, and the
// route turns what it read into warnings.
/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access -- supertest types response bodies as any; the tests check their values */
import { createServer } from 'node:net';
import { cassandra_mesos, createSchedulerState } from '@cassandra-mesos/model';
import { assertNothingLeftRunning, startCassandraCluster, type CassandraCluster, type CassandraNode } from '@cassandra-mesos/testkit';
import { Client } from 'cassandra-driver';
import { CqlTableSchemaReader } from '../../src/api';
import { nodeRecord, NOW, TARGET_ID, testConfig } from './support/fixtures';
import { harness } from './support/harness';

let cluster: CassandraCluster | undefined;

function node(): CassandraNode {
  const n = cluster?.nodes[0];
  if (n === undefined) throw new Error('cluster did not start');
  return n;
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  cluster = await startCassandraCluster({ nodes: 1 });
  const cql = new Client({ contactPoints: [...cluster.contactPoints], localDataCenter: cluster.datacenter });
  try {
    await cql.connect();
    await cql.execute("CREATE KEYSPACE shop WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    await cql.execute('CREATE TABLE shop.orders (id uuid PRIMARY KEY, total int) WITH gc_grace_seconds = 3600');
    await cql.execute('CREATE TABLE shop.carts (id uuid PRIMARY KEY, items int)');
  } finally {
    await cql.shutdown();
  }
}, 240_000);

afterAll(async () => {
  await cluster?.stop();
  await assertNothingLeftRunning();
}, 60_000);

describe('CqlTableSchemaReader against Cassandra 5', () => {
  it("reads the user tables' gc_grace_seconds and leaves the system keyspaces out", async () => {
    const tables = await new CqlTableSchemaReader().userTables({ host: node().ip, port: node().cqlPort });
    expect(tables).toEqual([
      { keyspace: 'shop', table: 'carts', gcGraceSeconds: 864_000 },
      { keyspace: 'shop', table: 'orders', gcGraceSeconds: 3_600 },
    ]);
  });

  it('rejects with the driver\'s reason, within its timeout, when nothing answers', async () => {
    const port = await closedPort();
    const started = Date.now();
    await expect(new CqlTableSchemaReader({ timeoutMs: 2_000 }).userTables({ host: '127.0.0.1', port })).rejects.toThrow(/127\.0\.0\.1/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('GET /v1/repair/schedule warns for the table whose gc_grace_seconds the oldest repair exceeds', async () => {
    const config = testConfig({ CASSANDRA_MESOS_NATIVE_PORT: String(node().cqlPort) });
    const state = createSchedulerState({
      framework: cassandra_mesos.v1.FrameworkRecord.create({ frameworkId: 'fw-1', registeredAtMs: NOW - 86_400_000, schemaVersion: 1, nextNodeIndex: 1 }),
      target: { id: TARGET_ID, config },
      nodes: [cassandra_mesos.v1.NodeRecord.create({ ...nodeRecord({ index: 0 }), ip: node().ip, lastRepairAtMs: NOW - 2 * 3_600_000 })],
    });
    const { http } = harness({ state, service: { schemaReader: new CqlTableSchemaReader() } });
    const res = await http.get('/v1/repair/schedule');
    expect(res.status).toBe(200);
    expect(res.body.checkError).toBeNull();
    expect(res.body.checkedNode).toBe('node-0');
    expect(res.body.gcGraceWarnings.map((w: { keyspace: string; table: string }) => `${w.keyspace}.${w.table}`)).toEqual(['shop.orders']);
  });
});
