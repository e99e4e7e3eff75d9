import { checkTables, resolveKeyspaces } from '../../src';
import { LISTING } from './support';

describe('resolveKeyspaces', () => {
  it('no keyspaces requested → every user keyspace, sorted, none of Cassandra\'s own', () => {
    expect(resolveKeyspaces([], LISTING, 'node-1')).toEqual({ ok: true, keyspaces: ['a', 'b', 'c'] });
  });

  it('keeps the requested order and allows naming a system keyspace', () => {
    expect(resolveKeyspaces(['c', 'system_auth', 'a'], LISTING, 'node-1')).toEqual({ ok: true, keyspaces: ['c', 'system_auth', 'a'] });
  });

  it('names a missing keyspace and what exists', () => {
    expect(resolveKeyspaces(['a', 'no_such_ks'], LISTING, 'node-1')).toEqual({ ok: false, message: 'keyspace "no_such_ks" does not exist on node-1 (existing: a, b, c)' });
  });

  it('names every missing keyspace and suggests a name that differs only in case', () => {
    const listing = { all: ['Orders', 'system'], user: ['Orders'] };
    expect(resolveKeyspaces(['orders', 'x'], listing, 'node-3')).toEqual({ ok: false, message: 'keyspaces "orders" (did you mean "Orders"?), "x" do not exist on node-3 (existing: Orders)' });
    expect(resolveKeyspaces(['x'], { all: ['system'], user: [] }, 'node-3')).toEqual({ ok: false, message: 'keyspace "x" does not exist on node-3 (it has no user keyspaces)' });
  });
});

describe('checkTables', () => {
  const tables = new Map<string, readonly string[]>([
    ['a', ['t1', 't2']],
    ['b', ['t1']],
  ]);

  it('passes when every keyspace has every table, or no tables are requested', () => {
    expect(checkTables(['t1'], tables, 'node-1')).toBeUndefined();
    expect(checkTables([], tables, 'node-1')).toBeUndefined();
  });

  it('names each table missing from each keyspace', () => {
    expect(checkTables(['t1', 't2'], tables, 'node-1')).toBe('table "t2" does not exist in keyspace "b" on node-1 (tables: t1)');
    expect(checkTables(['T1', 'x'], tables, 'node-1')).toBe(
      'tables "T1" (did you mean "t1"?), "x" do not exist in keyspace "a" on node-1 (tables: t1, t2); tables "T1" (did you mean "t1"?), "x" do not exist in keyspace "b" on node-1 (tables: t1)',
    );
  });
});
