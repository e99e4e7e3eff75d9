// Refused-resources filters per (framework, role, agent), installed by DECLINE and by the unused part
// of an ACCEPT (§0 item 19, §4.2).
import { has, type FiltersProps } from './types';
import type { Resources } from './resources';

const DEFAULT_REFUSE_SECONDS = 5;
const MAX_REFUSE_SECONDS = 365 * 24 * 60 * 60;

/**
 * How long a refusal lasts in ms, or 0 for no filter: refuse_seconds defaults to 5 s, a negative value
 * means the default, it is capped at 365 days, 0 installs nothing, and a filter lasts at least one
 * allocation interval.
 */
export function refuseDurationMs(filters: FiltersProps | null | undefined, allocationIntervalMs: number): number {
  let seconds = filters && has(filters, 'refuse_seconds') ? Number(filters.refuse_seconds) : DEFAULT_REFUSE_SECONDS;
  if (Number.isNaN(seconds) || seconds < 0) seconds = DEFAULT_REFUSE_SECONDS;
  if (seconds === 0) return 0;
  seconds = Math.min(seconds, MAX_REFUSE_SECONDS);
  return Math.max(seconds * 1000, allocationIntervalMs);
}

interface Filter {
  refused: Resources;
  expiresMs: number;
}

export class FilterBook {
  private readonly filters = new Map<string, Filter[]>();

  private static key(frameworkId: string, role: string, agentId: string): string {
    return JSON.stringify([frameworkId, role, agentId]);
  }

  add(frameworkId: string, role: string, agentId: string, refused: Resources, durationMs: number, nowMs: number): void {
    if (durationMs <= 0 || refused.isEmpty()) return;
    const key = FilterBook.key(frameworkId, role, agentId);
    const list = this.filters.get(key) ?? [];
    list.push({ refused: refused.clone(), expiresMs: nowMs + durationMs });
    this.filters.set(key, list);
  }

  /** An offer is suppressed while its resources are a subset of some unexpired refusal. */
  isFiltered(frameworkId: string, role: string, agentId: string, candidate: Resources, nowMs: number): boolean {
    const key = FilterBook.key(frameworkId, role, agentId);
    const list = (this.filters.get(key) ?? []).filter((f) => f.expiresMs > nowMs);
    if (list.length === 0) this.filters.delete(key);
    else this.filters.set(key, list);
    return list.some((f) => f.refused.contains(candidate));
  }

  /** REVIVE: clears the filters of the given roles (all roles when none are given). */
  clear(frameworkId: string, roles?: readonly string[]): void {
    for (const key of [...this.filters.keys()]) {
      const [fw, role] = JSON.parse(key) as [string, string, string];
      if (fw === frameworkId && (!roles || roles.length === 0 || roles.includes(role))) this.filters.delete(key);
    }
  }

  count(frameworkId: string): number {
    let n = 0;
    for (const [key, list] of this.filters) if ((JSON.parse(key) as string[])[0] === frameworkId) n += list.length;
    return n;
  }
}
