// Backup and restore jobs in the simulation: their stages, what each node's task is told, the edge
// actions (pause, unpause, commit) and how a failure in one stage keeps the next from starting.
import { cassandra_mesos } from '../../src/gen/cassandra_mesos';
import type { OperatorCommand } from '../../src/scheduler/types';
import { simAgents, simConfig } from './config';
import { decisionsOf } from './inspect';
import { Simulation } from './simulation';

const { BackupType, JobStage, JobStatus, RestoreType } = cassandra_mesos.v1;
const base = simConfig({ nodeCount: 3, seedCount: 2, bootstrapGraceSeconds: 30 });
const S3 = { storage: 's3', bucket: 'backups', prefix: 'prod', endpoint: 'http://127.0.0.1:9000' } as const;

type Behaviour = ConstructorParameters<typeof Simulation>[0]['behaviour'];

function deployedSim(behaviour: Behaviour = {}): Simulation {
  const sim = new Simulation({ agents: simAgents(4), config: base, behaviour: { jobKeyspaceMs: 5_000, ...behaviour } }).start();
  sim.runUntil((s) => s.deployed(3), 10 * 60_000, 'initial deploy');
  return sim;
}

function start(type: 'BACKUP' | 'RESTORE', backup: cassandra_mesos.v1.BackupOptions.$Properties, params: cassandra_mesos.v1.JobParams.$Properties = {}): OperatorCommand {
  return { kind: 'start-job', request: { type, params: { ...params, backup: { ...S3, ...backup } }, requestedBy: 'test' } };
}

function rejection(sim: Simulation, command: OperatorCommand): string {
  const decisions = sim.operator(command);
  return decisions.find((d) => d.type === 'command-rejected')?.reason ?? '';
}

function runToEnd(sim: Simulation, what: string): cassandra_mesos.v1.ClusterJob {
  sim.runUntil((s) => s.store.currentJobHeader() === undefined, 20 * 60_000, what);
  const job = sim.store.jobHistory().at(-1);
  if (!job) throw new Error('no finished job');
  return job;
}

const stagesOf = (sim: Simulation, jobId: string): string[] => sim.executors.nodeJobs.filter((j) => j.jobId === jobId).map((j) => `${j.nodeId}:${JobStage[j.task.stage ?? 0]}${j.task.truncate ? '+truncate' : ''}`);

describe('a snapshot backup', () => {
  it('uploads node by node, then commits with every node and succeeds', () => {
    const sim = deployedSim();
    sim.operator(start('BACKUP', { backupName: 'b1' }));
    const jobId = sim.store.currentJobHeader()?.jobId ?? '';
    expect(sim.store.currentJobHeader()?.stage).toBe(JobStage.BACKUP_UPLOAD);
    const job = runToEnd(sim, 'the backup ends');
    expect(JobStatus[job.status]).toBe('JOB_SUCCEEDED');
    expect(stagesOf(sim, jobId)).toEqual(['node-0:BACKUP_UPLOAD', 'node-1:BACKUP_UPLOAD', 'node-2:BACKUP_UPLOAD']);
    const tasks = sim.executors.nodeJobs.filter((j) => j.jobId === jobId).map((j) => j.task);
    expect(tasks.map((t) => [t.clusterName, t.sourceNodeId, t.params?.backup?.backupName])).toEqual([
      ['sim-cassandra', 'node-0', 'b1'],
      ['sim-cassandra', 'node-1', 'b1'],
      ['sim-cassandra', 'node-2', 'b1'],
    ]);
    expect(tasks.every((t) => !t.credentials)).toBe(true);
    // The executors' byte figures add up in the header: 3 nodes × 2 keyspaces × 1000, half of it deduplicated.
    expect([job.bytesDone, job.bytesTotal, job.bytesSkipped]).toEqual([6000, 6000, 3000]);
    expect(sim.edgeActions).toEqual([expect.objectContaining({ type: 'commit-backup', jobId, nodes: ['node-0', 'node-1', 'node-2'] })]);
    // The commit comes after the last node's part.
    const lastPartEnd = Math.max(...sim.store.jobNodeRecords(jobId).map((r) => r.finishedAtMs));
    expect(sim.edgeActions[0]?.atMs).toBeGreaterThanOrEqual(lastPartEnd);
  });

  it('fails without committing when a node part fails', () => {
    const sim = deployedSim({ failJobsOn: ['node-1'] });
    sim.operator(start('BACKUP', { backupName: 'b1' }));
    const job = runToEnd(sim, 'the backup ends');
    expect(JobStatus[job.status]).toBe('JOB_FAILED');
    expect(job.failureMessage).toContain('node-1');
    expect(sim.edgeActions).toEqual([]);
  });

  it('fails naming the problem when the commit fails', () => {
    const sim = deployedSim({ commitAnswer: { ok: false, message: 'S3 error SlowDown' } });
    sim.operator(start('BACKUP', { backupName: 'b1' }));
    const job = runToEnd(sim, 'the backup ends');
    expect(JobStatus[job.status]).toBe('JOB_FAILED');
    expect(job.failureMessage).toContain('writing the manifest of backup b1 failed: S3 error SlowDown');
  });

  it('issues the commit again after a failover during the commit', () => {
    const sim = deployedSim({ commitAnswer: { ok: true, message: '' } });
    sim.crashBeforeDecision((d) => d.type === 'commit-backup', 10_000);
    sim.operator(start('BACKUP', { backupName: 'b1' }));
    const job = runToEnd(sim, 'the backup ends after the failover');
    expect(JobStatus[job.status]).toBe('JOB_SUCCEEDED');
    expect(sim.epoch).toBe(1);
    expect(sim.edgeActions.filter((a) => a.type === 'commit-backup')).toHaveLength(1);
  });
});

