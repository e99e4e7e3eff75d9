import { CONFIG_FIELD_RULES, ENVIRONMENT_NAMES, cassandra_mesos, diffConfig, environmentVariableOf, validateConfigChange, type CompleteFrameworkConfig } from '../../src';
import { validConfig } from './fixtures';

const base = validConfig();
const withResources = (r: Partial<CompleteFrameworkConfig['resources']>) => validConfig({ resources: { ...base.resources, ...r } });

describe('diffConfig', () => {
  it('finds nothing between equal configs, also when one leaves zero values unset', () => {
    expect(diffConfig(base, validConfig())).toEqual({ changes: [], rollingRestart: false, scale: false });
    const sparse: cassandra_mesos.v1.FrameworkConfig.$Properties = { ...base, autoReplace: false, ports: { ...base.ports, sslStorage: null } };
    const explicit = validConfig({ autoReplace: false, ports: { ...base.ports, sslStorage: 0 } });
    expect(diffConfig(sparse, explicit).changes).toEqual([]);
  });

  it('restarts nodes for memory, heap, ports, artifacts, version and yaml overrides', () => {
    const diff = diffConfig(base, validConfig({ ...withResources({ memMb: 8192, heapMb: 4096 }), ports: { ...base.ports, native: 9142 }, yamlOverrides: { concurrent_reads: '64' } }));
    expect(diff).toEqual({
      changes: [
        { field: 'resources.mem_mb', from: '4096', to: '8192', effect: 'ROLLING_RESTART', why: "a task's resources are fixed at launch, so each node is relaunched with the new size" },
        { field: 'resources.heap_mb', from: '0', to: '4096', effect: 'ROLLING_RESTART', why: 'the JVM heap is fixed at start, so each node is restarted with the new heap' },
        { field: 'ports.native', from: '9042', to: '9142', effect: 'ROLLING_RESTART', why: "Cassandra reads it only at start, so each node is restarted to apply it" },
        { field: 'yaml_overrides.concurrent_reads', from: '(not set)', to: '64', effect: 'ROLLING_RESTART', why: 'Cassandra reads cassandra.yaml only at start, so each node is restarted to apply it' },
      ],
      rollingRestart: true,
      scale: false,
    });
    for (const changed of [
      validConfig({ cassandraVersion: '5.0.10' }),
      validConfig({ artifacts: { ...base.artifacts, executor: 'http://h/e.tgz' } }),
      withResources({ cpus: 4 }),
      validConfig({ ports: { ...base.ports, jolokia: 8779 } }),
    ]) {
      expect(diffConfig(base, changed).rollingRestart).toBe(true);
    }
    // Removing and changing an override restart too.
    const withOverride = validConfig({ yamlOverrides: { concurrent_reads: '64', concurrent_writes: '32' } });
    const d = diffConfig(withOverride, validConfig({ yamlOverrides: { concurrent_reads: '128' } }));
    expect(d.changes.map((c) => [c.field, c.from, c.to])).toEqual([
      ['yaml_overrides.concurrent_reads', '64', '128'],
      ['yaml_overrides.concurrent_writes', '32', '(not set)'],
    ]);
    expect(d.rollingRestart).toBe(true);
  });

  it('only scales for a node count change', () => {
    expect(diffConfig(base, validConfig({ nodeCount: 5 }))).toEqual({
      changes: [{ field: 'node_count', from: '3', to: '5', effect: 'SCALE', why: 'nodes are added, or decommissioned one at a time; running nodes keep running' }],
      rollingRestart: false,
      scale: true,
    });
  });

  it('restarts nothing for scheduler-side settings', () => {
    const d = diffConfig(base, validConfig({ healthCheckIntervalSeconds: 30, failoverTimeoutSeconds: 1_209_600, bootstrapGraceSeconds: 60, replaceTimeoutSeconds: 600, autoReplace: false, seedCount: 3 }));
    expect(d.changes.map((c) => [c.field, c.effect])).toEqual([
      ['seed_count', 'SCHEDULER'],
      ['failover_timeout_seconds', 'SCHEDULER'],
      ['health_check_interval_seconds', 'SCHEDULER'],
      ['bootstrap_grace_seconds', 'SCHEDULER'],
      ['replace_timeout_seconds', 'SCHEDULER'],
      ['auto_replace', 'SCHEDULER'],
    ]);
    expect(d.rollingRestart).toBe(false);
    expect(d.scale).toBe(false);
  });

  it('has a rule and an environment variable for every FrameworkConfig field', () => {
    const v1 = cassandra_mesos.v1;
    const fieldsOf = (type: { create(p: object): object; toObject(m: never, o: object): object }) => Object.keys(type.toObject(type.create({}) as never, { defaults: true }));
    const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    const nested: Record<string, string[]> = {
      resources: fieldsOf(v1.NodeResources),
      ports: fieldsOf(v1.NodePorts),
      artifacts: fieldsOf(v1.ArtifactUris),
      defaultRackDc: fieldsOf(v1.RackDc),
    };
    const expected = fieldsOf(v1.FrameworkConfig)
      .filter((f) => f !== 'yamlOverrides')
      .flatMap((f) => (nested[f] ? nested[f].map((n) => `${snake(f)}.${snake(n)}`) : [snake(f)]));
    expect(expected).toHaveLength(35);
    expect(CONFIG_FIELD_RULES.map((r) => r.path).sort()).toEqual(expected.sort());
    for (const r of CONFIG_FIELD_RULES) expect([r.path, environmentVariableOf(r.path) !== undefined]).toEqual([r.path, true]);
    expect(environmentVariableOf('yaml_overrides')).toBe('CASSANDRA_MESOS_YAML_OVERRIDES');
  });
});

