// The cassandra-mesos compatible routes over the real decision core (in-memory state).
/* eslint-disable @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access -- supertest types response bodies as any; the tests check their values */
import { cassandra_mesos } from '@cassandra-mesos/model';
import { clusterState } from './support/fixtures';
import { expectDocumented, harness } from './support/harness';

describe('configuration and nodes', () => {
  it('GET /config shows the original fields', async () => {
    const res = await harness().http.get('/config');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      frameworkName: 'api-test',
      frameworkId: 'fw-123',
      clusterName: 'ring',
      targetNumberOfNodes: 3,
      targetNumberOfSeeds: 2,
      currentNumberOfNodes: 3,
      currentNumberOfSeeds: 2,
      nodesToAcquire: 0,
      nativePort: 9042,
      seeds: ['10.0.0.10', '10.0.0.11'],
      currentClusterTask: null,
    });
    expect(res.body.defaultConfigRole).toMatchObject({ rackDc: { rack: 'rack1', dc: 'dc1' } });
  });

  it('GET /node/all lists every node with its server task and latest health', async () => {
    const res = await harness().http.get('/node/all');
    expect(res.body.nodes).toHaveLength(3);
    expect(res.body.nodes[0]).toMatchObject({
      nodeId: 'node-0',
      ip: '10.0.0.10',
      hostname: 'host-0.example',
      executorId: 'node-0-executor-0',
      targetRunState: 'RUN',
      seedNode: true,
      live: true,
      tasks: { SERVER: { taskId: 'node-0-server-aaaa', state: 'TASK_RUNNING' } },
      healthCheckDetails: { healthy: true, operationMode: 'NORMAL', version: '5.0.4' },
    });
    expect(res.body.nodes[2]).toMatchObject({ nodeId: 'node-2', live: false, healthCheckDetails: null, lastHealthCheck: null });
  });

  it('GET /node/seed/all lists the seeds', async () => {
    const { http, api } = harness();
    const res = await http.get('/node/seed/all');
    expect(expectDocumented(api, 'get', '/node/seed/all', res)).toEqual({ nativePort: 9042, jmxPort: 7199, seeds: ['10.0.0.10', '10.0.0.11'] });
  });

  it.each([
    ['stop', 'STOP'],
    ['restart', 'RESTART'],
    ['terminate', 'TERMINATE'],
  ] as const)('POST /node/{node}/%s sets %s through the core, by id, address, hostname or executor id', async (action, runState) => {
    for (const ref of ['node-1', '10.0.0.11', 'host-1.example', 'node-1-executor-0']) {
      const { http, scheduler, api } = harness();
      const res = await http.post(`/node/${ref}/${action}`);
      expect(res.status).toBe(200);
      expect(expectDocumented(api, 'post', `/node/:node/${action}`, res)).toMatchObject({ nodeId: 'node-1', ip: '10.0.0.11', targetRunState: runState });
      expect(scheduler.state?.nodes.get('node-1')?.targetRunState).toBe(cassandra_mesos.v1.TargetRunState[runState]);
    }
  });

  it('POST /node/{node}/start brings a stopped node back, and a terminated one is refused with 409', async () => {
    const { http, scheduler } = harness();
    await http.post('/node/node-1/stop').expect(200);
    expect((await http.post('/node/node-1/start')).body.targetRunState).toBe('RUN');
    await http.post('/node/node-1/terminate').expect(200);
    const res = await http.post('/node/node-1/start');
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({ code: 'COMMAND_REJECTED', message: expect.stringContaining('TERMINATE, which is final') });
    expect(scheduler.state?.nodes.get('node-1')?.targetRunState).toBe(cassandra_mesos.v1.TargetRunState.TERMINATE);
  });

  it('POST /node/{node}/replace replaces a node that is down', async () => {
    const res = await harness().http.post('/node/10.0.0.12/replace');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ success: true, nodeId: 'node-2', ipToReplace: '10.0.0.12', hostname: 'host-2.example', targetRunState: 'TERMINATE', replacementNodeId: 'node-3' });
  });

  it('rack/dc changes are refused with 501 NOT_SUPPORTED, saying what to do instead', async () => {
    const { http, scheduler } = harness();
    const rack = await http.post('/node/node-2/rackdc').send({ rack: 'r2' });
    expect(rack.status).toBe(501);
    expect(rack.body.error.message).toContain("node-2 stays in rack 'rack1', dc 'dc1'");
    expect(scheduler.commands).toEqual([]);
  });

  it('POST /scale/nodes changes the node count through a configuration proposal', async () => {
    const { http, scheduler } = harness();
    const res = await http.post('/scale/nodes').query({ nodeCount: 5 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ newNodeCount: 5, newVersion: true, changes: [{ field: 'nodeCount', from: '3', to: '5', effect: 'SCALE' }] });
    expect(scheduler.state?.target.config.nodeCount).toBe(5);
    const plan = await http.get('/v1/plan');
    expect(plan.body.phases.flatMap((p: { steps: Array<{ name: string }> }) => p.steps.map((st) => st.name))).toEqual(expect.arrayContaining(['node-3', 'node-4']));
    expect((await http.post('/scale/nodes?nodes=4')).body.newNodeCount).toBe(4);
  });

  it('POST /scale/nodes below the seed count is rejected by the config rules, naming the field', async () => {
    const { http, scheduler } = harness();
    const res = await http.post('/scale/nodes?nodeCount=1');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('CONFIG_REJECTED');
    expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'seedCount', code: 'SEEDS_EXCEED_NODES' })]);
    expect(scheduler.state?.target.config.nodeCount).toBe(3);
  });
});

