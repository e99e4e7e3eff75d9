import type { RenderServerInput, ServerConfigInput } from '../../src';

/** A fully resolved server config as the scheduler would send it for node `n` (1-based). */
export function serverConfig(n: number, overrides: Partial<ServerConfigInput> = {}): ServerConfigInput {
  return {
    clusterName: 'prod cluster',
    seeds: ['10.0.0.1', '10.0.0.2:7000'],
    listenAddress: `10.0.0.${n}`,
    ports: { storage: 7000, sslStorage: 7001, native: 9042, jmx: 7199, jolokia: 8778 },
    dataDir: 'cassandra-data',
    endpointSnitch: 'GossipingPropertyFileSnitch',
    numTokens: 16,
    rackDc: { dc: 'dc1', rack: `rack${n}` },
    autoBootstrap: true,
    cassandraVersion: '5.0.9',
    ...overrides,
  };
}

export function renderInput(config: ServerConfigInput, taskMemMb = 4096): RenderServerInput {
  return {
    config,
    taskMemMb,
    layout: {
      sandbox: '/var/lib/mesos/slaves/S1/frameworks/F/executors/node-1/runs/R',
      confDir: '/var/lib/mesos/slaves/S1/frameworks/F/executors/node-1/runs/R/conf',
      logDir: '/var/lib/mesos/slaves/S1/frameworks/F/executors/node-1/runs/R/logs',
      tmpDir: '/var/lib/mesos/slaves/S1/frameworks/F/executors/node-1/runs/R/tmp',
      jolokiaConfigFile: '/var/lib/mesos/slaves/S1/frameworks/F/executors/node-1/runs/R/conf/jolokia.properties',
    },
    runtime: {
      jolokiaAgentJar: '/opt/runtime/jolokia-agent-jvm-2.5.1-javaagent.jar',
      jammJar: '/opt/runtime/cassandra/lib/jamm-0.4.0.jar',
      cassandraLibDir: '/opt/runtime/cassandra/lib',
    },
  };
}
