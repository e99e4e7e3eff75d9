// Restore planning (pure): which of this cluster's nodes get which backup node's files, whether the
// nodes are in the state the restore type needs, how many bytes each node gets with the request's
// filters, and how long that takes at the rate the last restore (or backup) achieved.
import { cassandra_mesos, isLive, type NodeRecord } from '@cassandra-mesos/model';
import type { ManifestFile, NodeManifest } from '@cassandra-mesos/backup-storage';
import { BackupServiceError, type RestorePlanNode, type RestorePlanView, type RestoreTypeName } from './types';

type ClusterJob = cassandra_mesos.v1.ClusterJob;
const { ClusterJobType, JobStatus, TargetRunState } = cassandra_mesos.v1;

/** A conservative rate when no finished backup or restore says better: 50 MB/s. */
export const DEFAULT_RATE_BYTES_PER_SECOND = 50_000_000;

/** What is known of a backup's nodes: bytes/files per node with the filters applied, or unknown. */
export interface BackupNodeFacts {
  readonly nodeId: string;
  readonly bytes: number;
  readonly files: number;
}

export interface RestoreSelection {
  readonly keyspaces: readonly string[];
  readonly tables: readonly string[];
  readonly snapshotOnly: boolean;
}

/** Incremental files carry `incremental: true` in node manifests that know the flag. */
function isIncremental(file: ManifestFile): boolean {
  return (file as ManifestFile & { readonly incremental?: boolean }).incremental === true;
}

/** Bytes and files of each node manifest that the selection restores. */
export function selectedFacts(manifests: readonly NodeManifest[], selection: RestoreSelection): BackupNodeFacts[] {
  return manifests.map((m) => {
    const files = m.files.filter(
      (f) => (selection.keyspaces.length === 0 || selection.keyspaces.includes(f.keyspace)) && (selection.tables.length === 0 || selection.tables.includes(f.table)) && !(selection.snapshotOnly && isIncremental(f)),
    );
    return { nodeId: m.nodeId, bytes: files.reduce((s, f) => s + f.size, 0), files: files.length };
  });
}

export interface MappingInput {
  /** This cluster's nodes that are restored, in order. */
  readonly targets: readonly NodeRecord[];
  /** Whether the request named the nodes (else: every node of the cluster). */
  readonly nodesNamed: boolean;
  /** this node id -> backup node id, as requested (keys resolved to node ids). */
  readonly mapping: Readonly<Record<string, string>>;
  /** The backup's node ids, when known. */
  readonly backupNodes: readonly string[] | undefined;
  readonly type: RestoreTypeName;
}

function refused(code: 'INVALID_ARGUMENT' | 'FAILED_PRECONDITION' | 'NOT_FOUND', message: string, reason: string): BackupServiceError {
  return new BackupServiceError(code, message, reason);
}

/** this node id -> backup node id for every target; refuses mappings that cannot work, saying why. */
export function mapRestoreNodes(input: MappingInput): Map<string, string> {
  const targetIds = new Set(input.targets.map((n) => n.nodeId));
  for (const from of Object.keys(input.mapping)) {
    if (!targetIds.has(from)) throw refused('INVALID_ARGUMENT', `nodeMapping names ${from}, which is not one of the nodes restored (${[...targetIds].join(', ')})`, 'INVALID_NODE_MAPPING');
  }
  const backup = input.backupNodes ? new Set(input.backupNodes) : undefined;
  if (backup && !input.nodesNamed && Object.keys(input.mapping).length === 0 && backup.size !== input.targets.length) {
    throw refused(
      'FAILED_PRECONDITION',
      `the backup has ${backup.size} node(s) (${[...backup].join(', ')}) and this cluster ${input.targets.length} (${[...targetIds].join(', ')}): restore into a cluster of the same size, or say which node gets which backup node's data (nodeMapping) or which nodes to restore (nodes)`,
      'NODE_COUNT_MISMATCH',
    );
  }
  const result = new Map<string, string>();
  const used = new Map<string, string>();
  for (const node of input.targets) {
    const source = input.mapping[node.nodeId] ?? node.nodeId;
    if (backup && !backup.has(source)) {
      const how = input.mapping[node.nodeId] ? `nodeMapping maps ${node.nodeId} to ${source}, which the backup does not have` : `the backup has no node ${node.nodeId}`;
      throw refused('INVALID_ARGUMENT', `${how}; its nodes are ${[...backup].join(', ')}: map each restored node to one of them (nodeMapping)`, 'INVALID_NODE_MAPPING');
    }
    const other = used.get(source);
    if (other) throw refused('INVALID_ARGUMENT', `backup node ${source} is mapped to both ${other} and ${node.nodeId}; each backup node's data goes to one node`, 'INVALID_NODE_MAPPING');
    used.set(source, node.nodeId);
    result.set(node.nodeId, source);
  }
  return result;
}

