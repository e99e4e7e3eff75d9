// Import new SSTables into a live table: ColumnFamilyStore.importNewSSTables with the 8-argument
// signature (a java.util.Set of source directories — Jolokia ≥ 2.5.1 converts the JSON array), and
// StorageService.loadNewSSTables(ks, table) when the node has no such signature.
import type { Dialect, ImportFlags } from './dialect';
import { CassandraOperationFailedError, JmxNoSuchOperationError } from './errors';
import type { CallOptions, JmxClient } from './jmx-client';
import { assertIdentifier } from './names';
import { expectStringArray } from './values';

export interface ImportOptions extends Partial<ImportFlags> {
  /** Directories holding the SSTables; empty or absent = the table's own data directories. */
  readonly sourceDirs?: readonly string[];
}

/** nodetool import's defaults. */
export const DEFAULT_IMPORT_FLAGS: ImportFlags = {
  resetLevel: true,
  clearRepaired: true,
  verifySSTables: true,
  verifyTokens: true,
  invalidateCaches: true,
  extendedVerify: false,
  copyData: false,
};

export interface ImportResult {
  /** "importNewSSTables" or, on nodes without it, "loadNewSSTables" (which ignores sourceDirs and flags). */
  readonly method: 'importNewSSTables' | 'loadNewSSTables';
}

export async function importSSTables(
  client: JmxClient,
  dialect: Dialect,
  keyspace: string,
  table: string,
  options: ImportOptions = {},
  call?: CallOptions,
): Promise<ImportResult> {
  const ks = assertIdentifier('keyspace', keyspace);
  const t = assertIdentifier('table', table);
  const { sourceDirs = [], ...flags } = options;
  for (const d of sourceDirs)
    if (d === '' || !d.startsWith('/'))
      throw new TypeError(`import source directory must be an absolute path, got ${JSON.stringify(d)}`);
  const op = `importNewSSTables(${ks}.${t})`;
  let failed: string[];
  try {
    failed = expectStringArray(
      client.context(op),
      'failed directories',
      await client.request(
        op,
        dialect.importNewSSTables(ks, t, sourceDirs, { ...DEFAULT_IMPORT_FLAGS, ...flags }),
        call,
      ),
    );
  } catch (e) {
    if (!(e instanceof JmxNoSuchOperationError)) throw e;
    if (sourceDirs.length > 0) {
      throw new CassandraOperationFailedError(
        client.context(op),
        `the node has no importNewSSTables(Set, 7 × boolean) and loadNewSSTables cannot import from ${sourceDirs.join(', ')}`,
      );
    }
    await client.request(`loadNewSSTables(${ks}.${t})`, dialect.loadNewSSTables(ks, t), call);
    return { method: 'loadNewSSTables' };
  }
  if (failed.length > 0)
    throw new CassandraOperationFailedError(
      client.context(op),
      `could not import SSTables from ${failed.join(', ')}; see the node's log`,
      failed,
    );
  return { method: 'importNewSSTables' };
}
