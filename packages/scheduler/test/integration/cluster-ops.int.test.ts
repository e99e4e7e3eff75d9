// Issue 7 acceptance, end to end: cluster operations on one real cluster (a real scheduler process with
// its state in ZooKeeper, mesos-local with four agents, three real Cassandra 5.0 nodes through the real
// executor), driven only through the REST API. In order: deploy + data; repair and cleanup through both
// route families (progress while running, results filtered by keyspace); a rolling restart that never
// has two nodes down; kill -9 of the scheduler in the middle of a repair and of a rolling restart
// (the new leader finishes the same job without running a node twice); an agent lost for good
// (the node is replaced on the spare agent with replace_address and takes over its tokens); a
// decommission that Cassandra refuses at RF 3 and that succeeds after lowering the replication.
import { readFileSync } from 'node:fs';
import { isLive } from '@cassandra-mesos/model';
import {
  cqlAnswers, createKeyspaceWithRows, DownMonitor, figures, finishedJob, followJob, intactRows, NODE_IPS, newTaskIds, OpsCluster,
  REPLACE_TIMEOUT_SECONDS, ringSeenBy, seconds, SPARE_IP, waitUntil, withCql, type JobView, type NodePart,
} from './cluster-ops-support';

jest.setTimeout(900_000);

const ROWS = 2000;
const KEYSPACES = ['ops_a', 'ops_b'] as const;
const NODES = ['node-0', 'node-1', 'node-2'];

interface PlanView { phases?: Array<{ name: string; steps: Array<{ name: string; status: string; message: string }> }> }

function partsBySequence(job: JobView | null | undefined): NodePart[] {
  return [...(job?.nodes ?? [])].sort((a, b) => a.sequence - b.sequence);
}

/** The job finished with `status`, every node's part succeeded and lists exactly `keyspaces`. */
function expectOnlyKeyspaces(job: JobView | null | undefined, status: string, nodeIds: string[], keyspaces: string[]): void {
  expect(job?.status).toBe(status);
  const parts = partsBySequence(job).map((p) => [p.nodeId, p.state, p.keyspaces.map((k) => `${k.keyspace}:${k.status}`).sort()]);
  expect(parts).toEqual(nodeIds.map((n) => [n, 'SUCCEEDED', keyspaces.map((k) => `${k}:SUCCESS`)]));
}

const repairOf = (body: unknown): JobView | null => (body as { repair: JobView | null }).repair;
const restartOf = (body: unknown): JobView | null => (body as { clusterRestart: JobView | null }).clusterRestart;

