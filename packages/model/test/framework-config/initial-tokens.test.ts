import {
  assignInitialTokens,
  compareNodeIds,
  diffConfig,
  nodeIdOf,
  parseInitialTokensSource,
  parseSchedulerEnvironment,
  validateConfigChange,
  validateFrameworkConfig,
  type BackupNodeTokens,
  type CompleteInitialTokens,
} from '../../src';
import { validConfig } from './fixtures';

const SOURCE = { cluster: 'cassandra-prod', backup: 'nightly-1' };
const tokensOf = (base: number, count = 4): string[] => Array.from({ length: count }, (_, i) => String(base + i * 1000));
const backupNode = (nodeId: string, base: number, extra: Partial<BackupNodeTokens> = {}): BackupNodeTokens => ({ nodeId, tokens: tokensOf(base), datacenter: 'dc1', rack: 'rack1', ...extra });

function assign(backupNodes: BackupNodeTokens[], extra: { nodeCount?: number; numTokens?: number } = {}): CompleteInitialTokens {
  return assignInitialTokens({
    source: SOURCE,
    location: 's3://backups/prod',
    nodeCount: extra.nodeCount ?? backupNodes.length,
    numTokens: extra.numTokens ?? 4,
    rackDc: { dc: 'dc1', rack: 'rack1' },
    backupNodes,
    nodeIdOf,
  });
}