describe('a cluster-consistent backup', () => {
  const consistent = { backupName: 'c1', backupType: BackupType.CLUSTER_CONSISTENT, pauseSrv: '_app._tcp.example.com' };

  it('pauses, snapshots every node at once, unpauses, then uploads that snapshot', () => {
    const sim = deployedSim({ snapshotMs: 300 });
    sim.operator(start('BACKUP', consistent));
    const jobId = sim.store.currentJobHeader()?.jobId ?? '';
    const job = runToEnd(sim, 'the consistent backup ends');
    expect(JobStatus[job.status]).toBe('JOB_SUCCEEDED');
    expect(sim.edgeActions.map((a) => a.type)).toEqual(['pause-applications', 'unpause-applications', 'commit-backup']);
    const requests = sim.executors.snapshotRequests.filter((r) => r.jobId === jobId);
    expect(requests.map((r) => r.nodeId).sort()).toEqual(['node-0', 'node-1', 'node-2']);
    expect(new Set(requests.map((r) => r.tag))).toEqual(new Set(['c1']));
    const pausedAt = sim.edgeActions[0]?.atMs ?? 0;
    const unpausedAt = sim.edgeActions[1]?.atMs ?? 0;
    expect(unpausedAt - pausedAt).toBeLessThan(5_000);
    const uploads = sim.executors.nodeJobs.filter((j) => j.jobId === jobId);
    expect(uploads.map((u) => u.task.params?.backup?.snapshotTag)).toEqual(['c1', 'c1', 'c1']);
    expect(Math.min(...uploads.map((u) => u.atMs))).toBeGreaterThanOrEqual(unpausedAt);
  });

  it('unpauses, drops every snapshot and fails when one node cannot snapshot', () => {
    const sim = deployedSim({ failSnapshotOn: ['node-2'] });
    sim.operator(start('BACKUP', consistent));
    const job = runToEnd(sim, 'the consistent backup ends');
    expect(JobStatus[job.status]).toBe('JOB_FAILED');
    expect(job.failureMessage).toContain('node-2: simulated snapshot failure');
    expect(sim.edgeActions.map((a) => a.type)).toEqual(['pause-applications', 'unpause-applications']);
    expect(sim.executors.clearedSnapshots.map((c) => c.nodeId).sort()).toEqual(['node-0', 'node-1', 'node-2']);
    expect(sim.executors.nodeJobs).toEqual([]);
  });

  it('gives up on a node that never answers within the snapshot limit, and unpauses', () => {
    const sim = deployedSim({ silentSnapshotOn: ['node-1'] });
    sim.operator(start('BACKUP', consistent));
    const job = runToEnd(sim, 'the consistent backup ends');
    expect(JobStatus[job.status]).toBe('JOB_FAILED');
    expect(job.failureMessage).toContain('node-1: no snapshot answer within');
    expect(sim.edgeActions.map((a) => a.type)).toEqual(['pause-applications', 'unpause-applications']);
    // Lost messages are sent again while waiting.
    expect(sim.executors.snapshotRequests.filter((r) => r.nodeId === 'node-1').length).toBeGreaterThan(1);
  });

  it('takes no snapshot when the applications cannot be paused', () => {
    const sim = deployedSim({ pauseAnswer: { ok: false, message: '10.0.0.7:50051 UNAVAILABLE' } });
    sim.operator(start('BACKUP', consistent));
    const job = runToEnd(sim, 'the consistent backup ends');
    expect(JobStatus[job.status]).toBe('JOB_FAILED');
    expect(job.failureMessage).toContain('pausing the applications behind _app._tcp.example.com failed: 10.0.0.7:50051 UNAVAILABLE');
    expect(sim.executors.snapshotRequests).toEqual([]);
  });
});

