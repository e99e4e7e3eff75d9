// Keyspaces, tables and where the node keeps its files.
import type { CallOptions, JmxClient, JmxResult } from './jmx-client';
import { objectNameKeys, STORAGE_SERVICE, tablesOfKeyspacePattern } from './names';
import { expectRecord, expectString, expectStringArray } from './values';

/**
 * Cassandra's own replicated keyspaces, which StorageService.NonSystemKeyspaces still lists
 * (it only leaves out the local ones such as system and system_schema).
 */
export const REPLICATED_SYSTEM_KEYSPACES: readonly string[] = [
  'system_auth',
  'system_distributed',
  'system_traces',
  'system_cluster_metadata',
];

export interface Keyspaces {
  /** Every keyspace, system ones included. */
  readonly all: readonly string[];
  /** User keyspaces: NonSystemKeyspaces without Cassandra's replicated system keyspaces. */
  readonly user: readonly string[];
  /** Keyspaces of Cassandra itself (all minus user). */
  readonly system: readonly string[];
}

export async function listKeyspaces(client: JmxClient, options?: CallOptions): Promise<Keyspaces> {
  const op = 'listKeyspaces';
  const [all, user] = await client.bulkValues(
    op,
    [
      { type: 'read', mbean: STORAGE_SERVICE, attribute: 'Keyspaces' },
      { type: 'read', mbean: STORAGE_SERVICE, attribute: 'NonSystemKeyspaces' },
    ],
    options,
  );
  const allNames = expectStringArray(client.context(op), 'Keyspaces', all).slice().sort();
  const userNames = expectStringArray(client.context(op), 'NonSystemKeyspaces', user)
    .filter((k) => !REPLICATED_SYSTEM_KEYSPACES.includes(k))
    .sort();
  return { all: allNames, user: userNames, system: allNames.filter((k) => !userNames.includes(k)) };
}

/** Table names of `keyspace` (sorted); an unknown keyspace has none. Secondary-index tables are not listed. */
export async function listTables(
  client: JmxClient,
  keyspace: string,
  options?: CallOptions,
): Promise<string[]> {
  const names = await client.search('listTables', tablesOfKeyspacePattern(keyspace), options);
  return names
    .map((n) => objectNameKeys(n).get('table'))
    .filter((t): t is string => t !== undefined)
    .sort();
}

export interface DataFileLocations {
  /** data_file_directories */
  readonly data: readonly string[];
  /** local system keyspaces' directories (5.0 can keep them apart: local_system_data_file_directory) */
  readonly localSystemData: readonly string[];
  readonly commitLog: string;
  readonly savedCaches: string;
}

export async function dataFileLocations(
  client: JmxClient,
  options?: CallOptions,
): Promise<DataFileLocations> {
  const op = 'dataFileLocations';
  const c = client.context(op);
  const [data, localSystem, commitLog, savedCaches] = await client.bulk(
    op,
    [
      'AllDataFileLocations',
      'LocalSystemKeyspacesDataFileLocations',
      'CommitLogLocation',
      'SavedCachesLocation',
    ].map((attribute) => ({
      type: 'read' as const,
      mbean: STORAGE_SERVICE,
      attribute,
    })),
    options,
  );
  const value = (r: JmxResult | undefined): unknown => {
    if (r === undefined || !r.ok) throw r?.error ?? new Error('missing answer');
    return r.value;
  };
  return {
    data: expectStringArray(c, 'AllDataFileLocations', value(data)),
    // Older releases have no separate local-system directories.
    localSystemData:
      localSystem?.ok === true
        ? expectStringArray(c, 'LocalSystemKeyspacesDataFileLocations', localSystem.value)
        : [],
    commitLog: expectString(c, 'CommitLogLocation', value(commitLog)),
    savedCaches: expectString(c, 'SavedCachesLocation', value(savedCaches)),
  };
}

export interface TableDataPaths {
  readonly keyspace: string;
  readonly table: string;
  /** The table's live data directories (one per data_file_directory), e.g. ".../data/ks/tbl-<id>". */
  readonly paths: readonly string[];
}

/** Data directories of every table (of `keyspace`, or of all keyspaces) in ONE pattern read of DataPaths. */
export async function tableDataPaths(
  client: JmxClient,
  keyspace?: string,
  options?: CallOptions,
): Promise<TableDataPaths[]> {
  const op = 'tableDataPaths';
  const c = client.context(op);
  const pattern =
    keyspace === undefined ? 'org.apache.cassandra.db:type=Tables,*' : tablesOfKeyspacePattern(keyspace);
  const value = await client.read(op, pattern, 'DataPaths', options);
  // A pattern read is keyed by ObjectName (no match at all is a 404 error).
  const byName = expectRecord(c, 'DataPaths', value);
  const out: TableDataPaths[] = [];
  for (const [name, attrs] of Object.entries(byName)) {
    const keys = objectNameKeys(name);
    const ks = keys.get('keyspace');
    const table = keys.get('table');
    if (ks === undefined || table === undefined) continue;
    const paths = expectStringArray(
      c,
      `DataPaths of ${ks}.${table}`,
      (attrs as { DataPaths?: unknown } | null)?.DataPaths,
    );
    out.push({ keyspace: ks, table, paths });
  }
  return out.sort((a, b) => a.keyspace.localeCompare(b.keyspace) || a.table.localeCompare(b.table));
}
