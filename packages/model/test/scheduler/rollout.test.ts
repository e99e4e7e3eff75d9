import { derivePlans } from '../../src/scheduler';
import { S, config, launchedTasks, ofType, reservedOfferFor, status, taskDetails } from './support/fixtures';
import { deployedDriver } from './support/deployed';

describe('configuration rollout', () => {
  it('restarts live nodes one at a time with the new config, seeds first, waiting for each to be live', () => {
    const d = deployedDriver({ targetId: 'config-2', config: { resources: { cpus: 1, memMb: 3072, diskMb: 4096, heapMb: 0 } } });
    const plan = () => derivePlans(d.state, d.nowMs)[1];
    expect(plan()?.phases[0]?.steps.map((s) => s.status)).toEqual(['IN_PROGRESS', 'PENDING', 'PENDING']);
    expect(ofType(d.log, 'kill').map((k) => k.taskId)).toEqual(['node-0-server-t0']);
    expect(d.node('node-0').tasks[0]?.killReason).toContain('rolling out config config-2');

    d.feed(status('node-0-server-t0', S.TASK_KILLED, { agentId: 'agent-1' }));
    const relaunch = launchedTasks(d.offers(reservedOfferFor(d.node('node-0'), { spare: true })));
    expect(taskDetails(relaunch[0]!).server?.configId).toBe('config-2');
    // The node grew: the extra memory is reserved onto its reservation in the same ACCEPT.
    expect(ofType(d.log, 'accept').at(-1)?.operations.map((o) => o.type)).toEqual([2, 1]);
    expect(relaunch[0]?.resources?.filter((r) => r.name === 'mem').reduce((a, r) => a + (r.scalar?.value ?? 0), 0)).toBe(3072);
    expect(d.node('node-0').appliedConfigId).toBe('config-2');
    // node-0 is starting, not live: node-1 keeps running its old config.
    d.tick(10_000);
    expect(ofType(d.log, 'kill')).toHaveLength(1);
    d.makeLive('node-0');
    d.tick(10_000);
    expect(ofType(d.log, 'kill').map((k) => k.taskId)).toEqual(['node-0-server-t0', 'node-1-server-t0']);
  });

  it('does not move on while a node that already has the new config is down', () => {
    const d = deployedDriver({ targetId: 'config-2', config: { cassandraVersion: '5.0.10' } });
    d.feed(status('node-0-server-t0', S.TASK_KILLED, { agentId: 'agent-1' }));
    d.offers(reservedOfferFor(d.node('node-0')));
    d.makeLive('node-0');
    d.tick(10_000);
    // node-1 is being restarted; node-0 crashes meanwhile.
    d.feed(status('node-1-server-t0', S.TASK_KILLED, { agentId: 'agent-2' }));
    d.feed(status(d.serverTaskId('node-0'), S.TASK_FAILED, { agentId: 'agent-1' }));
    d.offers(reservedOfferFor(d.node('node-1')));
    d.makeLive('node-1');
    d.tick(10_000);
    // node-0 is down (backoff): node-2 waits.
    expect(ofType(d.log, 'kill').map((k) => k.taskId)).toEqual(['node-0-server-t0', 'node-1-server-t0']);
    expect(derivePlans(d.state, d.nowMs)[1]?.phases[0]?.steps[2]?.message).toContain('restarts with config config-2 in its turn');
  });

  it('adopts a config that needs no restart without restarting anyone', () => {
    const old = config({ nodeCount: 3 });
    const d = deployedDriver({ targetId: 'config-2', config: { replaceTimeoutSeconds: 1200, seedCount: 2 }, configVersions: new Map([['config-1', old]]) });
    d.tick(10_000);
    expect(ofType(d.log, 'kill')).toHaveLength(0);
    expect([...d.state.nodes.values()].map((n) => n.appliedConfigId)).toEqual(['config-2', 'config-2', 'config-2']);
    expect(derivePlans(d.state, d.nowMs)[1]?.status).toBe('COMPLETE');
  });

  it('shows a rejected config as plan errors while the old target keeps running', () => {
    const d = deployedDriver();
    d.state = { ...d.state, rejectedErrors: [{ field: 'resources.disk_mb', code: 'IMMUTABLE_FIELD', message: 'disk_mb cannot change after the first deploy; set it back to 4096' }] };
    d.tick(10_000);
    const deploy = derivePlans(d.state, d.nowMs)[1];
    expect(deploy?.status).toBe('ERROR');
    expect(deploy?.errors[0]).toContain('resources.disk_mb: disk_mb cannot change');
    expect(deploy?.phases[0]?.status).toBe('COMPLETE');
    expect(ofType(d.log, 'kill')).toHaveLength(0);
  });
});
