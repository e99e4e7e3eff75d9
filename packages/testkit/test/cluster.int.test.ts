// The multi-node mode (all seeds, auto_bootstrap false, balanced tokens, started together) against
// real Cassandra: every node NORMAL, sees the others, owns its token and reports its rack.
import { assertNothingLeftRunning, startCassandraCluster, STORAGE_SERVICE, type CassandraCluster } from '../src';
import { balancedTokens } from '../src/cassandra/tokens';

let cluster: CassandraCluster | undefined;

afterAll(async () => {
  try {
    await cluster?.stop();
  } finally {
    await assertNothingLeftRunning();
  }
}, 120_000);

async function read(url: string, auth: string, requests: object[]): Promise<Array<{ status: number; value: unknown }>> {
  const res = await fetch(url, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(requests) });
  expect(res.status).toBe(200);
  return (await res.json()) as Array<{ status: number; value: unknown }>;
}

it('starts 3 nodes on 127.0.0.1-3 that form one ring', async () => {
  cluster = await startCassandraCluster({ nodes: 3, jolokiaUser: 'ring', jolokiaPassword: 'ring-secret' });
  console.log(`3-node cluster ready ${cluster.startupMs} ms after launch (per node: ${cluster.nodes.map((n) => n.startupMs).join(', ')} ms)`);
  expect(cluster.nodes.map((n) => n.ip)).toEqual(['127.0.0.1', '127.0.0.2', '127.0.0.3']);
  expect(cluster.contactPoints).toEqual(['127.0.0.1:9042', '127.0.0.2:9042', '127.0.0.3:9042']);
  const tokens = balancedTokens(3);
  for (const [i, node] of cluster.nodes.entries()) {
    const [mode, live, ownTokens, rack] = await read(node.jolokiaUrl, node.jolokiaAuthHeader, [
      { type: 'read', mbean: STORAGE_SERVICE, attribute: 'OperationMode' },
      { type: 'read', mbean: STORAGE_SERVICE, attribute: 'LiveNodes' },
      { type: 'read', mbean: STORAGE_SERVICE, attribute: 'Tokens' },
      { type: 'read', mbean: 'org.apache.cassandra.db:type=EndpointSnitchInfo', attribute: 'Rack' },
    ]);
    expect(mode?.value).toBe('NORMAL');
    expect([...(live?.value as string[])].sort()).toEqual(['127.0.0.1', '127.0.0.2', '127.0.0.3']);
    expect(ownTokens?.value).toEqual([tokens[i]]);
    expect(rack?.value).toBe(`rack${i + 1}`);
  }
}, 400_000);
