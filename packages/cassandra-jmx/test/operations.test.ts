import {
  CassandraJmx,
  CassandraOperationFailedError,
  cleanupStatus,
  dialectFor,
  parseReleaseVersion,
  UnsupportedCassandraVersionError,
} from '../src';
import { FakeJolokia, jmxError, ok } from './fake-jolokia';

const SS = 'org.apache.cassandra.db:type=StorageService';
const IMPORT8 = 'importNewSSTables(java.util.Set,boolean,boolean,boolean,boolean,boolean,boolean,boolean)';

let fake: FakeJolokia;
beforeEach(async () => {
  fake = await FakeJolokia.start();
});
afterEach(async () => {
  await fake.stop();
});

const jmx = (releaseVersion?: string): CassandraJmx =>
  new CassandraJmx({
    url: fake.url,
    timeoutMs: 2000,
    ...(releaseVersion === undefined ? {} : { releaseVersion }),
  });

describe('release version and dialect', () => {
  it('reads ReleaseVersion once and keys the signatures on it', async () => {
    fake.handler = (reqs) => reqs.map((r) => (r['attribute'] === 'ReleaseVersion' ? ok('4.1.5') : ok(null)));
    const c = jmx();
    await c.clearSnapshot('t1');
    await c.clearSnapshot('t2', { keyspaces: ['ks'] });
    expect(fake.sent).toEqual([
      { type: 'read', mbean: SS, attribute: 'ReleaseVersion' },
      {
        type: 'exec',
        mbean: SS,
        operation: 'clearSnapshot(java.lang.String,[Ljava.lang.String;)',
        arguments: ['t1', []],
      },
      {
        type: 'exec',
        mbean: SS,
        operation: 'clearSnapshot(java.lang.String,[Ljava.lang.String;)',
        arguments: ['t2', ['ks']],
      },
    ]);
    expect(await c.version()).toEqual({ major: 4, minor: 1, patch: 5, raw: '4.1.5' });
  });

  it('retries reading the version after a failure', async () => {
    let first = true;
    fake.handler = (reqs) => {
      if (first) {
        first = false;
        return { raw: { status: 503, body: 'busy' } };
      }
      return reqs.map(() => ok('5.0.9'));
    };
    const c = jmx();
    await expect(c.version()).rejects.toThrow(/HTTP 503/);
    expect((await c.version()).raw).toBe('5.0.9');
  });

  it('parses versions and refuses releases before 4.0 and TTLs before 4.1', () => {
    expect(parseReleaseVersion('5.0.9')).toEqual({ major: 5, minor: 0, patch: 9, raw: '5.0.9' });
    expect(parseReleaseVersion('4.1-SNAPSHOT')).toMatchObject({ major: 4, minor: 1, patch: 0 });
    expect(() => parseReleaseVersion('banana')).toThrow(UnsupportedCassandraVersionError);
    expect(() => dialectFor(parseReleaseVersion('3.11.16'))).toThrow(/4\.0 or later/);
    expect(() =>
      dialectFor(parseReleaseVersion('4.0.11')).takeSnapshot('t', { skipFlush: false, ttl: '1h' }, []),
    ).toThrow(/4\.1 or later/);
    expect(dialectFor(parseReleaseVersion('5.0.9')).clearSnapshot('t', ['ks']).operation).toBe(
      'clearSnapshot(java.util.Map,java.lang.String,[Ljava.lang.String;)',
    );
  });
});

