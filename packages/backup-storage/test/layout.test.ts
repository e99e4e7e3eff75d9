import {
  assertValidBackupName,
  backupNameOfManifestKey,
  backupNameProblem,
  clusterManifestKey,
  dataKey,
  InvalidBackupNameError,
  localBackupPrefix,
  localDataKey,
  localNodeManifestKey,
  nodeManifestKey,
  NodeManifestSchema,
  referencedKeys,
  unreferencedKeys,
  type NodeManifest,
} from '../src/layout';
import { InvalidKeyError } from '../src/errors';
import { assertValidKey } from '../src/keys';

const root = { prefix: 'backups', cluster: 'prod' };
const sha = 'ab'.padEnd(64, '0');

function manifest(files: { key: string; size: number }[]): NodeManifest {
  return {
    formatVersion: 1, cluster: 'prod', backupName: 'b1', nodeId: 'node-0', hostId: 'h', datacenter: 'dc1', rack: 'rack1',
    cassandraVersion: '5.0.4', tokens: ['-9223372036854775808', '42'], snapshotAt: '2026-01-01T00:00:00Z', completedAt: '2026-01-01T00:01:00Z',
    schemaCql: { ks: 'CREATE KEYSPACE ks ...' },
    files: files.map((f) => ({ ...f, keyspace: 'ks', table: 't', tableId: 't-1', fileName: 'nb-1-big-Data.db', sha256: sha })),
  };
}

describe('object layout', () => {
  it('puts data content-addressed under cluster/node/keyspace/table with a hash fan-out', () => {
    expect(dataKey(root, { nodeId: 'node-0', keyspace: 'ks', tableId: 'users-5bc5', fileName: 'nb-1-big-Data.db', sha256: sha })).toBe(
      `backups/prod/data/node-0/ks/users-5bc5/ab/${sha}-nb-1-big-Data.db`,
    );
    expect(dataKey({ prefix: '', cluster: 'c' }, { nodeId: 'n', keyspace: 'k', tableId: 't', fileName: 'f', sha256: sha })).toBe(`c/data/n/k/t/ab/${sha}-f`);
  });

  it('names node and cluster manifests under the backup', () => {
    expect(nodeManifestKey(root, 'nightly-2026.01.01', 'node-2')).toBe('backups/prod/backups/nightly-2026.01.01/nodes/node-2.json');
    expect(clusterManifestKey(root, 'b1')).toBe('backups/prod/backups/b1/manifest.json');
    expect(backupNameOfManifestKey(root, 'backups/prod/backups/b1/manifest.json')).toBe('b1');
    expect(backupNameOfManifestKey(root, 'backups/prod/backups/b1/nodes/manifest.json')).toBeUndefined();
    expect(backupNameOfManifestKey(root, 'backups/other/backups/b1/manifest.json')).toBeUndefined();
  });

  it('refuses path segments that could escape or collide', () => {
    expect(() => dataKey(root, { nodeId: '../x', keyspace: 'ks', tableId: 't', fileName: 'f', sha256: sha })).toThrow("must not contain '/'");
    expect(() => dataKey(root, { nodeId: '..', keyspace: 'ks', tableId: 't', fileName: 'f', sha256: sha })).toThrow(InvalidKeyError);
    expect(() => dataKey(root, { nodeId: 'n', keyspace: 'ks', tableId: 't', fileName: 'f', sha256: 'XYZ' })).toThrow('64 lower-case hex');
    expect(() => nodeManifestKey(root, '../../etc', 'n')).toThrow(InvalidBackupNameError);
  });
});

describe('backup names', () => {
  it.each(['a', 'nightly_2026-01-01.full', 'A'.repeat(128), '-x', 'x.y'])('accepts %j', (name) => {
    expect(backupNameProblem(name)).toBeUndefined();
  });

  it.each([
    ['', 'empty'],
    ['a'.repeat(129), '129 characters long; at most 128'],
    ['.hidden', "starts with '.'"],
    ['a..b', "contains '..'"],
    ['a/b', 'contains "/"'],
    ['a b', 'contains " "'],
    ['é', 'contains "é"'],
  ])('rejects %j with a clear message', (name, message) => {
    expect(backupNameProblem(name)).toContain(message);
    expect(() => assertValidBackupName(name)).toThrow(message);
  });
});

describe('keys', () => {
  it.each(['/abs', 'a//b', 'a/', 'a/./b', 'a/../b', '.hidden/x', 'a\\b', 'a/\u0000', ''])('rejects %j', (key) => {
    expect(() => assertValidKey(key)).toThrow(InvalidKeyError);
  });
  it('accepts ordinary keys', () => {
    expect(() => assertValidKey(`x/y-1/${sha}-nb-1-big-Data.db`)).not.toThrow();
  });
});

describe('local directory layout (seeds/001)', () => {
  const local = { prefix: '', cluster: 'prod' };

  it('keeps one readable tree per node and backup', () => {
    expect(localDataKey(local, { backupName: 'b1', nodeId: 'node-0', keyspace: 'ks', table: 'users', fileName: 'nb-1-big-Data.db' })).toBe('prod/node-0/b1/ks/users/nb-1-big-Data.db');
    expect(localNodeManifestKey(local, 'b1', 'node-0')).toBe('prod/node-0/b1/node-manifest.json');
    expect(localBackupPrefix(local, 'node-0')).toBe('prod/node-0/');
  });

  it('refuses names that could escape the tree', () => {
    expect(() => localDataKey(local, { backupName: '..', nodeId: 'n', keyspace: 'ks', table: 't', fileName: 'f' })).toThrow(InvalidBackupNameError);
    expect(() => localDataKey(local, { backupName: 'b', nodeId: 'n', keyspace: 'ks', table: 't', fileName: '.idx/f' })).toThrow("must not contain '/'");
    expect(() => localNodeManifestKey(local, 'b', '../n')).toThrow("must not contain '/'");
  });
});

describe('manifests and purge', () => {
  it('accepts incremental markers and a base backup, and nothing but booleans as markers', () => {
    const incremental = manifest([{ key: 'k', size: 1 }]);
    const marked = { ...incremental, baseBackup: 'b0', files: incremental.files.map((f) => ({ ...f, incremental: true })) };
    expect(NodeManifestSchema.parse(marked).files[0]?.incremental).toBe(true);
    expect(NodeManifestSchema.parse(marked).baseBackup).toBe('b0');
    expect(NodeManifestSchema.safeParse({ ...marked, files: [{ ...marked.files[0], incremental: 'yes' }] }).success).toBe(false);
  });

  it('validates node manifests and reports what is wrong', () => {
    expect(NodeManifestSchema.safeParse(manifest([{ key: 'k', size: 1 }])).success).toBe(true);
    const bad = NodeManifestSchema.safeParse({ ...manifest([]), tokens: ['abc'], files: [{ key: 'k', size: -1 }] });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['tokens.0', 'files.0.size', 'files.0.sha256']));
  });

  it('never lists a key that a kept backup still uses as deletable', () => {
    const kept = [manifest([{ key: 'd/1', size: 1 }, { key: 'd/2', size: 2 }]), manifest([{ key: 'd/2', size: 2 }, { key: 'd/3', size: 3 }])];
    expect([...referencedKeys(kept)].sort()).toEqual(['d/1', 'd/2', 'd/3']);
    expect(unreferencedKeys(['d/1', 'd/2', 'd/3', 'd/4', 'd/5'], kept)).toEqual(['d/4', 'd/5']);
    expect(unreferencedKeys(['d/1'], [])).toEqual(['d/1']);
  });
});
