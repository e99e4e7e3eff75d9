// Purge: which backups go (by age and/or count), and for S3 which objects, in a safe order. A data
// object is shared by every backup that holds the same SSTable, so it is deleted only when no kept
// backup references it. Order: cluster manifests first (the backup stops existing at once), then node
// manifests, then the data nobody references; a purge interrupted at any point leaves every kept
// backup whole.
import {
  backupsPrefix,
  dataPrefix,
  listAll,
  readBackup,
  referencedKeys,
  type BackupStorage,
  type LayoutRoot,
  type NodeManifest,
} from '@cassandra-mesos/backup-storage';

export interface PurgeCandidate {
  readonly name: string;
  readonly createdAtMs: number;
}

export interface PurgeRules {
  readonly olderThanDays?: number | undefined;
  readonly keepLast?: number | undefined;
}

const DAY_MS = 86_400_000;

/**
 * Splits backups into purged and kept. With both rules a backup goes only when both say so (the
 * newest `keepLast` always stay, and nothing younger than `olderThanDays`). Oldest first in each list.
 */
export function choosePurged(backups: readonly PurgeCandidate[], rules: PurgeRules, nowMs: number): { purge: PurgeCandidate[]; keep: PurgeCandidate[] } {
  const newestFirst = [...backups].sort((a, b) => b.createdAtMs - a.createdAtMs || (a.name < b.name ? 1 : -1));
  const purge: PurgeCandidate[] = [];
  const keep: PurgeCandidate[] = [];
  newestFirst.forEach((b, index) => {
    const beyondCount = rules.keepLast === undefined || index >= rules.keepLast;
    const oldEnough = rules.olderThanDays === undefined || b.createdAtMs < nowMs - rules.olderThanDays * DAY_MS;
    (beyondCount && oldEnough ? purge : keep).push(b);
  });
  return { purge: purge.reverse(), keep: keep.reverse() };
}

export interface S3PurgePlan {
  /** Deleted one phase after the other: cluster manifests, the rest of the purged backups' objects (node manifests), unreferenced data. */
  readonly phases: readonly [clusterManifests: string[], nodeManifests: string[], data: string[]];
  readonly deletedBytes: number;
  /** Data objects the purged backups used that a kept backup still references. */
  readonly sharedObjectsKept: number;
}

/**
 * Plans the deletion of `purged` under `root`. Every kept backup's manifests are read first (and
 * checked against their cluster manifest); if one cannot be read, the plan fails and nothing is
 * deleted, since its data could not be protected.
 */
export async function planS3Purge(storage: BackupStorage, root: LayoutRoot, purged: readonly string[], kept: readonly string[]): Promise<S3PurgePlan> {
  const keptManifests: NodeManifest[] = [];
  for (const name of kept) {
    try {
      keptManifests.push(...(await readBackup(storage, root, name)).nodes);
    } catch (err) {
      throw new Error(`kept backup '${name}' cannot be read (${err instanceof Error ? err.message : String(err)}), so the data it uses cannot be told apart; nothing was deleted. Verify it (POST /v1/backups/${name}/verify) and fix or purge it first`);
    }
  }
  const used = referencedKeys(keptManifests);
  const purgedUse = new Set<string>();
  for (const name of purged) {
    try {
      for (const key of referencedKeys((await readBackup(storage, root, name)).nodes)) purgedUse.add(key);
    } catch {
      // A damaged backup being purged: its data is found by the unreferenced-data sweep below anyway.
    }
  }
  const manifests: string[] = [];
  const rest: string[] = [];
  let deletedBytes = 0;
  for (const name of purged) {
    for await (const object of listAll(storage, `${backupsPrefix(root)}${name}/`)) {
      (object.key === `${backupsPrefix(root)}${name}/manifest.json` ? manifests : rest).push(object.key);
      deletedBytes += object.size;
    }
  }
  const data: string[] = [];
  for await (const object of listAll(storage, dataPrefix(root))) {
    if (used.has(object.key)) continue;
    data.push(object.key);
    deletedBytes += object.size;
  }
  const sharedObjectsKept = [...purgedUse].filter((k) => used.has(k)).length;
  return { phases: [manifests, rest, data], deletedBytes, sharedObjectsKept };
}

/** Every key of the plan in deletion order. */
export function purgeOrder(plan: S3PurgePlan): string[] {
  return plan.phases.flat();
}

/**
 * Deletes phase by phase, each in batches (S3 DeleteObjects takes at most 1000 keys and does not keep
 * an order inside one call), so no node manifest or data goes before every cluster manifest is gone.
 */
export async function executePurge(storage: BackupStorage, plan: S3PurgePlan, batchSize = 1000): Promise<void> {
  for (const phase of plan.phases) {
    for (let i = 0; i < phase.length; i += batchSize) await storage.deleteMany(phase.slice(i, i + batchSize));
  }
}
