import { derivePlans } from '../../src/scheduler';
import { R, S, agent, launchedTasks, ofType, status, taskDetails, unreservedOffer, heldOffer } from './support/fixtures';
import { deployedDriver } from './support/deployed';

function step(d: ReturnType<typeof deployedDriver>, nodeId: string) {
  return derivePlans(d.state, d.nowMs)[1]?.phases[0]?.steps.find((s) => s.name === nodeId);
}

describe('replacing a node whose agent is lost', () => {
  it('replaces it on another host after replace_timeout_seconds, with replace_address, and drops it once the replacement is live', () => {
    const d = deployedDriver();
    d.feed(status('node-2-server-t0', S.TASK_LOST, { agentId: 'agent-3', reason: R.REASON_AGENT_REMOVED }));
    d.tick(595_000);
    expect(d.state.nodes.size).toBe(3);
    // Ticks run the full pass at most every passIntervalMs (5 s).
    const decisions = d.tick(5_000);
    // New id, never reused; the index is reserved before the record is written.
    const kinds = decisions.filter((x) => x.type === 'persist-framework' || x.type === 'persist-node').map((x) => (x.type === 'persist-node' ? x.node.nodeId : 'framework'));
    expect(kinds.slice(0, 3)).toEqual(['framework', 'node-2', 'node-3']);
    const replacement = d.node('node-3');
    expect(replacement).toMatchObject({ replaceIp: '10.0.0.3', replacesNodeId: 'node-2', seed: false });
    expect(d.node('node-2').targetRunState).toBe(4);
    expect(d.node('node-2').tasks).toHaveLength(0);
    expect(step(d, 'node-3')?.status).toBe('PENDING');

    // Never on the lost agent; placed and started elsewhere with replace_address and auto_bootstrap.
    const placed = d.offers(unreservedOffer(agent(4)));
    const launched = launchedTasks(placed);
    expect(launched).toHaveLength(1);
    const cfg = taskDetails(launched[0]!).server?.config;
    expect(cfg).toMatchObject({ replaceAddress: '10.0.0.3', autoBootstrap: true, listenAddress: '10.0.0.4' });
    expect(cfg?.seeds).toEqual(['10.0.0.1', '10.0.0.2']);

    d.makeLive('node-3');
    expect(d.state.nodes.has('node-2')).toBe(false);
    expect(d.node('node-3').replaceIp).toBe('');
    expect(ofType(d.log, 'delete-node').map((x) => x.nodeId)).toEqual(['node-2']);
    expect(derivePlans(d.state, d.nowMs)[1]?.status).toBe('COMPLETE');
  });

  it('with auto_replace off, shows the step as ERROR after the timeout and waits for the operator', () => {
    const d = deployedDriver({ config: { autoReplace: false } });
    d.feed(status('node-2-server-t0', S.TASK_UNREACHABLE, { agentId: 'agent-3' }));
    d.tick(700_000);
    expect(d.state.nodes.size).toBe(3);
    expect(step(d, 'node-2')).toMatchObject({ status: 'ERROR' });
    expect(step(d, 'node-2')?.message).toContain('replace');
    d.feed({ type: 'operator', command: { kind: 'replace-node', nodeId: 'node-2' } });
    expect(d.node('node-3')).toMatchObject({ replaceIp: '10.0.0.3', replacesNodeId: 'node-2' });
  });

  it('refuses to replace a live node, an unknown node, or one already being replaced', () => {
    const d = deployedDriver({ config: { autoReplace: false } });
    const live = d.feed({ type: 'operator', command: { kind: 'replace-node', nodeId: 'node-1' } });
    expect(ofType(live, 'command-rejected')[0]?.error).toContain('node-1 is live');
    const unknown = d.feed({ type: 'operator', command: { kind: 'replace-node', nodeId: 'node-9' } });
    expect(ofType(unknown, 'command-rejected')[0]?.error).toContain("there is no node 'node-9'; the nodes are: node-0, node-1, node-2");
    d.feed(status('node-2-server-t0', S.TASK_UNREACHABLE, { agentId: 'agent-3' }));
    d.feed({ type: 'operator', command: { kind: 'replace-node', nodeId: 'node-2' } });
    const twice = d.feed({ type: 'operator', command: { kind: 'replace-node', nodeId: 'node-2' } });
    expect(ofType(twice, 'command-rejected')[0]?.error).toContain('already being replaced by node-3');
  });

  it('refuses to replace a seed when no other seed is live, and says to make a live node a seed first', () => {
    const d = deployedDriver({ config: { autoReplace: false, seedCount: 1 } });
    d.feed(status('node-0-server-t0', S.TASK_UNREACHABLE, { agentId: 'agent-1' }));
    const refused = d.feed({ type: 'operator', command: { kind: 'replace-node', nodeId: 'node-0' } });
    expect(ofType(refused, 'command-rejected')[0]?.error).toContain('node-0 is a seed and no other seed is live');
    expect(ofType(refused, 'command-rejected')[0]?.error).toContain('make-seed');
    expect(d.state.nodes.size).toBe(3);
  });

  it('replaces a lost seed: another joined node becomes a seed, the replacement is not one before it joins', () => {
    const d = deployedDriver({ nodeCount: 4 });
    d.feed(status('node-0-server-t0', S.TASK_UNREACHABLE, { agentId: 'agent-1' }));
    d.tick(600_000);
    expect(d.node('node-0').seed).toBe(false);
    expect(d.node('node-4')).toMatchObject({ seed: false, replaceIp: '10.0.0.1' });
    expect(d.node('node-2').seed).toBe(true);
    const launched = launchedTasks(d.offers(unreservedOffer(agent(5))));
    expect(taskDetails(launched[0]!).server?.config?.seeds).toEqual(['10.0.0.2', '10.0.0.3']);
  });

  it('resumes a node whose agent returns before the timeout, even after an agent failure event', () => {
    const d = deployedDriver();
    d.feed({ type: 'agent-failure', agentId: 'agent-2' });
    d.tick(100_000);
    const back = d.offers(heldOffer(agent(2), { type: 'accept', offerIds: [], operations: [], reason: '' }));
    expect(d.node('node-1').agentLostAtMs).toBe(0);
    expect(ofType(back, 'reconcile')[0]?.tasks).toEqual([{ taskId: 'node-1-server-t0', agentId: 'agent-2' }]);
    d.tick(600_000);
    expect(d.state.nodes.size).toBe(3);
  });
});
