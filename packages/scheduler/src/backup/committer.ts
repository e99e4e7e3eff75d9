// The commit of a backup (decision commit-backup): every node's part is uploaded and its node manifest
// written; now the backup comes into existence. S3: re-read each node manifest, check it is the one
// the node reported (SHA-256), and write the cluster manifest (writeClusterManifest: the commit
// point). Local: the node manifests are on the agents; the catalogue entry is the record. Both: the
// catalogue entry (no secrets). Idempotent: a new leader repeats a commit it cannot know was done.
import {
  clusterManifestKey as clusterManifestKeyOf,
  jsonDocumentSha256,
  manifestTotals,
  nodeManifestKey,
  NotFoundError,
  readClusterManifest,
  readNodeManifest,
  writeClusterManifest,
  type ClusterManifest,
  type NodeManifest,
} from '@cassandra-mesos/backup-storage';
import { cassandra_mesos } from '@cassandra-mesos/model';
import type { BackupCatalogue, CatalogueEntry, CatalogueNode } from './catalogue';
import { locationOfOptions } from './location';
import { withStorage, type StorageOpener } from './storage-access';
import type { BackupTypeName, StorageKeys } from './types';

type ClusterJob = cassandra_mesos.v1.ClusterJob;
type NodeJobRecord = cassandra_mesos.v1.NodeJobRecord;
const { BackupType, NodeJobState } = cassandra_mesos.v1;

export interface CommitOutcome {
  readonly ok: boolean;
  readonly message: string;
  readonly entry?: CatalogueEntry;
}

/** What the commit needs to know about the job's S3 keys: the keys, none (use env/default chain), or lost. */
export type KeysLookup = { readonly kind: 'keys'; readonly keys: StorageKeys | undefined } | { readonly kind: 'lost'; readonly message: string };

export interface BackupCommitterOptions {
  /** The catalogue the leader writes (a fenced store). */
  readonly catalogue: BackupCatalogue;
  readonly opener: StorageOpener;
  readonly now: () => number;
}

export function backupTypeName(type: number | null | undefined): BackupTypeName {
  if (type === BackupType.CLUSTER_CONSISTENT) return 'CLUSTER_CONSISTENT';
  if (type === BackupType.INCREMENTAL) return 'INCREMENTAL';
  return 'NODE_SNAPSHOT';
}

