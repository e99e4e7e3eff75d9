import { inspect } from 'node:util';
import { cassandra_mesos } from '@cassandra-mesos/model';
import { DEFAULT_DATA_JOB_TIMEOUT_MS, isDataJobType, parseDataJobTask, type StorageCredentials } from '../../src';
import { jobTaskDetails } from './support';

const { BackupType, ClusterJobType, JobStage, RestoreType } = cassandra_mesos.v1;

const S3 = { backupName: 'nightly-1', storage: 's3', bucket: 'backups', prefix: 'prod', endpoint: 'http://127.0.0.1:9000' };

function backup(job: cassandra_mesos.v1.NodeJobTask.$Properties = {}, options: cassandra_mesos.v1.IBackupOptions = {}): Uint8Array {
  return jobTaskDetails({ type: ClusterJobType.BACKUP, stage: JobStage.BACKUP_UPLOAD, clusterName: 'prod-cluster', params: { backup: { ...S3, ...options } }, ...job });
}

function restore(job: cassandra_mesos.v1.NodeJobTask.$Properties = {}, options: cassandra_mesos.v1.IBackupOptions = {}): Uint8Array {
  return jobTaskDetails({ type: ClusterJobType.RESTORE, stage: JobStage.RESTORE_DOWNLOAD, clusterName: 'prod-cluster', params: { backup: { ...S3, ...options } }, ...job });
}

function problem(data: Uint8Array): string {
  const parsed = parseDataJobTask('t1', data);
  if (parsed.ok) throw new Error('expected the task to be refused');
  return parsed.message;
}

