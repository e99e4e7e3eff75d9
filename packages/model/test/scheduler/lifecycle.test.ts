import { derivePlans } from '../../src/scheduler';
import { S, launchedTasks, ofType, reservedOfferFor, status } from './support/fixtures';
import { deployedDriver } from './support/deployed';

const setRunState = (nodeId: string, runState: 'RUN' | 'STOP' | 'RESTART' | 'TERMINATE') => ({ type: 'operator' as const, command: { kind: 'set-run-state' as const, nodeId, runState } });

describe('node run states', () => {
  it('STOP kills the server (with the drain grace) and keeps it down until RUN', () => {
    const d = deployedDriver();
    const stop = d.feed(setRunState('node-2', 'STOP'));
    expect(ofType(stop, 'kill')).toEqual([expect.objectContaining({ taskId: 'node-2-server-t0', agentId: 'agent-3', gracePeriodMs: 30_000 })]);
    expect(d.node('node-2').tasks[0]).toMatchObject({ killReason: 'run state STOP' });
    d.feed(status('node-2-server-t0', S.TASK_KILLED, { agentId: 'agent-3' }));
    d.tick(60_000);
    expect(launchedTasks(d.offers(reservedOfferFor(d.node('node-2'))))).toHaveLength(0);
    // A stopped node has no deploy step: it does not hold up the plan.
    const deploy = derivePlans(d.state, d.nowMs)[1];
    expect(deploy?.phases[0]?.steps.map((s) => s.name)).toEqual(['node-0', 'node-1']);
    expect(deploy?.status).toBe('COMPLETE');
    // Back to RUN: offers are wanted again and it starts in place.
    d.feed(setRunState('node-2', 'RUN'));
    expect(launchedTasks(d.offers(reservedOfferFor(d.node('node-2'))))).toHaveLength(1);
  });

  it('RESTART stops the server, then starts it again in place and returns to RUN', () => {
    const d = deployedDriver();
    d.feed(setRunState('node-0', 'RESTART'));
    expect(d.node('node-0').targetRunState).toBe(3);
    d.feed(status('node-0-server-t0', S.TASK_KILLED, { agentId: 'agent-1' }));
    expect(d.node('node-0').targetRunState).toBe(1);
    const relaunched = launchedTasks(d.offers(reservedOfferFor(d.node('node-0'))));
    expect(relaunched.map((t) => t.agent_id?.value)).toEqual(['agent-1']);
  });

  it('re-sends a KILL that has not taken effect', () => {
    const d = deployedDriver();
    d.feed(setRunState('node-1', 'STOP'));
    expect(ofType(d.tick(10_000), 'kill')).toHaveLength(0);
    expect(ofType(d.tick(25_000), 'kill')).toEqual([expect.objectContaining({ taskId: 'node-1-server-t0' })]);
  });

  it('TERMINATE stops server and executor, and is final', () => {
    const d = deployedDriver();
    d.feed(setRunState('node-2', 'TERMINATE'));
    const ended = d.feed(status('node-2-server-t0', S.TASK_KILLED, { agentId: 'agent-3' }));
    expect(ofType(ended, 'shutdown-executor')).toEqual([expect.objectContaining({ executorId: 'node-2-executor-0' })]);
    const back = d.feed(setRunState('node-2', 'RUN'));
    expect(ofType(back, 'command-rejected')[0]?.error).toContain('TERMINATE, which is final');
    expect(d.node('node-2').targetRunState).toBe(4);
    // Still holds its slot: no new node is created for it; replacing it is the way forward.
    d.tick(10_000);
    expect(d.state.nodes.size).toBe(3);
  });

  it('stops a server reported running while the node is STOP', () => {
    const d = deployedDriver();
    d.feed(setRunState('node-1', 'STOP'));
    d.feed(status('node-1-server-t0', S.TASK_KILLED, { agentId: 'agent-2' }));
    d.offers(reservedOfferFor(d.node('node-1')));
    const again = d.feed(status('node-1-server-t0', S.TASK_RUNNING, { agentId: 'agent-2' }));
    expect(ofType(again, 'kill')).toEqual([expect.objectContaining({ taskId: 'node-1-server-t0' })]);
  });
});
