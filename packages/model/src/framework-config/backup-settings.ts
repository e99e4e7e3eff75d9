// The backup/restore and gRPC rows of the settings table (kept apart so settings.ts stays readable).
// They configure the scheduler (not the stored FrameworkConfig): a scheduler restart applies them.
// Credentials are not here: they are secrets (CASSANDRA_MESOS_S3_*), see settings.ts.
import { backupDirectoryProblem, parseBackupLocation, type BackupLocation } from './backup-location';
import { formatInitialTokensSource, INITIAL_TOKENS_FROM_VARIABLE, INITIAL_TOKENS_SOURCE_TYPE, NO_INITIAL_TOKENS, type InitialTokensSource } from './initial-tokens';
import type { SettingsDraft } from './setting-types';
import type { SchedulerSetting } from './settings';
import { wholeNumber, type Parsed, type ValueType } from './values';

function row<T>(def: Omit<SchedulerSetting, 'type' | 'apply' | 'group' | 'sets'> & {
  readonly key: keyof SettingsDraft;
  readonly group?: SchedulerSetting['group'];
  readonly type: ValueType<T>;
  readonly apply: (value: T, settings: SettingsDraft) => void;
}): SchedulerSetting {
  const { key, group, apply, ...rest } = def;
  return { ...rest, group: group ?? 'Backup', sets: { kind: 'setting', key }, apply: (value, _config, settings) => apply(value as T, settings) };
}

/** The scheduler settings of backups and the gRPC API (part of SchedulerSettings). */
export interface BackupSchedulerSettings {
  /** Where backups go unless a request says otherwise. */
  readonly backupLocation: BackupLocation;
  /** Local backups: the directory on each agent (relative to the executor's sandbox unless absolute). */
  readonly backupDirectory: string;
  /** S3-compatible endpoint; '' = AWS. */
  readonly s3Endpoint: string;
  readonly s3Region: string;
  /** Files each node moves at once. */
  readonly backupConcurrency: number;
  /** Multipart part size in MiB. */
  readonly backupPartSizeMb: number;
  /** MiB per second per node; 0 = unlimited. */
  readonly backupRateLimitMbps: number;
  /** DNS SRV name of the applications a consistent backup pauses; '' = none configured. */
  readonly pauseSrv: string;
  /** Port of the gRPC API; 0 = off. */
  readonly grpcPort: number;
}

const fail = (problem: string): Parsed<never> => ({ ok: false, problem });

const location: ValueType<BackupLocation> = {
  label: 's3://bucket[/prefix], file:///dir or local',
  // An s3:// URL with '@' may hold credentials: never echo it.
  echo: (t) => !t.includes('@'),
  parse: parseBackupLocation,
};

const directory: ValueType<string> = {
  label: 'directory',
  parse(text) {
    const problem = backupDirectoryProblem(text.length > 1 ? text.replace(/\/+$/, '') : text, false);
    return problem ? fail(problem) : { ok: true, value: text.length > 1 ? text.replace(/\/+$/, '') : text };
  },
};

