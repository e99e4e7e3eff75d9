import { join } from 'node:path';
import { commonJvmArgs, libClasspath } from '../java';
import type { Runtime } from '../runtime';
import { escapeAgentOption, G1_JVM_ARGS as GC_ARGS, JDK17_JVM_ARGS as JDK17_JPMS_ARGS, JOLOKIA_JVM_ARGS } from '@cassandra-mesos/model';
import { JOLOKIA_PORT, type NodeLayout } from './layout';

// Cassandra 5.0's JDK 17 and G1 flags are the product's (the executor renders them from the model);
// tests start Cassandra with exactly the same ones.
export { JDK17_JVM_ARGS as JDK17_JPMS_ARGS, G1_JVM_ARGS as GC_ARGS } from '@cassandra-mesos/model';

export interface CassandraJvmOptions {
  readonly heapMb: number;
  /** -Dcassandra.available_processors */
  readonly processors: number;
  /** The Jolokia properties file holding user/password (see renderJolokiaProperties). */
  readonly jolokiaConfigFile: string;
}

/** The `-javaagent:` option for Jolokia bound to the node's address. */
export function jolokiaAgentArg(agentJar: string, ip: string, configFile: string): string {
  const options: Array<[string, string]> = [
    ['host', ip],
    ['port', String(JOLOKIA_PORT)],
    ['config', configFile],
    ['executor', 'fixed'],
    ['threadNr', '4'],
    ['discoveryEnabled', 'false'],
  ];
  return `-javaagent:${agentJar}=${options.map(([k, v]) => `${k}=${escapeAgentOption(v)}`).join(',')}`;
}

/** Everything after `java` to run one node in the foreground (pure: depends only on its inputs). */
export function cassandraCommandArgs(runtime: Runtime, node: NodeLayout, opts: CassandraJvmOptions): string[] {
  return [
    `-Xms${opts.heapMb}m`,
    `-Xmx${opts.heapMb}m`,
    '-Xss256k',
    ...GC_ARGS,
    '-XX:+UseThreadPriorities',
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:+UseTLAB',
    '-XX:+ResizeTLAB',
    '-ea',
    '-da:net.openhft...',
    ...commonJvmArgs({ name: `cassandra-${node.name}`, tmpDir: node.tmpDir, heapDumpDir: node.dir }),
    ...JDK17_JPMS_ARGS,
    `-javaagent:${runtime.cassandra.jammJar}`,
    ...JOLOKIA_JVM_ARGS,
    jolokiaAgentArg(runtime.jolokia.agentJar, node.ip, opts.jolokiaConfigFile),
    `-Dcassandra.config=file://${join(node.confDir, 'cassandra.yaml')}`,
    `-Dcassandra-rackdc.properties=file://${join(node.confDir, 'cassandra-rackdc.properties')}`,
    `-Dlogback.configurationFile=${join(node.confDir, 'logback.xml')}`,
    `-Dcassandra.logdir=${node.logDir}`,
    `-Dcassandra.storagedir=${node.dir}`,
    '-Dcassandra-foreground=yes',
    '-Dcassandra.skip_wait_for_gossip_to_settle=0',
    `-Dcassandra.available_processors=${opts.processors}`,
    `-Djna.tmpdir=${node.tmpDir}`,
    '-cp',
    `${node.confDir}:${libClasspath(runtime.cassandra.libDir)}`,
    runtime.cassandra.mainClass,
  ];
}
