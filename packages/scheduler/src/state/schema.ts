// The layout version lives in `FrameworkRecord.schema_version` (znode `framework`), not in a znode of
// its own: the framework record is read first on every start anyway, and a migration's writes and the
// version bump then commit in one batch, compare-and-set on the framework record, so two schedulers
// can never both migrate, and a crash mid-migration leaves the old version (and the old data) in place.
import { cassandra_mesos } from '@cassandra-mesos/model';
import { SchemaVersionError, StaleStateError } from './errors';
import { StateKeys } from './keys';
import { CREATE, StateOps, type StateOp, type StateStore, type VersionedValue } from './state-store';

type FrameworkRecord = cassandra_mesos.v1.FrameworkRecord;

/** The layout this code reads and writes (proto/README.md). Bump it with a migration when the layout changes. */
export const CURRENT_SCHEMA_VERSION = 1;

export interface SchemaMigrationResult {
  /** Writes that convert the layout; they must not touch `framework` (return `framework` instead). */
  readonly ops: readonly StateOp[];
  /** Replacement framework record, if the migration changes it (its schema version is set for you). */
  readonly framework?: FrameworkRecord;
}

/** Converts the stored layout from schema `from` to `from + 1`. */
export interface SchemaMigration {
  readonly from: number;
  readonly description: string;
  /**
   * Reads what it needs and returns the writes, committed in one batch with the version bump. A
   * migration too large for one batch may write idempotent steps itself first and return the rest.
   */
  migrate(store: StateStore, framework: VersionedValue<FrameworkRecord>): Promise<SchemaMigrationResult>;
}

export interface EnsureSchemaOptions {
  readonly migrations?: readonly SchemaMigration[];
  /** Defaults to CURRENT_SCHEMA_VERSION; tests use others. */
  readonly targetVersion?: number;
  /** Called after each migration is committed, e.g. to log it. */
  readonly onMigrated?: (migration: SchemaMigration) => void;
}

/**
 * Makes sure the stored layout is the one this scheduler understands: creates the framework record on
 * a fresh store, runs the migrations from the stored version up, and refuses a newer layout. Resolves
 * with the (possibly updated) framework record. Call it once, as the leader, before anything else.
 */
export async function ensureSchema(store: StateStore, options: EnsureSchemaOptions = {}): Promise<VersionedValue<FrameworkRecord>> {
  const target = options.targetVersion ?? CURRENT_SCHEMA_VERSION;
  let framework = await store.get(StateKeys.framework);
  if (framework === undefined) {
    const fresh = cassandra_mesos.v1.FrameworkRecord.create({ schemaVersion: target });
    try {
      return { value: fresh, version: await store.put(StateKeys.framework, fresh, CREATE) };
    } catch (err) {
      // Another scheduler initialised it first: carry on with what it wrote.
      if (!(err instanceof StaleStateError)) throw err;
      framework = await store.get(StateKeys.framework);
      if (framework === undefined) throw err;
    }
  }
  const path = `${store.location}/${StateKeys.framework.path}`;
  if (framework.value.schemaVersion > target) {
    throw new SchemaVersionError(
      path,
      framework.value.schemaVersion,
      target,
      'it was written by a newer scheduler; run that release (or newer), downgrades are not supported',
    );
  }
  while (framework.value.schemaVersion < target) {
    const from: number = framework.value.schemaVersion;
    const migration = options.migrations?.find((m) => m.from === from);
    if (migration === undefined) {
      throw new SchemaVersionError(path, from, target, `no migration from schema ${from} to ${from + 1} is known; upgrade through an intermediate release`);
    }
    const result = await migration.migrate(store, framework);
    const next: FrameworkRecord = cassandra_mesos.v1.FrameworkRecord.create({ ...(result.framework ?? framework.value), schemaVersion: from + 1 });
    const versions = await store.commit([...result.ops, StateOps.put(StateKeys.framework, next, framework.version)]);
    framework = { value: next, version: versions[versions.length - 1] as number };
    options.onMigrated?.(migration);
  }
  return framework;
}
