// Bounded parallelism for per-file work, shared by uploads, downloads, checksums and verification: at
// most `concurrency` calls at once; the first failure (or the AbortSignal) stops new items from starting,
// the ones in flight finish, then the failure is rethrown. Work that takes long hands the same signal
// to what it calls (putFile, getFile, hashFile), so that an abort also ends the items in flight.
export async function forEachLimited<T>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const index = next++;
      try {
        signal?.throwIfAborted();
        await fn(items[index]!, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  if (failure !== undefined) throw failure.error;
}