const endpoint: ValueType<string> = {
  label: 'http(s) URL, or empty',
  echo: (t) => !t.includes('@'),
  parse(text) {
    if (text === '') return { ok: true, value: '' };
    if (text.includes('@')) return fail('contains credentials, which would end up in logs; give S3 keys through CASSANDRA_MESOS_S3_ACCESS_KEY_ID/_SECRET_ACCESS_KEY instead');
    const m = /^https?:\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?(\/[^\s?#]*)?$/.exec(text);
    if (!m || (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 65535))) return fail('is not an http(s)://host[:port] URL');
    return { ok: true, value: text.replace(/\/+$/, '') };
  },
};

const region: ValueType<string> = {
  label: 'S3 region name',
  parse: (t) => (/^[a-z0-9][a-z0-9-]{0,31}$/.test(t) ? { ok: true, value: t } : fail('is not a region name (lower-case letters, digits and "-", e.g. us-east-1)')),
};

/** A DNS name (SRV names have '_' labels), or empty. */
const srvName: ValueType<string> = {
  label: 'DNS SRV name, or empty',
  parse(text) {
    if (text === '') return { ok: true, value: '' };
    const label = '[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?';
    if (text.length > 253 || !new RegExp(`^${label}(?:\\.${label})*\\.?$`).test(text)) return fail('is not a DNS name (labels of letters, digits, "_" and "-", separated by ".")');
    return { ok: true, value: text };
  },
};

export const BACKUP_DIRECTORY_VARIABLE = 'CASSANDRA_BACKUP_DIRECTORY';
const LOCATION_VARIABLE = 'CASSANDRA_MESOS_BACKUP_LOCATION';

export const BACKUP_SETTINGS: readonly SchedulerSetting[] = [
  row({
    name: LOCATION_VARIABLE, key: 'backupLocation', type: location, default: 'local',
    description: `Where backups go unless a request names another place: \`s3://<bucket>[/<prefix>]\` (S3 or an S3-compatible server, see CASSANDRA_MESOS_S3_ENDPOINT), \`file:///<directory>\` (a directory on every agent), or \`local\` (${BACKUP_DIRECTORY_VARIABLE} on each agent). No credentials in the URL: S3 keys come from CASSANDRA_MESOS_S3_ACCESS_KEY_ID/_SECRET_ACCESS_KEY, the request, or the executors' default AWS credential chain. Local backups stay on the agents' disks: a lost agent loses its node's backups.`,
    expects: 'a backup location', example: 's3://backups/cassandra',
    apply: (v, s) => { s.backupLocation = v; },
  }),
  row({
    name: BACKUP_DIRECTORY_VARIABLE, key: 'backupDirectory', type: directory, default: 'backup',
    description: `Directory of local backups on each agent, relative to the executor's sandbox unless absolute (the original framework's variable). Backups are laid out as \`<dir>/<cluster>/<node-id>/<backup>/<keyspace>/<table>/\`. A relative directory is lost with the sandbox: use an absolute one for backups that must outlive a node's executor.`,
    expects: 'a directory', example: '/var/lib/cassandra-backups',
    apply: (v, s) => { s.backupDirectory = v; },
  }),
  row({
    name: 'CASSANDRA_MESOS_S3_ENDPOINT', key: 's3Endpoint', type: endpoint, default: '',
    description: 'Endpoint of an S3-compatible server (e.g. `http://s3proxy.example:8080`, MinIO, Ceph); path-style addressing is used with it. Empty = AWS S3 in CASSANDRA_MESOS_S3_REGION.',
    expects: 'the S3 endpoint URL', example: 'http://s3.example.com:9000',
    apply: (v, s) => { s.s3Endpoint = v; },
  }),
  row({
    name: 'CASSANDRA_MESOS_S3_REGION', key: 's3Region', type: region, default: 'us-east-1',
    description: 'S3 region of the backup bucket.',
    expects: 'the bucket\'s region', example: 'eu-west-1',
    apply: (v, s) => { s.s3Region = v; },
  }),
  row({
    name: 'CASSANDRA_MESOS_BACKUP_CONCURRENCY', key: 'backupConcurrency', type: wholeNumber({ min: 1, max: 64 }), default: '4',
    description: 'Files each node uploads or downloads at once during a backup or restore. Memory per node is about this times the part size.',
    expects: 'the number of files moved at once per node', example: '4',
    apply: (v, s) => { s.backupConcurrency = v; },
  }),
  row({
    name: 'CASSANDRA_MESOS_BACKUP_PART_SIZE_MB', key: 'backupPartSizeMb', type: wholeNumber({ min: 5, max: 5120 }), default: '16',
    description: 'Multipart upload part size in MiB (S3 allows 5 MiB-5 GiB parts and 10,000 parts per object, so 16 MiB parts carry SSTables up to 156 GiB).',
    expects: 'the part size in MiB', example: '16',
    apply: (v, s) => { s.backupPartSizeMb = v; },
  }),
  row({
    name: 'CASSANDRA_MESOS_BACKUP_RATE_LIMIT_MBPS', key: 'backupRateLimitMbps', type: wholeNumber({ min: 0, max: 100_000 }), default: '0',
    description: 'Most MiB per second each node moves during a backup or restore (uploads and downloads together), so backups leave bandwidth and disk I/O to Cassandra. 0 = no limit.',
    expects: 'MiB per second per node, or 0 for no limit', example: '50',
    apply: (v, s) => { s.backupRateLimitMbps = v; },
  }),
  row({
    name: 'CASSANDRA_MESOS_PAUSE_SRV', key: 'pauseSrv', type: srvName, default: '',
    description: 'DNS SRV name of the applications a cluster-consistent backup pauses (Cassy\'s `srv_service_url`): the scheduler calls the scalar-admin `Pause`/`Unpause` gRPC service on every host the record lists, snapshots every node while they are paused, then unpauses. Empty = consistent backups need the name in the request.',
    expects: 'a DNS SRV name', example: '_scalar-admin._tcp.app.example.com',
    apply: (v, s) => { s.pauseSrv = v; },
  }),
];

/**
 * Sets FrameworkConfig.initial_tokens to the source alone; the scheduler reads the backup at its start
 * and fills in the tokens (or the problem) before it proposes the configuration.
 */
export const INITIAL_TOKENS_FROM_SETTING: SchedulerSetting = {
  name: INITIAL_TOKENS_FROM_VARIABLE,
  group: 'Backup',
  sets: { kind: 'config', path: 'initial_tokens' },
  type: INITIAL_TOKENS_SOURCE_TYPE,
  default: '',
  description: `Restore into a new cluster: the backup \`<source cluster>/<backup name>\` (in ${LOCATION_VARIABLE}, which must be an s3:// location) whose nodes' tokens this cluster's nodes start with, so each new node owns exactly the data of the backup node restored into it. At the first deploy the scheduler reads the backup's manifests and gives node-i the tokens of the i-th backup node, sorted by node id (\`initial_token\` in cassandra.yaml). The backup must have CASSANDRA_MESOS_NODE_COUNT nodes, all in CASSANDRA_MESOS_DEFAULT_DC/_RACK, with CASSANDRA_MESOS_NUM_TOKENS tokens each (num_tokens is not taken from the backup: set it to the backup cluster's). When the backup cannot be used, no node starts and each deploy step says why. Only the first deploy uses the setting: a node in the ring keeps its tokens, later changes are ignored, and nodes added later get tokens from Cassandra. Empty = Cassandra picks the tokens.`,
  expects: 'the source cluster\'s framework name and the backup name',
  example: 'cassandra-prod/nightly-2026-11-21',
  apply: (value, config) => {
    const source = value as InitialTokensSource | null;
    config.initialTokens = source ? { source: formatInitialTokensSource(source), location: '', nodes: [], problem: '' } : { ...NO_INITIAL_TOKENS, nodes: [] };
  },
};

export const GRPC_PORT_SETTING: SchedulerSetting = row({
  name: 'CASSANDRA_MESOS_GRPC_PORT', key: 'grpcPort', group: 'Scheduler', type: wholeNumber({ min: 0, max: 65535 }), default: '20051',
  description: 'Port of the Cassy-compatible gRPC API (`rpc.Cassy`, server reflection, grpc.health.v1) on CASSANDRA_MESOS_API_HOST; it requires the same bearer token as REST. 0 = no gRPC server.',
  expects: 'a TCP port, or 0 for none', example: '20051',
  apply: (v, s) => { s.grpcPort = v; },
});
