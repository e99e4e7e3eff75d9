// Starting a restore: find the backup (the named location, its catalogue entry, or the default
// location; S3 manifests are read and checked), map this cluster's nodes onto the backup's nodes,
// check the nodes are in the state the restore type needs, then either answer the plan (dry run) or
// submit the RESTORE job with its BackupOptions.
import { cassandra_mesos, isLive, type BackupSchedulerSettings, type NodeRecord } from '@cassandra-mesos/model';
import type { NodeManifest } from '@cassandra-mesos/backup-storage';
import type { SchedulerGateway } from '../api/gateway';
import type { ClusterService, ClusterSnapshot } from '../api/service';
import { describeLocation, locationOptions } from './location';
import { checkBackupName, checkClusterName, checkCqlNames, checkKeys, checkWholeNumber, MAX_PARALLELISM, translated } from './request-checks';
import { checkNodeStates, mapRestoreNodes, restorePlan, selectedFacts, type BackupNodeFacts } from './restore-plan';
import { checkTokenOwnership, mappingByTokens, replicationFactors, ringTokensByNode, tokenMatches, type BackupTokens } from './restore-tokens';
import type { RingTokenReader } from './ring-tokens';
import type { StorageQueries } from './storage-queries';
import { BackupServiceError, type BackupJobView, type BackupKind, type RestorePlanView, type RestoreStartRequest, type RestoreTypeName, type StorageKeys } from './types';

const { RestoreType, TargetRunState } = cassandra_mesos.v1;
const NODE_ID = /^[A-Za-z0-9._-]{1,128}$/;

type StartJob = (request: { type: 'RESTORE'; params: cassandra_mesos.v1.JobParams.$Properties; requestedBy: string }, keys: StorageKeys | undefined, kind: BackupKind) => Promise<BackupJobView>;

export interface RestoreStarterOptions {
  readonly cluster: ClusterService;
  readonly gateway: Pick<SchedulerGateway, 'jobHistory'>;
  readonly settings: BackupSchedulerSettings;
  readonly queries: StorageQueries;
  readonly start: StartJob;
  /** Reads the ring's tokens for the token check; without it the tokens are not compared. */
  readonly ringTokens?: RingTokenReader | undefined;
}

function invalid(message: string, reason = 'INVALID_INPUT'): BackupServiceError {
  return new BackupServiceError('INVALID_ARGUMENT', message, reason);
}

export class RestoreStarter {
  constructor(private readonly options: RestoreStarterOptions) {}

