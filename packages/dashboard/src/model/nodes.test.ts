import type { NodeAllPayload } from './api-types';
import { nodeRows, nodesWithHealth, summariseNodes } from './nodes';
import { taskTone } from './tone';

const payload: NodeAllPayload = {
  nodes: [
    {
      nodeId: 'node-0',
      hostname: 'host-0.example',
      ip: '127.0.0.1',
      seedNode: true,
      live: true,
      targetRunState: 'RUN',
      rackDc: { rack: 'RAC1', dc: 'DC1' },
      tasks: { SERVER: { taskId: 'node-0-server-1', state: 'TASK_RUNNING' } },
      healthCheckDetails: {
        healthy: true,
        msg: '',
        operationMode: 'NORMAL',
        nativeTransportRunning: true,
        loadBytes: 1536 * 1024,
      },
    },
    {
      nodeId: 'node-1',
      hostname: '127.0.0.2',
      ip: '127.0.0.2',
      seedNode: false,
      live: false,
      targetRunState: 'RUN',
      replacementForIp: '127.0.0.9',
      rackDc: { rack: 'RAC2', dc: 'DC1' },
      tasks: { SERVER: { state: 'TASK_STAGING' } },
      healthCheckDetails: {
        healthy: false,
        msg: 'native transport is not running',
        operationMode: 'JOINING',
        loadBytes: 0,
      },
    },
    { nodeId: 'node-2', hostname: null, ip: null, tasks: {}, healthCheckDetails: null },
  ],
};

describe('nodeRows', () => {
  const rows = nodeRows(payload, { 'node-0': 16 });

  it('shows host and IP once when they differ, the IP alone when the host is the IP', () => {
    expect(rows.map((r) => r.host)).toEqual(['host-0.example (127.0.0.1)', '127.0.0.2', '—']);
  });

  it('takes mode, health and load from the last health check', () => {
    const [first, second, third] = rows;
    expect(first).toMatchObject({
      mode: 'NORMAL',
      health: 'healthy',
      load: '1.50 MiB',
      dc: 'DC1',
      rack: 'RAC1',
    });
    expect(second).toMatchObject({
      mode: 'JOINING',
      health: 'unhealthy',
      healthMessage: 'native transport is not running',
      load: '0 B',
    });
    expect(third).toMatchObject({ mode: '—', health: 'unknown', load: '—', dc: '—', rack: '—', task: '—' });
  });

  it('shows token counts read so far, a dash for the others', () => {
    expect(rows.map((r) => r.tokens)).toEqual(['16', '—', '—']);
  });

  it('seed flag, task state without the TASK_ prefix, and what a replacement replaces', () => {
    expect(rows.map((r) => [r.seed, r.task, r.note])).toEqual([
      [true, 'RUNNING', ''],
      [false, 'STAGING', 'replaces 127.0.0.9'],
      [false, '—', ''],
    ]);
  });

  it('summarises live nodes and seeds; asks token counts only of live nodes with a health report', () => {
    expect(summariseNodes(rows)).toEqual({ total: 3, live: 1, seeds: 1 });
    expect(nodesWithHealth(payload)).toEqual(['node-0']);
    expect(nodeRows(undefined, {})).toEqual([]);
  });

  it('a running task is good news in the nodes table', () => {
    expect(taskTone('RUNNING')).toBe('ok');
    expect(taskTone('STAGING')).toBe('busy');
    expect(taskTone('LOST')).toBe('bad');
  });
});
