// Verification of a committed S3 backup: the cluster manifest, every node manifest it commits (by the
// SHA-256 it recorded), and every data object they list: present, the right size (HEAD), and the right
// SHA-256 (streamed through a hash into a temporary file that is deleted at once). Every problem is
// reported, each naming the object's key; verification does not stop at the first.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CorruptError,
  forEachLimited,
  jsonDocumentSha256,
  NotFoundError,
  readClusterManifest,
  readNodeManifest,
  type BackupStorage,
  type LayoutRoot,
  type ManifestFile,
} from '@cassandra-mesos/backup-storage';
import type { VerifyProblem } from './types';

export interface ObjectCheckResult {
  readonly checkedObjects: number;
  readonly checkedBytes: number;
  readonly problems: VerifyProblem[];
}

export interface VerifyOptions {
  /** Objects checked at once (default 4). */
  readonly concurrency?: number;
  /** Where the streamed copies go (default the OS temp directory); each is deleted right after its check. */
  readonly scratchDir?: string;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Checks one data object against what its manifest says. */
async function checkObject(storage: BackupStorage, file: ManifestFile, nodeId: string, scratch: string): Promise<VerifyProblem | undefined> {
  let info;
  try {
    info = await storage.head(file.key);
  } catch (err) {
    return { kind: 'UNREADABLE', key: file.key, nodeId, message: `'${file.key}' could not be read: ${messageOf(err)}` };
  }
  if (!info) return { kind: 'MISSING', key: file.key, nodeId, message: `'${file.key}' (${file.keyspace}.${file.table}/${file.fileName}, ${file.size} bytes) is missing` };
  if (info.size !== file.size) {
    return { kind: 'WRONG_SIZE', key: file.key, nodeId, message: `'${file.key}' has ${info.size} bytes; the manifest says ${file.size}` };
  }
  const copy = join(scratch, `${randomBytes(8).toString('hex')}.verify`);
  try {
    await storage.getFile(file.key, copy, { expected: { size: file.size, sha256: file.sha256 } });
    return undefined;
  } catch (err) {
    if (err instanceof NotFoundError) return { kind: 'MISSING', key: file.key, nodeId, message: `'${file.key}' disappeared while it was checked` };
    if (err instanceof CorruptError) {
      const kind = err.actual.size !== file.size ? 'WRONG_SIZE' : 'WRONG_CHECKSUM';
      return { kind, key: file.key, nodeId, message: `'${file.key}' has ${err.actual.size} bytes with SHA-256 ${err.actual.sha256}; the manifest says ${file.size} bytes with SHA-256 ${file.sha256}` };
    }
    return { kind: 'UNREADABLE', key: file.key, nodeId, message: `'${file.key}' could not be read: ${messageOf(err)}` };
  } finally {
    await rm(copy, { force: true });
  }
}

/**
 * Verifies backup `name` under `root`. A missing cluster manifest is NotFoundError (the backup does not
 * exist); everything else becomes a problem in the result.
 */
export async function verifyStoredBackup(storage: BackupStorage, root: LayoutRoot, name: string, options: VerifyOptions = {}): Promise<ObjectCheckResult> {
  const cluster = await readClusterManifest(storage, root, name);
  const problems: VerifyProblem[] = [];
  const files: Array<{ file: ManifestFile; nodeId: string }> = [];
  let checkedObjects = 1;
  for (const node of cluster.nodes) {
    checkedObjects += 1;
    try {
      const manifest = await readNodeManifest(storage, root, name, node.nodeId);
      const sha = jsonDocumentSha256(manifest);
      if (sha !== node.manifestSha256) {
        problems.push({ kind: 'WRONG_CHECKSUM', key: node.manifestKey, nodeId: node.nodeId, message: `node manifest '${node.manifestKey}' has SHA-256 ${sha}; the cluster manifest committed ${node.manifestSha256}` });
      }
      for (const file of manifest.files) files.push({ file, nodeId: node.nodeId });
    } catch (err) {
      const kind = err instanceof NotFoundError ? 'MISSING' : err instanceof CorruptError ? 'WRONG_CHECKSUM' : 'UNREADABLE';
      problems.push({ kind, key: node.manifestKey, nodeId: node.nodeId, message: `node manifest '${node.manifestKey}' ${kind === 'MISSING' ? 'is missing' : `cannot be used: ${messageOf(err)}`}; its node's files were not checked` });
    }
  }
  const scratch = await mkdtemp(join(options.scratchDir ?? tmpdir(), 'cassandra-mesos-verify-'));
  let checkedBytes = 0;
  try {
    await forEachLimited(files, options.concurrency ?? 4, async ({ file, nodeId }) => {
      const problem = await checkObject(storage, file, nodeId, scratch);
      if (problem) problems.push(problem);
      else checkedBytes += file.size;
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  problems.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { checkedObjects: checkedObjects + files.length, checkedBytes, problems };
}
