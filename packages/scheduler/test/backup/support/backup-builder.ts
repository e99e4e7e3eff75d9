// Builds backups in a real BackupStorage the way the executors do (data objects by content, one node
// manifest per node, the cluster manifest last), for the catalogue, commit, verify and purge tests.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  dataKey,
  LocalDirectoryStorage,
  manifestTotals,
  writeClusterManifest,
  writeNodeManifest,
  type BackupStorage,
  type LayoutRoot,
  type NodeManifest,
} from '@cassandra-mesos/backup-storage';
import { localNotReachable, type StorageLocation, type StorageOpener } from '../../../src/backup';

export interface FileSpec {
  readonly keyspace: string;
  readonly table: string;
  readonly fileName: string;
  readonly content: string;
}

export interface NodeSpec {
  readonly nodeId: string;
  readonly files: readonly FileSpec[];
  /** Default ['-9000000000000000000', '42']. */
  readonly tokens?: readonly string[];
  /** Default 1 (SimpleStrategy) for every keyspace. */
  readonly replicationFactor?: number;
  /** Default dc1. */
  readonly datacenter?: string;
}

export interface BuiltNode {
  readonly nodeId: string;
  readonly manifest: NodeManifest;
  readonly manifestKey: string;
  readonly manifestSha256: string;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Uploads the nodes' files and writes their node manifests; commits (cluster manifest) when `commit`. */
export async function buildBackup(storage: BackupStorage, root: LayoutRoot, name: string, nodes: readonly NodeSpec[], options: { commit?: boolean; at?: Date } = {}): Promise<BuiltNode[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'backup-builder-'));
  const at = (options.at ?? new Date('2024-05-01T02:00:00.000Z')).toISOString();
  try {
    const built: BuiltNode[] = [];
    for (const node of nodes) {
      const files = [];
      for (const [i, f] of node.files.entries()) {
        const local = join(scratch, `${node.nodeId}-${i}`);
        writeFileSync(local, f.content);
        const sha = sha256(f.content);
        const tableId = `${f.table}-0123456789abcdef0123456789abcdef`;
        const key = dataKey(root, { nodeId: node.nodeId, keyspace: f.keyspace, tableId, fileName: f.fileName, sha256: sha });
        if (!(await storage.head(key))) await storage.putFile(key, local, { size: Buffer.byteLength(f.content), sha256: sha });
        files.push({ key, keyspace: f.keyspace, table: f.table, tableId, fileName: f.fileName, size: Buffer.byteLength(f.content), sha256: sha });
      }
      const keyspaces = [...new Set(node.files.map((f) => f.keyspace))];
      const manifest: NodeManifest = {
        formatVersion: 1,
        cluster: root.cluster,
        backupName: name,
        nodeId: node.nodeId,
        hostId: `host-id-${node.nodeId}`,
        datacenter: node.datacenter ?? 'dc1',
        rack: 'rack1',
        cassandraVersion: '5.0.4',
        tokens: [...(node.tokens ?? ['-9000000000000000000', '42'])],
        snapshotAt: at,
        completedAt: at,
        schemaCql: Object.fromEntries(keyspaces.map((k) => [k, `CREATE KEYSPACE ${k} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': ${node.replicationFactor ?? 1}};`])),
        files,
      };
      const written = await writeNodeManifest(storage, root, manifest);
      built.push({ nodeId: node.nodeId, manifest, manifestKey: written.key, manifestSha256: written.sha256 });
    }
    if (options.commit !== false) {
      await writeClusterManifest(storage, root, {
        formatVersion: 1,
        cluster: root.cluster,
        backupName: name,
        startedAt: at,
        completedAt: at,
        keyspaces: [...new Set(nodes.flatMap((n) => n.files.map((f) => f.keyspace)))].sort(),
        nodes: built.map((b) => ({ nodeId: b.nodeId, manifestKey: b.manifestKey, manifestSha256: b.manifestSha256, ...manifestTotals(b.manifest) })),
      });
    }
    return built;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Three nodes with one table each; `extra` adds a file per node (so backups share all but that file). */
export function threeNodes(extra?: string): NodeSpec[] {
  return ['node-0', 'node-1', 'node-2'].map((nodeId) => ({
    nodeId,
    files: [
      { keyspace: 'shop', table: 'orders', fileName: 'nb-1-big-Data.db', content: `orders of ${nodeId}\n`.repeat(20) },
      { keyspace: 'shop', table: 'orders', fileName: 'nb-1-big-Index.db', content: `index of ${nodeId}\n` },
      ...(extra ? [{ keyspace: 'shop', table: 'orders', fileName: `nb-${extra}-big-Data.db`, content: `${extra} on ${nodeId}\n`.repeat(5) }] : []),
    ],
  }));
}

/**
 * S3 locations served from local directories (one per bucket), so unit tests exercise the real
 * storage code paths without an S3 server; local locations are refused as the real opener does.
 */
export class DirectoryOpener implements StorageOpener {
  readonly opened: string[] = [];
  constructor(readonly dir: string) {}

  storageOf(bucket: string): LocalDirectoryStorage {
    return new LocalDirectoryStorage(join(this.dir, bucket));
  }

  open(location: StorageLocation, cluster: string) {
    if (location.storage !== 's3') throw localNotReachable(location, 'this operation');
    this.opened.push(location.bucket);
    return { storage: this.storageOf(location.bucket), root: { prefix: location.prefix, cluster }, close: () => undefined };
  }
}
