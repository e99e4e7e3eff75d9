// Issue 8 acceptance, end to end: backup and restore of a real cluster (a real scheduler process with
// its state in ZooKeeper, mesos-local, three real Cassandra 5.0 nodes through the real executor) to a
// real S3 server (s3proxy), driven through the REST API and Cassy's gRPC API. In order: a known
// dataset with per-table checksums; backup b1 (progress, last, list, verify); b2 uploads no data
// bytes; truncate/delete then restore b1 (every checksum equal); S3 stopped mid-upload (FAILED, no
// manifest, snapshots cleared; retry succeeds); a corrupted object (restore refuses before touching
// data); invalid backup names; the seeds/002 gRPC calls; restore b1 into a second, freshly deployed
// cluster of another framework whose nodes start with b1's tokens (CASSANDRA_MESOS_INITIAL_TOKENS_FROM).
import { join } from 'node:path';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { types } from 'cassandra-driver';
import { assertNothingLeftRunning, freePort } from '@cassandra-mesos/testkit';
import {
  cqlAnswers, figures, mesosWorkDirOf, NODE_IPS, OpsCluster, seconds, waitUntil, withCql,
} from '../integration/cluster-ops-support';
import { followTransfer, listBackups, mib, nodeFailures, startJob, transferFigures, verifyBackup, type BackupJob, type TransferTrace } from './support/backup-api';
import { CassyClient, type BackupAnswer, type BackupListing, type ClusterListing, type ClusterRegistration, type RestoreAnswer, type RestoreStatusListing } from './support/cassy-client';
import { assertCassandraPortsFree, backupSettings, FIRST_FRAMEWORK, FrameworkState, RunLogs, SecondMesos, secondFrameworkEnv, snapshotDirectories, tearDownFirstCluster } from './support/clusters';
import { checksumDifferences, createSchema, datasetChecksums, KEYSPACES, loadBulk, loadDataset, TABLES, tableName, TOTAL_ROWS, type Checksums } from './support/dataset';
import { grpcurl, installGrpcurl } from './support/grpcurl';
import { settledRing, tokenMismatches, type PlannedNode } from './support/ring-tokens';
import { BackupBucket, corruptObject, objectChanges, putObject } from './support/s3-bucket';
import { Checks, invalidNameAnswers, seed001Problems, stepGuard } from './support/scenario';

jest.setTimeout(1_200_000);

const REPO_ROOT = join(__dirname, '..', '..', '..', '..');
const BUCKET = 'e2e-backups';
const PREFIX = 'cassandra';
const SECOND_FRAMEWORK = 'e2e-restored';
/** Per node: slow enough to stop S3 in the middle of b3's upload of the bulk table. */
const RATE_LIMIT_MIB_PER_SECOND = 6;
const BULK_MIB = 48;
/** Bytes of a node's upload that must still be left when S3 is stopped (2 s of progress lag at the rate limit, and more). */
const UPLOAD_MARGIN_BYTES = 16 * 1024 * 1024;
const JOB_TIMEOUT_MS = 300_000;
const ALL = types.consistencies.all;

// Only in the e2e tier: a unit run whose --testPathIgnorePatterns replaces the tier's ignore list
// would otherwise start this whole scenario (real JVMs on fixed ports) without the port lock.
const e2eDescribe = process.env['TEST_TIER'] === 'e2e' ? describe : describe.skip;

