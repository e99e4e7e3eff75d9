// Wording shared by the event derivations: short ids, durations, task states and where a node runs.
import type { NodeRecord } from '../types';

/** "3f2a1b2c…": enough of a uuid to tell jobs apart in a feed (the full id is in the event's jobId). */
export function shortId(id: string): string {
  return id.length > 9 ? `${id.slice(0, 8)}…` : id;
}

/** "41 s", "3 min 20 s", "2 h 5 min". */
export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 === 0 ? `${m} min` : `${m} min ${s % 60} s`;
  const h = Math.floor(m / 60);
  return m % 60 === 0 ? `${h} h` : `${h} h ${m % 60} min`;
}

/** "TASK_RUNNING" → "RUNNING"; what operators read in a feed. */
export function taskState(state: string): string {
  return state.replace(/^TASK_/, '');
}

/** The address a node serves on (its IP), else its host name, else nothing. */
export function whereNode(node: NodeRecord): string {
  const where = node.ip || node.hostname;
  return where ? ` on ${where}` : '';
}

/** "1" → "1 node", "3" → "3 nodes". */
export function nodesCount(n: number): string {
  return `${n} node${n === 1 ? '' : 's'}`;
}
