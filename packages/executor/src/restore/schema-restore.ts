// The cluster side of a restore's import stage, run by ONE node (NodeJobTask.truncate): create the
// keyspaces/types/tables of the backup that this cluster lacks (restore_schema), check every restored
// table exists, and TRUNCATE each once. Everything over CQL: system_schema says what exists.
import { types } from 'cassandra-driver';
import type { CqlSession } from '../data-jobs/context';
import { RestoreFailure } from './failure';
import type { SchemaObjectKind, SchemaStatement } from './schema-cql';

/** TRUNCATE asks every replica to drop its data (and snapshot it first, auto_snapshot): give it time. */
export const TRUNCATE_TIMEOUT_MS = 10 * 60_000;
/** Creating a table waits for every node to agree on the schema. */
const DDL_TIMEOUT_MS = 2 * 60_000;

export interface ExistingSchema {
  /** `kind:keyspace.name` for every object that exists (keyspaces as `keyspace:ks.ks`). */
  readonly objects: ReadonlySet<string>;
}

export function objectKey(kind: SchemaObjectKind, keyspace: string, name: string): string {
  return `${kind}:${keyspace}.${name}`;
}

/** What exists in system_schema for these keyspaces. */
export async function readExistingSchema(cql: CqlSession, keyspaces: readonly string[]): Promise<ExistingSchema> {
  const objects = new Set<string>();
  const queries: ReadonlyArray<{ kind: SchemaObjectKind; table: string; column: string }> = [
    { kind: 'keyspace', table: 'keyspaces', column: 'keyspace_name' },
    { kind: 'type', table: 'types', column: 'type_name' },
    { kind: 'table', table: 'tables', column: 'table_name' },
    { kind: 'index', table: 'indexes', column: 'index_name' },
    { kind: 'view', table: 'views', column: 'view_name' },
    { kind: 'function', table: 'functions', column: 'function_name' },
    { kind: 'aggregate', table: 'aggregates', column: 'aggregate_name' },
  ];
  for (const keyspace of keyspaces) {
    for (const q of queries) {
      const rs = await cql.execute(`SELECT ${q.column} FROM system_schema.${q.table} WHERE keyspace_name = ?`, [keyspace], { prepare: true });
      for (const row of rs.rows) objectKeys(objects, q.kind, keyspace, row.get(q.column) as unknown);
    }
  }
  return { objects };
}

function objectKeys(into: Set<string>, kind: SchemaObjectKind, keyspace: string, name: unknown): void {
  if (typeof name === 'string') into.add(objectKey(kind, keyspace, name));
}

/**
 * The statements that create what is missing, in the manifest's order (dependencies first). Tables,
 * views and indexes only for the restored tables; keyspaces, types, functions and aggregates whenever
 * missing (a restored table may need them).
 */
export function planSchemaCreation(
  statements: readonly SchemaStatement[],
  existing: ExistingSchema,
  restoredTables: ReadonlySet<string>,
): SchemaStatement[] {
  return statements.filter((s) => {
    if (existing.objects.has(objectKey(s.kind, s.keyspace, s.name))) return false;
    switch (s.kind) {
      case 'keyspace':
      case 'type':
      case 'function':
      case 'aggregate':
        return true;
      case 'table':
      case 'view':
        return restoredTables.has(`${s.keyspace}.${s.name}`);
      case 'index':
        return s.baseTable !== undefined && restoredTables.has(`${s.keyspace}.${s.baseTable}`);
    }
  });
}

export async function createSchema(cql: CqlSession, statements: readonly SchemaStatement[], signal: AbortSignal): Promise<void> {
  for (const s of statements) {
    signal.throwIfAborted();
    try {
      await cql.execute(s.cql, [], { readTimeout: DDL_TIMEOUT_MS });
    } catch (error) {
      throw new RestoreFailure(s.keyspace, `creating ${s.kind} ${s.kind === 'keyspace' ? s.name : `${s.keyspace}.${s.name}`} from the backup's schema failed: ${(error as Error).message}. Statement: ${s.cql}`, { cause: error });
    }
  }
}

/** The current id of each restored table (32 hex digits), or a failure listing every table that does not exist. */
export async function liveTableIds(
  cql: CqlSession,
  tables: ReadonlyArray<{ readonly keyspace: string; readonly table: string; readonly view: boolean }>,
  restoreSchema: boolean,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const missing: string[] = [];
  for (const t of tables) {
    const source = t.view ? { table: 'views', column: 'view_name' } : { table: 'tables', column: 'table_name' };
    const rs = await cql.execute(`SELECT id FROM system_schema.${source.table} WHERE keyspace_name = ? AND ${source.column} = ?`, [t.keyspace, t.table], { prepare: true });
    const id: unknown = rs.rows[0]?.get('id');
    const text = id instanceof types.Uuid ? id.toString() : typeof id === 'string' ? id : undefined;
    if (text === undefined) missing.push(`${t.keyspace}.${t.table}`);
    else ids.set(`${t.keyspace}.${t.table}`, text.replace(/-/g, ''));
  }
  if (missing.length > 0) {
    const hint = restoreSchema ? 'the backup has no CREATE statement for it' : 'create it first, or restore with restore_schema to create it from the backup';
    throw new RestoreFailure(undefined, `${missing.length === 1 ? 'table' : 'tables'} ${missing.join(', ')} of the backup ${missing.length === 1 ? 'does' : 'do'} not exist in this cluster (${hint}); nothing was truncated`);
  }
  return ids;
}

export async function truncateTable(cql: CqlSession, keyspace: string, table: string): Promise<void> {
  try {
    await cql.execute(`TRUNCATE "${keyspace}"."${table}"`, [], { consistency: types.consistencies.all, readTimeout: TRUNCATE_TIMEOUT_MS });
  } catch (error) {
    throw new RestoreFailure(
      keyspace,
      `TRUNCATE ${keyspace}.${table} failed: ${(error as Error).message}. TRUNCATE needs every node of the cluster up; bring them up and retry the restore`,
      { cause: error },
    );
  }
}
