import { parse } from 'yaml';
import {
  CassandraConfigError,
  JDK17_JVM_ARGS,
  renderJolokiaAgentProperties,
  renderServer,
  validateServerConfig,
  type ConfigProblem,
  type RenderedServer,
} from '../../src';
import { renderInput, serverConfig } from './fixtures';

const SANDBOX = '/var/lib/mesos/slaves/S1/frameworks/F/executors/node-1/runs/R';

function yamlOf(r: RenderedServer): Record<string, unknown> {
  return parse(r.files['cassandra.yaml']) as Record<string, unknown>;
}

function problemsOf(fn: () => unknown): ConfigProblem[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof CassandraConfigError) return [...err.problems];
    throw err;
  }
  throw new Error('expected a CassandraConfigError');
}

describe('renderServer: cassandra.yaml', () => {
  it('writes the framework-owned keys of the node', () => {
    const y = yamlOf(renderServer(renderInput(serverConfig(1, { initialToken: '' }))));
    expect(y).toMatchObject({
      cluster_name: 'prod cluster',
      partitioner: 'org.apache.cassandra.dht.Murmur3Partitioner',
      endpoint_snitch: 'GossipingPropertyFileSnitch',
      num_tokens: 16,
      auto_bootstrap: true,
      listen_address: '10.0.0.1',
      rpc_address: '10.0.0.1',
      storage_port: 7000,
      ssl_storage_port: 7001,
      native_transport_port: 9042,
      start_native_transport: true,
      data_file_directories: [`${SANDBOX}/cassandra-data/data`],
      commitlog_directory: `${SANDBOX}/cassandra-data/commitlog`,
      saved_caches_directory: `${SANDBOX}/cassandra-data/saved_caches`,
      hints_directory: `${SANDBOX}/cassandra-data/hints`,
      cdc_raw_directory: `${SANDBOX}/cassandra-data/cdc_raw`,
      commitlog_sync: 'periodic',
      commitlog_sync_period: '10000ms',
    });
    expect(y['seed_provider']).toEqual([{ class_name: 'org.apache.cassandra.locator.SimpleSeedProvider', parameters: [{ seeds: '10.0.0.1,10.0.0.2:7000' }] }]);
    expect(y).not.toHaveProperty('initial_token');
    expect(y).not.toHaveProperty('broadcast_address');
  });

  it('differs between nodes only in their own values', () => {
    const a = yamlOf(renderServer(renderInput(serverConfig(1))));
    const b = yamlOf(renderServer(renderInput(serverConfig(2))));
    const differing = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    expect(differing.sort()).toEqual(['listen_address', 'rpc_address']);
    expect(renderServer(renderInput(serverConfig(2))).files['cassandra-rackdc.properties']).toContain('rack=rack2\n');
  });

  it('uses an absolute data_dir (persistent volume) as is', () => {
    const r = renderServer(renderInput(serverConfig(1, { dataDir: '/mnt/volumes/pv-1/' })));
    expect(yamlOf(r)['commitlog_directory']).toBe('/mnt/volumes/pv-1/commitlog');
    expect(r.directories.root).toBe('/mnt/volumes/pv-1');
    expect(r.jvmArgs).toContain('-Dcassandra.storagedir=/mnt/volumes/pv-1');
  });

  it('writes explicit tokens as a string and checks their count', () => {
    const y = yamlOf(renderServer(renderInput(serverConfig(1, { numTokens: 2, initialToken: '-9223372036854775808, 0' }))));
    expect(y['initial_token']).toBe('-9223372036854775808,0');
    expect(problemsOf(() => renderServer(renderInput(serverConfig(1, { numTokens: 4, initialToken: '0' }))))).toEqual([
      expect.objectContaining({ field: 'initial_token', code: 'TOKEN_COUNT_MISMATCH' }),
    ]);
  });

  it('advertises an address when rpc_address is the wildcard', () => {
    const y = yamlOf(renderServer(renderInput(serverConfig(3, { rpcAddress: '0.0.0.0', broadcastAddress: '192.168.1.3' }))));
    expect(y).toMatchObject({ rpc_address: '0.0.0.0', broadcast_address: '192.168.1.3', broadcast_rpc_address: '192.168.1.3' });
  });

  it('applies valid overrides on top of the framework defaults', () => {
    const y = yamlOf(
      renderServer(
        renderInput(
          serverConfig(1, {
            yamlOverrides: {
              commitlog_sync_period: '"5s"',
              concurrent_reads: '64',
              authenticator: '"PasswordAuthenticator"',
              hinted_handoff_disabled_datacenters: '["dc2"]',
              storage_compatibility_mode: '"NONE"',
              server_encryption_options: '{"internode_encryption":"none"}',
            },
          }),
        ),
      ),
    );
    expect(y).toMatchObject({
      commitlog_sync_period: '5s',
      concurrent_reads: 64,
      authenticator: 'PasswordAuthenticator',
      hinted_handoff_disabled_datacenters: ['dc2'],
      storage_compatibility_mode: 'NONE',
      server_encryption_options: { internode_encryption: 'none' },
    });
  });

  it('refuses invalid overrides with one problem per key', () => {
    const problems = problemsOf(() =>
      renderServer(renderInput(serverConfig(1, { yamlOverrides: { cluster_name: '"x"', concurent_reads: '8', commitlog_sync_period_in_ms: '10000' } }))),
    );
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['yaml_overrides.cluster_name', 'FRAMEWORK_OWNED_YAML_KEY'],
      ['yaml_overrides.commitlog_sync_period_in_ms', 'RENAMED_YAML_KEY'],
      ['yaml_overrides.concurent_reads', 'UNKNOWN_YAML_KEY'],
    ]);
  });

  it('quotes what YAML would otherwise read as another type', () => {
    const y = yamlOf(renderServer(renderInput(serverConfig(1, { clusterName: 'true', rackDc: { dc: 'dc1', rack: 'r1' } }))));
    expect(y['cluster_name']).toBe('true');
  });
});

