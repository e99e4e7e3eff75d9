// Tokens in restore planning (pure). A restore imports each backup node's files into the node mapped
// to it, and Cassandra keeps only what that node owns. So the plan compares each target node's ring
// tokens with its backup node's (from the node manifest), maps nodes by equal token sets when
// restoring into another cluster, and refuses a restore that would lose data: tokens that differ on a
// node that does not replicate every range (node count above the keyspace's replication factor).
import { murmur3TokenProblem, sameTokenSet, tokenSetKey, type NodeRecord } from '@cassandra-mesos/model';
import { BackupServiceError } from './types';

/** One backup node's tokens, from its manifest. */
export interface BackupTokens {
  readonly nodeId: string;
  readonly tokens: readonly string[];
}

/** Ring tokens per node id, from the node's address in system.local/system.peers_v2; missing = unknown. */
export function ringTokensByNode(targets: readonly NodeRecord[], byAddress: ReadonlyMap<string, readonly string[]>): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const node of targets) {
    const tokens = node.ip ? byAddress.get(node.ip) : undefined;
    if (tokens && tokens.length > 0) out.set(node.nodeId, tokens);
  }
  return out;
}

/**
 * this node -> backup node, for every target whose ring tokens equal exactly one backup node's token
 * set; undefined unless every target pairs up (a partial pairing would mix two mapping rules).
 */
export function mappingByTokens(targets: readonly NodeRecord[], ring: ReadonlyMap<string, readonly string[]>, backup: readonly BackupTokens[]): Record<string, string> | undefined {
  const byKey = new Map<string, string[]>();
  for (const b of backup) {
    if (b.tokens.length === 0 || !allTokens(b.tokens)) continue;
    const key = tokenSetKey(b.tokens);
    byKey.set(key, [...(byKey.get(key) ?? []), b.nodeId]);
  }
  const mapping: Record<string, string> = {};
  for (const node of targets) {
    const tokens = ring.get(node.nodeId);
    if (!tokens || !allTokens(tokens)) return undefined;
    const matches = byKey.get(tokenSetKey(tokens)) ?? [];
    if (matches.length !== 1 || matches[0] === undefined) return undefined;
    mapping[node.nodeId] = matches[0];
  }
  return mapping;
}

/** tokenSetKey needs valid tokens: a list with anything else pairs with nothing. */
function allTokens(tokens: readonly string[]): boolean {
  return tokens.every((t) => murmur3TokenProblem(t) === undefined);
}

/** Per target node: its ring tokens equal its backup node's (true/false), or null when either is unknown. */
export function tokenMatches(mapping: ReadonlyMap<string, string>, ring: ReadonlyMap<string, readonly string[]> | undefined, backup: readonly BackupTokens[] | undefined): Map<string, boolean | null> {
  const backupTokens = new Map((backup ?? []).map((b) => [b.nodeId, b.tokens]));
  const out = new Map<string, boolean | null>();
  for (const [nodeId, backupNodeId] of mapping) {
    const theirs = backupTokens.get(backupNodeId);
    const ours = ring?.get(nodeId);
    out.set(nodeId, ours && theirs && theirs.length > 0 ? sameTokenSet(ours, theirs) : null);
  }
  return out;
}

// 'key': 'value' or 'key': 3 (DESCRIBE quotes the numbers; hand-written CQL may not).
const PAIR = /'([^']*)'\s*:\s*(?:'([^']*)'|(\d+))/g;

/**
 * The replication factor of each keyspace from its CREATE KEYSPACE statement (schema CQL of a node
 * manifest): SimpleStrategy's replication_factor, or NetworkTopologyStrategy's largest per-DC factor.
 * Keyspaces whose statement says neither are left out (unknown).
 */
export function replicationFactors(schemaCql: Readonly<Record<string, string>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [keyspace, cql] of Object.entries(schemaCql)) {
    const replication = /replication\s*=\s*\{([^}]*)\}/i.exec(cql)?.[1];
    if (replication === undefined) continue;
    let rf = 0;
    for (const [, key = '', quoted, bare] of replication.matchAll(PAIR)) {
      const value = quoted ?? bare ?? '';
      if (key === 'class') continue;
      // "3", or "3/1" (replicas/transient) in Cassandra 4+.
      const n = Number(value.split('/')[0]);
      if (Number.isInteger(n) && n > rf) rf = n;
    }
    if (rf > 0) out.set(keyspace, rf);
  }
  return out;
}

export interface OwnershipInput {
  readonly matches: ReadonlyMap<string, boolean | null>;
  readonly mapping: ReadonlyMap<string, string>;
  /** Nodes of this cluster in the ring (each owns a share of the ranges). */
  readonly clusterNodeCount: number;
  /** Replication factor per restored keyspace (from the backup's schema); undefined = not known. */
  readonly factors: ReadonlyMap<string, number | undefined>;
  readonly backup: string;
  readonly sourceCluster: string;
}

/**
 * Refuses (FAILED_PRECONDITION, TOKENS_MISMATCH) when a node's tokens differ from its backup node's
 * and a restored keyspace has fewer replicas than the cluster has nodes: that node does not own every
 * range of the files it gets, and Cassandra's import would fail on them after the tables were truncated.
 * With every node owning every range (node count <= RF) the tokens do not matter.
 */
export function checkTokenOwnership(input: OwnershipInput): void {
  const differing = [...input.matches].filter(([, match]) => match === false).map(([nodeId]) => nodeId);
  if (differing.length === 0) return;
  // A keyspace whose replication factor is not known counts as partial: refusing is safer than losing rows.
  const partial = [...input.factors].filter(([, rf]) => rf === undefined || rf < input.clusterNodeCount);
  if (partial.length === 0) return;
  const pairs = differing.map((id) => `${id} (backup node ${input.mapping.get(id) ?? '?'})`).join(', ');
  const keyspaces = partial.map(([ks, rf]) => `${ks} (RF ${rf ?? 'unknown'})`).join(', ');
  throw new BackupServiceError(
    'FAILED_PRECONDITION',
    `the ring tokens of ${pairs} differ from their backup nodes' tokens, and ${keyspaces} ${partial.length === 1 ? 'has' : 'have'} fewer replicas than this cluster's ${input.clusterNodeCount} nodes, so those nodes do not own all the data they would import. Deploy the new cluster with CASSANDRA_MESOS_INITIAL_TOKENS_FROM=${input.sourceCluster}/${input.backup} (its nodes then start with the backup's tokens), or map each node to the backup node with its tokens (nodeMapping)`,
    'TOKENS_MISMATCH',
  );
}
