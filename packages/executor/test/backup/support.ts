// A temp directory shaped like Cassandra's data directory, and a fake of the node's Jolokia side that
// works on it the way Cassandra does: a snapshot hard-links the live SSTables into
// <table>/snapshots/<tag>/ (with manifest.json and schema.cql), clearSnapshot removes that directory.
import { linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { scanSnapshots, type TakeSnapshotOptions } from '@cassandra-mesos/cassandra-jmx';
import { systemClock, type CqlSession, type DataJobDeps, type DataJobJmx } from '../../src';

export const TABLE_IDS: Record<string, string> = {
  'shop.orders': 'a'.repeat(32),
  'shop.blobs': 'b'.repeat(32),
  'audit.events': 'c'.repeat(32),
  'system.local': 'd'.repeat(32),
};

export class DataTree {
  readonly root = mkdtempSync(join(tmpdir(), 'cassandra-data-'));
  readonly dataDir = join(this.root, 'data');

  constructor() {
    for (const name of Object.keys(TABLE_IDS)) {
      const [keyspace, table] = name.split('.') as [string, string];
      mkdirSync(this.tableDir(keyspace, table), { recursive: true });
    }
  }

  tableDir(keyspace: string, table: string): string {
    return join(this.dataDir, keyspace, `${table}-${TABLE_IDS[`${keyspace}.${table}`]}`);
  }

  /** Writes SSTable generation `gen` of a table (Data, Index, Statistics); with incremental backups, also its backups/ link. */
  flushSSTable(keyspace: string, table: string, gen: number, bytes = 100, incremental = false): string[] {
    const dir = this.tableDir(keyspace, table);
    const names = ['Data.db', 'Index.db', 'Statistics.db'].map((c) => `nb-${gen}-big-${c}`);
    for (const [i, name] of names.entries()) {
      writeFileSync(join(dir, name), Buffer.alloc(bytes + i, `${keyspace}.${table}.${gen}.${i}`));
      if (incremental) {
        mkdirSync(join(dir, 'backups'), { recursive: true });
        linkSync(join(dir, name), join(dir, 'backups', name));
      }
    }
    return names;
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

export interface JmxCall {
  readonly op: string;
  readonly args: unknown[];
}

/** The node over "Jolokia": keyspaces/tables/snapshots of the DataTree. */
export class FakeJmx {
  readonly calls: JmxCall[] = [];
  failSnapshot: Error | undefined;
  failClear: Error | undefined;

  constructor(private readonly tree: DataTree) {}

  asJmx(): DataJobJmx {
    return this as unknown as DataJobJmx;
  }

  keyspaces() {
    const all = readdirSync(this.tree.dataDir).sort();
    const user = all.filter((k) => !k.startsWith('system'));
    return Promise.resolve({ all, user, system: all.filter((k) => !user.includes(k)) });
  }

  tables(keyspace: string) {
    return Promise.resolve(readdirSync(join(this.tree.dataDir, keyspace)).map((d) => d.replace(/-[0-9a-f]{32}$/, '')).sort());
  }

  health() {
    return Promise.resolve({ hostId: '11111111-2222-3333-4444-555555555555', dataCenter: 'dc1', rack: 'rack1', releaseVersion: '5.0.9' });
  }

  readonly client = {
    read: (_op: string, _mbean: string, attribute: string) => Promise.resolve(attribute === 'Tokens' ? ['-9223372036854775808', '42'] : undefined),
  };

  flush(keyspace: string, tables: readonly string[] = []) {
    this.calls.push({ op: 'flush', args: [keyspace, [...tables]] });
    return Promise.resolve();
  }

  takeSnapshot(tag: string, options: TakeSnapshotOptions = {}) {
    this.calls.push({ op: 'takeSnapshot', args: [tag, options.entities] });
    for (const entity of options.entities ?? []) {
      const [keyspace, onlyTable] = entity.split('.');
      for (const dir of readdirSync(join(this.tree.dataDir, keyspace!))) {
        if (onlyTable !== undefined && !dir.startsWith(`${onlyTable}-`)) continue;
        const tableDir = join(this.tree.dataDir, keyspace!, dir);
        const snapshotDir = join(tableDir, 'snapshots', tag);
        mkdirSync(snapshotDir, { recursive: true });
        for (const f of readdirSync(tableDir, { withFileTypes: true })) if (f.isFile()) linkSync(join(tableDir, f.name), join(snapshotDir, f.name));
        writeFileSync(join(snapshotDir, 'manifest.json'), JSON.stringify({ files: [], created_at: '2026-01-01T00:00:00Z' }));
        writeFileSync(join(snapshotDir, 'schema.cql'), 'CREATE TABLE ...');
      }
    }
    return this.failSnapshot ? Promise.reject(this.failSnapshot) : Promise.resolve();
  }

  clearSnapshot(tag: string, options: { keyspaces?: readonly string[] } = {}) {
    this.calls.push({ op: 'clearSnapshot', args: [tag, [...(options.keyspaces ?? [])]] });
    if (this.failClear) return Promise.reject(this.failClear);
    for (const keyspace of readdirSync(this.tree.dataDir)) {
      if ((options.keyspaces ?? []).length > 0 && !options.keyspaces!.includes(keyspace)) continue;
      for (const dir of readdirSync(join(this.tree.dataDir, keyspace))) rmSync(join(this.tree.dataDir, keyspace, dir, 'snapshots', tag), { recursive: true, force: true });
    }
    return Promise.resolve();
  }

  listSnapshots(options: { tag?: string; keyspaces?: readonly string[] } = {}) {
    return scanSnapshots([this.tree.dataDir], options);
  }

  ops(): string[] {
    return this.calls.map((c) => `${c.op}:${String(c.args[0])}`);
  }
}

export function fakeCql(): CqlSession & { statements: string[] } {
  const statements: string[] = [];
  return {
    statements,
    execute: (query: string) => {
      statements.push(query);
      const keyspace = /DESCRIBE KEYSPACE "(\w+)"/.exec(query)?.[1] ?? '?';
      const rows = [`CREATE KEYSPACE ${keyspace} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': '1'};`, `CREATE TABLE ${keyspace}.t (k int PRIMARY KEY);`].map((s) => ({ get: (column: string) => (column === 'create_statement' ? s : undefined) }));
      return Promise.resolve({ rows });
    },
  } as unknown as CqlSession & { statements: string[] };
}

export function deps(tree: DataTree, jmx: FakeJmx | undefined, sandbox: string, cql = fakeCql()): DataJobDeps {
  return { jmx: jmx?.asJmx(), cql: () => Promise.resolve(cql), dataDirectories: [tree.dataDir], sandbox, log: pino({ level: 'silent' }), clock: systemClock };
}
