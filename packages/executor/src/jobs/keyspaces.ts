// Which keyspaces (and tables) a node job visits, checked against what the node really has before the
// first step runs: a typo must fail the job at once, naming the name, not after hours of repair.
import type { KeyspaceListing } from './operations';

export type KeyspaceResolution = { readonly ok: true; readonly keyspaces: readonly string[] } | { readonly ok: false; readonly message: string };

/**
 * `requested` empty → every user keyspace (sorted). Otherwise every requested keyspace must exist; a
 * system keyspace may be named explicitly (repairing system_auth is a legitimate job).
 */
export function resolveKeyspaces(requested: readonly string[], listing: KeyspaceListing, nodeId: string): KeyspaceResolution {
  if (requested.length === 0) return { ok: true, keyspaces: [...listing.user].sort() };
  const missing = requested.filter((k) => !listing.all.includes(k));
  if (missing.length === 0) return { ok: true, keyspaces: [...requested] };
  const names = missing.map((k) => `"${k}"${didYouMean(k, listing.all)}`).join(', ');
  const existing = listing.user.length > 0 ? `existing: ${[...listing.user].sort().join(', ')}` : 'it has no user keyspaces';
  const subject = missing.length === 1 ? `keyspace ${names} does not exist` : `keyspaces ${names} do not exist`;
  return { ok: false, message: `${subject} on ${nodeId} (${existing})` };
}

/** Every requested table must exist in every keyspace of the job; returns why not, or undefined. */
export function checkTables(
  tables: readonly string[],
  tablesByKeyspace: ReadonlyMap<string, readonly string[]>,
  nodeId: string,
): string | undefined {
  if (tables.length === 0) return undefined;
  const problems: string[] = [];
  for (const [keyspace, existing] of tablesByKeyspace) {
    const missing = tables.filter((t) => !existing.includes(t));
    if (missing.length === 0) continue;
    const names = missing.map((t) => `"${t}"${didYouMean(t, existing)}`).join(', ');
    const subject = missing.length === 1 ? `table ${names} does not exist` : `tables ${names} do not exist`;
    const have = existing.length > 0 ? `tables: ${[...existing].sort().join(', ')}` : 'it has no tables';
    problems.push(`${subject} in keyspace "${keyspace}" on ${nodeId} (${have})`);
  }
  return problems.length === 0 ? undefined : problems.join('; ');
}

/** Cassandra names are case-sensitive; a name that differs only in case is the likeliest typo. */
function didYouMean(name: string, candidates: readonly string[]): string {
  const match = candidates.find((c) => c !== name && c.toLowerCase() === name.toLowerCase());
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}