describe('live nodes, QA report and health', () => {
  it('GET /live-nodes and its text forms list live nodes only', async () => {
    const { http } = harness();
    const res = await http.get('/live-nodes');
    expect(res.body).toMatchObject({ clusterName: 'ring', frameworkName: 'api-test', nativePort: 9042, jmxPort: 7199 });
    expect([...res.body.liveNodes].sort()).toEqual(['10.0.0.10', '10.0.0.11']);
    expect((await http.get('/live-nodes?limit=1')).body.liveNodes).toHaveLength(1);
    const textForm = await http.get('/live-nodes/text');
    expect(textForm.headers['content-type']).toMatch(/^text\/plain/);
    expect(textForm.text).toMatch(/^NATIVE: 9042\nJMX: 7199\nIP: 10\.0\.0\.1[01]\nIP: 10\.0\.0\.1[01]\n$/);
    expect((await http.get('/live-nodes/cqlsh')).text).toMatch(/^10\.0\.0\.1[01] 9042\n$/);
    expect((await http.get('/live-nodes/nodetool')).text).toMatch(/^-h 10\.0\.0\.1[01] -p 7199\n$/);
    expect((await http.get('/live-nodes/stress')).text).toMatch(/^-node 10\.0\.0\.1[01],10\.0\.0\.1[01] -port native=9042 jmx=7199\n$/);
  });

  it('GET /live-nodes without a live node is 503 NO_LIVE_NODES', async () => {
    const { http } = harness({ state: clusterState({ nodes: [{ index: 0, live: false }] }) });
    const res = await http.get('/live-nodes');
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('NO_LIVE_NODES');
    expect(res.headers['retry-after']).toBe('10');
  });

  it('GET /qa/report/resources answers JSON or text by Accept', async () => {
    const { http } = harness();
    const res = await http.get('/qa/report/resources');
    expect(Object.keys(res.body.nodes)).toEqual(['node-0-executor-0', 'node-1-executor-0', 'node-2-executor-0']);
    expect(res.body.nodes['node-0-executor-0']).toMatchObject({ ip: '10.0.0.10', agentBaseUri: 'http://10.0.0.10:5051/', live: true });
    const textForm = await http.get('/qa/report/resources').set('Accept', 'text/plain');
    expect(textForm.text).toContain('NODE_IP: 10.0.0.12\n');
    expect((await http.get('/qa/report/resources').set('Accept', 'image/png')).status).toBe(406);
  });

  it('GET /health/process is always healthy; /health/cluster fails while a node is not live', async () => {
    const { http } = harness();
    expect((await http.get('/health/process')).body).toEqual({ healthy: true });
    const cluster = await http.get('/health/cluster');
    expect(cluster.status).toBe(503);
    expect(cluster.body.error.code).toBe('CLUSTER_UNHEALTHY');
    const report = await http.get('/health/cluster/report');
    expect(report.body.healthy).toBe(false);
    const byName = Object.fromEntries(report.body.results.map((r: { name: string; ok: boolean }) => [r.name, r.ok]));
    expect(byName).toEqual({ nodeCount: true, seedCount: true, allHealthy: false, operatingModeNormal: false, lastHealthCheckNewerThan: false, nodesHaveServerTask: true, liveNodes: false });
  });

  it('/health/cluster is 200 when every node is live', async () => {
    const { http } = harness({ state: clusterState({ nodes: [{ index: 0 }, { index: 1 }, { index: 2 }] }) });
    expect((await http.get('/health/cluster')).body).toEqual({ healthy: true });
  });

  it('GET / lists every endpoint with relative URLs', async () => {
    const { http, api } = harness();
    const res = await http.get('/');
    expect(res.body).toHaveLength(api.routes.length);
    expect(res.body).toContainEqual({ method: 'POST', url: 'node/{node}/stop', contentType: ['application/json'] });
    expect(res.body).toContainEqual({ method: 'GET', url: 'live-nodes/text', contentType: ['text/plain', 'application/json'] });
  });
});
