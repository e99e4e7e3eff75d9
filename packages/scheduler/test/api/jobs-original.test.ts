// Cluster jobs through the cassandra-mesos compatible routes (/cluster/<kind>/...), over the real
// decision core: what the API sends is what the core starts, and the core's refusals come back as 409.
/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access -- supertest types response bodies as any; the tests check their values */
import { cassandra_mesos } from '@cassandra-mesos/model';
import { expectDocumented, harness, NOW } from './support/harness';
import { liveCluster, withRunningJob } from './support/jobs';

const { ClusterJobType, JobStatus, RepairParallelism } = cassandra_mesos.v1;

describe('POST /cluster/<kind>/start', () => {
  it('starts a repair of every node with the defaults when there is no body', async () => {
    const { http, api, scheduler } = harness({ state: liveCluster() });
    const res = await http.post('/cluster/repair/start');
    expect(res.status).toBe(202);
    expectDocumented(api, 'post', '/cluster/repair/start', res);
    expect(scheduler.commands).toEqual([
      {
        kind: 'start-job',
        request: {
          type: 'REPAIR',
          requestedBy: 'api',
          params: {
            nodeIds: [],
            keyspaces: [],
            tables: [],
            parallelism: 1,
            continueOnFailure: false,
            nodeTimeoutSeconds: 0,
            repair: { primaryRange: true, incremental: false, parallelism: RepairParallelism.REPAIR_PARALLELISM_UNSPECIFIED, dataCenters: [] },
          },
        },
      },
    ]);
    const job = scheduler.state?.job?.header;
    expect(job?.type).toBe(ClusterJobType.REPAIR);
    expect(res.body.started).toBe(true);
    expect(res.body.job).toMatchObject({
      id: job?.jobId,
      type: 'REPAIR',
      status: 'RUNNING',
      requestedBy: 'api',
      createdAt: new Date(NOW).toISOString(),
      finishedAt: null,
      abortRequested: false,
      params: { nodes: ['node-0', 'node-1', 'node-2'], parallelism: 1, repair: { primaryRange: true, incremental: false, parallelism: 'DEFAULT', dataCenters: [] } },
      totalNodes: 3,
      completedNodes: 0,
      currentNodes: ['node-0'],
      remainingNodes: ['node-1', 'node-2'],
      progress: { percent: 0, etaSeconds: null },
    });
    expect(res.body.job.nodes.map((n: { nodeId: string; state: string }) => [n.nodeId, n.state])).toEqual([
      ['node-0', 'RUNNING'],
      ['node-1', 'PENDING'],
      ['node-2', 'PENDING'],
    ]);
  });

  it('passes filters and repair options, and resolves nodes named by IP or hostname', async () => {
    const { http, scheduler } = harness({ state: liveCluster() });
    const res = await http.post('/cluster/repair/start').send({
      nodes: ['10.0.0.12', 'host-1.example', 'node-2'],
      keyspaces: ['shop', 'users'],
      tables: ['orders'],
      parallelism: 2,
      continueOnFailure: true,
      nodeTimeoutSeconds: 3600,
      incremental: true,
      primaryRange: false,
      repairParallelism: 'dc_parallel',
      dataCenters: ['dc1'],
    });
    expect(res.status).toBe(202);
    const params = scheduler.state?.job?.header.params;
    expect(params).toMatchObject({ nodeIds: ['node-1', 'node-2'], keyspaces: ['shop', 'users'], tables: ['orders'], parallelism: 2, continueOnFailure: true, nodeTimeoutSeconds: 3600 });
    expect(params?.repair).toMatchObject({ incremental: true, primaryRange: false, parallelism: RepairParallelism.DC_PARALLEL, dataCenters: ['dc1'] });
    expect(res.body.job.params).toMatchObject({ nodes: ['node-1', 'node-2'], repair: { incremental: true, primaryRange: false, parallelism: 'DC_PARALLEL', dataCenters: ['dc1'] } });
    // Two nodes at once in the one data center.
    expect(res.body.job.currentNodes).toEqual(['node-1', 'node-2']);
  });

  it('starts a cleanup and a rolling restart (one node at a time, the first node restarting)', async () => {
    const cleanup = harness({ state: liveCluster() });
    const c = await cleanup.http.post('/cluster/cleanup/start').send({ keyspaces: ['shop'] });
    expect(c.status).toBe(202);
    expect(c.body.job).toMatchObject({ type: 'CLEANUP', params: { keyspaces: ['shop'] } });
    expect(c.body.job.params.repair).toBeUndefined();

    const restart = harness({ state: liveCluster() });
    const r = await restart.http.post('/cluster/rolling-restart/start').send({ nodes: ['node-2', 'node-0'] });
    expect(r.status).toBe(202);
    expect(r.body.job).toMatchObject({ type: 'ROLLING_RESTART', params: { nodes: ['node-0', 'node-2'] }, currentNodes: ['node-0'] });
    expect(restart.scheduler.state?.nodes.get('node-0')?.targetRunState).toBe(cassandra_mesos.v1.TargetRunState.RESTART);
  });

  it('answers 409 JOB_RUNNING with started:false and the core\'s reason while a job runs', async () => {
    const { http, scheduler } = harness({ state: withRunningJob(liveCluster(), { type: 'CLEANUP' }) });
    const res = await http.post('/cluster/repair/start');
    expect(res.status).toBe(409);
    expect(res.body.started).toBe(false);
    expect(res.body.error.code).toBe('JOB_RUNNING');
    expect(res.body.error.message).toMatch(/^a repair was not started \(nothing changed\): job job-1 \(CLEANUP, started .*\) is running: one cluster job runs at a time/);
    expect(res.body.error.details).toEqual({ runningJob: { id: 'job-1', type: 'CLEANUP' } });
    expect(scheduler.state?.job?.header.jobId).toBe('job-1');
  });

  it("answers 409 COMMAND_REJECTED with the core's reason for other refusals (a rolling restart while a node is down)", async () => {
    const { http, scheduler } = harness();
    const res = await http.post('/cluster/rolling-restart/start');
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ started: false, error: { code: 'COMMAND_REJECTED' } });
    expect(res.body.error.message).toContain('not every node is live (node-2)');
    expect(scheduler.state?.job).toBeUndefined();
  });

  it('validates the body: unknown nodes 404, bad names, fields of another kind and parallelism of a restart 400', async () => {
    const { http, scheduler } = harness({ state: liveCluster() });
    const unknown = await http.post('/cluster/cleanup/start').send({ nodes: ['node-0', 'node-7'] });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NODE_NOT_FOUND');
    expect(unknown.body.error.message).toContain("there is no node 'node-7'");

    const cases: Array<[string, unknown, string, string]> = [
      ['/cluster/repair/start', { keyspaces: ['shop; DROP'] }, 'body.keyspaces[0]', 'a keyspace or table name'],
      ['/cluster/cleanup/start', { keyspaces: ['ok'], tables: ['bad-name'] }, 'body.tables[0]', 'a keyspace or table name'],
      ['/cluster/cleanup/start', { tables: ['orders'] }, 'body.tables', 'name the keyspaces'],
      ['/cluster/cleanup/start', { incremental: true }, 'body.incremental', 'incremental is a repair option'],
      ['/cluster/cleanup/start', { repairParallelism: 'parallel' }, 'body.repairParallelism', 'repair option'],
      ['/cluster/rolling-restart/start', { parallelism: 2 }, 'body.parallelism', 'one node down at a time'],
      ['/cluster/rolling-restart/start', { keyspaces: ['shop'] }, 'body.keyspaces', 'takes no keyspaces or tables'],
      ['/cluster/repair/start', { parallelism: 0 }, 'body.parallelism', 'at least 1'],
      ['/cluster/repair/start', { nodeTimeoutSeconds: 5 }, 'body.nodeTimeoutSeconds', 'at least 60'],
      ['/cluster/repair/start', { repairParallelism: 'fast' }, 'body.repairParallelism', ''],
      ['/cluster/repair/start', { nodes: [] }, 'body.nodes', 'leave nodes out for all nodes'],
      ['/cluster/repair/start', { speed: 'max' }, 'body.speed', "unknown field 'speed'"],
    ];
    for (const [path, body, field, message] of cases) {
      const res = await http.post(path).send(body as object);
      expect([path, field, res.status, res.body.error.code]).toEqual([path, field, 400, 'INVALID_INPUT']);
      const problem = (res.body.error.details as Array<{ field: string; message: string }>).find((p) => p.field === field);
      expect([path, field, problem?.message]).toEqual([path, field, expect.stringContaining(message)]);
    }
    expect(scheduler.commands).toEqual([]);
  });
});