describe('snapshots over JMX', () => {
  it('takes a snapshot with options map and entities; clears by tag (5.0 signature)', async () => {
    fake.handler = (reqs) => reqs.map(() => ok(null));
    const c = jmx('5.0.9');
    await c.takeSnapshot('bk-1', { entities: ['ks1', 'ks2.t'], ttl: '2h' });
    await c.takeSnapshot('bk-2', { skipFlush: true });
    await c.clearSnapshot('bk-1', { keyspaces: ['ks1'] });
    expect(fake.sent).toEqual([
      {
        type: 'exec',
        mbean: SS,
        operation: 'takeSnapshot(java.lang.String,java.util.Map,[Ljava.lang.String;)',
        arguments: ['bk-1', { skipFlush: 'false', ttl: '2h' }, ['ks1', 'ks2.t']],
      },
      {
        type: 'exec',
        mbean: SS,
        operation: 'takeSnapshot(java.lang.String,java.util.Map,[Ljava.lang.String;)',
        arguments: ['bk-2', { skipFlush: 'true' }, []],
      },
      {
        type: 'exec',
        mbean: SS,
        operation: 'clearSnapshot(java.util.Map,java.lang.String,[Ljava.lang.String;)',
        arguments: [{}, 'bk-1', ['ks1']],
      },
    ]);
  });

  it('validates tags, entities and TTLs before sending', async () => {
    const c = jmx('5.0.9');
    await expect(c.takeSnapshot('../evil')).rejects.toThrow(/invalid snapshot tag/);
    await expect(c.takeSnapshot('')).rejects.toThrow(/invalid snapshot tag/);
    await expect(c.clearSnapshot('')).rejects.toThrow(/invalid snapshot tag/);
    await expect(c.takeSnapshot('ok', { entities: ['a.b.c'] })).rejects.toThrow(/invalid snapshot entity/);
    await expect(c.takeSnapshot('ok', { entities: ['ks,*'] })).rejects.toThrow(/invalid keyspace name/);
    await expect(c.takeSnapshot('ok', { ttl: 'forever' })).rejects.toThrow(/invalid snapshot ttl/);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('flush and cleanup', () => {
  it('sends forceKeyspaceFlush and forceKeyspaceCleanup with their full signatures', async () => {
    fake.handler = (reqs) =>
      reqs.map((r) => (String(r['operation']).startsWith('forceKeyspaceCleanup') ? ok(0) : ok(null)));
    const c = jmx('5.0.9');
    await c.flush('ks');
    await c.flush('ks', ['a', 'b']);
    await c.cleanup('ks');
    await c.cleanup('ks', { tables: ['a'], jobs: 2 });
    expect(fake.sent.map((r) => [r['operation'], r['arguments']])).toEqual([
      ['forceKeyspaceFlush(java.lang.String,[Ljava.lang.String;)', ['ks', []]],
      ['forceKeyspaceFlush(java.lang.String,[Ljava.lang.String;)', ['ks', ['a', 'b']]],
      ['forceKeyspaceCleanup(int,java.lang.String,[Ljava.lang.String;)', [0, 'ks', []]],
      ['forceKeyspaceCleanup(int,java.lang.String,[Ljava.lang.String;)', [2, 'ks', ['a']]],
    ]);
  });

  it('maps cleanup status codes: non-zero is a CassandraOperationFailedError', async () => {
    expect([0, 1, 2, 7].map(cleanupStatus)).toEqual(['SUCCESSFUL', 'ABORTED', 'UNABLE_TO_CANCEL', undefined]);
    for (const [code, text] of [
      [1, /cleanup was aborted for at least one table in keyspace ks \(status 1 ABORTED\)/],
      [2, /could not mark some SSTables compacting .* \(status 2 UNABLE_TO_CANCEL\)/],
      [7, /unknown status 7/],
    ] as const) {
      fake.handler = () => [ok(code)];
      const err = await jmx('5.0.9')
        .cleanup('ks')
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CassandraOperationFailedError);
      expect((err as Error).message).toMatch(/^cleanup on 127\.0\.0\.1: /);
      expect((err as Error).message).toMatch(text);
    }
    await expect(jmx('5.0.9').cleanup('ks', { jobs: -1 })).rejects.toThrow(/non-negative integer/);
  });
});

describe('import', () => {
  it('calls the 8-argument importNewSSTables on the table MBean with nodetool defaults', async () => {
    fake.handler = () => [ok([])];
    expect(
      await jmx('5.0.9').importSSTables('ks', 'tbl', { sourceDirs: ['/staging/ks/tbl'], copyData: true }),
    ).toEqual({ method: 'importNewSSTables' });
    expect(fake.sent).toEqual([
      {
        type: 'exec',
        mbean: 'org.apache.cassandra.db:type=Tables,keyspace=ks,table=tbl',
        operation: IMPORT8,
        arguments: [['/staging/ks/tbl'], true, true, true, true, true, false, true],
      },
    ]);
  });

  it('reports directories Cassandra could not import', async () => {
    fake.handler = () => [ok(['/staging/bad'])];
    const err = await jmx('5.0.9')
      .importSSTables('ks', 'tbl', { sourceDirs: ['/staging/bad'] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CassandraOperationFailedError);
    expect((err as Error).message).toBe(
      "importNewSSTables(ks.tbl) on 127.0.0.1: could not import SSTables from /staging/bad; see the node's log",
    );
  });

  it('falls back to loadNewSSTables when the node has no 8-argument signature', async () => {
    fake.handler = (reqs) =>
      reqs[0]?.['operation'] === IMPORT8
        ? {
            raw: {
              status: 400,
              contentType: 'text/plain',
              body: `400 (Bad Request)\n\nNo operation ${IMPORT8} on MBean org.apache.cassandra.db:keyspace=ks,table=tbl,type=Tables exists. Known signatures: (java.util.Set,boolean,boolean,boolean,boolean,boolean,boolean)`,
            },
          }
        : [ok(null)];
    expect(await jmx('4.0.11').importSSTables('ks', 'tbl')).toEqual({ method: 'loadNewSSTables' });
    expect(fake.sent.at(-1)).toEqual({
      type: 'exec',
      mbean: SS,
      operation: 'loadNewSSTables(java.lang.String,java.lang.String)',
      arguments: ['ks', 'tbl'],
    });
    // … but not when source directories were asked for: loadNewSSTables cannot honour them
    await expect(jmx('4.0.11').importSSTables('ks', 'tbl', { sourceDirs: ['/x'] })).rejects.toBeInstanceOf(
      CassandraOperationFailedError,
    );
    await expect(jmx('5.0.9').importSSTables('ks', 'tbl', { sourceDirs: ['relative'] })).rejects.toThrow(
      /absolute path/,
    );
  });
});

describe('keyspaces, tables and locations', () => {
  it('splits user and system keyspaces in one bulk', async () => {
    fake.handler = (reqs) =>
      reqs.map((r) =>
        r['attribute'] === 'Keyspaces'
          ? ok(['system', 'app', 'system_auth', 'system_schema', 'system_traces'])
          : ok(['system_auth', 'app', 'system_traces']),
      );
    expect(await jmx().keyspaces()).toEqual({
      all: ['app', 'system', 'system_auth', 'system_schema', 'system_traces'],
      user: ['app'],
      system: ['system', 'system_auth', 'system_schema', 'system_traces'],
    });
    expect(fake.requests).toHaveLength(1);
  });

  it('lists tables through an MBean search and data paths through one pattern read', async () => {
    fake.handler = (reqs) =>
      reqs.map((r) =>
        r['type'] === 'search'
          ? ok([
              'org.apache.cassandra.db:type=Tables,keyspace=ks,table=b',
              'org.apache.cassandra.db:keyspace=ks,table=a,type=Tables',
            ])
          : ok({ 'org.apache.cassandra.db:type=Tables,keyspace=ks,table=a': { DataPaths: ['/d/ks/a-1'] } }),
      );
    expect(await jmx().tables('ks')).toEqual(['a', 'b']);
    expect(await jmx().tableDataPaths('ks')).toEqual([{ keyspace: 'ks', table: 'a', paths: ['/d/ks/a-1'] }]);
    expect(fake.sent).toEqual([
      { type: 'search', mbean: 'org.apache.cassandra.db:type=Tables,keyspace=ks,*' },
      { type: 'read', mbean: 'org.apache.cassandra.db:type=Tables,keyspace=ks,*', attribute: 'DataPaths' },
    ]);
    await expect(jmx().tables('ks,type=Other')).rejects.toThrow(/invalid keyspace name/);
  });

  it('reads the data file locations, tolerating a release without local-system directories', async () => {
    fake.handler = (reqs) =>
      reqs.map((r) => {
        switch (r['attribute']) {
          case 'AllDataFileLocations':
            return ok(['/d1', '/d2']);
          case 'CommitLogLocation':
            return ok('/cl');
          case 'SavedCachesLocation':
            return ok('/sc');
          default:
            return jmxError(404, 'javax.management.AttributeNotFoundException', 'No such attribute');
        }
      });
    expect(await jmx().dataFileLocations()).toEqual({
      data: ['/d1', '/d2'],
      localSystemData: [],
      commitLog: '/cl',
      savedCaches: '/sc',
    });
  });
});