describe('cluster operations on mesos-local + ZooKeeper + three real Cassandra nodes', () => {
  let cluster: OpsCluster | undefined;
  const c = (): OpsCluster => {
    if (!cluster) throw new Error('the cluster did not start (see beforeAll)');
    return cluster;
  };

  beforeAll(async () => {
    cluster = await OpsCluster.start();
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  // How long each results route took to show a job after its status route said it no longer runs.
  const lags: Array<[string, number]> = [];
  async function results(name: string, path: string, pick: (body: unknown) => JobView | null | undefined, jobId: string): Promise<JobView> {
    const { job, lagMs } = await finishedJob(c(), path, pick, jobId);
    lags.push([name, lagMs]);
    return job;
  }
  /** A client that polls the status until "not running", then reads the results, must find them. */
  function expectResultsAtOnce(scenario: string): void {
    const seen = lags.splice(0);
    figures(`${scenario}: results lag after status "not running"`, Object.fromEntries(seen.map(([name, ms]) => [name, `${ms}ms`])));
    expect(seen.filter(([, ms]) => ms > 0)).toEqual([]);
  }

  async function expectRowsIntact(ips: readonly string[]): Promise<void> {
    await withCql(ips, async (client) => {
      for (const ks of KEYSPACES) expect([ks, await intactRows(client, ks)]).toEqual([ks, ROWS]);
    });
  }

  async function expectAllLive(ids: string[]): Promise<void> {
    await waitUntil(async () => {
      const nodes = await c().nodes();
      return nodes.map((n) => n.nodeId).join() === ids.join() && nodes.every((n) => isLive(n)) && (await c().deployStatus()) === 'COMPLETE';
    }, `nodes ${ids.join(', ')} live and the deploy COMPLETE`, 300_000);
  }

  it('1. deploys three nodes (none on the spare agent) and writes ops_a and ops_b at RF 3', async () => {
    const t0 = Date.now();
    const scheduler = c().startScheduler();
    await waitUntil(async () => {
      c().assertSchedulerAlive();
      return (await c().deployStatus()) === 'COMPLETE';
    }, () => `deploy COMPLETE (scheduler output: ${scheduler.tail()})`, 420_000);
    const deployed = seconds(t0);
    const nodes = await c().nodes();
    expect(nodes.map((n) => n.nodeId)).toEqual(NODES);
    expect(nodes.map((n) => n.ip).sort()).toEqual([...NODE_IPS]);
    expect(nodes.filter((n) => n.seed).length).toBe(2);
    expect(nodes.every((n) => isLive(n))).toBe(true);
    const ring = await waitUntil(async () => {
      const view = await ringSeenBy('127.0.0.1');
      return view.peers.length === 2 && view;
    }, 'node-0 to list both peers', 60_000);
    expect(ring.peers).toEqual(['127.0.0.2', '127.0.0.3']);

    const t1 = Date.now();
    await withCql(NODE_IPS, async (client) => {
      for (const ks of KEYSPACES) await createKeyspaceWithRows(client, ks, 3, ROWS);
    });
    const written = seconds(t1);
    await expectRowsIntact(NODE_IPS);
    figures('deploy', { deployComplete: deployed, write2x2000RowsAtAll: written });
  });

  it('2. repair and cleanup through both route families: progress while running, results only for the named keyspace', async () => {
    const byId = (id: string) => (body: unknown) => (body as JobView | undefined)?.id === id ? (body as JobView) : undefined;
    const t0 = Date.now();
    // Original family: repair of ops_a.
    const started = await c().call<{ started: boolean; job: JobView }>('POST', '/cluster/repair/start', 202, { keyspaces: ['ops_a'] });
    expect([started.started, started.job.type, started.job.status]).toEqual([true, 'REPAIR', 'RUNNING']);
    const repairA = await followJob(c(), '/cluster/repair/status', 'repair', started.job.id, 300_000);
    const lastA = await results('GET /cluster/repair/last', '/cluster/repair/last', repairOf, started.job.id);
    expectOnlyKeyspaces(lastA, 'SUCCEEDED', NODES, ['ops_a']);
    for (const n of await c().nodes()) expect([n.nodeId, n.lastRepairAtMs >= t0]).toEqual([n.nodeId, true]);

    // DC/OS family: repair of ops_b, seen through /v1/repair/status and /v1/jobs.
    const t1 = Date.now();
    const repairB = await c().call<JobView>('PUT', '/v1/repair/start', 202, { nodes: ['*'], key_spaces: ['ops_b'] });
    expect([repairB.type, repairB.status]).toEqual(['REPAIR', 'RUNNING']);
    const progressB = await followJob(c(), '/v1/repair/status', 'job', repairB.id, 300_000);
    type JobList = { current: JobView | null; history: JobView[]; lastByType: Record<string, JobView | undefined> };
    await results('GET /v1/jobs', '/v1/jobs', (b) => (b as JobList).history[0], repairB.id);
    const jobs = await c().call<JobList>('GET', '/v1/jobs', 200);
    expect(jobs.current).toBeNull();
    expect(jobs.history.map((j) => j.id).slice(0, 2)).toEqual([repairB.id, started.job.id]);
    expect([jobs.lastByType['REPAIR']?.id, jobs.lastByType['REPAIR']?.status]).toEqual([repairB.id, 'SUCCEEDED']);
    // The list holds summaries without per-node parts (documented in the API); the job by id has them.
    expectOnlyKeyspaces(await c().call<JobView>('GET', `/v1/jobs/${repairB.id}`, 200), 'SUCCEEDED', NODES, ['ops_b']);
    for (const n of await c().nodes()) expect([n.nodeId, n.lastRepairAtMs >= t1]).toEqual([n.nodeId, true]);

    // Cleanup: ops_a through the original family, ops_b through /v1.
    const t2 = Date.now();
    const cleanA = await c().call<{ started: boolean; job: JobView }>('POST', '/cluster/cleanup/start', 202, { keyspaces: ['ops_a'] });
    const cleanupA = await followJob(c(), '/cluster/cleanup/status', 'cleanup', cleanA.job.id, 300_000);
    const lastClean = await results('GET /cluster/cleanup/last', '/cluster/cleanup/last', (b) => (b as { cleanup: JobView | null }).cleanup, cleanA.job.id);
    expectOnlyKeyspaces(lastClean, 'SUCCEEDED', NODES, ['ops_a']);
    const cleanB = await c().call<JobView>('PUT', '/v1/cleanup/start', 202, { nodes: ['*'], key_spaces: ['ops_b'] });
    const cleanupB = await followJob(c(), '/v1/cleanup/status', 'job', cleanB.id, 300_000);
    expectOnlyKeyspaces(await results('GET /v1/jobs/{id}', `/v1/jobs/${cleanB.id}`, byId(cleanB.id), cleanB.id), 'SUCCEEDED', NODES, ['ops_b']);
    for (const n of await c().nodes()) expect([n.nodeId, n.lastCleanupAtMs >= t2]).toEqual([n.nodeId, true]);

    for (const [name, p] of [['repair ops_a', repairA], ['repair ops_b', progressB], ['cleanup ops_a', cleanupA], ['cleanup ops_b', cleanupB]] as const) {
      figures(name, { duration: `${(p.durationMs / 1000).toFixed(1)}s`, samples: p.samples, currentNodesSeen: [...p.currentNodesSeen].join('+'), maxCompletedWhileRunning: p.maxCompletedWhileRunning });
      expect([name, p.currentNodesSeen.size > 0, p.maxCompletedWhileRunning > 0]).toEqual([name, true, true]);
    }
    expectResultsAtOnce('repair and cleanup');
  });

  it('3. rolling restart: every node restarts once, never two down at once, rows readable at ALL after', async () => {
    const before = c().taskIds('server');
    const monitor = new DownMonitor(NODE_IPS);
    const t0 = Date.now();
    try {
      const started = await c().call<{ started: boolean; job: JobView }>('POST', '/cluster/rolling-restart/start', 202);
      expect(started.job.type).toBe('ROLLING_RESTART');
      const progress = await followJob(c(), '/cluster/rolling-restart/status', 'clusterRestart', started.job.id, 600_000);
      const last = await results('GET /cluster/rolling-restart/last', '/cluster/rolling-restart/last', restartOf, started.job.id);
      expect(last.status).toBe('SUCCEEDED');
      expect(partsBySequence(last).map((p) => [p.nodeId, p.state])).toEqual(NODES.map((n) => [n, 'SUCCEEDED']));
      figures('rolling restart', { duration: seconds(t0), statusSamples: progress.samples });
    } finally {
      await monitor.stop();
    }
    figures('rolling restart monitor', { cqlSamples: monitor.samples, maxDownAtOnce: monitor.maxDownAtOnce, seenDown: [...monitor.everDown].join('+') });
    expect(monitor.overlaps).toEqual([]);
    expect([...monitor.everDown].sort()).toEqual([...NODE_IPS]);
    const restarted = newTaskIds(before, c().taskIds('server'));
    expect(NODES.map((n) => [n, restarted.get(n)?.length ?? 0])).toEqual(NODES.map((n) => [n, 1]));
    await expectAllLive(NODES);
    await expectRowsIntact(NODE_IPS);
    expectResultsAtOnce('rolling restart');
  });

  it('4. kill -9 of the scheduler mid-repair: the new leader finishes the same job, one job task per node', async () => {
    const before = c().taskIds('job');
    const t0 = Date.now();
    const started = await c().call<{ started: boolean; job: JobView }>('POST', '/cluster/repair/start', 202, { keyspaces: [...KEYSPACES] });
    const jobId = started.job.id;
    // Kill once the first node's part has succeeded and the second one's is running.
    const atKill = await waitUntil(async () => {
      const status = await c().call<{ running: boolean; repair: JobView | null }>('GET', '/cluster/repair/status', 200);
      const [first, second] = partsBySequence(status.repair);
      if (!status.running) throw new Error(`the repair finished before the scheduler could be killed mid-job: ${JSON.stringify(status.repair)}`);
      return first?.state === 'SUCCEEDED' && second?.state === 'RUNNING' && status.repair;
    }, 'the first node SUCCEEDED and the second RUNNING', 300_000, 100);
    await c().stopScheduler('SIGKILL');
    const killedAt = Date.now();
    const scheduler = c().startScheduler();
    const progress = await followJob(c(), '/cluster/repair/status', 'repair', jobId, 600_000);
    const last = await results('GET /cluster/repair/last', '/cluster/repair/last', repairOf, jobId).catch((err: Error) => {
      throw new Error(`${err.message}\n(scheduler output: ${scheduler.tail()})`);
    });
    expectOnlyKeyspaces(last, 'SUCCEEDED', NODES, [...KEYSPACES]);
    // The parts done or running at the kill were not redone: same task, same start.
    const after = partsBySequence(last);
    for (const part of partsBySequence(atKill).slice(0, 2)) {
      const now = after.find((p) => p.nodeId === part.nodeId);
      expect([part.nodeId, now?.taskId, now?.startedAt]).toEqual([part.nodeId, part.taskId, part.startedAt]);
    }
    // Mesos saw exactly one job task per node in this job's window, and it is the one the job recorded
    // (job task ids are <node>-job-<uuid>; the job id travels in TaskInfo.data, which /state omits).
    const jobTasks = newTaskIds(before, c().taskIds('job'));
    expect(NODES.map((n) => [n, jobTasks.get(n)])).toEqual(after.map((p) => [p.nodeId, [p.taskId]]));
    expectResultsAtOnce('kill -9 mid-repair');
    figures('kill -9 mid-repair', { killedAfter: `${((killedAt - t0) / 1000).toFixed(1)}s`, finishedAfterKill: seconds(killedAt), unreachableSamples: progress.failedCalls });
  });

  it('5. kill -9 of the scheduler mid-rolling-restart: the same job completes, each node restarted exactly once', async () => {
    const before = c().taskIds('server');
    const monitor = new DownMonitor(NODE_IPS);
    const t0 = Date.now();
    let killedAt = 0;
    try {
      const started = await c().call<{ started: boolean; job: JobView }>('POST', '/cluster/rolling-restart/start', 202);
      await waitUntil(async () => {
        const status = await c().call<{ running: boolean; clusterRestart: JobView | null }>('GET', '/cluster/rolling-restart/status', 200);
        const [first, second] = partsBySequence(status.clusterRestart);
        if (!status.running) throw new Error(`the restart finished before the scheduler could be killed mid-job: ${JSON.stringify(status.clusterRestart)}`);
        return first?.state === 'SUCCEEDED' && second?.state === 'RUNNING';
      }, 'the first node SUCCEEDED and the second RUNNING', 300_000, 100);
      await c().stopScheduler('SIGKILL');
      killedAt = Date.now();
      c().startScheduler();
      await followJob(c(), '/cluster/rolling-restart/status', 'clusterRestart', started.job.id, 600_000);
      const last = await results('GET /cluster/rolling-restart/last', '/cluster/rolling-restart/last', restartOf, started.job.id);
      expect(last.status).toBe('SUCCEEDED');
      expect(partsBySequence(last).map((p) => [p.nodeId, p.state])).toEqual(NODES.map((n) => [n, 'SUCCEEDED']));
    } finally {
      await monitor.stop();
    }
    const restarted = newTaskIds(before, c().taskIds('server'));
    expect(NODES.map((n) => [n, restarted.get(n)?.length ?? 0])).toEqual(NODES.map((n) => [n, 1]));
    expect(monitor.overlaps).toEqual([]);
    expect([...monitor.everDown].sort()).toEqual([...NODE_IPS]);
    await expectAllLive(NODES);
    await expectRowsIntact(NODE_IPS);
    expectResultsAtOnce('kill -9 mid-rolling-restart');
    figures('kill -9 mid-rolling-restart', { killedAfter: `${((killedAt - t0) / 1000).toFixed(1)}s`, finishedAfterKill: seconds(killedAt), maxDownAtOnce: monitor.maxDownAtOnce });
  });

  it('7. an agent lost for good: its node is replaced on the spare agent with replace_address, ring of three UN nodes', async () => {
    // Lift the placement constraint that kept the first deploy off the spare agent (through the API:
    // it applies to new placements only, nothing restarts).
    const lifted = await c().call('PATCH', '/v1/config', 202, { placementConstraints: '' });
    expect((lifted as { rollingRestart?: boolean }).rollingRestart).toBe(false);
    const config = await c().call('GET', '/v1/config', 200);
    expect((config as { config?: { placementConstraints?: string } }).config?.placementConstraints).toBe('');

    const victim = (await c().nodes()).filter((n) => !n.seed);
    expect(victim.map((n) => n.nodeId)).toEqual(['node-2']);
    const dead = victim[0]!;
    const oldTokens = (await ringSeenBy('127.0.0.1')).tokens.get(dead.ip);
    expect(oldTokens?.length).toBeGreaterThan(0);
    const t0 = Date.now();
    expect(await c().mesos.admin.killAgent(dead.agentId)).toEqual({ ok: true });
    const lost = await waitUntil(async () => ((await c().node(dead.nodeId))?.agentLostAtMs ?? 0) > 0, 'the scheduler to see the agent lost', 120_000);
    const lostAfter = seconds(t0);
    const replacement = await waitUntil(async () => (await c().nodes()).find((n) => n.replacesNodeId === dead.nodeId), 'a replacement node record', (REPLACE_TIMEOUT_SECONDS + 120) * 1000, 2000);
    const replacedAfter = seconds(t0);
    expect(lost).toBe(true);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(REPLACE_TIMEOUT_SECONDS * 1000);
    expect([replacement.nodeId, replacement.replaceIp]).toEqual(['node-3', dead.ip]);
    // The replacement's Cassandra really started with replace_address of the dead node.
    const pid = await waitUntil(async () => ((await c().node('node-3'))?.serverPid ?? 0) || undefined, 'node-3 Cassandra to run', 300_000);
    expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')).toContain(`-Dcassandra.replace_address_first_boot=${dead.ip}`);
    await expectAllLive(['node-0', 'node-1', 'node-3']);
    const live = ['127.0.0.1', '127.0.0.2', SPARE_IP];
    expect((await c().node('node-3'))?.ip).toBe(SPARE_IP);
    // Every member sees exactly the other two, and the spare now owns the dead node's tokens.
    for (const ip of live) {
      const view = await waitUntil(async () => {
        const v = await ringSeenBy(ip);
        // A peers_v2 row appears before gossip has filled in its tokens: wait for both.
        const complete = v.peers.join() === live.filter((x) => x !== ip).join() && live.every((m) => (v.tokens.get(m)?.length ?? 0) > 0);
        return complete && v;
      }, `${ip} to list exactly the two other live nodes as peers, with their tokens`, 120_000);
      expect(view.tokens.get(SPARE_IP)).toEqual(oldTokens);
    }
    // UN everywhere, as each executor reads it over Jolokia (the nodetool status equivalent).
    let health = '';
    await waitUntil(async () => {
      const nodes = await c().nodes();
      health = JSON.stringify(nodes.map((n) => [n.nodeId, n.health?.operationMode, n.health?.liveNodeCount, n.health?.unreachableNodeCount]));
      return nodes.every((n) => n.health?.operationMode === 'NORMAL' && n.health.liveNodeCount === 3 && n.health.unreachableNodeCount === 0);
    }, () => `every node NORMAL with 3 live, 0 unreachable: ${health}`, 120_000);
    await expectRowsIntact(live);
    expect(await c().node(dead.nodeId)).toBeUndefined();
    figures('replace', { agentLostAfter: lostAfter, replacementAfter: replacedAfter, replaceTimeout: `${REPLACE_TIMEOUT_SECONDS}s`, ringOfThreeAfter: seconds(t0) });
  });

  it('6. decommission: refused by Cassandra at RF 3 (ERROR step, node keeps running), done after lowering RF to 2', async () => {
    const leaving = (await c().nodes()).find((n) => !n.seed);
    expect(leaving?.nodeId).toBe('node-3');
    const t0 = Date.now();
    expect(await c().call('PUT', '/v1/nodes/node-3/decommission', 202)).toEqual({ nodeId: 'node-3', nodeCount: 2 });
    const refused = await waitUntil(async () => {
      const plan = (await c().api('GET', '/v1/plans/deploy')).body as PlanView;
      for (const phase of plan.phases ?? []) {
        const step = phase.steps.find((s) => s.name === 'node-3' && s.status === 'ERROR');
        if (step) return { phase: phase.name, message: step.message };
      }
      return undefined;
    }, 'an ERROR step for node-3 in the deploy plan', 180_000);
    expect(refused.message).toMatch(/replication factor/i);
    const refusedAfter = seconds(t0);
    // Refused: node-3 is still a live member of the ring.
    expect(isLive((await c().node('node-3'))!)).toBe(true);
    expect(await cqlAnswers(SPARE_IP)).toBe(true);
    expect((await ringSeenBy('127.0.0.1')).peers).toEqual(['127.0.0.2', SPARE_IP]);

    // RF 2 everywhere a replica would be lost (system_distributed is created with RF 3 too), then retry.
    await withCql(['127.0.0.1'], async (client) => {
      for (const ks of [...KEYSPACES, 'system_distributed']) await client.execute(`ALTER KEYSPACE ${ks} WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 2}`);
    });
    const t1 = Date.now();
    await c().call('POST', `/v1/plans/deploy/restart?phase=${encodeURIComponent(refused.phase)}&step=node-3`, 200);
    await expectAllLive(['node-0', 'node-1']);
    const view = await waitUntil(async () => {
      const v = await ringSeenBy('127.0.0.1');
      return v.peers.join() === '127.0.0.2' && v;
    }, 'node-0 to list only node-1 as a peer', 120_000);
    expect([...view.tokens.keys()].sort()).toEqual(['127.0.0.1', '127.0.0.2']);
    await expectRowsIntact(['127.0.0.1', '127.0.0.2']);
    figures('decommission', { refusedAfter, refusal: JSON.stringify(refused.message.slice(0, 160)), shrunkAfterRetry: seconds(t1) });
  });
});
