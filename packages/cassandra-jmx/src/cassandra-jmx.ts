// The typed face of one Cassandra node: every operation of this package bound to a JmxClient and
// the dialect of the node's release (read once from ReleaseVersion, or given).
import { dialectFor, parseReleaseVersion, type CassandraVersion, type Dialect } from './dialect';
import { readHealth, type NodeHealth } from './health';
import { importSSTables, type ImportOptions, type ImportResult } from './import-sstables';
import { JmxClient, type CallOptions, type JmxClientOptions } from './jmx-client';
import {
  decommission,
  drain,
  removalStatus,
  removeNode,
  type DecommissionOptions,
  type LongOperationControl,
} from './lifecycle';
import { cleanup, flush, type CleanupOptions } from './maintenance';
import { STORAGE_SERVICE } from './names';
import { repair, type RepairControl, type RepairResult } from './repair';
import type { RepairOptions } from './repair-options';
import {
  dataFileLocations,
  listKeyspaces,
  listTables,
  tableDataPaths,
  type DataFileLocations,
  type Keyspaces,
  type TableDataPaths,
} from './schema';
import {
  clearSnapshot,
  listSnapshots,
  takeSnapshot,
  type ClearSnapshotOptions,
  type ListSnapshotsOptions,
  type SnapshotInfo,
  type TakeSnapshotOptions,
} from './snapshots';
import { expectString } from './values';

export interface CassandraJmxOptions extends JmxClientOptions {
  /** Skip reading ReleaseVersion, e.g. "4.1.5". */
  readonly releaseVersion?: string;
}

export class CassandraJmx {
  readonly client: JmxClient;
  #dialect: Promise<Dialect> | undefined;

  constructor(options: CassandraJmxOptions | JmxClient) {
    if (options instanceof JmxClient) {
      this.client = options;
    } else {
      this.client = new JmxClient(options);
      if (options.releaseVersion !== undefined)
        this.#dialect = Promise.resolve(dialectFor(parseReleaseVersion(options.releaseVersion)));
    }
  }

  get node(): string {
    return this.client.node;
  }

  /** The node's release (read once; a failed read is retried on the next call). */
  async version(call?: CallOptions): Promise<CassandraVersion> {
    return (await this.dialect(call)).version;
  }

  private dialect(call?: CallOptions): Promise<Dialect> {
    if (this.#dialect === undefined) {
      const loading = this.client
        .read('releaseVersion', STORAGE_SERVICE, 'ReleaseVersion', call)
        .then((v) =>
          dialectFor(
            parseReleaseVersion(expectString(this.client.context('releaseVersion'), 'ReleaseVersion', v)),
          ),
        );
      this.#dialect = loading;
      void loading.catch(() => {
        if (this.#dialect === loading) this.#dialect = undefined;
      });
    }
    return this.#dialect;
  }

  health(call?: CallOptions): Promise<NodeHealth> {
    return readHealth(this.client, call);
  }

  keyspaces(call?: CallOptions): Promise<Keyspaces> {
    return listKeyspaces(this.client, call);
  }

  tables(keyspace: string, call?: CallOptions): Promise<string[]> {
    return listTables(this.client, keyspace, call);
  }

  dataFileLocations(call?: CallOptions): Promise<DataFileLocations> {
    return dataFileLocations(this.client, call);
  }

  tableDataPaths(keyspace?: string, call?: CallOptions): Promise<TableDataPaths[]> {
    return tableDataPaths(this.client, keyspace, call);
  }

  async takeSnapshot(tag: string, options?: TakeSnapshotOptions, call?: CallOptions): Promise<void> {
    return takeSnapshot(this.client, await this.dialect(call), tag, options, call);
  }

  listSnapshots(options?: ListSnapshotsOptions, call?: CallOptions): Promise<SnapshotInfo[]> {
    return listSnapshots(this.client, options, call);
  }

  async clearSnapshot(tag: string, options?: ClearSnapshotOptions, call?: CallOptions): Promise<void> {
    return clearSnapshot(this.client, await this.dialect(call), tag, options, call);
  }

  async flush(keyspace: string, tables?: readonly string[], call?: CallOptions): Promise<void> {
    return flush(this.client, await this.dialect(call), keyspace, tables, call);
  }

  async cleanup(keyspace: string, options?: CleanupOptions, call?: CallOptions): Promise<void> {
    return cleanup(this.client, await this.dialect(call), keyspace, options, call);
  }

  async repair(keyspace: string, options?: RepairOptions, control?: RepairControl): Promise<RepairResult> {
    return repair(this.client, await this.dialect(), keyspace, options, control);
  }

  async importSSTables(
    keyspace: string,
    table: string,
    options?: ImportOptions,
    call?: CallOptions,
  ): Promise<ImportResult> {
    return importSSTables(this.client, await this.dialect(call), keyspace, table, options, call);
  }

  async drain(control?: LongOperationControl): Promise<void> {
    return drain(this.client, await this.dialect(), control);
  }

  async decommission(options?: DecommissionOptions): Promise<void> {
    return decommission(this.client, await this.dialect(), options);
  }

  async removeNode(hostId: string, call?: CallOptions): Promise<void> {
    return removeNode(this.client, await this.dialect(call), hostId, call);
  }

  async removalStatus(call?: CallOptions): Promise<string> {
    return removalStatus(this.client, await this.dialect(call), call);
  }

  toJSON(): { node: string; url: string } {
    return this.client.toJSON();
  }
}
