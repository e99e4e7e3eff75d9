import { cassandra_mesos, encodeMessage } from '@cassandra-mesos/model';
import { PROTOCOL_VERSION } from '../../src';

export function serverTaskDetails(overrides: Partial<cassandra_mesos.v1.TaskDetails.$Properties> = {}): Uint8Array {
  return encodeMessage(
    cassandra_mesos.v1.TaskDetails,
    cassandra_mesos.v1.TaskDetails.create({
      protocolVersion: PROTOCOL_VERSION,
      nodeId: 'node-1',
      server: {
        configId: 'cfg-7',
        healthCheckIntervalSeconds: 30,
        config: {
          clusterName: 'c1',
          seeds: ['10.0.0.1'],
          listenAddress: '10.0.0.1',
          ports: { storage: 7000, native: 9042, jmx: 7199, jolokia: 8778 },
          dataDir: 'data',
          rackDc: { dc: 'dc1', rack: 'rack1' },
        },
      },
      ...overrides,
    }),
  );
}

export function decodeDetails(data: Uint8Array): cassandra_mesos.v1.TaskStatusDetails {
  return cassandra_mesos.v1.TaskStatusDetails.decode(data);
}
