import { parseSchemaCql, splitCqlStatements } from '../../src/restore/schema-cql';
import { SHOP_SCHEMA } from './support';

describe('splitCqlStatements', () => {
  it("splits on ';' but not inside string literals, quoted identifiers, $$ strings or comments", () => {
    const cql = [
      "CREATE TABLE ks.t (id int PRIMARY KEY) WITH comment = 'a; b '' c;';",
      '-- a comment; with a semicolon',
      'CREATE TABLE ks."Odd;Name" (id int PRIMARY KEY);',
      '/* block; comment */ CREATE FUNCTION ks.f(x int) RETURNS NULL ON NULL INPUT RETURNS int LANGUAGE java AS $$ return x; $$;',
      'CREATE TABLE ks.last (id int PRIMARY KEY)',
    ].join('\n');
    const statements = splitCqlStatements(cql);
    expect(statements).toHaveLength(4);
    expect(statements[0]).toBe("CREATE TABLE ks.t (id int PRIMARY KEY) WITH comment = 'a; b '' c;'");
    expect(statements[1]).toContain('"Odd;Name"');
    expect(statements[2]).toContain('$$ return x; $$');
    expect(statements[3]).toBe('CREATE TABLE ks.last (id int PRIMARY KEY)');
  });

  it('drops statements that are only comments or blanks', () => {
    expect(splitCqlStatements('-- nothing\n;  ;\n/* x */;')).toEqual([]);
  });

  it('names an unterminated literal', () => {
    expect(() => splitCqlStatements("CREATE TABLE ks.t (a int) WITH comment = 'oops")).toThrow(/unterminated string literal/);
  });
});

describe('parseSchemaCql', () => {
  it('finds the keyspace, type, tables and index of a DESCRIBE KEYSPACE output, adding IF NOT EXISTS', () => {
    const { statements, ignored } = parseSchemaCql('shop', SHOP_SCHEMA);
    expect(ignored).toEqual([]);
    expect(statements.map((s) => [s.kind, s.keyspace, s.name, s.baseTable])).toEqual([
      ['keyspace', 'shop', 'shop', undefined],
      ['type', 'shop', 'address', undefined],
      ['table', 'shop', 'orders', undefined],
      ['table', 'shop', 'users', undefined],
      ['index', 'shop', 'users_name', 'users'],
      ['table', 'shop', 'empty', undefined],
    ]);
    expect(statements[0]!.cql).toMatch(/^CREATE KEYSPACE IF NOT EXISTS shop WITH replication/);
    expect(statements[2]!.cql).toMatch(/^CREATE TABLE IF NOT EXISTS shop\.orders \(/);
    expect(statements[2]!.cql).toContain("comment = 'orders; one per row'");
    expect(statements[4]!.cql).toBe('CREATE INDEX IF NOT EXISTS users_name ON shop.users (name)');
  });

  it('keeps quoted names exactly, lower-cases unquoted ones, and does not add IF NOT EXISTS twice', () => {
    const { statements } = parseSchemaCql('ks', 'CREATE TABLE IF NOT EXISTS "Ks"."MyTable" (id int PRIMARY KEY); CREATE TABLE Other (id int PRIMARY KEY);');
    expect(statements.map((s) => [s.keyspace, s.name])).toEqual([
      ['Ks', 'MyTable'],
      ['ks', 'other'],
    ]);
    expect(statements[0]!.cql).toBe('CREATE TABLE IF NOT EXISTS "Ks"."MyTable" (id int PRIMARY KEY)');
    expect(statements[1]!.cql).toBe('CREATE TABLE IF NOT EXISTS Other (id int PRIMARY KEY)');
  });

  it('understands custom indexes and materialized views, and leaves other statements aside', () => {
    const { statements, ignored } = parseSchemaCql(
      'ks',
      [
        "CREATE CUSTOM INDEX t_sai ON ks.t (v) USING 'StorageAttachedIndex';",
        'CREATE MATERIALIZED VIEW ks.by_v AS SELECT * FROM ks.t WHERE v IS NOT NULL AND id IS NOT NULL PRIMARY KEY (v, id);',
        'ALTER TABLE ks.t DROP old_column USING TIMESTAMP 1;',
      ].join('\n'),
    );
    expect(statements.map((s) => [s.kind, s.name, s.baseTable])).toEqual([
      ['index', 't_sai', 't'],
      ['view', 'by_v', 't'],
    ]);
    expect(statements[0]!.cql).toMatch(/^CREATE CUSTOM INDEX IF NOT EXISTS t_sai ON ks\.t/);
    expect(statements[1]!.cql).toMatch(/^CREATE MATERIALIZED VIEW IF NOT EXISTS ks\.by_v AS/);
    expect(ignored).toEqual(['ALTER TABLE ks.t DROP old_column USING TIMESTAMP 1']);
  });
});
