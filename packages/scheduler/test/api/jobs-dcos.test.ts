// Cluster jobs through the DC/OS compatible routes (/v1/{repair,cleanup,restart}/..., /v1/jobs, the
// job plans), over the real decision core.
/* eslint-disable @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access -- supertest types response bodies as any; the tests check their values */
import { cassandra_mesos } from '@cassandra-mesos/model';
import { expectDocumented, harness, NOW } from './support/harness';
import { liveCluster, withRunningJob } from './support/jobs';

const { ClusterJobType, JobStatus } = cassandra_mesos.v1;

describe('PUT /v1/{repair,cleanup,restart}/start|stop, GET status', () => {
  it('starts a repair of ["*"] and a cleanup of named nodes with DC/OS field names', async () => {
    const repair = harness({ state: liveCluster() });
    const r = await repair.http.put('/v1/repair/start').send({ nodes: ['*'], key_spaces: ['shop'], column_families: ['orders', 'items'] });
    expect(r.status).toBe(202);
    expectDocumented(repair.api, 'put', '/v1/repair/start', r);
    expect(r.body).toMatchObject({ type: 'REPAIR', status: 'RUNNING', params: { nodes: ['node-0', 'node-1', 'node-2'], keyspaces: ['shop'], tables: ['orders', 'items'] } });
    expect(repair.scheduler.commands[0]).toMatchObject({ kind: 'start-job', request: { type: 'REPAIR', params: { nodeIds: [], keyspaces: ['shop'], tables: ['orders', 'items'] } } });

    const cleanup = harness({ state: liveCluster() });
    const c = await cleanup.http.put('/v1/cleanup/start').send({ nodes: ['node-2', '10.0.0.11'] });
    expect(c.status).toBe(202);
    expect(c.body).toMatchObject({ type: 'CLEANUP', params: { nodes: ['node-1', 'node-2'] }, currentNodes: ['node-1'], remainingNodes: ['node-2'] });
  });

  it('starts a rolling restart with or without a body', async () => {
    const all = harness({ state: liveCluster() });
    const a = await all.http.put('/v1/restart/start');
    expect(a.status).toBe(202);
    expect(a.body).toMatchObject({ type: 'ROLLING_RESTART', totalNodes: 3 });
    const some = harness({ state: liveCluster() });
    const s = await some.http.put('/v1/restart/start').send({ nodes: ['node-1'] });
    expect(s.status).toBe(202);
    expect(s.body).toMatchObject({ type: 'ROLLING_RESTART', params: { nodes: ['node-1'] }, currentNodes: ['node-1'] });
  });

  it('validates DC/OS bodies: "*" alone, names, tables need keyspaces, unknown nodes 404', async () => {
    const { http, scheduler } = harness({ state: liveCluster() });
    const mixed = await http.put('/v1/cleanup/start').send({ nodes: ['*', 'node-0'] });
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.details).toEqual([{ field: 'body.nodes', message: '"*" stands for every node: give it alone, or list the nodes' }]);
    const bad = await http.put('/v1/repair/start').send({ nodes: ['*'], key_spaces: ['1abc'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe('body.key_spaces[0]');
    const orphanTables = await http.put('/v1/repair/start').send({ nodes: ['*'], column_families: ['t'] });
    expect(orphanTables.status).toBe(400);
    expect(orphanTables.body.error.details).toEqual([{ field: 'body.column_families', message: 'name the keyspaces these column families belong to (key_spaces)' }]);
    const missing = await http.put('/v1/repair/start').send({});
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].field).toBe('body.nodes');
    const restartExtra = await http.put('/v1/restart/start').send({ nodes: ['*'], key_spaces: ['shop'] });
    expect(restartExtra.status).toBe(400);
    expect(restartExtra.body.error.details[0].message).toContain("unknown field 'key_spaces' (allowed: nodes)");
    const unknown = await http.put('/v1/repair/start').send({ nodes: ['node-5'] });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NODE_NOT_FOUND');
    expect(scheduler.commands).toEqual([]);
  });

  it('answers 409 JOB_RUNNING while a job runs; stop and status see only their kind', async () => {
    const { http, api, scheduler } = harness({ state: withRunningJob(liveCluster(), { type: 'CLEANUP' }) });
    const again = await http.put('/v1/repair/start').send({ nodes: ['*'] });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('JOB_RUNNING');
    expect(again.body.started).toBeUndefined();

    expect((await http.get('/v1/repair/status')).body).toEqual({ running: false, job: null });
    const status = await http.get('/v1/cleanup/status');
    expectDocumented(api, 'get', '/v1/cleanup/status', status);
    expect(status.body).toMatchObject({ running: true, job: { id: 'job-1', type: 'CLEANUP' } });

    const wrong = await http.put('/v1/restart/stop');
    expect(wrong.status).toBe(409);
    expect(wrong.body.error.code).toBe('NO_JOB_RUNNING');
    const stop = await http.put('/v1/cleanup/stop');
    expect(stop.status).toBe(202);
    expectDocumented(api, 'put', '/v1/cleanup/stop', stop);
    expect(stop.body).toMatchObject({ id: 'job-1', abortRequested: true });
    expect(scheduler.state?.job?.header.abortRequested).toBe(true);
  });
});