/** Nodes not in the state the restore type needs: CLUSTER_RESTORE imports into live nodes; NODE_RESTORE writes into stopped ones. */
export function checkNodeStates(targets: readonly NodeRecord[], type: RestoreTypeName): void {
  if (type === 'NODE_RESTORE') {
    const running = targets.filter((n) => isLive(n) || n.targetRunState !== TargetRunState.STOP).map((n) => n.nodeId);
    if (running.length > 0) {
      throw refused(
        'FAILED_PRECONDITION',
        `a node restore places files into a stopped node's data directory: stop ${running.join(', ')} first (PUT /v1/nodes/<node>/stop), wait until it is down, then restore; start it afterwards and repair it`,
        'NODES_NOT_STOPPED',
      );
    }
    return;
  }
  const down = targets.filter((n) => !isLive(n)).map((n) => n.nodeId);
  if (down.length > 0) {
    throw refused('FAILED_PRECONDITION', `a cluster restore imports into running nodes, and ${down.join(', ')} ${down.length === 1 ? 'is' : 'are'} not live; wait until every restored node is live, or restore the others (nodes)`, 'NODES_NOT_LIVE');
  }
}

/** The transfer rate of the newest successful restore, else backup, else the default. */
export function observedRate(history: readonly ClusterJob[]): { rate: number; source: RestorePlanView['rateSource'] } {
  for (const [type, source] of [[ClusterJobType.RESTORE, 'last-restore'], [ClusterJobType.BACKUP, 'last-backup']] as const) {
    const job = history.find((j) => j.type === type && j.status === JobStatus.JOB_SUCCEEDED && Number(j.bytesDone) > 0 && Number(j.finishedAtMs) > Number(j.startedAtMs));
    if (job) return { rate: Number(job.bytesDone) / ((Number(job.finishedAtMs) - Number(job.startedAtMs)) / 1000), source };
  }
  return { rate: DEFAULT_RATE_BYTES_PER_SECOND, source: 'default' };
}

export interface PlanInput {
  readonly backup: string;
  readonly sourceCluster: string;
  readonly type: RestoreTypeName;
  readonly location: string;
  readonly selection: RestoreSelection;
  readonly restoreSchema: boolean;
  readonly targets: readonly NodeRecord[];
  readonly mapping: ReadonlyMap<string, string>;
  /** Per backup node, with the selection applied; undefined when the backup's sizes are not known. */
  readonly facts: readonly BackupNodeFacts[] | undefined;
  readonly history: readonly ClusterJob[];
  readonly warnings: readonly string[];
  /** Per target node: ring tokens equal to its backup node's, or null when not compared. */
  readonly tokenMatches?: ReadonlyMap<string, boolean | null>;
}

export function restorePlan(input: PlanInput): RestorePlanView {
  const facts = new Map((input.facts ?? []).map((f) => [f.nodeId, f]));
  const nodes: RestorePlanNode[] = input.targets.map((n) => {
    const source = input.mapping.get(n.nodeId) ?? n.nodeId;
    const f = facts.get(source);
    return { nodeId: n.nodeId, ip: n.ip || null, hostname: n.hostname || null, backupNodeId: source, bytes: f?.bytes ?? 0, files: f?.files ?? 0, tokensMatch: input.tokenMatches?.get(n.nodeId) ?? null };
  });
  const totalBytes = nodes.reduce((s, n) => s + n.bytes, 0);
  const { rate, source } = observedRate(input.history);
  const warnings = [...input.warnings];
  if (!input.facts) warnings.push('the sizes of this backup are not known to the scheduler (a local backup without a catalogue entry); bytes and time are shown as 0');
  const emptyNodes = nodes.filter((n) => input.facts && n.files === 0).map((n) => n.nodeId);
  if (emptyNodes.length > 0) warnings.push(`nothing of the selected keyspaces/tables is in the backup for ${emptyNodes.join(', ')}`);
  return {
    dryRun: true,
    backup: input.backup,
    sourceCluster: input.sourceCluster,
    type: input.type,
    location: input.location,
    snapshotOnly: input.selection.snapshotOnly,
    restoreSchema: input.restoreSchema,
    keyspaces: [...input.selection.keyspaces],
    nodes,
    totalBytes,
    estimatedSeconds: Math.ceil(totalBytes / rate),
    rateBytesPerSecond: Math.round(rate),
    rateSource: source,
    warnings,
  };
}
