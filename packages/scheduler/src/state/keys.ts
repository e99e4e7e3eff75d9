// Where each stored message lives, relative to the framework's base path
// (`/cassandra-mesos/<framework-name>` in ZooKeeper, the same tree in the embedded store's directory).
// The layout is the one of proto/README.md, plus `jobs/history/<job_id>` for finished jobs.
// Every value is one small message; nothing here grows with the number of nodes.
import { cassandra_mesos, type MessageType } from '@cassandra-mesos/model';
import { InvalidStateIdError } from './errors';

const v1 = cassandra_mesos.v1;
const JOBS = 'jobs';

/** Every framework's state lives below this path (in ZooKeeper, below the chroot). */
export const STATE_ROOT = '/cassandra-mesos';

/** `/cassandra-mesos/<framework-name>`; the name must be a single safe path segment. */
export function frameworkBasePath(frameworkName: string): string {
  return `${STATE_ROOT}/${validateStateId('framework name', frameworkName)}`;
}

/** Which kind of record a key addresses (used in messages and by tests that cover every kind). */
export type StateKind =
  | 'framework'
  | 'config-target'
  | 'config-version'
  | 'node'
  | 'health'
  | 'plan'
  | 'current-job'
  | 'job-node'
  | 'job-history'
  | 'backup-catalogue'
  | 'cassy-registration';

/** The address of one stored message. `path` is relative to the framework's base path. */
export interface StateKey<T> {
  readonly kind: StateKind;
  readonly path: string;
  readonly type: MessageType<T>;
}

