// Configuration problems: one shape for every check (the executor's rendering, the scheduler's
// config validation, the REST API). It is the plain-object form of cassandra_mesos.v1.ConfigError.

export interface ConfigProblem {
  /** The offending field, e.g. "yaml_overrides.concurrent_reads" or "heap_mb". */
  readonly field: string;
  /** Stable machine-readable code, e.g. "UNKNOWN_YAML_KEY". */
  readonly code: string;
  /** What is wrong and what to do about it. */
  readonly message: string;
}

/** Thrown by the renderers when the input cannot produce a startable Cassandra configuration. */
export class CassandraConfigError extends Error {
  readonly code = 'INVALID_CASSANDRA_CONFIG';
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(`invalid Cassandra configuration: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
    this.name = 'CassandraConfigError';
  }
}
