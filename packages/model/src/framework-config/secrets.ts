// The scheduler's secrets. They come from its environment, stay in its memory and are never part of
// FrameworkConfig (which is stored in ZooKeeper). The values sit in a private field, so
// JSON.stringify, util.inspect, structured loggers and jest diffs show only which ones are set.

export const SECRET_NAMES = ['principalSecret', 'apiToken', 's3AccessKeyId', 's3SecretAccessKey', 's3SessionToken'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

export class SchedulerSecrets {
  readonly #values: ReadonlyMap<SecretName, string>;

  constructor(values: Partial<Record<SecretName, string>> = {}) {
    const map = new Map<SecretName, string>();
    for (const name of SECRET_NAMES) {
      const v = values[name];
      if (v !== undefined && v !== '') map.set(name, v);
    }
    this.#values = map;
  }

  /** Secret of CASSANDRA_MESOS_PRINCIPAL for Mesos HTTP authentication; undefined = no authentication. */
  get principalSecret(): string | undefined {
    return this.#values.get('principalSecret');
  }

  /** Bearer token the REST/gRPC APIs require; undefined = the APIs do not authenticate. */
  get apiToken(): string | undefined {
    return this.#values.get('apiToken');
  }

  get s3AccessKeyId(): string | undefined {
    return this.#values.get('s3AccessKeyId');
  }

  get s3SecretAccessKey(): string | undefined {
    return this.#values.get('s3SecretAccessKey');
  }

  get s3SessionToken(): string | undefined {
    return this.#values.get('s3SessionToken');
  }

  /** Names of the secrets that are set (safe to log). */
  present(): SecretName[] {
    return SECRET_NAMES.filter((n) => this.#values.has(n));
  }

  toJSON(): Record<string, string> {
    return Object.fromEntries(this.present().map((n) => [n, '[redacted]']));
  }

  toString(): string {
    return `SchedulerSecrets(${this.present().join(', ') || 'none'})`;
  }

  [INSPECT](): string {
    return this.toString();
  }
}
