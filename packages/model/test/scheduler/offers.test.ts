import { derivePlans } from '../../src/scheduler';
import { Driver, S, agent, config, heldOffer, initialState, launchedTasks, ofType, operationTypes, reservedOfferFor, status, unreservedOffer } from './support/fixtures';
import { deployedDriver, liveNode } from './support/deployed';

describe('offers', () => {
  it('declines for long and suppresses when nothing needs offers; revives when a node needs one again', () => {
    const d = deployedDriver();
    const decisions = d.offers(unreservedOffer(agent(9)));
    expect(ofType(decisions, 'decline')).toEqual([expect.objectContaining({ refuseSeconds: 600 })]);
    expect(ofType(d.log, 'suppress')).toHaveLength(1);
    expect(d.state.volatile.suppressed).toBe(true);
    const crash = d.feed(status('node-1-server-t0', S.TASK_FAILED, { agentId: 'agent-2' }));
    expect(ofType(crash, 'revive')).toHaveLength(1);
    expect(d.state.volatile.suppressed).toBe(false);
  });

  it('releases reservations and volumes of ours that no node claims, in the same ACCEPT as nothing else', () => {
    const d = deployedDriver();
    const stranger = liveNode(7);
    const offer = reservedOfferFor({ ...stranger, reservation: { ...stranger.reservation, reservationId: 'res-gone', persistenceId: 'vol-gone' } } as typeof stranger);
    const [release] = ofType(d.offers(offer), 'accept');
    expect(operationTypes(release!)).toEqual(['DESTROY', 'UNRESERVE']);
    expect(release?.operations[0]?.destroy?.volumes?.[0]?.disk?.persistence?.id).toBe('vol-gone');
    // Our own nodes' reservations are never touched.
    expect(ofType(d.offers(reservedOfferFor(d.node('node-0'))), 'accept')).toHaveLength(0);
  });

  it('leaves alone what another framework (another cluster) reserved', () => {
    const d = deployedDriver();
    const theirs = reservedOfferFor({ ...liveNode(7), reservation: { ...liveNode(7).reservation, reservationId: 'res-other' } } as ReturnType<typeof liveNode>);
    for (const r of theirs.resources ?? []) {
      const labels = r.reservations?.[0]?.labels?.labels ?? [];
      for (const l of labels) if (l.key === 'cassandra_mesos_framework') l.value = 'cassandra-other';
    }
    expect(ofType(d.offers(theirs), 'accept')).toHaveLength(0);
  });

  it('keeps why an offer did not fit, in the decline and in the step message', () => {
    const d = new Driver(initialState({ config: config({ nodeCount: 1, seedCount: 1 }) }));
    d.subscribe();
    const decisions = d.offers(unreservedOffer(agent(1), { cpus: 0.5 }));
    const [decline] = ofType(decisions, 'decline');
    expect(decline?.evaluations?.[0]?.passed).toBe(false);
    expect(decline?.evaluations?.[0]?.stages.at(-1)?.stage).toBe('resources');
    const step = derivePlans(d.state, d.nowMs)[1]?.phases[0]?.steps[0];
    expect(step?.message).toMatch(/^waiting for an offer; the last offer \(host-1\) did not fit: resources: /);
  });

  it('places one node per host', () => {
    const d = new Driver(initialState({ config: config({ nodeCount: 2, seedCount: 2 }) }));
    d.subscribe();
    const a1 = agent(1);
    d.offers(unreservedOffer(a1));
    // A second offer from the same host places nothing.
    const again = d.offers(unreservedOffer({ ...a1, agentId: 'agent-1b' }));
    expect(ofType(again, 'accept')).toHaveLength(0);
    expect(d.node('node-1').agentId).toBe('');
  });

  it('confirms a reservation when an offer carries it, and places the node again when its RESERVE never happened', () => {
    const d = new Driver(initialState({ config: config({ nodeCount: 2, seedCount: 2 }) }));
    d.subscribe();
    const first = d.offers(unreservedOffer(agent(1)), unreservedOffer(agent(2)));
    expect(d.node('node-0').reservation?.confirmed).toBe(false);
    d.offers(heldOffer(agent(1), ofType(first, 'accept')[0]!));
    expect(d.node('node-0').reservation?.confirmed).toBe(true);
    // agent-2's ACCEPT was lost (rescinded offer): its offers come without node-1's reservation.
    d.feed({ type: 'tick' }, 30_000);
    d.offers(unreservedOffer(agent(2)));
    expect(d.node('node-1').agentId).toBe('agent-2');
    d.feed({ type: 'tick' }, 31_000);
    const replaced = d.offers(unreservedOffer(agent(2)));
    expect(ofType(replaced, 'persist-node').some((x) => x.reason.includes('never appeared in an offer'))).toBe(true);
    expect(d.node('node-1').agentId).toBe('');
    // Placed again on the next offer, with a new reservation id.
    d.offers(unreservedOffer(agent(2)));
    expect(d.node('node-1').agentId).toBe('agent-2');
    expect(d.node('node-1').reservation?.reservationId).not.toBe(ofType(first, 'persist-node').find((x) => x.node.nodeId === 'node-1')?.node.reservation?.reservationId);
  });

  it('shuts down executors of ours that serve no task', () => {
    const d = deployedDriver();
    const decisions = d.offers(reservedOfferFor(d.node('node-0'), { executors: ['node-0-executor-0', 'node-5-executor-2', 'node-0-executor-7'] }));
    expect(ofType(decisions, 'shutdown-executor').map((x) => x.executorId)).toEqual(['node-5-executor-2', 'node-0-executor-7']);
  });

  it('relaunches in place only once its previous executor has exited, without reserving its share again', () => {
    const d = deployedDriver();
    d.feed(status('node-2-server-t0', S.TASK_FAILED, { agentId: 'agent-3' }));
    d.tick(10_000);
    // As Mesos offers the agent while the old executor lives: its share (0.1 cpus, 256 MB of the
    // reservation) is not in the offer, and there is room on the agent to reserve it a second time.
    const lingering = reservedOfferFor(d.node('node-2'), { executors: ['node-2-executor-0'], spare: true });
    for (const r of lingering.resources ?? []) {
      if (r.reservations?.length && r.name === 'cpus') r.scalar = { value: 1 };
      if (r.reservations?.length && r.name === 'mem') r.scalar = { value: 2048 };
    }
    const waiting = d.offers(lingering);
    expect(ofType(waiting, 'accept')).toEqual([]);
    expect(ofType(waiting, 'shutdown-executor').map((x) => x.executorId)).toEqual(['node-2-executor-0']);
    const step = () => derivePlans(d.state, d.nowMs)[1]?.phases[0]?.steps[2];
    expect(step()?.status).toBe('PENDING');
    expect(step()?.message).toContain('waiting for its previous executor node-2-executor-0 to exit');

    // The executor's end (a FAILURE event) changes nothing by itself; the next offer no longer lists it.
    d.feed({ type: 'executor-failure', agentId: 'agent-3', executorId: 'node-2-executor-0', status: 0 }, 1_000);
    const decisions = d.offers(reservedOfferFor(d.node('node-2'), { spare: true }));
    const [accept] = ofType(decisions, 'accept');
    expect(operationTypes(accept!)).toEqual(['LAUNCH']);
    // A fresh executor, its resources from the reservation.
    expect(launchedTasks(decisions)[0]?.executor?.executor_id?.value).toBe('node-2-executor-1');
    expect(d.node('node-2').executorId).toBe('node-2-executor-1');
    expect(step()?.message).toMatch(/^starting: TASK_STAGING/);
  });

  it('says when the previous executor takes unusually long to exit, and keeps asking it to shut down', () => {
    const d = deployedDriver({ settings: { executorExitWarnMs: 120_000 } });
    d.feed(status('node-2-server-t0', S.TASK_KILLED, { agentId: 'agent-3' }));
    d.tick(10_000);
    const offer = () => reservedOfferFor(d.node('node-2'), { executors: ['node-2-executor-0'] });
    d.offers(offer());
    d.feed({ type: 'tick' }, 119_000);
    const again = d.offers(offer());
    expect(ofType(again, 'shutdown-executor')).toHaveLength(1);
    expect(launchedTasks(again)).toEqual([]);
    const step = () => derivePlans(d.state, d.nowMs)[1]?.phases[0]?.steps[2];
    expect(step()?.status).toBe('PENDING');
    d.tick(1_000);
    expect(step()?.status).toBe('WAITING');
    expect(step()?.message).toMatch(/for 2m now .*check agent agent-3 \(host-3\)/);
    expect(launchedTasks(d.offers(offer()))).toEqual([]);
  });
});
