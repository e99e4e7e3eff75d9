// The known dataset of the backup/restore scenario: two keyspaces at RF 3 with tables of different
// shapes (a wide partition with clustering columns and a descending order, collections, a composite
// partition key with blobs, counters), about 36 600 rows written at QUORUM, and a checksum per table
// read back at ALL: every row, sorted, each value in one canonical text form, hashed with SHA-256.
import { createHash } from 'node:crypto';
import { types, type Client } from 'cassandra-driver';

const QUORUM = types.consistencies.quorum;
const ALL = types.consistencies.all;

/**
 * Automatic compaction is off on every dataset table: a compaction between two backups replaces
 * SSTables with new files, which a second backup then rightly uploads. The scenario asserts that a
 * backup of UNCHANGED files uploads nothing, so the files must stay unchanged between backups.
 */
const NO_COMPACTION = "compaction = {'class': 'SizeTieredCompactionStrategy', 'enabled': 'false'}";

export const KEYSPACES = ['e2e_shop', 'e2e_events'] as const;

export interface DatasetTable {
  readonly keyspace: (typeof KEYSPACES)[number];
  readonly table: string;
  readonly create: string;
  /** Rows it holds once loaded. */
  readonly rows: number;
}

const CUSTOMERS = 6000;
const ORDER_CUSTOMERS = 300;
const ORDERS_PER_CUSTOMER = 60;
const SENSORS = 150;
const DAYS = 2;
const READINGS_PER_DAY = 40;
const PAGES = 600;
const HITS_PER_PAGE = 3;

export const TABLES: readonly DatasetTable[] = [
  {
    keyspace: 'e2e_shop',
    table: 'customers',
    create: `CREATE TABLE e2e_shop.customers (id int PRIMARY KEY, name text, email text, tags set<text>, prefs map<text, int>, visits list<bigint>, signed_up timestamp, balance decimal) WITH ${NO_COMPACTION}`,
    rows: CUSTOMERS,
  },
  {
    keyspace: 'e2e_shop',
    table: 'orders',
    create: `CREATE TABLE e2e_shop.orders (customer int, placed_at bigint, order_id uuid, amount decimal, status text, items frozen<list<text>>, PRIMARY KEY ((customer), placed_at, order_id)) WITH CLUSTERING ORDER BY (placed_at DESC, order_id ASC) AND ${NO_COMPACTION}`,
    rows: ORDER_CUSTOMERS * ORDERS_PER_CUSTOMER,
  },
  {
    keyspace: 'e2e_events',
    table: 'readings',
    create: `CREATE TABLE e2e_events.readings (sensor text, day int, at bigint, value double, raw blob, PRIMARY KEY ((sensor, day), at)) WITH ${NO_COMPACTION}`,
    rows: SENSORS * DAYS * READINGS_PER_DAY,
  },
  {
    keyspace: 'e2e_events',
    table: 'page_hits',
    create: `CREATE TABLE e2e_events.page_hits (page text PRIMARY KEY, views counter, clicks counter) WITH ${NO_COMPACTION}`,
    rows: PAGES,
  },
];

export const TOTAL_ROWS = TABLES.reduce((sum, t) => sum + t.rows, 0);

export const tableName = (t: Pick<DatasetTable, 'keyspace' | 'table'>): string => `${t.keyspace}.${t.table}`;

/** Deterministic bytes for index `i` of stream `what`: the same dataset on every run. */
function bytesOf(what: string, i: number, length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let block = 0; block * 32 < length; block++) createHash('sha256').update(`${what}/${i}/${block}`).digest().copy(out, block * 32);
  return out;
}

const uuidOf = (what: string, i: number): types.Uuid => {
  const h = bytesOf(what, i, 16);
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x40;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  return new types.Uuid(h);
};

/** Runs `work` for every item with at most `concurrency` in flight; the first failure stops the rest. */
async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

export async function createSchema(client: Client): Promise<void> {
  for (const ks of KEYSPACES) await client.execute(`CREATE KEYSPACE ${ks} WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3}`);
  for (const t of TABLES) await client.execute(t.create);
}

const write = { prepare: true, consistency: QUORUM, readTimeout: 60_000 } as const;

