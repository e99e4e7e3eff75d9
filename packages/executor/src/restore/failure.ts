// How a restore part fails: one Error whose message is the operator's answer (which keyspace, table,
// object, what was expected and found, what to do), plus the keyspace it happened in for the record.

export class RestoreFailure extends Error {
  override readonly name = 'RestoreFailure';
  constructor(
    /** The keyspace being worked on, if the failure belongs to one. */
    readonly keyspace: string | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The failure of a part that was stopped (abort, KILL, timeout, shutdown) while doing `what`. */
export function abortError(signal: AbortSignal, what: string): RestoreFailure {
  const reason: unknown = signal.reason;
  const why = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'the job was stopped';
  return new RestoreFailure(undefined, `restore stopped while ${what}: ${why}`, { cause: reason });
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}
