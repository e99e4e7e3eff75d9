// clusterEventsBetween over single changes: one input fed to the real decision core (or one field of the
// state changed by hand), and the events an operator reads about it.
import { cassandra_mesos } from '../../../src/gen/cassandra_mesos';
import { clusterEventsBetween, type ClusterEventDraft } from '../../../src/scheduler/events';
import type { NodeRecord, SchedulerInput, SchedulerState } from '../../../src/scheduler/types';
import { deployedDriver } from '../support/deployed';
import { R, S, status, type Driver } from '../support/fixtures';

/** Feeds one input and returns the events of the change it made. */
function eventsOf(d: Driver, input: SchedulerInput, advanceMs = 1_000): ClusterEventDraft[] {
  const prev = d.state;
  const decisions = d.feed(input, advanceMs);
  return clusterEventsBetween(prev, d.state, d.nowMs, decisions);
}

const lines = (events: readonly ClusterEventDraft[]): string[] =>
  events.map((e) => `${e.level} ${e.kind}: ${e.message}`);

function withNode(state: SchedulerState, node: NodeRecord): SchedulerState {
  return { ...state, nodes: new Map(state.nodes).set(node.nodeId, node) };
}

function node(state: SchedulerState, nodeId: string): NodeRecord {
  const found = state.nodes.get(nodeId);
  if (!found) throw new Error(`no ${nodeId}`);
  return found;
}

describe('the start of a term and no change', () => {
  it('summarises the loaded state in one event when there is no previous state', () => {
    const d = deployedDriver();
    const events = clusterEventsBetween(undefined, d.state, 1_700_000_000_000);
    expect(events).toEqual([
      {
        at: '2023-11-14T22:13:20.000Z',
        level: 'info',
        kind: 'state-loaded',
        message: 'state loaded: 3 nodes (3 live), configuration config-1',
      },
    ]);
  });

  it('names a running job in that summary', () => {
    const d = deployedDriver();
    d.feed({
      type: 'operator',
      command: { kind: 'start-job', request: { type: 'REPAIR', params: {}, requestedBy: 'test' } },
    });
    const [event] = clusterEventsBetween(undefined, d.state, d.nowMs);
    expect(event?.message).toBe(
      'state loaded: 3 nodes (3 live), configuration config-1; repair job id-1 running (0/3 nodes done)',
    );
  });

  it('is empty for the same state, and for a tick that changes nothing', () => {
    const d = deployedDriver();
    expect(clusterEventsBetween(d.state, d.state, d.nowMs)).toEqual([]);
    expect(eventsOf(d, { type: 'tick' }, 1_000)).toEqual([]);
  });
});

describe('task states', () => {
  it('a crash: the Mesos state, reason and message, and when the node restarts', () => {
    const d = deployedDriver();
    const events = eventsOf(
      d,
      status('node-1-server-t0', S.TASK_FAILED, {
        agentId: 'agent-2',
        reason: R.REASON_COMMAND_EXECUTOR_FAILED,
        message: 'disk full',
      }),
    );
    expect(lines(events).slice(0, 2)).toEqual([
      'error task-state: node-1 task FAILED (REASON_COMMAND_EXECUTOR_FAILED): disk full; restarting in 10 s',
      'warn node-health: node-1 is no longer live: Cassandra is not running',
    ]);
    expect(events[0]).toMatchObject({ nodeId: 'node-1' });
    expect(events[0]?.jobId).toBeUndefined();
  });

  it('an invalid launch (TASK_ERROR) is not retried with the same configuration', () => {
    const d = deployedDriver();
    const [first] = eventsOf(
      d,
      status('node-2-server-t0', S.TASK_ERROR, { agentId: 'agent-3', message: 'bad resources' }),
    );
    expect(first?.message).toBe('node-2 task ERROR: bad resources; not retried with this configuration');
    expect(first?.level).toBe('error');
  });

  it('an unreachable agent: a warning for the task and for the agent', () => {
    const d = deployedDriver();
    const events = eventsOf(
      d,
      status('node-0-server-t0', S.TASK_UNREACHABLE, {
        agentId: 'agent-1',
        reason: R.REASON_AGENT_DISCONNECTED,
      }),
    );
    expect(lines(events)).toEqual([
      'warn task-state: node-0 task UNREACHABLE on 10.0.0.1',
      "warn node-agent: node-0's agent host-1 is unreachable",
      'warn node-health: node-0 is no longer live: its task is UNREACHABLE',
      expect.stringMatching(
        /^warn plan-step: deploy step node-0 COMPLETE → WAITING: agent agent-1 \(host-1\) lost since/,
      ),
      'info plan-status: deploy plan COMPLETE → IN_PROGRESS',
    ]);
    const back = eventsOf(d, status('node-0-server-t0', S.TASK_RUNNING, { agentId: 'agent-1' }));
    expect(lines(back).slice(0, 3)).toEqual([
      'info task-state: node-0 task RUNNING on 10.0.0.1',
      "info node-agent: node-0's agent host-1 is back",
      'info node-health: node-0 is live (NORMAL) on 10.0.0.1',
    ]);
  });

  it('an operator stop: the run state, the task stopping with why, then stopped (no warning: it was asked for)', () => {
    const d = deployedDriver();
    const stop = eventsOf(d, {
      type: 'operator',
      command: { kind: 'set-run-state', nodeId: 'node-2', runState: 'STOP' },
    });
    expect(lines(stop).slice(0, 2)).toEqual([
      'info task-state: node-2 task stopping: run state STOP',
      'info node-run-state: node-2 run state RUN → STOP',
    ]);
    const killed = eventsOf(d, status('node-2-server-t0', S.TASK_KILLED, { agentId: 'agent-3' }));
    expect(lines(killed).slice(0, 2)).toEqual([
      'info task-state: node-2 task stopped (run state STOP)',
      'info node-health: node-2 is no longer live: Cassandra is not running',
    ]);
  });
});

