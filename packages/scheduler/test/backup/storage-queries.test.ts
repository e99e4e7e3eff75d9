// Listing, verifying and purging through the service, and committing backups: S3 (served from a
// directory here; the integration test uses s3proxy) and local backups known by the catalogue.
import { clusterManifestKey, listBackups, readClusterManifest } from '@cassandra-mesos/backup-storage';
import { cassandra_mesos } from '@cassandra-mesos/model';
import { BackupCommitter, BackupServiceError } from '../../src/backup';
import { NOW } from '../api/support/fixtures';
import { buildBackup, threeNodes } from './support/backup-builder';
import { entry } from './support/catalogue-entries';
import { serviceHarness, type ServiceHarness } from './support/service-harness';

const { BackupType, ClusterJobType, JobStatus, NodeJobState } = cassandra_mesos.v1;
const ROOT = { prefix: 'cassandra', cluster: 'api-test' };
const DAY = 86_400_000;

let h: ServiceHarness;
afterEach(async () => h.close());

async function refusal(promise: Promise<unknown>): Promise<BackupServiceError> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  if (!(err instanceof BackupServiceError)) throw new Error(`expected a BackupServiceError, got ${String(err)}`);
  return err;
}

describe('listBackups / getBackup', () => {
  it('merges the bucket listing with the catalogue, newest first, with sizes, types and nodes', async () => {
    h = await serviceHarness();
    const bucket = h.opener.storageOf('bucket');
    const s3Only = await buildBackup(bucket, ROOT, 'only-in-s3', threeNodes(), { at: new Date(NOW - 3 * DAY) });
    await buildBackup(bucket, ROOT, 'in-both', threeNodes('x'), { at: new Date(NOW - 2 * DAY) });
    await h.catalogue.record(entry('in-both', { committedAtMs: NOW - 2 * DAY, type: 'INCREMENTAL', baseBackup: 'only-in-s3', location: { storage: 's3', bucket: 'bucket', prefix: 'cassandra', endpoint: 'http://127.0.0.1:9000', region: 'us-east-1', forcePathStyle: true } }));
    await h.catalogue.record(entry('local-1', { committedAtMs: NOW - DAY, location: { storage: 'local', directory: 'backup' } }));
    await buildBackup(bucket, ROOT, 'uncommitted', threeNodes(), { commit: false });

    const list = await h.service.listBackups();
    expect(list.warnings).toEqual([]);
    expect(list.backups.map((b) => [b.name, b.source, b.type, b.storage])).toEqual([
      ['local-1', 'catalogue', 'NODE_SNAPSHOT', 'local'],
      ['in-both', 'both', 'INCREMENTAL', 's3'],
      ['only-in-s3', 'storage', 'UNKNOWN', 's3'],
    ]);
    const s3only = list.backups[2];
    expect(s3only?.totalBytes).toBe(s3Only.flatMap((n) => n.manifest.files).reduce((sum, f) => sum + f.size, 0));
    expect(s3only?.totalFiles).toBe(6);
    expect(s3only?.nodes.map((n) => n.nodeId)).toEqual(['node-0', 'node-1', 'node-2']);
    expect(s3only?.createdAt).toBe(new Date(NOW - 3 * DAY).toISOString());
    expect((await h.service.listBackups({ limit: 1 })).backups.map((b) => b.name)).toEqual(['local-1']);

    const one = await h.service.getBackup('only-in-s3');
    expect(one.nodes[0]).toMatchObject({ nodeId: 'node-0', cassandraVersion: '5.0.4', dataCenter: 'dc1', rack: 'rack1' });
    const err = await refusal(h.service.getBackup('uncommitted'));
    expect([err.code, err.reason]).toEqual(['NOT_FOUND', 'BACKUP_NOT_FOUND']);
    expect(err.message).toContain("no backup 'uncommitted' of cluster api-test at s3://bucket/cassandra");
  });
});

describe('verifyBackup', () => {
  it('verifies an S3 backup and refuses a local one, saying why', async () => {
    h = await serviceHarness();
    await buildBackup(h.opener.storageOf('bucket'), ROOT, 'b1', threeNodes());
    const report = await h.service.verifyBackup('b1');
    expect(report).toMatchObject({ backup: 'b1', cluster: 'api-test', ok: true, checkedObjects: 10, problems: [] });
    await h.catalogue.record(entry('loc', { location: { storage: 'local', directory: 'backup' } }));
    const local = await refusal(h.service.verifyBackup('loc'));
    expect([local.code, local.reason]).toEqual(['FAILED_PRECONDITION', 'LOCAL_BACKUP']);
    const missing = await refusal(h.service.verifyBackup('nope'));
    expect(missing.code).toBe('NOT_FOUND');
  });
});

