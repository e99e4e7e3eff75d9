// Node operations that used to be refused: decommission a chosen node, make-seed / make-non-seed, in
// both route families, over the real decision core.
/* eslint-disable @typescript-eslint/no-unsafe-member-access -- supertest types response bodies as any; the tests check their values */
import { cassandra_mesos } from '@cassandra-mesos/model';
import { clusterState, testConfig } from './support/fixtures';
import { expectDocumented, harness } from './support/harness';
import { stateFingerprint } from './support/in-memory-scheduler';
import { liveCluster } from './support/jobs';

const { SeedPreference } = cassandra_mesos.v1;

describe('decommission', () => {
  it.each([
    ['put', '/v1/nodes/:node/decommission', '/v1/nodes/host-2.example/decommission'],
    ['post', '/node/:node/decommission', '/node/10.0.0.12/decommission'],
  ] as const)('%s %s marks the node to leave first and lowers nodeCount by one', async (method, template, path) => {
    const { http, api, scheduler } = harness({ state: liveCluster() });
    const res = await http[method](path);
    expect(res.status).toBe(202);
    expectDocumented(api, method, template, res);
    expect(res.body).toEqual({ nodeId: 'node-2', nodeCount: 2 });
    expect(scheduler.commands).toEqual([{ kind: 'decommission-node', nodeId: 'node-2' }]);
    expect(scheduler.proposals.map((p) => p.nodeCount)).toEqual([2]);
    expect(scheduler.state?.target.config.nodeCount).toBe(2);
    expect(scheduler.state?.nodes.get('node-2')?.removalChosen).toBe(true);
  });

  it('removes the chosen node, not the highest one', async () => {
    const { http, scheduler } = harness({ state: clusterState({ config: testConfig({ CASSANDRA_MESOS_SEED_COUNT: '1' }), nodes: [{ index: 0 }, { index: 1 }, { index: 2 }] }) });
    const res = await http.put('/v1/nodes/node-1/decommission');
    expect(res.status).toBe(202);
    expect(scheduler.state?.nodes.get('node-1')?.removalChosen).toBe(true);
    expect(scheduler.state?.nodes.get('node-2')?.removalChosen).toBe(false);
    const plan = await http.get('/v1/plans/deploy');
    expect(JSON.stringify(plan.body)).toContain('node-1');
  });

  it('refuses up front (409) when fewer nodes than seeds, or none, would remain, changing nothing', async () => {
    const seeds = harness({ state: clusterState({ config: testConfig({ CASSANDRA_MESOS_SEED_COUNT: '3' }), nodes: [{ index: 0 }, { index: 1 }, { index: 2 }] }) });
    const before = stateFingerprint(seeds.scheduler.state);
    const res = await seeds.http.put('/v1/nodes/node-1/decommission');
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({
      code: 'COMMAND_REJECTED',
      message: 'node-1 cannot be decommissioned: 2 node(s) would remain, fewer than seedCount 3; lower the number of seeds first (PATCH /v1/config {"seedCount": 2}); nothing changed',
    });
    expect(seeds.scheduler.commands).toEqual([]);
    expect(seeds.scheduler.proposals).toEqual([]);
    expect(stateFingerprint(seeds.scheduler.state)).toBe(before);

    const single = harness({ state: clusterState({ config: testConfig({ CASSANDRA_MESOS_NODE_COUNT: '1', CASSANDRA_MESOS_SEED_COUNT: '1' }), nodes: [{ index: 0 }] }) });
    const last = await single.http.post('/node/node-0/decommission');
    expect(last.status).toBe(409);
    expect(last.body.error.message).toContain('a cluster keeps at least one node');
  });

  it("answers the core's refusal (a node already leaving) with 409, and 404 for an unknown node", async () => {
    const { http, scheduler } = harness({ state: clusterState({ config: testConfig({ CASSANDRA_MESOS_SEED_COUNT: '1' }), nodes: [{ index: 0 }, { index: 1 }, { index: 2 }] }) });
    expect((await http.put('/v1/nodes/node-2/decommission')).status).toBe(202);
    scheduler.step({ type: 'subscribed', frameworkId: 'fw-123', resubscribed: true });
    scheduler.nowMs += 10_000;
    scheduler.tick();
    expect(Number(scheduler.state?.nodes.get('node-2')?.leavingSinceMs)).toBeGreaterThan(0);
    const again = await http.put('/v1/nodes/node-2/decommission');
    expect(again.status).toBe(409);
    expect(again.body.error).toEqual({ code: 'COMMAND_REJECTED', message: 'decommission-node was rejected (nothing changed): node-2 is already being removed from the cluster' });
    expect(scheduler.state?.target.config.nodeCount).toBe(2);
    expect((await http.put('/v1/nodes/node-9/decommission')).status).toBe(404);
  });
});

