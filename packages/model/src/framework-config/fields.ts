// The fields of FrameworkConfig: the complete (every field set) form the scheduler works with, and
// what changing each field after the first deploy means. One table drives change validation, the
// diff and the operator documentation.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { normalizeInitialTokens, showInitialTokens, type CompleteInitialTokens } from './initial-tokens';

/** A FrameworkConfig as it arrives: decoded from ZooKeeper, built by the API, any field may be unset. */
export type FrameworkConfigInput = cassandra_mesos.v1.FrameworkConfig.$Properties;

type Complete<T> = { readonly [K in keyof Omit<T, '$unknowns'>]-?: NonNullable<T[K]> };

export type CompleteNodeResources = Complete<cassandra_mesos.v1.NodeResources.$Properties>;
export type CompleteNodePorts = Complete<cassandra_mesos.v1.NodePorts.$Properties>;
export type CompleteArtifactUris = Complete<cassandra_mesos.v1.ArtifactUris.$Properties>;
export type CompleteRackDc = Complete<cassandra_mesos.v1.RackDc.$Properties>;

/** A FrameworkConfig with every field present (proto3 zero values where the input had none). */
export type CompleteFrameworkConfig = Omit<Complete<FrameworkConfigInput>, 'resources' | 'ports' | 'artifacts' | 'defaultRackDc' | 'yamlOverrides' | 'initialTokens'> & {
  readonly resources: CompleteNodeResources;
  readonly ports: CompleteNodePorts;
  readonly artifacts: CompleteArtifactUris;
  readonly defaultRackDc: CompleteRackDc;
  readonly yamlOverrides: Readonly<Record<string, string>>;
  readonly initialTokens: CompleteInitialTokens;
};

/**
 * A plain copy of `input` with every unset field at its proto3 zero value and the yaml overrides in
 * key order, so that two configs that mean the same compare equal field by field.
 */
export function normalizeFrameworkConfig(input: FrameworkConfigInput): CompleteFrameworkConfig {
  const r = input.resources ?? {};
  const p = input.ports ?? {};
  const a = input.artifacts ?? {};
  const rd = input.defaultRackDc ?? {};
  const overrides: Record<string, string> = {};
  for (const key of Object.keys(input.yamlOverrides ?? {}).sort()) overrides[key] = input.yamlOverrides?.[key] ?? '';
  return {
    frameworkName: input.frameworkName ?? '',
    clusterName: input.clusterName ?? '',
    nodeCount: input.nodeCount ?? 0,
    seedCount: input.seedCount ?? 0,
    resources: { cpus: r.cpus ?? 0, memMb: r.memMb ?? 0, diskMb: r.diskMb ?? 0, heapMb: r.heapMb ?? 0 },
    ports: { storage: p.storage ?? 0, sslStorage: p.sslStorage ?? 0, native: p.native ?? 0, jmx: p.jmx ?? 0, jolokia: p.jolokia ?? 0 },
    role: input.role ?? '',
    principal: input.principal ?? '',
    failoverTimeoutSeconds: input.failoverTimeoutSeconds ?? 0,
    healthCheckIntervalSeconds: input.healthCheckIntervalSeconds ?? 0,
    bootstrapGraceSeconds: input.bootstrapGraceSeconds ?? 0,
    replaceTimeoutSeconds: input.replaceTimeoutSeconds ?? 0,
    artifacts: { executor: a.executor ?? '', cassandra: a.cassandra ?? '', jolokia: a.jolokia ?? '', java: a.java ?? '', node: a.node ?? '' },
    cassandraVersion: input.cassandraVersion ?? '',
    yamlOverrides: overrides,
    defaultRackDc: { rack: rd.rack ?? '', dc: rd.dc ?? '' },
    dataVolumeMode: input.dataVolumeMode ?? cassandra_mesos.v1.DataVolumeMode.DATA_VOLUME_MODE_UNSPECIFIED,
    numTokens: input.numTokens ?? 0,
    endpointSnitch: input.endpointSnitch ?? '',
    autoReplace: input.autoReplace ?? false,
    placementConstraints: input.placementConstraints ?? '',
    repairIntervalDays: input.repairIntervalDays ?? 0,
    repairWindow: input.repairWindow ?? '',
    initialTokens: normalizeInitialTokens(input.initialTokens),
  };
}

