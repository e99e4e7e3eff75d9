// "Did you mean ...?" for misspelled names.

/** Levenshtein distance of `a` and `b`, or `limit` when it is at least `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin >= limit) return limit;
    prev = cur;
  }
  return Math.min(prev[b.length] ?? limit, limit);
}

/**
 * The candidate closest to `name`, compared after the shared `prefix`; undefined when none is within
 * a third of the name's length (at least 2 edits), so unrelated names get no suggestion.
 */
export function closestName(name: string, candidates: readonly string[], prefix = ''): string | undefined {
  const strip = (s: string): string => (s.startsWith(prefix) ? s.slice(prefix.length) : s);
  const wanted = strip(name);
  const limit = Math.max(2, Math.ceil(wanted.length / 3)) + 1;
  let best: string | undefined;
  let bestDistance = limit;
  for (const candidate of candidates) {
    const d = editDistance(wanted, strip(candidate), bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