describe('make-seed / make-non-seed', () => {
  it('PUT /v1/nodes/{node}/make-non-seed and make-seed set the preference; the core re-chooses the seeds', async () => {
    const { http, api, scheduler } = harness({ state: liveCluster() });
    const off = await http.put('/v1/nodes/node-0/make-non-seed');
    expect(off.status).toBe(200);
    expectDocumented(api, 'put', '/v1/nodes/:node/make-non-seed', off);
    expect(off.body).toEqual({ nodeId: 'node-0', seed: false, seedPreference: 'NEVER_SEED' });
    expect(scheduler.state?.nodes.get('node-0')?.seedPreference).toBe(SeedPreference.NEVER_SEED);
    expect([...(scheduler.state?.nodes.values() ?? [])].filter((n) => n.seed).map((n) => n.nodeId)).toEqual(['node-1', 'node-2']);

    const on = await http.put('/v1/nodes/node-0/make-seed');
    expect(on.status).toBe(200);
    expect(on.body).toEqual({ nodeId: 'node-0', seed: true, seedPreference: 'PREFER_SEED' });
  });

  it('POST /node/{node}/make-seed answers in the original fields, success false when nothing changed', async () => {
    const { http, api } = harness({ state: liveCluster() });
    const first = await http.post('/node/node-2/make-seed');
    expect(first.status).toBe(200);
    expectDocumented(api, 'post', '/node/:node/make-seed', first);
    expect(first.body).toEqual({ nodeId: 'node-2', ip: '10.0.0.12', hostname: 'host-2.example', executorId: 'node-2-executor-0', oldSeedState: false, seedState: true, seedPreference: 'PREFER_SEED', success: true });
    const again = await http.post('/node/node-2/make-seed');
    expect(again.body).toMatchObject({ oldSeedState: true, seedState: true, success: false });
  });

  it("answers the core's refusals with 409 (a node that has not joined; too few seed candidates) and 404 for unknown nodes", async () => {
    const { http, scheduler } = harness();
    const notJoined = await http.post('/node/node-2/make-seed');
    expect(notJoined.status).toBe(409);
    expect(notJoined.body.error.message).toContain('node-2 has not joined the ring yet');
    expect((await http.put('/v1/nodes/node-7/make-seed')).status).toBe(404);
    expect(scheduler.commands).toEqual([{ kind: 'set-seed', nodeId: 'node-2', seed: true }]);

    const two = harness({ state: clusterState({ config: testConfig({ CASSANDRA_MESOS_NODE_COUNT: '2' }), nodes: [{ index: 0 }, { index: 1 }] }) });
    const tooFew = await two.http.put('/v1/nodes/node-0/make-non-seed');
    expect(tooFew.status).toBe(409);
    expect(tooFew.body.error.message).toContain('only 1 other node(s) can be seeds and seed_count is 2');
    expect(two.scheduler.state?.nodes.get('node-0')?.seedPreference).toBe(SeedPreference.SEED_PREFERENCE_UNSPECIFIED);
  });
});
