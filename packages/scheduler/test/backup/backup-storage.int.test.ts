// The scheduler's backup pieces against REAL ZooKeeper (the catalogue) and a REAL S3 server (s3proxy):
// commit of a backup the way the executors leave it, listing, verification that names a corrupted and
// a missing object, and a purge that keeps the data a kept backup shares.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clusterManifestKey, dataPrefix, listAll, listBackups, readBackup, S3Storage, sha256Hex } from '@cassandra-mesos/backup-storage';
import { cassandra_mesos } from '@cassandra-mesos/model';
import { assertNothingLeftRunning, startS3, startZooKeeper, type S3Server, type ZooKeeperServer } from '@cassandra-mesos/testkit';
import { ClusterService } from '../../src/api';
import { BackupCatalogue, BackupCommitter, S3StorageOpener, ScheduledBackupService } from '../../src/backup';
import { openZooKeeperStateStore, ZooKeeperConnection, type StateStore } from '../../src/state';
import { clusterState, NOW } from '../api/support/fixtures';
import { buildBackup, threeNodes, type BuiltNode } from './support/backup-builder';
import { backupSettings, FakeGateway, THREE_LIVE } from './support/service-harness';

const { BackupType, ClusterJobType, JobStatus, NodeJobState } = cassandra_mesos.v1;
const CLUSTER = 'api-test';
const ROOT = { prefix: 'int', cluster: CLUSTER };

let zk: ZooKeeperServer | undefined;
let s3: S3Server | undefined;
let connection: ZooKeeperConnection | undefined;
let store: StateStore | undefined;
let bucket: S3Storage | undefined;
let catalogue: BackupCatalogue;
let service: ScheduledBackupService;
let opener: S3StorageOpener;
const scratch = mkdtempSync(join(tmpdir(), 'backup-int-'));

beforeAll(async () => {
  zk = await startZooKeeper();
  s3 = await startS3({ bucket: 'backups' });
  connection = await ZooKeeperConnection.connect(zk.connectString, { sessionTimeoutMs: 10_000 });
  store = await openZooKeeperStateStore({ connection, frameworkName: CLUSTER });
  const keys = { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey };
  bucket = new S3Storage({ bucket: s3.bucket, endpoint: s3.endpoint, region: s3.region, forcePathStyle: true, credentials: keys });
  catalogue = new BackupCatalogue(store);
  opener = new S3StorageOpener({ envKeys: keys });
  const gateway = new FakeGateway(clusterState({ nodes: THREE_LIVE }));
  const settings = backupSettings({ CASSANDRA_MESOS_BACKUP_LOCATION: `s3://${s3.bucket}/int`, CASSANDRA_MESOS_S3_ENDPOINT: s3.endpoint, CASSANDRA_MESOS_S3_REGION: s3.region });
  let built: ScheduledBackupService | undefined;
  new ClusterService({ gateway, now: () => NOW, backups: (cluster) => (built = new ScheduledBackupService({ cluster, gateway, catalogue, opener, settings, now: () => NOW, verify: { scratchDir: scratch } })) });
  if (!built) throw new Error('no service');
  service = built;
}, 120_000);

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  bucket?.destroy();
  try {
    await connection?.close();
  } finally {
    try {
      await s3?.stop();
    } finally {
      try {
        await zk?.stop();
      } finally {
        await assertNothingLeftRunning();
      }
    }
  }
});

function job(name: string, jobId: string): cassandra_mesos.v1.ClusterJob {
  if (!s3) throw new Error('no s3');
  return cassandra_mesos.v1.ClusterJob.create({
    jobId, type: ClusterJobType.BACKUP, status: JobStatus.JOB_RUNNING, startedAtMs: NOW - 60_000,
    params: { backup: { backupName: name, storage: 's3', bucket: s3.bucket, prefix: 'int', endpoint: s3.endpoint, region: s3.region, forcePathStyle: true, backupType: BackupType.NODE_SNAPSHOT } },
  });
}

function records(jobId: string, built: readonly BuiltNode[]): cassandra_mesos.v1.NodeJobRecord[] {
  return built.map((b, sequence) => cassandra_mesos.v1.NodeJobRecord.create({ jobId, nodeId: b.nodeId, sequence, state: NodeJobState.NODE_JOB_SUCCEEDED, manifestKey: b.manifestKey, manifestSha256: b.manifestSha256 }));
}

async function commit(name: string, extra?: string, at = new Date(NOW)): Promise<BuiltNode[]> {
  if (!bucket) throw new Error('no bucket');
  const built = await buildBackup(bucket, ROOT, name, threeNodes(extra), { commit: false, at });
  const committer = new BackupCommitter({ catalogue, opener, now: () => at.getTime() });
  const outcome = await committer.commit(job(name, `job-${name}`), records(`job-${name}`, built), CLUSTER, { kind: 'keys', keys: undefined }, new Map([['node-0', 'host-0.example']]));
  if (!outcome.ok) throw new Error(outcome.message);
  return built;
}