  async start(request: RestoreStartRequest, principal: string): Promise<BackupJobView | RestorePlanView> {
    const snapshot = await translated(() => this.options.cluster.snapshot());
    const own = snapshot.target.frameworkName;
    const name = checkBackupName(request.name ?? '', 'name');
    const type: RestoreTypeName = request.type ?? 'CLUSTER_RESTORE';
    if (type !== 'CLUSTER_RESTORE' && type !== 'NODE_RESTORE') throw invalid(`type ${JSON.stringify(type)} is not a restore type: CLUSTER_RESTORE or NODE_RESTORE`);
    const sourceCluster = request.sourceCluster ? checkClusterName(request.sourceCluster) : own;
    const keyspaces = checkCqlNames(request.keyspaces, 'keyspaces');
    const tables = checkCqlNames(request.tables, 'tables');
    if (tables.length > 0 && keyspaces.length === 0) throw invalid('name the keyspaces these tables belong to (keyspaces)');
    const parallelism = checkWholeNumber(request.parallelism, 'parallelism', 1, MAX_PARALLELISM);
    const nodeTimeoutSeconds = checkWholeNumber(request.nodeTimeoutSeconds, 'nodeTimeoutSeconds', 60, 7 * 86_400);
    const keys = checkKeys(request.credentials);
    const targets = this.targets(snapshot, request.nodes);
    let requested = this.requestedMapping(snapshot, request.nodeMapping);

    const found = await this.options.queries.find(sourceCluster, name, { location: request.location, credentials: keys });
    if (keys && found.location.storage === 'local') throw invalid(`the request gives S3 keys, but backup '${name}' is at ${describeLocation(found.location)}, a local directory; leave the keys out`);
    const backupNodes = found.manifests?.cluster.nodes.map((n) => n.nodeId) ?? found.entry?.nodes.map((n) => n.nodeId);
    const backupKeyspaces = found.manifests?.cluster.keyspaces ?? found.entry?.keyspaces ?? [];
    const missing = backupKeyspaces.length > 0 ? keyspaces.filter((k) => !backupKeyspaces.includes(k)) : [];
    if (missing.length > 0) throw new BackupServiceError('NOT_FOUND', `backup '${name}' holds no keyspace ${missing.join(', ')}; it has ${backupKeyspaces.join(', ') || 'none'}`, 'KEYSPACE_NOT_IN_BACKUP');
    const warnings: string[] = [];
    const backupTokens: BackupTokens[] | undefined = found.manifests?.nodes.map((m) => ({ nodeId: m.nodeId, tokens: m.tokens }));
    const ringByAddress = backupTokens ? await this.readRing(snapshot, warnings) : undefined;
    const ring = ringByAddress ? ringTokensByNode(targets, ringByAddress) : undefined;
    // Into another cluster, the default pairs each node with the backup node that has its tokens
    // (a cluster deployed with CASSANDRA_MESOS_INITIAL_TOKENS_FROM), whatever the node ids are.
    if (sourceCluster !== own && Object.keys(requested).length === 0 && ring && backupTokens) requested = mappingByTokens(targets, ring, backupTokens) ?? requested;
    const mapping = mapRestoreNodes({ targets, nodesNamed: (request.nodes ?? []).length > 0, mapping: requested, backupNodes, type });
    const matches = tokenMatches(mapping, ring, backupTokens);
    const selection = { keyspaces, tables, snapshotOnly: request.snapshotOnly === true };
    const ownership = (): void => {
      if (type !== 'CLUSTER_RESTORE' || !found.manifests || !ringByAddress) return;
      const restored = keyspaces.length > 0 ? keyspaces : backupKeyspaces;
      const known = restoredFactors(found.manifests.nodes);
      const factors = new Map(restored.map((ks) => [ks, known.get(ks)] as const));
      checkTokenOwnership({ matches, mapping, clusterNodeCount: ringByAddress.size, factors, backup: name, sourceCluster });
      const differing = [...matches].filter(([, m]) => m === false).map(([id]) => id);
      if (differing.length > 0) warnings.push(`the ring tokens of ${differing.join(', ')} differ from their backup nodes'; every node replicates every restored keyspace (replication factor >= ${ringByAddress.size} nodes), so the import keeps all the data`);
    };
    let facts: BackupNodeFacts[] | undefined;
    if (found.manifests) {
      facts = selectedFacts(found.manifests.nodes, selection);
    } else if (found.entry) {
      facts = found.entry.nodes.map((n) => ({ nodeId: n.nodeId, bytes: n.bytes, files: n.files }));
      if (keyspaces.length > 0 || selection.snapshotOnly) warnings.push('sizes are those of the whole backup: the catalogue of a local backup has no per-table sizes');
    }

    if (request.dryRun === true) {
      for (const check of [() => checkNodeStates(targets, type), ownership]) {
        try {
          check();
        } catch (err) {
          if (!(err instanceof BackupServiceError)) throw err;
          warnings.push(`the restore could not start now: ${err.message}`);
        }
      }
      const history = await this.options.gateway.jobHistory().catch(() => []);
      return restorePlan({ backup: name, sourceCluster, type, location: describeLocation(found.location), selection, restoreSchema: request.restoreSchema === true, targets, mapping, facts, history, warnings, tokenMatches: matches });
    }
    checkNodeStates(targets, type);
    ownership();
    const backup: cassandra_mesos.v1.BackupOptions.$Properties = {
      backupName: name,
      ...locationOptions(found.location),
      concurrency: this.options.settings.backupConcurrency,
      partSizeBytes: this.options.settings.backupPartSizeMb * 1024 * 1024,
      rateLimitBytesPerSecond: this.options.settings.backupRateLimitMbps * 1024 * 1024,
      sourceCluster: sourceCluster === own ? '' : sourceCluster,
      restoreType: type === 'NODE_RESTORE' ? RestoreType.NODE_RESTORE : RestoreType.CLUSTER_RESTORE,
      snapshotOnly: selection.snapshotOnly,
      nodeMapping: Object.fromEntries(mapping),
      restoreSchema: request.restoreSchema === true,
      requestCredentials: keys !== undefined,
    };
    const params: cassandra_mesos.v1.JobParams.$Properties = {
      nodeIds: targets.map((n) => n.nodeId),
      keyspaces,
      tables,
      parallelism: parallelism ?? 1,
      continueOnFailure: false,
      nodeTimeoutSeconds: nodeTimeoutSeconds ?? 0,
      backup,
    };
    return this.options.start({ type: 'RESTORE', params, requestedBy: principal }, keys, 'restore');
  }

