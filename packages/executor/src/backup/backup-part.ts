// A node's part of a backup (stage BACKUP_UPLOAD): select keyspaces → read the node's identity and
// schema → snapshot (or use the consistent one / the incremental files) → per keyspace: checksum,
// upload (already stored = skipped), verify every object → node manifest (last) → clear the snapshot,
// also after a failure or an abort.
import { forEachLimited, LocalDirectoryStorage, uploadFiles, type FileToUpload, type ManifestFile } from '@cassandra-mesos/backup-storage';
import type { cassandra_mesos } from '@cassandra-mesos/model';
import { openStorage, type DataJobDeps, type DataJobOutcome, type DataJobPart, type DataJobProgress, type DataJobSpec, type DataJobStorage } from '../data-jobs/context';
import { checksumFiles, knownChecksums, type HashedFile } from './checksums';
import { pruneIncrementalLinks, type BackupFile } from './files';
import { GuardedStorage, type LinkSource } from './guarded-storage';
import { buildNodeManifest, writeNodeManifestTo } from './manifest';
import { describeKeyspaces, readNodeFacts } from './node-facts';
import { previousNodeManifest } from './previous';
import { resolveSelection } from './selection';
import { prepareSource, SnapshotLease, type BackupSource } from './source';
import { formatBytes } from './units';

type StoredFile = HashedFile & { readonly key: string };

interface Totals {
  /** Files whose SHA-256 came from the previous node manifest (not read again). */
  checksumsReused: number;
  bytesDone: number;
  bytesSkipped: number;
  filesDone: number;
  filesUploaded: number;
  bytesUploaded: number;
  filesLinked: number;
}

export interface BackupPartOptions {
  /** Where the storage comes from (tests wrap it to inject faults); default openStorage. */
  readonly openStorage?: (spec: DataJobSpec, deps: DataJobDeps) => DataJobStorage;
}

/** The BACKUP_UPLOAD part (a DataJobPart). */
export function createBackupPart(options: BackupPartOptions = {}): DataJobPart {
  const open = options.openStorage ?? openStorage;
  return (spec, deps, progress, signal) => backupPart(spec, deps, progress, signal, open);
}

export const runBackupPart: DataJobPart = createBackupPart();

async function backupPart(
  spec: DataJobSpec,
  deps: DataJobDeps,
  progress: DataJobProgress,
  signal: AbortSignal,
  open: NonNullable<BackupPartOptions['openStorage']>,
): Promise<DataJobOutcome> {
  const jmx = deps.jmx;
  if (!jmx) throw new Error(`Cassandra is not running on ${spec.nodeId}; a backup needs the node up`);
  const log = deps.log.child({ jobId: spec.jobId, backup: spec.options.backupName });
  const target = open(spec, deps);
  // An abort cuts the uploads in flight through the signal each putFile gets (GuardedStorage). The
  // client stays open until they have settled: it still sends their AbortMultipartUpload.
  const lease = new SnapshotLease(jmx);
  let outcome: DataJobOutcome;
  try {
    outcome = await upload(spec, deps, progress, signal, target, lease, log);
  } catch (err) {
    const tag = lease.tag;
    const problem = await lease.release();
    // The failure says whether the node was left clean.
    const cleanup = problem ?? (tag === undefined ? '' : `snapshot ${tag} was cleared`);
    if (problem !== undefined) log.warn(problem);
    const message = (err instanceof Error ? err.message : String(err)).replace(/\.$/, '');
    throw new Error(`${message}${cleanup ? `; ${cleanup}` : ''}`);
  } finally {
    target.close();
  }
  const problem = await lease.release();
  if (problem === undefined) return outcome;
  // The backup is complete (its manifest is written); a snapshot left on disk is worth a warning, not a failure.
  log.warn(problem);
  return { ...outcome, summary: `${outcome.summary}; ${problem}` };
}