describe('purgeBackups', () => {
  async function threeBackups(): Promise<void> {
    const bucket = h.opener.storageOf('bucket');
    for (const [i, name] of ['old', 'mid', 'new'].entries()) {
      await buildBackup(bucket, ROOT, name, threeNodes(name), { at: new Date(NOW - (30 - i * 10) * DAY) });
      await h.catalogue.record(entry(name, { committedAtMs: NOW - (30 - i * 10) * DAY, location: { storage: 's3', bucket: 'bucket', prefix: 'cassandra', endpoint: 'http://127.0.0.1:9000', region: 'us-east-1', forcePathStyle: true } }));
    }
  }

  it('lists in a dry run, then purges and forgets the purged backups', async () => {
    h = await serviceHarness();
    await threeBackups();
    const dry = await h.service.purgeBackups({ keepLast: 1, dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, purged: ['old', 'mid'], kept: ['new'], sharedObjectsKept: 6 });
    expect(dry.deletedObjects[0]).toBe(clusterManifestKey(ROOT, 'old'));
    expect((await listBackups(h.opener.storageOf('bucket'), ROOT)).map((b) => b.name)).toEqual(['mid', 'new', 'old']);
    const done = await h.service.purgeBackups({ olderThanDays: 15 });
    expect(done).toMatchObject({ dryRun: false, purged: ['old', 'mid'], kept: ['new'], problems: [] });
    expect((await listBackups(h.opener.storageOf('bucket'), ROOT)).map((b) => b.name)).toEqual(['new']);
    expect((await h.catalogue.list('api-test')).map((e) => e.name)).toEqual(['new']);
    expect((await h.service.verifyBackup('new')).ok).toBe(true);
  });

  it('refuses without a rule, beside a running backup, and on a standby', async () => {
    h = await serviceHarness();
    expect((await refusal(h.service.purgeBackups({}))).code).toBe('INVALID_ARGUMENT');
    h.gateway.source = 'store';
    expect((await refusal(h.service.purgeBackups({ keepLast: 1 }))).reason).toBe('NOT_LEADER');
    h.gateway.source = 'leader';
    await h.service.startBackup({ name: 'running' }, 'api');
    const running = await refusal(h.service.purgeBackups({ keepLast: 1 }));
    expect([running.code, running.reason]).toEqual(['FAILED_PRECONDITION', 'JOB_RUNNING']);
  });

  it('forgets purged local backups and names the directories to remove on the agents', async () => {
    h = await serviceHarness();
    for (const [i, name] of ['l-old', 'l-new'].entries()) await h.catalogue.record(entry(name, { committedAtMs: NOW - (2 - i) * DAY, location: { storage: 'local', directory: '/srv/b' } }));
    const report = await h.service.purgeBackups({ keepLast: 1, location: 'file:///srv/b' });
    expect(report).toMatchObject({ purged: ['l-old'], kept: ['l-new'], deletedObjects: [] });
    expect(report.problems).toEqual(['remove /srv/b/api-test/node-0/l-old on host-0.example (the scheduler cannot delete files on agents)']);
    expect((await h.catalogue.list('api-test')).map((e) => e.name)).toEqual(['l-new']);
  });
});