describe('parseDataJobTask', () => {
  it('routes only BACKUP and RESTORE to the data-job runner', () => {
    expect([ClusterJobType.BACKUP, ClusterJobType.RESTORE].map(isDataJobType)).toEqual([true, true]);
    expect([ClusterJobType.REPAIR, ClusterJobType.FLUSH, undefined, null].map(isDataJobType)).toEqual([false, false, false, false]);
  });

  it('resolves the proto3 defaults of an S3 backup', () => {
    const parsed = parseDataJobTask('t1', backup({ params: { keyspaces: ['a', 'a', 'b'], backup: S3 } }), 'node-1');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.spec).toMatchObject({
      taskId: 't1',
      nodeId: 'node-1',
      jobId: 'job-7',
      type: 'BACKUP',
      stage: JobStage.BACKUP_UPLOAD,
      keyspaces: ['a', 'b'],
      clusterName: 'prod-cluster',
      sourceNodeId: 'node-1',
      truncate: false,
      jobTimeoutMs: DEFAULT_DATA_JOB_TIMEOUT_MS,
    });
    expect(parsed.spec.options).toMatchObject({ region: 'us-east-1', forcePathStyle: true, concurrency: 4, partSizeBytes: 16 * 1024 * 1024, rateLimitBytesPerSecond: 0, backupType: BackupType.NODE_SNAPSHOT, restoreType: RestoreType.CLUSTER_RESTORE });
    expect(parsed.spec.credentials).toBeUndefined();
  });

  it('takes a local backup without bucket, and a restore with its source node, truncate only on import', () => {
    const local = parseDataJobTask('t1', backup({}, { storage: 'local', bucket: '', prefix: '/var/backups', endpoint: '' }));
    expect(local.ok && local.spec.options).toMatchObject({ storage: 'local', prefix: '/var/backups', forcePathStyle: false });
    const download = parseDataJobTask('t1', restore({ sourceNodeId: 'node-9', truncate: true, timeoutSeconds: 60 }));
    expect(download.ok && download.spec).toMatchObject({ type: 'RESTORE', sourceNodeId: 'node-9', truncate: false, jobTimeoutMs: 60_000 });
    const importing = parseDataJobTask('t1', restore({ stage: JobStage.RESTORE_IMPORT, truncate: true }));
    expect(importing.ok && importing.spec).toMatchObject({ stage: JobStage.RESTORE_IMPORT, truncate: true, sourceNodeId: 'node-1' });
  });

  it('keeps the S3 keys usable but never printable', () => {
    const parsed = parseDataJobTask('t1', backup({ credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'very-secret', sessionToken: 'tok' } }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const credentials = parsed.spec.credentials! as StorageCredentials & { toString(): string };
    expect([credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken]).toEqual(['AKIAEXAMPLE', 'very-secret', 'tok']);
    for (const printed of [JSON.stringify(parsed.spec), inspect(parsed.spec, { depth: 5 }), credentials.toString(), `${JSON.stringify({ credentials })}`]) {
      expect(printed).not.toMatch(/AKIAEXAMPLE|very-secret|tok\b/);
    }
    expect(JSON.stringify(parsed.spec)).toContain('"credentials":"[redacted]"');
  });

  it.each([
    ['an invalid backup name', backup({}, { backupName: '../etc' }), /BackupOptions.backup_name: backup name "..\/etc" contains "\/"/],
    ['an empty backup name', backup({}, { backupName: '' }), /backup_name: backup name is empty/],
    ['no BackupOptions', jobTaskDetails({ type: ClusterJobType.BACKUP, stage: JobStage.BACKUP_UPLOAD, clusterName: 'c' }), /JobParams.backup is missing: a BACKUP task needs its BackupOptions/],
    ['an unknown storage', backup({}, { storage: 'ftp' }), /BackupOptions.storage is "ftp"; it must be "s3" or "local"/],
    ['S3 without a bucket', backup({}, { bucket: '' }), /BackupOptions.bucket is empty: an S3 backup needs the bucket/],
    ['a bucket with a slash', backup({}, { bucket: 'a/b' }), /bucket "a\/b" is not a bucket name/],
    ['a prefix that escapes', backup({}, { prefix: 'a/../b' }), /BackupOptions.prefix "a\/..\/b" cannot prefix storage keys/],
    ['an endpoint that is no URL', backup({}, { endpoint: 'localhost:9000' }), /BackupOptions.endpoint "localhost:9000" is not an http\(s\) URL/],
    ['too small a part size', backup({}, { partSizeBytes: 1024 }), /part_size_bytes is 1024; S3 parts are 5 MiB to 5 GiB/],
    ['too many files at once', backup({}, { concurrency: 500 }), /concurrency is 500; at most 64/],
    ['an unknown backup type', backup({}, { backupType: 9 as cassandra_mesos.v1.BackupType }), /backup_type 9 is unknown/],
    ['an incremental without a base', backup({}, { backupType: BackupType.INCREMENTAL }), /base_backup: an INCREMENTAL backup adds to a snapshot backup; backup name is empty/],
    ['an incremental on itself', backup({}, { backupType: BackupType.INCREMENTAL, baseBackup: 'nightly-1' }), /base_backup is the backup itself/],
    ['an incremental with a snapshot tag', backup({}, { backupType: BackupType.INCREMENTAL, baseBackup: 'b0', snapshotTag: 't' }), /snapshot_tag is set on an INCREMENTAL backup/],
    ['a consistent backup without its tag', backup({}, { backupType: BackupType.CLUSTER_CONSISTENT }), /snapshot_tag is empty: the upload of a CLUSTER_CONSISTENT backup uses the snapshot/],
    ['a bad snapshot tag', backup({}, { backupType: BackupType.CLUSTER_CONSISTENT, snapshotTag: 'a/b' }), /snapshot_tag: invalid snapshot tag "a\/b"/],
    ['a scheduler-side stage', backup({ stage: JobStage.BACKUP_COMMIT }), /stage BACKUP_COMMIT is not a node stage of a BACKUP: expected BACKUP_UPLOAD/],
    ['a backup stage on a restore', restore({ stage: JobStage.BACKUP_UPLOAD }), /stage BACKUP_UPLOAD is not a node stage of a RESTORE: expected RESTORE_DOWNLOAD or RESTORE_IMPORT/],
    ['a node restore import', restore({ stage: JobStage.RESTORE_IMPORT }, { restoreType: RestoreType.NODE_RESTORE }), /a NODE_RESTORE has one node stage, RESTORE_DOWNLOAD/],
    ['no cluster name', backup({ clusterName: '' }), /cluster_name "" cannot name the backups' storage namespace: it is empty/],
    ['a cluster name with a slash', backup({ clusterName: 'a/b' }), /cluster_name "a\/b" cannot name .*contains '\/'/],
    ['a bad source node', restore({ sourceNodeId: '..' }), /source_node_id ".." is not a node id/],
    ['a bad node mapping', restore({}, { nodeMapping: { 'node-1': '../x' } }), /node_mapping "node-1" -> "..\/x" does not map node ids/],
    ['half the S3 keys', backup({ credentials: { accessKeyId: 'AKIA' } }), /credentials has no secret access key; send both keys/],
    ['S3 keys for a local backup', backup({ credentials: { accessKeyId: 'AKIA', secretAccessKey: 's' } }, { storage: 'local' }), /credentials are S3 keys, but the backup is stored in a local directory/],
    ['a bad keyspace name', backup({ params: { keyspaces: ['x;drop'], backup: S3 } }), /invalid keyspace "x;drop"/],
    ['a repair', jobTaskDetails({ type: ClusterJobType.REPAIR }), /NodeJobTask.type REPAIR is not a backup or restore/],
    ['another protocol', jobTaskDetails({ type: ClusterJobType.BACKUP }, { protocolVersion: 2 }), /protocol_version is 2/],
  ])('refuses %s, saying what is wrong', (_what, data, message) => {
    expect(problem(data)).toMatch(message);
  });

  it('never echoes a key in a refusal', () => {
    expect(problem(backup({ credentials: { secretAccessKey: 'only-the-secret' } }))).not.toContain('only-the-secret');
  });
});
