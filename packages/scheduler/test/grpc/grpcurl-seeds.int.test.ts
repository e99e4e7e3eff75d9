// Cassy's documented grpcurl commands, run word for word with the real grpcurl against our rpc.Cassy
// server (over the fake BackupService, whose nodes have the documentation's IPs). Only the server
// address and the CLUSTER-ID / SNAPSHOT-ID placeholders are replaced, by what earlier answers said.
// grpcurl comes from scripts/grpc/install-grpcurl.sh (Go module proxy); without Go or network the
// suite is skipped, saying why.
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { FakeBackupService } from './support/fake-backup-service';
import { REPO_ROOT, startHarness, TOKEN, type Harness } from './support/harness';

/** Verbatim from Cassy's README (seeds/002), in its order. */
const CASSY_COMMANDS = [
  `grpcurl -plaintext -d '{"cassandra_host": "192.168.0.10"}' 192.168.0.254:20051 rpc.Cassy.RegisterCluster`,
  `grpcurl -plaintext 192.168.0.254:20051 rpc.Cassy.ListClusters`,
  `grpcurl -plaintext -d '{"cluster_id": "CLUSTER-ID"}' 192.168.0.254:20051 rpc.Cassy.ListClusters`,
  `grpcurl -plaintext -d '{"limit": 3}' 192.168.0.254:20051 rpc.Cassy.ListClusters`,
  `grpcurl -plaintext -d '{"cluster_id": "CLUSTER-ID", "backup_type": 2}' 192.168.0.254:20051 rpc.Cassy.TakeBackup`,
  `grpcurl -plaintext -d '{"cluster_id": "CLUSTER-ID", "target_ips": ["192.168.0.2"], "backup_type": 2}' 192.168.0.254:20051 rpc.Cassy.TakeBackup`,
  `grpcurl -plaintext -d '{"cluster_id": "CLUSTER-ID", "snapshot_id": "SNAPSHOT-ID", "backup_type": 3}' 192.168.0.254:20051 rpc.Cassy.TakeBackup`,
  `grpcurl -plaintext -d '{"cluster_id": "CLUSTER-ID", "backup_type": 1}' 192.168.0.254:20051 rpc.Cassy.TakeBackup`,
  `grpcurl -plaintext -d '{"limit": 3, "cluster_id": "CLUSTER-ID"}' 192.168.0.254:20051 rpc.Cassy.ListBackups`,
  `grpcurl -plaintext -d '{"snapshot_id": "SNAPSHOT-ID", "restore_type": 2, "cluster_id": "CLUSTER-ID", "target_ips": ["192.168.0.11"]}' 192.168.0.254:20051 rpc.Cassy.RestoreBackup`,
  `grpcurl -plaintext -d '{"snapshot_id": "SNAPSHOT-ID", "restore_type": 1, "cluster_id": "CLUSTER-ID"}' 192.168.0.254:20051 rpc.Cassy.RestoreBackup`,
  `grpcurl -plaintext -d '{"limit": 3, "cluster_id": "CLUSTER-ID"}' 192.168.0.254:20051 rpc.Cassy.ListRestoreStatuses`,
] as const;

const CASSY_ADDRESS = '192.168.0.254:20051';

function installGrpcurl(): { path?: string; why?: string } {
  const result = spawnSync('bash', [join(REPO_ROOT, 'scripts', 'grpc', 'install-grpcurl.sh')], { encoding: 'utf8', timeout: 600_000 });
  const path = result.stdout.trim().split('\n').pop();
  if (result.status === 0 && path) return { path };
  return { why: `scripts/grpc/install-grpcurl.sh exited ${result.status ?? result.signal}: ${result.stderr.trim().split('\n').slice(-3).join(' | ')}` };
}

const grpcurlInstall = installGrpcurl();
if (!grpcurlInstall.path) console.warn(`SKIPPING the grpcurl tests: grpcurl could not be installed (${grpcurlInstall.why})`);
const describeWithGrpcurl = grpcurlInstall.path ? describe : describe.skip;