/** A set of records of one kind under one container, addressed by id. */
export interface StateCollection<T> {
  readonly kind: StateKind;
  /** The container's path, relative to the framework's base path. */
  readonly path: string;
  readonly type: MessageType<T>;
  key(id: string): StateKey<T>;
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/**
 * Checks that `id` is a single path segment that is safe in ZooKeeper and as a file name, and that does
 * not start with '.', which the embedded store reserves for its own files (locks, temp files, journal).
 */
export function validateStateId(what: string, id: string): string {
  if (!ID_PATTERN.test(id)) {
    throw new InvalidStateIdError(what, id, "use 1-128 letters, digits, '.', '_' or '-', starting with a letter or digit");
  }
  return id;
}

/** `jobs/` holds `current`, `history` and one container per job id, so a job id may not take those names. */
const RESERVED_JOB_IDS: ReadonlySet<string> = new Set(['current', 'history']);

function validateJobId(id: string): string {
  validateStateId('job id', id);
  if (RESERVED_JOB_IDS.has(id)) throw new InvalidStateIdError('job id', id, `'${id}' is a reserved name under jobs/`);
  return id;
}

function collection<T>(kind: StateKind, path: string, type: MessageType<T>, what: string): StateCollection<T> {
  return { kind, path, type, key: (id) => ({ kind, path: `${path}/${validateStateId(what, id)}`, type }) };
}

function fixedKey<T>(kind: StateKind, path: string, type: MessageType<T>): StateKey<T> {
  return { kind, path, type };
}

export const StateCollections = {
  configVersions: collection<cassandra_mesos.v1.ConfigVersion>('config-version', 'config/versions', v1.ConfigVersion, 'config version id'),
  nodes: collection<cassandra_mesos.v1.NodeRecord>('node', 'nodes', v1.NodeRecord, 'node id'),
  health: collection<cassandra_mesos.v1.NodeHealthHistory>('health', 'health', v1.NodeHealthHistory, 'node id'),
  plans: collection<cassandra_mesos.v1.PlanControl>('plan', 'plans', v1.PlanControl, 'plan name'),
  /** Finished jobs' final headers; bounded by the job-history pruning. */
  jobHistory: {
    kind: 'job-history',
    path: `${JOBS}/history`,
    type: v1.ClusterJob,
    key: (id: string) => fixedKey<cassandra_mesos.v1.ClusterJob>('job-history', `${JOBS}/history/${validateJobId(id)}`, v1.ClusterJob),
  } as StateCollection<cassandra_mesos.v1.ClusterJob>,
  /** Each node's part of one job. */
  jobNodes(jobId: string): StateCollection<cassandra_mesos.v1.NodeJobRecord> {
    return collection<cassandra_mesos.v1.NodeJobRecord>('job-node', `${JOBS}/${validateJobId(jobId)}/nodes`, v1.NodeJobRecord, 'node id');
  },
} as const;

export const StateKeys = {
  framework: fixedKey<cassandra_mesos.v1.FrameworkRecord>('framework', 'framework', v1.FrameworkRecord),
  configTarget: fixedKey<cassandra_mesos.v1.ConfigTarget>('config-target', 'config/target', v1.ConfigTarget),
  currentJob: fixedKey<cassandra_mesos.v1.ClusterJob>('current-job', `${JOBS}/current`, v1.ClusterJob),
  configVersion: (id: string) => StateCollections.configVersions.key(id),
  node: (nodeId: string) => StateCollections.nodes.key(nodeId),
  health: (nodeId: string) => StateCollections.health.key(nodeId),
  plan: (planName: string) => StateCollections.plans.key(planName),
  jobNode: (jobId: string, nodeId: string) => StateCollections.jobNodes(jobId).key(nodeId),
  jobHistory: (jobId: string) => StateCollections.jobHistory.key(jobId),
} as const;

/** Containers every store creates when it opens, so writes below them never need to create parents. */
export const FIXED_CONTAINERS: readonly string[] = ['config', 'config/versions', 'nodes', 'health', 'plans', JOBS, 'jobs/history'];

/** The container of every job's per-node records, and the names in it that are not job ids. */
export const JOBS_CONTAINER = JOBS;
export const NON_JOB_ENTRIES: ReadonlySet<string> = RESERVED_JOB_IDS;

/** The container that holds a job's per-node records (`jobs/<id>`), removed with them. */
export function jobContainer(jobId: string): string {
  return `${JOBS}/${validateJobId(jobId)}`;
}

/**
 * The container of one cluster's backup catalogue entries (`backups/<cluster>/<backup name>`), for
 * collections of entries whose document type the backup module defines.
 */
export function backupCatalogueCollection<T>(cluster: string, type: MessageType<T>): StateCollection<T> {
  return collection<T>('backup-catalogue', `backups/${validateStateId('cluster name', cluster)}`, type, 'backup name');
}

/**
 * The Cassy registration of this framework's cluster (`cassy/registration`): who registered it and
 * when, for ListClusters. A JSON document whose type the gRPC module defines.
 */
export function cassyRegistrationKey<T>(type: MessageType<T>): StateKey<T> {
  return fixedKey<T>('cassy-registration', 'cassy-registration', type);
}

/** Every message type the store writes: the secrets guard test checks each of them (and what they contain). */
export const STORED_MESSAGE_TYPES: readonly MessageType<unknown>[] = [
  v1.FrameworkRecord,
  v1.ConfigTarget,
  v1.ConfigVersion,
  v1.NodeRecord,
  v1.NodeHealthHistory,
  v1.PlanControl,
  v1.ClusterJob,
  v1.NodeJobRecord,
];

/**
 * Orders ids the way people read them: "node-2" before "node-10". Digit runs compare by value, the rest
 * by UTF-16 code unit, so the order does not depend on the machine's locale.
 */
export function compareIds(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    const xDigits = /^\d/.test(x);
    const yDigits = /^\d/.test(y);
    if (xDigits && yDigits) {
      const byValue = compareDigitRuns(x, y);
      if (byValue !== 0) return byValue;
    }
    return x < y ? -1 : 1;
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares two digit strings by numeric value without converting (ids may hold more than 2^53). */
function compareDigitRuns(x: string, y: string): number {
  const a = x.replace(/^0+(?=\d)/, '');
  const b = y.replace(/^0+(?=\d)/, '');
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
