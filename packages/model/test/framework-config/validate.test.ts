import { artifactUriProblem, cassandra_mesos, roleNameProblem, validateFrameworkConfig, type CompleteFrameworkConfig, type ConfigProblem } from '../../src';
import { validConfig } from './fixtures';

const { PERSISTENT_VOLUME, SANDBOX, DATA_VOLUME_MODE_UNSPECIFIED } = cassandra_mesos.v1.DataVolumeMode;

function problems(overrides: Partial<CompleteFrameworkConfig>): ConfigProblem[] {
  return validateFrameworkConfig(validConfig(overrides));
}

function only(overrides: Partial<CompleteFrameworkConfig>): ConfigProblem {
  const p = problems(overrides);
  expect(p).toHaveLength(1);
  return p[0]!;
}

const resources = (r: Partial<CompleteFrameworkConfig['resources']>) => ({ resources: { ...validConfig().resources, ...r } });
const ports = (p: Partial<CompleteFrameworkConfig['ports']>) => ({ ports: { ...validConfig().ports, ...p } });

describe('validateFrameworkConfig', () => {
  it('accepts the default configuration', () => {
    expect(validateFrameworkConfig(validConfig())).toEqual([]);
  });

  it('needs at least one node and one seed, and no more seeds than nodes', () => {
    expect(only({ nodeCount: 0, seedCount: 1 })).toEqual({
      field: 'node_count',
      code: 'VALUE_TOO_SMALL',
      message: 'node_count=0 is below the minimum of 1: set it to the number of Cassandra nodes',
    });
    expect(only({ nodeCount: 1001 }).code).toBe('VALUE_TOO_LARGE');
    expect(only({ seedCount: 0 })).toEqual({
      field: 'seed_count',
      code: 'VALUE_TOO_SMALL',
      message: 'seed_count=0: a cluster needs at least 1 seed node; set it to 1-3 (2 is usual)',
    });
    expect(only({ seedCount: 4 })).toEqual({
      field: 'seed_count',
      code: 'SEEDS_EXCEED_NODES',
      message: 'seed_count=4 is more than node_count=3: seeds are chosen among the nodes, so lower seed_count to at most 3',
    });
    expect(problems({ nodeCount: 1, seedCount: 1 })).toEqual([]);
  });

  it('needs positive cpus and disk', () => {
    expect(only(resources({ cpus: 0 }))).toEqual({
      field: 'resources.cpus',
      code: 'VALUE_TOO_SMALL',
      message: 'resources.cpus=0 is below the minimum of 0.1: set it to the CPUs of each node, e.g. 2',
    });
    expect(only(resources({ cpus: Number.NaN })).code).toBe('INVALID_VALUE');
    expect(only(resources({ diskMb: 0 })).field).toBe('resources.disk_mb');
  });

  it('needs enough memory, and a heap that leaves room off the heap', () => {
    expect(only(resources({ memMb: 512 }))).toEqual({
      field: 'resources.mem_mb',
      code: 'VALUE_TOO_SMALL',
      message: 'resources.mem_mb=512 is below the 1024 MiB a Cassandra 5.0 node needs (a heap plus as much memory off the heap): raise it to at least 1024',
    });
    expect(only(resources({ memMb: 4096, heapMb: 4000 }))).toEqual({
      field: 'resources.heap_mb',
      code: 'HEAP_DOES_NOT_FIT',
      message:
        'resources.heap_mb=4000 does not fit in resources.mem_mb=4096: at least 1024 MiB must stay outside the heap, so resources.heap_mb can be at most 3072; lower resources.heap_mb or raise resources.mem_mb to at least 5334',
    });
    expect(only(resources({ heapMb: 128 })).code).toBe('HEAP_TOO_SMALL');
    expect(problems(resources({ memMb: 1024, heapMb: 0 }))).toEqual([]);
    expect(problems(resources({ memMb: 4096, heapMb: 3072 }))).toEqual([]);
  });

  it('needs distinct TCP ports; only the legacy TLS and JMX ports may be 0', () => {
    expect(only(ports({ native: 7000 }))).toEqual({
      field: 'ports.native',
      code: 'DUPLICATE_PORT',
      message: 'ports.native=7000 is also ports.storage: give each port its own number',
    });
    expect(only(ports({ jolokia: 70000 }))).toEqual({
      field: 'ports.jolokia',
      code: 'INVALID_PORT',
      message: 'ports.jolokia=70000 is not a TCP port: use 1-65535, a port every agent offers',
    });
    expect(only(ports({ native: 0 })).code).toBe('MISSING_FIELD');
    // No JMX listener is fine: the executor uses Jolokia, and nodes sharing a host cannot share it.
    expect(problems(ports({ jmx: 0 }))).toEqual([]);
    expect(problems(ports({ sslStorage: 0 }))).toEqual([]);
  });

  it('refuses role "*" with persistent volumes, naming both fixes', () => {
    expect(only({ role: '*' })).toEqual({
      field: 'role',
      code: 'ROLE_CANNOT_RESERVE',
      message:
        'role="*" cannot hold the dynamic reservations and persistent volumes that data_volume_mode=PERSISTENT_VOLUME needs: set role to a named role (e.g. cassandra-role), or data_volume_mode to SANDBOX (development only: data is lost with the sandbox)',
    });
    expect(problems({ role: '*', dataVolumeMode: SANDBOX })).toEqual([]);
  });

  it('checks Mesos role names', () => {
    expect(roleNameProblem('cassandra')).toBeUndefined();
    expect(roleNameProblem('eng/cassandra')).toBeUndefined();
    expect(roleNameProblem('')).toBe('is empty');
    expect(roleNameProblem('-x')).toBe("has a component starting with '-'");
    expect(roleNameProblem('a//b')).toBe('has an empty path component');
    expect(roleNameProblem('..')).toBe("has the component '..'");
    expect(roleNameProblem('my role')).toBeDefined();
    expect(only({ role: 'a/../b' })).toEqual({ field: 'role', code: 'INVALID_ROLE', message: 'role="a/../b" has the component \'..\': use a Mesos role name such as cassandra-role' });
  });

  it('checks that artifact URIs can be fetched, without echoing credentials', () => {
    for (const good of ['http://h/x.tgz', 'https://h:8443/a/b.jar', 'hdfs://nn:8020/x', 's3://bucket/key', 'file:///opt/x.tgz', '/opt/x.tgz', 'http://[::1]:80/x']) {
      expect([good, artifactUriProblem(good)]).toEqual([good, undefined]);
    }
    expect(artifactUriProblem('relative/x.tgz')).toBe('is neither an absolute path nor a URI with one of the schemes http, https, ftp, ftps, hdfs, hftp, s3, s3a, s3n, file');
    expect(artifactUriProblem('gopher://h/x')).toBe("has the scheme 'gopher' the Mesos fetcher cannot fetch (use one of http, https, ftp, ftps, hdfs, hftp, s3, s3a, s3n, file)");
    expect(artifactUriProblem('http://h')).toBe('names no file (the path is empty)');
    expect(artifactUriProblem('http://h x/y')).toBe('contains whitespace');
    expect(artifactUriProblem('file://host/x')).toBe('is not a file:/// URI with an absolute path');
    expect(artifactUriProblem('http://bad_host!/x')).toBe('has no valid host');
    const artifacts = { ...validConfig().artifacts, cassandra: 'gopher://h/x', jolokia: 'https://user:pw@h/j.jar' };
    expect(problems({ artifacts })).toEqual([
      {
        field: 'artifacts.cassandra',
        code: 'INVALID_URI',
        message: 'artifacts.cassandra="gopher://h/x" has the scheme \'gopher\' the Mesos fetcher cannot fetch (use one of http, https, ftp, ftps, hdfs, hftp, s3, s3a, s3n, file)',
      },
      {
        field: 'artifacts.jolokia',
        code: 'INVALID_URI',
        message: 'artifacts.jolokia contains credentials, which would be stored in ZooKeeper: serve the artifact without them (e.g. a pre-signed URL or a host-local path)',
      },
    ]);
  });

  it('supports Cassandra 5.0.x only', () => {
    expect(only({ cassandraVersion: '4.1.5' })).toEqual({
      field: 'cassandra_version',
      code: 'UNSUPPORTED_CASSANDRA_VERSION',
      message: 'cassandra_version="4.1.5" is not supported: this framework renders cassandra.yaml and JVM flags for Cassandra 5.0; use a 5.0.x version, e.g. 5.0.9',
    });
    expect(only({ cassandraVersion: '5.0' }).code).toBe('UNSUPPORTED_CASSANDRA_VERSION');
    expect(problems({ cassandraVersion: '5.0.12' })).toEqual([]);
  });

  it('validates yaml overrides with the cassandra.yaml override rules', () => {
    expect(problems({ yamlOverrides: { concurrent_reads: '64', compaction_throughput: '"64MiB/s"' } })).toEqual([]);
    expect(problems({ yamlOverrides: { num_tokens: '8', concurrent_reads: '"many"' } }).map((p) => [p.field, p.code])).toEqual([
      ['yaml_overrides.concurrent_reads', 'INVALID_YAML_VALUE'],
      ['yaml_overrides.num_tokens', 'FRAMEWORK_OWNED_YAML_KEY'],
    ]);
  });

  it('checks names, rack and data center, the snitch, tokens and timings', () => {
    expect(only({ frameworkName: 'a/b' }).field).toBe('framework_name');
    expect(only({ clusterName: 'two\nlines' }).field).toBe('cluster_name');
    expect(only({ defaultRackDc: { rack: 'rack 1', dc: 'dc1' } })).toEqual({
      field: 'default_rack_dc.rack',
      code: 'INVALID_VALUE',
      message: 'default_rack_dc.rack="rack 1" must be letters, digits, \'.\', \'_\' or \'-\', starting with a letter or digit, e.g. rack1',
    });
    expect(only({ endpointSnitch: 'not a class' }).field).toBe('endpoint_snitch');
    expect(only({ numTokens: 0 }).field).toBe('num_tokens');
    expect(only({ numTokens: 512 }).code).toBe('VALUE_TOO_LARGE');
    expect(only({ failoverTimeoutSeconds: 30 }).message).toBe(
      'failover_timeout_seconds=30 (30s) is below the minimum of 60 (1m): set it to how long Mesos keeps the nodes running without a scheduler, e.g. 1w',
    );
    expect(only({ healthCheckIntervalSeconds: 7200 }).code).toBe('VALUE_TOO_LARGE');
    expect(only({ principal: 'has space' }).field).toBe('principal');
    expect(problems({ principal: '', bootstrapGraceSeconds: 0 })).toEqual([]);
  });

  it('reports every missing field of an empty config', () => {
    const fields = validateFrameworkConfig({}).map((p) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining(['framework_name', 'cluster_name', 'role', 'node_count', 'seed_count', 'resources.cpus', 'resources.disk_mb', 'resources.mem_mb', 'ports.storage', 'cassandra_version', 'data_volume_mode', 'num_tokens', 'endpoint_snitch']),
    );
    expect(validateFrameworkConfig({}).find((p) => p.field === 'data_volume_mode')!.message).toBe(
      'data_volume_mode is not set: choose PERSISTENT_VOLUME (production) or SANDBOX (development only)',
    );
    expect(validateFrameworkConfig(validConfig({ dataVolumeMode: DATA_VOLUME_MODE_UNSPECIFIED })).map((p) => p.code)).toEqual(['MISSING_FIELD']);
    expect(validateFrameworkConfig(validConfig({ dataVolumeMode: PERSISTENT_VOLUME }))).toEqual([]);
  });

  it('names fields the way the caller asks', () => {
    const p = validateFrameworkConfig(validConfig({ seedCount: 5 }), (path) => `<${path}>`);
    expect(p).toEqual([{ field: '<seed_count>', code: 'SEEDS_EXCEED_NODES', message: '<seed_count>=5 is more than <node_count>=3: seeds are chosen among the nodes, so lower <seed_count> to at most 3' }]);
  });
});
