import type { Status } from './types';

/**
 * The status of a phase (from its steps) or a plan (from its phases). First rule that matches wins:
 *
 * 1. ERROR        if the parent has errors of its own (a plan's `errors`) or any child is ERROR:
 *                 an operator must see a problem even in an interrupted or otherwise finished plan;
 * 2. COMPLETE     if every child is COMPLETE (a parent without children is COMPLETE);
 * 3. WAITING      if the parent is interrupted (an operator holds it);
 * 4. IN_PROGRESS  if any child is IN_PROGRESS;
 * 5. IN_PROGRESS  if some children are COMPLETE and others are not (it has started and not finished);
 * 6. WAITING      if any child is WAITING (nothing is moving until the wait ends);
 * 7. PENDING      otherwise (nothing started).
 */
export function aggregateStatus(
  children: readonly Status[],
  parent: { readonly hasErrors?: boolean; readonly interrupted?: boolean } = {},
): Status {
  if (parent.hasErrors === true || children.includes('ERROR')) return 'ERROR';
  if (children.every((s) => s === 'COMPLETE')) return 'COMPLETE';
  if (parent.interrupted === true) return 'WAITING';
  if (children.includes('IN_PROGRESS')) return 'IN_PROGRESS';
  if (children.includes('COMPLETE')) return 'IN_PROGRESS';
  if (children.includes('WAITING')) return 'WAITING';
  return 'PENDING';
}
