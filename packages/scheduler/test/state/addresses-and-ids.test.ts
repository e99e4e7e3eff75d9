import { compareIds, frameworkBasePath, StateKeys, validateStateId } from '../../src/state/keys';
import { InvalidZooKeeperUrlError, parseZooKeeperUrl, redactZooKeeperUrl } from '../../src/state/zookeeper/url';
import { decodeStoredValue, encodeStoredValue } from '../../src/state/envelope';
import { CorruptStateError } from '../../src/state/errors';
import { nodeRecord } from './samples';

describe('parseZooKeeperUrl', () => {
  it.each([
    ['zk://zk1:2181,zk2:2182/mesos/prod', ['zk1:2181', 'zk2:2182'], '/mesos/prod'],
    ['ZK://zk1:2181/', ['zk1:2181'], ''],
    ['127.0.0.1:2181', ['127.0.0.1:2181'], ''],
    ['zk1', ['zk1:2181'], ''],
    [' zk1:2181 , zk-2.example.org /chroot/ ', ['zk1:2181', 'zk-2.example.org:2181'], '/chroot'],
  ])('%s', (url, servers, chroot) => {
    const parsed = parseZooKeeperUrl(url);
    expect(parsed.servers.map((s) => `${s.host}:${s.port}`)).toEqual(servers);
    expect(parsed.connectString).toBe(servers.join(','));
    expect(parsed.chroot).toBe(chroot);
  });

  it.each([
    ['', /no host/],
    ['zk://', /no host/],
    ['http://zk1:2181', /unknown scheme 'http:\/\/'/],
    ['zk://zk1:0', /port '0' of zk1 is not a number from 1 to 65535/],
    ['zk://zk1:99999', /not a number from 1 to 65535/],
    ['zk://zk1:abc', /port 'abc'/],
    ['zk://zk1:2181,,zk2:2181', /empty host/],
    ['zk://[::1]:2181', /IPv6 literal/],
    ['zk://zk_1:2181', /'zk_1' is not a host name/],
    ['zk://zk1:2181/a//b', /invalid segment ''/],
    ['zk://zk1:2181/a/../b', /invalid segment '..'/],
  ])('rejects %j', (url, message) => {
    expect(() => parseZooKeeperUrl(url, 'CASSANDRA_MESOS_ZK_URL')).toThrow(InvalidZooKeeperUrlError);
    expect(() => parseZooKeeperUrl(url, 'CASSANDRA_MESOS_ZK_URL')).toThrow(message);
    expect(() => parseZooKeeperUrl(url)).toThrow(/^CASSANDRA_MESOS_ZK_URL .* expected zk:\/\/host:port\[,host:port\.\.\.\]\[\/chroot\] or host:port$/);
  });

  it('never repeats credentials given in the address', () => {
    expect(() => parseZooKeeperUrl('zk://admin:hunter2@zk1:2181/x')).toThrow(/credentials in the address are not supported/);
    expect(() => parseZooKeeperUrl('zk://admin:hunter2@zk1:2181/x')).not.toThrow(/hunter2/);
    expect(redactZooKeeperUrl('zk://admin:hunter2@zk1:2181')).toBe('zk://***@zk1:2181');
    expect(redactZooKeeperUrl('admin:hunter2@zk1:2181')).toBe('***@zk1:2181');
  });
});

describe('state ids and paths', () => {
  it('orders ids naturally and independently of locale', () => {
    const ids = ['node-10', 'node-2', 'node-1', 'node-02', 'node-100', 'a', 'node-9', 'node-1a', 'node-1b', 'B'];
    expect([...ids].sort(compareIds)).toEqual(['B', 'a', 'node-1', 'node-1a', 'node-1b', 'node-02', 'node-2', 'node-9', 'node-10', 'node-100']);
    expect(compareIds('job-99999999999999999999', 'job-100000000000000000000')).toBeLessThan(0);
  });

  it('builds the layout of proto/README.md', () => {
    expect(frameworkBasePath('cassandra')).toBe('/cassandra-mesos/cassandra');
    expect(StateKeys.framework.path).toBe('framework');
    expect(StateKeys.configTarget.path).toBe('config/target');
    expect(StateKeys.configVersion('c-1').path).toBe('config/versions/c-1');
    expect(StateKeys.node('node-3').path).toBe('nodes/node-3');
    expect(StateKeys.health('node-3').path).toBe('health/node-3');
    expect(StateKeys.plan('deploy').path).toBe('plans/deploy');
    expect(StateKeys.currentJob.path).toBe('jobs/current');
    expect(StateKeys.jobNode('j-1', 'node-3').path).toBe('jobs/j-1/nodes/node-3');
    expect(StateKeys.jobHistory('j-1').path).toBe('jobs/history/j-1');
    expect(() => frameworkBasePath('my framework')).toThrow(/invalid framework name "my framework"/);
    expect(validateStateId('node id', 'node-0')).toBe('node-0');
  });
});

describe('stored value envelope', () => {
  it('round-trips, and names the path and type of anything else', () => {
    const bytes = encodeStoredValue(StateKeys.node('node-1').type, nodeRecord('node-1'));
    expect(bytes.subarray(0, 2)).toEqual(Uint8Array.from([0xca, 0x01]));
    expect(decodeStoredValue(StateKeys.node('node-1').type, bytes, '/x/nodes/node-1', 4).nodeId).toBe('node-1');
    const err = (() => {
      try {
        decodeStoredValue(StateKeys.node('node-1').type, Uint8Array.from([0x01, 0x02, 0x03]), '/x/nodes/node-1', 4);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(CorruptStateError);
    expect(err).toMatchObject({ path: '/x/nodes/node-1', version: 4 });
    expect((err as Error).message).toBe(
      'corrupt state at /x/nodes/node-1: not a valid cassandra_mesos.v1.NodeRecord: header is 01 02, expected ca 01 (not written by cassandra-mesos?); restore it from a backup or delete it',
    );
  });
});