/**
 * What a changed field does to a running cluster:
 * - ROLLING_RESTART: every node is restarted with the new value, one at a time;
 * - SCALE: nodes are added or decommissioned, running nodes keep running;
 * - SCHEDULER: only the scheduler's behaviour changes, no node is restarted;
 * - IMMUTABLE: the field cannot change after the first deploy (the change is rejected).
 */
export type ChangeEffect = 'ROLLING_RESTART' | 'SCALE' | 'SCHEDULER' | 'IMMUTABLE';

export interface ConfigFieldRule {
  /** The proto field path, e.g. "resources.disk_mb". */
  readonly path: string;
  readonly effect: ChangeEffect;
  /** Why changing it has that effect (for IMMUTABLE: why it cannot change). */
  readonly why: string;
  /** The value as shown in diffs and errors. */
  readonly show: (config: CompleteFrameworkConfig) => string;
}

const str = (v: string): string => JSON.stringify(v);
const num = (v: number): string => String(v);

function dataVolumeModeName(mode: number): string {
  return cassandra_mesos.v1.DataVolumeMode[mode] ?? String(mode);
}

const RESTART_TO_APPLY = 'Cassandra reads it only at start, so each node is restarted to apply it';
const ARTIFACT_WHY = 'artifacts are fetched when a node starts, so each node is restarted to pick up the new one';

