import { cassandra_mesos } from '../../src/gen/cassandra_mesos';
import { derivePlans } from '../../src/scheduler';
import { Driver, R, S, agent, config, initialState, launchedTasks, ofType, reservedOfferFor, status } from './support/fixtures';

/** A persisted node that was launched on agent-1 before a scheduler failover. */
function launchedNode(index: number, state = 'TASK_RUNNING'): cassandra_mesos.v1.NodeRecord {
  const a = agent(index + 1);
  return cassandra_mesos.v1.NodeRecord.create({
    nodeId: `node-${index}`,
    index,
    hostname: a.hostname,
    ip: a.ip,
    agentId: a.agentId,
    executorId: `node-${index}-executor-0`,
    seed: index === 0,
    targetRunState: cassandra_mesos.v1.TargetRunState.RUN,
    appliedConfigId: 'config-1',
    firstLiveAtMs: 500,
    reservation: { agentId: a.agentId, role: 'cassandra', reservationId: `res-${index}`, persistenceId: `vol-${index}`, containerPath: 'cassandra-data', confirmed: true },
    tasks: [{ taskId: `node-${index}-server-old`, kind: cassandra_mesos.v1.NodeTaskKind.SERVER, state, launchedAtMs: 400, configId: 'config-1' }],
  });
}

const framework = cassandra_mesos.v1.FrameworkRecord.create({ frameworkId: 'fw-1', schemaVersion: 1, nextNodeIndex: 2 });

describe('subscription and reconciliation', () => {
  it('persists the framework id on the first SUBSCRIBED only', () => {
    const d = new Driver(initialState({ config: config({ nodeCount: 1, seedCount: 1 }) }));
    expect(ofType(d.subscribe(), 'persist-framework')[0]?.framework.frameworkId).toBe('fw-1');
    const again = d.feed({ type: 'subscribed', frameworkId: 'fw-1', resubscribed: true });
    expect(ofType(again, 'persist-framework')).toHaveLength(0);
  });

  it('reconciles every known task explicitly after SUBSCRIBED and re-asks with backoff until answered', () => {
    const d = new Driver(initialState({ framework, config: config({ nodeCount: 2, seedCount: 1 }), nodes: [launchedNode(0), launchedNode(1)] }));
    const decisions = d.subscribe();
    expect(ofType(decisions, 'reconcile')).toEqual([
      expect.objectContaining({ tasks: [{ taskId: 'node-0-server-old', agentId: 'agent-1' }, { taskId: 'node-1-server-old', agentId: 'agent-2' }] }),
    ]);
    expect(ofType(d.tick(500), 'reconcile')).toHaveLength(0);
    expect(ofType(d.tick(600), 'reconcile')[0]?.tasks).toHaveLength(2);
    d.feed(status('node-0-server-old', S.TASK_RUNNING, { agentId: 'agent-1', reason: R.REASON_RECONCILIATION }));
    // Backoff doubled: 2 s after the re-ask, only the unanswered task is asked for.
    expect(ofType(d.tick(1_000), 'reconcile')).toHaveLength(0);
    expect(ofType(d.tick(1_000), 'reconcile')[0]?.tasks).toEqual([{ taskId: 'node-1-server-old', agentId: 'agent-2' }]);
    d.feed(status('node-1-server-old', S.TASK_RUNNING, { agentId: 'agent-2', reason: R.REASON_RECONCILIATION }));
    // All answered: implicit reconciliation follows.
    expect(ofType(d.tick(0), 'reconcile')[0]?.tasks).toEqual([]);
    expect(derivePlans(d.state, d.nowMs)[0]).toMatchObject({ name: 'reconciliation', status: 'COMPLETE' });
  });

  it('launches nothing until explicit reconciliation has answered, then relaunches a task Mesos never heard of', () => {
    // The scheduler died between writing the launch and the ACCEPT: the task is TASK_STAGING in state only.
    const d = new Driver(initialState({ framework, config: config({ nodeCount: 1, seedCount: 1 }), nodes: [launchedNode(0, 'TASK_STAGING')] }));
    d.subscribe();
    expect(launchedTasks(d.offers(reservedOfferFor(d.node('node-0'))))).toHaveLength(0);
    expect(derivePlans(d.state, d.nowMs)[0]?.status).toBe('IN_PROGRESS');
    d.feed(status('node-0-server-old', S.TASK_LOST, { agentId: 'agent-1', reason: R.REASON_RECONCILIATION, message: 'Reconciliation: Task is unknown to the agent' }));
    expect(d.node('node-0').tasks).toHaveLength(0);
    // Not a crash: no restart backoff; it starts again on the next offer of its reservation.
    expect(d.node('node-0').backoff).toBeNull();
    const relaunched = launchedTasks(d.offers(reservedOfferFor(d.node('node-0'))));
    expect(relaunched.map((t) => t.agent_id?.value)).toEqual(['agent-1']);
    expect(relaunched[0]?.executor?.executor_id?.value).toBe('node-0-executor-1');
  });

  it('stops waiting for explicit reconciliation after the timeout', () => {
    const d = new Driver(initialState({ framework, config: config({ nodeCount: 2, seedCount: 1 }), nodes: [launchedNode(0), launchedNode(1)], settings: { explicitReconcileTimeoutMs: 60_000 } }));
    d.subscribe();
    // node-1's task never answers; node-0's ends meanwhile. No relaunch before the timeout.
    d.feed(status('node-0-server-old', S.TASK_FAILED, { agentId: 'agent-1', message: 'boom' }));
    d.tick(15_000);
    expect(launchedTasks(d.offers(reservedOfferFor(d.node('node-0'))))).toHaveLength(0);
    expect(derivePlans(d.state, d.nowMs).find((p) => p.name === 'deploy')?.phases[0]?.steps[0]?.message).toContain('explicit reconciliation');
    d.tick(45_000);
    expect(launchedTasks(d.offers(reservedOfferFor(d.node('node-0'))))).toHaveLength(1);
  });

  it('records a new framework id when Mesos assigns another one (the old framework was removed)', () => {
    const d = new Driver(initialState({ framework, config: config({ nodeCount: 1, seedCount: 1 }), nodes: [launchedNode(0)] }));
    const decisions = d.subscribe('fw-2');
    expect(ofType(decisions, 'persist-framework')[0]?.framework).toMatchObject({ frameworkId: 'fw-2', nextNodeIndex: 2 });
    expect(ofType(decisions, 'log')[0]?.reason).toContain('fw-1');
  });

  it('forgets the subscription on disconnect and sends nothing on ticks until subscribed again', () => {
    const d = new Driver(initialState({ framework, config: config({ nodeCount: 1, seedCount: 1 }), nodes: [launchedNode(0)] }));
    d.subscribe();
    d.feed({ type: 'disconnected' });
    expect(d.tick(60_000)).toEqual([]);
    expect(d.state.volatile.reconciliation.phase).toBe('idle');
  });
});
