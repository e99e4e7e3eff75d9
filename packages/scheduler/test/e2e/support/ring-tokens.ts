// The ring's tokens as the nodes themselves report them (system.local + system.peers_v2), for the
// restore-into-a-new-cluster step: each new node must own exactly its backup node's tokens.
import { NODE_IPS, ringSeenBy, waitUntil } from '../../integration/cluster-ops-support';

/** What the restore dry run says of one node (RestorePlanNode, the parts read here). */
export interface PlannedNode {
  nodeId: string;
  ip: string | null;
  backupNodeId: string;
  tokensMatch: boolean | null;
}

/**
 * Tokens per address once every node sees every node with its tokens, and all views agree. A peers_v2
 * row appears before gossip fills in its tokens, so a first look can show a peer without any.
 */
export async function settledRing(ips: readonly string[] = NODE_IPS, timeoutMs = 120_000): Promise<Map<string, string[]>> {
  let last = '';
  return waitUntil(
    async () => {
      const views = await Promise.all(ips.map((ip) => ringSeenBy(ip).then((v) => v.tokens, (err: Error) => err)));
      const problems: string[] = [];
      views.forEach((view, i) => {
        if (view instanceof Error) return problems.push(`${ips[i]}: ${view.message}`);
        for (const ip of ips) if ((view.get(ip) ?? []).length === 0) problems.push(`${ips[i]} does not see ${ip}'s tokens yet`);
        return undefined;
      });
      const first = views[0];
      if (problems.length === 0 && first instanceof Map) {
        for (const [i, view] of views.entries()) {
          for (const ip of ips) if (JSON.stringify((view as Map<string, string[]>).get(ip)) !== JSON.stringify(first.get(ip))) problems.push(`${ips[i]} and ${ips[0]} disagree on ${ip}'s tokens`);
        }
      }
      last = problems.join('; ');
      return problems.length === 0 && first instanceof Map ? first : undefined;
    },
    () => `every node to see every node's tokens (${last})`,
    timeoutMs,
  );
}

/** Where the ring disagrees with the plan: a node whose tokens are not its backup node's, or a plan that does not say they match. */
export function tokenMismatches(ring: ReadonlyMap<string, readonly string[]>, planned: readonly PlannedNode[], backupTokens: ReadonlyMap<string, readonly string[]>): string[] {
  const sorted = (tokens: readonly string[] | undefined): string => JSON.stringify([...(tokens ?? [])].sort());
  const out: string[] = [];
  for (const node of planned) {
    const ours = node.ip ? ring.get(node.ip) : undefined;
    const theirs = backupTokens.get(node.backupNodeId);
    if (!theirs || theirs.length === 0) out.push(`backup node ${node.backupNodeId} has no tokens in its manifest`);
    else if (sorted(ours) !== sorted(theirs)) out.push(`${node.nodeId} (${node.ip ?? 'no ip'}) has ${ours?.length ?? 0} ring tokens that are not backup node ${node.backupNodeId}'s ${theirs.length}`);
    if (node.tokensMatch !== true) out.push(`the dry run says tokensMatch=${String(node.tokensMatch)} for ${node.nodeId}`);
  }
  return out;
}
