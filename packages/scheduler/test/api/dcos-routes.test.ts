// The DC/OS compatible /v1 routes over the real decision core (in-memory state).
/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access -- supertest types response bodies as any; the tests check their values */
import { cassandra_mesos } from '@cassandra-mesos/model';
import { clusterState } from './support/fixtures';
import { expectDocumented, harness } from './support/harness';

describe('DC/OS plans', () => {
  it('lists the plans and serves the deploy plan with 503 while it is not COMPLETE', async () => {
    const { http, api } = harness();
    expect((await http.get('/v1/plans')).body).toEqual(['reconciliation', 'deploy']);
    for (const path of ['/v1/plan', '/v1/plans/deploy']) {
      const res = await http.get(path);
      expect(res.status).toBe(503);
      expect(res.body.status).not.toBe('COMPLETE');
      expect(res.body.phases[0].steps.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['node-0', 'node-1', 'node-2']));
      expect(res.body.errors).toEqual([]);
      expectDocumented(api, 'get', '/v1/plan', { status: 200, body: res.body });
    }
  });

  it('answers 200 with the plan once every node is live', async () => {
    const { http } = harness({ state: clusterState({ nodes: [{ index: 0 }, { index: 1 }, { index: 2 }] }) });
    const res = await http.get('/v1/plans/deploy');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('COMPLETE');
  });

  it('answers 404 PLAN_NOT_FOUND naming the plans', async () => {
    const res = await harness().http.get('/v1/plans/nope');
    expect(res.status).toBe(404);
    expect(res.body.error).toEqual({ code: 'PLAN_NOT_FOUND', message: "there is no plan 'nope'; the plans are: reconciliation, deploy" });
  });

  it('interrupts and continues the deploy plan through the core, which stores the control', async () => {
    const { http, scheduler } = harness();
    const res = await http.post('/v1/plans/deploy/interrupt');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ message: 'Received cmd: interrupt' });
    expect(scheduler.state?.planControls.get('deploy')?.interrupted).toBe(true);
    expect((await http.get('/v1/plan')).body.status).toBe('WAITING');
    expect((await http.post('/v1/plan/continue')).status).toBe(200);
    expect(scheduler.state?.planControls.get('deploy')?.interrupted).toBe(false);
  });

  it('force-completes and restarts a step by name or by the ids the plan shows', async () => {
    const { http, scheduler } = harness();
    const plan = (await http.get('/v1/plans/deploy')).body as { phases: Array<{ id: string; steps: Array<{ id: string; name: string }> }> };
    const phase = plan.phases[0];
    const step = phase?.steps.find((s) => s.name === 'node-2');
    const forced = await http.post('/v1/plans/deploy/forceComplete').query({ phase: phase?.id, step: step?.id });
    expect(forced.status).toBe(200);
    expect(scheduler.commands).toEqual([{ kind: 'force-complete-step', plan: 'deploy', step: 'node-2' }]);
    expect(scheduler.state?.planControls.get('deploy')?.overrides[0]).toMatchObject({ stepName: 'node-2', forceComplete: true });
    const restarted = await http.post('/v1/plan/restart').query({ step: 'node-2' });
    expect(restarted.status).toBe(200);
    expect(scheduler.state?.planControls.get('deploy')?.overrides[0]).toMatchObject({ stepName: 'node-2', forceComplete: false });
  });

  it('answers 404 STEP_NOT_FOUND for an unknown step and 400 without one, changing nothing', async () => {
    const { http, scheduler } = harness();
    const unknown = await http.post('/v1/plans/deploy/forceComplete').query({ step: 'node-9' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('STEP_NOT_FOUND');
    expect(unknown.body.error.message).toContain("no step 'node-9'");
    const missing = await http.post('/v1/plans/deploy/restart');
    expect(missing.status).toBe(400);
    expect(missing.body.error.details).toEqual([{ field: 'query.step', message: expect.any(String) }]);
    expect(scheduler.commands).toEqual([]);
  });

  it('answers 409 with the core\'s reason when the reconciliation plan is interrupted', async () => {
    const res = await harness().http.post('/v1/plans/reconciliation/interrupt');
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('COMMAND_REJECTED');
    expect(res.body.error.message).toContain('not operator-controlled');
  });
});