function sameNodes(a: ClusterManifest, b: ClusterManifest): boolean {
  const digests = (m: ClusterManifest): string => m.nodes.map((n) => `${n.nodeId}=${n.manifestSha256}`).sort().join(',');
  return digests(a) === digests(b);
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export class BackupCommitter {
  constructor(private readonly options: BackupCommitterOptions) {}

  /**
   * Commits the backup of `job` from its upload records. `cluster` is the storage namespace (this
   * framework's name); `hostnames` names each node for the catalogue. Never throws: a failure is an
   * outcome with a message that names what is wrong.
   */
  async commit(job: ClusterJob, records: readonly NodeJobRecord[], cluster: string, keys: KeysLookup, hostnames: ReadonlyMap<string, string>): Promise<CommitOutcome> {
    const name = job.params?.backup?.backupName ?? '';
    try {
      const notDone = records.filter((r) => r.state !== NodeJobState.NODE_JOB_SUCCEEDED);
      if (records.length === 0) return { ok: false, message: `backup ${name} has no node parts to commit` };
      if (notDone.length > 0) {
        const which = notDone.map((r) => `${r.nodeId} (${(NodeJobState[r.state] ?? 'UNKNOWN').replace(/^NODE_JOB_/, '')}${r.failureMessage ? `: ${r.failureMessage}` : ''})`);
        return { ok: false, message: `backup ${name} cannot be committed: every node's part must succeed, and ${which.join(', ')} did not` };
      }
      const location = locationOfOptions(job.params?.backup);
      const nodes: CatalogueNode[] = [];
      let keyspaces: string[] = [];
      let clusterManifestKey = '';
      let committedAtMs = this.options.now();
      if (location.storage === 's3') {
        if (keys.kind === 'lost') return { ok: false, message: keys.message };
        const written = await withStorage(this.options.opener, location, cluster, keys.keys, async ({ storage, root }) => {
          const manifests: Array<{ record: NodeJobRecord; manifest: NodeManifest; key: string; sha: string }> = [];
          for (const record of records) {
            const key = nodeManifestKey(root, name, record.nodeId);
            if (record.manifestKey && record.manifestKey !== key) {
              throw new Error(`${record.nodeId} reported node manifest '${record.manifestKey}', but backup ${name} keeps it at '${key}'`);
            }
            const manifest = await readNodeManifest(storage, root, name, record.nodeId);
            const sha = jsonDocumentSha256(manifest);
            if (record.manifestSha256 && record.manifestSha256 !== sha) {
              throw new Error(`node manifest '${key}' has SHA-256 ${sha}, not the ${record.manifestSha256} ${record.nodeId} reported: it was rewritten after the upload; back up again`);
            }
            manifests.push({ record, manifest, key, sha });
          }
          keyspaces = [...new Set(manifests.flatMap(({ manifest }) => [...manifest.files.map((f) => f.keyspace), ...Object.keys(manifest.schemaCql)]))].sort();
          const clusterManifest: ClusterManifest = {
            formatVersion: 1,
            cluster,
            backupName: name,
            startedAt: iso(Number(job.startedAtMs) || this.options.now()),
            completedAt: iso(committedAtMs),
            keyspaces,
            nodes: manifests.map(({ manifest, key, sha }) => ({ nodeId: manifest.nodeId, manifestKey: key, manifestSha256: sha, ...manifestTotals(manifest) })),
          };
          // A commit repeated by a new leader finds its own cluster manifest: it stays as it was.
          const existing = await readClusterManifest(storage, root, name).catch((err: unknown) => {
            if (err instanceof NotFoundError) return undefined;
            throw err;
          });
          const same = existing !== undefined && sameNodes(existing, clusterManifest);
          if (existing && !same) throw new Error(`backup ${name} already has a cluster manifest with other node manifests; backup names are unique: choose another name`);
          if (existing) committedAtMs = Date.parse(existing.completedAt);
          const manifestKey = same ? clusterManifestKeyOf(root, name) : await writeClusterManifest(storage, root, clusterManifest);
          for (const { record, manifest, key, sha } of manifests) {
            const totals = manifestTotals(manifest);
            nodes.push({
              nodeId: record.nodeId,
              hostname: hostnames.get(record.nodeId) ?? '',
              bytes: totals.bytes,
              files: totals.files,
              bytesSkipped: Number(record.bytesSkipped) || 0,
              manifestKey: key,
              manifestSha256: sha,
            });
          }
          return manifestKey;
        });
        clusterManifestKey = written;
      } else {
        keyspaces = [...new Set(records.flatMap((r) => r.keyspaces.map((k) => k.keyspace ?? '').filter((k) => k !== '')))].sort();
        for (const record of records) {
          nodes.push({
            nodeId: record.nodeId,
            hostname: hostnames.get(record.nodeId) ?? '',
            bytes: Number(record.bytesTotal) || 0,
            files: record.filesTotal,
            bytesSkipped: Number(record.bytesSkipped) || 0,
            manifestKey: record.manifestKey,
            manifestSha256: record.manifestSha256,
          });
        }
      }
      const entry: CatalogueEntry = {
        formatVersion: 1,
        cluster,
        name,
        type: backupTypeName(job.params?.backup?.backupType),
        location,
        baseBackup: job.params?.backup?.baseBackup ?? '',
        jobId: job.jobId,
        startedAtMs: Number(job.startedAtMs) || 0,
        committedAtMs,
        keyspaces,
        clusterManifestKey,
        nodes,
        totalBytes: nodes.reduce((s, n) => s + n.bytes, 0),
        totalFiles: nodes.reduce((s, n) => s + n.files, 0),
        bytesSkipped: nodes.reduce((s, n) => s + n.bytesSkipped, 0),
      };
      const dropped = await this.options.catalogue.record(entry);
      const note = dropped.length > 0 ? `; ${dropped.length} oldest S3 backup(s) left the catalogue to keep it bounded (their manifests stay in S3)` : '';
      const where = clusterManifestKey ? `cluster manifest ${clusterManifestKey}` : 'catalogue entry (local backup)';
      return { ok: true, message: `backup ${name} committed: ${nodes.length} node(s), ${entry.totalFiles} files, ${entry.totalBytes} bytes; ${where}${note}`, entry };
    } catch (err) {
      return { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
  }
}
