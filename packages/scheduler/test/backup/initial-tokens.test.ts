// The scheduler's start with CASSANDRA_MESOS_INITIAL_TOKENS_FROM: the backup's manifests are read
// (S3 served from a directory), the tokens land in the configuration, and every way the backup can be
// unusable becomes the tokens' problem instead of an exception.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StorageUnavailableError } from '@cassandra-mesos/backup-storage';
import { cassandra_mesos, parseSchedulerEnvironment, type CompleteFrameworkConfig, type SchedulerSettings } from '@cassandra-mesos/model';
import { withInitialTokens, type StorageLocation, type StorageOpener } from '../../src/backup';
import { CREATE, openFileStateStore, StateKeys, type FileStateStore } from '../../src/state';
import { buildBackup, DirectoryOpener, type NodeSpec } from './support/backup-builder';

const OLD = { prefix: 'cassandra', cluster: 'cassandra-old' };
const files = [{ keyspace: 'shop', table: 'orders', fileName: 'nb-1-big-Data.db', content: 'rows\n' }];
const backupNodes = (ids: string[]): NodeSpec[] => ids.map((nodeId, i) => ({ nodeId, files, tokens: [String(-1000 + i), String(1000 + i)] }));

let dir: string;
let store: FileStateStore;
let opener: DirectoryOpener;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'initial-tokens-'));
  store = await openFileStateStore({ directory: join(dir, 'state'), frameworkName: 'cassandra-new' });
  opener = new DirectoryOpener(join(dir, 's3'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function environment(env: Record<string, string> = {}): { config: CompleteFrameworkConfig; settings: SchedulerSettings } {
  const parsed = parseSchedulerEnvironment({
    CASSANDRA_MESOS_FRAMEWORK_NAME: 'cassandra-new',
    CASSANDRA_MESOS_NUM_TOKENS: '2',
    CASSANDRA_MESOS_BACKUP_LOCATION: 's3://bucket/cassandra',
    CASSANDRA_MESOS_S3_ENDPOINT: 'http://127.0.0.1:9000',
    CASSANDRA_MESOS_INITIAL_TOKENS_FROM: 'cassandra-old/b1',
    ...env,
  });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed;
}

describe('withInitialTokens', () => {
  it('reads the backup at the first deploy: node-i gets the i-th backup node\'s tokens (node id order)', async () => {
    await buildBackup(opener.storageOf('bucket'), OLD, 'b1', backupNodes(['node-10', 'node-2', 'node-7']));
    const outcome = await withInitialTokens({ store, ...environment(), opener });
    expect(outcome.read).toBe(true);
    expect(outcome.config.initialTokens).toEqual({
      source: 'cassandra-old/b1',
      location: 's3://bucket/cassandra',
      problem: '',
      nodes: [
        { nodeId: 'node-0', backupNodeId: 'node-2', tokens: ['-999', '1001'] },
        { nodeId: 'node-1', backupNodeId: 'node-7', tokens: ['-998', '1002'] },
        { nodeId: 'node-2', backupNodeId: 'node-10', tokens: ['-1000', '1000'] },
      ],
    });
    expect(opener.opened).toEqual(['bucket']);
  });

  it('turns an unusable backup into the problem the deploy steps show', async () => {
    const missing = await withInitialTokens({ store, ...environment(), opener });
    expect(missing.config.initialTokens.nodes).toEqual([]);
    expect(missing.config.initialTokens.problem).toMatch(/^there is no backup b1 of cluster cassandra-old at s3:\/\/bucket\/cassandra \(.*\); check both names/);

    await buildBackup(opener.storageOf('bucket'), OLD, 'b1', backupNodes(['node-0', 'node-1']));
    const fewer = await withInitialTokens({ store, ...environment(), opener });
    expect(fewer.config.initialTokens.problem).toContain('has 2 node(s) (node-0, node-1) but CASSANDRA_MESOS_NODE_COUNT is 3');
    const count = await withInitialTokens({ store, ...environment({ CASSANDRA_MESOS_NODE_COUNT: '2', CASSANDRA_MESOS_NUM_TOKENS: '16' }), opener });
    expect(count.config.initialTokens.problem).toContain('set CASSANDRA_MESOS_NUM_TOKENS=2');
  });

  it('retries S3 being unreachable, then says so', async () => {
    let calls = 0;
    const down: StorageOpener = {
      open: (_location: StorageLocation, _cluster: string) => {
        calls++;
        throw new StorageUnavailableError('GetObject', 'cassandra/cassandra-old/backups/b1/cluster.json', 'ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9000', undefined);
      },
    };
    const outcome = await withInitialTokens({ store, ...environment(), opener: down, attempts: 3, retryDelayMs: 1 });
    expect(calls).toBe(3);
    expect(outcome.config.initialTokens.problem).toMatch(/^S3 at s3:\/\/bucket\/cassandra could not be reached: .*ECONNREFUSED/);
  });

  it('reuses the stored tokens once read, and keeps them after a node has joined whatever the setting says', async () => {
    await buildBackup(opener.storageOf('bucket'), OLD, 'b1', backupNodes(['node-0', 'node-1', 'node-2']));
    const first = await withInitialTokens({ store, ...environment(), opener });
    const version = cassandra_mesos.v1.ConfigVersion.create({ id: 'v1', config: first.config, source: 'env' });
    await store.put(StateKeys.configVersion('v1'), version, CREATE);
    await store.put(StateKeys.configTarget, cassandra_mesos.v1.ConfigTarget.create({ targetId: 'v1' }), CREATE);
    opener.opened.length = 0;

    const again = await withInitialTokens({ store, ...environment(), opener });
    expect([again.read, opener.opened]).toEqual([false, []]);
    expect(again.config.initialTokens).toEqual(first.config.initialTokens);

    await store.put(StateKeys.node('node-0'), cassandra_mesos.v1.NodeRecord.create({ nodeId: 'node-0', index: 0, firstLiveAtMs: 5 }), CREATE);
    const changed = await withInitialTokens({ store, ...environment({ CASSANDRA_MESOS_INITIAL_TOKENS_FROM: 'cassandra-old/b2' }), opener });
    expect(changed.read).toBe(false);
    expect(changed.config.initialTokens).toEqual(first.config.initialTokens);
    expect(changed.note).toContain('nodes are in the ring already');
    const unset = await withInitialTokens({ store, ...environment({ CASSANDRA_MESOS_INITIAL_TOKENS_FROM: '' }), opener });
    expect(unset.config.initialTokens).toEqual(first.config.initialTokens);
  });

  it('does nothing without the setting before the first deploy', async () => {
    const outcome = await withInitialTokens({ store, ...environment({ CASSANDRA_MESOS_INITIAL_TOKENS_FROM: '' }), opener });
    expect([outcome.read, outcome.config.initialTokens.source, opener.opened]).toEqual([false, '', []]);
  });
});