describe('renderServer: other files', () => {
  it('writes rackdc properties and a logback config that caps system.log and sends WARN to stdout', () => {
    const r = renderServer(renderInput(serverConfig(2)));
    expect(r.files['cassandra-rackdc.properties']).toMatch(/^dc=dc1$/m);
    expect(r.files['cassandra-rackdc.properties']).toMatch(/^rack=rack2$/m);
    const xml = r.files['logback.xml'];
    expect(xml).toContain('<file>${cassandra.logdir}/system.log</file>');
    expect(xml).toContain('<totalSizeCap>1GB</totalSizeCap>');
    expect(xml).toMatch(/ThresholdFilter"><level>WARN<\/level>/);
  });

  it('puts the Jolokia credentials in a properties file, escaped for java.util.Properties', () => {
    expect(renderJolokiaAgentProperties({ user: 'executor', password: 'p\\w=d,é' })).toBe('user=executor\npassword=p\\\\w=d,\\u00e9\n');
    expect(() => renderJolokiaAgentProperties({ user: 'executor', password: '' })).toThrow(CassandraConfigError);
  });
});

describe('renderServer: JVM arguments', () => {
  const base = renderServer(renderInput(serverConfig(1)));

  it('runs CassandraDaemon in the foreground with the node files and the JDK 17 flags', () => {
    const args = base.jvmArgs;
    expect(args.slice(-3)).toEqual(['-cp', `${SANDBOX}/conf:/opt/runtime/cassandra/lib/*`, 'org.apache.cassandra.service.CassandraDaemon']);
    expect(args).toEqual(expect.arrayContaining([...JDK17_JVM_ARGS]));
    expect(args).toEqual(
      expect.arrayContaining([
        '-Xms2048m',
        '-Xmx2048m',
        '-Dcassandra-foreground=yes',
        `-Dcassandra.config=file://${SANDBOX}/conf/cassandra.yaml`,
        `-Dcassandra-rackdc.properties=file://${SANDBOX}/conf/cassandra-rackdc.properties`,
        `-Dlogback.configurationFile=${SANDBOX}/conf/logback.xml`,
        `-Dcassandra.logdir=${SANDBOX}/logs`,
        `-Dcassandra.storagedir=${SANDBOX}/cassandra-data`,
        '-Dcassandra.jmx.local.port=7199',
        '-javaagent:/opt/runtime/cassandra/lib/jamm-0.4.0.jar',
        '--add-opens=java.base/java.lang=ALL-UNNAMED',
        '--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED',
      ]),
    );
    expect(args.some((a) => a.startsWith('-Dcassandra.replace_address'))).toBe(false);
  });

  it('opens no JMX port when ports.jmx is 0 (several nodes on one host; Jolokia runs in-process)', () => {
    const config = serverConfig(1);
    const rendered = renderServer(renderInput({ ...config, ports: { ...config.ports, jmx: 0 } }));
    expect(rendered.jvmArgs.some((a) => a.startsWith('-Dcassandra.jmx'))).toBe(false);
  });

  it('attaches Jolokia bound to the node address, credentials by file, fixed executor', () => {
    const agent = base.jvmArgs.filter((a) => a.startsWith('-javaagent:/opt/runtime/jolokia'));
    expect(agent).toEqual([
      `-javaagent:/opt/runtime/jolokia-agent-jvm-2.5.1-javaagent.jar=host=10.0.0.1,port=8778,config=${SANDBOX}/conf/jolokia.properties,executor=fixed,threadNr=4,discoveryEnabled=false`,
    ]);
    expect(base.jolokia).toEqual({ host: '10.0.0.1', port: 8778, url: 'http://10.0.0.1:8778/jolokia/' });
    expect(base.jvmArgs.join(' ')).not.toMatch(/password/i);
  });

  it('binds Jolokia to jolokia_bind when given, escaping agent separators in paths', () => {
    const input = renderInput(serverConfig(1, { jolokiaBind: '127.0.0.1' }));
    const r = renderServer({ ...input, layout: { ...input.layout, jolokiaConfigFile: '/s/a,b/jolokia.properties' }, jolokiaThreads: 8 });
    expect(r.jvmArgs.find((a) => a.includes('jolokia-agent'))).toBe(
      '-javaagent:/opt/runtime/jolokia-agent-jvm-2.5.1-javaagent.jar=host=127.0.0.1,port=8778,config=/s/a\\,b/jolokia.properties,executor=fixed,threadNr=8,discoveryEnabled=false',
    );
    expect(r.jolokia.url).toBe('http://127.0.0.1:8778/jolokia/');
  });

  it('replaces a dead node on first boot when replace_address is set', () => {
    const r = renderServer(renderInput(serverConfig(4, { replaceAddress: '10.0.0.2' })));
    expect(r.jvmArgs).toContain('-Dcassandra.replace_address_first_boot=10.0.0.2');
    expect(problemsOf(() => renderServer(renderInput(serverConfig(4, { replaceAddress: '10.0.0.2', autoBootstrap: false }))))).toEqual([
      expect.objectContaining({ field: 'auto_bootstrap', code: 'REPLACE_WITHOUT_BOOTSTRAP' }),
    ]);
  });

  it('takes heap_mb when it fits and caps available processors when asked', () => {
    const r = renderServer({ ...renderInput(serverConfig(1, { heapMb: 3000 }), 4096), availableProcessors: 1.5 });
    expect(r.heapMb).toBe(3000);
    expect(r.jvmArgs).toEqual(expect.arrayContaining(['-Xms3000m', '-Xmx3000m', '-Dcassandra.available_processors=2']));
  });
});

describe('validateServerConfig', () => {
  it('is empty for a complete config', () => {
    expect(validateServerConfig(serverConfig(1), 4096)).toEqual([]);
  });

  it('lists every missing or malformed field', () => {
    const problems = validateServerConfig(
      {
        clusterName: '',
        seeds: [],
        listenAddress: '',
        ports: { storage: 7000, native: 7000, jmx: 0, jolokia: 70000 },
        dataDir: '../escape',
        endpointSnitch: 'not a class',
        rackDc: { dc: 'dc 1' },
        initialToken: 'abc',
      },
      4096,
    );
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'cluster_name:MISSING_FIELD',
      'seeds:MISSING_FIELD',
      'listen_address:MISSING_FIELD',
      'ports.jolokia:INVALID_PORT',
      'ports.native:DUPLICATE_PORT',
      'data_dir:INVALID_PATH',
      'endpoint_snitch:INVALID_VALUE',
      'rack_dc.dc:INVALID_VALUE',
      'rack_dc.rack:MISSING_FIELD',
      'initial_token:INVALID_VALUE',
    ]);
  });

  it('reports a heap that does not fit the task', () => {
    expect(validateServerConfig(serverConfig(1, { heapMb: 4000 }), 4096)).toEqual([expect.objectContaining({ field: 'heap_mb', code: 'HEAP_DOES_NOT_FIT' })]);
  });

  it('refuses relative layout paths in renderServer', () => {
    const input = renderInput(serverConfig(1));
    expect(problemsOf(() => renderServer({ ...input, layout: { ...input.layout, logDir: 'logs' } }))).toEqual([
      expect.objectContaining({ field: 'layout.logDir', code: 'INVALID_PATH' }),
    ]);
  });
});

describe('renderServer: YAML 1.1 (SnakeYAML) safety', () => {
  it('quotes strings that YAML 1.1 reads as booleans or numbers', () => {
    const text = renderServer(renderInput(serverConfig(1, { clusterName: 'yes', yamlOverrides: { ideal_consistency_level: '"on"' } }))).files['cassandra.yaml'];
    expect(text).toMatch(/^cluster_name: "yes"$/m);
    expect(text).toMatch(/^ideal_consistency_level: "on"$/m);
    expect(parse(text, { version: '1.1' })).toMatchObject({ cluster_name: 'yes', ideal_consistency_level: 'on' });
  });
});
