// Fixtures of the restore tests: a backup written by hand into a LocalDirectoryStorage (seeds/001
// layout, as the executor's backup writes it), a DataJobSpec for a restore part, and fakes of the
// node's JMX and CQL session that record what the restore asked of Cassandra.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { LocalDirectoryStorage, localDataKey, localNodeManifestKey, sha256Hex, type ManifestFile, type NodeManifest } from '@cassandra-mesos/backup-storage';
import { cassandra_mesos } from '@cassandra-mesos/model';
import type { CqlSession, DataJobDeps, DataJobJmx, DataJobOptions, DataJobProgressFields, DataJobSpec } from '../../src/data-jobs/context';
import { systemClock } from '../../src/clock';

export const { JobStage, RestoreType, BackupType } = cassandra_mesos.v1;

export const CLUSTER = 'prod';
export const BACKUP = 'nightly-1';
export const SOURCE_NODE = 'node-0';

export const SHOP_SCHEMA = [
  "CREATE KEYSPACE shop WITH replication = {'class': 'SimpleStrategy', 'replication_factor': '1'}  AND durable_writes = true;",
  'CREATE TYPE shop.address (\n    street text,\n    city text\n);',
  "CREATE TABLE shop.orders (\n    id int PRIMARY KEY,\n    total int\n) WITH comment = 'orders; one per row';",
  'CREATE TABLE shop.users (\n    id int PRIMARY KEY,\n    name text,\n    home frozen<address>\n);',
  'CREATE INDEX users_name ON shop.users (name);',
  'CREATE TABLE shop.empty (\n    id int PRIMARY KEY\n);',
].join('\n\n');

export interface FixtureFile {
  readonly keyspace: string;
  readonly table: string;
  readonly fileName: string;
  readonly content: string;
  readonly incremental?: boolean;
}

export const ORDERS_DIR = 'orders-0123456789abcdef0123456789abcdef';
export const USERS_DIR = 'users-fedcba9876543210fedcba9876543210';

export const DEFAULT_FILES: readonly FixtureFile[] = [
  { keyspace: 'shop', table: 'orders', fileName: 'nb-1-big-Data.db', content: 'orders data 1'.repeat(50) },
  { keyspace: 'shop', table: 'orders', fileName: 'nb-1-big-Index.db', content: 'orders index 1' },
  { keyspace: 'shop', table: 'orders', fileName: 'nb-2-big-Data.db', content: 'orders incremental data 2'.repeat(20), incremental: true },
  { keyspace: 'shop', table: 'users', fileName: 'nb-3-big-Data.db', content: 'users data 3'.repeat(30) },
];

/** A temp dir with a local backup directory and a node data directory (`<root>/node/data`). */
export class RestoreFixture {
  readonly root = mkdtempSync(join(tmpdir(), 'restore-test-'));
  readonly backupDir = join(this.root, 'backup');
  readonly dataDir = join(this.root, 'node', 'data');
  readonly storage = new LocalDirectoryStorage(this.backupDir);
  manifest: NodeManifest | undefined;

  constructor() {
    mkdirSync(this.dataDir, { recursive: true });
  }

  /** Writes the files and the node manifest of BACKUP for SOURCE_NODE. */
  async writeBackup(files: readonly FixtureFile[] = DEFAULT_FILES, schemaCql: Record<string, string> = { shop: SHOP_SCHEMA }): Promise<NodeManifest> {
    const root = { prefix: '', cluster: CLUSTER };
    const src = join(this.root, 'src');
    mkdirSync(src, { recursive: true });
    const entries: ManifestFile[] = [];
    for (const f of files) {
      const local = join(src, `${f.table}-${f.fileName}`);
      writeFileSync(local, f.content);
      const key = localDataKey(root, { backupName: BACKUP, nodeId: SOURCE_NODE, keyspace: f.keyspace, table: f.table, fileName: f.fileName });
      const sha256 = sha256Hex(f.content);
      const size = Buffer.byteLength(f.content);
      await this.storage.putFile(key, local, { size, sha256 });
      entries.push({ key, keyspace: f.keyspace, table: f.table, tableId: f.table === 'users' ? USERS_DIR : f.table === 'orders' ? ORDERS_DIR : `${f.table}-00000000000000000000000000000000`, fileName: f.fileName, size, sha256, ...(f.incremental === undefined ? {} : { incremental: f.incremental }) });
    }
    const manifest: NodeManifest = {
      formatVersion: 1,
      cluster: CLUSTER,
      backupName: BACKUP,
      nodeId: SOURCE_NODE,
      hostId: '6b1e4c8e-0000-4000-8000-000000000000',
      datacenter: 'dc1',
      rack: 'rack1',
      cassandraVersion: '5.0.4',
      tokens: ['-9000', '0', '9000'],
      snapshotAt: '2025-01-01T00:00:00.000Z',
      completedAt: '2025-01-01T00:01:00.000Z',
      schemaCql,
      files: entries,
    };
    await this.storage.putJson(localNodeManifestKey(root, BACKUP, SOURCE_NODE), manifest);
    this.manifest = manifest;
    return manifest;
  }

  /** Overwrites a stored object's bytes, keeping its recorded SHA-256 (bit rot, tampering). */
  corrupt(file: FixtureFile, bytes = 'garbage'): string {
    const key = localDataKey({ prefix: '', cluster: CLUSTER }, { backupName: BACKUP, nodeId: SOURCE_NODE, keyspace: file.keyspace, table: file.table, fileName: file.fileName });
    writeFileSync(join(this.backupDir, key), bytes);
    return key;
  }

