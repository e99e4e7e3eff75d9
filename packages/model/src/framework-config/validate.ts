// Validation of one FrameworkConfig on its own: would a cluster with this configuration start and
// keep running? Every problem is reported, each naming the field, what is wrong and what to do.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { resolveHeapMb } from '../cassandra-config/heap';
import { validateYamlOverrides } from '../cassandra-config/overrides';
import type { ConfigProblem } from '../cassandra-config/problems';
import { CONFIG_FIELD_NAMES, normalizeFrameworkConfig, type FieldNaming, type FrameworkConfigInput } from './fields';
import { parsePlacementConstraints } from '../offers/constraint-parse';
import { initialTokensProblems } from './initial-tokens';
import { parseRepairWindow } from './repair-window';
import { formatDuration } from './values';

/** Limits of the numeric fields (the documentation quotes these). */
export const CONFIG_LIMITS = {
  nodeCount: { min: 1, max: 1000 },
  cpus: { min: 0.1, max: 1024 },
  /** A 512 MiB heap plus as much off-heap memory: below this Cassandra 5.0 does not run a real workload. */
  memMb: { min: 1024, max: 4_194_304 },
  diskMb: { min: 1024, max: 4_294_967_295 },
  /** Shorter, and a scheduler restart kills every node (Mesos tears the framework down). */
  failoverTimeoutSeconds: { min: 60, max: 31_536_000 },
  healthCheckIntervalSeconds: { min: 5, max: 3_600 },
  bootstrapGraceSeconds: { min: 0, max: 86_400 },
  /** Mesos marks an agent lost after 10 minutes by default; replacing earlier races a reconnect. */
  replaceTimeoutSeconds: { min: 60, max: 2_592_000 },
  /** Cassandra 4.0+ recommends 16; above 256, repair and streaming slow down a lot. */
  numTokens: { min: 1, max: 256 },
  /** 0 = no scheduled repair; a repair less often than yearly protects nothing (gc_grace_seconds is 10 days by default). */
  repairIntervalDays: { min: 0, max: 365 },
} as const;

/** Cassandra versions this framework renders configuration for (cassandra.yaml keys, JDK 17 flags). */
export const SUPPORTED_CASSANDRA_VERSION = /^5\.0\.\d+$/;

export const FRAMEWORK_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const RACK_DC = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const CLASS_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$/;
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Schemes the Mesos fetcher can fetch. */
export const FETCHABLE_SCHEMES = ['http', 'https', 'ftp', 'ftps', 'hdfs', 'hftp', 's3', 's3a', 's3n', 'file'] as const;

interface Check {
  readonly problems: ConfigProblem[];
  readonly name: FieldNaming;
}

function add(check: Check, path: string, code: string, message: string): void {
  check.problems.push({ field: check.name(path), code, message });
}

function checkRange(check: Check, path: string, value: number, limits: { readonly min: number; readonly max: number }, what: string, unit = ''): void {
  const n = check.name(path);
  const shown = (v: number): string => (unit === 's' ? `${v} (${formatDuration(v)})` : `${v}${unit}`);
  if (!Number.isFinite(value)) add(check, path, 'INVALID_VALUE', `${n}=${value} is not a number: set it to ${what}`);
  else if (value < limits.min) add(check, path, 'VALUE_TOO_SMALL', `${n}=${shown(value)} is below the minimum of ${shown(limits.min)}: set it to ${what}`);
  else if (value > limits.max) add(check, path, 'VALUE_TOO_LARGE', `${n}=${shown(value)} is above the maximum of ${shown(limits.max)}: set it to ${what}`);
}

/**
 * Why `uri` cannot be fetched by Mesos, or undefined when it can. URIs are stored in ZooKeeper and
 * shown in plans, so credentials in them are refused (without echoing them).
 */
