import type { BackupStatusPayload, JobListPayload, JobPayload } from './api-types';
import { currentJobView, jobTypeSlug, jobTypeTitle, lastJobView, transferKind } from './jobs';

const NOW = Date.parse('2024-05-01T02:10:00.000Z');

const repair: JobPayload = {
  id: '4f0c1d2e-0000-4000-8000-000000000001',
  type: 'REPAIR',
  status: 'RUNNING',
  requestedBy: 'api',
  startedAt: '2024-05-01T02:00:00.000Z',
  finishedAt: null,
  totalNodes: 3,
  completedNodes: 1,
  failedNodes: 0,
  progress: { percent: 44.4, etaSeconds: 1400 },
  nodes: [
    {
      nodeId: 'node-0',
      state: 'SUCCEEDED',
      durationMs: 300_000,
      keyspaces: [
        { keyspace: 'shop', status: 'SUCCESS' },
        { keyspace: 'users', status: 'SUCCESS' },
      ],
      remainingKeyspaces: [],
    },
    {
      nodeId: 'node-1',
      state: 'RUNNING',
      durationMs: 65_000,
      currentKeyspace: 'users',
      keyspaces: [{ keyspace: 'shop', status: 'SUCCESS' }],
      remainingKeyspaces: ['zz'],
    },
    { nodeId: 'node-2', state: 'PENDING', durationMs: null, keyspaces: [], remainingKeyspaces: [] },
  ],
};

describe('currentJobView', () => {
  it('is null without a running job', () => {
    expect(currentJobView({ current: null, history: [] }, undefined, NOW)).toBeNull();
    expect(currentJobView(undefined, undefined, NOW)).toBeNull();
  });

  it('shows a repair with its progress, ETA and per-node keyspace progress', () => {
    const view = currentJobView({ current: repair, history: [] }, undefined, NOW);
    expect(view).toMatchObject({
      slug: 'repair',
      title: 'Repair',
      status: 'RUNNING',
      shortId: '4f0c1d2e',
      percentText: '44.4 %',
      eta: '~23 m 20 s',
      nodesText: '1/3 nodes done',
      duration: '10 m 00 s',
      bytes: '—',
    });
    expect(view?.nodes.map((n) => [n.nodeId, n.state, n.keyspace, n.progressText, n.fraction])).toEqual([
      ['node-0', 'SUCCEEDED', '—', '2/2 keyspaces', 1],
      ['node-1', 'RUNNING', 'users', '1/3 keyspaces', 1 / 3],
      ['node-2', 'PENDING', '—', 'pending', 0],
    ]);
    expect(view?.nodes[1]?.duration).toBe('1 m 05 s');
  });

  it('uses the backup status for bytes, rate and ETA when it is the same job', () => {
    const plain: JobPayload = {
      ...repair,
      id: 'b-1',
      type: 'BACKUP',
      nodes: [{ nodeId: 'node-0', state: 'RUNNING' }],
    };
    const transfer: BackupStatusPayload = {
      running: true,
      job: {
        ...plain,
        backup: { name: 'nightly' },
        transfer: {
          stage: 'BACKUP_UPLOAD',
          bytesDone: 512 * 1024 ** 2,
          bytesTotal: 2 * 1024 ** 3,
          rateBytesPerSecond: 64 * 1024 ** 2,
          etaSeconds: 24,
        },
        nodes: [
          {
            nodeId: 'node-0',
            state: 'RUNNING',
            stage: 'BACKUP_UPLOAD',
            bytesDone: 512 * 1024 ** 2,
            bytesTotal: 1024 ** 3,
            rateBytesPerSecond: 64 * 1024 ** 2,
          },
        ],
      },
    };
    const view = currentJobView({ current: plain, history: [] }, transfer, NOW);
    expect(view).toMatchObject({
      slug: 'backup',
      backupName: 'nightly',
      bytes: '512 MiB / 2.00 GiB',
      rate: '64.0 MiB/s',
      eta: '~24 s',
    });
    expect(view?.nodes[0]).toMatchObject({
      stage: 'BACKUP_UPLOAD',
      progressText: '512 MiB / 1.00 GiB',
      fraction: 0.5,
      rate: '64.0 MiB/s',
      eta: '~8 s',
    });
  });

  it('ignores a backup status of another job (the status was read a moment apart)', () => {
    const plain: JobPayload = { ...repair, id: 'b-2', type: 'BACKUP', nodes: [] };
    const other: BackupStatusPayload = {
      running: true,
      job: { ...plain, id: 'b-1', backup: { name: 'old' } },
    };
    expect(currentJobView({ current: plain, history: [] }, other, NOW)?.backupName).toBe('');
  });
});

describe('lastJobView', () => {
  it('is the newest of the history, with its final status and how long it took', () => {
    const list: JobListPayload = {
      current: null,
      history: [
        {
          id: 'c-2',
          type: 'ROLLING_RESTART',
          status: 'FAILED',
          startedAt: '2024-05-01T01:00:00.000Z',
          finishedAt: '2024-05-01T01:02:30.000Z',
          totalNodes: 3,
          completedNodes: 2,
          failedNodes: 1,
          failureMessage: 'node-1 did not come back',
        },
        { id: 'c-1', type: 'REPAIR', status: 'SUCCEEDED' },
      ],
    };
    expect(lastJobView(list, NOW)).toMatchObject({
      slug: 'rolling-restart',
      title: 'Rolling restart',
      status: 'FAILED',
      duration: '2 m 30 s',
      nodesText: '2/3 nodes done, 1 failed',
      failure: 'node-1 did not come back',
    });
    expect(lastJobView({ current: null, history: [] }, NOW)).toBeNull();
  });
});

describe('job type names', () => {
  it('slugs, titles and which types have byte counts', () => {
    expect(jobTypeSlug('ROLLING_RESTART')).toBe('rolling-restart');
    expect(jobTypeTitle('CLEANUP')).toBe('Cleanup');
    expect([
      transferKind('BACKUP'),
      transferKind('RESTORE'),
      transferKind('REPAIR'),
      transferKind(undefined),
    ]).toEqual(['backup', 'restore', undefined, undefined]);
  });
});
