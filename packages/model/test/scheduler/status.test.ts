import { classifyStatus, derivePlans } from '../../src/scheduler';
import type { mesos } from '../../src/gen/mesos';
import { R, S, agent, launchedTasks, ofType, reservedOfferFor, status, unreservedOffer } from './support/fixtures';
import { deployedDriver } from './support/deployed';

function classify(state: mesos.v1.TaskState, reason?: mesos.v1.TaskStatus.Reason, unreachable = false): string {
  const input = status('t', state, { reason, unreachable });
  if (input.type !== 'status') throw new Error('not a status');
  return classifyStatus(input.status);
}

describe('task statuses', () => {
  it('classifies every TaskState', () => {
    expect([S.TASK_STAGING, S.TASK_STARTING, S.TASK_RUNNING, S.TASK_KILLING].map((s) => classify(s))).toEqual(['active', 'active', 'active', 'active']);
    expect([S.TASK_FINISHED, S.TASK_FAILED, S.TASK_KILLED, S.TASK_ERROR, S.TASK_DROPPED, S.TASK_GONE].map((s) => classify(s))).toEqual(Array(6).fill('ended'));
    expect([S.TASK_UNREACHABLE, S.TASK_UNKNOWN, S.TASK_GONE_BY_OPERATOR].map((s) => classify(s))).toEqual(['agent', 'agent', 'agent']);
    expect(classify(S.TASK_LOST, R.REASON_AGENT_REMOVED)).toBe('agent');
    expect(classify(S.TASK_LOST, R.REASON_RECONCILIATION, true)).toBe('agent');
    expect(classify(S.TASK_LOST, R.REASON_RECONCILIATION)).toBe('ended');
    expect(classify(S.TASK_LOST, R.REASON_INVALID_OFFERS)).toBe('ended');
  });

  it('restarts a crashed Cassandra in place, on its agent and reservation, after an exponential backoff', () => {
    const d = deployedDriver();
    const crash = d.feed(status('node-1-server-t0', S.TASK_FAILED, { agentId: 'agent-2', message: 'Cassandra exited', details: { nodeId: 'node-1', serverExited: { exitCode: 3 } } }));
    expect(d.node('node-1').tasks).toHaveLength(0);
    expect(d.node('node-1').backoff).toMatchObject({ consecutiveFailures: 1, notBeforeMs: d.nowMs + 10_000 });
    expect(d.node('node-1').backoff?.lastFailure).toContain('exit code 3');
    expect(ofType(crash, 'shutdown-executor')).toEqual([expect.objectContaining({ executorId: 'node-1-executor-0', agentId: 'agent-2' })]);
    const step = () => derivePlans(d.state, d.nowMs)[1]?.phases[0]?.steps.find((s) => s.name === 'node-1');
    expect(step()?.status).toBe('WAITING');

    // Not before the backoff; other agents' offers never fit node-1.
    expect(launchedTasks(d.offers(reservedOfferFor(d.node('node-1')), unreservedOffer(agent(9))))).toHaveLength(0);
    d.tick(10_000);
    const relaunch = launchedTasks(d.offers(reservedOfferFor(d.node('node-1'))));
    expect(relaunch).toHaveLength(1);
    expect(relaunch[0]?.agent_id?.value).toBe('agent-2');
    const volume = relaunch[0]?.resources?.find((r) => r.disk?.persistence);
    expect(volume?.disk?.persistence?.id).toBe('vol-1');

    // It crashes again right away: 20 s this time.
    d.feed(status(d.serverTaskId('node-1'), S.TASK_FAILED, { agentId: 'agent-2' }));
    expect(d.node('node-1').backoff).toMatchObject({ consecutiveFailures: 2, notBeforeMs: d.nowMs + 20_000 });
    // Once live again, the backoff is forgotten.
    d.tick(20_000);
    d.offers(reservedOfferFor(d.node('node-1')));
    d.makeLive('node-1');
    expect(d.node('node-1').backoff).toBeNull();
  });

  it('does not retry a launch rejected as invalid (TASK_ERROR) with the same config', () => {
    const d = deployedDriver();
    d.feed(status('node-2-server-t0', S.TASK_ERROR, { agentId: 'agent-3', reason: R.REASON_TASK_INVALID, message: 'Task uses more resources' }));
    d.tick(3_600_000);
    expect(launchedTasks(d.offers(reservedOfferFor(d.node('node-2'))))).toHaveLength(0);
    const step = derivePlans(d.state, d.nowMs)[1]?.phases[0]?.steps.find((s) => s.name === 'node-2');
    expect(step?.status).toBe('ERROR');
    expect(step?.message).toContain('rejected as invalid');
  });

  it('treats a requested stop as expected: no backoff', () => {
    const d = deployedDriver();
    d.feed({ type: 'operator', command: { kind: 'set-run-state', nodeId: 'node-2', runState: 'RESTART' } });
    d.feed(status('node-2-server-t0', S.TASK_KILLED, { agentId: 'agent-3' }));
    expect(d.node('node-2').backoff).toBeNull();
    expect(d.node('node-2').targetRunState).toBe(1);
    expect(launchedTasks(d.offers(reservedOfferFor(d.node('node-2'))))).toHaveLength(1);
  });

  it('marks the agent lost on TASK_UNREACHABLE and resumes the node when it comes back before the timeout', () => {
    const d = deployedDriver();
    d.feed(status('node-2-server-t0', S.TASK_UNREACHABLE, { agentId: 'agent-3', reason: R.REASON_AGENT_REMOVED }));
    const lostAt = d.nowMs;
    expect(d.node('node-2')).toMatchObject({ agentLostAtMs: lostAt });
    expect(d.node('node-2').tasks[0]?.state).toBe('TASK_UNREACHABLE');
    expect(derivePlans(d.state, d.nowMs)[1]?.phases[0]?.steps[2]?.status).toBe('WAITING');
    d.tick(300_000);
    d.feed(status('node-2-server-t0', S.TASK_RUNNING, { agentId: 'agent-3' }));
    expect(d.node('node-2').agentLostAtMs).toBe(0);
    expect(d.state.nodes.size).toBe(3);
    expect(derivePlans(d.state, d.nowMs)[1]?.status).toBe('COMPLETE');
  });

  it('kills a running task no node knows (a duplicate, or one of a removed node)', () => {
    const d = deployedDriver();
    const decisions = d.feed(status('node-1-server-stale', S.TASK_RUNNING, { agentId: 'agent-2' }));
    expect(ofType(decisions, 'kill')).toEqual([expect.objectContaining({ taskId: 'node-1-server-stale', agentId: 'agent-2' })]);
    expect(ofType(d.feed(status('node-7-server-x', S.TASK_FINISHED, { agentId: 'agent-8' })), 'kill')).toHaveLength(0);
  });

  it('restarts in place when the executor fails, and ignores its later TASK_FAILED', () => {
    const d = deployedDriver();
    d.feed({ type: 'executor-failure', agentId: 'agent-1', executorId: 'node-0-executor-0', status: 137 });
    expect(d.node('node-0').tasks).toHaveLength(0);
    expect(d.node('node-0').backoff?.lastFailure).toContain('status 137');
    const late = d.feed(status('node-0-server-t0', S.TASK_FAILED, { agentId: 'agent-1', reason: R.REASON_EXECUTOR_TERMINATED }));
    expect(late).toEqual([expect.objectContaining({ type: 'log' })]);
    expect(d.node('node-0').backoff?.consecutiveFailures).toBe(1);
  });

  it('marks every node of a failed agent lost', () => {
    const d = deployedDriver();
    d.feed({ type: 'agent-failure', agentId: 'agent-2' });
    expect(d.node('node-1').agentLostAtMs).toBe(d.nowMs);
    expect(d.node('node-0').agentLostAtMs).toBe(0);
  });
});