describe('nodes', () => {
  it('a seed change', () => {
    const d = deployedDriver();
    const events = eventsOf(d, {
      type: 'operator',
      command: { kind: 'set-seed', nodeId: 'node-2', seed: true },
    });
    expect(lines(events)).toContain('info node-seed: node-2 is now a seed');
  });

  it('added, replacing another, and removed', () => {
    const d = deployedDriver();
    const prev = d.state;
    const fresh = cassandra_mesos.v1.NodeRecord.create({
      nodeId: 'node-3',
      index: 3,
      targetRunState: cassandra_mesos.v1.TargetRunState.RUN,
    });
    expect(lines(clusterEventsBetween(prev, withNode(prev, fresh), d.nowMs))).toContain(
      'info node-added: node-3 added',
    );
    const replacement = cassandra_mesos.v1.NodeRecord.create({
      ...fresh,
      replacesNodeId: 'node-1',
      replaceIp: '10.0.0.2',
    });
    expect(lines(clusterEventsBetween(prev, withNode(prev, replacement), d.nowMs))).toContain(
      'warn node-replaced: node-3 replaces node-1 (replace_address 10.0.0.2)',
    );
    const nodes = new Map(prev.nodes);
    nodes.delete('node-2');
    const removed = clusterEventsBetween(prev, { ...prev, nodes }, d.nowMs);
    expect(removed.find((e) => e.kind === 'node-removed')).toMatchObject({
      nodeId: 'node-2',
      message: 'node-2 removed (it ran on host-3)',
    });
  });

  it('leaving the ring, left, and a departure that failed (with the reason)', () => {
    const d = deployedDriver();
    const prev = d.state;
    const n = node(prev, 'node-2');
    const leaving = cassandra_mesos.v1.NodeRecord.create({ ...n, leavingSinceMs: d.nowMs });
    expect(lines(clusterEventsBetween(prev, withNode(prev, leaving), d.nowMs))).toContain(
      'info node-removal: node-2 is leaving the cluster',
    );
    const failed = cassandra_mesos.v1.NodeRecord.create({
      ...leaving,
      removalError: 'the replication factor of ks1 needs 3 nodes',
    });
    expect(lines(clusterEventsBetween(withNode(prev, leaving), withNode(prev, failed), d.nowMs))).toContain(
      'error node-removal: node-2 could not leave the ring: the replication factor of ks1 needs 3 nodes',
    );
    const left = cassandra_mesos.v1.NodeRecord.create({ ...leaving, decommissioned: true });
    expect(lines(clusterEventsBetween(withNode(prev, leaving), withNode(prev, left), d.nowMs))).toContain(
      'info node-removal: node-2 left the ring',
    );
  });

  it('a failed health check takes a node out of service (a warning)', () => {
    const d = deployedDriver();
    const prev = d.state;
    const sick = cassandra_mesos.v1.NodeRecord.create({
      ...node(prev, 'node-1'),
      health: { healthy: false, message: 'Jolokia: connection refused', checkedAtMs: d.nowMs },
    });
    expect(lines(clusterEventsBetween(prev, withNode(prev, sick), d.nowMs))).toContain(
      'warn node-health: node-1 is no longer live: health check failed: Jolokia: connection refused',
    );
  });
});

