// Initial tokens from a backup (CASSANDRA_MESOS_INITIAL_TOKENS_FROM): which backup a new cluster takes
// its tokens from, which backup node each new node takes them from, and the rules the tokens follow.
// A restore imports each backup node's files into the node mapped to it, and Cassandra keeps only the
// data a node owns: a new node that starts with its backup node's tokens owns exactly that data.
//
// Decisions (docs/configuration.md, docs/operations.md):
// - Mapping: the backup's nodes sorted by node id number (node-2 before node-10), then this cluster's
//   node-i gets the i-th. Every backup node must have run in this cluster's data center and rack (all
//   new nodes start in CASSANDRA_MESOS_DEFAULT_DC/_RACK): the same tokens in another topology place
//   replicas elsewhere, and the restored data would not be where the ring looks for it.
// - num_tokens is not derived from the backup: each backup node's token count must equal num_tokens,
//   and the problem names the value to set. num_tokens cannot change after the first deploy, so a
//   silent derivation would surprise later.
// - The node count must equal the backup's at the first deploy; nodes added later get tokens from
//   Cassandra as usual.
import type { cassandra_mesos } from '../gen/cassandra_mesos';
import type { ConfigProblem } from '../cassandra-config/problems';
import { canonicalToken, murmur3TokenProblem } from '../cassandra-config/tokens';
import type { Parsed, ValueType } from './values';

export const INITIAL_TOKENS_FROM_VARIABLE = 'CASSANDRA_MESOS_INITIAL_TOKENS_FROM';

/** The backup a new cluster takes its tokens from: `<source cluster>/<backup name>`. */
export interface InitialTokensSource {
  /** The framework name of the cluster that took the backup (its storage namespace). */
  readonly cluster: string;
  readonly backup: string;
}

export interface CompleteNodeInitialTokens {
  readonly nodeId: string;
  readonly backupNodeId: string;
  // Mutable array types, so a complete config can be handed to the generated protobuf code as is.
  readonly tokens: string[];
}

/** FrameworkConfig.initial_tokens with every field present; source '' = not used. */
export interface CompleteInitialTokens {
  readonly source: string;
  readonly location: string;
  readonly nodes: CompleteNodeInitialTokens[];
  readonly problem: string;
}

export const NO_INITIAL_TOKENS: CompleteInitialTokens = { source: '', location: '', nodes: [], problem: '' };

// Same rules as CASSANDRA_MESOS_FRAMEWORK_NAME (the source cluster's framework name) and backup names.
const CLUSTER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const BACKUP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function formatInitialTokensSource(source: InitialTokensSource): string {
  return `${source.cluster}/${source.backup}`;
}

/** Parses `<source cluster>/<backup name>`; '' = not set (null). Problems read after "<VARIABLE>=<value> ...". */
export function parseInitialTokensSource(text: string): Parsed<InitialTokensSource | null> {
  if (text === '') return { ok: true, value: null };
  const parts = text.split('/');
  if (parts.length !== 2) {
    return { ok: false, problem: `is not <source cluster>/<backup name> (exactly one '/'; the backup is read from CASSANDRA_MESOS_BACKUP_LOCATION, so no URL here), e.g. cassandra-prod/nightly-2026-11-21` };
  }
  const [cluster = '', backup = ''] = parts;
  if (!CLUSTER_NAME.test(cluster)) return { ok: false, problem: `names source cluster ${JSON.stringify(cluster)}: it must be the framework name of the cluster that took the backup (1-64 letters, digits, '.', '_', '-', starting with a letter or digit)` };
  if (!BACKUP_NAME.test(backup) || backup.includes('..')) {
    return { ok: false, problem: `names backup ${JSON.stringify(backup)}: a backup name is 1-128 letters, digits, '.', '_', '-', starting with a letter or digit, without '..'` };
  }
  return { ok: true, value: { cluster, backup } };
}

export const INITIAL_TOKENS_SOURCE_TYPE: ValueType<InitialTokensSource | null> = {
  label: 'source-cluster/backup-name, or empty',
  parse: parseInitialTokensSource,
};

