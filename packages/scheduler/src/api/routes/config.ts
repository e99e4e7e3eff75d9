// The target configuration: GET /v1/config shows it (secrets are never part of it, and every response
// is scrubbed anyway); PATCH /v1/config proposes a change, validated by the same rules as a change of
// the environment (immutable fields, seeds <= nodes, ...). A valid change becomes a new stored version
// and the scheduler rolls it out (watch /v1/plan); an invalid one changes nothing.
import { cassandra_mesos, type CompleteFrameworkConfig, type FrameworkConfigInput } from '@cassandra-mesos/model';
import { z } from 'zod';
import { json, route, type RouteDef } from '../route';
import type { ConfigChangeResult } from '../service';
import { dataVolumeModeName } from '../views/dcos';

const uint32 = z.number().int('must be a whole number').min(0, 'must not be negative').max(4_294_967_295, 'must fit in 32 bits');
const text = z.string().max(4096, 'at most 4096 characters');
const YamlKey = z.string().regex(/^[a-z][a-z0-9_]{0,99}$/, 'a cassandra.yaml key is lower-case letters, digits and "_"');
const DATA_VOLUME_MODES = ['PERSISTENT_VOLUME', 'SANDBOX'] as const;

const ConfigPatch = z
  .strictObject({
    frameworkName: text.optional(),
    clusterName: text.optional(),
    nodeCount: uint32.optional(),
    seedCount: uint32.optional(),
    resources: z.strictObject({ cpus: z.number().min(0).optional(), memMb: uint32.optional(), diskMb: uint32.optional(), heapMb: uint32.optional() }).optional(),
    ports: z.strictObject({ storage: uint32.optional(), sslStorage: uint32.optional(), native: uint32.optional(), jmx: uint32.optional(), jolokia: uint32.optional() }).optional(),
    role: text.optional(),
    principal: text.optional(),
    failoverTimeoutSeconds: z.number().min(0).optional(),
    healthCheckIntervalSeconds: uint32.optional(),
    bootstrapGraceSeconds: uint32.optional(),
    replaceTimeoutSeconds: uint32.optional(),
    artifacts: z.strictObject({ executor: text.optional(), cassandra: text.optional(), jolokia: text.optional(), java: text.optional(), node: text.optional() }).optional(),
    cassandraVersion: text.optional(),
    yamlOverrides: z
      .record(YamlKey, z.unknown())
      .optional()
      .meta({ description: 'cassandra.yaml overrides: key → value (any JSON); null removes the override' }),
    defaultRackDc: z.strictObject({ rack: text.optional(), dc: text.optional() }).optional(),
    dataVolumeMode: z.enum(DATA_VOLUME_MODES).optional(),
    numTokens: uint32.optional(),
    endpointSnitch: text.optional(),
    autoReplace: z.boolean().optional(),
    placementConstraints: text.optional().meta({ description: 'Marathon-style JSON list, e.g. [["hostname","UNIQUE"]]; applies to new placements' }),
    repairIntervalDays: uint32.optional().meta({ description: 'scheduled full repair every N days (0 = off)' }),
    repairWindow: text.optional().meta({ description: 'UTC window "HH:MM-HH:MM" for scheduled repairs ("" = any time)' }),
  })
  .refine((p) => Object.keys(p).length > 0, 'the body changes nothing: give at least one field to change')
  .meta({ description: 'fields to change (camelCase, as GET /v1/config shows them); nested objects are merged' });

type ConfigPatch = z.infer<typeof ConfigPatch>;

/** The target with `patch` applied: nested objects merged field by field, yaml overrides key by key. */
export function applyConfigPatch(target: CompleteFrameworkConfig, patch: ConfigPatch): FrameworkConfigInput {
  const yamlOverrides: Record<string, string> = { ...target.yamlOverrides };
  for (const [key, value] of Object.entries(patch.yamlOverrides ?? {})) {
    if (value === null) delete yamlOverrides[key];
    else yamlOverrides[key] = JSON.stringify(value);
  }
  const { resources, ports, artifacts, defaultRackDc, dataVolumeMode, yamlOverrides: _overrides, ...scalars } = patch;
  return {
    ...target,
    ...scalars,
    resources: { ...target.resources, ...resources },
    ports: { ...target.ports, ...ports },
    artifacts: { ...target.artifacts, ...artifacts },
    defaultRackDc: { ...target.defaultRackDc, ...defaultRackDc },
    yamlOverrides,
    dataVolumeMode: dataVolumeMode ? cassandra_mesos.v1.DataVolumeMode[dataVolumeMode] : target.dataVolumeMode,
  };
}

/** The configuration as the API shows it: enum names, yaml override values parsed. */
export function configJson(c: CompleteFrameworkConfig): Record<string, unknown> {
  const yamlOverrides: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(c.yamlOverrides)) {
    try {
      yamlOverrides[key] = JSON.parse(value) as unknown;
    } catch {
      yamlOverrides[key] = value;
    }
  }
  return { ...c, dataVolumeMode: dataVolumeModeName(c.dataVolumeMode), yamlOverrides };
}

const ChangeResultSchema = z.object({
  targetId: z.string(),
  newVersion: z.boolean(),
  rollingRestart: z.boolean(),
  changes: z.array(z.object({ field: z.string(), from: z.string(), to: z.string(), effect: z.string(), why: z.string() })),
});

export function changeResultView(r: ConfigChangeResult): z.infer<typeof ChangeResultSchema> {
  return { targetId: r.targetId, newVersion: r.newVersion, rollingRestart: r.rollingRestart, changes: r.changes.map((c) => ({ field: c.field, from: c.from, to: c.to, effect: c.effect, why: c.why })) };
}

const CanaryQuery = z.strictObject({
  canary: z.enum(['true', 'false']).optional().meta({ description: 'true: roll the change out to one node, then pause the deploy plan until it is continued' }),
});

export function configRoutes(): RouteDef[] {
  return [
    route({
      method: 'get', path: '/v1/config', family: 'dcos', mutating: false, summary: 'The target configuration (secrets redacted)',
      responses: { 200: { description: '{targetId, config, rejectedErrors}' } },
      handler: async ({ service }) => {
        const snapshot = await service.snapshot();
        const rejectedErrors = snapshot.state.rejectedErrors.map((e) => ({ field: e.field ?? '', code: e.code ?? '', message: e.message ?? '' }));
        return json({ targetId: snapshot.state.target.id, config: configJson(snapshot.target), rejectedErrors });
      },
    }),
    route({
      method: 'patch', path: '/v1/config', family: 'dcos', mutating: true, summary: 'Change the target configuration (rolled out by the scheduler)',
      body: ConfigPatch,
      query: CanaryQuery,
      responses: {
        202: { description: 'a new version is the target; the rollout runs (watch /v1/plan)', schema: ChangeResultSchema },
        200: { description: 'the change equals the current target: nothing to do', schema: ChangeResultSchema },
        400: { description: 'INVALID_INPUT (types, unknown fields) or CONFIG_REJECTED (the change breaks a rule; details name the fields)' },
      },
      handler: async ({ service, body, query }) => {
        const result = await service.updateConfig((target) => applyConfigPatch(target, body), { canary: query.canary === 'true' });
        return json(changeResultView(result), result.newVersion ? 202 : 200);
      },
    }),
  ];
}
