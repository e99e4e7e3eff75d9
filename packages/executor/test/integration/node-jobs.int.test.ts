// Node jobs end to end on a real two-node Cassandra 5.0 cluster run by two executors on mesos-local:
// repair and cleanup keyspace by keyspace with progress messages, a missing keyspace named in the
// failure, an abort that stops after the running keyspace; and a decommission of node-2 (refused while
// the replication factor needs it, then done with its data streamed to node-1).
import { Client } from 'cassandra-driver';
import { cassandra_mesos, mesos } from '@cassandra-mesos/model';
import { ExecutorHarness, waitUntil } from './harness';
import { JOB_RESOURCES, serverTask, SERVER_RESOURCES } from './node-config';

const { TaskState } = mesos.v1;
const { ClusterJobType, NodeJobState } = cassandra_mesos.v1;
const KEYSPACES = ['ks_a', 'ks_b', 'ks_c'];

jest.setTimeout(400_000);

describe('node jobs on a two-node cluster', () => {
  let harness: ExecutorHarness;

  beforeAll(async () => {
    harness = await ExecutorHarness.start(['127.0.0.1', '127.0.0.2']);
    for (const [index, ip] of ['127.0.0.1', '127.0.0.2'].entries()) {
      const taskId = await harness.launch(ip, `node-${index + 1}`, serverTask(index, 2), SERVER_RESOURCES);
      await harness.waitForState(taskId, TaskState.TASK_RUNNING);
    }
    await waitUntil(
      () => ['node-1', 'node-2'].every((n) => harness.healthOf(n).some((h) => h.info?.operationMode === 'NORMAL' && h.info.nativeTransportRunning && (h.info.liveNodes ?? []).length === 2)),
      'both nodes NORMAL and seeing each other',
      180_000,
    );
    const client = new Client({ contactPoints: ['127.0.0.1:9042', '127.0.0.2:9042'], localDataCenter: 'dc1' });
    try {
      await client.connect();
      for (const ks of KEYSPACES) {
        await client.execute(`CREATE KEYSPACE ${ks} WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 2}`);
        await client.execute(`CREATE TABLE ${ks}.kv (k int PRIMARY KEY, v text)`);
        for (let k = 0; k < 50; k++) await client.execute(`INSERT INTO ${ks}.kv (k, v) VALUES (?, ?)`, [k, `value-${k}`], { prepare: true });
      }
    } finally {
      await client.shutdown();
    }
  });

  afterAll(async () => {
    await harness?.stop();
  });

  const job = (jobId: string, type: cassandra_mesos.v1.ClusterJobType, keyspaces: string[] = []): cassandra_mesos.v1.ITaskDetails => ({
    nodeJob: { jobId, type, params: { keyspaces, repair: { primaryRange: true } }, timeoutSeconds: 600 },
  });

  it('repairs every user keyspace with per-keyspace progress', async () => {
    const taskId = await harness.launch('127.0.0.1', 'node-1', job('repair-1', ClusterJobType.REPAIR), JOB_RESOURCES);
    const finished = await harness.waitForState(taskId, TaskState.TASK_FINISHED, 300_000);
    const result = finished.details?.jobResult;
    expect(result?.state).toBe(NodeJobState.NODE_JOB_SUCCEEDED);
    expect((result?.keyspaces ?? []).map((k) => `${k.keyspace}:${k.status}`)).toEqual(KEYSPACES.map((k) => `${k}:SUCCESS`));
    // Progress arrived keyspace by keyspace (framework messages may be lost, so only what came is checked).
    const progress = harness.jobProgress('repair-1');
    expect(progress.length).toBeGreaterThan(0);
    const finishedCounts = progress.map((p) => p.keyspaces.length);
    expect([...finishedCounts].sort((a, b) => a - b)).toEqual(finishedCounts);
    expect(harness.statesOf(taskId)).toEqual(['TASK_STARTING', 'TASK_RUNNING', 'TASK_FINISHED'].filter((s) => harness.statesOf(taskId).includes(s)));
  });

  it('runs a cleanup of the requested keyspace on the other node', async () => {
    const taskId = await harness.launch('127.0.0.2', 'node-2', job('cleanup-1', ClusterJobType.CLEANUP, ['ks_b']), JOB_RESOURCES);
    const finished = await harness.waitForState(taskId, TaskState.TASK_FINISHED, 300_000);
    expect((finished.details?.jobResult?.keyspaces ?? []).map((k) => `${k.keyspace}:${k.status}`)).toEqual(['ks_b:SUCCESS']);
  });

  it('fails a repair of a keyspace that does not exist, naming it', async () => {
    const taskId = await harness.launch('127.0.0.1', 'node-1', job('repair-missing', ClusterJobType.REPAIR, ['ks_a', 'no_such_ks']), JOB_RESOURCES);
    const failed = await harness.waitForState(taskId, TaskState.TASK_FAILED, 60_000);
    expect(failed.status.message).toContain('no_such_ks');
    expect(failed.details?.jobResult?.state ?? NodeJobState.NODE_JOB_FAILED).toBe(NodeJobState.NODE_JOB_FAILED);
  });

  it('stops after the running keyspace when aborted', async () => {
    const taskId = await harness.launch('127.0.0.1', 'node-1', job('repair-abort', ClusterJobType.REPAIR, KEYSPACES), JOB_RESOURCES);
    await harness.waitForState(taskId, TaskState.TASK_RUNNING, 60_000);
    await harness.send('node-1', { abortNodeJob: { jobId: 'repair-abort', reason: 'operator abort' } });
    const killed = await harness.waitForState(taskId, TaskState.TASK_KILLED, 300_000);
    const result = killed.details?.jobResult;
    expect(result?.state).toBe(NodeJobState.NODE_JOB_ABORTED);
    const statuses = (result?.keyspaces ?? []).map((k) => k.status) ?? [];
    expect(statuses.length).toBe(3);
    expect(statuses[0]).toBe('SUCCESS');
    expect(statuses[2]).toBe('SKIPPED');
    // Nothing ran after the first skipped keyspace.
    expect(statuses.slice(statuses.indexOf('SKIPPED')).every((s) => s === 'SKIPPED')).toBe(true);
    expect(killed.status.message).toContain('operator abort');
  });

  it('health checks keep flowing while a job runs', async () => {
    const before = harness.healthOf('node-1').length;
    const taskId = await harness.launch('127.0.0.1', 'node-1', job('repair-2', ClusterJobType.REPAIR), JOB_RESOURCES);
    await harness.send('node-1', { healthCheckRequest: {} });
    await waitUntil(() => harness.healthOf('node-1').length > before, 'a health report during the repair', 10_000);
    await harness.waitForState(taskId, TaskState.TASK_FINISHED, 300_000);
  });

  const ringChanges = (nodeId: string): cassandra_mesos.v1.RingChange[] =>
    harness.messages.filter((m) => m.message.ringChange?.nodeId === nodeId).map((m) => m.message.ringChange as cassandra_mesos.v1.RingChange);

  // Last: it leaves node-2 out of the ring.
  it('decommission: refused while the replication factor needs the node, then done once it does not', async () => {
    await harness.send('node-2', { decommissionRequest: { nodeId: 'node-2' } });
    const refused = await waitUntil(() => ringChanges('node-2').find((c) => c.state === cassandra_mesos.v1.RingChangeState.RING_CHANGE_FAILED), 'the refusal', 60_000);
    expect(refused.operation).toBe(cassandra_mesos.v1.RingChangeOperation.DECOMMISSION);
    expect(refused.message).toMatch(/replication factor/i);

    const client = new Client({ contactPoints: ['127.0.0.1:9042'], localDataCenter: 'dc1' });
    try {
      await client.connect();
      for (const ks of [...KEYSPACES, 'system_distributed', 'system_traces', 'system_auth']) {
        await client.execute(`ALTER KEYSPACE ${ks} WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 1}`);
      }
      const before = harness.messages.length;
      await harness.send('node-2', { decommissionRequest: { nodeId: 'node-2' } });
      const done = await waitUntil(
        () => harness.messages.slice(before).map((m) => m.message.ringChange).find((c) => c?.nodeId === 'node-2' && c.state !== cassandra_mesos.v1.RingChangeState.RING_CHANGE_STARTED),
        'the decommission to end',
        300_000,
      );
      expect(done?.message ?? '').toBe('');
      expect(done?.state).toBe(cassandra_mesos.v1.RingChangeState.RING_CHANGE_SUCCEEDED);
      await waitUntil(() => harness.healthOf('node-2').some((h) => h.info?.operationMode === 'DECOMMISSIONED'), 'node-2 reporting DECOMMISSIONED', 30_000);
      const peers = await client.execute('SELECT peer FROM system.peers_v2');
      expect(peers.rowLength).toBe(0);
      // Everything node-2 held streamed to node-1: every row of every keyspace is there.
      for (const ks of KEYSPACES) expect(String((await client.execute(`SELECT count(*) AS n FROM ${ks}.kv`)).first()?.get('n'))).toBe('50');
    } finally {
      await client.shutdown();
    }
  });
});