describe('validateConfigChange', () => {
  it('accepts a valid change of mutable fields', () => {
    expect(validateConfigChange(base, validConfig({ ...withResources({ memMb: 8192 }), nodeCount: 5 }))).toEqual([]);
    // Scaling down is allowed (nodes are decommissioned), as long as the seeds still fit.
    expect(validateConfigChange(validConfig({ nodeCount: 5 }), validConfig({ nodeCount: 2 }))).toEqual([]);
  });

  it('rejects a change of each immutable field, saying why and how to undo it', () => {
    expect(validateConfigChange(base, withResources({ diskMb: 20480 }))).toEqual([
      {
        field: 'resources.disk_mb',
        code: 'IMMUTABLE_FIELD',
        message: "resources.disk_mb cannot change after the first deploy (it is 10240, the new configuration has 20480): a node's reserved disk and persistent volume cannot grow or shrink in place; set it back to 10240",
      },
    ]);
    const candidate = validConfig({
      frameworkName: 'other',
      clusterName: 'other',
      role: 'other-role',
      principal: 'other',
      numTokens: 8,
      endpointSnitch: 'SimpleSnitch',
      dataVolumeMode: cassandra_mesos.v1.DataVolumeMode.SANDBOX,
      defaultRackDc: { rack: 'r9', dc: 'dc9' },
    });
    const problems = validateConfigChange(base, candidate);
    expect(problems.map((p) => p.field)).toEqual([
      'framework_name',
      'cluster_name',
      'role',
      'principal',
      'default_rack_dc.rack',
      'default_rack_dc.dc',
      'data_volume_mode',
      'num_tokens',
      'endpoint_snitch',
    ]);
    expect(problems.every((p) => p.code === 'IMMUTABLE_FIELD')).toBe(true);
    expect(problems.find((p) => p.field === 'data_volume_mode')!.message).toBe(
      'data_volume_mode cannot change after the first deploy (it is PERSISTENT_VOLUME, the new configuration has SANDBOX): node data lives where the mode puts it; switching would start every node empty; set it back to PERSISTENT_VOLUME',
    );
  });

  it('includes the candidate\'s own problems and names fields as asked', () => {
    const problems = validateConfigChange(base, validConfig({ ...withResources({ diskMb: 1 }), seedCount: 4 }), ENVIRONMENT_NAMES);
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['CASSANDRA_MESOS_SEED_COUNT', 'SEEDS_EXCEED_NODES'],
      ['CASSANDRA_MESOS_DISK_MB', 'VALUE_TOO_SMALL'],
      ['CASSANDRA_MESOS_DISK_MB', 'IMMUTABLE_FIELD'],
    ]);
    expect(problems[2]!.message).toMatch(/^CASSANDRA_MESOS_DISK_MB cannot change after the first deploy \(it is 10240, the new configuration has 1\)/);
  });
});