/** Writes every row at QUORUM (a partition's rows in one unlogged single-partition batch). */
export async function loadDataset(client: Client): Promise<void> {
  await inParallel(range(CUSTOMERS), 48, (id) => {
    const tags = range(id % 4).map((k) => `tag-${(id * 7 + k) % 23}`);
    const prefs = Object.fromEntries(range(id % 3).map((k) => [`pref-${k}`, (id * 31 + k) % 1000]));
    const visits = range(id % 5).map((k) => types.Long.fromNumber(1_700_000_000_000 + id * 1000 + k));
    return client.execute(
      'INSERT INTO e2e_shop.customers (id, name, email, tags, prefs, visits, signed_up, balance) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [id, `customer ${id}`, `c${id}@example.test`, tags, prefs, visits, new Date(1_600_000_000_000 + id * 60_000), types.BigDecimal.fromString(`${id}.${String(id % 100).padStart(2, '0')}`)],
      write,
    );
  });
  const insertOrder = 'INSERT INTO e2e_shop.orders (customer, placed_at, order_id, amount, status, items) VALUES (?, ?, ?, ?, ?, ?)';
  await inParallel(range(ORDER_CUSTOMERS), 16, (customer) =>
    client.batch(
      range(ORDERS_PER_CUSTOMER).map((o) => ({
        query: insertOrder,
        params: [customer, types.Long.fromNumber(1_650_000_000_000 + o * 3_600_000), uuidOf('order', customer * 1000 + o), types.BigDecimal.fromString(`${(customer * o) % 997}.${o % 10}5`), ['NEW', 'PAID', 'SHIPPED'][o % 3], range(1 + (o % 4)).map((k) => `sku-${(customer + o + k) % 500}`)],
      })),
      { ...write, logged: false },
    ),
  );
  const insertReading = 'INSERT INTO e2e_events.readings (sensor, day, at, value, raw) VALUES (?, ?, ?, ?, ?)';
  const partitions = range(SENSORS * DAYS);
  await inParallel(partitions, 16, (p) => {
    const sensor = `sensor-${Math.floor(p / DAYS)}`;
    const day = 20_000 + (p % DAYS);
    return client.batch(
      range(READINGS_PER_DAY).map((r) => ({ query: insertReading, params: [sensor, day, types.Long.fromNumber(day * 86_400_000 + r * 60_000), (p * 131 + r) / 7, bytesOf('raw', p * 1000 + r, 64 + (r % 5) * 40)] })),
      { ...write, logged: false },
    );
  });
  const updates = range(PAGES * HITS_PER_PAGE);
  await inParallel(updates, 32, (u) => {
    const page = u % PAGES;
    return client.execute('UPDATE e2e_events.page_hits SET views = views + ?, clicks = clicks + ? WHERE page = ?', [types.Long.fromNumber(1 + (page % 17)), types.Long.fromNumber(page % 3), `/page/${page}`], write);
  });
}

/** One canonical text per CQL value: collections sorted where CQL does not order them, numbers exact. */
function canonical(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value)) return `0x${value.toString('hex')}`;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Set) return [...value].map(canonical).map((v) => JSON.stringify(v)).sort();
  if (value instanceof Map) return [...value.entries()].map(([k, v]) => JSON.stringify([canonical(k), canonical(v)])).sort();
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (typeof value === 'object') {
    // Long, BigDecimal, Uuid, TimeUuid, LocalDate, InetAddress, ...: their exact text form.
    if (value.constructor !== Object) return (value as { toString(): string }).toString();
    // A CQL map arrives as a plain object: key order is insertion order, so sort it.
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => JSON.stringify([k, canonical(v)])).sort();
  }
  return value;
}

export interface TableChecksum {
  readonly rows: number;
  readonly sha256: string;
}

/** Every row of the table read at ALL, each as canonical JSON in column order, sorted, hashed. */
export async function tableChecksum(client: Client, table: Pick<DatasetTable, 'keyspace' | 'table'>): Promise<TableChecksum> {
  const result = await client.execute(`SELECT * FROM ${tableName(table)}`, [], { consistency: ALL, fetchSize: 5000, readTimeout: 120_000, prepare: true });
  const lines: string[] = [];
  const columns = result.columns.map((c) => c.name);
  for await (const row of result) lines.push(JSON.stringify(columns.map((c) => canonical(row.get(c)))));
  lines.sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  return { rows: lines.length, sha256: hash.digest('hex') };
}

export type Checksums = Record<string, TableChecksum>;

export async function datasetChecksums(client: Client): Promise<Checksums> {
  const sums: Checksums = {};
  for (const t of TABLES) sums[tableName(t)] = await tableChecksum(client, t);
  return sums;
}

/** The tables whose checksum differs from `expected`, each with both values; [] when all are equal. */
export function checksumDifferences(expected: Checksums, actual: Checksums): string[] {
  return Object.keys(expected)
    .filter((t) => expected[t]?.sha256 !== actual[t]?.sha256)
    .map((t) => `${t}: expected ${expected[t]?.rows} rows ${expected[t]?.sha256.slice(0, 12)}, got ${actual[t]?.rows ?? 'no'} rows ${actual[t]?.sha256.slice(0, 12) ?? ''}`);
}

/**
 * A table of bulk data (incompressible blobs) that makes the next backup upload `megabytes` MiB per
 * node, so a fault can be injected while that upload is running.
 */
export async function loadBulk(client: Client, megabytes: number): Promise<void> {
  await client.execute(`CREATE TABLE IF NOT EXISTS e2e_events.bulk (id int PRIMARY KEY, payload blob) WITH ${NO_COMPACTION} AND compression = {'enabled': 'false'}`);
  const rowBytes = 64 * 1024;
  const rows = Math.ceil((megabytes * 1024 * 1024) / rowBytes);
  await inParallel(range(rows), 8, (id) => client.execute('INSERT INTO e2e_events.bulk (id, payload) VALUES (?, ?)', [id, bytesOf('bulk', id, rowBytes)], write));
}
