import { cassandra_mesos } from '../../src/gen/cassandra_mesos';
import { derivePlans, initialTokensAction, initialTokensBlocker, nodeInitialTokens, serverConfig } from '../../src/scheduler';
import { normalizeTarget } from '../../src/scheduler/target';
import { NO_INITIAL_TOKENS, type CompleteInitialTokens } from '../../src/framework-config';
import { Driver, agent, config, heldOffer, initialState, launchedTasks, ofType, taskDetails, unreservedOffer } from './support/fixtures';
import { liveNode } from './support/deployed';

const tokens = (base: number): string[] => Array.from({ length: 16 }, (_, i) => String(base + i * 100));
const USABLE: CompleteInitialTokens = {
  source: 'cassandra-prod/nightly-1',
  location: 's3://backups/prod',
  nodes: [0, 1, 2].map((i) => ({ nodeId: `node-${i}`, backupNodeId: `node-${i + 3}`, tokens: tokens(i * 10) })),
  problem: '',
};
const UNUSABLE: CompleteInitialTokens = { source: 'cassandra-prod/nightly-9', location: 's3://backups/prod', nodes: [], problem: 'there is no backup nightly-9' };

const fresh = (index: number, extra: cassandra_mesos.v1.NodeRecord.$Properties = {}): cassandra_mesos.v1.NodeRecord =>
  cassandra_mesos.v1.NodeRecord.create({ nodeId: `node-${index}`, index, seed: index < 2, targetRunState: cassandra_mesos.v1.TargetRunState.RUN, ...extra });

describe('which nodes start with initial tokens', () => {
  it('a node\'s first start as itself gets its tokens', () => {
    expect(nodeInitialTokens({ initialTokens: USABLE }, fresh(1))).toEqual(tokens(10));
    expect(initialTokensBlocker({ initialTokens: USABLE }, fresh(1))).toBeUndefined();
  });

  it('a node that has joined the ring keeps its own tokens, whatever the configuration says', () => {
    expect(nodeInitialTokens({ initialTokens: USABLE }, liveNode(1))).toBeUndefined();
    expect(initialTokensBlocker({ initialTokens: UNUSABLE }, liveNode(1))).toBeUndefined();
  });

  it('a replacement takes over the replaced node\'s tokens (replace_address), not a backup\'s', () => {
    const replacement = fresh(0, { replaceIp: '10.0.0.9', replacesNodeId: 'node-9' });
    expect(nodeInitialTokens({ initialTokens: USABLE }, replacement)).toBeUndefined();
    expect(initialTokensBlocker({ initialTokens: UNUSABLE }, replacement)).toBeUndefined();
  });

  it('a node added later (not in the backup) gets tokens from Cassandra', () => {
    expect(nodeInitialTokens({ initialTokens: USABLE }, fresh(3))).toBeUndefined();
    expect(initialTokensBlocker({ initialTokens: USABLE }, fresh(3))).toBeUndefined();
  });

  it('no node starts with random tokens when the backup could not be used or was not read', () => {
    expect(initialTokensBlocker({ initialTokens: UNUSABLE }, fresh(0))).toBe(
      'does not start: its tokens are to come from backup cassandra-prod/nightly-9 (CASSANDRA_MESOS_INITIAL_TOKENS_FROM), which cannot be used: there is no backup nightly-9. Fix that and restart the scheduler (it reads the backup again), or unset CASSANDRA_MESOS_INITIAL_TOKENS_FROM to let Cassandra pick tokens',
    );
    expect(initialTokensBlocker({ initialTokens: { ...USABLE, nodes: [] } }, fresh(0))).toMatch(/which has not been read; restart the scheduler/);
    expect(nodeInitialTokens({ initialTokens: UNUSABLE }, fresh(0))).toBeUndefined();
    expect(initialTokensBlocker({ initialTokens: NO_INITIAL_TOKENS }, fresh(0))).toBeUndefined();
  });

  it('puts the tokens into the server config as initial_token', () => {
    const target = normalizeTarget('config-1', config({ initialTokens: USABLE }));
    const node = fresh(2, { ip: '10.0.0.3' });
    expect(serverConfig(node, new Map([[node.nodeId, node]]), target).initialToken).toBe(tokens(20).join(','));
    const joined = liveNode(2);
    expect(serverConfig(joined, new Map([[joined.nodeId, joined]]), target).initialToken).toBe('');
  });
});

