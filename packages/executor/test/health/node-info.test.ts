import type { NodeHealth } from '@cassandra-mesos/cassandra-jmx';
import { missingHealthText, nodeInfoFromHealth } from '../../src';

const FULL: NodeHealth = {
  node: '127.0.0.1',
  checkedAt: 1,
  missing: [],
  operationMode: 'NORMAL',
  initialized: true,
  joined: true,
  gossipRunning: true,
  nativeTransportRunning: true,
  hostId: '6b1f0e5e-0000-4000-8000-000000000001',
  tokenCount: 16,
  dataCenter: 'dc1',
  rack: 'rack1',
  releaseVersion: '5.0.9',
  clusterName: 'c1',
  loadBytes: 123_456.7,
  liveNodes: ['127.0.0.1', '127.0.0.2'],
  unreachableNodes: ['127.0.0.3'],
  uptimeMs: 98_765,
};

describe('nodeInfoFromHealth', () => {
  it('maps every field of the bulk read', () => {
    expect(nodeInfoFromHealth(FULL, '127.0.0.1:7000')).toEqual({
      operationMode: 'NORMAL',
      initialized: true,
      joined: true,
      gossipRunning: true,
      nativeTransportRunning: true,
      hostId: '6b1f0e5e-0000-4000-8000-000000000001',
      tokenCount: 16,
      dataCenter: 'dc1',
      rack: 'rack1',
      releaseVersion: '5.0.9',
      clusterName: 'c1',
      loadBytes: 123_457,
      liveNodes: ['127.0.0.1', '127.0.0.2'],
      unreachableNodes: ['127.0.0.3'],
      uptimeMs: 98_765,
      endpoint: '127.0.0.1:7000',
    });
    expect(missingHealthText(FULL)).toBe('');
  });

  it('gives fields Cassandra has not registered yet their zero value, and says which they are', () => {
    const starting: NodeHealth = {
      node: '127.0.0.1',
      checkedAt: 1,
      uptimeMs: 5_000,
      loadBytes: -1,
      missing: [
        { field: 'operationMode', reason: 'org.apache.cassandra.db:type=StorageService not registered yet' },
        { field: 'liveNodes', reason: 'LiveNodes is not set yet' },
      ],
    };
    expect(nodeInfoFromHealth(starting)).toMatchObject({ operationMode: '', nativeTransportRunning: false, liveNodes: [], loadBytes: 0, uptimeMs: 5_000, endpoint: '' });
    expect(missingHealthText(starting)).toBe(
      'Jolokia answered, but 2 value(s) are not readable yet: operationMode (org.apache.cassandra.db:type=StorageService not registered yet), liveNodes (LiveNodes is not set yet)',
    );
  });
});