describe('GET /v1/jobs, /v1/jobs/{id}', () => {
  /** Starts a job (original route) and runs it to its end through the core: node parts time out (no offers), the job fails. */
  async function finishedJob(h: ReturnType<typeof harness>, path: string, body: object): Promise<string> {
    const res = await h.http.post(path).send(body);
    expect(res.status).toBe(202);
    h.scheduler.nowMs += 61_000;
    h.scheduler.tick();
    expect(h.scheduler.state?.job).toBeUndefined();
    return res.body.job.id as string;
  }

  it('lists the running job, the finished ones newest first (summaries) and the last of each type', async () => {
    const h = harness({ state: liveCluster() });
    h.scheduler.step({ type: 'subscribed', frameworkId: 'fw-123', resubscribed: true });
    expect((await h.http.get('/v1/jobs')).body).toEqual({ current: null, history: [], lastByType: {}, cleanupSuggestion: null });

    // A node part fails when it does not start within its timeout; without continueOnFailure the job stops.
    const cleanup = await finishedJob(h, '/cluster/cleanup/start', { nodeTimeoutSeconds: 60 });
    const repair = await finishedJob(h, '/cluster/repair/start', { nodeTimeoutSeconds: 60, nodes: ['node-2'] });
    const running = await h.http.put('/v1/restart/start');
    expect(running.status).toBe(202);

    const list = await h.http.get('/v1/jobs');
    expect(list.status).toBe(200);
    expectDocumented(h.api, 'get', '/v1/jobs', list);
    expect(list.body.current).toMatchObject({ id: running.body.id, type: 'ROLLING_RESTART', status: 'RUNNING' });
    expect(list.body.current.nodes).toHaveLength(3);
    expect(list.body.history.map((j: { id: string; type: string; status: string }) => [j.id, j.type, j.status])).toEqual([
      [repair, 'REPAIR', 'FAILED'],
      [cleanup, 'CLEANUP', 'FAILED'],
    ]);
    expect(list.body.history[0].nodes).toBeUndefined();
    expect(list.body.history[1].failureMessage).toContain('node-0 failed: did not start within');
    expect(Object.keys(list.body.lastByType).sort()).toEqual(['CLEANUP', 'REPAIR']);
    expect(list.body.lastByType.REPAIR.id).toBe(repair);

    const one = await h.http.get(`/v1/jobs/${cleanup}`);
    expect(one.status).toBe(200);
    expectDocumented(h.api, 'get', '/v1/jobs/:id', one);
    expect(one.body).toMatchObject({ id: cleanup, status: 'FAILED', startedAt: new Date(NOW).toISOString(), finishedAt: new Date(NOW + 61_000).toISOString(), failedNodes: 3 });
    expect(one.body.nodes.map((n: { state: string }) => n.state)).toEqual(['FAILED', 'SKIPPED', 'SKIPPED']);
    expect(one.body.nodes[0]).toMatchObject({ nodeId: 'node-0', sequence: 0, attempt: 1, durationMs: 61_000, taskId: expect.stringMatching(/^node-0-job-/) });
    expect((await h.http.get(`/v1/jobs/${running.body.id as string}`)).body.status).toBe('RUNNING');
  });

  it("shows the core's cleanup suggestion after a scale-up, and node views show each node's last repair and cleanup", async () => {
    const state = liveCluster();
    const framework = cassandra_mesos.v1.FrameworkRecord.create({
      ...state.framework,
      cleanupSuggestedAtMs: NOW - 60_000,
      cleanupSuggestedNodeIds: ['node-0', 'node-1'],
      cleanupSuggestion: 'node-2 joined the ring: run a cleanup on node-0, node-1 to drop the data they no longer own (POST /cluster/cleanup/start)',
    });
    const nodes = new Map(state.nodes);
    nodes.set('node-0', cassandra_mesos.v1.NodeRecord.create({ ...state.nodes.get('node-0'), lastRepairAtMs: NOW - 3_600_000, lastCleanupAtMs: NOW - 7_200_000 }));
    const { http, api } = harness({ state: { ...state, framework, nodes } });
    const list = await http.get('/v1/jobs');
    expectDocumented(api, 'get', '/v1/jobs', list);
    expect(list.body.cleanupSuggestion).toEqual({ suggestedAt: new Date(NOW - 60_000).toISOString(), nodes: ['node-0', 'node-1'], message: expect.stringContaining('run a cleanup on node-0, node-1') });
    expect((await http.get('/v1/nodes/node-0/info')).body).toMatchObject({ last_repair_at: new Date(NOW - 3_600_000).toISOString(), last_cleanup_at: new Date(NOW - 7_200_000).toISOString() });
    const all = (await http.get('/node/all')).body.nodes as Array<{ nodeId: string; lastRepairAt: string | null }>;
    expect(all.map((n) => [n.nodeId, n.lastRepairAt])).toEqual([
      ['node-0', new Date(NOW - 3_600_000).toISOString()],
      ['node-1', null],
      ['node-2', null],
    ]);
  });

  it('answers 404 JOB_NOT_FOUND for an unknown id and 400 for one that cannot be an id', async () => {
    const { http } = harness({ state: withRunningJob(liveCluster()) });
    const unknown = await http.get('/v1/jobs/0b7e6f4a-nope');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toEqual({ code: 'JOB_NOT_FOUND', message: "there is no job '0b7e6f4a-nope': it is neither running (the running job is job-1) nor among the 0 finished jobs kept; GET /v1/jobs lists them" });
    expect((await http.get('/v1/jobs/current')).status).toBe(404);
    const bad = await http.get('/v1/jobs/..%2Fconfig');
    expect(bad.status).toBe(400);
  });
});

describe('job plans', () => {
  it('lists the running job as a plan, and interrupt/continue pause and resume it', async () => {
    const { http, scheduler } = harness({ state: withRunningJob(liveCluster()) });
    expect((await http.get('/v1/plans')).body).toEqual(['reconciliation', 'deploy', 'repair']);
    const plan = await http.get('/v1/plans/repair');
    expect(plan.status).toBe(503);
    expect(plan.body.phases.map((p: { name: string }) => p.name)).toEqual(['Repair']);
    expect(plan.body.phases[0].steps.map((s: { name: string; status: string }) => [s.name, s.status])).toEqual([
      ['node-0', 'IN_PROGRESS'],
      ['node-1', 'PENDING'],
      ['node-2', 'PENDING'],
    ]);
    expect((await http.post('/v1/plans/repair/interrupt')).status).toBe(200);
    expect(scheduler.state?.planControls.get('repair')?.interrupted).toBe(true);
    expect((await http.post('/v1/plans/repair/continue')).status).toBe(200);
    expect(scheduler.state?.planControls.get('repair')?.interrupted).toBe(false);
    expect(scheduler.state?.job?.header).toMatchObject({ type: ClusterJobType.REPAIR, status: JobStatus.JOB_RUNNING });
  });
});