/** The words of a command line whose only quoting is '...'. */
function words(commandLine: string): string[] {
  return [...commandLine.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function grpcurl(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(grpcurlInstall.path ?? 'grpcurl', args, { timeout: 30_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs a documented command against `address` with the placeholders filled in; fails the test on a non-zero exit. */
async function runDocumented(commandLine: string, address: string, values: Record<string, string>): Promise<Record<string, unknown>> {
  let line = commandLine.replace(CASSY_ADDRESS, address);
  for (const [placeholder, value] of Object.entries(values)) line = line.split(placeholder).join(value);
  const [program, ...args] = words(line);
  expect(program).toBe('grpcurl');
  const run = await grpcurl(args);
  if (run.code !== 0) throw new Error(`${line}\nexited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describeWithGrpcurl('Cassy’s grpcurl commands against rpc.Cassy', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ service: new FakeBackupService() });
  });
  afterAll(async () => {
    await h.close();
  });

  it('every documented command works unchanged and answers what the documentation describes', async () => {
    const [register, listAll, listOne, listThree, snapshot, snapshotOfNode, incremental, consistent, listBackups, restoreNode, restoreCluster, listRestores] = CASSY_COMMANDS;
    const values: Record<string, string> = {};

    const registered = await runDocumented(register, h.address, values);
    expect(registered).toMatchObject({ clusterId: 'cassandra', clusterName: 'Test Cluster', targetIps: ['192.168.0.10', '192.168.0.11', '192.168.0.2'], keyspaces: ['shop', 'users'] });
    values['CLUSTER-ID'] = String(registered.clusterId);

    for (const list of [listAll, listOne, listThree]) {
      const listed = await runDocumented(list, h.address, values);
      expect(listed.entries).toEqual([expect.objectContaining({ clusterId: 'cassandra', targetIps: ['192.168.0.10', '192.168.0.11', '192.168.0.2'] })]);
    }

    const snap = await runDocumented(snapshot, h.address, values);
    expect(snap).toMatchObject({ status: 'STARTED', clusterId: 'cassandra', backupType: 2, targetIps: ['192.168.0.10', '192.168.0.11', '192.168.0.2'] });
    values['SNAPSHOT-ID'] = String(snap.snapshotId);
    h.service.completeRunning('backup');

    expect(await runDocumented(snapshotOfNode, h.address, values)).toMatchObject({ targetIps: ['192.168.0.2'], backupType: 2 });
    expect(h.service.backupStarts[1]?.request.nodes).toEqual(['node-2']);
    h.service.completeRunning('backup');

    expect(await runDocumented(incremental, h.address, values)).toMatchObject({ snapshotId: values['SNAPSHOT-ID'], backupType: 3 });
    expect(h.service.backupStarts[2]?.request).toEqual({ type: 'INCREMENTAL', baseBackup: values['SNAPSHOT-ID'] });
    h.service.completeRunning('backup');

    expect(await runDocumented(consistent, h.address, values)).toMatchObject({ backupType: 1 });
    expect(h.service.backupStarts[3]?.request).toEqual({ type: 'CLUSTER_CONSISTENT' });
    h.service.completeRunning('backup');

    const backups = await runDocumented(listBackups, h.address, values);
    expect(backups.entries).toHaveLength(3);
    expect(backups.entries).toEqual(expect.arrayContaining([expect.objectContaining({ clusterId: 'cassandra', backupType: 1, status: 'COMPLETED' })]));

    // The snapshot has an incremental on top: the node restore brings back both (Cassy's default).
    expect(await runDocumented(restoreNode, h.address, values)).toMatchObject({ restoreType: 2, targetIps: ['192.168.0.11'], snapshotId: values['SNAPSHOT-ID'] });
    expect(h.service.restoreStarts[0]?.request).toMatchObject({ type: 'NODE_RESTORE', nodes: ['node-1'], snapshotOnly: false });
    expect(h.service.restoreStarts[0]?.request.name).not.toBe(values['SNAPSHOT-ID']);
    h.service.completeRunning('restore');

    expect(await runDocumented(restoreCluster, h.address, values)).toMatchObject({ restoreType: 1, clusterId: 'cassandra' });
    const restores = await runDocumented(listRestores, h.address, values);
    expect(restores.clusterId).toBe('cassandra');
    expect(restores.entries).toHaveLength(3);
    expect((restores.entries as Array<{ snapshotId: string }>).every((e) => e.snapshotId === values['SNAPSHOT-ID'])).toBe(true);
  });

  it('`grpcurl list` shows the services through reflection, and health answers SERVING', async () => {
    const list = await grpcurl(['-plaintext', h.address, 'list']);
    expect(list.stdout.trim().split('\n')).toEqual(['grpc.health.v1.Health', 'grpc.reflection.v1.ServerReflection', 'grpc.reflection.v1alpha.ServerReflection', 'rpc.Cassy']);
    const methods = await grpcurl(['-plaintext', h.address, 'list', 'rpc.Cassy']);
    expect(methods.stdout.trim().split('\n')).toEqual(['rpc.Cassy.ListBackups', 'rpc.Cassy.ListClusters', 'rpc.Cassy.ListRestoreStatuses', 'rpc.Cassy.RegisterCluster', 'rpc.Cassy.RestoreBackup', 'rpc.Cassy.TakeBackup']);
    const health = await grpcurl(['-plaintext', '-d', '{"service": "rpc.Cassy"}', h.address, 'grpc.health.v1.Health/Check']);
    expect(JSON.parse(health.stdout)).toEqual({ status: 'SERVING' });
  });

  it('shows a refusal as the gRPC status and our message', async () => {
    const run = await grpcurl(['-plaintext', '-d', '{"cluster_id": "cassandra", "backup_type": 7}', h.address, 'rpc.Cassy.TakeBackup']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('Code: InvalidArgument');
    expect(run.stderr).toContain('backup_type 7 is unknown');
  });
});

describeWithGrpcurl('grpcurl with the API token', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ token: TOKEN });
  });
  afterAll(async () => {
    await h.close();
  });

  it('needs -H "authorization: Bearer <token>" for Cassy calls, not for list', async () => {
    const without = await grpcurl(['-plaintext', h.address, 'rpc.Cassy.ListClusters']);
    expect(without.stderr).toContain('Code: Unauthenticated');
    const withToken = await grpcurl(['-plaintext', '-H', `authorization: Bearer ${TOKEN}`, h.address, 'rpc.Cassy.ListClusters']);
    expect([withToken.code, JSON.parse(withToken.stdout)]).toEqual([0, {}]);
    expect((await grpcurl(['-plaintext', h.address, 'list'])).code).toBe(0);
  });
});
