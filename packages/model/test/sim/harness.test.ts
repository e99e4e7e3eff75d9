// The simulation harness itself: a scenario can only catch a core bug if the simulated master, executors
// and store refuse and report what real ones would.
import { cassandra_mesos } from '../../src/gen/cassandra_mesos';
import { mesos } from '../../src/gen/mesos';
import { EventQueue } from './event-queue';
import { portsResource, ResourcePool, scalarResource, type Resource } from './resource-pool';
import { simAgents, simConfig } from './config';
import { SimExecutors, DEFAULT_BEHAVIOUR } from './sim-executors';
import { SimMaster } from './sim-master';
import { Simulation } from './simulation';

const { TaskState } = mesos.v1;
const OpType = mesos.v1.Offer.Operation.Type;
const DYNAMIC = mesos.v1.Resource.ReservationInfo.Type.DYNAMIC;
const ROLE = 'cassandra';

function alloc(r: Resource): Resource {
  return { ...r, allocation_info: { role: ROLE } };
}

function reserved(r: Resource, id: string): Resource {
  return alloc({
    ...r,
    reservations: [
      { type: DYNAMIC, role: ROLE, principal: 'p', labels: { labels: [{ key: 'res', value: id }] } },
    ],
  });
}

describe('ResourcePool', () => {
  it('adds and takes scalars and port ranges by shape', () => {
    const pool = new ResourcePool([
      scalarResource('cpus', 4),
      portsResource(7000, 7010),
      portsResource(9042, 9042),
    ]);
    expect(
      pool.take([scalarResource('cpus', 1.5), portsResource(7001, 7001), portsResource(9042, 9042)]),
    ).toBeUndefined();
    expect(pool.scalar('cpus')).toBe(2.5);
    expect(pool.toResources().find((r) => r.name === 'ports')?.ranges?.range).toEqual([
      { begin: 7000, end: 7000 },
      { begin: 7002, end: 7010 },
    ]);
    pool.add([portsResource(7001, 7001)]);
    expect(pool.toResources().find((r) => r.name === 'ports')?.ranges?.range).toEqual([
      { begin: 7000, end: 7010 },
    ]);
  });

  it('refuses what it does not hold, and changes nothing then', () => {
    const pool = new ResourcePool([scalarResource('cpus', 1), portsResource(7000, 7000)]);
    expect(pool.take([scalarResource('cpus', 0.5), scalarResource('mem', 1)])).toMatch(/no mem unreserved/);
    expect(pool.take([portsResource(7001, 7001)])).toMatch(/ports 7001-7001 are not offered/);
    expect(pool.take([scalarResource('cpus', 2)])).toMatch(/asked 2, offered 1/);
    expect(pool.scalar('cpus')).toBe(1);
  });

  it('keeps reserved resources apart from unreserved ones and by labels', () => {
    const pool = new ResourcePool([scalarResource('cpus', 2), reserved(scalarResource('cpus', 1), 'a')]);
    expect(pool.missing([reserved(scalarResource('cpus', 1), 'b')])).toMatch(
      /reserved for cassandra \[res=b\]/,
    );
    expect(pool.take([reserved(scalarResource('cpus', 1), 'a')])).toBeUndefined();
    expect(pool.scalar('cpus')).toBe(2);
  });
});

