import { z } from 'zod';
import { assertValidKey } from './keys';

/**
 * The object layout (pure: builds and parses keys, no I/O). See README.md for the picture.
 *
 *   <prefix>/<cluster>/data/<node>/<keyspace>/<table-id>/<sha[0..2]>/<sha256>-<file name>
 *   <prefix>/<cluster>/backups/<backup>/nodes/<node>.json     one per node, written after its files
 *   <prefix>/<cluster>/backups/<backup>/manifest.json         written LAST: the backup exists from then on
 *
 * SSTables are immutable, so a data key names its content: same name + same SHA-256 (hence same
 * size) = same key, and a file already stored is never uploaded again, across all backups of the
 * node. Backups are just manifests pointing at shared data keys; purge deletes a data key only when
 * no kept manifest references it.
 */

export interface LayoutRoot {
  /** Key prefix shared by all clusters in the bucket/directory; '' for none. */
  readonly prefix: string;
  readonly cluster: string;
}

const BACKUP_NAME_MAX = 128;

/** Why `name` is not a valid backup name, or undefined if it is. */
export function backupNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'backup name is empty; use 1-128 characters of A-Z a-z 0-9 . _ -';
  if (name.length > BACKUP_NAME_MAX) return `backup name is ${name.length} characters long; at most ${BACKUP_NAME_MAX} are allowed`;
  const bad = [...name].find((c) => !/[A-Za-z0-9._-]/.test(c));
  if (bad !== undefined) return `backup name ${JSON.stringify(name)} contains ${JSON.stringify(bad)}; only A-Z a-z 0-9 . _ - are allowed`;
  if (name.startsWith('.')) return `backup name ${JSON.stringify(name)} starts with '.'; start with a letter, digit, '_' or '-'`;
  if (name.includes('..')) return `backup name ${JSON.stringify(name)} contains '..', which is not allowed`;
  return undefined;
}

export class InvalidBackupNameError extends Error {
  constructor(
    readonly backupName: string,
    reason: string,
  ) {
    super(reason);
    this.name = 'InvalidBackupNameError';
  }
}

export function assertValidBackupName(name: string): void {
  const problem = backupNameProblem(name);
  if (problem !== undefined) throw new InvalidBackupNameError(name, problem);
}

function base(root: LayoutRoot): string {
  if (root.prefix !== '') assertValidKey(root.prefix);
  assertValidKey(root.cluster);
  if (root.cluster.includes('/')) throw new Error(`cluster name ${JSON.stringify(root.cluster)} must be a single path segment`);
  return root.prefix === '' ? root.cluster : `${root.prefix}/${root.cluster}`;
}

function segment(what: string, value: string): string {
  if (value.includes('/')) throw new Error(`${what} ${JSON.stringify(value)} must not contain '/'`);
  assertValidKey(value);
  return value;
}

export interface DataFileIdentity {
  readonly nodeId: string;
  readonly keyspace: string;
  /** Cassandra's table directory name, e.g. `users-5bc52802de2535edaeab188eecebb090`. */
  readonly tableId: string;
  /** SSTable component file name, e.g. `nb-1-big-Data.db`. */
  readonly fileName: string;
  readonly sha256: string;
}

export function dataKey(root: LayoutRoot, file: DataFileIdentity): string {
  if (!/^[0-9a-f]{64}$/.test(file.sha256)) throw new Error(`sha256 of ${file.fileName} must be 64 lower-case hex characters`);
  return [base(root), 'data', segment('node id', file.nodeId), segment('keyspace', file.keyspace), segment('table id', file.tableId), file.sha256.slice(0, 2), `${file.sha256}-${segment('file name', file.fileName)}`].join('/');
}

export function dataPrefix(root: LayoutRoot): string {
  return `${base(root)}/data/`;
}

export function backupsPrefix(root: LayoutRoot): string {
  return `${base(root)}/backups/`;
}

export function nodeManifestKey(root: LayoutRoot, backupName: string, nodeId: string): string {
  assertValidBackupName(backupName);
  return `${backupsPrefix(root)}${backupName}/nodes/${segment('node id', nodeId)}.json`;
}

/** A data file of the local-directory layout (seeds/001): one tree per backup, per node, per table. */
export interface LocalDataFileIdentity {
  readonly backupName: string;
  readonly nodeId: string;
  readonly keyspace: string;
  /** Table name (not its directory name: the tree is meant to be read by people). */
  readonly table: string;
  readonly fileName: string;
}

/**
 * `<cluster>/<node>/<backup>/<keyspace>/<table>/<file name>`: the layout of the original framework's
 * local backups (`$backupDir/$clusterName/$executorId/$backupName/$keyspace/$table`), with the stable
 * node id where it used the executor id (which changed with every new executor and broke restores).
 */