describe('a cluster restore', () => {
  it('downloads on every node first, then the first node truncates and imports before the others import', () => {
    const sim = deployedSim();
    sim.operator(start('RESTORE', { backupName: 'b1', sourceCluster: 'old-cluster', nodeMapping: { 'node-0': 'node-2', 'node-2': 'node-0' } }));
    const jobId = sim.store.currentJobHeader()?.jobId ?? '';
    const job = runToEnd(sim, 'the restore ends');
    expect(JobStatus[job.status]).toBe('JOB_SUCCEEDED');
    expect(stagesOf(sim, jobId)).toEqual([
      'node-0:RESTORE_DOWNLOAD', 'node-1:RESTORE_DOWNLOAD', 'node-2:RESTORE_DOWNLOAD',
      'node-0:RESTORE_IMPORT+truncate', 'node-1:RESTORE_IMPORT', 'node-2:RESTORE_IMPORT',
    ]);
    // The bytes restored are the download stage's; the import stage leaves them in the header.
    expect([job.bytesDone, job.bytesTotal]).toEqual([6000, 6000]);
    const tasks = sim.executors.nodeJobs.filter((j) => j.jobId === jobId).map((j) => j.task);
    expect(tasks.slice(0, 3).map((t) => `${t.clusterName}/${t.sourceNodeId}`)).toEqual(['old-cluster/node-2', 'old-cluster/node-1', 'old-cluster/node-0']);
  });

  it('with parallelism, the other nodes import together but only after the truncating node', () => {
    const sim = deployedSim();
    sim.operator(start('RESTORE', { backupName: 'b1' }, { parallelism: 3 }));
    const jobId = sim.store.currentJobHeader()?.jobId ?? '';
    runToEnd(sim, 'the restore ends');
    const imports = sim.executors.nodeJobs.filter((j) => j.jobId === jobId && j.task.stage === JobStage.RESTORE_IMPORT);
    const first = sim.store.jobNodeRecords(jobId).find((r) => r.nodeId === 'node-0');
    expect(imports[0]?.nodeId).toBe('node-0');
    expect(imports[1]!.atMs).toBeGreaterThanOrEqual(first?.finishedAtMs ?? Infinity);
    expect(imports[2]!.atMs).toBe(imports[1]!.atMs);
  });

  it('never truncates when a download fails', () => {
    const sim = deployedSim({ failJobsOn: ['node-1'] });
    sim.operator(start('RESTORE', { backupName: 'b1' }));
    const jobId = sim.store.currentJobHeader()?.jobId ?? '';
    const job = runToEnd(sim, 'the restore ends');
    expect(JobStatus[job.status]).toBe('JOB_FAILED');
    expect(stagesOf(sim, jobId)).toEqual(['node-0:RESTORE_DOWNLOAD', 'node-1:RESTORE_DOWNLOAD']);
  });

  it('continues in its stage after a scheduler failover', () => {
    const sim = deployedSim();
    sim.operator(start('RESTORE', { backupName: 'b1' }));
    const jobId = sim.store.currentJobHeader()?.jobId ?? '';
    sim.runUntil((s) => s.store.currentJobHeader()?.stage === JobStage.RESTORE_IMPORT, 10 * 60_000, 'the import stage');
    sim.restartScheduler(20_000);
    const job = runToEnd(sim, 'the restore ends after the failover');
    expect(JobStatus[job.status]).toBe('JOB_SUCCEEDED');
    const imports = stagesOf(sim, jobId).filter((s) => s.includes('IMPORT'));
    expect(imports).toEqual(['node-0:RESTORE_IMPORT+truncate', 'node-1:RESTORE_IMPORT', 'node-2:RESTORE_IMPORT']);
  });
});