describe('DC/OS nodes', () => {
  it('lists node names and shows the scheduler\'s view of one', async () => {
    const { http } = harness();
    expect((await http.get('/v1/nodes/list')).body).toEqual(['node-0', 'node-1', 'node-2']);
    const info = await http.get('/v1/nodes/node-1/info');
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ name: 'node-1', id: 'node-1-server-aaaa', hostname: 'host-1.example', slave_id: 'agent-1', state: 'TASK_RUNNING', operating_mode: 'NORMAL', live: true, seed: true });
    expect((await http.get('/v1/nodes/10.0.0.12/info')).body.name).toBe('node-2');
  });

  it('status comes from the executor when it answers, with every field of the check', async () => {
    const { http, scheduler } = harness();
    scheduler.healthAnswer = cassandra_mesos.v1.HealthCheckDetails.create({
      healthy: true,
      checkedAtMs: scheduler.nowMs - 5,
      info: { operationMode: 'NORMAL', joined: true, initialized: true, gossipRunning: true, nativeTransportRunning: true, hostId: 'h-0', tokenCount: 16, dataCenter: 'dc1', rack: 'rack1', releaseVersion: '5.0.4', endpoint: '10.0.0.10:7000' },
    });
    const res = await http.get('/v1/nodes/node-0/status');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ source: 'executor', age_ms: 5, mode: 'NORMAL', joined: true, gossip_initialized: true, gossip_running: true, native_transport_running: true, host_id: 'h-0', token_count: 16, data_center: 'dc1', rack: 'rack1', version: '5.0.4', rpc_running: null });
    expect(scheduler.healthRequests).toBe(1);
  });

  it('status falls back to the last report with its age when the executor does not answer', async () => {
    const { http } = harness();
    const res = await http.get('/v1/nodes/node-0/status');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ source: 'last-report', age_ms: 30_000, mode: 'NORMAL', native_transport_running: true, joined: null, version: '5.0.4' });
  });

  it('status of a node that never reported is 503 NODE_STATUS_UNAVAILABLE', async () => {
    const res = await harness().http.get('/v1/nodes/node-2/status');
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('NODE_STATUS_UNAVAILABLE');
  });

  it('restart sets RESTART through the core and answers the task ids being stopped', async () => {
    const { http, scheduler } = harness();
    const res = await http.put('/v1/nodes/restart').query({ node: 'node-1' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(['node-1-server-aaaa']);
    expect(scheduler.state?.nodes.get('node-1')?.targetRunState).toBe(cassandra_mesos.v1.TargetRunState.RESTART);
  });

  it('replace of a node that is down creates its replacement; of a live node it is 409', async () => {
    const { http, scheduler } = harness();
    const refused = await http.put('/v1/nodes/replace').query({ node: 'node-0' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('node-0 is live');
    const res = await http.put('/v1/nodes/replace').query({ node: 'node-2' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(['node-2-server-aaaa']);
    expect(scheduler.state?.nodes.get('node-2')?.targetRunState).toBe(cassandra_mesos.v1.TargetRunState.TERMINATE);
    expect(scheduler.state?.nodes.get('node-3')?.replacesNodeId).toBe('node-2');
  });
});

describe('DC/OS connection, seeds and config', () => {
  it('lists the CQL endpoints of live nodes as addresses and Mesos-DNS names', async () => {
    const { http, api } = harness();
    const res = await http.get('/v1/connection');
    expect(expectDocumented(api, 'get', '/v1/connection', res)).toEqual({
      address: ['10.0.0.10:9042', '10.0.0.11:9042'],
      dns: ['node-0-server.api-test.mesos:9042', 'node-1-server.api-test.mesos:9042'],
    });
    expect((await http.get('/v1/connection/address')).body).toEqual(['10.0.0.10:9042', '10.0.0.11:9042']);
    expect((await http.get('/v1/connection/dns')).body).toEqual(['node-0-server.api-test.mesos:9042', 'node-1-server.api-test.mesos:9042']);
    expect((await http.get('/v1/nodes/connect/address')).body).toEqual(['10.0.0.10:9042', '10.0.0.11:9042']);
  });

  it('answers the seed provider with the seed addresses', async () => {
    const res = await harness().http.get('/v1/seeds');
    expect(res.body).toEqual({ isSeed: false, seeds: ['10.0.0.10', '10.0.0.11'] });
  });

  it('shows the target configuration', async () => {
    const res = await harness().http.get('/v1/config');
    expect(res.status).toBe(200);
    expect(res.body.targetId).toBe('cfg-1');
    expect(res.body.config).toMatchObject({ frameworkName: 'api-test', clusterName: 'ring', nodeCount: 3, seedCount: 2, dataVolumeMode: 'PERSISTENT_VOLUME' });
    expect(res.body.rejectedErrors).toEqual([]);
  });

  it('changes the configuration through the same rules as the environment', async () => {
    const { http, scheduler } = harness();
    const res = await http.patch('/v1/config').send({ resources: { memMb: 8192 }, yamlOverrides: { concurrent_reads: 64 } });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ newVersion: true, rollingRestart: true });
    expect(res.body.changes.map((c: { field: string }) => c.field)).toEqual(['resources.memMb', 'yamlOverrides.concurrent_reads']);
    expect(scheduler.state?.target.id).toBe(res.body.targetId);
    expect(scheduler.state?.target.config.yamlOverrides).toEqual({ concurrent_reads: '64' });
    const again = await http.patch('/v1/config').send({ resources: { memMb: 8192 } });
    expect(again.status).toBe(200);
    expect(again.body.newVersion).toBe(false);
  });

  it('arms a canary rollout with ?canary=true, and refuses another value', async () => {
    const { http, scheduler } = harness();
    const res = await http.patch('/v1/config?canary=true').send({ yamlOverrides: { concurrent_reads: 64 } });
    expect(res.status).toBe(202);
    expect(scheduler.state?.planControls.get('deploy')?.canaryConfigId).toBe(res.body.targetId);
    const bad = await http.patch('/v1/config?canary=yes').send({ yamlOverrides: { concurrent_reads: 32 } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('canary');
  });

  it('refuses an immutable change with field-level errors and keeps the target', async () => {
    const { http, scheduler } = harness();
    const res = await http.patch('/v1/config').send({ resources: { diskMb: 99_999 }, clusterName: 'other' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('CONFIG_REJECTED');
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['clusterName', 'resources.diskMb']);
    expect(res.body.error.details.every((d: { code: string }) => d.code === 'IMMUTABLE_FIELD')).toBe(true);
    expect(scheduler.state?.target.id).toBe('cfg-1');
  });
});
