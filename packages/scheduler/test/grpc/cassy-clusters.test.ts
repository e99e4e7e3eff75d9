// RegisterCluster and ListClusters over a real grpc-js server and client.
import { BackupServiceError } from '../../src/backup/types';
import type { ClusterListingResponse, ClusterRegistrationResponse } from '../../src/grpc/cassy-messages';
import { FRAMEWORK } from './support/fake-backup-service';
import { failure, NOW_MS, startHarness, status, type Harness } from './support/harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('RegisterCluster', () => {
  it('registers this cluster by one node IP and answers what Cassy would have read over JMX', async () => {
    const { value } = await h.client.call<ClusterRegistrationResponse>('RegisterCluster', { cassandra_host: '192.168.0.10' });
    expect(value).toEqual({
      cluster_id: FRAMEWORK,
      cluster_name: 'Test Cluster',
      target_ips: ['192.168.0.10', '192.168.0.11', '192.168.0.2'],
      keyspaces: ['shop', 'users'],
      data_dir: '/var/lib/cassandra/data',
    });
    expect(await h.registrations.get(FRAMEWORK)).toEqual({ clusterId: FRAMEWORK, cassandraHost: '192.168.0.10', registeredAtMs: NOW_MS, updatedAtMs: NOW_MS });
  });

  it('accepts a hostname (any case) and answers the same stable cluster_id every time', async () => {
    const first = await h.client.call<ClusterRegistrationResponse>('RegisterCluster', { cassandra_host: 'CASS-B.example.com' });
    const second = await h.client.call<ClusterRegistrationResponse>('RegisterCluster', { cassandra_host: '192.168.0.2' });
    expect(first.value.cluster_id).toBe(FRAMEWORK);
    expect(second.value.cluster_id).toBe(FRAMEWORK);
    expect((await h.registrations.list()).map((r) => r.cassandraHost)).toEqual(['192.168.0.2']);
  });

  it('lists only placed nodes as target_ips', async () => {
    h.service.cluster = { ...h.service.cluster, nodes: [...h.service.cluster.nodes, { nodeId: 'node-3', ip: null, hostname: null, state: 'PENDING' }] };
    const { value } = await h.client.call<ClusterRegistrationResponse>('RegisterCluster', { cassandra_host: '192.168.0.10' });
    expect(value.target_ips).toEqual(['192.168.0.10', '192.168.0.11', '192.168.0.2']);
  });

  it('refuses an empty cassandra_host and a host that is not one of our nodes, registering nothing', async () => {
    const empty = await failure(h.client.call('RegisterCluster', {}));
    expect(empty.code).toBe(status.INVALID_ARGUMENT);
    expect(empty.details).toContain('cassandra_host is empty');
    const foreign = await failure(h.client.call('RegisterCluster', { cassandra_host: '10.9.9.9' }));
    expect(foreign.code).toBe(status.INVALID_ARGUMENT);
    expect(foreign.details).toBe(
      'cassandra_host "10.9.9.9" is not a node of cluster cassandra, the cluster this scheduler manages; its nodes are 192.168.0.10 (node-0), 192.168.0.11 (node-1), 192.168.0.2 (node-2)',
    );
    expect(await h.registrations.list()).toEqual([]);
  });

  it('passes the service being unavailable on as UNAVAILABLE with its message', async () => {
    h.service.failNext('describeCluster', new BackupServiceError('UNAVAILABLE', 'this scheduler is not the leader; ask 10.0.0.5:8080', 'NOT_LEADER'));
    const err = await failure(h.client.call('RegisterCluster', { cassandra_host: '192.168.0.10' }));
    expect(err.code).toBe(status.UNAVAILABLE);
    expect(err.details).toBe('this scheduler is not the leader; ask 10.0.0.5:8080');
    expect(err.metadata.get('cassandra-mesos-reason')).toEqual(['NOT_LEADER']);
  });
});

describe('ListClusters', () => {
  it('is empty before registration and shows the registered cluster with its registration times after', async () => {
    expect((await h.client.call<ClusterListingResponse>('ListClusters', {})).value.entries).toEqual([]);
    await h.client.call('RegisterCluster', { cassandra_host: '192.168.0.10' });
    const all = await h.client.call<ClusterListingResponse>('ListClusters', {});
    expect(all.value.entries).toEqual([
      {
        cluster_id: FRAMEWORK,
        cluster_name: 'Test Cluster',
        target_ips: ['192.168.0.10', '192.168.0.11', '192.168.0.2'],
        keyspaces: ['shop', 'users'],
        data_dir: '/var/lib/cassandra/data',
        created_at: NOW_MS,
        updated_at: NOW_MS,
      },
    ]);
    expect((await h.client.call<ClusterListingResponse>('ListClusters', { cluster_id: FRAMEWORK })).value).toEqual(all.value);
    expect((await h.client.call<ClusterListingResponse>('ListClusters', { limit: 3 })).value).toEqual(all.value);
  });

  it('keeps the first registration time and moves updated_at on re-registration', async () => {
    await h.registrations.put({ clusterId: FRAMEWORK, cassandraHost: '192.168.0.11', registeredAtMs: NOW_MS - 5000, updatedAtMs: NOW_MS - 5000 });
    await h.client.call('RegisterCluster', { cassandra_host: '192.168.0.10' });
    const [entry] = (await h.client.call<ClusterListingResponse>('ListClusters', {})).value.entries;
    expect([entry?.created_at, entry?.updated_at]).toEqual([NOW_MS - 5000, NOW_MS]);
  });

  it('answers NOT_FOUND for a cluster_id that is not registered, saying what the right one is', async () => {
    await h.client.call('RegisterCluster', { cassandra_host: '192.168.0.10' });
    const err = await failure(h.client.call('ListClusters', { cluster_id: 'Test Cluster-0f4c' }));
    expect(err.code).toBe(status.NOT_FOUND);
    expect(err.details).toContain('cluster_id "Test Cluster-0f4c" is not a registered cluster: this scheduler manages only cluster "cassandra"');
  });

  it('tells a client whose registration was forgotten (scheduler restart) to register again', async () => {
    const err = await failure(h.client.call('ListClusters', { cluster_id: FRAMEWORK }));
    expect(err.code).toBe(status.NOT_FOUND);
    expect(err.details).toContain("is this scheduler's cluster but is not registered");
    expect(err.details).toContain('the cluster_id stays the same');
  });

  it('refuses a negative limit, naming the field', async () => {
    const err = await failure(h.client.call('ListClusters', { limit: -1 }));
    expect(err.code).toBe(status.INVALID_ARGUMENT);
    expect(err.details).toBe('limit must be 0 (no limit) or a positive number, got -1');
  });
});