async function upload(
  spec: DataJobSpec,
  deps: DataJobDeps,
  progress: DataJobProgress,
  signal: AbortSignal,
  target: DataJobStorage,
  lease: SnapshotLease,
  log: DataJobDeps['log'],
): Promise<DataJobOutcome> {
  const jmx = deps.jmx!;
  const selection = await resolveSelection(spec, jmx, signal);
  progress.report({ remainingKeyspaces: [...selection.keyspaces] });
  // Identity and schema first: a node whose CQL cannot be read fails before anything is uploaded.
  const facts = await readNodeFacts(jmx, signal);
  const schemaCql = await describeKeyspaces(await deps.cql(), selection.keyspaces);
  const source = await prepareSource(spec, deps, jmx, target, selection, lease, signal);
  if (source.skipped.length > 0) log.info({ skipped: source.skipped.length }, 'legacy secondary-index files left out (import rebuilds them)');
  const previous = source.baseManifest ?? (await readPrevious(target, spec, log));
  const known = knownChecksums(previous ? [previous] : []);
  const bytesTotal = source.files.reduce((n, f) => n + f.size, 0);
  progress.report({ bytesTotal, filesTotal: source.files.length, bytesDone: 0, filesDone: 0, bytesSkipped: 0 });
  log.info({ files: source.files.length, bytes: bytesTotal, from: source.description, previous: previous?.backupName }, 'backup files listed');

  const guarded = new GuardedStorage(target.storage, { signal, ...(target.storage instanceof LocalDirectoryStorage ? { localRoot: target.storage.root } : {}) });
  const linkSources = localLinkSources(target, previous?.files ?? []);
  const totals: Totals = { checksumsReused: 0, bytesDone: 0, bytesSkipped: 0, filesDone: 0, filesUploaded: 0, bytesUploaded: 0, filesLinked: 0 };
  const finished: cassandra_mesos.v1.IKeyspaceProgress[] = [];
  const stored: StoredFile[] = [];
  for (const [index, keyspace] of selection.keyspaces.entries()) {
    const startedAt = deps.clock.now();
    const files = source.files.filter((f) => f.keyspace === keyspace);
    progress.report({ currentKeyspace: keyspace, remainingKeyspaces: selection.keyspaces.slice(index + 1) });
    try {
      const result = await uploadKeyspace(spec, files, known, guarded, linkSources, target, totals, progress, signal);
      stored.push(...result.stored);
      finished.push({ keyspace, status: 'SUCCESS', durationMs: deps.clock.now() - startedAt, bytes: result.bytes, message: result.message });
      progress.report({ keyspaces: finished.map((k) => ({ ...k })) });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const rest = selection.keyspaces.slice(index + 1).map((k) => ({ keyspace: k, status: 'SKIPPED', durationMs: 0, message: `not run: the backup failed at keyspace ${keyspace}` }));
      progress.report({ keyspaces: [...finished, { keyspace, status: 'FAILURE', durationMs: deps.clock.now() - startedAt, message }, ...rest], remainingKeyspaces: [], currentKeyspace: '' });
      throw new Error(`keyspace ${keyspace}: ${message}`);
    }
  }
  const baseFiles = await verifyBaseFiles(source, guarded, spec, signal);
  const manifest = buildNodeManifest({
    cluster: spec.clusterName,
    backupName: spec.options.backupName,
    nodeId: spec.nodeId,
    facts,
    schemaCql,
    snapshotAtMs: source.snapshotAtMs,
    completedAtMs: deps.clock.now(),
    files: stored,
    ...(source.baseManifest ? { base: { name: source.baseManifest.backupName, files: baseFiles } } : {}),
  });
  signal.throwIfAborted();
  const written = await writeNodeManifestTo(target, manifest);
  log.info({ manifestKey: written.key, files: manifest.files.length }, 'node manifest written');
  if (source.pruneAfter) await pruneAfterSnapshot(deps, source.files, log);
  return {
    keyspaces: finished,
    bytesDone: totals.bytesDone,
    bytesTotal,
    bytesSkipped: totals.bytesSkipped,
    filesDone: totals.filesDone,
    filesTotal: source.files.length,
    manifestKey: written.key,
    manifestSha256: written.sha256,
    summary: summary(totals, selection.keyspaces.length, source, written.key, previous?.backupName),
  };
}

async function uploadKeyspace(
  spec: DataJobSpec,
  files: readonly BackupFile[],
  known: ReturnType<typeof knownChecksums>,
  guarded: GuardedStorage,
  linkSources: ReadonlyMap<string, LinkSource>,
  target: DataJobStorage,
  totals: Totals,
  progress: DataJobProgress,
  signal: AbortSignal,
): Promise<{ stored: StoredFile[]; bytes: number; message: string }> {
  const { options } = spec;
  const hashed = await checksumFiles(files, known, { concurrency: options.concurrency, signal });
  totals.checksumsReused += hashed.filter((f) => f.reused).length;
  const stored: StoredFile[] = hashed.map((f) => ({ ...f, key: target.dataKey({ ...f, backupName: options.backupName, nodeId: spec.nodeId }) }));
  for (const f of stored) guarded.register(f.key, `table ${f.table} file ${f.fileName}`, linkSources.get(linkId(f)));
  const uploads: FileToUpload[] = stored.map((f) => ({ localPath: f.path, key: f.key, size: f.size, sha256: f.sha256 }));
  const linkedBefore = guarded.linked;
  const before = totals.bytesDone;
  const report = await uploadFiles(guarded, uploads, {
    concurrency: options.concurrency,
    progressIntervalMs: 500,
    onProgress: (p) => progress.report({ bytesDone: before + p.bytesDone, rateBytesPerSecond: p.bytesPerSecond }),
  });
  const linked = { files: guarded.linked.files - linkedBefore.files, bytes: guarded.linked.bytes - linkedBefore.bytes };
  // Verify: every object is there with the size and SHA-256 the manifest will record.
  await forEachLimited(stored, options.concurrency, async (f) => {
    const info = await guarded.head(f.key);
    if (info === undefined) throw new Error(`table ${f.table} file ${f.fileName}: ${f.key} is missing right after its upload`);
    if (info.size !== f.size || info.sha256 !== f.sha256) {
      throw new Error(`table ${f.table} file ${f.fileName}: ${f.key} holds ${info.size} bytes with sha256 ${info.sha256 ?? '(none)'}, expected ${f.size} bytes with sha256 ${f.sha256}`);
    }
  }, signal);
  const bytes = files.reduce((n, f) => n + f.size, 0);
  const uploaded = { files: report.filesUploaded - linked.files, bytes: report.bytesUploaded - linked.bytes };
  totals.bytesDone = before + bytes;
  totals.bytesSkipped += report.bytesSkipped + linked.bytes;
  totals.filesDone += files.length;
  totals.filesUploaded += uploaded.files;
  totals.bytesUploaded += uploaded.bytes;
  totals.filesLinked += linked.files;
  progress.report({ bytesDone: totals.bytesDone, bytesSkipped: totals.bytesSkipped, filesDone: totals.filesDone });
  const linkedText = linked.files > 0 ? `, ${linked.files} hard-linked from the previous backup (${formatBytes(linked.bytes)})` : '';
  return { stored, bytes, message: `${files.length} files: ${uploaded.files} uploaded (${formatBytes(uploaded.bytes)}), ${report.filesSkipped} already stored (${formatBytes(report.bytesSkipped)})${linkedText}` };
}