describe('backups on real ZooKeeper and S3', () => {
  it('commits a backup: the cluster manifest in S3 (checked node manifests) and the catalogue entry in ZooKeeper', async () => {
    const built = await commit('b1', undefined, new Date(NOW - 3 * 86_400_000));
    expect((await listBackups(bucket!, ROOT)).map((b) => b.name)).toEqual(['b1']);
    const stored = (await catalogue.get(CLUSTER, 'b1'))?.value;
    expect(stored).toMatchObject({ name: 'b1', cluster: CLUSTER, jobId: 'job-b1', clusterManifestKey: clusterManifestKey(ROOT, 'b1'), totalFiles: 6 });
    // The committer's digest of each node manifest is the one the storage computed when writing it.
    expect(stored?.nodes.map((n) => n.manifestSha256)).toEqual(built.map((b) => b.manifestSha256));
    expect(JSON.stringify(stored)).not.toContain(s3!.secretAccessKey);
    // A repeated commit (a new leader) changes nothing; another job under the name is refused.
    expect((await new BackupCommitter({ catalogue, opener, now: () => NOW }).commit(job('b1', 'job-b1'), records('job-b1', built), CLUSTER, { kind: 'keys', keys: undefined }, new Map())).ok).toBe(true);
    const other = await new BackupCommitter({ catalogue, opener, now: () => NOW }).commit(job('b1', 'job-other'), records('job-other', built), CLUSTER, { kind: 'keys', keys: undefined }, new Map());
    expect(other.ok).toBe(false);
    expect(other.message).toContain("already has backup 'b1'");
  });

  it('lists committed backups with their sizes, newest first, and not one without its cluster manifest', async () => {
    await commit('b2', 'two', new Date(NOW - 2 * 86_400_000));
    await commit('b3', 'three', new Date(NOW - 86_400_000));
    await buildBackup(bucket!, ROOT, 'half', threeNodes('half'), { commit: false });
    const list = await service.listBackups();
    expect(list.warnings).toEqual([]);
    expect(list.backups.map((b) => [b.name, b.source, b.totalFiles])).toEqual([
      ['b3', 'both', 9],
      ['b2', 'both', 9],
      ['b1', 'both', 6],
    ]);
  });

  it('verifies a whole backup by streaming every object', async () => {
    const report = await service.verifyBackup('b3');
    expect(report).toMatchObject({ ok: true, checkedObjects: 1 + 3 + 9, problems: [] });
    expect(report.checkedBytes).toBeGreaterThan(0);
  });

  it('purges by count, keeping every object the kept backup shares', async () => {
    const dry = await service.purgeBackups({ keepLast: 1, dryRun: true });
    expect(dry).toMatchObject({ purged: ['b1', 'b2'], kept: ['b3'], sharedObjectsKept: 6 });
    const report = await service.purgeBackups({ keepLast: 1 });
    expect(report.deletedObjects.slice(0, 2)).toEqual([clusterManifestKey(ROOT, 'b1'), clusterManifestKey(ROOT, 'b2')]);
    expect((await listBackups(bucket!, ROOT)).map((b) => b.name)).toEqual(['b3']);
    expect((await catalogue.list(CLUSTER)).map((e) => e.name)).toEqual(['b3']);
    const data: string[] = [];
    for await (const o of listAll(bucket!, dataPrefix(ROOT))) data.push(o.key);
    // b3's 9 files stay (6 shared with b1/b2); b2's "two" files and the uncommitted "half" files are gone.
    expect(data).toHaveLength(9);
    expect(data.some((k) => k.includes('nb-two-'))).toBe(false);
    expect((await service.verifyBackup('b3')).ok).toBe(true);
  });

  it('names a corrupted and a missing object when verifying', async () => {
    const manifest = (await catalogue.get(CLUSTER, 'b3'))?.value;
    if (!manifest) throw new Error('b3 is not catalogued');
    const files = (await buildManifestFiles('b3')).slice(0, 2);
    const [corrupt, missing] = files;
    if (!corrupt || !missing) throw new Error('fixture');
    const local = join(scratch, 'evil');
    const bytes = 'Z'.repeat(corrupt.size);
    writeFileSync(local, bytes);
    await bucket!.putFile(corrupt.key, local, { size: corrupt.size, sha256: sha256Hex(bytes) });
    await bucket!.deleteMany([missing.key]);
    const report = await service.verifyBackup('b3');
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.kind, p.key]).sort()).toEqual([['MISSING', missing.key], ['WRONG_CHECKSUM', corrupt.key]].sort());
  });
});

async function buildManifestFiles(name: string) {
  const backup = await readBackup(bucket!, ROOT, name);
  return backup.nodes.flatMap((n) => n.files);
}
