import { cassandra_mesos, type CompleteFrameworkConfig } from '../../src';

/** A valid, complete configuration (what the environment defaults give). */
export function validConfig(overrides: Partial<CompleteFrameworkConfig> = {}): CompleteFrameworkConfig {
  return {
    frameworkName: 'cassandra',
    clusterName: 'cassandra',
    nodeCount: 3,
    seedCount: 2,
    resources: { cpus: 2, memMb: 4096, diskMb: 10240, heapMb: 0 },
    ports: { storage: 7000, sslStorage: 7001, native: 9042, jmx: 7199, jolokia: 8778 },
    role: 'cassandra-role',
    principal: 'cassandra-mesos',
    failoverTimeoutSeconds: 604800,
    healthCheckIntervalSeconds: 60,
    bootstrapGraceSeconds: 120,
    replaceTimeoutSeconds: 3600,
    artifacts: { executor: '', cassandra: '', jolokia: '', java: '', node: '' },
    cassandraVersion: '5.0.9',
    yamlOverrides: {},
    defaultRackDc: { rack: 'rack1', dc: 'dc1' },
    dataVolumeMode: cassandra_mesos.v1.DataVolumeMode.PERSISTENT_VOLUME,
    numTokens: 16,
    endpointSnitch: 'GossipingPropertyFileSnitch',
    autoReplace: true,
    placementConstraints: '',
    repairIntervalDays: 0,
    repairWindow: '',
    initialTokens: { source: '', location: '', nodes: [], problem: '' },
    ...overrides,
  };
}
