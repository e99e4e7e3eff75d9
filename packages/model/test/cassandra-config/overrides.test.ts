import { FRAMEWORK_OWNED_YAML_KEYS, OVERRIDABLE_YAML_KEYS, validateYamlOverrides } from '../../src';

function only(overrides: Record<string, string>) {
  const r = validateYamlOverrides(overrides);
  expect(r.problems).toHaveLength(1);
  return r.problems[0]!;
}

describe('validateYamlOverrides', () => {
  it('accepts values of the right type and returns them parsed', () => {
    const r = validateYamlOverrides({
      concurrent_writes: '32',
      phi_convict_threshold: '12.5',
      auto_snapshot: 'false',
      key_cache_size: '"100MiB"',
      compaction_throughput: '"64MiB/s"',
      read_request_timeout: '"5000ms"',
      disk_failure_policy: '"best_effort"',
      authorizer: '{"class_name":"CassandraAuthorizer"}',
      commitlog_compression: '[{"class_name":"LZ4Compressor"}]',
    });
    expect(r.problems).toEqual([]);
    expect(r.values).toEqual({
      auto_snapshot: false,
      authorizer: { class_name: 'CassandraAuthorizer' },
      commitlog_compression: [{ class_name: 'LZ4Compressor' }],
      compaction_throughput: '64MiB/s',
      concurrent_writes: 32,
      disk_failure_policy: 'best_effort',
      key_cache_size: '100MiB',
      phi_convict_threshold: 12.5,
      read_request_timeout: '5000ms',
    });
  });

  it('accepts nothing', () => {
    expect(validateYamlOverrides(undefined)).toEqual({ values: {}, problems: [] });
  });

  it('refuses framework-owned keys, saying which setting to use', () => {
    expect(only({ native_transport_port: '9142' })).toEqual({
      field: 'yaml_overrides.native_transport_port',
      code: 'FRAMEWORK_OWNED_YAML_KEY',
      message: "'native_transport_port' is set by the framework and cannot be overridden: set ports.native instead (the port must be one the agent offers)",
    });
    for (const key of ['seed_provider', 'data_file_directories', 'initial_token', 'listen_address', 'endpoint_snitch']) {
      expect(only({ [key]: '"x"' }).code).toBe('FRAMEWORK_OWNED_YAML_KEY');
    }
  });

  it('keeps the owned and overridable sets disjoint', () => {
    expect(Object.keys(FRAMEWORK_OWNED_YAML_KEYS).filter((k) => k in OVERRIDABLE_YAML_KEYS)).toEqual([]);
  });

  it('refuses unknown keys, suggesting a close known one', () => {
    const close = only({ concurent_writes: '32' });
    expect(close.code).toBe('UNKNOWN_YAML_KEY');
    expect(close.message).toContain("did you mean 'concurrent_writes'?");
    const far = only({ totally_made_up_setting: '1' });
    expect(far.code).toBe('UNKNOWN_YAML_KEY');
    expect(far.message).toContain('check the spelling');
  });

  it('points pre-4.1 names at their 5.0 replacement', () => {
    const p = only({ compaction_throughput_mb_per_sec: '64' });
    expect(p).toMatchObject({ field: 'yaml_overrides.compaction_throughput_mb_per_sec', code: 'RENAMED_YAML_KEY' });
    expect(p.message).toContain('use \'compaction_throughput\' with a unit instead, e.g. compaction_throughput="64MiB/s"');
  });

  it('refuses values that are not JSON', () => {
    const p = only({ commitlog_sync_period: '10000ms' });
    expect(p.code).toBe('INVALID_JSON');
    expect(p.message).toContain('must be JSON-encoded (strings in double quotes, e.g. "10000ms")');
  });

  it.each([
    ['concurrent_reads', '"32"', 'must be an integer'],
    ['concurrent_reads', '3.5', 'must be an integer'],
    ['auto_snapshot', '"yes"', 'must be true or false'],
    ['commitlog_sync_period', '10000', 'must be a duration string with a unit'],
    ['key_cache_size', '"100MB"', 'must be a data size string with a unit'],
    ['compaction_throughput', '"64MiB"', 'must be a data rate string'],
    ['disk_failure_policy', '"explode"', 'must be one of "die", "stop_paranoid", "stop", "best_effort", "ignore"'],
    ['table_properties_disallowed', '"compression"', 'must be a list of strings'],
    ['server_encryption_options', '[]', 'must be a JSON object'],
    ['authenticator', '{"parameters":{}}', 'must be a class name'],
    ['ideal_consistency_level', '""', 'must be a non-empty string'],
    ['max_hint_window', 'null', "remove the override to use Cassandra's default"],
  ])('refuses %s = %s (%s)', (key, raw, expected) => {
    const p = only({ [key]: raw });
    expect(p.field).toBe(`yaml_overrides.${key}`);
    expect(p.code).toBe('INVALID_YAML_VALUE');
    expect(p.message).toContain(expected);
  });

  it('names fields under the given prefix', () => {
    expect(validateYamlOverrides({ nope: '1' }, 'config.yaml_overrides').problems[0]?.field).toBe('config.yaml_overrides.nope');
  });
});
