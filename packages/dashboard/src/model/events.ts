// The recent-events list: events arrive from the first GET /v1/events, from the SSE stream and from
// polling after a reconnect, so the same event can come twice; they are kept once, by seq.
import type { ClusterEvent } from './api-types';

/** How many events the page keeps (the scheduler keeps more; older ones are one API call away). */
export const MAX_EVENTS = 200;

/** Existing + incoming, each seq once (the newer copy wins), oldest first, at most `max`. */
export function mergeEvents(
  existing: readonly ClusterEvent[],
  incoming: readonly ClusterEvent[],
  max = MAX_EVENTS,
): ClusterEvent[] {
  if (incoming.length === 0) return existing.length > max ? existing.slice(-max) : [...existing];
  const bySeq = new Map<number, ClusterEvent>();
  for (const e of existing) bySeq.set(e.seq, e);
  for (const e of incoming) bySeq.set(e.seq, e);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq).slice(-max);
}

/** The highest seq seen: where polling and a reconnecting stream resume. */
export function lastSeqOf(events: readonly ClusterEvent[], fallback = 0): number {
  return events.reduce((max, e) => Math.max(max, e.seq), fallback);
}

/** A ClusterEvent from untrusted JSON (an SSE data line), or undefined when it is not one. */
export function parseClusterEvent(json: string): ClusterEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const e = value as Record<string, unknown>;
  if (
    typeof e['seq'] !== 'number' ||
    typeof e['kind'] !== 'string' ||
    typeof e['message'] !== 'string' ||
    typeof e['at'] !== 'string'
  )
    return undefined;
  const level = e['level'] === 'warn' || e['level'] === 'error' ? e['level'] : 'info';
  return {
    seq: e['seq'],
    at: e['at'],
    level,
    kind: e['kind'],
    message: e['message'],
    ...(typeof e['nodeId'] === 'string' ? { nodeId: e['nodeId'] } : {}),
    ...(typeof e['jobId'] === 'string' ? { jobId: e['jobId'] } : {}),
    ...(typeof e['plan'] === 'string' ? { plan: e['plan'] } : {}),
  };
}
