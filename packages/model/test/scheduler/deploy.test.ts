import { cassandra_mesos } from '../../src/gen/cassandra_mesos';
import { derivePlans } from '../../src/scheduler';
import { Driver, agent, config, health, heldOffer, initialState, launchedTasks, ofType, operationTypes, taskDetails, unreservedOffer } from './support/fixtures';

const A1 = agent(1);
const A2 = agent(2);
const A3 = agent(3);

function deployStep(d: Driver, nodeId: string): { status: string; message: string } {
  const plan = derivePlans(d.state, d.nowMs).find((p) => p.name === 'deploy');
  const step = plan?.phases.flatMap((p) => p.steps).find((s) => s.name === nodeId);
  if (!step) throw new Error(`no deploy step ${nodeId}`);
  return step;
}

describe('deploy', () => {
  it('creates node records node-0..n-1 after the first SUBSCRIBED, reserving their ids first', () => {
    const d = new Driver();
    const decisions = d.subscribe();
    const kinds = decisions.map((x) => (x.type === 'persist-node' ? `node:${x.node.nodeId}` : x.type));
    expect(kinds).toEqual(['persist-framework', 'reconcile', 'persist-framework', 'node:node-0', 'node:node-1', 'node:node-2']);
    const [idRecord, indexRecord] = ofType(decisions, 'persist-framework');
    expect(idRecord?.framework.frameworkId).toBe('fw-1');
    expect(indexRecord?.framework.nextNodeIndex).toBe(3);
    expect(d.node('node-0').seed).toBe(true);
    expect(d.node('node-1').seed).toBe(true);
    expect(d.node('node-2').seed).toBe(false);
  });

  it('shows PENDING steps for the nodes still to be created, under the ids they will get', () => {
    const d = new Driver();
    const before = derivePlans(d.state, d.nowMs)[1];
    expect(before?.status).not.toBe('COMPLETE');
    expect(before?.phases[0]?.steps.map((s) => [s.name, s.status])).toEqual([
      ['node-0', 'PENDING'],
      ['node-1', 'PENDING'],
      ['node-2', 'PENDING'],
    ]);
    expect(deployStep(d, 'node-0').message).toBe('to be created (node_count=3, 0 node record(s) so far) once the scheduler has subscribed with Mesos');
    d.subscribe();
    expect(derivePlans(d.state, d.nowMs)[1]?.phases[0]?.steps.map((s) => s.name)).toEqual(['node-0', 'node-1', 'node-2']);
    expect(deployStep(d, 'node-2').message).not.toMatch(/to be created/);
  });

  it('names the steps of nodes a node_count increase adds after the ids already handed out', () => {
    const framework = cassandra_mesos.v1.FrameworkRecord.create({ frameworkId: 'fw-1', schemaVersion: 1, nextNodeIndex: 5 });
    const nodes = [0, 1].map((index) => cassandra_mesos.v1.NodeRecord.create({ nodeId: `node-${index}`, index, seed: true, targetRunState: cassandra_mesos.v1.TargetRunState.RUN }));
    const d = new Driver(initialState({ framework, nodes, config: config({ nodeCount: 3, seedCount: 2 }) }));
    const plan = derivePlans(d.state, d.nowMs)[1];
    expect(plan?.phases[0]?.steps.map((s) => [s.name, s.status])).toEqual([
      ['node-0', 'PENDING'],
      ['node-1', 'PENDING'],
      ['node-5', 'PENDING'],
    ]);
    expect(deployStep(d, 'node-5').message).toBe('to be created (node_count=3, 2 node record(s) so far) on the next pass');
    d.subscribe('fw-1');
    expect(d.state.nodes.has('node-5')).toBe(true);
  });

  it('reserves every seed before any Cassandra starts, then starts one node at a time, seeds first', () => {
    const d = new Driver();
    d.subscribe();
    const first = d.offers(unreservedOffer(A1), unreservedOffer(A2), unreservedOffer(A3));
    const accepts = ofType(first, 'accept');
    expect(accepts.map(operationTypes)).toEqual([
      ['RESERVE', 'CREATE'],
      ['RESERVE', 'CREATE'],
    ]);
    expect(launchedTasks(first)).toHaveLength(0);
    expect(d.node('node-0').agentId).toBe('agent-1');
    expect(d.node('node-1').agentId).toBe('agent-2');
    // The non-seed waits for the seeds to be placed; the third offer is declined, briefly.
    expect(ofType(first, 'decline')[0]).toMatchObject({ refuseSeconds: 5 });
    expect(d.node('node-2').agentId).toBe('');

    // Reserved resources come back: the first seed starts; the second waits for its turn.
    const second = d.offers(heldOffer(A1, accepts[0]!), heldOffer(A2, accepts[1]!), unreservedOffer(A3));
    const launched = launchedTasks(second);
    expect(launched.map((t) => t.name)).toEqual(['node-0-server']);
    expect(d.node('node-2').agentId).toBe('agent-3');
    const details = taskDetails(launched[0]!);
    expect(details.server?.config?.autoBootstrap).toBe(false);
    expect(details.server?.config?.seeds).toEqual(['10.0.0.1', '10.0.0.2']);
    expect(deployStep(d, 'node-0').status).toBe('IN_PROGRESS');
    expect(deployStep(d, 'node-1').status).toBe('PENDING');

    // node-0 live → node-1 may start, but only after the bootstrap grace (60 s) since node-0's launch.
    d.makeLive('node-0');
    expect(deployStep(d, 'node-0').status).toBe('COMPLETE');
    const seed1Held = heldOffer(A2, accepts[1]!);
    expect(launchedTasks(d.offers(seed1Held))).toHaveLength(0);
    expect(deployStep(d, 'node-1').message).toContain('bootstrap grace');
    d.tick(60_000);
    const third = d.offers(heldOffer(A2, accepts[1]!));
    expect(launchedTasks(third).map((t) => t.name)).toEqual(['node-1-server']);
  });

  it('starts at most one node bootstrapping: the next waits until the previous is live', () => {
    const d = new Driver(initialState({ config: config({ bootstrapGraceSeconds: 0, nodeCount: 3, seedCount: 1 }) }));
    d.subscribe();
    const first = d.offers(unreservedOffer(A1));
    // A single seed: placed and started in one ACCEPT.
    expect(ofType(first, 'accept').map(operationTypes)).toEqual([['RESERVE', 'CREATE', 'LAUNCH']]);
    const placed = d.offers(unreservedOffer(A2), unreservedOffer(A3));
    expect(launchedTasks(placed)).toHaveLength(0);
    const [r2, r3] = ofType(placed, 'accept');
    expect(launchedTasks(d.offers(heldOffer(A2, r2!), heldOffer(A3, r3!)))).toHaveLength(0);
    expect(deployStep(d, 'node-1').message).toBe('placed on host-2: starts after node-0');

    d.makeLive('node-0');
    const next = d.offers(heldOffer(A2, r2!), heldOffer(A3, r3!));
    expect(launchedTasks(next).map((t) => t.name)).toEqual(['node-1-server']);
    const joining = taskDetails(launchedTasks(next)[0]!);
    expect(joining.server?.config?.autoBootstrap).toBe(true);
    expect(joining.server?.config?.seeds).toEqual(['10.0.0.1']);
    // node-1 RUNNING but JOINING: not live, node-2 still waits.
    d.feed({ type: 'status', status: { task_id: { value: d.serverTaskId('node-1') }, state: 1, agent_id: { value: 'agent-2' } } });
    expect(launchedTasks(d.offers(heldOffer(A3, r3!)))).toHaveLength(0);
    expect(deployStep(d, 'node-1')).toMatchObject({ status: 'IN_PROGRESS', message: 'starting: TASK_RUNNING' });
  });

  it('keeps the deploy step of a node IN_PROGRESS until health says NORMAL with native transport up', () => {
    const d = new Driver(initialState({ config: config({ nodeCount: 1, seedCount: 1 }) }));
    d.subscribe();
    d.offers(unreservedOffer(A1));
    const taskId = d.serverTaskId('node-0');
    d.feed({ type: 'status', status: { task_id: { value: taskId }, state: 1, agent_id: { value: 'agent-1' } } });
    d.feed(health(d.node('node-0'), { checkedAtMs: d.nowMs, mode: 'NORMAL', native: false }));
    expect(deployStep(d, 'node-0').status).toBe('IN_PROGRESS');
    d.feed(health(d.node('node-0'), { checkedAtMs: d.nowMs + 1, mode: 'JOINING' }));
    expect(deployStep(d, 'node-0').status).toBe('IN_PROGRESS');
    d.feed(health(d.node('node-0'), { checkedAtMs: d.nowMs + 2, mode: 'NORMAL' }));
    expect(deployStep(d, 'node-0')).toMatchObject({ status: 'COMPLETE' });
    expect(d.node('node-0').firstLiveAtMs).toBe(d.nowMs);
    expect(d.node('node-0').appliedConfigId).toBe('config-1');
  });

  it('writes the launch (task TASK_STAGING, reservation) before the ACCEPT that launches it', () => {
    const d = new Driver(initialState({ config: config({ nodeCount: 1, seedCount: 1 }) }));
    d.subscribe();
    const decisions = d.offers(unreservedOffer(A1));
    const persistAt = decisions.findIndex((x) => x.type === 'persist-node' && x.node.tasks.length > 0);
    const acceptAt = decisions.findIndex((x) => x.type === 'accept');
    expect(persistAt).toBeGreaterThanOrEqual(0);
    expect(persistAt).toBeLessThan(acceptAt);
    const persisted = ofType(decisions, 'persist-node')[0]!.node;
    expect(persisted.tasks[0]).toMatchObject({ state: 'TASK_STAGING', kind: cassandra_mesos.v1.NodeTaskKind.SERVER, configId: 'config-1' });
    expect(persisted.reservation?.reservationId).toBeTruthy();
    expect(persisted.executorId).toBe('node-0-executor-0');
  });

  it('launches nothing before SUBSCRIBED and declines such offers', () => {
    const d = new Driver();
    const decisions = d.offers(unreservedOffer(A1));
    expect(decisions).toEqual([expect.objectContaining({ type: 'decline' })]);
  });
});
