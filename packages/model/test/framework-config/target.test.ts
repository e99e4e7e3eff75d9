import { ENVIRONMENT_NAMES, cassandra_mesos, configFingerprint, normalizeFrameworkConfig, proposeConfigTarget, type CompleteFrameworkConfig, type ConfigState } from '../../src';
import { validConfig } from './fixtures';

const T0 = 1_700_000_000_000;
const T1 = T0 + 60_000;

function deployed(config: CompleteFrameworkConfig = validConfig()): ConfigState {
  // As read back from ZooKeeper: decoded protobuf messages.
  const version = cassandra_mesos.v1.ConfigVersion.decode(cassandra_mesos.v1.ConfigVersion.encode({ id: 'v1', createdAtMs: T0, config, source: 'env' }).finish());
  const target = cassandra_mesos.v1.ConfigTarget.decode(cassandra_mesos.v1.ConfigTarget.encode({ targetId: 'v1' }).finish());
  return { target, current: version };
}

describe('proposeConfigTarget', () => {
  it('makes the first valid config version and target, restarting nothing', () => {
    const d = proposeConfigTarget({ target: undefined, current: undefined }, validConfig(), T0, 'v1');
    expect(d).toEqual({
      accepted: true,
      newVersion: true,
      version: { id: 'v1', createdAtMs: T0, config: validConfig(), source: 'env' },
      target: { targetId: 'v1', previousTargetId: '', rejectedErrors: [], rejectedAtMs: 0, envFingerprint: '' },
      rollingRestart: false,
      changes: [],
    });
  });

  it('rejects an invalid first config, recording why', () => {
    const d = proposeConfigTarget({ target: undefined, current: undefined }, validConfig({ seedCount: 9 }), T0, 'v1', { naming: ENVIRONMENT_NAMES });
    expect(d.accepted).toBe(false);
    if (d.accepted) return;
    expect(d.errors.map((e) => e.field)).toEqual(['CASSANDRA_MESOS_SEED_COUNT']);
    expect(d.target).toEqual({ targetId: '', previousTargetId: '', rejectedErrors: d.errors, rejectedAtMs: T0, envFingerprint: '' });
  });

  it('accepts a valid change as a new version and target, saying whether nodes restart', () => {
    const candidate = validConfig({ resources: { ...validConfig().resources, memMb: 8192 } });
    const d = proposeConfigTarget(deployed(), candidate, T1, 'v2', { source: 'api' });
    if (!d.accepted) throw new Error('expected acceptance');
    expect(d.newVersion).toBe(true);
    expect(d.version).toEqual({ id: 'v2', createdAtMs: T1, config: candidate, source: 'api' });
    expect(d.target).toEqual({ targetId: 'v2', previousTargetId: 'v1', rejectedErrors: [], rejectedAtMs: 0, envFingerprint: '' });
    expect(d.rollingRestart).toBe(true);
    expect(d.changes.map((c) => c.field)).toEqual(['resources.mem_mb']);

    const scaled = proposeConfigTarget(deployed(), validConfig({ nodeCount: 5 }), T1, 'v2');
    expect(scaled.accepted && scaled.rollingRestart).toBe(false);
    expect(scaled.accepted && scaled.changes.map((c) => c.effect)).toEqual(['SCALE']);
  });

  it('rejects a change of an immutable field, keeping the old target running', () => {
    const state = deployed();
    const d = proposeConfigTarget(state, validConfig({ resources: { ...validConfig().resources, diskMb: 20480 } }), T1, 'v2');
    expect(d).toEqual({
      accepted: false,
      target: { targetId: 'v1', previousTargetId: '', rejectedErrors: d.accepted ? [] : d.errors, rejectedAtMs: T1, envFingerprint: '' },
      errors: [
        {
          field: 'resources.disk_mb',
          code: 'IMMUTABLE_FIELD',
          message: "resources.disk_mb cannot change after the first deploy (it is 10240, the new configuration has 20480): a node's reserved disk and persistent volume cannot grow or shrink in place; set it back to 10240",
        },
      ],
    });
  });

  it('makes no new version for an identical config, and clears an earlier rejection', () => {
    const state = deployed();
    const rejected = proposeConfigTarget(state, validConfig({ numTokens: 8 }), T1, 'v2');
    if (rejected.accepted) throw new Error('expected rejection');
    const afterRejection: ConfigState = { target: rejected.target, current: state.current };

    const d = proposeConfigTarget(afterRejection, validConfig(), T1 + 1000, 'v3');
    expect(d).toEqual({
      accepted: true,
      newVersion: false,
      version: { id: 'v1', createdAtMs: T0, config: validConfig(), source: 'env' },
      target: { targetId: 'v1', previousTargetId: '', rejectedErrors: [], rejectedAtMs: 0, envFingerprint: '' },
      rollingRestart: false,
      changes: [],
    });
  });

  it('returns records the generated code encodes as they are', () => {
    const state = deployed();
    const accepted = proposeConfigTarget(state, validConfig({ nodeCount: 4 }), T1, 'v2');
    const rejected = proposeConfigTarget(state, validConfig({ numTokens: 8 }), T1, 'v2');
    if (!accepted.accepted || rejected.accepted) throw new Error('expected one acceptance and one rejection');
    const v1 = cassandra_mesos.v1;
    const version = v1.ConfigVersion.decode(v1.ConfigVersion.encode(accepted.version).finish());
    expect([version.id, version.createdAtMs, version.source]).toEqual(['v2', T1, 'env']);
    expect(normalizeFrameworkConfig(version.config ?? {})).toEqual(validConfig({ nodeCount: 4 }));
    const target = v1.ConfigTarget.toObject(v1.ConfigTarget.decode(v1.ConfigTarget.encode(rejected.target).finish()));
    expect(target).toEqual({ targetId: 'v1', rejectedErrors: rejected.errors, rejectedAtMs: T1 });
    expect(rejected.errors.map((e) => e.code)).toEqual(['IMMUTABLE_FIELD']);
  });

  it('refuses inconsistent state instead of guessing', () => {
    const state = deployed();
    expect(() => proposeConfigTarget({ target: state.target, current: undefined }, validConfig(), T1, 'v2')).toThrow('config target v1 names a version that was not given (got none)');
    expect(() => proposeConfigTarget({ target: state.target, current: { id: 'v1' } }, validConfig(), T1, 'v2')).toThrow('config version v1 has no config: the stored configuration is damaged');
    expect(() => proposeConfigTarget(state, validConfig({ nodeCount: 4 }), T1, 'v1')).toThrow('a new config version needs a fresh id, got "v1"');
  });
});

describe('configFingerprint', () => {
  it('is the same for the same settings, whatever the key order of the overrides', () => {
    const a = validConfig({ yamlOverrides: { concurrent_reads: '64', key_cache_size: '"100MiB"' } });
    const b = validConfig({ yamlOverrides: { key_cache_size: '"100MiB"', concurrent_reads: '64' } });
    expect(configFingerprint(a)).toBe(configFingerprint(b));
    expect(configFingerprint(a)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('differs when any setting differs', () => {
    const base = configFingerprint(validConfig());
    expect(configFingerprint(validConfig({ nodeCount: 4 }))).not.toBe(base);
    expect(configFingerprint(validConfig({ placementConstraints: '[["hostname","UNIQUE"]]' }))).not.toBe(base);
  });
});
