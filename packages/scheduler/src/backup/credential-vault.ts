// S3 keys a request brought, by job id, in this process's memory only: never in ZooKeeper, logs, API
// answers or job records. The driver adds them to each BACKUP/RESTORE launch of that job and drops them
// when the job ends. A new leader has none, so a job that needs them is aborted (see the driver edge).
// Keys live in ES private fields: JSON.stringify, util.inspect and structured loggers see only which
// jobs hold keys, never the keys.
import type { StorageKeys } from './types';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const REDACTED = '[redacted]';

/** One set of S3 keys that cannot be printed by accident. */
export class SecretStorageKeys implements StorageKeys {
  readonly #accessKeyId: string;
  readonly #secretAccessKey: string;
  readonly #sessionToken: string | undefined;

  constructor(keys: StorageKeys) {
    if (keys.accessKeyId === '' || keys.secretAccessKey === '') throw new Error('S3 keys need both an access key id and a secret access key');
    this.#accessKeyId = keys.accessKeyId;
    this.#secretAccessKey = keys.secretAccessKey;
    this.#sessionToken = keys.sessionToken === '' ? undefined : keys.sessionToken;
  }

  get accessKeyId(): string {
    return this.#accessKeyId;
  }

  get secretAccessKey(): string {
    return this.#secretAccessKey;
  }

  get sessionToken(): string | undefined {
    return this.#sessionToken;
  }

  toJSON(): Record<string, string> {
    return { accessKeyId: REDACTED, secretAccessKey: REDACTED, ...(this.#sessionToken ? { sessionToken: REDACTED } : {}) };
  }

  toString(): string {
    return 'StorageKeys([redacted])';
  }

  [INSPECT](): string {
    return this.toString();
  }
}

export class CredentialVault {
  readonly #keys = new Map<string, SecretStorageKeys>();

  /** Holds `keys` for the job (replacing earlier ones). */
  put(jobId: string, keys: StorageKeys): void {
    this.#keys.set(jobId, keys instanceof SecretStorageKeys ? keys : new SecretStorageKeys(keys));
  }

  get(jobId: string): StorageKeys | undefined {
    return this.#keys.get(jobId);
  }

  has(jobId: string): boolean {
    return this.#keys.has(jobId);
  }

  /** Forgets the job's keys (the job ended); true when it held some. */
  delete(jobId: string): boolean {
    return this.#keys.delete(jobId);
  }

  /** Job ids that hold keys (safe to log). */
  jobIds(): string[] {
    return [...this.#keys.keys()];
  }

  clear(): void {
    this.#keys.clear();
  }

  toJSON(): Record<string, unknown> {
    return { jobs: this.jobIds(), keys: REDACTED };
  }

  toString(): string {
    return `CredentialVault(${this.#keys.size} job(s), keys redacted)`;
  }

  [INSPECT](): string {
    return this.toString();
  }
}
