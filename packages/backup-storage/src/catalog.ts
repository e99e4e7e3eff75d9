import { CorruptError } from './errors';
import { jsonDocumentBytes, jsonDocumentSha256, sha256Hex } from './hashing';
import {
  backupNameOfManifestKey,
  backupsPrefix,
  clusterManifestKey,
  ClusterManifestSchema,
  describeSchemaError,
  manifestTotals,
  nodeManifestKey,
  NodeManifestSchema,
  type ClusterManifest,
  type LayoutRoot,
  type NodeManifest,
} from './layout';
import { listAll, type BackupStorage } from './storage';

/** A complete backup: its cluster manifest exists. */
export interface BackupListing {
  readonly name: string;
  readonly manifestKey: string;
  readonly lastModified: Date | undefined;
}

/**
 * Backups of the cluster whose cluster manifest exists, by name. A backup that failed or is still
 * running has node manifests at most, and does not appear.
 */
export async function listBackups(storage: BackupStorage, root: LayoutRoot): Promise<BackupListing[]> {
  const out: BackupListing[] = [];
  for await (const object of listAll(storage, backupsPrefix(root))) {
    const name = backupNameOfManifestKey(root, object.key);
    if (name !== undefined) out.push({ name, manifestKey: object.key, lastModified: object.lastModified });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Writes a node manifest; returns its key and the SHA-256 of the stored document (for the cluster manifest). */
export async function writeNodeManifest(storage: BackupStorage, root: LayoutRoot, manifest: NodeManifest): Promise<{ key: string; sha256: string }> {
  const parsed = NodeManifestSchema.safeParse(manifest);
  if (!parsed.success) throw new Error(describeSchemaError(`node manifest of ${manifest.nodeId} for backup ${manifest.backupName} is invalid`, parsed.error));
  const key = nodeManifestKey(root, manifest.backupName, manifest.nodeId);
  await storage.putJson(key, parsed.data);
  return { key, sha256: jsonDocumentSha256(parsed.data) };
}

export async function readNodeManifest(storage: BackupStorage, root: LayoutRoot, backupName: string, nodeId: string): Promise<NodeManifest> {
  const key = nodeManifestKey(root, backupName, nodeId);
  const parsed = NodeManifestSchema.safeParse(await storage.getJson(key));
  if (!parsed.success) throw new Error(describeSchemaError(`'${key}' is not a valid node manifest`, parsed.error));
  return parsed.data;
}

/**
 * Writes the cluster manifest: the commit point of a backup. It first re-reads every node manifest
 * it lists and checks the document's SHA-256, so a backup can only become visible when all of its
 * parts are in place.
 */
export async function writeClusterManifest(storage: BackupStorage, root: LayoutRoot, manifest: ClusterManifest): Promise<string> {
  const parsed = ClusterManifestSchema.safeParse(manifest);
  if (!parsed.success) throw new Error(describeSchemaError(`cluster manifest of backup ${manifest.backupName} is invalid`, parsed.error));
  for (const node of parsed.data.nodes) {
    const expectedKey = nodeManifestKey(root, parsed.data.backupName, node.nodeId);
    if (node.manifestKey !== expectedKey) throw new Error(`cluster manifest lists '${node.manifestKey}' for node ${node.nodeId}; expected '${expectedKey}'`);
    const nodeManifest = await readNodeManifest(storage, root, parsed.data.backupName, node.nodeId);
    const actual = jsonDocumentSha256(nodeManifest);
    if (actual !== node.manifestSha256) {
      throw new Error(`node manifest '${expectedKey}' has sha256 ${actual}, not the ${node.manifestSha256} the cluster manifest records; the node's backup was rewritten, refusing to commit`);
    }
    const totals = manifestTotals(nodeManifest);
    if (totals.files !== node.files || totals.bytes !== node.bytes) {
      throw new Error(`node manifest '${expectedKey}' lists ${totals.files} files / ${totals.bytes} bytes, the cluster manifest says ${node.files} / ${node.bytes}`);
    }
  }
  const key = clusterManifestKey(root, parsed.data.backupName);
  await storage.putJson(key, parsed.data);
  return key;
}

/** Reads a complete backup's cluster manifest; NotFoundError if the backup does not exist (or never completed). */
export async function readClusterManifest(storage: BackupStorage, root: LayoutRoot, backupName: string): Promise<ClusterManifest> {
  const key = clusterManifestKey(root, backupName);
  const parsed = ClusterManifestSchema.safeParse(await storage.getJson(key));
  if (!parsed.success) throw new Error(describeSchemaError(`'${key}' is not a valid cluster manifest`, parsed.error));
  return parsed.data;
}

/** All node manifests of a complete backup, each checked against the SHA-256 the cluster manifest recorded. */
export async function readBackup(storage: BackupStorage, root: LayoutRoot, backupName: string): Promise<{ cluster: ClusterManifest; nodes: NodeManifest[] }> {
  const cluster = await readClusterManifest(storage, root, backupName);
  const nodes: NodeManifest[] = [];
  for (const node of cluster.nodes) {
    const m = await readNodeManifest(storage, root, backupName, node.nodeId);
    const bytes = jsonDocumentBytes(m);
    const actual = sha256Hex(bytes);
    if (actual !== node.manifestSha256) {
      throw new CorruptError(node.manifestKey, { size: bytes.length, sha256: node.manifestSha256 }, { size: bytes.length, sha256: actual }, 'The node manifest differs from the one the cluster manifest committed.');
    }
    nodes.push(m);
  }
  return { cluster, nodes };
}

