// Tokens in restore planning: the pure decisions (token comparison, mapping by tokens, replication
// factors, the ownership refusal) and the restore service using them with a fake ring reader.
import { cassandra_mesos } from '@cassandra-mesos/model';
import { BackupServiceError, checkTokenOwnership, mappingByTokens, replicationFactors, ringTokensByNode, tokenMatches, type RestorePlanView, type RingTokenReader } from '../../src/backup';
import { buildBackup, type NodeSpec } from './support/backup-builder';
import { serviceHarness, type ServiceHarness } from './support/service-harness';

const node = (index: number): cassandra_mesos.v1.NodeRecord => cassandra_mesos.v1.NodeRecord.create({ nodeId: `node-${index}`, index, ip: `10.0.0.${10 + index}` });
const TARGETS = [node(0), node(1), node(2)];
const T = { a: ['-300', '100'], b: ['-200', '200'], c: ['-100', '300'] };

describe('token decisions', () => {
  it('reads ring tokens per node by its address, leaving out nodes whose tokens are not known (yet)', () => {
    const byAddress = new Map([['10.0.0.10', T.a], ['10.0.0.11', []], ['10.0.0.99', T.c]]);
    expect([...ringTokensByNode(TARGETS, byAddress)]).toEqual([['node-0', T.a]]);
  });

  it('maps nodes by equal token sets, whatever the order and the node ids', () => {
    const ring = new Map([['node-0', ['300', '-100']], ['node-1', T.a], ['node-2', T.b]]);
    const backup = [{ nodeId: 'node-3', tokens: T.a }, { nodeId: 'node-4', tokens: T.b }, { nodeId: 'node-5', tokens: T.c }];
    expect(mappingByTokens(TARGETS, ring, backup)).toEqual({ 'node-0': 'node-5', 'node-1': 'node-3', 'node-2': 'node-4' });
  });

  it('maps nothing by tokens unless every node pairs with exactly one backup node', () => {
    const backup = [{ nodeId: 'node-3', tokens: T.a }, { nodeId: 'node-4', tokens: T.b }, { nodeId: 'node-5', tokens: T.c }];
    expect(mappingByTokens(TARGETS, new Map([['node-0', T.a], ['node-1', T.b], ['node-2', ['1', '2']]]), backup)).toBeUndefined();
    expect(mappingByTokens(TARGETS, new Map([['node-0', T.a], ['node-1', T.b]]), backup)).toBeUndefined();
    // Two backup nodes with the same tokens: ambiguous.
    expect(mappingByTokens([node(0)], new Map([['node-0', T.a]]), [{ nodeId: 'x', tokens: T.a }, { nodeId: 'y', tokens: T.a }])).toBeUndefined();
  });

  it('says per node whether its ring tokens equal its backup node\'s, or null when either is unknown', () => {
    const mapping = new Map([['node-0', 'node-0'], ['node-1', 'node-1'], ['node-2', 'node-9']]);
    const matches = tokenMatches(mapping, new Map([['node-0', T.a], ['node-1', T.a]]), [{ nodeId: 'node-0', tokens: ['100', '-300'] }, { nodeId: 'node-1', tokens: T.b }]);
    expect([...matches]).toEqual([['node-0', true], ['node-1', false], ['node-2', null]]);
    expect([...tokenMatches(mapping, undefined, undefined)].map(([, m]) => m)).toEqual([null, null, null]);
  });

  it('reads replication factors from the schema CQL (SimpleStrategy, NetworkTopologyStrategy largest DC, transient)', () => {
    expect([
      ...replicationFactors({
        simple: "CREATE KEYSPACE simple WITH replication = {'class': 'org.apache.cassandra.locator.SimpleStrategy', 'replication_factor': '3'} AND durable_writes = true;",
        nts: "CREATE KEYSPACE nts WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': '2', 'dc2': '5'};",
        transient: "CREATE KEYSPACE transient WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': '3/1'};",
        bare: "CREATE KEYSPACE bare WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 2};",
        unknown: 'CREATE TABLE unknown.t (k int PRIMARY KEY);',
      }),
    ]).toEqual([['simple', 3], ['nts', 5], ['transient', 3], ['bare', 2]]);
  });

  const ownership = (matches: Array<[string, boolean | null]>, factors: Array<[string, number]>, clusterNodeCount = 3): void =>
    checkTokenOwnership({ matches: new Map(matches), mapping: new Map(matches.map(([id]) => [id, id])), clusterNodeCount, factors: new Map(factors), backup: 'b1', sourceCluster: 'old' });

  it('refuses differing tokens on nodes that do not own every range, saying what to do', () => {
    let err: unknown;
    try {
      ownership([['node-0', true], ['node-1', false]], [['shop', 2], ['audit', 3]]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(BackupServiceError);
    expect(err).toMatchObject({ code: 'FAILED_PRECONDITION', reason: 'TOKENS_MISMATCH' });
    expect((err as Error).message).toBe(
      "the ring tokens of node-1 (backup node node-1) differ from their backup nodes' tokens, and shop (RF 2) has fewer replicas than this cluster's 3 nodes, so those nodes do not own all the data they would import. Deploy the new cluster with CASSANDRA_MESOS_INITIAL_TOKENS_FROM=old/b1 (its nodes then start with the backup's tokens), or map each node to the backup node with its tokens (nodeMapping)",
    );
  });

  it('lets a restore go when the tokens match, are unknown, or every node replicates every range (node count <= RF)', () => {
    expect(() => ownership([['node-0', true], ['node-1', null]], [['shop', 1]])).not.toThrow();
    expect(() => ownership([['node-0', false]], [['shop', 3]])).not.toThrow();
    expect(() => ownership([['node-0', false]], [['shop', 2]], 2)).not.toThrow();
    expect(() => ownership([['node-0', false]], [['shop', 2]], 3)).toThrow(BackupServiceError);
  });

  it('counts a keyspace of unknown replication factor as not owned everywhere', () => {
    expect(() => checkTokenOwnership({ matches: new Map([['node-0', false]]), mapping: new Map([['node-0', 'node-0']]), clusterNodeCount: 1, factors: new Map([['shop', undefined]]), backup: 'b1', sourceCluster: 'old' })).toThrow(/shop \(RF unknown\)/);
  });
});

class FakeRing implements RingTokenReader {
  readonly asked: string[] = [];
  constructor(private readonly answer: Map<string, string[]> | Error) {}
  ringTokens(endpoint: { host: string; port: number }): Promise<Map<string, string[]>> {
    this.asked.push(`${endpoint.host}:${endpoint.port}`);
    return this.answer instanceof Error ? Promise.reject(this.answer) : Promise.resolve(this.answer);
  }
}

describe('restore with the ring\'s tokens', () => {
  let h: ServiceHarness;
  afterEach(async () => h.close());
  const OLD = { prefix: 'cassandra', cluster: 'old' };
  const files = (nodeId: string) => [{ keyspace: 'shop', table: 'orders', fileName: 'nb-1-big-Data.db', content: `orders of ${nodeId}\n` }];
  const backupNodes = (rf: number): NodeSpec[] => [
    { nodeId: 'node-3', files: files('node-3'), tokens: T.a, replicationFactor: rf },
    { nodeId: 'node-4', files: files('node-4'), tokens: T.b, replicationFactor: rf },
    { nodeId: 'node-5', files: files('node-5'), tokens: T.c, replicationFactor: rf },
  ];
  const ring = (a: string[], b: string[], c: string[]) => new Map([['10.0.0.10', a], ['10.0.0.11', b], ['10.0.0.12', c]]);
  const dryRun = async (extra: object = {}) => (await h.service.startRestore({ name: 'b1', sourceCluster: 'old', restoreSchema: true, dryRun: true, ...extra }, 'api')) as RestorePlanView;

  it('pairs the nodes of a cluster deployed with the backup\'s tokens with their backup nodes, and says the tokens match', async () => {
    const reader = new FakeRing(ring(T.c, T.a, T.b));
    h = await serviceHarness({ ringTokens: reader });
    await buildBackup(h.opener.storageOf('bucket'), OLD, 'b1', backupNodes(1));
    const plan = await dryRun();
    expect(plan.nodes.map((n) => [n.nodeId, n.backupNodeId, n.tokensMatch])).toEqual([
      ['node-0', 'node-5', true],
      ['node-1', 'node-3', true],
      ['node-2', 'node-4', true],
    ]);
    expect(plan.warnings).toEqual([]);
    expect(reader.asked).toEqual(['10.0.0.10:9042']);
    await h.service.startRestore({ name: 'b1', sourceCluster: 'old', restoreSchema: true }, 'api');
    expect(h.gateway.submitted).toHaveLength(1);
  });

  it('refuses a restore whose tokens differ on nodes that do not own every range; the dry run warns', async () => {
    h = await serviceHarness({ ringTokens: new FakeRing(ring(['1', '2'], ['3', '4'], ['5', '6'])) });
    await buildBackup(h.opener.storageOf('bucket'), OLD, 'b1', backupNodes(1));
    const plan = await dryRun({ nodeMapping: { 'node-0': 'node-3', 'node-1': 'node-4', 'node-2': 'node-5' } });
    expect(plan.nodes.map((n) => n.tokensMatch)).toEqual([false, false, false]);
    expect(plan.warnings).toEqual([expect.stringMatching(/^the restore could not start now: the ring tokens of node-0 \(backup node node-3\), node-1 \(backup node node-4\), node-2 \(backup node node-5\) differ .* shop \(RF 1\) has fewer replicas than this cluster's 3 nodes/)]);
    const err = await h.service.startRestore({ name: 'b1', sourceCluster: 'old', nodeMapping: { 'node-0': 'node-3', 'node-1': 'node-4', 'node-2': 'node-5' } }, 'api').then(() => undefined, (e: unknown) => e);
    expect(err).toMatchObject({ code: 'FAILED_PRECONDITION', reason: 'TOKENS_MISMATCH' });
    expect(h.gateway.submitted).toEqual([]);
  });

  it('lets differing tokens go when every node replicates every restored keyspace, with a warning', async () => {
    h = await serviceHarness({ ringTokens: new FakeRing(ring(['1', '2'], ['3', '4'], ['5', '6'])) });
    await buildBackup(h.opener.storageOf('bucket'), OLD, 'b1', backupNodes(3));
    const mapping = { 'node-0': 'node-3', 'node-1': 'node-4', 'node-2': 'node-5' };
    const plan = await dryRun({ nodeMapping: mapping });
    expect(plan.warnings).toEqual([expect.stringContaining('every node replicates every restored keyspace (replication factor >= 3 nodes)')]);
    await h.service.startRestore({ name: 'b1', sourceCluster: 'old', nodeMapping: mapping }, 'api');
    expect(h.gateway.submitted).toHaveLength(1);
  });

  it('does not compare (null) when the ring cannot be read, and says so', async () => {
    h = await serviceHarness({ ringTokens: new FakeRing(new Error('connect ECONNREFUSED 10.0.0.10:9042')) });
    await buildBackup(h.opener.storageOf('bucket'), OLD, 'b1', backupNodes(1));
    const plan = await dryRun({ nodeMapping: { 'node-0': 'node-3', 'node-1': 'node-4', 'node-2': 'node-5' } });
    expect(plan.nodes.map((n) => n.tokensMatch)).toEqual([null, null, null]);
    expect(plan.warnings).toEqual(["the ring's tokens could not be read from node-0 (10.0.0.10:9042): connect ECONNREFUSED 10.0.0.10:9042; the tokens were not compared with the backup's"]);
  });
});