describe('BackupCommitter', () => {
  const header = (storage: 's3' | 'local') =>
    cassandra_mesos.v1.ClusterJob.create({
      jobId: 'job-7', type: ClusterJobType.BACKUP, status: JobStatus.JOB_RUNNING, startedAtMs: NOW - 1000,
      params: { backup: { backupName: 'b7', storage, bucket: 'bucket', prefix: storage === 's3' ? 'cassandra' : 'backup', endpoint: 'http://127.0.0.1:9000', region: 'us-east-1', forcePathStyle: true, backupType: BackupType.INCREMENTAL, baseBackup: 'b6' } },
    });
  const hosts = new Map([['node-0', 'host-0.example']]);

  it('commits an S3 backup: cluster manifest from the checked node manifests, then the catalogue entry; again is the same', async () => {
    h = await serviceHarness();
    const built = await buildBackup(h.opener.storageOf('bucket'), ROOT, 'b7', threeNodes(), { commit: false });
    const records = built.map((b, sequence) => cassandra_mesos.v1.NodeJobRecord.create({ jobId: 'job-7', nodeId: b.nodeId, sequence, state: NodeJobState.NODE_JOB_SUCCEEDED, manifestKey: b.manifestKey, manifestSha256: b.manifestSha256, bytesSkipped: 5 }));
    const committer = new BackupCommitter({ catalogue: h.catalogue, opener: h.opener, now: () => NOW });
    const outcome = await committer.commit(header('s3'), records, 'api-test', { kind: 'keys', keys: undefined }, hosts);
    expect(outcome.ok).toBe(true);
    const manifest = await readClusterManifest(h.opener.storageOf('bucket'), ROOT, 'b7');
    expect(manifest.nodes.map((n) => [n.nodeId, n.manifestSha256])).toEqual(built.map((b) => [b.nodeId, b.manifestSha256]));
    expect(outcome.entry).toMatchObject({ name: 'b7', type: 'INCREMENTAL', baseBackup: 'b6', jobId: 'job-7', bytesSkipped: 15, keyspaces: ['shop'], clusterManifestKey: clusterManifestKey(ROOT, 'b7') });
    expect(outcome.entry?.nodes[0]).toMatchObject({ nodeId: 'node-0', hostname: 'host-0.example', manifestSha256: built[0]?.manifestSha256 });
    expect((await committer.commit(header('s3'), records, 'api-test', { kind: 'keys', keys: undefined }, hosts)).ok).toBe(true);
  });

  it('refuses to commit when a node did not succeed, a node manifest was rewritten, or the keys are lost', async () => {
    h = await serviceHarness();
    const built = await buildBackup(h.opener.storageOf('bucket'), ROOT, 'b7', threeNodes(), { commit: false });
    const committer = new BackupCommitter({ catalogue: h.catalogue, opener: h.opener, now: () => NOW });
    const records = built.map((b, sequence) => cassandra_mesos.v1.NodeJobRecord.create({ jobId: 'job-7', nodeId: b.nodeId, sequence, state: NodeJobState.NODE_JOB_SUCCEEDED, manifestKey: b.manifestKey, manifestSha256: b.manifestSha256 }));
    const failed = records.map((r, i) => (i === 1 ? cassandra_mesos.v1.NodeJobRecord.create({ ...r, state: NodeJobState.NODE_JOB_FAILED, failureMessage: 'SlowDown' }) : r));
    expect((await committer.commit(header('s3'), failed, 'api-test', { kind: 'keys', keys: undefined }, hosts)).message).toContain('node-1 (FAILED: SlowDown) did not');
    const rewritten = records.map((r, i) => (i === 0 ? cassandra_mesos.v1.NodeJobRecord.create({ ...r, manifestSha256: 'f'.repeat(64) }) : r));
    expect((await committer.commit(header('s3'), rewritten, 'api-test', { kind: 'keys', keys: undefined }, hosts)).message).toContain('it was rewritten after the upload');
    expect(await committer.commit(header('s3'), records, 'api-test', { kind: 'lost', message: 'keys gone' }, hosts)).toEqual({ ok: false, message: 'keys gone' });
    await expect(readClusterManifest(h.opener.storageOf('bucket'), ROOT, 'b7')).rejects.toThrow('does not exist');
    expect(await h.catalogue.list('api-test')).toEqual([]);
  });

  it('commits a local backup into the catalogue only, from the node records', async () => {
    h = await serviceHarness();
    const committer = new BackupCommitter({ catalogue: h.catalogue, opener: h.opener, now: () => NOW });
    const records = [0, 1].map((i) =>
      cassandra_mesos.v1.NodeJobRecord.create({ jobId: 'job-7', nodeId: `node-${i}`, sequence: i, state: NodeJobState.NODE_JOB_SUCCEEDED, bytesTotal: 100, filesTotal: 4, keyspaces: [{ keyspace: 'shop', status: 'SUCCESS' }], manifestKey: `api-test/node-${i}/b7/node-manifest.json`, manifestSha256: 'c'.repeat(64) }),
    );
    const outcome = await committer.commit(header('local'), records, 'api-test', { kind: 'lost', message: 'not needed for local' }, hosts);
    expect(outcome.ok).toBe(true);
    expect((await h.catalogue.get('api-test', 'b7'))?.value).toMatchObject({ location: { storage: 'local', directory: 'backup' }, totalBytes: 200, totalFiles: 8, keyspaces: ['shop'], clusterManifestKey: '' });
    expect(h.opener.opened).toEqual([]);
  });
});
