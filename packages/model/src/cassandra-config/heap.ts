// JVM heap sizing for a Cassandra node inside a Mesos task's memory limit.
import type { ConfigProblem } from './problems';

/** A derived heap (heap_mb = 0) is half the task memory, at most this (G1 beyond 16 GiB rarely pays off). */
export const MAX_DERIVED_HEAP_MB = 16_384;
/** Smallest heap Cassandra 5.0 starts with reliably. */
export const MIN_HEAP_MB = 256;

/**
 * Memory the task must keep outside the heap: thread stacks, metaspace, direct buffers, the chunk
 * cache, off-heap memtables and bloom filters. At least 256 MiB or a quarter of the task.
 */
export function minOffHeapMb(taskMemMb: number): number {
  return Math.max(256, Math.ceil(taskMemMb / 4));
}

export interface HeapFields {
  /** Field named in problems about an explicit heap; default "heap_mb". */
  readonly heap?: string;
  /** Field named in problems about the task memory; default "mem_mb". */
  readonly mem?: string;
}

export type HeapResult = { readonly ok: true; readonly heapMb: number; readonly derived: boolean } | { readonly ok: false; readonly problem: ConfigProblem };

/** The heap for `heapMb` (0/undefined = derive from the task memory) in a task of `taskMemMb`. */
export function resolveHeapMb(heapMb: number | null | undefined, taskMemMb: number, fields: HeapFields = {}): HeapResult {
  const heapField = fields.heap ?? 'heap_mb';
  const memField = fields.mem ?? 'mem_mb';
  if (!Number.isSafeInteger(taskMemMb) || taskMemMb <= 0) {
    return { ok: false, problem: { field: memField, code: 'MISSING_TASK_MEMORY', message: `the task's memory must be a positive number of MiB, got ${String(taskMemMb)}` } };
  }
  const reserve = minOffHeapMb(taskMemMb);
  if (!heapMb) {
    const derived = Math.min(Math.floor(taskMemMb / 2), MAX_DERIVED_HEAP_MB);
    if (derived < MIN_HEAP_MB) {
      return {
        ok: false,
        problem: {
          field: memField,
          code: 'HEAP_TOO_SMALL',
          message: `${memField}=${taskMemMb} gives a ${derived} MiB heap (half the task memory), but Cassandra needs at least ${MIN_HEAP_MB} MiB: raise ${memField} to at least ${2 * MIN_HEAP_MB}`,
        },
      };
    }
    return { ok: true, heapMb: derived, derived: true };
  }
  if (!Number.isSafeInteger(heapMb) || heapMb < MIN_HEAP_MB) {
    return {
      ok: false,
      problem: { field: heapField, code: 'HEAP_TOO_SMALL', message: `${heapField}=${heapMb} is below the ${MIN_HEAP_MB} MiB Cassandra needs: raise it, or set 0 to derive it from ${memField}` },
    };
  }
  if (heapMb + reserve > taskMemMb) {
    return {
      ok: false,
      problem: {
        field: heapField,
        code: 'HEAP_DOES_NOT_FIT',
        message: `${heapField}=${heapMb} does not fit in ${memField}=${taskMemMb}: at least ${reserve} MiB must stay outside the heap, so ${heapField} can be at most ${taskMemMb - reserve}; lower ${heapField} or raise ${memField} to at least ${heapMb + Math.max(256, Math.ceil(heapMb / 3))}`,
      },
    };
  }
  return { ok: true, heapMb, derived: false };
}