export function normalizeInitialTokens(input: cassandra_mesos.v1.InitialTokens.$Properties | null | undefined): CompleteInitialTokens {
  if (!input) return { ...NO_INITIAL_TOKENS, nodes: [] };
  return {
    source: input.source ?? '',
    location: input.location ?? '',
    nodes: (input.nodes ?? []).map((n) => ({ nodeId: n.nodeId ?? '', backupNodeId: n.backupNodeId ?? '', tokens: [...(n.tokens ?? [])] })),
    problem: input.problem ?? '',
  };
}

/**
 * How a diff shows the field: source, mapping, token counts and a digest of every token (the tokens
 * themselves are too long to show; the digest makes any token change a visible change).
 */
export function showInitialTokens(t: CompleteInitialTokens): string {
  if (t.source === '' && t.nodes.length === 0) return '(not set)';
  if (t.problem) return `${t.source} at ${t.location || '(unknown location)'}: not usable: ${t.problem}`;
  const mapping = t.nodes.map((n) => `${n.nodeId}<-${n.backupNodeId} (${n.tokens.length} tokens)`).join(', ');
  const digest = fnv1a(t.nodes.map((n) => `${n.nodeId}=${n.tokens.join(',')}`).join(';'));
  return `${t.source} at ${t.location || '(unknown location)'}: ${mapping}; tokens digest ${digest}`;
}

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** One backup node as its manifest describes it. */
export interface BackupNodeTokens {
  readonly nodeId: string;
  readonly tokens: readonly string[];
  readonly datacenter: string;
  readonly rack: string;
}

export interface AssignInitialTokensInput {
  readonly source: InitialTokensSource;
  /** Where the backup was read (for operators), e.g. s3://bucket/prefix. */
  readonly location: string;
  readonly nodeCount: number;
  readonly numTokens: number;
  /** The data center and rack every new node starts in (CASSANDRA_MESOS_DEFAULT_DC/_RACK). */
  readonly rackDc: { readonly dc: string; readonly rack: string };
  readonly backupNodes: readonly BackupNodeTokens[];
  /** The name of node i of this cluster (nodeIdOf). */
  readonly nodeIdOf: (index: number) => string;
}