describe('CASSANDRA_MESOS_INITIAL_TOKENS_FROM values', () => {
  it('reads <source cluster>/<backup name>, and empty as not set', () => {
    expect(parseInitialTokensSource('cassandra-prod/nightly-2026-11-21')).toEqual({ ok: true, value: { cluster: 'cassandra-prod', backup: 'nightly-2026-11-21' } });
    expect(parseInitialTokensSource('')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['nightly-1', "exactly one '/'"],
    ['s3://bucket/prod/nightly-1', "exactly one '/'"],
    ['/nightly-1', 'names source cluster ""'],
    ['prod/', 'names backup ""'],
    ['prod/..', 'names backup ".."'],
    ['prod/a..b', 'without'],
    ['-prod/b1', 'names source cluster "-prod"'],
    [`prod/${'b'.repeat(129)}`, '1-128'],
  ])('refuses %j saying what is wrong', (text, fragment) => {
    const parsed = parseInitialTokensSource(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain(fragment);
  });

  it('puts the source into the configuration; the scheduler fills in the tokens at its start', () => {
    const r = parseSchedulerEnvironment({ CASSANDRA_MESOS_INITIAL_TOKENS_FROM: ' cassandra-prod/nightly-1 ', CASSANDRA_MESOS_BACKUP_LOCATION: 's3://backups/prod' });
    expect(r.ok && r.config.initialTokens).toEqual({ source: 'cassandra-prod/nightly-1', location: '', nodes: [], problem: '' });
  });

  it('names the variable in a bad value, and refuses a local backup location (the scheduler cannot read it)', () => {
    const bad = parseSchedulerEnvironment({ CASSANDRA_MESOS_INITIAL_TOKENS_FROM: 'nightly-1', CASSANDRA_MESOS_BACKUP_LOCATION: 's3://backups/prod' });
    expect(bad.ok ? [] : bad.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^CASSANDRA_MESOS_INITIAL_TOKENS_FROM="nightly-1" is not <source cluster>\/<backup name>.*set it to the source cluster's framework name and the backup name, e\.g\. cassandra-prod\/nightly-2026-11-21$/)]);
    const local = parseSchedulerEnvironment({ CASSANDRA_MESOS_INITIAL_TOKENS_FROM: 'cassandra-prod/nightly-1' });
    const errors = local.ok ? [] : local.errors;
    expect(errors.map((e) => [e.field, e.code])).toEqual([['CASSANDRA_MESOS_INITIAL_TOKENS_FROM', 'INITIAL_TOKENS_NEED_S3']]);
    expect(errors[0]?.message).toContain('CASSANDRA_MESOS_INITIAL_TOKENS_FROM=cassandra-prod/nightly-1 needs CASSANDRA_MESOS_BACKUP_LOCATION to be the s3:// location of that backup (it is local)');
  });
});

describe('assignInitialTokens', () => {
  it('gives node-i the tokens of the i-th backup node in node id order (node-2 before node-10)', () => {
    const result = assign([backupNode('node-10', 300), backupNode('node-2', 100), backupNode('node-7', 200)]);
    expect(result.problem).toBe('');
    expect(result.nodes.map((n) => [n.nodeId, n.backupNodeId, n.tokens[0]])).toEqual([
      ['node-0', 'node-2', '100'],
      ['node-1', 'node-7', '200'],
      ['node-2', 'node-10', '300'],
    ]);
    expect(result).toMatchObject({ source: 'cassandra-prod/nightly-1', location: 's3://backups/prod' });
    expect(['node-10', 'node-2', 'a-1', 'node-x'].sort(compareNodeIds)).toEqual(['a-1', 'node-2', 'node-10', 'node-x']);
  });

  it('writes tokens in canonical form', () => {
    const result = assign([{ ...backupNode('node-0', 0), tokens: ['-0005', '7', '8', '9'] }]);
    expect(result.nodes[0]?.tokens).toEqual(['-5', '7', '8', '9']);
  });

  it.each<[string, BackupNodeTokens[], { nodeCount?: number; numTokens?: number }, RegExp]>([
    ['another node count', [backupNode('node-0', 0), backupNode('node-1', 10)], { nodeCount: 3 }, /has 2 node\(s\) \(node-0, node-1\) but CASSANDRA_MESOS_NODE_COUNT is 3: set CASSANDRA_MESOS_NODE_COUNT=2 for the first deploy/],
    ['no nodes', [], { nodeCount: 3 }, /lists no nodes/],
    ['another token count', [backupNode('node-0', 0)], { numTokens: 16 }, /have 4 token\(s\) each but num_tokens is 16: set CASSANDRA_MESOS_NUM_TOKENS=4/],
    ['mixed token counts', [backupNode('node-0', 0), { ...backupNode('node-1', 10), tokens: ['1'] }], {}, /different token counts/],
    ['a token outside the range', [{ ...backupNode('node-0', 0), tokens: ['1', '2', '3', '9223372036854775808'] }], {}, /tokens of node-0 \(from backup node node-0\) are not usable: '9223372036854775808' is outside the Murmur3 token range/],
    ['a token that is not a number', [{ ...backupNode('node-0', 0), tokens: ['1', '2', '3', 'abc'] }], {}, /'abc' is not a Murmur3 token/],
    ['a token on two nodes', [backupNode('node-0', 0), backupNode('node-1', 3000)], {}, /token 3000 is given to both node-0 and node-1/],
    ['another data center', [backupNode('node-0', 0), backupNode('node-1', 10, { datacenter: 'eu-west' })], {}, /node-1 in eu-west\/rack1; .*Set CASSANDRA_MESOS_DEFAULT_DC\/CASSANDRA_MESOS_DEFAULT_RACK/],
  ])('refuses a backup with %s, saying what to fix, and assigns nothing', (_what, nodes, extra, message) => {
    const result = assign(nodes, extra);
    expect(result.nodes).toEqual([]);
    expect(result.problem).toMatch(message);
    expect(result.problem).toContain('backup nightly-1 of cluster cassandra-prod');
  });
});

describe('initial tokens in a configuration', () => {
  const usable = assign([backupNode('node-0', 0), backupNode('node-1', 10), backupNode('node-2', 20)]);

  it('are valid as assigned, as a source not read yet, and as an unusable backup (shown in the plan instead)', () => {
    expect(validateFrameworkConfig(validConfig({ numTokens: 4, initialTokens: usable }))).toEqual([]);
    expect(validateFrameworkConfig(validConfig({ initialTokens: { source: 'a/b', location: '', nodes: [], problem: '' } }))).toEqual([]);
    expect(validateFrameworkConfig(validConfig({ initialTokens: { source: 'a/b', location: '', nodes: [], problem: 'no such backup' } }))).toEqual([]);
  });

  it('are checked when they come from elsewhere (API, stored versions): count, range, duplicates, source', () => {
    const [n0, n1] = usable.nodes;
    const problems = (initialTokens: CompleteInitialTokens, numTokens = 4): string[] => validateFrameworkConfig(validConfig({ numTokens, initialTokens })).map((p) => `${p.code}: ${p.message}`);
    expect(problems(usable, 8)).toEqual(['INVALID_TOKENS: initial_tokens: the backup nodes have 4 token(s) each but num_tokens is 8: set num_tokens=4 (the backup cluster\'s num_tokens) for the first deploy']);
    expect(problems({ ...usable, nodes: [n0!, { ...n1!, tokens: [...n0!.tokens] }] })).toEqual([expect.stringMatching(/^INVALID_TOKENS: initial_tokens: token 0 is given to both node-0 and node-1/), expect.anything(), expect.anything(), expect.anything()]);
    expect(problems({ ...usable, nodes: [{ ...n0!, tokens: ['1', '2', '3', '-9223372036854775809'] }] })).toEqual([expect.stringContaining('outside the Murmur3 token range')]);
    expect(problems({ ...usable, source: '' })).toEqual([expect.stringContaining('names no source backup')]);
    expect(problems({ ...usable, nodes: [n0!, n0!] })).toEqual([expect.stringContaining('lists node "node-0" twice'), ...Array.from({ length: 4 }, (): unknown => expect.stringContaining('is given to both node-0 and node-0'))]);
  });

  it('change without a restart: only a node\'s first start uses them', () => {
    const diff = diffConfig(validConfig({ numTokens: 4 }), validConfig({ numTokens: 4, initialTokens: usable }));
    expect(diff.changes.map((c) => [c.field, c.effect])).toEqual([['initial_tokens', 'SCHEDULER']]);
    expect(diff.rollingRestart).toBe(false);
    expect(diff.changes[0]?.to).toMatch(/^cassandra-prod\/nightly-1 at s3:\/\/backups\/prod: node-0<-node-0 \(4 tokens\), node-1<-node-1 \(4 tokens\), node-2<-node-2 \(4 tokens\); tokens digest [0-9a-f]{8}$/);
    // Another token is another value, although the counts are the same.
    const moved = { ...usable, nodes: usable.nodes.map((n, i) => (i === 0 ? { ...n, tokens: ['5', ...n.tokens.slice(1)] } : n)) };
    expect(diffConfig(validConfig({ numTokens: 4, initialTokens: usable }), validConfig({ numTokens: 4, initialTokens: moved })).changes).toHaveLength(1);
    expect(validateConfigChange(validConfig({ numTokens: 4 }), validConfig({ numTokens: 4, initialTokens: usable }))).toEqual([]);
  });
});