/**
 * Local directory: the files of the node's previous backup, by keyspace/table/name. GuardedStorage
 * hard-links one only when its size and SHA-256 match too; S3 needs none of this (its keys are
 * content-addressed, so uploadFiles skips what is stored).
 */
function localLinkSources(target: DataJobStorage, previousFiles: readonly ManifestFile[]): Map<string, LinkSource> {
  const sources = new Map<string, LinkSource>();
  if (target.kind !== 'local') return sources;
  for (const f of previousFiles) sources.set(linkId(f), { key: f.key, size: f.size, sha256: f.sha256 });
  return sources;
}

function linkId(f: { readonly keyspace: string; readonly table: string; readonly fileName: string }): string {
  return `${f.keyspace}/${f.table}/${f.fileName}`;
}

/** INCREMENTAL: the base files must still be in storage, or the incremental backup could not be restored. */
async function verifyBaseFiles(source: BackupSource, guarded: GuardedStorage, spec: DataJobSpec, signal: AbortSignal): Promise<ManifestFile[]> {
  for (const f of source.baseFiles) guarded.register(f.key, `base backup file ${f.keyspace}.${f.table} ${f.fileName}`);
  await forEachLimited(source.baseFiles, spec.options.concurrency, async (f) => {
    const info = await guarded.head(f.key);
    if (info?.size !== f.size || info.sha256 !== f.sha256) {
      throw new Error(`base backup ${spec.options.baseBackup}: ${f.keyspace}.${f.table} file ${f.fileName} (${f.key}) is ${info === undefined ? 'missing' : 'not what its manifest records'}; take a new snapshot backup`);
    }
  }, signal);
  return [...source.baseFiles];
}

async function readPrevious(target: DataJobStorage, spec: DataJobSpec, log: DataJobDeps['log']) {
  try {
    return await previousNodeManifest(target, spec.nodeId, spec.options.backupName);
  } catch (err) {
    // Only an optimisation: without it every file is read and hashed.
    log.warn({ error: (err as Error).message }, 'cannot read the previous backup of this node; every file will be checksummed');
    return undefined;
  }
}

async function pruneAfterSnapshot(deps: DataJobDeps, files: readonly BackupFile[], log: DataJobDeps['log']): Promise<void> {
  try {
    const pruned = await pruneIncrementalLinks(deps.dataDirectories, files);
    if (pruned > 0) log.info({ pruned }, 'removed the backups/ links this snapshot holds: incremental backups start from it');
  } catch (err) {
    log.warn({ error: (err as Error).message }, 'cannot prune backups/ links; the next incremental backup will list files this snapshot already holds');
  }
}

function summary(totals: Totals, keyspaces: number, source: BackupSource, manifestKey: string, previous: string | undefined): string {
  const linked = totals.filesLinked > 0 ? `, ${totals.filesLinked} hard-linked` : '';
  const skipped = totals.filesDone - totals.filesUploaded - totals.filesLinked;
  const reused = totals.checksumsReused > 0 && previous !== undefined ? `; checksums of ${totals.checksumsReused} files reused from backup ${previous}` : '';
  return (
    `${keyspaces} keyspace(s) from ${source.description}: ${totals.filesUploaded} files uploaded (${formatBytes(totals.bytesUploaded)}), ` +
    `${skipped} already stored${linked} (${formatBytes(totals.bytesSkipped)} not sent)${reused}; manifest ${manifestKey}`
  );
}