  get stagingDir(): string {
    return join(this.root, 'node', 'restore-staging');
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

export function restoreOptions(backupDir: string, overrides: Partial<DataJobOptions> = {}): DataJobOptions {
  return {
    backupName: BACKUP,
    storage: 'local',
    bucket: '',
    prefix: backupDir,
    endpoint: '',
    region: 'us-east-1',
    forcePathStyle: false,
    concurrency: 2,
    partSizeBytes: 16 * 1024 * 1024,
    rateLimitBytesPerSecond: 0,
    backupType: BackupType.NODE_SNAPSHOT,
    baseBackup: '',
    sourceCluster: '',
    restoreType: RestoreType.CLUSTER_RESTORE,
    snapshotOnly: false,
    nodeMapping: {},
    restoreSchema: false,
    snapshotTag: '',
    ...overrides,
  };
}

export function restoreSpec(backupDir: string, overrides: Partial<DataJobSpec> = {}, options: Partial<DataJobOptions> = {}): DataJobSpec {
  return {
    taskId: 'task-restore-1',
    nodeId: 'node-9',
    jobId: 'job-42',
    type: 'RESTORE',
    stage: JobStage.RESTORE_DOWNLOAD,
    options: restoreOptions(backupDir, options),
    keyspaces: [],
    tables: [],
    clusterName: CLUSTER,
    sourceNodeId: SOURCE_NODE,
    truncate: false,
    jobTimeoutMs: 6 * 3600_000,
    ...overrides,
  };
}

export interface CqlCall {
  readonly query: string;
  readonly params: unknown[];
  readonly options: Record<string, unknown>;
}

/** A CQL session over an in-memory system_schema: DDL adds to it, TRUNCATE is recorded. */
export class FakeCql {
  readonly calls: CqlCall[] = [];
  /** `kind:ks.name` as schema-restore keys them, with the table id for tables. */
  readonly schema = new Map<string, string>();
  failOn: RegExp | undefined;

  constructor(existing: readonly string[] = []) {
    for (const e of existing) this.schema.set(e, 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');
  }

  readonly session = {
    execute: (query: string, params: unknown[] = [], options: Record<string, unknown> = {}) => this.execute(query, params, options),
  } as unknown as CqlSession;

  private execute(query: string, params: unknown[], options: Record<string, unknown>): Promise<{ rows: Array<{ get(c: string): unknown }> }> {
    this.calls.push({ query, params, options });
    if (this.failOn?.test(query)) return Promise.reject(new Error(`fake failure of ${query}`));
    const select = /^SELECT (\w+) FROM system_schema\.(\w+) WHERE keyspace_name = \?(?: AND (\w+) = \?)?$/.exec(query);
    if (select) {
      const [, column, table] = select;
      const kind = { keyspaces: 'keyspace', types: 'type', tables: 'table', indexes: 'index', views: 'view', functions: 'function', aggregates: 'aggregate' }[table!]!;
      const [ks, name] = params as string[];
      const rows = [...this.schema.entries()]
        .filter(([k]) => k.startsWith(`${kind}:${ks}.`) && (name === undefined || k === `${kind}:${ks}.${name}`))
        .map(([k, id]) => ({ get: (c: string) => (c === 'id' ? id : c === column ? k.slice(k.indexOf('.') + 1) : undefined) }));
      return Promise.resolve({ rows });
    }
    const create = /^CREATE (KEYSPACE|TYPE|TABLE|INDEX) IF NOT EXISTS (\w+)(?:\.(\w+))?/.exec(query);
    if (create) {
      const [, kind, a, b] = create;
      if (kind === 'KEYSPACE') this.schema.set(`keyspace:${a}.${a}`, '');
      else if (kind === 'INDEX') this.schema.set(`index:shop.${a}`, '');
      else this.schema.set(`${kind!.toLowerCase()}:${a}.${b}`, '11111111-2222-3333-4444-555555555555');
    }
    return Promise.resolve({ rows: [] });
  }

  get truncates(): string[] {
    return this.calls.filter((c) => c.query.startsWith('TRUNCATE')).map((c) => c.query);
  }
}

export interface ImportCall {
  readonly keyspace: string;
  readonly table: string;
  readonly sourceDirs: readonly string[];
  /** File names in the source directory at the time of the call. */
  readonly files: readonly string[];
}

/** The JMX calls a restore makes: importSSTables (taking the files, as Cassandra moves them) and tableDataPaths. */
export function fakeJmx(onImport: (call: ImportCall) => Promise<void> | void = () => undefined): { jmx: DataJobJmx; imports: ImportCall[] } {
  const imports: ImportCall[] = [];
  const jmx = {
    importSSTables: async (keyspace: string, table: string, options: { sourceDirs?: readonly string[] } = {}) => {
      const sourceDirs = options.sourceDirs ?? [];
      const files = sourceDirs.flatMap((d) => readdirSync(d));
      const call = { keyspace, table, sourceDirs, files };
      imports.push(call);
      await onImport(call);
      for (const d of sourceDirs) for (const f of readdirSync(d)) rmSync(join(d, f));
      return { method: 'importNewSSTables' as const };
    },
  } as unknown as DataJobJmx;
  return { jmx, imports };
}

export class RecordingProgress {
  readonly reports: DataJobProgressFields[] = [];
  report(fields: DataJobProgressFields): void {
    this.reports.push(fields);
  }
}

export function deps(fixture: RestoreFixture, overrides: Partial<DataJobDeps> = {}): DataJobDeps {
  return {
    jmx: undefined,
    cql: () => Promise.reject(new Error('no CQL session in this test')),
    dataDirectories: [fixture.dataDir],
    sandbox: fixture.root,
    log: pino({ level: 'silent' }),
    clock: systemClock,
    ...overrides,
  };
}
