// StatePersistence over the embedded file store: how the environment's configuration becomes (or does
// not become) the target, and how the core's persist-* decisions are written with compare-and-set.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cassandra_mesos, parseSchedulerEnvironment, type CompleteFrameworkConfig } from '@cassandra-mesos/model';
import { ConfigRejectedError, openFileStateStore, StateKeys, StatePersistence, StaleStateError, type FileStateStore } from '../../src';

function config(env: Record<string, string> = {}): CompleteFrameworkConfig {
  const parsed = parseSchedulerEnvironment({ CASSANDRA_MESOS_FRAMEWORK_NAME: 'p1', CASSANDRA_MESOS_ROLE: 'cassandra', ...env });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed.config;
}

describe('StatePersistence', () => {
  let store: FileStateStore;

  beforeEach(async () => {
    store = await openFileStateStore({ directory: mkdtempSync(join(tmpdir(), 'persistence-')), frameworkName: 'p1' });
  });

  afterEach(async () => {
    await store.close();
  });

  it('stores the first configuration as version and target', async () => {
    const loaded = await new StatePersistence(store).load(config(), 1_000);
    expect(loaded.config.accepted).toBe(true);
    const target = await store.get(StateKeys.configTarget);
    expect(target?.value.targetId).toBe(loaded.persisted.target.id);
    expect((await store.get(StateKeys.configVersion(loaded.persisted.target.id)))?.value.config?.nodeCount).toBe(3);
    expect([...loaded.persisted.nodes]).toEqual([]);
  });

  it('keeps the running target when a changed configuration breaks a rule, and stores why', async () => {
    const first = await new StatePersistence(store).load(config(), 1_000);
    const second = await new StatePersistence(store).load(config({ CASSANDRA_MESOS_DISK_MB: '20480' }), 2_000);
    expect(second.config.accepted).toBe(false);
    expect(second.persisted.target.id).toBe(first.persisted.target.id);
    expect(second.persisted.rejectedErrors?.map((e) => e.code)).toEqual(['IMMUTABLE_FIELD']);
    const target = await store.get(StateKeys.configTarget);
    expect(target?.value.rejectedAtMs).toBe(2_000);
  });

  it('keeps a change made through the API when the scheduler restarts with the same environment', async () => {
    const env = config();
    const first = await new StatePersistence(store).load(env, 1_000);
    const api = await new StatePersistence(store).propose({ ...env, nodeCount: 5 }, 2_000, { source: 'api', recordRejection: false });
    expect(api.decision.accepted).toBe(true);

    const restarted = await new StatePersistence(store).load(config(), 3_000);
    expect(restarted.persisted.target.id).toBe(api.target.id);
    expect(restarted.persisted.target.config.nodeCount).toBe(5);
    expect(restarted.config.accepted && restarted.config.newVersion).toBe(false);

    // A changed environment is a new wish of the operator: it is proposed (and wins) as before.
    const changed = await new StatePersistence(store).load(config({ CASSANDRA_MESOS_NODE_COUNT: '4' }), 4_000);
    expect(changed.persisted.target.config.nodeCount).toBe(4);
    expect(changed.persisted.target.id).not.toBe(first.persisted.target.id);
    // ... and from then on that environment is the one remembered.
    const again = await new StatePersistence(store).load(config({ CASSANDRA_MESOS_NODE_COUNT: '4' }), 5_000);
    expect(again.persisted.target.id).toBe(changed.persisted.target.id);
  });

  it('refuses to start on an invalid first configuration, naming the variable', async () => {
    await expect(new StatePersistence(store).load({ ...config(), seedCount: 5 }, 1_000)).rejects.toThrow(ConfigRejectedError);
    expect(await store.get(StateKeys.configTarget)).toBeUndefined();
  });

  it('writes persist decisions with compare-and-set, and stops on a write it did not expect', async () => {
    const persistence = new StatePersistence(store);
    await persistence.load(config(), 1_000);
    const node = cassandra_mesos.v1.NodeRecord.create({ nodeId: 'node-0', index: 0 });
    await persistence.apply({ type: 'persist-node', node, reason: 'test' });
    await persistence.apply({ type: 'persist-node', node: { ...node, hostname: 'h1' } as cassandra_mesos.v1.NodeRecord, reason: 'test' });
    expect((await store.get(StateKeys.node('node-0')))?.value.hostname).toBe('h1');
    await persistence.apply({ type: 'persist-health', nodeId: 'node-0', summary: cassandra_mesos.v1.NodeHealthSummary.create({ healthy: true, operationMode: 'NORMAL', checkedAtMs: 5 }), reason: 'test' });
    expect((await store.get(StateKeys.health('node-0')))?.value.entries).toHaveLength(1);

    // Someone else writes the node: our next write must fail rather than overwrite it.
    const theirs = await store.get(StateKeys.node('node-0'));
    await store.put(StateKeys.node('node-0'), node, theirs?.version);
    await expect(persistence.apply({ type: 'persist-node', node, reason: 'test' })).rejects.toThrow(StaleStateError);
  });
});