describe('POST /cluster/<kind>/abort, status and last', () => {
  it('shows the running job under the original name, and only for its kind', async () => {
    const { http, api } = harness({ state: withRunningJob(liveCluster(), { type: 'ROLLING_RESTART' }) });
    const status = await http.get('/cluster/rolling-restart/status');
    expect(status.status).toBe(200);
    expectDocumented(api, 'get', '/cluster/rolling-restart/status', status);
    expect(status.body).toMatchObject({ running: true, clusterRestart: { id: 'job-1', type: 'ROLLING_RESTART', currentNodes: ['node-0'] } });
    expect((await http.get('/cluster/repair/status')).body).toEqual({ running: false, repair: null });
    expect((await http.get('/cluster/cleanup/last')).body).toEqual({ present: false, cleanup: null });
  });

  it('aborts the running job (after its current node), 409 NO_JOB_RUNNING with aborted:false otherwise', async () => {
    const { http, scheduler } = harness({ state: withRunningJob(liveCluster()) });
    const wrongKind = await http.post('/cluster/cleanup/abort');
    expect(wrongKind.status).toBe(409);
    expect(wrongKind.body).toMatchObject({ aborted: false, error: { code: 'NO_JOB_RUNNING', message: 'a cleanup is not running (the running job job-1 is a REPAIR); nothing changed' } });

    const res = await http.post('/cluster/repair/abort');
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ aborted: true, job: { id: 'job-1', abortRequested: true, status: 'RUNNING', currentNodes: ['node-0'] } });
    expect(scheduler.commands).toEqual([{ kind: 'abort-job', jobId: 'job-1', reason: 'requested through the REST API' }]);
    expect(scheduler.state?.job?.header.abortRequested).toBe(true);
  });

  it('shows the last finished job of a kind with its nodes, after the core archived it', async () => {
    const { http, api, scheduler } = harness({ state: liveCluster() });
    expect((await http.post('/cluster/repair/start').send({ nodeTimeoutSeconds: 60 })).status).toBe(202);
    expect((await http.post('/cluster/repair/abort')).status).toBe(202);
    // node-0's job task never got an offer: its part times out, and the aborted job ends.
    scheduler.step({ type: 'subscribed', frameworkId: 'fw-123', resubscribed: true });
    scheduler.nowMs += 61_000;
    scheduler.tick();
    expect(scheduler.state?.job).toBeUndefined();
    expect(scheduler.history.map((j) => j.status)).toEqual([JobStatus.JOB_ABORTED]);

    const last = await http.get('/cluster/repair/last');
    expect(last.status).toBe(200);
    expectDocumented(api, 'get', '/cluster/repair/last', last);
    expect(last.body.present).toBe(true);
    expect(last.body.repair).toMatchObject({ status: 'ABORTED', abortRequested: true, finishedAt: new Date(NOW + 61_000).toISOString(), completedNodes: 3, failedNodes: 3, remainingNodes: [], progress: { percent: 100, etaSeconds: null } });
    expect(last.body.repair.nodes.map((n: { nodeId: string; state: string }) => [n.nodeId, n.state])).toEqual([
      ['node-0', 'FAILED'],
      ['node-1', 'SKIPPED'],
      ['node-2', 'SKIPPED'],
    ]);
    expect(last.body.repair.nodes[0].failureMessage).toContain('did not start within');
    expect((await http.get('/cluster/repair/status')).body).toEqual({ running: false, repair: null });
    const config = await http.get('/config');
    expect(config.body).toMatchObject({ currentClusterTask: null, lastRepair: { status: 'ABORTED' }, lastCleanup: null });
  });

  it('answers 503 STATE_UNAVAILABLE when the history cannot be read', async () => {
    const { http, scheduler } = harness();
    scheduler.historyError = new Error('connection loss');
    const res = await http.get('/cluster/cleanup/last');
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('STATE_UNAVAILABLE');
    expect(res.body.error.message).toContain('connection loss');
  });

  it('refuses commands on a standby with NOT_LEADER and starts nothing', async () => {
    const { http, scheduler } = harness({ state: liveCluster() });
    scheduler.leading = false;
    const res = await http.post('/cluster/repair/start');
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('NOT_LEADER');
    expect(scheduler.state?.job).toBeUndefined();
  });
});