export function localDataKey(root: LayoutRoot, file: LocalDataFileIdentity): string {
  assertValidBackupName(file.backupName);
  return [base(root), segment('node id', file.nodeId), file.backupName, segment('keyspace', file.keyspace), segment('table', file.table), segment('file name', file.fileName)].join('/');
}

/** `<cluster>/<node>/<backup>/node-manifest.json`: beside the backup's keyspace directories (no keyspace can be named so). */
export function localNodeManifestKey(root: LayoutRoot, backupName: string, nodeId: string): string {
  assertValidBackupName(backupName);
  return `${localBackupPrefix(root, nodeId)}${backupName}/node-manifest.json`;
}

/** `<cluster>/<node>/`: every local backup of the node is a directory below it. */
export function localBackupPrefix(root: LayoutRoot, nodeId: string): string {
  return `${base(root)}/${segment('node id', nodeId)}/`;
}

export function clusterManifestKey(root: LayoutRoot, backupName: string): string {
  assertValidBackupName(backupName);
  return `${backupsPrefix(root)}${backupName}/manifest.json`;
}

/** The backup name if `key` is a cluster manifest key of this root, else undefined. */
export function backupNameOfManifestKey(root: LayoutRoot, key: string): string | undefined {
  const prefix = backupsPrefix(root);
  if (!key.startsWith(prefix) || !key.endsWith('/manifest.json')) return undefined;
  const name = key.slice(prefix.length, -'/manifest.json'.length);
  return backupNameProblem(name) === undefined ? name : undefined;
}

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex characters');

export const ManifestFileSchema = z.object({
  key: z.string().min(1),
  keyspace: z.string().min(1),
  table: z.string().min(1),
  tableId: z.string().min(1),
  fileName: z.string().min(1),
  size: z.number().int().nonnegative(),
  sha256,
  /** INCREMENTAL backups: true for a file of Cassandra's incremental_backups, false for one of the base snapshot. Absent = snapshot file. */
  incremental: z.boolean().optional(),
});
export type ManifestFile = z.infer<typeof ManifestFileSchema>;

export const NodeManifestSchema = z.object({
  formatVersion: z.literal(1),
  cluster: z.string().min(1),
  backupName: z.string().min(1),
  nodeId: z.string().min(1),
  hostId: z.string().min(1),
  datacenter: z.string().min(1),
  rack: z.string().min(1),
  cassandraVersion: z.string().min(1),
  tokens: z.array(z.string().regex(/^-?\d+$/, 'tokens are decimal integers (Murmur3)')),
  /** ISO-8601 times of the snapshot and of the end of the upload. */
  snapshotAt: z.iso.datetime(),
  completedAt: z.iso.datetime(),
  /** CREATE statements per keyspace (keyspace, types, tables), as `DESCRIBE KEYSPACE` prints them. */
  schemaCql: z.record(z.string(), z.string()),
  files: z.array(ManifestFileSchema),
  /** INCREMENTAL backups: the snapshot backup whose files this one lists too. */
  baseBackup: z.string().min(1).optional(),
});
export type NodeManifest = z.infer<typeof NodeManifestSchema>;

export const ClusterManifestSchema = z.object({
  formatVersion: z.literal(1),
  cluster: z.string().min(1),
  backupName: z.string().min(1),
  startedAt: z.iso.datetime(),
  completedAt: z.iso.datetime(),
  keyspaces: z.array(z.string().min(1)),
  nodes: z.array(
    z.object({
      nodeId: z.string().min(1),
      manifestKey: z.string().min(1),
      /** SHA-256 of the node manifest document, so a swapped node manifest is detected. */
      manifestSha256: sha256,
      files: z.number().int().nonnegative(),
      bytes: z.number().int().nonnegative(),
    }),
  ),
});
export type ClusterManifest = z.infer<typeof ClusterManifestSchema>;

/** Every data key the given (kept) node manifests use: purge must never delete one of these. */
export function referencedKeys(manifests: Iterable<NodeManifest>): Set<string> {
  const keys = new Set<string>();
  for (const m of manifests) for (const f of m.files) keys.add(f.key);
  return keys;
}

/** The data keys that no kept manifest references: safe to delete. */
export function unreferencedKeys(allDataKeys: Iterable<string>, keptManifests: Iterable<NodeManifest>): string[] {
  const used = referencedKeys(keptManifests);
  return [...allDataKeys].filter((k) => !used.has(k));
}

/** Total bytes and file count of a node manifest (for the cluster manifest and listings). */
export function manifestTotals(m: NodeManifest): { files: number; bytes: number } {
  return { files: m.files.length, bytes: m.files.reduce((sum, f) => sum + f.size, 0) };
}

export function describeSchemaError(what: string, error: z.ZodError): string {
  return `${what}: ` + error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}
