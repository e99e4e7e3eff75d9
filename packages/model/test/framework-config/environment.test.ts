import { inspect } from 'node:util';
import { OTHER_COMPONENT_VARIABLES, SCHEDULER_ENVIRONMENT, cassandra_mesos, parseSchedulerEnvironment, type ConfigProblem } from '../../src';
import { validConfig } from './fixtures';

type Env = Record<string, string | undefined>;

function errorsOf(env: Env): ConfigProblem[] {
  const r = parseSchedulerEnvironment(env);
  if (r.ok) throw new Error('expected errors, got a valid configuration');
  return r.errors;
}

function only(env: Env): ConfigProblem {
  const errors = errorsOf(env);
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

function okOf(env: Env) {
  const r = parseSchedulerEnvironment(env);
  if (!r.ok) throw new Error(`expected a valid configuration, got:\n${r.errors.map((e) => e.message).join('\n')}`);
  return r;
}

// A non-default value for every variable of the table.
const EVERY_VARIABLE: Record<string, string> = {
  CASSANDRA_MESOS_FRAMEWORK_NAME: 'cassandra-prod',
  CASSANDRA_MESOS_CLUSTER_NAME: 'Production Cluster',
  CASSANDRA_MESOS_NODE_COUNT: '5',
  CASSANDRA_MESOS_SEED_COUNT: '3',
  CASSANDRA_MESOS_CPUS: '3.5',
  CASSANDRA_MESOS_MEM_MB: '8192',
  CASSANDRA_MESOS_DISK_MB: '20480',
  CASSANDRA_MESOS_HEAP_MB: '4096',
  CASSANDRA_MESOS_STORAGE_PORT: '7100',
  CASSANDRA_MESOS_SSL_STORAGE_PORT: '0',
  CASSANDRA_MESOS_NATIVE_PORT: '9142',
  CASSANDRA_MESOS_JMX_PORT: '7299',
  CASSANDRA_MESOS_JOLOKIA_PORT: '8878',
  CASSANDRA_MESOS_FAILOVER_TIMEOUT: '2w',
  CASSANDRA_MESOS_HEALTH_CHECK_INTERVAL: '30',
  CASSANDRA_MESOS_BOOTSTRAP_GRACE: '1m30s',
  CASSANDRA_MESOS_REPLACE_TIMEOUT: '2h',
  CASSANDRA_MESOS_AUTO_REPLACE: 'no',
  CASSANDRA_MESOS_PLACEMENT_CONSTRAINTS: '[["rack_id","GROUP_BY","2"]]',
  CASSANDRA_MESOS_REPAIR_INTERVAL_DAYS: '7',
  CASSANDRA_MESOS_REPAIR_WINDOW: '22:30-04:15',
  CASSANDRA_MESOS_EXECUTOR_URI: 'http://scheduler.example.com:8080/artifacts/executor.tar.gz',
  CASSANDRA_MESOS_CASSANDRA_URI: 'https://repo.example.com/cassandra-5.0.8.tar.gz',
  CASSANDRA_MESOS_JOLOKIA_URI: 's3://bucket/jolokia-agent.jar',
  CASSANDRA_MESOS_JAVA_URI: 'file:///opt/jdk17.tar.gz',
  CASSANDRA_MESOS_NODE_URI: '/opt/node-20.tar.gz',
  CASSANDRA_MESOS_CASSANDRA_VERSION: '5.0.8',
  CASSANDRA_MESOS_YAML_OVERRIDES: '{"concurrent_reads": 64, "key_cache_size": "100MiB"}',
  CASSANDRA_MESOS_DEFAULT_DC: 'eu-west',
  CASSANDRA_MESOS_DEFAULT_RACK: 'r2',
  CASSANDRA_MESOS_DATA_VOLUME_MODE: 'sandbox',
  CASSANDRA_MESOS_NUM_TOKENS: '8',
  CASSANDRA_MESOS_BACKUP_LOCATION: 's3://cassandra-backups/prod/ring-1',
  CASSANDRA_BACKUP_DIRECTORY: '/var/lib/backups/',
  CASSANDRA_MESOS_S3_ENDPOINT: 'http://s3proxy.example:8081/',
  CASSANDRA_MESOS_S3_REGION: 'eu-west-1',
  CASSANDRA_MESOS_BACKUP_CONCURRENCY: '8',
  CASSANDRA_MESOS_BACKUP_PART_SIZE_MB: '64',
  CASSANDRA_MESOS_BACKUP_RATE_LIMIT_MBPS: '40',
  CASSANDRA_MESOS_PAUSE_SRV: '_scalar-admin._tcp.app.example.com',
  CASSANDRA_MESOS_GRPC_PORT: '21051',
  CASSANDRA_MESOS_INITIAL_TOKENS_FROM: 'cassandra-old/nightly-1',
  CASSANDRA_MESOS_ENDPOINT_SNITCH: 'org.apache.cassandra.locator.GossipingPropertyFileSnitch',
  CASSANDRA_MESOS_ROLE: 'cassandra/prod',
  CASSANDRA_MESOS_PRINCIPAL: 'cassandra-prod-principal',
  CASSANDRA_MESOS_MASTER_URL: 'https://leader.mesos:5050',
  CASSANDRA_MESOS_EXECUTOR_COMMAND: 'node /opt/executor/main.js',
  CASSANDRA_MESOS_ARTIFACT_DIR: '/opt/artifacts',
  CASSANDRA_MESOS_ZK_URL: 'zk://zk1:2181,zk2,[::1]:2182/apps/cassandra',
  CASSANDRA_MESOS_STATE_DIR: '/var/lib/cassandra-mesos',
  CASSANDRA_MESOS_API_HOST: '127.0.0.1',
  CASSANDRA_MESOS_API_PORT: '9000',
  CASSANDRA_MESOS_LOG_LEVEL: 'DEBUG',
  CASSANDRA_MESOS_PRINCIPAL_SECRET: 'S3CR3T-principal-7c1f',
  CASSANDRA_MESOS_API_TOKEN: 'S3CR3T-api-token-0123456789',
  CASSANDRA_MESOS_S3_ACCESS_KEY_ID: 'S3CR3T-AKIA-42',
  CASSANDRA_MESOS_S3_SECRET_ACCESS_KEY: 'S3CR3T-s3-key/with+chars',
  CASSANDRA_MESOS_S3_SESSION_TOKEN: 'S3CR3T-session-99',
};

describe('parseSchedulerEnvironment: values', () => {
  it('gives a valid configuration from an empty environment, with the documented defaults', () => {
    const r = okOf({ PATH: '/usr/bin', HOME: '/root' });
    expect(r.config).toEqual(validConfig());
    expect(r.settings).toEqual({ zookeeper: null, stateDir: '.cassandra-mesos-state', mesosMaster: 'http://127.0.0.1:5050', apiHost: '0.0.0.0', apiPort: 8080, logLevel: 'info', executorCommand: 'cassandra-mesos-executor/bin/cassandra-mesos-executor', artifactDir: '',
      backupLocation: { storage: 'local', directory: null }, backupDirectory: 'backup', s3Endpoint: '', s3Region: 'us-east-1',
      backupConcurrency: 4, backupPartSizeMb: 16, backupRateLimitMbps: 0, pauseSrv: '', grpcPort: 20051,
    });
    expect(r.secrets.present()).toEqual([]);
    expect(r.secrets.apiToken).toBeUndefined();
  });

  it('has a test value for every variable of the table', () => {
    expect(Object.keys(EVERY_VARIABLE).sort()).toEqual(SCHEDULER_ENVIRONMENT.map((s) => s.name).sort());
  });

  it('reads every variable', () => {
    const r = okOf(EVERY_VARIABLE);
    expect(r.config).toEqual({
      frameworkName: 'cassandra-prod',
      clusterName: 'Production Cluster',
      nodeCount: 5,
      seedCount: 3,
      resources: { cpus: 3.5, memMb: 8192, diskMb: 20480, heapMb: 4096 },
      ports: { storage: 7100, sslStorage: 0, native: 9142, jmx: 7299, jolokia: 8878 },
      role: 'cassandra/prod',
      principal: 'cassandra-prod-principal',
      failoverTimeoutSeconds: 1_209_600,
      healthCheckIntervalSeconds: 30,
      bootstrapGraceSeconds: 90,
      replaceTimeoutSeconds: 7200,
      artifacts: {
        executor: 'http://scheduler.example.com:8080/artifacts/executor.tar.gz',
        cassandra: 'https://repo.example.com/cassandra-5.0.8.tar.gz',
        jolokia: 's3://bucket/jolokia-agent.jar',
        java: 'file:///opt/jdk17.tar.gz',
        node: '/opt/node-20.tar.gz',
      },
      cassandraVersion: '5.0.8',
      yamlOverrides: { concurrent_reads: '64', key_cache_size: '"100MiB"' },
      defaultRackDc: { rack: 'r2', dc: 'eu-west' },
      dataVolumeMode: cassandra_mesos.v1.DataVolumeMode.SANDBOX,
      numTokens: 8,
      endpointSnitch: 'org.apache.cassandra.locator.GossipingPropertyFileSnitch',
      autoReplace: false,
      placementConstraints: '[["rack_id","GROUP_BY","2"]]',
      repairIntervalDays: 7,
      repairWindow: '22:30-04:15',
      // The scheduler reads the backup at its start and fills in the tokens.
      initialTokens: { source: 'cassandra-old/nightly-1', location: '', nodes: [], problem: '' },
    });
    expect(r.settings).toEqual({
      zookeeper: { url: 'zk://zk1:2181,zk2,[::1]:2182/apps/cassandra', servers: ['zk1:2181', 'zk2:2181', '[::1]:2182'], root: '/apps/cassandra' },
      stateDir: '/var/lib/cassandra-mesos',
      mesosMaster: 'https://leader.mesos:5050',
      apiHost: '127.0.0.1',
      apiPort: 9000,
      logLevel: 'debug',
      executorCommand: 'node /opt/executor/main.js',
      artifactDir: '/opt/artifacts',
      backupLocation: { storage: 's3', bucket: 'cassandra-backups', prefix: 'prod/ring-1' },
      backupDirectory: '/var/lib/backups',
      s3Endpoint: 'http://s3proxy.example:8081',
      s3Region: 'eu-west-1',
      backupConcurrency: 8,
      backupPartSizeMb: 64,
      backupRateLimitMbps: 40,
      pauseSrv: '_scalar-admin._tcp.app.example.com',
      grpcPort: 21051,
    });
    expect(r.secrets.principalSecret).toBe('S3CR3T-principal-7c1f');
    expect(r.secrets.apiToken).toBe('S3CR3T-api-token-0123456789');
    expect(r.secrets.s3AccessKeyId).toBe('S3CR3T-AKIA-42');
    expect(r.secrets.s3SecretAccessKey).toBe('S3CR3T-s3-key/with+chars');
    expect(r.secrets.s3SessionToken).toBe('S3CR3T-session-99');
    expect(r.secrets.present()).toEqual(['principalSecret', 'apiToken', 's3AccessKeyId', 's3SecretAccessKey', 's3SessionToken']);
  });

  it('treats empty and blank values as unset, and trims values', () => {
    const r = okOf({ CASSANDRA_MESOS_NODE_COUNT: '', CASSANDRA_MESOS_CPUS: '   ', CASSANDRA_MESOS_MEM_MB: ' 8192\n', CASSANDRA_MESOS_API_TOKEN: '' });
    expect(r.config.nodeCount).toBe(3);
    expect(r.config.resources.cpus).toBe(2);
    expect(r.config.resources.memMb).toBe(8192);
    expect(r.secrets.apiToken).toBeUndefined();
  });

  it('derives defaults from other settings', () => {
    const r = okOf({ CASSANDRA_MESOS_FRAMEWORK_NAME: 'orders', CASSANDRA_MESOS_NODE_COUNT: '1', PORT0: '31005' });
    expect(r.config.clusterName).toBe('orders');
    expect(r.config.role).toBe('orders-role');
    expect(r.config.seedCount).toBe(1);
    expect(r.settings.apiPort).toBe(31005);
    // An explicit value wins over the derived one.
    expect(okOf({ PORT0: '31005', CASSANDRA_MESOS_API_PORT: '9000' }).settings.apiPort).toBe(9000);
  });

  it('accepts the duration forms', () => {
    const timeout = (v: string) => okOf({ CASSANDRA_MESOS_FAILOVER_TIMEOUT: v }).config.failoverTimeoutSeconds;
    expect(timeout('1w')).toBe(604_800);
    expect(timeout('3600')).toBe(3600);
    expect(timeout('1d12h')).toBe(129_600);
    expect(timeout('90m')).toBe(5400);
    expect(timeout('2h30m15s')).toBe(9015);
  });

  it('ignores the variables of other components that share the prefix', () => {
    const env = Object.fromEntries(Object.keys(OTHER_COMPONENT_VARIABLES).map((k) => [k, 'x']));
    expect(okOf(env).config).toEqual(validConfig());
  });
});

describe('parseSchedulerEnvironment: errors', () => {
  it('says what is wrong and what to set, naming the variable and its value', () => {
    expect(only({ CASSANDRA_MESOS_NODE_COUNT: 'three' })).toEqual({
      field: 'CASSANDRA_MESOS_NODE_COUNT',
      code: 'INVALID_VALUE',
      message: 'CASSANDRA_MESOS_NODE_COUNT="three" is not a whole number: set it to the number of Cassandra nodes, e.g. 3',
    });
    expect(only({ CASSANDRA_MESOS_FAILOVER_TIMEOUT: '1 week' }).message).toBe(
      'CASSANDRA_MESOS_FAILOVER_TIMEOUT="1 week" is not a duration: set it to how long Mesos waits for a restarted scheduler, in seconds or with units s, m, h, d, w (largest first, as in 1h30m), e.g. 1w',
    );
    expect(only({ CASSANDRA_MESOS_PLACEMENT_CONSTRAINTS: '[["rack_id","NEAR"]]' }).message).toMatch(/CASSANDRA_MESOS_PLACEMENT_CONSTRAINTS\[0\].*NEAR/);
    expect(only({ CASSANDRA_MESOS_AUTO_REPLACE: 'maybe' }).message).toBe('CASSANDRA_MESOS_AUTO_REPLACE="maybe" is not true or false: set it to true or false, e.g. true');
    expect(only({ CASSANDRA_MESOS_DATA_VOLUME_MODE: 'disk' }).message).toBe(
      'CASSANDRA_MESOS_DATA_VOLUME_MODE="disk" is not one of PERSISTENT_VOLUME, SANDBOX: set it to PERSISTENT_VOLUME or SANDBOX, e.g. PERSISTENT_VOLUME',
    );
    expect(only({ CASSANDRA_MESOS_API_PORT: '70000' }).message).toBe('CASSANDRA_MESOS_API_PORT="70000" is out of range (1-65535): set it to a TCP port, e.g. 8080');
    expect(only({ CASSANDRA_MESOS_CPUS: '2 cores' }).message).toBe('CASSANDRA_MESOS_CPUS="2 cores" is not a decimal number: set it to the CPUs of each node, e.g. 2');
    expect(only({ CASSANDRA_MESOS_YAML_OVERRIDES: '["concurrent_reads"]' }).message).toBe(
      'CASSANDRA_MESOS_YAML_OVERRIDES="[\\"concurrent_reads\\"]" is not a JSON object: set it to a JSON object of cassandra.yaml keys and values, e.g. {"concurrent_reads": 64}',
    );
    expect(only({ CASSANDRA_MESOS_ZK_URL: 'zk1:2181' }).message).toBe(
      'CASSANDRA_MESOS_ZK_URL="zk1:2181" is not a zk://host:port[,host:port...][/root] URL: set it to a ZooKeeper URL, e.g. zk://zk1:2181,zk2:2181,zk3:2181/cassandra-mesos',
    );
    expect(only({ CASSANDRA_MESOS_LOG_LEVEL: 'verbose' }).message).toBe(
      'CASSANDRA_MESOS_LOG_LEVEL="verbose" is not one of trace, debug, info, warn, error, fatal: set it to one of trace, debug, info, warn, error, fatal, e.g. info',
    );
  });

  it('reports range and cross-field problems in variable names', () => {
    expect(only({ CASSANDRA_MESOS_NODE_COUNT: '0' })).toEqual({
      field: 'CASSANDRA_MESOS_NODE_COUNT',
      code: 'VALUE_TOO_SMALL',
      message: 'CASSANDRA_MESOS_NODE_COUNT=0 is below the minimum of 1: set it to the number of Cassandra nodes',
    });
    expect(only({ CASSANDRA_MESOS_SEED_COUNT: '4' })).toEqual({
      field: 'CASSANDRA_MESOS_SEED_COUNT',
      code: 'SEEDS_EXCEED_NODES',
      message: 'CASSANDRA_MESOS_SEED_COUNT=4 is more than CASSANDRA_MESOS_NODE_COUNT=3: seeds are chosen among the nodes, so lower CASSANDRA_MESOS_SEED_COUNT to at most 3',
    });
    expect(only({ CASSANDRA_MESOS_HEAP_MB: '3500' }).message).toBe(
      'CASSANDRA_MESOS_HEAP_MB=3500 does not fit in CASSANDRA_MESOS_MEM_MB=4096: at least 1024 MiB must stay outside the heap, so CASSANDRA_MESOS_HEAP_MB can be at most 3072; lower CASSANDRA_MESOS_HEAP_MB or raise CASSANDRA_MESOS_MEM_MB to at least 4667',
    );
    expect(only({ CASSANDRA_MESOS_REPLACE_TIMEOUT: '30s' }).message).toBe(
      'CASSANDRA_MESOS_REPLACE_TIMEOUT=30 (30s) is below the minimum of 60 (1m): set it to how long a lost agent may stay away before its node is replaced, e.g. 1h',
    );
    expect(only({ CASSANDRA_MESOS_ROLE: '*' }).code).toBe('ROLE_CANNOT_RESERVE');
    expect(okOf({ CASSANDRA_MESOS_ROLE: '*', CASSANDRA_MESOS_DATA_VOLUME_MODE: 'SANDBOX' }).config.role).toBe('*');
  });

  it('names the variable of a bad yaml override', () => {
    expect(only({ CASSANDRA_MESOS_YAML_OVERRIDES: '{"concurent_reads": 64}' })).toEqual({
      field: 'CASSANDRA_MESOS_YAML_OVERRIDES.concurent_reads',
      code: 'UNKNOWN_YAML_KEY',
      message:
        "CASSANDRA_MESOS_YAML_OVERRIDES: 'concurent_reads' is not a cassandra.yaml key this framework knows for Cassandra 5.0 (Cassandra refuses to start with unknown keys); did you mean 'concurrent_reads'?",
    });
    expect(only({ CASSANDRA_MESOS_YAML_OVERRIDES: '{"native_transport_port": 9142}' }).code).toBe('FRAMEWORK_OWNED_YAML_KEY');
  });

  it('reports every problem at once, and nothing derived from a value that did not parse', () => {
    const errors = errorsOf({
      CASSANDRA_MESOS_NODE_COUNT: 'three',
      CASSANDRA_MESOS_SEED_COUNT: '5', // compared with a node count that did not parse: not reported
      CASSANDRA_MESOS_MEM_MB: 'lots',
      CASSANDRA_MESOS_HEAP_MB: '999999', // compared with a memory that did not parse: not reported
      CASSANDRA_MESOS_STORAGE_PORT: '9042',
      CASSANDRA_MESOS_CASSANDRA_VERSION: '4.1.5',
      CASSANDRA_MESOS_NODE_COUNTS: '3',
    });
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['CASSANDRA_MESOS_NODE_COUNTS', 'UNKNOWN_VARIABLE'],
      ['CASSANDRA_MESOS_NODE_COUNT', 'INVALID_VALUE'],
      ['CASSANDRA_MESOS_MEM_MB', 'INVALID_VALUE'],
      ['CASSANDRA_MESOS_NATIVE_PORT', 'DUPLICATE_PORT'],
      ['CASSANDRA_MESOS_CASSANDRA_VERSION', 'UNSUPPORTED_CASSANDRA_VERSION'],
    ]);
    expect(errors[3]!.message).toBe('CASSANDRA_MESOS_NATIVE_PORT=9042 is also CASSANDRA_MESOS_STORAGE_PORT: give each port its own number');
  });

  it('suggests the closest variable for a typo, without showing its value', () => {
    expect(only({ CASSANDRA_MESOS_NODECOUNT: '3' })).toEqual({
      field: 'CASSANDRA_MESOS_NODECOUNT',
      code: 'UNKNOWN_VARIABLE',
      message: 'CASSANDRA_MESOS_NODECOUNT is not a setting of the scheduler; did you mean CASSANDRA_MESOS_NODE_COUNT? Rename it, or remove it (a misspelled setting would be ignored silently)',
    });
    expect(only({ CASSANDRA_MESOS_MEMORY_MB: '4096' }).message).toContain('did you mean CASSANDRA_MESOS_MEM_MB?');
    expect(only({ CASSANDRA_MESOS_FAILOVER_TIMEOUT_SECONDS: '60' }).message).toContain('did you mean CASSANDRA_MESOS_FAILOVER_TIMEOUT?');
    const typo = only({ CASSANDRA_MESOS_API_TOKNE: 'S3CR3T-typed-token-value' });
    expect(typo.message).toContain('did you mean CASSANDRA_MESOS_API_TOKEN?');
    expect(JSON.stringify(typo)).not.toContain('S3CR3T');
    expect(only({ CASSANDRA_MESOS_BANANA_SPLIT_FACTOR: '1' }).message).toBe(
      'CASSANDRA_MESOS_BANANA_SPLIT_FACTOR is not a setting of the scheduler (docs/configuration.md lists them all): remove it, or rename it to the setting you meant',
    );
  });

  it('checks that S3 credentials come complete', () => {
    expect(only({ CASSANDRA_MESOS_S3_ACCESS_KEY_ID: 'AKIA' })).toEqual({
      field: 'CASSANDRA_MESOS_S3_SECRET_ACCESS_KEY',
      code: 'INCOMPLETE_S3_CREDENTIALS',
      message: 'CASSANDRA_MESOS_S3_ACCESS_KEY_ID is set but CASSANDRA_MESOS_S3_SECRET_ACCESS_KEY is not: S3 needs both; set CASSANDRA_MESOS_S3_SECRET_ACCESS_KEY too, or unset CASSANDRA_MESOS_S3_ACCESS_KEY_ID',
    });
    expect(only({ CASSANDRA_MESOS_S3_SECRET_ACCESS_KEY: 'k' }).field).toBe('CASSANDRA_MESOS_S3_ACCESS_KEY_ID');
    expect(only({ CASSANDRA_MESOS_S3_SESSION_TOKEN: 't' }).field).toBe('CASSANDRA_MESOS_S3_SESSION_TOKEN');
  });
});

