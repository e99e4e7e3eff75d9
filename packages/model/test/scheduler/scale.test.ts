import { derivePlans } from '../../src/scheduler';
import { S, agent, launchedTasks, ofType, operationTypes, reservedOfferFor, status, unreservedOffer } from './support/fixtures';
import { deployedDriver, liveNode } from './support/deployed';

const GiB = 1024 ** 3;

function decommission(d: ReturnType<typeof deployedDriver>) {
  return derivePlans(d.state, d.nowMs)[1]?.phases.find((p) => p.name === 'Decommission');
}

describe('scaling', () => {
  it('scales up: new nodes with new ids, placed and started one at a time', () => {
    const nodes = [0, 1, 2].map((i) => liveNode(i));
    const d = deployedDriver({ nodes, config: { nodeCount: 5, bootstrapGraceSeconds: 0 } });
    expect([...d.state.nodes.keys()]).toEqual(['node-0', 'node-1', 'node-2', 'node-3', 'node-4']);
    expect(ofType(d.log, 'persist-framework').at(-1)?.framework.nextNodeIndex).toBe(5);
    const steps = () => derivePlans(d.state, d.nowMs)[1]?.phases[0]?.steps.map((s) => s.status);
    expect(steps()).toEqual(['COMPLETE', 'COMPLETE', 'COMPLETE', 'PENDING', 'PENDING']);
    const first = d.offers(unreservedOffer(agent(4)), unreservedOffer(agent(5)));
    expect(launchedTasks(first).map((t) => t.name)).toEqual(['node-3-server']);
    expect(d.node('node-4').agentId).toBe('agent-5');
    d.makeLive('node-3');
    expect(launchedTasks(d.offers(reservedOfferFor(d.node('node-4')))).map((t) => t.name)).toEqual(['node-4-server']);
  });

  it('scales down: removes the highest-index node once the others are live and have room, then releases its resources', () => {
    const d = deployedDriver({ nodes: [0, 1, 2, 3].map((i) => liveNode(i)), config: { nodeCount: 3 } });
    // The first pass already started the removal: node-3 leaves the count and its Cassandra is stopped.
    expect(d.node('node-3').leavingSinceMs).toBeGreaterThan(0);
    expect(d.node('node-3').targetRunState).toBe(4);
    expect(ofType(d.log, 'kill').map((k) => k.taskId)).toEqual(['node-3-server-t0']);
    expect(decommission(d)?.steps).toEqual([expect.objectContaining({ name: 'node-3', status: 'IN_PROGRESS' })]);

    const reservation = reservedOfferFor(d.node('node-3'));
    const ended = d.feed(status('node-3-server-t0', S.TASK_KILLED, { agentId: 'agent-4' }));
    expect(ofType(ended, 'shutdown-executor')[0]?.executorId).toBe('node-3-executor-0');
    expect(ofType(ended, 'delete-node').map((x) => x.nodeId)).toEqual(['node-3']);
    expect(d.state.nodes.size).toBe(3);

    // Its reservation is orphaned now: the next offer of that agent releases it.
    const release = ofType(d.offers(reservation), 'accept');
    expect(release.map(operationTypes)).toEqual([['DESTROY', 'UNRESERVE']]);
    expect(derivePlans(d.state, d.nowMs)[1]?.status).toBe('COMPLETE');
  });

  it('removes one node at a time, highest index first', () => {
    const d = deployedDriver({ nodes: [0, 1, 2, 3, 4].map((i) => liveNode(i)), config: { nodeCount: 3 } });
    expect(decommission(d)?.steps.map((s) => [s.name, s.status])).toEqual([
      ['node-4', 'IN_PROGRESS'],
      ['node-3', 'PENDING'],
    ]);
    d.feed(status('node-4-server-t0', S.TASK_KILLED, { agentId: 'agent-5' }));
    d.tick(10_000);
    expect(d.node('node-3').leavingSinceMs).toBeGreaterThan(0);
  });

  it('waits while a remaining node is not live', () => {
    const d = deployedDriver({ nodes: [0, 1, 2, 3].map((i) => liveNode(i)), config: { nodeCount: 4 } });
    d.feed(status('node-1-server-t0', S.TASK_FAILED, { agentId: 'agent-2' }));
    d.state = { ...d.state, target: { ...d.state.target, config: { ...d.state.target.config, nodeCount: 3 } } };
    d.tick(10_000);
    expect(d.node('node-3').leavingSinceMs).toBe(0);
    // The Deploy phase (node-1 down) comes first; the removal then waits for every node to be live.
    expect(decommission(d)?.steps[0]).toMatchObject({ name: 'node-3', status: 'WAITING' });
    expect(decommission(d)?.steps[0]?.message).toContain('not live: node-1');
  });

  it('refuses to remove a node whose data does not fit on the others', () => {
    const nodes = [0, 1, 2].map((i) => liveNode(i, { loadBytes: 3 * GiB })).concat([liveNode(3, { loadBytes: 3.5 * GiB })]);
    const d = deployedDriver({ nodes, config: { nodeCount: 3 } });
    expect(d.node('node-3').leavingSinceMs).toBe(0);
    const removal = decommission(d)?.steps[0];
    expect(removal?.status).toBe('ERROR');
    expect(removal?.message).toContain("lack room for node-3's 3.5 GiB");
    expect(ofType(d.log, 'kill')).toHaveLength(0);
  });
});
