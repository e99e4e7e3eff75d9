// MBean names and validation of the identifiers that go into them. Keyspace and table names are
// restricted to Cassandra's identifier characters, so nothing a caller passes can turn into an
// ObjectName pattern (`*`, `,`, `=`) or address another MBean.

export const STORAGE_SERVICE = 'org.apache.cassandra.db:type=StorageService';
export const ENDPOINT_SNITCH_INFO = 'org.apache.cassandra.db:type=EndpointSnitchInfo';
export const STORAGE_LOAD_METRIC = 'org.apache.cassandra.metrics:type=Storage,name=Load';
export const RUNTIME = 'java.lang:type=Runtime';

const IDENTIFIER = /^[A-Za-z0-9_]{1,222}$/;

/** Throws a TypeError unless `name` is a valid Cassandra keyspace/table identifier. */
export function assertIdentifier(kind: 'keyspace' | 'table', name: string): string {
  if (!IDENTIFIER.test(name))
    throw new TypeError(
      `invalid ${kind} name ${JSON.stringify(name)}: only letters, digits and _ are allowed`,
    );
  return name;
}

export function tableMBean(keyspace: string, table: string): string {
  return `org.apache.cassandra.db:type=Tables,keyspace=${assertIdentifier('keyspace', keyspace)},table=${assertIdentifier('table', table)}`;
}

/** Pattern matching every table MBean of `keyspace` (index tables are type=IndexTables and not matched). */
export function tablesOfKeyspacePattern(keyspace: string): string {
  return `org.apache.cassandra.db:type=Tables,keyspace=${assertIdentifier('keyspace', keyspace)},*`;
}

export const ALL_TABLES_PATTERN = 'org.apache.cassandra.db:type=Tables,*';

/** The key properties of an ObjectName string ("domain:k1=v1,k2=v2"); values are returned unquoted as given. */
export function objectNameKeys(objectName: string): Map<string, string> {
  const colon = objectName.indexOf(':');
  const keys = new Map<string, string>();
  for (const part of objectName.slice(colon + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) keys.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return keys;
}

/** A table entity for snapshots: "ks" or "ks.table", both validated. */
export function snapshotEntity(entity: string): string {
  const [ks, table, ...rest] = entity.split('.');
  if (ks === undefined || rest.length > 0)
    throw new TypeError(
      `invalid snapshot entity ${JSON.stringify(entity)}: expected "keyspace" or "keyspace.table"`,
    );
  assertIdentifier('keyspace', ks);
  if (table !== undefined) assertIdentifier('table', table);
  return entity;
}