export function artifactUriProblem(uri: string): string | undefined {
  if (/\s/.test(uri)) return 'contains whitespace';
  if (uri.startsWith('/')) return undefined;
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)(.*)$/.exec(uri);
  if (!m) return `is neither an absolute path nor a URI with one of the schemes ${FETCHABLE_SCHEMES.join(', ')}`;
  const scheme = (m[1] ?? '').toLowerCase();
  const authority = m[2] ?? '';
  const rest = m[3] ?? '';
  if (!(FETCHABLE_SCHEMES as readonly string[]).includes(scheme)) return `has the scheme '${scheme}' the Mesos fetcher cannot fetch (use one of ${FETCHABLE_SCHEMES.join(', ')})`;
  if (authority.includes('@')) return 'contains credentials, which would be stored in ZooKeeper: serve the artifact without them (e.g. a pre-signed URL or a host-local path)';
  if (scheme === 'file') return authority === '' && rest.startsWith('/') ? undefined : 'is not a file:/// URI with an absolute path';
  if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(authority)) return 'has no valid host';
  if (rest === '' || rest === '/') return 'names no file (the path is empty)';
  return undefined;
}

/** Why `role` is not a valid Mesos role name, or undefined. Hierarchical roles ("a/b") are allowed. */
export function roleNameProblem(role: string): string | undefined {
  if (role === '') return 'is empty';
  if (role === '*') return undefined;
  for (const part of role.split('/')) {
    if (part === '') return 'has an empty path component';
    if (part === '.' || part === '..') return `has the component '${part}'`;
    if (part.startsWith('-')) return 'has a component starting with \'-\'';
    if (/[\s\\*]/.test(part) || CONTROL.test(part)) return 'contains whitespace, \'\\\' or \'*\'';
  }
  return undefined;
}

function checkPorts(check: Check, ports: { readonly storage: number; readonly sslStorage: number; readonly native: number; readonly jmx: number; readonly jolokia: number }): void {
  const list = [
    ['ports.storage', ports.storage, true],
    ['ports.ssl_storage', ports.sslStorage, false],
    ['ports.native', ports.native, true],
    // 0 = no JMX listener: Jolokia runs in-process; nodetool on the agent needs it.
    ['ports.jmx', ports.jmx, false],
    ['ports.jolokia', ports.jolokia, true],
  ] as const;
  const used = new Map<number, string>();
  for (const [path, port, required] of list) {
    const n = check.name(path);
    if (port === 0) {
      if (required) add(check, path, 'MISSING_FIELD', `${n} is not set: every node needs this port; set it to a port every agent offers`);
      continue;
    }
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      add(check, path, 'INVALID_PORT', `${n}=${port} is not a TCP port: use 1-65535, a port every agent offers`);
      continue;
    }
    const other = used.get(port);
    if (other !== undefined) add(check, path, 'DUPLICATE_PORT', `${n}=${port} is also ${check.name(other)}: give each port its own number`);
    else used.set(port, path);
  }
}

function checkIdentity(check: Check, c: ReturnType<typeof normalizeFrameworkConfig>): void {
  const n = check.name;
  if (!FRAMEWORK_NAME_PATTERN.test(c.frameworkName)) {
    add(check, 'framework_name', 'INVALID_VALUE', `${n('framework_name')}=${JSON.stringify(c.frameworkName)} must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit (it is also a ZooKeeper path segment), e.g. cassandra`);
  }
  if (c.clusterName === '' || c.clusterName.length > 128 || CONTROL.test(c.clusterName)) {
    add(check, 'cluster_name', 'INVALID_VALUE', `${n('cluster_name')}=${JSON.stringify(c.clusterName)} must be 1-128 characters on one line: it is cassandra.yaml cluster_name, e.g. production`);
  }
  const roleProblem = roleNameProblem(c.role);
  if (roleProblem) add(check, 'role', 'INVALID_ROLE', `${n('role')}=${JSON.stringify(c.role)} ${roleProblem}: use a Mesos role name such as cassandra-role`);
  else if (c.role === '*' && c.dataVolumeMode === cassandra_mesos.v1.DataVolumeMode.PERSISTENT_VOLUME) {
    add(
      check,
      'role',
      'ROLE_CANNOT_RESERVE',
      `${n('role')}="*" cannot hold the dynamic reservations and persistent volumes that ${n('data_volume_mode')}=PERSISTENT_VOLUME needs: set ${n('role')} to a named role (e.g. cassandra-role), or ${n('data_volume_mode')} to SANDBOX (development only: data is lost with the sandbox)`,
    );
  }
  if (c.principal.length > 255 || /\s/.test(c.principal) || CONTROL.test(c.principal)) {
    add(check, 'principal', 'INVALID_VALUE', `${n('principal')}=${JSON.stringify(c.principal)} must be a Mesos principal without whitespace, at most 255 characters`);
  }
}

