import { MAX_DERIVED_HEAP_MB, minOffHeapMb, resolveHeapMb } from '../../src';

describe('resolveHeapMb', () => {
  it.each([
    [1024, 512],
    [4096, 2048],
    [8191, 4095],
    [32768, 16384],
    [262144, MAX_DERIVED_HEAP_MB],
  ])('derives half of %i MiB, capped at 16 GiB', (mem, heap) => {
    expect(resolveHeapMb(0, mem)).toEqual({ ok: true, heapMb: heap, derived: true });
  });

  it('refuses a derived heap below 256 MiB and says how much memory is needed', () => {
    const r = resolveHeapMb(0, 500);
    expect(r).toMatchObject({ ok: false, problem: { field: 'mem_mb', code: 'HEAP_TOO_SMALL' } });
    if (!r.ok) expect(r.problem.message).toContain('raise mem_mb to at least 512');
  });

  it('accepts an explicit heap that leaves room outside it', () => {
    expect(minOffHeapMb(4096)).toBe(1024);
    expect(minOffHeapMb(600)).toBe(256);
    expect(resolveHeapMb(3072, 4096)).toEqual({ ok: true, heapMb: 3072, derived: false });
  });

  it('refuses an explicit heap that does not fit, naming the limit and the memory to ask for', () => {
    const r = resolveHeapMb(3073, 4096, { heap: 'resources.heap_mb', mem: 'resources.mem_mb' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject({ field: 'resources.heap_mb', code: 'HEAP_DOES_NOT_FIT' });
    expect(r.problem.message).toContain('resources.heap_mb can be at most 3072');
    expect(r.problem.message).toContain('raise resources.mem_mb to at least 4098');
    // the suggested memory really fits the heap
    expect(resolveHeapMb(3073, 4098).ok).toBe(true);
  });

  it('refuses a tiny explicit heap and a missing task memory', () => {
    expect(resolveHeapMb(128, 4096)).toMatchObject({ ok: false, problem: { code: 'HEAP_TOO_SMALL', field: 'heap_mb' } });
    expect(resolveHeapMb(0, 0)).toMatchObject({ ok: false, problem: { code: 'MISSING_TASK_MEMORY' } });
  });
});