e2eDescribe('backup and restore on mesos-local + three real Cassandra nodes + s3proxy', () => {
  let cluster: OpsCluster | undefined;
  let bucket: BackupBucket | undefined;
  let second: SecondMesos | undefined;
  let secondState: FrameworkState | undefined;
  let cassy: CassyClient | undefined;
  let grpcPort = 0;
  let original: Checksums = {};
  let firstLogsCollected = false;
  /** Bytes of b1's data objects (all new at b1): what restoring b1 moves. */
  let b1Bytes = 0;
  const logs = new RunLogs(REPO_ROOT);
  const steps = stepGuard();
  const t0 = Date.now();
  const c = (): OpsCluster => cluster ?? (() => { throw new Error('the cluster did not start (see beforeAll)'); })();
  const b = (): BackupBucket => bucket ?? (() => { throw new Error('the S3 server did not start (see beforeAll)'); })();

  beforeAll(async () => {
    console.log(`[backup-restore] logs of this run: ${logs.dir}`);
    await assertCassandraPortsFree();
    bucket = await BackupBucket.start(BUCKET, PREFIX);
    cluster = await OpsCluster.start();
    grpcPort = await freePort();
    Object.assign(cluster.envOverrides, backupSettings({ bucket, grpcPort, rateLimitMibPerSecond: RATE_LIMIT_MIB_PER_SECOND }));
  }, 180_000);

  afterAll(async () => {
    const failures: unknown[] = [];
    const attempt = async (step: () => unknown): Promise<void> => {
      try {
        await step();
      } catch (err) {
        failures.push(err);
      }
    };
    await attempt(() => cassy?.close());
    if (cluster && !firstLogsCollected) await attempt(() => logs.collectSandboxLogs(mesosWorkDirOf(c()), 'first-cluster'));
    if (second) await attempt(() => logs.collectSandboxLogs((second as SecondMesos).mesosWorkDir, 'second-cluster'));
    await attempt(() => secondState?.close());
    // The harness kills the schedulers first, so none relaunches anything on the second Mesos.
    await attempt(() => cluster?.stop());
    await attempt(() => second?.stop());
    await attempt(() => bucket?.close());
    await attempt(() => assertNothingLeftRunning());
    figures('backup-restore run', { total: seconds(t0), logs: logs.dir });
    if (failures.length > 0) throw new AggregateError(failures, `teardown failed ${failures.length} time(s)`);
  }, 180_000);

  async function checksums(ips: readonly string[] = NODE_IPS): Promise<Checksums> {
    return withCql(ips, (client) => datasetChecksums(client));
  }

  async function expectChecksumsEqual(what: string, expected: Checksums, ips: readonly string[] = NODE_IPS): Promise<void> {
    const actual = await checksums(ips);
    expect([what, checksumDifferences(expected, actual)]).toEqual([what, []]);
  }

  /** Starts a backup/restore job and follows it to its end; the finished job must have `status`. */
  async function runJob(kind: 'backup' | 'restore', name: string, status: string, body?: Record<string, unknown>, onSample?: (job: BackupJob) => Promise<void> | void): Promise<TransferTrace> {
    const job = await startJob(c(), kind, name, body);
    expect([job.type, ['PENDING', 'RUNNING'].includes(job.status)]).toEqual([kind.toUpperCase(), true]);
    return finishJob(kind, name, job.id, status, onSample);
  }

  async function finishJob(kind: 'backup' | 'restore', name: string, jobId: string, status: string, onSample?: (job: BackupJob) => Promise<void> | void): Promise<TransferTrace> {
    const trace = await followTransfer(c(), kind, jobId, { timeoutMs: JOB_TIMEOUT_MS, ...(onSample ? { onSample } : {}) });
    figures(`${kind} ${name}`, transferFigures(trace));
    if (trace.job.status !== status) throw new Error(`${kind} ${name} (job ${jobId}) ended ${trace.job.status}, expected ${status}: ${trace.job.failureMessage ?? ''}; nodes: ${nodeFailures(trace.job).join(' | ') || 'no node failed'}; logs: ${logs.dir}`);
    return trace;
  }

  /**
   * Progress must have been visible while the job ran: its stages, every node, bytes. A rate and an
   * ETA only where a node's transfer lasts several progress intervals (executors report every 2 s;
   * b1's 3 MiB per node is moved in half a second).
   */
  function checkProgress(checks: Checks, trace: TransferTrace, stages: string[], expectRate: boolean): void {
    for (const stage of stages) checks.that(`stage ${stage} seen while running`, trace.stagesSeen.includes(stage), trace.stagesSeen);
    checks.equal('nodes seen running', [...trace.nodesSeen].sort(), ['node-0', 'node-1', 'node-2']);
    checks.that('bytes done > 0 seen while running', trace.maxBytesDoneWhileRunning > 0);
    if (!expectRate) return;
    checks.that('a transfer rate > 0 seen while running (transfer.rateBytesPerSecond)', trace.sawRate);
    checks.that('an ETA seen while running (transfer.etaSeconds)', trace.sawEta);
  }

  async function cassyCluster(): Promise<{ client: CassyClient; clusterId: string; registration: ClusterRegistration }> {
    cassy ??= CassyClient.connect(`127.0.0.1:${grpcPort}`);
    const registration = await cassy.must<ClusterRegistration>('RegisterCluster', { cassandra_host: '127.0.0.1' });
    return { client: cassy, clusterId: registration.cluster_id, registration };
  }

  /** seeds/002's read-only grpcurl commands, verbatim but for the address (skipped, saying why, when grpcurl cannot be installed). */
  async function checkGrpcurl(checks: Checks, clusterId: string, snapshotId: string): Promise<void> {
    const installed = await installGrpcurl();
    if ('problem' in installed) {
      figures('grpcurl', { skipped: installed.problem });
      return;
    }
    const address = `127.0.0.1:${grpcPort}`;
    const services = await grpcurl(installed.bin, address, 'list');
    checks.that(`${services.command} lists rpc.Cassy and grpc.health.v1.Health`, services.ok && ['rpc.Cassy', 'grpc.health.v1.Health'].every((x) => (services.output as string[]).includes(x)), services.output ?? services.error);
    const field = (o: unknown, snake: string, camel: string): unknown => (o as Record<string, unknown> | undefined)?.[snake] ?? (o as Record<string, unknown> | undefined)?.[camel];
    const calls: Array<[string, Record<string, unknown> | undefined, (out: unknown) => boolean]> = [
      ['rpc.Cassy.RegisterCluster', { cassandra_host: '127.0.0.1' }, (out) => field(out, 'cluster_id', 'clusterId') === clusterId],
      ['rpc.Cassy.ListClusters', undefined, (out) => JSON.stringify(out).includes(clusterId)],
      ['rpc.Cassy.ListClusters', { cluster_id: clusterId }, (out) => JSON.stringify(out).includes(clusterId)],
      ['rpc.Cassy.ListClusters', { limit: 3 }, (out) => ((out as { entries?: unknown[] }).entries ?? []).length <= 3],
      ['rpc.Cassy.ListBackups', { limit: 3, cluster_id: clusterId }, (out) => JSON.stringify(out).includes(snapshotId)],
      ['rpc.Cassy.ListRestoreStatuses', { limit: 3, cluster_id: clusterId }, (out) => JSON.stringify(out).includes(snapshotId)],
    ];
    for (const [method, data, expected] of calls) {
      const result = await grpcurl(installed.bin, address, method, data);
      checks.that(`${result.command} answers as documented`, result.ok && expected(result.output), result.ok ? result.output : result.error);
    }
    figures('grpcurl', { bin: installed.bin, commands: calls.length + 1 });
  }

  const manifestPresent = (cluster: string, name: string): Promise<boolean> =>
    b().client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: b().clusterManifestKey(cluster, name) })).then(() => true, (err: { name?: string }) => (err.name === 'NotFound' ? false : Promise.reject(err as Error)));

  it('1. deploys three nodes, loads the dataset at QUORUM and checksums every table at ALL', async () => {
    const started = Date.now();
    logs.attach(c().startScheduler(), 'scheduler-1');
    await waitUntil(async () => {
      c().assertSchedulerAlive();
      return (await c().deployStatus()) === 'COMPLETE';
    }, () => `deploy COMPLETE (scheduler output: ${c().running().tail()})`, 420_000);
    const deployed = seconds(started);
    const t1 = Date.now();
    await withCql(NODE_IPS, async (client) => {
      await createSchema(client);
      await loadDataset(client);
    });
    const loaded = seconds(t1);
    const t2 = Date.now();
    original = await checksums();
    expect(Object.fromEntries(TABLES.map((t) => [tableName(t), original[tableName(t)]?.rows]))).toEqual(Object.fromEntries(TABLES.map((t) => [tableName(t), t.rows])));
    figures('dataset', { deployComplete: deployed, rows: TOTAL_ROWS, tables: TABLES.length, writeAtQuorum: loaded, checksumAtAll: seconds(t2) });
    steps.pass('1');
  });

  it('2. backup b1: progress while running, SUCCEEDED, /last in the seed-001 shape, listed with size and date, verify passes', async () => {
    steps.require('1');
    const checks = new Checks('b1');
    const dataBefore = await b().listObjects(b().dataPrefix(FIRST_FRAMEWORK));
    const trace = await runJob('backup', 'b1', 'SUCCEEDED');
    const uploaded = objectChanges(dataBefore, await b().listObjects(b().dataPrefix(FIRST_FRAMEWORK)));
    expect(uploaded.added.length).toBeGreaterThan(0);
    checks.that('the cluster manifest of b1 exists', await manifestPresent(FIRST_FRAMEWORK, 'b1'));
    b1Bytes = uploaded.bytes;
    steps.pass('b1');
    checkProgress(checks, trace, ['BACKUP_UPLOAD'], false);
    checks.add(seed001Problems(trace.job, 'BACKUP', 'b1', NODE_IPS, [...KEYSPACES]));
    checks.equal('/last bytes (done, skipped, total) = the data objects uploaded', [trace.job.bytes.done, trace.job.bytes.skipped, trace.job.bytes.total], [uploaded.bytes, 0, uploaded.bytes]);

    const listed = (await listBackups(c())).find((x) => x.name === 'b1');
    checks.equal('b1 in GET /cluster/backup/list: bytes, nodes, keyspaces', [listed?.totalBytes, listed?.nodes.length, listed?.keyspaces.slice().sort()], [uploaded.bytes, 3, [...KEYSPACES].sort()]);
    checks.that('b1 listed with its creation date (within 10 min)', Math.abs(Date.parse(listed?.createdAt ?? '') - Date.now()) < 600_000, listed?.createdAt);

    const verified = await verifyBackup(c(), 'b1');
    checks.equal('verify b1', [verified.ok, verified.problems], [true, []]);
    checks.that('verify b1 checked every data object', verified.checkedObjects >= uploaded.added.length, [verified.checkedObjects, uploaded.added.length]);
    figures('b1', { dataObjects: uploaded.added.length, dataBytes: mib(uploaded.bytes), listedBytes: mib(listed?.totalBytes ?? 0), verifyObjects: verified.checkedObjects, verifyMs: verified.durationMs });
    checks.done();
    steps.pass('2');
  });

  it('3. backup b2 with no writes in between uploads no data bytes (dedup)', async () => {
    steps.require('b1');
    const checks = new Checks('b2');
    const dataBefore = await b().listObjects(b().dataPrefix(FIRST_FRAMEWORK));
    const trace = await runJob('backup', 'b2', 'SUCCEEDED');
    const changes = objectChanges(dataBefore, await b().listObjects(b().dataPrefix(FIRST_FRAMEWORK)));
    const { done, skipped, total } = trace.job.bytes;
    figures('b2 dedup', { uploadedDataObjects: changes.added.length + changes.rewritten.length, uploadedDataBytes: changes.bytes, jobUploaded: mib(done - skipped), jobSkipped: mib(skipped), jobTotal: mib(total) });
    expect([changes.added, changes.rewritten, changes.bytes]).toEqual([[], [], 0]);
    // bytes done counts skipped files too: uploaded = done - skipped.
    checks.equal('b2 /last bytes: uploaded (done - skipped), skipped = total', [total > 0, done - skipped, skipped], [true, 0, total]);
    const listed = await listBackups(c());
    checks.equal('b2 lists the same bytes as b1', listed.find((x) => x.name === 'b2')?.totalBytes, listed.find((x) => x.name === 'b1')?.totalBytes);
    checks.done();
    steps.pass('3');
  });

  it('4. truncate one table, delete rows of another, restore b1: every checksum equals the original; b1 still verifies', async () => {
    steps.require('b1');
    const checks = new Checks('restore b1');
    await withCql(NODE_IPS, async (client) => {
      await client.execute('TRUNCATE e2e_shop.customers');
      for (let customer = 0; customer < 100; customer++) await client.execute('DELETE FROM e2e_shop.orders WHERE customer = ?', [customer], { prepare: true, consistency: ALL });
    });
    const damaged = checksumDifferences(original, await checksums());
    expect(damaged.map((d) => d.split(':')[0])).toEqual(['e2e_shop.customers', 'e2e_shop.orders']);
    const trace = await runJob('restore', 'b1', 'SUCCEEDED');
    await expectChecksumsEqual('after restore b1', original);
    checkProgress(checks, trace, ['RESTORE_DOWNLOAD', 'RESTORE_IMPORT'], false);
    checks.add(seed001Problems(trace.job, 'RESTORE', 'b1', NODE_IPS, [...KEYSPACES]));
    checks.equal('restore /last bytes (done, total) = the bytes of b1', [trace.job.bytes.done, trace.job.bytes.total], [b1Bytes, b1Bytes]);
    checks.equal('verify b1 after the restore', (await verifyBackup(c(), 'b1')).ok, true);
    checks.done();
    steps.pass('4');
  });

  it('5. S3 stopped mid-upload of b3: FAILED naming the S3 error, no manifest, snapshots cleared; S3 back on the same port: the retry succeeds', async () => {
    steps.require('1');
    const checks = new Checks('b3 outage');
    await withCql(NODE_IPS, (client) => loadBulk(client, BULK_MIB));
    let stoppedAt: { bytesDone: number; bytesTotal: number; node: string } | undefined;
    const failed = await runJob('backup', 'b3', 'FAILED', undefined, async (job) => {
      // Progress arrives at most every 2 s, so stop only with enough left that the upload is surely still running.
      const node = job.nodes?.find((n) => n.state === 'RUNNING' && n.stage === 'BACKUP_UPLOAD');
      if (stoppedAt || !node || node.bytesDone === 0 || node.bytesTotal - node.bytesDone < UPLOAD_MARGIN_BYTES) return;
      stoppedAt = { bytesDone: node.bytesDone, bytesTotal: node.bytesTotal, node: node.nodeId };
      await b().stop();
    });
    if (!stoppedAt) throw new Error(`b3 never showed a node's upload with more than ${mib(UPLOAD_MARGIN_BYTES)} left (stages seen: ${failed.stagesSeen.join(', ')}), so S3 could not be stopped mid-upload`);
    const message = failed.job.failureMessage ?? '';
    figures('b3 outage', { stoppedAtBytes: mib(stoppedAt.bytesDone), of: mib(stoppedAt.bytesTotal), node: stoppedAt.node, failure: JSON.stringify(message) });
    checks.that('the failure names the S3 error', /ECONNREFUSED|ECONNRESET|EPIPE|socket hang up|TimeoutError|RequestTimeout/.test(message), message);
    checks.that('the failure names the object', message.includes(b().dataPrefix(FIRST_FRAMEWORK)), message);
    checks.that('no secret in the failure', !message.includes(b().keys.secretAccessKey) && !message.includes(b().keys.accessKeyId));
    const snapshotsLeft = await waitUntil(() => {
      const left = snapshotDirectories(mesosWorkDirOf(c()), 'b3');
      return Promise.resolve(left.length === 0 ? left : false);
    }, () => `the b3 snapshots to be cleared (left: ${snapshotDirectories(mesosWorkDirOf(c()), 'b3').join(', ')})`, 30_000).catch((err: Error) => [err.message]);
    checks.equal('b3 snapshot directories left on the nodes after the failure', snapshotsLeft, []);
    const outageMs = await b().restart();
    checks.equal('b3 cluster manifest after the failure', await manifestPresent(FIRST_FRAMEWORK, 'b3'), false);
    checks.equal('b3 listed after the failure', (await listBackups(c())).map((x) => x.name).includes('b3'), false);

    const beforeRetry = await b().listObjects(b().dataPrefix(FIRST_FRAMEWORK));
    const retry = await runJob('backup', 'b3', 'SUCCEEDED');
    const retryUploads = objectChanges(beforeRetry, await b().listObjects(b().dataPrefix(FIRST_FRAMEWORK)));
    checkProgress(checks, retry, ['BACKUP_UPLOAD'], true);
    checks.that('b3 listed after the retry', (await listBackups(c())).map((x) => x.name).includes('b3'));
    checks.equal('verify b3', (await verifyBackup(c(), 'b3')).ok, true);
    checks.equal('b3 snapshot directories after the retry', snapshotDirectories(mesosWorkDirOf(c()), 'b3'), []);
    figures('b3 retry', { outage: `${(outageMs / 1000).toFixed(1)}s`, uploadedToS3: mib(retryUploads.bytes), jobBytes: mib(retry.job.bytes.done), jobSkipped: mib(retry.job.bytes.skipped) });
    // The bulk table only served the outage; later restores need not move it.
    await withCql(NODE_IPS, (client) => client.execute('DROP TABLE e2e_events.bulk'));
    checks.done();
    steps.pass('5');
  });

  it('6. one corrupted data object of b1: restore refuses before touching the table, naming the object; put back, b1 verifies', async () => {
    steps.require('b1');
    const checks = new Checks('corrupt object');
    const manifest = await b().nodeManifest(FIRST_FRAMEWORK, 'b1', 'node-1');
    const victim = manifest.files.find((f) => f.keyspace === 'e2e_shop' && f.table === 'orders' && f.fileName.endsWith('-Data.db') && f.size > 0);
    if (!victim) throw new Error(`b1's node-1 manifest lists no Data.db file of e2e_shop.orders: ${JSON.stringify(manifest.files.map((f) => f.key))}`);
    // A row b1 does not have: if the restore truncated the table, it would be gone.
    await withCql(NODE_IPS, (client) => client.execute("INSERT INTO e2e_shop.orders (customer, placed_at, order_id, status) VALUES (999999, 1, 5ae5a3a4-0000-4000-8000-000000000001, 'MARKER')", [], { consistency: ALL }));
    const before = await checksums();
    const saved = await corruptObject(b().client, BUCKET, victim.key);
    try {
      const report = await verifyBackup(c(), 'b1');
      checks.equal('verify b1 with the corrupted object', [report.ok, report.problems.map((p) => [p.kind, p.key])], [false, [['WRONG_CHECKSUM', victim.key]]]);
      const failed = await runJob('restore', 'b1', 'FAILED');
      const message = [failed.job.failureMessage ?? '', ...nodeFailures(failed.job)].join(' | ');
      figures('corrupt restore', { object: victim.key, failure: JSON.stringify(message) });
      checks.that('the failure names the corrupted object', message.includes(victim.key) || message.includes(victim.fileName), message);
      checks.that('no RESTORE_IMPORT stage was entered', !failed.stagesSeen.includes('RESTORE_IMPORT'), failed.stagesSeen);
      const after = await checksums();
      checks.equal('tables after the refused restore (marker row kept, nothing truncated)', checksumDifferences(before, after), []);
    } finally {
      await putObject(b().client, BUCKET, victim.key, saved);
    }
    checks.equal('verify b1 after putting the object back', (await verifyBackup(c(), 'b1')).ok, true);
    await withCql(NODE_IPS, (client) => client.execute('DELETE FROM e2e_shop.orders WHERE customer = 999999', [], { consistency: ALL }));
    await expectChecksumsEqual('after removing the marker row', original);
    checks.done();
    steps.pass('6');
  });

  it('7. invalid backup names: 400 INVALID_BACKUP_NAME on both route families, INVALID_ARGUMENT over gRPC; nothing starts', async () => {
    steps.require('1');
    const { client, clusterId } = await cassyCluster();
    const answers = await invalidNameAnswers(c(), client, clusterId, b().location);
    figures('invalid names', { calls: answers.length, refusedCorrectly: answers.filter((a) => a.ok).length });
    expect(answers.filter((a) => !a.ok)).toEqual([]);
    for (const kind of ['backup', 'restore']) expect([kind, (await c().call<{ running: boolean }>('GET', `/cluster/${kind}/status`, 200)).running]).toEqual([kind, false]);
    steps.pass('7');
  });

  it('8. Cassy gRPC (seeds/002): RegisterCluster, ListClusters, TakeBackup 2, ListBackups, RestoreBackup 1, ListRestoreStatuses', async () => {
    steps.require('1');
    const checks = new Checks('cassy gRPC');
    const { client, clusterId, registration } = await cassyCluster();
    checks.equal('RegisterCluster: id, name, target_ips, data_dir', [clusterId.length > 0, registration.cluster_name.length > 0, registration.target_ips.slice().sort(), registration.data_dir.length > 0], [true, true, [...NODE_IPS], true]);
    checks.that('RegisterCluster keyspaces include the dataset', KEYSPACES.every((k) => registration.keyspaces.includes(k)), registration.keyspaces);
    checks.that('ListClusters lists the cluster', (await client.must<ClusterListing>('ListClusters', {})).entries.some((e) => e.cluster_id === clusterId));
    checks.equal('ListClusters by cluster_id', (await client.must<ClusterListing>('ListClusters', { cluster_id: clusterId })).entries.map((e) => e.cluster_id), [clusterId]);
    checks.that('ListClusters limit 3', (await client.must<ClusterListing>('ListClusters', { limit: 3 })).entries.length <= 3);

    const taken = await client.must<BackupAnswer>('TakeBackup', { cluster_id: clusterId, backup_type: 2 });
    checks.equal('TakeBackup answer', [taken.cluster_id, taken.backup_type, taken.snapshot_id.length > 0, taken.target_ips.slice().sort(), ['INITIALIZED', 'STARTED'].includes(taken.status)], [clusterId, 2, true, [...NODE_IPS], true]);
    const backupStatus = await c().call<{ backup: BackupJob | null }>('GET', '/cluster/backup/status', 200);
    const backupTrace = await finishJob('backup', taken.snapshot_id, backupStatus.backup?.id ?? '(no running backup)', 'SUCCEEDED');
    checks.equal('the gRPC backup is the one that ran', backupTrace.job.backupName, taken.snapshot_id);
    const backups = await client.must<BackupListing>('ListBackups', { cluster_id: clusterId, limit: 3 });
    checks.that('ListBackups limit 3', backups.entries.length <= 3, backups.entries.length);
    checks.equal('ListBackups shows the gRPC backup COMPLETED', [...new Set(backups.entries.filter((e) => e.snapshot_id === taken.snapshot_id).map((e) => [e.status, e.backup_type].join()))], ['COMPLETED,2']);

    await withCql(NODE_IPS, (cql) => cql.execute('TRUNCATE e2e_events.readings'));
    const restore = await client.must<RestoreAnswer>('RestoreBackup', { cluster_id: clusterId, snapshot_id: taken.snapshot_id, restore_type: 1 });
    checks.equal('RestoreBackup answer', [restore.cluster_id, restore.snapshot_id, restore.restore_type, ['INITIALIZED', 'STARTED'].includes(restore.status)], [clusterId, taken.snapshot_id, 1, true]);
    const restoreStatus = await c().call<{ restore: BackupJob | null }>('GET', '/cluster/restore/status', 200);
    const restoreTrace = await finishJob('restore', taken.snapshot_id, restoreStatus.restore?.id ?? '(no running restore)', 'SUCCEEDED');
    await expectChecksumsEqual('after the gRPC restore', original);
    const statuses = await client.must<RestoreStatusListing>('ListRestoreStatuses', { cluster_id: clusterId, limit: 3 });
    checks.equal('ListRestoreStatuses shows the restore COMPLETED', [...new Set(statuses.entries.filter((e) => e.snapshot_id === taken.snapshot_id).map((e) => [e.status, e.restore_type].join()))], ['COMPLETED,1']);
    await checkGrpcurl(checks, clusterId, taken.snapshot_id);
    figures('cassy grpc', { clusterId, snapshot: taken.snapshot_id, backup: transferFigures(backupTrace).duration ?? '', restore: transferFigures(restoreTrace).duration ?? '', listedBackups: backups.entries.length, restoreStatuses: statuses.entries.length });
    checks.done();
    steps.pass('8');
  });

  it('9. a second cluster (another framework, same three addresses) deployed with b1\'s tokens: ring tokens = manifests, dry run says they match, restore: every checksum equal', async () => {
    steps.require('b1');
    logs.collectSandboxLogs(mesosWorkDirOf(c()), 'first-cluster');
    firstLogsCollected = true;
    const tDown = Date.now();
    await tearDownFirstCluster(c());
    await waitUntil(async () => (await Promise.all(NODE_IPS.map((ip) => cqlAnswers(ip)))).every((up) => !up), 'the first cluster\'s nodes to stop answering CQL', 120_000);
    const tornDown = seconds(tDown);
    const tUp = Date.now();
    const backupTokens = new Map(await Promise.all(['node-0', 'node-1', 'node-2'].map(async (id) => [id, (await b().nodeManifest(FIRST_FRAMEWORK, 'b1', id)).tokens] as const)));
    second = await SecondMesos.start();
    Object.assign(c().envOverrides, secondFrameworkEnv(SECOND_FRAMEWORK, second.mesos, `${FIRST_FRAMEWORK}/b1`));
    logs.attach(c().startScheduler(), 'scheduler-2');
    secondState = await FrameworkState.open(c().zk.connectString, SECOND_FRAMEWORK);
    const state = secondState;
    await waitUntil(async () => {
      c().assertSchedulerAlive();
      return (await state.deployStatus()) === 'COMPLETE';
    }, () => `the second cluster's deploy COMPLETE (scheduler output: ${c().running().tail()})`, 420_000);
    const deployed = seconds(tUp);
    const keyspaces = await withCql(NODE_IPS, async (client) => (await client.execute('SELECT keyspace_name FROM system_schema.keyspaces')).rows.map((r) => String(r.get('keyspace_name'))));
    expect(keyspaces.filter((k) => k.startsWith('e2e_'))).toEqual([]);

    const request = { sourceCluster: FIRST_FRAMEWORK, restoreSchema: true };
    // Every new node owns exactly its backup node's tokens (node-i <- backup node-i: node id order).
    const ring = await settledRing();
    const plan = await c().api('POST', '/cluster/restore/start?name=b1', { ...request, dryRun: true });
    figures('restore plan', { status: plan.status, plan: JSON.stringify(plan.body).slice(0, 800) });
    const planned = (plan.body as { dryRun?: boolean; plan?: { nodes?: PlannedNode[]; warnings?: string[] } } | undefined) ?? {};
    expect([plan.status, planned.dryRun]).toEqual([200, true]);
    const nodes = planned.plan?.nodes ?? [];
    expect(nodes.map((n) => [n.nodeId, n.backupNodeId])).toEqual([['node-0', 'node-0'], ['node-1', 'node-1'], ['node-2', 'node-2']]);
    expect(tokenMismatches(ring, nodes, backupTokens)).toEqual([]);
    expect(planned.plan?.warnings ?? []).toEqual([]);
    figures('initial tokens', { tokensPerNode: [...backupTokens.values()].map((t) => t.length).join('/'), ringNodes: ring.size });
    const trace = await runJob('restore', 'b1', 'SUCCEEDED', request);
    await expectChecksumsEqual('in the second cluster', original);
    figures('second cluster', { teardown: tornDown, deployComplete: deployed, restore: transferFigures(trace).duration ?? '' });
    steps.pass('9');
  });
});