/** Sorts node ids by their number (node-2 before node-10), then by text: the documented mapping order. */
export function compareNodeIds(a: string, b: string): number {
  const na = /(\d+)$/.exec(a)?.[1];
  const nb = /(\d+)$/.exec(b)?.[1];
  const pa = na === undefined ? a : a.slice(0, -na.length);
  const pb = nb === undefined ? b : b.slice(0, -nb.length);
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (na !== undefined && nb !== undefined && Number(na) !== Number(nb)) return Number(na) - Number(nb);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Maps this cluster's node-i onto the i-th backup node (sorted by node id) and checks the tokens.
 * Anything that makes the backup unusable comes back as `problem`, saying what to fix.
 */
export function assignInitialTokens(input: AssignInitialTokensInput): CompleteInitialTokens {
  const base = { source: formatInitialTokensSource(input.source), location: input.location };
  const fail = (problem: string): CompleteInitialTokens => ({ ...base, nodes: [], problem });
  const backupNodes = [...input.backupNodes].sort((a, b) => compareNodeIds(a.nodeId, b.nodeId));
  const what = `backup ${input.source.backup} of cluster ${input.source.cluster}`;
  if (backupNodes.length === 0) return fail(`${what} lists no nodes; take the tokens from a complete backup`);
  if (backupNodes.length !== input.nodeCount) {
    return fail(
      `${what} has ${backupNodes.length} node(s) (${backupNodes.map((n) => n.nodeId).join(', ')}) but CASSANDRA_MESOS_NODE_COUNT is ${input.nodeCount}: set CASSANDRA_MESOS_NODE_COUNT=${backupNodes.length} for the first deploy (scale afterwards, once the restore is done)`,
    );
  }
  const elsewhere = backupNodes.filter((n) => n.datacenter !== input.rackDc.dc || n.rack !== input.rackDc.rack);
  if (elsewhere.length > 0) {
    const where = elsewhere.map((n) => `${n.nodeId} in ${n.datacenter}/${n.rack}`).join(', ');
    return fail(
      `${what} has nodes in another data center or rack than this cluster's nodes start in (${input.rackDc.dc}/${input.rackDc.rack}): ${where}; the same tokens in another topology place the replicas elsewhere. Set CASSANDRA_MESOS_DEFAULT_DC/CASSANDRA_MESOS_DEFAULT_RACK to the backup's, or restore without initial tokens into a cluster where every node holds every range`,
    );
  }
  const nodes = backupNodes.map((b, i) => ({ nodeId: input.nodeIdOf(i), backupNodeId: b.nodeId, tokens: b.tokens.map((t) => (murmur3TokenProblem(t) ? t : canonicalToken(t))) }));
  const problems = tokenProblems(nodes, input.numTokens, 'CASSANDRA_MESOS_NUM_TOKENS');
  if (problems.length > 0) return fail(`${what}: ${problems.join('; ')}`);
  return { ...base, nodes, problem: '' };
}

/** Every rule the tokens of `nodes` break: Murmur3 range, count == num_tokens, no token twice. */
function tokenProblems(nodes: readonly CompleteNodeInitialTokens[], numTokens: number, numTokensName: string): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  const counts = new Set<number>();
  for (const node of nodes) {
    const of = node.backupNodeId ? ` (from backup node ${node.backupNodeId})` : '';
    const bad = node.tokens.map(murmur3TokenProblem).find((p) => p !== undefined);
    if (bad) {
      problems.push(`the tokens of ${node.nodeId}${of} are not usable: ${bad}`);
      continue;
    }
    counts.add(node.tokens.length);
    for (const token of node.tokens) {
      const key = canonicalToken(token);
      const other = owner.get(key);
      if (other !== undefined) problems.push(`token ${key} is given to both ${other} and ${node.nodeId}: two nodes cannot own the same token`);
      else owner.set(key, node.nodeId);
    }
  }
  const found = [...counts].sort((a, b) => a - b);
  if (found.length > 1) {
    problems.push(`the nodes have different token counts (${found.join(', ')}), which no one num_tokens matches: take the tokens from another backup`);
  } else if (found[0] !== undefined && found[0] !== numTokens) {
    problems.push(`the backup nodes have ${found[0]} token(s) each but num_tokens is ${numTokens}: set ${numTokensName}=${found[0]} (the backup cluster's num_tokens) for the first deploy`);
  }
  return problems;
}

/**
 * Problems of the initial tokens a configuration carries (it may come from the API or an old version,
 * not only from assignInitialTokens). A recorded `problem` is not one of them: such a configuration is
 * accepted, and the nodes that need the tokens wait with the problem in their deploy step.
 */
export function initialTokensProblems(tokens: CompleteInitialTokens, numTokens: number, name: (path: string) => string): ConfigProblem[] {
  if (tokens.source === '' && tokens.nodes.length === 0) return [];
  const field = name('initial_tokens');
  const problems: ConfigProblem[] = [];
  if (tokens.source === '') problems.push({ field, code: 'INVALID_VALUE', message: `${field} lists tokens but names no source backup: set ${INITIAL_TOKENS_FROM_VARIABLE}, or remove the tokens` });
  const ids = new Set<string>();
  for (const node of tokens.nodes) {
    if (node.nodeId === '' || ids.has(node.nodeId)) problems.push({ field, code: 'INVALID_VALUE', message: `${field} lists node ${JSON.stringify(node.nodeId)} ${node.nodeId === '' ? 'without an id' : 'twice'}: each node has one token list` });
    ids.add(node.nodeId);
  }
  const tokenRules = tokenProblems(tokens.nodes, numTokens, name('num_tokens'));
  for (const message of tokenRules) problems.push({ field, code: 'INVALID_TOKENS', message: `${field}: ${message}` });
  return problems;
}