describe('the scheduler, its configuration and plans', () => {
  it('the Mesos subscription ending', () => {
    const d = deployedDriver();
    expect(lines(eventsOf(d, { type: 'disconnected' }))).toContain(
      'warn mesos: the Mesos subscription ended; subscribing again',
    );
  });

  it('a rejected configuration, with every problem', () => {
    const d = deployedDriver();
    const events = eventsOf(d, {
      type: 'target-changed',
      target: d.state.target,
      rejectedErrors: [{ field: 'node_count', code: 'RANGE', message: 'must be at least 1' }],
    });
    expect(events[0]).toMatchObject({
      level: 'error',
      kind: 'config-rejected',
      message: 'configuration rejected, the previous one keeps running: node_count: must be at least 1',
    });
  });

  it('a node count change in the accepted configuration', () => {
    const d = deployedDriver();
    const events = eventsOf(d, {
      type: 'target-changed',
      target: { id: 'config-2', config: { ...d.state.target.config, nodeCount: 4 } },
      rejectedErrors: [],
    });
    expect(lines(events)[0]).toBe('info config-accepted: configuration config-2 accepted (node count 3 → 4)');
  });

  it('interrupt and continue of a plan, a forced step and a restarted step', () => {
    const d = deployedDriver();
    const interrupted = eventsOf(d, {
      type: 'operator',
      command: { kind: 'interrupt-plan', plan: 'deploy' },
    });
    expect(interrupted).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        kind: 'plan-interrupted',
        plan: 'deploy',
        message: 'deploy plan interrupted',
      }),
    );
    expect(
      lines(eventsOf(d, { type: 'operator', command: { kind: 'continue-plan', plan: 'deploy' } })),
    ).toContain('info plan-continued: deploy plan continued');
    eventsOf(d, status('node-2-server-t0', S.TASK_ERROR, { agentId: 'agent-3', message: 'bad resources' }));
    const forced = eventsOf(d, {
      type: 'operator',
      command: { kind: 'force-complete-step', plan: 'deploy', step: 'node-2' },
    });
    expect(forced[0]).toMatchObject({
      kind: 'plan-step',
      nodeId: 'node-2',
      message: 'deploy step node-2 force-completed by an operator',
    });
    const restarted = eventsOf(d, {
      type: 'operator',
      command: { kind: 'restart-step', plan: 'deploy', step: 'node-2' },
    });
    expect(restarted[0]).toMatchObject({
      kind: 'plan-step',
      nodeId: 'node-2',
      message: 'deploy step node-2 restarted by an operator',
    });
  });

  it('a deploy step in ERROR carries the step message', () => {
    const d = deployedDriver();
    const events = eventsOf(
      d,
      status('node-2-server-t0', S.TASK_ERROR, { agentId: 'agent-3', message: 'bad resources' }),
    );
    const step = events.find((e) => e.kind === 'plan-step');
    expect(step).toMatchObject({ level: 'error', nodeId: 'node-2', plan: 'deploy' });
    expect(step?.message).toMatch(
      /^deploy step node-2 COMPLETE → ERROR: the last launch was rejected as invalid \(TASK_ERROR: bad resources\)/,
    );
  });

  it('a cleanup the scheduler suggests', () => {
    const d = deployedDriver();
    const prev = d.state;
    const framework = cassandra_mesos.v1.FrameworkRecord.create({
      ...prev.framework,
      cleanupSuggestedAtMs: d.nowMs,
      cleanupSuggestion: 'run cleanup on node-0, node-1',
    });
    expect(lines(clusterEventsBetween(prev, { ...prev, framework }, d.nowMs))).toEqual([
      'info cleanup-suggested: run cleanup on node-0, node-1',
    ]);
  });
});