function checkNodes(check: Check, c: ReturnType<typeof normalizeFrameworkConfig>): void {
  const n = check.name;
  checkRange(check, 'node_count', c.nodeCount, CONFIG_LIMITS.nodeCount, 'the number of Cassandra nodes');
  if (!Number.isInteger(c.seedCount) || c.seedCount < 1) {
    add(check, 'seed_count', 'VALUE_TOO_SMALL', `${n('seed_count')}=${c.seedCount}: a cluster needs at least 1 seed node; set it to 1-3 (2 is usual)`);
  } else if (c.seedCount > c.nodeCount && c.nodeCount >= 1) {
    add(check, 'seed_count', 'SEEDS_EXCEED_NODES', `${n('seed_count')}=${c.seedCount} is more than ${n('node_count')}=${c.nodeCount}: seeds are chosen among the nodes, so lower ${n('seed_count')} to at most ${c.nodeCount}`);
  }

  const r = c.resources;
  checkRange(check, 'resources.cpus', r.cpus, CONFIG_LIMITS.cpus, 'the CPUs of each node, e.g. 2');
  checkRange(check, 'resources.disk_mb', r.diskMb, CONFIG_LIMITS.diskMb, 'the disk of each node in MiB, e.g. 10240');
  if (r.memMb < CONFIG_LIMITS.memMb.min) {
    add(
      check,
      'resources.mem_mb',
      'VALUE_TOO_SMALL',
      `${n('resources.mem_mb')}=${r.memMb} is below the ${CONFIG_LIMITS.memMb.min} MiB a Cassandra 5.0 node needs (a heap plus as much memory off the heap): raise it to at least ${CONFIG_LIMITS.memMb.min}`,
    );
  } else {
    checkRange(check, 'resources.mem_mb', r.memMb, CONFIG_LIMITS.memMb, 'the memory of each node in MiB, e.g. 4096');
    const heap = resolveHeapMb(r.heapMb, r.memMb, { heap: n('resources.heap_mb'), mem: n('resources.mem_mb') });
    if (!heap.ok) check.problems.push(heap.problem);
  }
  checkPorts(check, c.ports);
}

function checkTiming(check: Check, c: ReturnType<typeof normalizeFrameworkConfig>): void {
  const L = CONFIG_LIMITS;
  checkRange(check, 'failover_timeout_seconds', c.failoverTimeoutSeconds, L.failoverTimeoutSeconds, 'how long Mesos keeps the nodes running without a scheduler, e.g. 1w', 's');
  checkRange(check, 'health_check_interval_seconds', c.healthCheckIntervalSeconds, L.healthCheckIntervalSeconds, 'the interval between health reports, e.g. 60s', 's');
  checkRange(check, 'bootstrap_grace_seconds', c.bootstrapGraceSeconds, L.bootstrapGraceSeconds, 'the minimum gap between two Cassandra starts, e.g. 2m', 's');
  checkRange(check, 'replace_timeout_seconds', c.replaceTimeoutSeconds, L.replaceTimeoutSeconds, 'how long a lost agent may stay away before its node is replaced, e.g. 1h', 's');
}