describe('SimMaster', () => {
  const agentSpec = simAgents(1)[0]!;
  function masterWithOffer(): { master: SimMaster; offerId: string; agentId: string } {
    const master = new SimMaster({ role: ROLE, frameworkId: 'fw' });
    const agent = master.addAgent(agentSpec);
    const offers = master.allocate(0);
    expect(offers).toHaveLength(1);
    expect(offers[0]?.resources?.every((r) => r.allocation_info?.role === ROLE)).toBe(true);
    return { master, offerId: offers[0]?.id?.value ?? '', agentId: agent.id };
  }

  it('applies RESERVE and CREATE, and offers the reservation and volume back after the task ends', () => {
    const { master, offerId, agentId } = masterWithOffer();
    const disk = reserved(scalarResource('disk', 100), 'r1');
    const volume = {
      ...disk,
      disk: {
        persistence: { id: 'v1', principal: 'p' },
        volume: { container_path: 'data', mode: mesos.v1.Volume.Mode.RW },
      },
    };
    const result = master.accept(
      [offerId],
      [
        { type: OpType.RESERVE, reserve: { resources: [disk] } },
        { type: OpType.CREATE, create: { volumes: [volume] } },
      ],
      0,
      0,
    );
    expect(result.errors).toEqual([]);
    const next = master.allocate(1_000);
    const offeredVolume = next[0]?.resources?.find((r) => r.disk?.persistence?.id === 'v1');
    expect(offeredVolume?.scalar?.value).toBe(100);
    expect(offeredVolume?.reservations?.[0]?.labels?.labels?.[0]).toEqual({ key: 'res', value: 'r1' });
    expect(master.agent(agentId).free.isEmpty()).toBe(true);
  });

  it('drops a RESERVE of resources not in the offer and refuses a LAUNCH that does not fit (TASK_ERROR, no uuid)', () => {
    const { master, offerId, agentId } = masterWithOffer();
    const task: mesos.v1.TaskInfo.$Properties = {
      name: 't',
      task_id: { value: 'node-0-server-1' },
      agent_id: { value: agentId },
      resources: [alloc(scalarResource('cpus', 64))],
      executor: {
        executor_id: { value: 'e1' },
        command: { value: 'x' },
        resources: [alloc(scalarResource('cpus', 0.1))],
      },
    };
    const result = master.accept(
      [offerId],
      [
        { type: OpType.RESERVE, reserve: { resources: [reserved(scalarResource('mem', 1_000_000), 'r')] } },
        { type: OpType.LAUNCH, launch: { task_infos: [task] } },
      ],
      0,
      0,
    );
    expect(result.errors).toHaveLength(2);
    expect(result.statuses).toEqual([
      expect.objectContaining({
        state: TaskState.TASK_ERROR,
        reason: mesos.v1.TaskStatus.Reason.REASON_TASK_INVALID,
      }),
    ]);
    expect(result.statuses[0]?.uuid).toBeUndefined();
    expect(master.counters.invalidOperations).toBe(2);
  });

  it('refuses resources without the allocation role (MULTI_ROLE) and offers that are gone', () => {
    const { master, offerId } = masterWithOffer();
    const bad = master.accept(
      [offerId],
      [
        {
          type: OpType.RESERVE,
          reserve: { resources: [{ ...reserved(scalarResource('cpus', 1), 'r'), allocation_info: null }] },
        },
      ],
      0,
      0,
    );
    expect(bad.errors[0]).toMatch(/lacks allocation_info.role 'cassandra'/);
    expect(master.accept([offerId], [], 0, 0).errors[0]).toMatch(/unknown or used offers offer-0/);
  });

  it('honours decline filters; REVIVE clears them; SUPPRESS stops offers', () => {
    const { master, offerId } = masterWithOffer();
    master.decline([offerId], 10, 0);
    expect(master.allocate(9_999)).toEqual([]);
    expect(master.allocate(10_000)).toHaveLength(1);
    master.decline(['offer-1'], 600, 10_000);
    expect(master.allocate(20_000)).toEqual([]);
    master.revive();
    const revived = master.allocate(20_000);
    expect(revived).toHaveLength(1);
    master.decline([revived[0]?.id?.value ?? ''], 0, 20_000);
    master.suppress();
    expect(master.allocate(30_000)).toEqual([]);
  });

  it('answers explicit reconciliation with the latest state, or TASK_LOST for tasks it does not know', () => {
    const { master } = masterWithOffer();
    const answers = master.reconcile([{ taskId: 'ghost', agentId: 'agent-0-host-0' }], 0);
    expect(answers).toEqual([
      expect.objectContaining({
        task_id: { value: 'ghost' },
        state: TaskState.TASK_LOST,
        reason: mesos.v1.TaskStatus.Reason.REASON_RECONCILIATION,
        source: mesos.v1.TaskStatus.Source.SOURCE_MASTER,
      }),
    ]);
    expect(master.reconcile([], 0)).toEqual([]);
  });
});