describe('parseSchedulerEnvironment: secrets', () => {
  it('never echoes a secret in an error', () => {
    const errors = errorsOf({
      CASSANDRA_MESOS_API_TOKEN: 'S3CR3T-short',
      CASSANDRA_MESOS_PRINCIPAL_SECRET: 'S3CR3T-principal\n',
      CASSANDRA_MESOS_S3_ACCESS_KEY_ID: ' S3CR3T-AKIA',
      CASSANDRA_MESOS_S3_SECRET_ACCESS_KEY: 'S3CR3T-key ',
      CASSANDRA_MESOS_ZK_URL: 'zk://S3CR3T-user:S3CR3T-pass@zk1:2181/x',
      CASSANDRA_MESOS_MASTER_URL: 'http://S3CR3T-user:S3CR3T-pass@master:5050',
      CASSANDRA_MESOS_CASSANDRA_URI: 'https://S3CR3T-user:S3CR3T-pass@repo/cassandra.tar.gz',
    });
    expect(errors.map((e) => e.field).sort()).toEqual([
      'CASSANDRA_MESOS_API_TOKEN',
      'CASSANDRA_MESOS_CASSANDRA_URI',
      'CASSANDRA_MESOS_MASTER_URL',
      'CASSANDRA_MESOS_PRINCIPAL_SECRET',
      'CASSANDRA_MESOS_S3_ACCESS_KEY_ID',
      'CASSANDRA_MESOS_S3_SECRET_ACCESS_KEY',
      'CASSANDRA_MESOS_ZK_URL',
    ]);
    expect(errors).toHaveLength(7);
    expect(JSON.stringify(errors)).not.toContain('S3CR3T');
    expect(errors.find((e) => e.field === 'CASSANDRA_MESOS_API_TOKEN')!.message).toBe(
      'CASSANDRA_MESOS_API_TOKEN is shorter than 16 characters: set it to a random token of at least 16 characters',
    );
    expect(errors.find((e) => e.field === 'CASSANDRA_MESOS_PRINCIPAL_SECRET')!.message).toBe(
      "CASSANDRA_MESOS_PRINCIPAL_SECRET has leading or trailing whitespace (often a newline from the file it was read from): set it to the principal's secret",
    );
  });

  it('keeps secrets out of the config and out of JSON, inspect and string forms', () => {
    const r = okOf(EVERY_VARIABLE);
    const secretValues = ['S3CR3T-principal-7c1f', 'S3CR3T-api-token-0123456789', 'S3CR3T-AKIA-42', 'S3CR3T-s3-key/with+chars', 'S3CR3T-session-99'];
    const shown = [JSON.stringify(r), inspect(r, { depth: 10 }), String(r.secrets), JSON.stringify(r.config), JSON.stringify(r.settings)].join('\n');
    for (const value of secretValues) expect(shown).not.toContain(value);
    expect(JSON.stringify(r.secrets)).toBe(
      '{"principalSecret":"[redacted]","apiToken":"[redacted]","s3AccessKeyId":"[redacted]","s3SecretAccessKey":"[redacted]","s3SessionToken":"[redacted]"}',
    );
    expect(inspect(r.secrets)).toBe('SchedulerSecrets(principalSecret, apiToken, s3AccessKeyId, s3SecretAccessKey, s3SessionToken)');
  });
});
