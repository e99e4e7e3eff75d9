import { cassandraCommandArgs, jolokiaAgentArg, JDK17_JPMS_ARGS } from '../src/cassandra/jvm-args';
import { clusterLayout } from '../src/cassandra/layout';
import type { Runtime } from '../src/runtime';

const runtime: Runtime = {
  runtimeDir: '/rt',
  java: { home: '/jdk17', bin: '/jdk17/bin/java', version: '17.0.15' },
  cassandra: { version: '5.0.9', home: '/rt/c', libDir: '/rt/c/lib', jammJar: '/rt/c/lib/jamm-0.4.0.jar', mainClass: 'org.apache.cassandra.service.CassandraDaemon' },
  jolokia: { version: '2.6.0', agentJar: '/rt/j/agent.jar' },
  zookeeper: { version: '3.9.5', home: '/rt/z', libDir: '/rt/z/lib', mainClass: 'org.apache.zookeeper.server.ZooKeeperServerMain' },
  s3proxy: { version: '4.1.0', home: '/rt/s', libDir: '/rt/s/lib', mainClass: 'org.gaul.s3proxy.Main' },
};
const node = clusterLayout(2, '/w')[1]!;
const args = cassandraCommandArgs(runtime, node, { heapMb: 768, processors: 2, jolokiaConfigFile: '/w/node2/conf/jolokia.properties' });

describe('cassandraCommandArgs', () => {
  it('ends with the classpath (conf dir first) and the daemon main class', () => {
    expect(args.slice(-3)).toEqual(['-cp', '/w/node2/conf:/rt/c/lib/*', 'org.apache.cassandra.service.CassandraDaemon']);
  });

  it('sizes a small fixed heap and starts fast', () => {
    expect(args).toEqual(expect.arrayContaining(['-Xms768m', '-Xmx768m', '-XX:TieredStopAtLevel=1', '-Dcassandra.available_processors=2']));
    expect(args).not.toContain('-XX:+AlwaysPreTouch');
    expect(args.some((a) => a.startsWith('-XX:G1HeapRegionSize'))).toBe(false);
  });

  it('keeps stdout open and skips the gossip settle wait', () => {
    expect(args).toEqual(expect.arrayContaining(['-Dcassandra-foreground=yes', '-Dcassandra.skip_wait_for_gossip_to_settle=0']));
  });

  it('carries every JDK 17 JPMS flag of jvm17-server.options', () => {
    for (const flag of JDK17_JPMS_ARGS) expect(args).toContain(flag);
    expect(JDK17_JPMS_ARGS.filter((a) => a.startsWith('--add-exports='))).toHaveLength(9);
    expect(JDK17_JPMS_ARGS.filter((a) => a.startsWith('--add-opens='))).toHaveLength(14);
    expect(JDK17_JPMS_ARGS).toContain('--add-opens=java.base/sun.nio.ch=ALL-UNNAMED');
  });

  it('attaches jamm and the Jolokia agent bound to the node address', () => {
    expect(args).toContain('-javaagent:/rt/c/lib/jamm-0.4.0.jar');
    const jolokia = args.find((a) => a.startsWith('-javaagent:/rt/j/agent.jar='));
    expect(jolokia).toBe('-javaagent:/rt/j/agent.jar=host=127.0.0.2,port=8778,config=/w/node2/conf/jolokia.properties,executor=fixed,threadNr=4,discoveryEnabled=false');
  });

  it('never puts the Jolokia password on the command line', () => {
    expect(args.join(' ')).not.toMatch(/password/i);
  });

  it('points Cassandra at the node config files', () => {
    expect(args).toEqual(
      expect.arrayContaining([
        '-Dcassandra.config=file:///w/node2/conf/cassandra.yaml',
        '-Dcassandra-rackdc.properties=file:///w/node2/conf/cassandra-rackdc.properties',
        '-Dlogback.configurationFile=/w/node2/conf/logback.xml',
        '-Dcassandra.storagedir=/w/node2',
      ]),
    );
  });

  it('escapes agent option values', () => {
    expect(jolokiaAgentArg('/a.jar', '127.0.0.1', '/odd,dir=x/j.properties')).toContain('config=/odd\\,dir\\=x/j.properties,');
  });
});