  /** The ring's tokens by address, read from a live node; undefined (with a warning) when they cannot be read. */
  private async readRing(snapshot: ClusterSnapshot, warnings: string[]): Promise<Map<string, string[]> | undefined> {
    const reader = this.options.ringTokens;
    if (!reader) return undefined;
    const live = snapshot.nodes.find((n) => isLive(n) && n.ip);
    if (!live) {
      warnings.push('no node is live to read the ring\'s tokens from: the tokens were not compared with the backup\'s');
      return undefined;
    }
    const endpoint = { host: live.ip, port: snapshot.target.ports.native };
    try {
      return await reader.ringTokens(endpoint);
    } catch (err) {
      warnings.push(`the ring's tokens could not be read from ${live.nodeId} (${endpoint.host}:${endpoint.port}): ${(err as Error).message}; the tokens were not compared with the backup's`);
      return undefined;
    }
  }

  /** The nodes restored: those named, else every node in service (not being removed). */
  private targets(snapshot: ClusterSnapshot, refs: readonly string[] | undefined): NodeRecord[] {
    if (!refs || refs.length === 0) return snapshot.nodes.filter((n) => n.targetRunState !== TargetRunState.TERMINATE && !Number(n.leavingSinceMs));
    const out = new Map<string, NodeRecord>();
    for (const ref of refs) {
      const node = this.find(snapshot, ref);
      out.set(node.nodeId, node);
    }
    return [...out.values()].sort((a, b) => a.index - b.index);
  }

  private requestedMapping(snapshot: ClusterSnapshot, mapping: Readonly<Record<string, string>> | undefined): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [ref, source] of Object.entries(mapping ?? {})) {
      if (!NODE_ID.test(source)) throw invalid(`nodeMapping maps ${ref} to ${JSON.stringify(source)}, which is not a node id of the backup (e.g. node-0)`, 'INVALID_NODE_MAPPING');
      out[this.find(snapshot, ref).nodeId] = source;
    }
    return out;
  }

  private find(snapshot: ClusterSnapshot, ref: string): NodeRecord {
    try {
      return this.options.cluster.findNode(snapshot, ref);
    } catch (err) {
      throw new BackupServiceError('NOT_FOUND', (err as Error).message, 'NODE_NOT_FOUND');
    }
  }
}

/** Replication factor per keyspace from the manifests' schema (the same on every node; the first that has it wins). */
function restoredFactors(manifests: readonly NodeManifest[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of manifests) for (const [ks, rf] of replicationFactors(m.schemaCql)) if (!out.has(ks)) out.set(ks, rf);
  return out;
}