describe('deploy with initial tokens', () => {
  it('launches each node with its backup node\'s tokens', () => {
    const d = new Driver(initialState({ config: config({ nodeCount: 3, seedCount: 1, bootstrapGraceSeconds: 0, initialTokens: USABLE }) }));
    d.subscribe();
    const first = d.offers(unreservedOffer(agent(1)));
    const launched = launchedTasks(first);
    expect(launched.map((t) => t.name)).toEqual(['node-0-server']);
    expect(taskDetails(launched[0]!).server?.config?.initialToken).toBe(tokens(0).join(','));
  });

  it('starts no node when the backup is unusable, and every deploy step says why (ERROR)', () => {
    const d = new Driver(initialState({ config: config({ nodeCount: 3, seedCount: 1, bootstrapGraceSeconds: 0, initialTokens: UNUSABLE }) }));
    d.subscribe();
    const first = d.offers(unreservedOffer(agent(1)), unreservedOffer(agent(2)), unreservedOffer(agent(3)));
    expect(launchedTasks(first)).toEqual([]);
    const accepts = ofType(first, 'accept');
    // Placing (reserving) is fine: only Cassandra's start waits.
    const again = d.offers(...accepts.map((a, i) => heldOffer(agent(i + 1), a)));
    expect(launchedTasks(again)).toEqual([]);
    const steps = derivePlans(d.state, d.nowMs).find((p) => p.name === 'deploy')?.phases[0]?.steps ?? [];
    expect(steps.map((s) => [s.name, s.status])).toEqual([
      ['node-0', 'ERROR'],
      ['node-1', 'ERROR'],
      ['node-2', 'ERROR'],
    ]);
    expect(steps[0]?.message).toMatch(/^node-0 does not start: its tokens are to come from backup cassandra-prod\/nightly-9 .*there is no backup nightly-9/);
  });
});

describe('initialTokensAction (what the scheduler does at a start)', () => {
  const wanted = { cluster: 'cassandra-prod', backup: 'nightly-1' };

  it('reads the backup at the first deploy, and again while the last read was not usable or of another backup', () => {
    expect(initialTokensAction({ wanted, stored: NO_INITIAL_TOKENS, deployed: false })).toEqual({ kind: 'read', source: wanted });
    expect(initialTokensAction({ wanted, stored: { ...UNUSABLE, source: 'cassandra-prod/nightly-1' }, deployed: false }).kind).toBe('read');
    expect(initialTokensAction({ wanted: { ...wanted, backup: 'nightly-2' }, stored: USABLE, deployed: false }).kind).toBe('read');
  });

  it('reuses a usable read of the same backup', () => {
    expect(initialTokensAction({ wanted, stored: USABLE, deployed: false })).toEqual({ kind: 'keep', tokens: USABLE });
  });

  it('drops the tokens when the setting is removed before any node joined', () => {
    expect(initialTokensAction({ wanted: null, stored: USABLE, deployed: false })).toEqual({ kind: 'keep', tokens: NO_INITIAL_TOKENS });
  });

  it('keeps the stored tokens once a node has joined, and notes a changed or removed setting', () => {
    expect(initialTokensAction({ wanted, stored: USABLE, deployed: true })).toEqual({ kind: 'keep', tokens: USABLE });
    const noteOf = (action: ReturnType<typeof initialTokensAction>): [string, unknown, string | undefined] => [action.kind, action.kind === 'keep' ? action.tokens : undefined, action.kind === 'keep' ? action.note : undefined];
    const [kind, kept, note] = noteOf(initialTokensAction({ wanted: { ...wanted, backup: 'nightly-2' }, stored: USABLE, deployed: true }));
    expect([kind, kept]).toEqual(['keep', USABLE]);
    expect(note).toMatch(/is now cassandra-prod\/nightly-2 \(the cluster was deployed with cassandra-prod\/nightly-1\), but nodes are in the ring already/);
    expect(noteOf(initialTokensAction({ wanted: null, stored: USABLE, deployed: true }))).toEqual(['keep', USABLE, expect.stringContaining('is unset')]);
    expect(noteOf(initialTokensAction({ wanted, stored: NO_INITIAL_TOKENS, deployed: true }))[2]).toContain('initial tokens apply only to the first deploy');
  });
});
