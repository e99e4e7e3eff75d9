// Which nodes start with tokens from a backup (FrameworkConfig.initial_tokens), and what the scheduler
// does with CASSANDRA_MESOS_INITIAL_TOKENS_FROM at a start. Only a node's first start uses the tokens:
// a node that has joined the ring keeps its own (Cassandra reads them from its system keyspace), and a
// replacement takes over the tokens of the node it replaces (replace_address), so neither gets them.
import { formatInitialTokensSource, INITIAL_TOKENS_FROM_VARIABLE, NO_INITIAL_TOKENS, type CompleteInitialTokens, type InitialTokensSource } from '../framework-config/initial-tokens';
import type { CompleteFrameworkConfig } from '../framework-config/fields';
import { hasJoined } from './node-facts';
import type { NodeRecord } from './types';

/** The node starts for the first time as itself (not as a replacement): initial tokens apply to it. */
function firstStartAsItself(node: NodeRecord): boolean {
  return !hasJoined(node) && !node.replaceIp;
}

/** The tokens the node's next start gives Cassandra (initial_token), or undefined: Cassandra's own. */
export function nodeInitialTokens(config: Pick<CompleteFrameworkConfig, 'initialTokens'>, node: NodeRecord): readonly string[] | undefined {
  const tokens = config.initialTokens;
  if (tokens.source === '' || tokens.problem !== '' || !firstStartAsItself(node)) return undefined;
  return tokens.nodes.find((n) => n.nodeId === node.nodeId)?.tokens;
}

/**
 * Why the node may not start: its tokens were to come from a backup that could not be used (or was
 * not read). Starting it anyway would give it random tokens, and a restore of that backup could then
 * not import its data.
 */
export function initialTokensBlocker(config: Pick<CompleteFrameworkConfig, 'initialTokens'>, node: NodeRecord): string | undefined {
  const tokens = config.initialTokens;
  if (tokens.source === '' || !firstStartAsItself(node)) return undefined;
  const fix = `restart the scheduler (it reads the backup again), or unset ${INITIAL_TOKENS_FROM_VARIABLE} to let Cassandra pick tokens`;
  if (tokens.problem !== '') return `does not start: its tokens are to come from backup ${tokens.source} (${INITIAL_TOKENS_FROM_VARIABLE}), which cannot be used: ${tokens.problem}. Fix that and ${fix}`;
  // A configuration that names a source but holds no tokens was never filled in by the scheduler's start.
  if (tokens.nodes.length === 0) return `does not start: its tokens are to come from backup ${tokens.source} (${INITIAL_TOKENS_FROM_VARIABLE}), which has not been read; ${fix}`;
  return undefined;
}

/** What the scheduler does at a start about initial tokens (it reads a backup only for `read`). */
export type InitialTokensAction =
  /** Use these (stored) tokens in the configuration it proposes; `note` says why, when the setting is not followed. */
  | { readonly kind: 'keep'; readonly tokens: CompleteInitialTokens; readonly note?: string }
  /** Read the backup's node manifests and assign tokens (assignInitialTokens). */
  | { readonly kind: 'read'; readonly source: InitialTokensSource };

export interface InitialTokensActionInput {
  /** The source CASSANDRA_MESOS_INITIAL_TOKENS_FROM names ('' = unset). */
  readonly wanted: InitialTokensSource | null;
  /** The stored target's initial tokens (NO_INITIAL_TOKENS before the first deploy). */
  readonly stored: CompleteInitialTokens;
  /** Some node has been live: the cluster is deployed, and its tokens are in the ring. */
  readonly deployed: boolean;
}

/**
 * The setting is followed until the first node has been live: then the tokens are in the ring and
 * the stored ones stay (a changed or removed setting is ignored, with a note). Before that, a usable
 * stored read of the same backup is reused; anything else reads the backup (again).
 */
export function initialTokensAction(input: InitialTokensActionInput): InitialTokensAction {
  const { stored, deployed } = input;
  const wanted = input.wanted ? formatInitialTokensSource(input.wanted) : '';
  if (deployed) {
    if (wanted === stored.source) return { kind: 'keep', tokens: stored };
    const note = `${INITIAL_TOKENS_FROM_VARIABLE} is ${wanted ? `now ${wanted}` : 'unset'}${stored.source ? ` (the cluster was deployed with ${stored.source})` : ''}, but nodes are in the ring already: initial tokens apply only to the first deploy, so the setting is ignored`;
    return { kind: 'keep', tokens: stored, note };
  }
  if (!input.wanted) return { kind: 'keep', tokens: { ...NO_INITIAL_TOKENS, nodes: [] } };
  if (stored.source === wanted && stored.problem === '' && stored.nodes.length > 0) return { kind: 'keep', tokens: stored };
  return { kind: 'read', source: input.wanted };
}
