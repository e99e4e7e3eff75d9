// Reads the node manifest a restore part works from. S3: only a committed backup counts (its cluster
// manifest exists, and the node manifest must have the SHA-256 the cluster manifest recorded). Local
// directory: the node manifest beside the backup's files (the catalogue entry is in ZooKeeper).
import { CorruptError, describeSchemaError, NodeManifestSchema, NotFoundError, readBackup, type NodeManifest } from '@cassandra-mesos/backup-storage';
import type { DataJobSpec, DataJobStorage } from '../data-jobs/context';
import { RestoreFailure } from './failure';

export async function readSourceManifest(handle: DataJobStorage, spec: DataJobSpec): Promise<{ manifest: NodeManifest; key: string }> {
  const backupName = spec.options.backupName;
  const nodeId = spec.sourceNodeId;
  const key = handle.nodeManifestKey(backupName, nodeId);
  const where = handle.storage.describe();
  const fail = (message: string, cause: unknown) => new RestoreFailure(undefined, message, { cause });
  let manifest: NodeManifest;
  if (handle.kind === 's3') {
    let backup: Awaited<ReturnType<typeof readBackup>>;
    try {
      backup = await readBackup(handle.storage, handle.root, backupName);
    } catch (error) {
      if (error instanceof NotFoundError) {
        throw fail(
          `backup ${backupName} of cluster ${handle.root.cluster} does not exist in ${where}: '${error.key}' is missing ` +
            '(a backup exists only once its cluster manifest is written); check the backup name and source cluster',
          error,
        );
      }
      throw fail(`cannot read backup ${backupName} of cluster ${handle.root.cluster} from ${where}: ${(error as Error).message}`, error);
    }
    const node = backup.nodes.find((m) => m.nodeId === nodeId);
    if (node === undefined) {
      const nodes = backup.nodes.map((m) => m.nodeId).join(', ') || 'none';
      throw fail(`backup ${backupName} of cluster ${handle.root.cluster} has no node ${nodeId} (it has: ${nodes}); map this node to one of them (node_mapping)`, undefined);
    }
    manifest = node;
  } else {
    let json: unknown;
    try {
      json = await handle.storage.getJson(key);
    } catch (error) {
      if (error instanceof NotFoundError) {
        throw fail(
          `backup ${backupName} has no manifest for node ${nodeId} in ${where} ('${key}' is missing): the backup does not exist on this node's disk, ` +
            'or it was taken by another node (check the backup name, source cluster and node mapping)',
          error,
        );
      }
      if (error instanceof CorruptError) throw fail(`the node manifest of backup ${backupName}: ${error.message}`, error);
      throw fail(`cannot read the node manifest '${key}' from ${where}: ${(error as Error).message}`, error);
    }
    const parsed = NodeManifestSchema.safeParse(json);
    if (!parsed.success) throw fail(describeSchemaError(`'${key}' in ${where} is not a valid node manifest`, parsed.error), undefined);
    manifest = parsed.data;
  }
  if (manifest.backupName !== backupName || manifest.nodeId !== nodeId) {
    throw fail(`'${key}' in ${where} is the manifest of backup ${manifest.backupName} node ${manifest.nodeId}, not of backup ${backupName} node ${nodeId}; the backup was tampered with`, undefined);
  }
  return { manifest, key };
}
