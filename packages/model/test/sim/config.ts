// Agents and framework configurations for simulations.
import { cassandra_mesos } from '../../src/gen/cassandra_mesos';
import type { FrameworkConfigInput } from '../../src/framework-config';
import type { AgentSpec } from './sim-master';

/** `count` identical agents host-0…, each with room for one node and a free port range around ours. */
export function simAgents(count: number, overrides: Partial<AgentSpec> = {}): AgentSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    hostname: `host-${i}`,
    ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    cpus: 8,
    memMb: 32_768,
    diskMb: 200_000,
    ports: [
      [7000, 10_000],
      [31_000, 32_000],
    ],
    ...overrides,
  }));
}

/** A complete, valid configuration; tests override what they exercise. */
export function simConfig(
  overrides: Partial<cassandra_mesos.v1.FrameworkConfig.$Properties> = {},
): FrameworkConfigInput {
  return {
    frameworkName: 'sim-cassandra',
    clusterName: 'sim-cluster',
    nodeCount: 3,
    seedCount: 2,
    resources: { cpus: 2, memMb: 8_192, diskMb: 20_480, heapMb: 0 },
    ports: { storage: 7000, sslStorage: 7001, native: 9042, jmx: 7199, jolokia: 8778 },
    role: 'cassandra',
    principal: 'cassandra-principal',
    failoverTimeoutSeconds: 7 * 24 * 3600,
    healthCheckIntervalSeconds: 30,
    bootstrapGraceSeconds: 30,
    replaceTimeoutSeconds: 300,
    artifacts: {
      executor: 'http://scheduler.example:8080/artifacts/executor.tgz',
      cassandra: 'http://scheduler.example:8080/artifacts/cassandra.tgz',
      jolokia: 'http://scheduler.example:8080/artifacts/jolokia.jar',
      java: '',
      node: '',
    },
    cassandraVersion: '5.0.9',
    yamlOverrides: {},
    defaultRackDc: { rack: 'rack1', dc: 'dc1' },
    dataVolumeMode: cassandra_mesos.v1.DataVolumeMode.PERSISTENT_VOLUME,
    numTokens: 16,
    endpointSnitch: 'GossipingPropertyFileSnitch',
    autoReplace: true,
    placementConstraints: '',
    ...overrides,
  };
}