describe('a node restore', () => {
  it('runs only on stopped nodes, as one download stage that places the files', () => {
    const sim = deployedSim();
    const request = start('RESTORE', { backupName: 'b1', restoreType: RestoreType.NODE_RESTORE }, { nodeIds: ['node-1'] });
    expect(rejection(sim, request)).toContain('stop node-1 first');
    sim.operator({ kind: 'set-run-state', nodeId: 'node-1', runState: 'STOP' });
    sim.runUntil((s) => !s.liveNodes().includes('node-1'), 5 * 60_000, 'node-1 stopped');
    sim.operator(request);
    const jobId = sim.store.currentJobHeader()?.jobId ?? '';
    const job = runToEnd(sim, 'the node restore ends');
    expect(JobStatus[job.status]).toBe('JOB_SUCCEEDED');
    expect(stagesOf(sim, jobId)).toEqual(['node-1:RESTORE_DOWNLOAD']);
    // The only (and last) part's bytes are in the archived header.
    expect([job.bytesDone, job.bytesTotal]).toEqual([2000, 2000]);
  });
});

describe('starting a backup or restore', () => {
  const sim = deployedSim();
  it.each([
    ['an empty name', { backupName: '' }, 'the backup name is empty'],
    ['a path', { backupName: '../etc' }, 'contains ".."'],
    ['a slash', { backupName: 'a/b' }, "may only hold letters, digits, '.', '_' and '-'"],
    ['a long name', { backupName: 'x'.repeat(200) }, 'at most 128'],
    ['no bucket', { backupName: 'b', bucket: '' }, 'an S3 backup needs a bucket'],
    ['an unknown storage', { backupName: 'b', storage: 'ftp' }, 'use "s3" or "local"'],
    ['an incremental without base', { backupName: 'b', backupType: BackupType.INCREMENTAL }, 'name it'],
    ['a consistent backup without SRV', { backupName: 'b', backupType: BackupType.CLUSTER_CONSISTENT }, 'CASSANDRA_MESOS_PAUSE_SRV'],
    ['restore options', { backupName: 'b', snapshotOnly: true }, 'apply to a restore'],
  ])('refuses a backup with %s', (_what, backup, message) => {
    expect(rejection(sim, start('BACKUP', backup))).toContain(message);
    expect(sim.store.currentJobHeader()).toBeUndefined();
  });

  it('refuses a restore whose node mapping names a node twice or a stranger', () => {
    expect(rejection(sim, start('RESTORE', { backupName: 'b', nodeMapping: { 'node-0': 'old-1', 'node-1': 'old-1' } }))).toContain('gives backup node old-1 to two nodes');
    expect(rejection(sim, start('RESTORE', { backupName: 'b', nodeMapping: { 'node-9': 'old-1' } }))).toContain('names node-9');
  });

  it('refuses backup options on a repair', () => {
    expect(rejection(sim, { kind: 'start-job', request: { type: 'REPAIR', params: { backup: { backupName: 'b' } }, requestedBy: 't' } })).toContain('apply to a backup or restore');
    expect(decisionsOf(sim, 'persist-job')).toEqual([]);
  });
});

describe('progress of a backup part', () => {
  it('shows the rate and the deduplicated bytes the executor reports while it runs', () => {
    const sim = deployedSim({ jobKeyspaceMs: 20_000 });
    sim.operator(start('BACKUP', { backupName: 'b1' }));
    const jobId = sim.store.currentJobHeader()?.jobId ?? '';
    sim.runUntil((s) => (s.store.jobNodeRecords(jobId).find((r) => r.nodeId === 'node-0')?.bytesDone ?? 0) > 0, 5 * 60_000, 'node-0 reports bytes');
    const running = sim.store.jobNodeRecords(jobId).find((r) => r.nodeId === 'node-0');
    expect(running?.rateBytesPerSecond).toBeGreaterThan(0);
    expect(running?.bytesSkipped).toBe(500);
    expect(sim.store.currentJobHeader()?.bytesSkipped).toBe(500);
  });
});