function checkRepairSchedule(check: Check, c: ReturnType<typeof normalizeFrameworkConfig>): void {
  const n = check.name;
  const days = c.repairIntervalDays;
  if (Number.isFinite(days) && !Number.isInteger(days)) {
    add(check, 'repair_interval_days', 'INVALID_VALUE', `${n('repair_interval_days')}=${days} is not a whole number of days: set it to 0 (no scheduled repair) or 1-365, e.g. 7`);
  } else {
    checkRange(check, 'repair_interval_days', days, CONFIG_LIMITS.repairIntervalDays, 'the days between scheduled repairs (0 = none), e.g. 7');
  }
  // A window without an interval is allowed: it takes effect once an interval is set.
  check.problems.push(...parseRepairWindow(c.repairWindow, n('repair_window')).problems);
}

function checkCassandra(check: Check, c: ReturnType<typeof normalizeFrameworkConfig>): void {
  const n = check.name;
  for (const key of ['executor', 'cassandra', 'jolokia', 'java', 'node'] as const) {
    const uri = c.artifacts[key];
    if (uri === '') continue;
    const problem = artifactUriProblem(uri);
    // A URI with credentials is not echoed: it would put the secret into the error.
    if (problem) add(check, `artifacts.${key}`, 'INVALID_URI', `${n(`artifacts.${key}`)}${uri.includes('@') ? '' : `=${JSON.stringify(uri)}`} ${problem}`);
  }
  if (!SUPPORTED_CASSANDRA_VERSION.test(c.cassandraVersion)) {
    add(
      check,
      'cassandra_version',
      'UNSUPPORTED_CASSANDRA_VERSION',
      `${n('cassandra_version')}=${JSON.stringify(c.cassandraVersion)} is not supported: this framework renders cassandra.yaml and JVM flags for Cassandra 5.0; use a 5.0.x version, e.g. 5.0.9`,
    );
  }
  check.problems.push(...validateYamlOverrides(c.yamlOverrides, n('yaml_overrides')).problems);
  check.problems.push(...parsePlacementConstraints(c.placementConstraints, n('placement_constraints')).problems);
  for (const key of ['rack', 'dc'] as const) {
    const path = `default_rack_dc.${key}`;
    const value = c.defaultRackDc[key];
    if (!RACK_DC.test(value)) {
      add(check, path, 'INVALID_VALUE', `${n(path)}=${JSON.stringify(value)} must be letters, digits, '.', '_' or '-', starting with a letter or digit, e.g. ${key === 'dc' ? 'dc1' : 'rack1'}`);
    }
  }
  if (c.dataVolumeMode !== cassandra_mesos.v1.DataVolumeMode.PERSISTENT_VOLUME && c.dataVolumeMode !== cassandra_mesos.v1.DataVolumeMode.SANDBOX) {
    add(check, 'data_volume_mode', 'MISSING_FIELD', `${n('data_volume_mode')} is not set: choose PERSISTENT_VOLUME (production) or SANDBOX (development only)`);
  }
  checkRange(check, 'num_tokens', c.numTokens, CONFIG_LIMITS.numTokens, 'the number of vnodes per node, e.g. 16');
  if (!CLASS_NAME.test(c.endpointSnitch)) {
    add(check, 'endpoint_snitch', 'INVALID_VALUE', `${n('endpoint_snitch')}=${JSON.stringify(c.endpointSnitch)} is not a Java class name: use e.g. GossipingPropertyFileSnitch`);
  }
}

/**
 * Every problem of `config` on its own (empty when it is valid). `name` maps field paths to the
 * names used in problems and messages, e.g. the environment variables that set them.
 */
export function validateFrameworkConfig(config: FrameworkConfigInput, name: FieldNaming = CONFIG_FIELD_NAMES): ConfigProblem[] {
  const c = normalizeFrameworkConfig(config);
  const check: Check = { problems: [], name };
  checkIdentity(check, c);
  checkNodes(check, c);
  checkTiming(check, c);
  checkCassandra(check, c);
  checkRepairSchedule(check, c);
  check.problems.push(...initialTokensProblems(c.initialTokens, c.numTokens, name));
  return check.problems;
}
