import type { cassandra_mesos } from '@cassandra-mesos/model';
import { CLUSTER } from './harness';

/** Balanced single tokens for 1..3 nodes (fast start without bootstrap, as in testkit). */
const TOKENS = ['-9223372036854775808', '-3074457345618258603', '3074457345618258602'];

/** A server task for node `index` (0-based) on 127.0.0.<index+1> in a cluster of `size` seeds. */
export function serverTask(index: number, size: number, healthCheckIntervalSeconds = 5): cassandra_mesos.v1.ITaskDetails {
  const ip = `127.0.0.${index + 1}`;
  const seeds = Array.from({ length: size }, (_, i) => `127.0.0.${i + 1}`);
  const token = size === 2 ? (index === 0 ? TOKENS[0] : '0') : TOKENS[index];
  return {
    server: {
      configId: 'cfg-1',
      healthCheckIntervalSeconds,
      config: {
        clusterName: CLUSTER,
        seeds,
        listenAddress: ip,
        rpcAddress: ip,
        // jmx 0: several nodes share this host's loopback, and Jolokia needs no JMX port.
        ports: { storage: 7000, native: 9042, jmx: 0, jolokia: 8778 },
        dataDir: 'data',
        rackDc: { dc: 'dc1', rack: `rack${index + 1}` },
        heapMb: 768,
        numTokens: 1,
        initialToken: token ?? '0',
        autoBootstrap: false,
      },
    },
  };
}

export const SERVER_RESOURCES = { cpus: 1, memMb: 2048 };
export const JOB_RESOURCES = { cpus: 0.05, memMb: 32 };
