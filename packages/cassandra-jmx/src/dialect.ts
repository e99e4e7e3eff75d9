// The one adapter between our operations and Cassandra's MBean operations, keyed on ReleaseVersion.
// Every operation signature this package sends is built here; nothing else spells a signature.
// Supported: 4.0, 4.1, 5.0 (and later 5.x, which keep the 5.0 StorageService operations).
import type { JmxExecRequest, JmxReadRequest } from './jmx-client';
import { STORAGE_SERVICE, tableMBean } from './names';

export interface CassandraVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** As reported, e.g. "5.0.9" or "4.1.3-SNAPSHOT". */
  readonly raw: string;
}

export class UnsupportedCassandraVersionError extends Error {
  override readonly name = 'UnsupportedCassandraVersionError';
}

export function parseReleaseVersion(raw: string): CassandraVersion {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(raw);
  if (m === null)
    throw new UnsupportedCassandraVersionError(
      `cannot parse Cassandra ReleaseVersion ${JSON.stringify(raw)}`,
    );
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0), raw };
}

function atLeast(v: CassandraVersion, major: number, minor: number): boolean {
  return v.major > major || (v.major === major && v.minor >= minor);
}

export interface SnapshotRequestOptions {
  readonly skipFlush: boolean;
  /** Cassandra duration, e.g. "1h", "30m"; 4.1+. */
  readonly ttl?: string;
}

/** importNewSSTables flags, in Cassandra's parameter order (see ColumnFamilyStoreMBean). */
export interface ImportFlags {
  readonly resetLevel: boolean;
  readonly clearRepaired: boolean;
  readonly verifySSTables: boolean;
  readonly verifyTokens: boolean;
  readonly invalidateCaches: boolean;
  readonly extendedVerify: boolean;
  readonly copyData: boolean;
}

export interface Dialect {
  readonly version: CassandraVersion;
  takeSnapshot(tag: string, options: SnapshotRequestOptions, entities: readonly string[]): JmxExecRequest;
  clearSnapshot(tag: string, keyspaces: readonly string[]): JmxExecRequest;
  flush(keyspace: string, tables: readonly string[]): JmxExecRequest;
  cleanup(jobs: number, keyspace: string, tables: readonly string[]): JmxExecRequest;
  repairAsync(keyspace: string, options: Readonly<Record<string, string>>): JmxExecRequest;
  parentRepairStatus(command: number): JmxExecRequest;
  terminateAllRepairSessions(): JmxExecRequest;
  importNewSSTables(
    keyspace: string,
    table: string,
    sourceDirs: readonly string[],
    flags: ImportFlags,
  ): JmxExecRequest;
  loadNewSSTables(keyspace: string, table: string): JmxExecRequest;
  drain(): JmxExecRequest;
  decommission(force: boolean): JmxExecRequest;
  removeNode(hostId: string): JmxExecRequest;
  removalStatus(): JmxReadRequest;
}

const ss = (operation: string, args: readonly unknown[]): JmxExecRequest => ({
  type: 'exec',
  mbean: STORAGE_SERVICE,
  operation,
  arguments: args,
});

/** The dialect for a Cassandra release; throws UnsupportedCassandraVersionError below 4.0. */
export function dialectFor(version: CassandraVersion): Dialect {
  if (!atLeast(version, 4, 0))
    throw new UnsupportedCassandraVersionError(
      `Cassandra ${version.raw} is not supported (4.0 or later required)`,
    );
  const hasSnapshotTtl = atLeast(version, 4, 1);
  const hasClearSnapshotOptions = atLeast(version, 5, 0);
  return {
    version,
    takeSnapshot(tag, options, entities) {
      if (options.ttl !== undefined && !hasSnapshotTtl)
        throw new UnsupportedCassandraVersionError(
          `snapshot TTLs need Cassandra 4.1 or later (node runs ${version.raw})`,
        );
      const map: Record<string, string> = { skipFlush: String(options.skipFlush) };
      if (options.ttl !== undefined) map['ttl'] = options.ttl;
      return ss('takeSnapshot(java.lang.String,java.util.Map,[Ljava.lang.String;)', [
        tag,
        map,
        [...entities],
      ]);
    },
    clearSnapshot(tag, keyspaces) {
      return hasClearSnapshotOptions
        ? ss('clearSnapshot(java.util.Map,java.lang.String,[Ljava.lang.String;)', [{}, tag, [...keyspaces]])
        : ss('clearSnapshot(java.lang.String,[Ljava.lang.String;)', [tag, [...keyspaces]]);
    },
    flush: (keyspace, tables) =>
      ss('forceKeyspaceFlush(java.lang.String,[Ljava.lang.String;)', [keyspace, [...tables]]),
    cleanup: (jobs, keyspace, tables) =>
      ss('forceKeyspaceCleanup(int,java.lang.String,[Ljava.lang.String;)', [jobs, keyspace, [...tables]]),
    repairAsync: (keyspace, options) =>
      ss('repairAsync(java.lang.String,java.util.Map)', [keyspace, { ...options }]),
    parentRepairStatus: (command) => ss('getParentRepairStatus(int)', [command]),
    terminateAllRepairSessions: () => ss('forceTerminateAllRepairSessions()', []),
    importNewSSTables: (keyspace, table, sourceDirs, f) => ({
      type: 'exec',
      mbean: tableMBean(keyspace, table),
      operation: 'importNewSSTables(java.util.Set,boolean,boolean,boolean,boolean,boolean,boolean,boolean)',
      arguments: [
        [...sourceDirs],
        f.resetLevel,
        f.clearRepaired,
        f.verifySSTables,
        f.verifyTokens,
        f.invalidateCaches,
        f.extendedVerify,
        f.copyData,
      ],
    }),
    loadNewSSTables: (keyspace, table) =>
      ss('loadNewSSTables(java.lang.String,java.lang.String)', [keyspace, table]),
    drain: () => ss('drain()', []),
    decommission: (force) => ss('decommission(boolean)', [force]),
    removeNode: (hostId) => ss('removeNode(java.lang.String)', [hostId]),
    removalStatus: () => ({ type: 'read', mbean: STORAGE_SERVICE, attribute: 'RemovalStatusWithPort' }),
  };
}
