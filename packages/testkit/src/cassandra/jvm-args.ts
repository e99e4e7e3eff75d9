import { join } from 'node:path';
import { commonJvmArgs, libClasspath } from '../java';
import type { Runtime } from '../runtime';
import { escapeAgentOption } from './config';
import { JOLOKIA_PORT, type NodeLayout } from './layout';

/** --add-exports/--add-opens and friends from Cassandra 5.0's conf/jvm17-server.options. */
export const JDK17_JPMS_ARGS: readonly string[] = [
  '-Djdk.attach.allowAttachSelf=true',
  ...[
    'java.base/jdk.internal.misc',
    'java.management.rmi/com.sun.jmx.remote.internal.rmi',
    'java.rmi/sun.rmi.registry',
    'java.rmi/sun.rmi.server',
    'java.sql/java.sql',
    'java.base/java.lang.ref',
    'jdk.unsupported/sun.misc',
    'jdk.compiler/com.sun.tools.javac.file',
    'jdk.attach/sun.tools.attach',
  ].map((p) => `--add-exports=${p}=ALL-UNNAMED`),
  ...[
    'java.base/java.lang.module',
    'java.base/jdk.internal.loader',
    'java.base/jdk.internal.ref',
    'java.base/jdk.internal.reflect',
    'java.base/jdk.internal.math',
    'java.base/jdk.internal.module',
    'java.base/jdk.internal.util.jar',
    'jdk.management/com.sun.management.internal',
    'java.base/sun.nio.ch',
    'java.base/java.io',
    'java.base/java.lang.reflect',
    'jdk.compiler/com.sun.tools.javac',
    'java.base/java.lang',
    'java.base/java.util',
  ].map((p) => `--add-opens=${p}=ALL-UNNAMED`),
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dio.netty.allocator.useCacheForAllThreads=true',
  '-Dio.netty.allocator.maxOrder=11',
];

/** G1 settings of jvm17-server.options, minus G1HeapRegionSize=16m (meant for big heaps). */
export const GC_ARGS: readonly string[] = [
  '-XX:+UseG1GC',
  '-XX:+ParallelRefProcEnabled',
  '-XX:MaxTenuringThreshold=1',
  '-XX:G1RSetUpdatingPauseTimePercent=5',
  '-XX:MaxGCPauseMillis=300',
  '-XX:InitiatingHeapOccupancyPercent=70',
];

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