/** Every FrameworkConfig field except yaml_overrides (a map, handled per key: ROLLING_RESTART). */
export const CONFIG_FIELD_RULES: readonly ConfigFieldRule[] = [
  { path: 'framework_name', effect: 'IMMUTABLE', show: (c) => str(c.frameworkName), why: 'it names the Mesos framework and the ZooKeeper namespace of this cluster\'s state; another name is another, empty cluster' },
  { path: 'cluster_name', effect: 'IMMUTABLE', show: (c) => str(c.clusterName), why: 'Cassandra refuses to start a node whose cluster_name differs from the one saved in its system keyspace' },
  { path: 'node_count', effect: 'SCALE', show: (c) => num(c.nodeCount), why: 'nodes are added, or decommissioned one at a time; running nodes keep running' },
  { path: 'seed_count', effect: 'SCHEDULER', show: (c) => num(c.seedCount), why: 'the seed list is only read when a node starts; running nodes keep gossiping with the ring they know' },
  { path: 'resources.cpus', effect: 'ROLLING_RESTART', show: (c) => num(c.resources.cpus), why: 'a task\'s resources are fixed at launch, so each node is relaunched with the new size' },
  { path: 'resources.mem_mb', effect: 'ROLLING_RESTART', show: (c) => num(c.resources.memMb), why: 'a task\'s resources are fixed at launch, so each node is relaunched with the new size' },
  { path: 'resources.disk_mb', effect: 'IMMUTABLE', show: (c) => num(c.resources.diskMb), why: 'a node\'s reserved disk and persistent volume cannot grow or shrink in place' },
  { path: 'resources.heap_mb', effect: 'ROLLING_RESTART', show: (c) => num(c.resources.heapMb), why: 'the JVM heap is fixed at start, so each node is restarted with the new heap' },
  { path: 'ports.storage', effect: 'ROLLING_RESTART', show: (c) => num(c.ports.storage), why: RESTART_TO_APPLY },
  { path: 'ports.ssl_storage', effect: 'ROLLING_RESTART', show: (c) => num(c.ports.sslStorage), why: RESTART_TO_APPLY },
  { path: 'ports.native', effect: 'ROLLING_RESTART', show: (c) => num(c.ports.native), why: RESTART_TO_APPLY },
  { path: 'ports.jmx', effect: 'ROLLING_RESTART', show: (c) => num(c.ports.jmx), why: RESTART_TO_APPLY },
  { path: 'ports.jolokia', effect: 'ROLLING_RESTART', show: (c) => num(c.ports.jolokia), why: 'the Jolokia agent is attached when the JVM starts, so each node is restarted to apply it' },
  { path: 'role', effect: 'IMMUTABLE', show: (c) => str(c.role), why: 'the nodes\' reservations and persistent volumes belong to the role they were made for' },
  { path: 'principal', effect: 'IMMUTABLE', show: (c) => str(c.principal), why: 'Mesos does not let a registered framework change its principal, and the reservations are owned by it' },
  { path: 'failover_timeout_seconds', effect: 'SCHEDULER', show: (c) => num(c.failoverTimeoutSeconds), why: 'the scheduler updates its FrameworkInfo with Mesos; nodes are not touched' },
  { path: 'health_check_interval_seconds', effect: 'SCHEDULER', show: (c) => num(c.healthCheckIntervalSeconds), why: 'the scheduler changes how often it expects health reports; nodes are not restarted' },
  { path: 'bootstrap_grace_seconds', effect: 'SCHEDULER', show: (c) => num(c.bootstrapGraceSeconds), why: 'it only paces future Cassandra starts' },
  { path: 'replace_timeout_seconds', effect: 'SCHEDULER', show: (c) => num(c.replaceTimeoutSeconds), why: 'it only decides when a lost node is replaced' },
  { path: 'artifacts.executor', effect: 'ROLLING_RESTART', show: (c) => str(c.artifacts.executor), why: ARTIFACT_WHY },
  { path: 'artifacts.cassandra', effect: 'ROLLING_RESTART', show: (c) => str(c.artifacts.cassandra), why: ARTIFACT_WHY },
  { path: 'artifacts.jolokia', effect: 'ROLLING_RESTART', show: (c) => str(c.artifacts.jolokia), why: ARTIFACT_WHY },
  { path: 'artifacts.java', effect: 'ROLLING_RESTART', show: (c) => str(c.artifacts.java), why: ARTIFACT_WHY },
  { path: 'artifacts.node', effect: 'ROLLING_RESTART', show: (c) => str(c.artifacts.node), why: ARTIFACT_WHY },
  { path: 'cassandra_version', effect: 'ROLLING_RESTART', show: (c) => str(c.cassandraVersion), why: 'each node is restarted on the new version, one at a time' },
  { path: 'default_rack_dc.rack', effect: 'IMMUTABLE', show: (c) => str(c.defaultRackDc.rack), why: 'Cassandra refuses to start a node whose rack differs from the one it joined the ring with' },
  { path: 'default_rack_dc.dc', effect: 'IMMUTABLE', show: (c) => str(c.defaultRackDc.dc), why: 'Cassandra refuses to start a node whose data center differs from the one it joined the ring with' },
  { path: 'data_volume_mode', effect: 'IMMUTABLE', show: (c) => dataVolumeModeName(c.dataVolumeMode), why: 'node data lives where the mode puts it; switching would start every node empty' },
  { path: 'num_tokens', effect: 'IMMUTABLE', show: (c) => num(c.numTokens), why: 'a node\'s token count is fixed when it joins; Cassandra refuses to start with another num_tokens' },
  { path: 'endpoint_snitch', effect: 'IMMUTABLE', show: (c) => str(c.endpointSnitch), why: 'another snitch can place replicas on other nodes; switching needs a manual migration with repairs' },
  { path: 'auto_replace', effect: 'SCHEDULER', show: (c) => String(c.autoReplace), why: 'it only decides whether a lost node is replaced without an operator' },
  { path: 'placement_constraints', effect: 'SCHEDULER', show: (c) => str(c.placementConstraints), why: 'it applies to new placements; running nodes stay where they are' },
  { path: 'repair_interval_days', effect: 'SCHEDULER', show: (c) => num(c.repairIntervalDays), why: 'it only decides when the scheduler starts the next scheduled repair; nodes are not restarted' },
  { path: 'repair_window', effect: 'SCHEDULER', show: (c) => str(c.repairWindow), why: 'it only decides when the scheduler may start a scheduled repair; nodes are not restarted' },
  { path: 'initial_tokens', effect: 'SCHEDULER', show: (c) => showInitialTokens(c.initialTokens), why: 'only a node\'s first start uses them; a node that has joined the ring keeps its tokens' },
];

/** yaml_overrides entries are compared key by key; every change restarts the nodes. */
export const YAML_OVERRIDES_RULE = {
  path: 'yaml_overrides',
  effect: 'ROLLING_RESTART',
  why: 'Cassandra reads cassandra.yaml only at start, so each node is restarted to apply it',
} as const satisfies Omit<ConfigFieldRule, 'show'>;

/** Maps a config field path to the name used in problems and messages (e.g. an environment variable). */
export type FieldNaming = (path: string) => string;

export const CONFIG_FIELD_NAMES: FieldNaming = (path) => path;