describe('SimExecutors', () => {
  it('reports a bootstrap that overlaps another one, and one without a live seed', () => {
    const queue = new EventQueue();
    const master = new SimMaster({ role: ROLE, frameworkId: 'fw' });
    const agents = simAgents(2).map((a) => master.addAgent(a));
    const executors = new SimExecutors(
      master,
      {
        nowMs: () => queue.nowMs,
        after: (ms, action) => queue.after(ms, action),
        sendStatus: () => undefined,
        sendMessage: () => undefined,
        executorEnded: () => undefined,
      },
      DEFAULT_BEHAVIOUR,
    );
    const offers = master.allocate(queue.nowMs);
    for (const [i, agent] of agents.entries()) {
      const offerId = offers.find((o) => o.agent_id?.value === agent.id)?.id?.value ?? '';
      const data = cassandra_mesos.v1.TaskDetails.encode({
        protocolVersion: 1,
        nodeId: `node-${i}`,
        server: {
          config: { seeds: ['10.9.9.9'], autoBootstrap: true, listenAddress: agent.spec.ip },
          configId: 'c',
        },
      }).finish();
      const task = {
        name: 's',
        task_id: { value: `node-${i}-server-x` },
        agent_id: { value: agent.id },
        data,
        resources: [],
        executor: { executor_id: { value: `node-${i}-executor-0` }, command: { value: 'x' } },
      };
      const result = master.accept(
        [offerId],
        [{ type: OpType.LAUNCH, launch: { task_infos: [task] } }],
        0,
        queue.nowMs,
      );
      expect(result.errors).toEqual([]);
      result.launched.forEach((t) => executors.onLaunch(t));
    }
    // health checks repeat forever: run the first two minutes
    while ((queue.peekMs() ?? Infinity) < 120_000) queue.runNext();
    expect(executors.violations).toEqual([
      expect.stringMatching(/node-0: bootstrapped with no live seed/),
      expect.stringMatching(/node-1: started bootstrapping while node-0 was still joining/),
      expect.stringMatching(/node-1: bootstrapped with no live seed/),
    ]);
  });
});

describe('Simulation driver checks', () => {
  it('reports a LAUNCH whose task was not persisted first (write-ahead)', () => {
    const sim = new Simulation({ agents: simAgents(1), config: simConfig({ nodeCount: 1, seedCount: 1 }) });
    const offerId = sim.master.allocate(0)[0]?.id?.value;
    expect(offerId).toBeDefined();
    sim.execute({
      type: 'accept',
      reason: 'test',
      offerIds: [offerId ?? ''],
      operations: [
        {
          type: OpType.LAUNCH,
          launch: {
            task_infos: [
              {
                name: 'x',
                task_id: { value: 'node-0-server-zz' },
                agent_id: { value: 'a' },
                data: cassandra_mesos.v1.TaskDetails.encode({ nodeId: 'node-0' }).finish(),
              },
            ],
          },
        },
      ],
    });
    expect(
      sim.problems.some((p) =>
        p.includes('write-ahead broken: node-0-server-zz launched before node-0 stored it'),
      ),
    ).toBe(true);
  });

  it('a restarted scheduler sees only what was persisted (the store round-trips protobuf)', () => {
    const sim = new Simulation({ agents: simAgents(1), config: simConfig({ nodeCount: 1, seedCount: 1 }) });
    sim.start();
    sim.runFor(500);
    const before = sim.store.nodeRecords();
    sim.restartScheduler();
    sim.runFor(10);
    expect([...(sim.state?.nodes.values() ?? [])].map((n) => n.nodeId)).toEqual(before.map((n) => n.nodeId));
    expect(sim.state?.volatile.reconciliation.phase).not.toBe('idle');
    expect(sim.epoch).toBe(1);
  });
});
