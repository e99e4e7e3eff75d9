// This node's most recent earlier backup, whose node manifest saves work: its checksums are reused
// for unchanged files (no re-read), and in a local directory its files are hard-linked instead of
// copied. Only a backup with a node manifest counts (one without never finished on this node); it need
// not be committed: a node manifest is written only after all of its files were verified.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { backupNameProblem, backupsPrefix, listAll, LocalDirectoryStorage, NotFoundError, type NodeManifest } from '@cassandra-mesos/backup-storage';
import type { DataJobStorage } from '../data-jobs/context';

/** S3: this node's manifests newest first, at most this many tried (one may be unreadable). */
const MAX_S3_CANDIDATES = 5;

export async function previousNodeManifest(target: DataJobStorage, nodeId: string, currentBackup: string): Promise<NodeManifest | undefined> {
  const names = target.kind === 'local' ? await localBackupNames(target, nodeId) : await s3BackupNames(target, nodeId);
  let best: NodeManifest | undefined;
  let tried = 0;
  for (const name of names) {
    if (name === currentBackup) continue;
    if (target.kind === 's3' && tried++ >= MAX_S3_CANDIDATES) break;
    let manifest: NodeManifest;
    try {
      manifest = await target.readNodeManifest(name, nodeId);
    } catch (err) {
      if (err instanceof NotFoundError) continue;
      throw err;
    }
    if (best === undefined || manifest.completedAt > best.completedAt) best = manifest;
    // S3 names come newest first: the first manifest found is the one.
    if (target.kind === 's3') break;
  }
  return best;
}

/** S3: the backups holding a node manifest of `nodeId` (`<prefix>/<cluster>/backups/<name>/nodes/<node>.json`), newest first. */
async function s3BackupNames(target: DataJobStorage, nodeId: string): Promise<string[]> {
  const prefix = backupsPrefix(target.root);
  const suffix = `/nodes/${nodeId}.json`;
  const found: { name: string; at: number }[] = [];
  for await (const object of listAll(target.storage, prefix)) {
    if (!object.key.endsWith(suffix)) continue;
    const name = object.key.slice(prefix.length, -suffix.length);
    if (backupNameProblem(name) === undefined) found.push({ name, at: object.lastModified?.getTime() ?? 0 });
  }
  return found.sort((a, b) => b.at - a.at).map((b) => b.name);
}

/** Local directory: `<root>/<cluster>/<node>/<backup>/`, every one of them (they are few and small). */
async function localBackupNames(target: DataJobStorage, nodeId: string): Promise<string[]> {
  if (!(target.storage instanceof LocalDirectoryStorage)) return [];
  try {
    const entries = await readdir(join(target.storage.root, target.root.cluster, nodeId), { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && backupNameProblem(e.name) === undefined).map((e) => e.name);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}
