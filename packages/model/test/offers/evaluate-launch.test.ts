// Passing evaluations: exactly what a node reserves, creates and launches with, in both data volume
// modes, and that those operations pass the ACCEPT rules and come back as the node's reservation.
import { mesos } from '../../src/gen/mesos';
import { OFFER_STAGES, evaluateOffer, launchOperations } from '../../src/offers';
import type { MesosOffer, OfferPlan } from '../../src/offers/types';
import { checkAccept } from './support/accept-rules';
import { IDS, PRINCIPAL, RESERVATION, ROLE, SANDBOX, bigOffer, cpus, disk, mem, offer, ours, ports, request, reservedOffer, serverTask } from './support/fixtures';

const SCALAR = mesos.v1.Value.Type.SCALAR;
const RANGES = mesos.v1.Value.Type.RANGES;
const R = ours('res-1');

function planOf(o: MesosOffer, req = request(), ids = IDS): OfferPlan {
  const evaluation = evaluateOffer(o, req, ids);
  if (!evaluation.passed || !evaluation.plan) throw new Error(`expected a pass: ${JSON.stringify(evaluation.stages)}`);
  return evaluation.plan;
}

/** Applies plan + launch to the offer under the ACCEPT rules; returns what the agent holds afterwards. */
function accept(o: MesosOffer, plan: OfferPlan, taskId = 'node-0-server-1'): { errors: string[]; after: MesosOffer } {
  const result = checkAccept(o, launchOperations(plan, [serverTask(plan, o.agent_id.value, taskId)]), { principal: PRINCIPAL, role: ROLE });
  return { errors: result.errors, after: { ...o, id: { value: `${o.id.value}-again` }, resources: result.afterOperations } };
}

describe('a new node in PERSISTENT_VOLUME mode', () => {
  const o = bigOffer();
  const evaluation = evaluateOffer(o, request(), IDS);

  it('passes every stage in order, each with a reason', () => {
    expect(evaluation.passed).toBe(true);
    expect(evaluation.stages.map((s) => s.stage)).toEqual(OFFER_STAGES);
    for (const s of evaluation.stages) expect(s.reason.length).toBeGreaterThan(10);
    expect(evaluation).toMatchObject({ offerId: 'offer-1', agentId: 'agent-1', hostname: 'host-1' });
  });

  it('reserves server + executor cpus/mem, the volume disk and exactly the fixed ports, with our labels', () => {
    expect(evaluation.plan?.reserve).toEqual([
      { name: 'cpus', type: SCALAR, reservations: R, scalar: { value: 2.1 } },
      { name: 'mem', type: SCALAR, reservations: R, scalar: { value: 4352 } },
      { name: 'ports', type: RANGES, reservations: R, ranges: { range: [7000, 7001, 7199, 8778, 9042].map((p) => ({ begin: p, end: p })) } },
      { name: 'disk', type: SCALAR, reservations: R, scalar: { value: 10240 } },
    ]);
  });

  it('creates the volume on the reserved disk with its persistence id', () => {
    expect(evaluation.plan?.create).toEqual([
      {
        name: 'disk',
        type: SCALAR,
        reservations: R,
        scalar: { value: 10240 },
        disk: { persistence: { id: 'vol-1', principal: PRINCIPAL }, volume: { mode: mesos.v1.Volume.Mode.RW, container_path: 'cassandra-data' } },
      },
    ]);
  });

  it('gives the server task its share, the ports and the volume, and the executor its own reserved share', () => {
    const plan = evaluation.plan;
    expect(plan?.taskResources.map((r) => [r.name, r.scalar?.value ?? r.ranges?.range?.length])).toEqual([
      ['cpus', 2],
      ['mem', 4096],
      ['ports', 5],
      ['disk', 10240],
    ]);
    expect(plan?.taskResources[3]?.disk?.persistence?.id).toBe('vol-1');
    expect(plan?.executorResources).toEqual([
      { name: 'cpus', type: SCALAR, reservations: R, scalar: { value: 0.1 } },
      { name: 'mem', type: SCALAR, reservations: R, scalar: { value: 256 } },
    ]);
  });

  it('records the reservation to persist and the agent address from the offer url', () => {
    expect(evaluation.plan?.reservation.toJSON()).toEqual(RESERVATION);
    expect(evaluation.plan?.ip).toBe('10.0.0.1');
    expect(planOf(bigOffer({ ip: null, hostname: 'cass-7.example' })).ip).toBe('cass-7.example');
  });

  it('produces operations that pass the ACCEPT rules, and the reservation comes back as the node\'s', () => {
    const { errors, after } = accept(o, evaluation.plan as OfferPlan);
    expect(errors).toEqual([]);
    // After the task ends, the agent offers the node's reservation back: relaunch from it alone.
    const again = planOf(after, request({ reservation: RESERVATION }), { reservationId: 'unused', persistenceId: 'unused' });
    expect(again.reserve).toEqual([]);
    expect(again.create).toEqual([]);
    expect(again.taskResources).toEqual(evaluation.plan?.taskResources);
    expect(again.executorResources).toEqual(evaluation.plan?.executorResources);
    expect(again.reservation.toJSON()).toEqual(RESERVATION);
    expect(accept(after, again, 'node-0-server-2').errors).toEqual([]);
  });
});

describe('a new node in SANDBOX mode', () => {
  it('reserves cpus/mem/disk/ports but creates no volume, and warns that data lives in the sandbox', () => {
    const o = bigOffer();
    const evaluation = evaluateOffer(o, request({ dataVolumeMode: SANDBOX }), IDS);
    expect(evaluation.passed).toBe(true);
    const plan = evaluation.plan as OfferPlan;
    expect(plan.create).toEqual([]);
    expect(plan.reserve.map((r) => [r.name, r.scalar?.value])).toEqual([
      ['cpus', 2.1],
      ['mem', 4352],
      ['disk', 10240],
      ['ports', undefined],
    ]);
    expect(plan.taskResources.find((r) => r.name === 'disk')?.disk).toBeUndefined();
    expect(plan.reservation.toJSON()).toEqual({ agentId: 'agent-1', role: ROLE, reservationId: 'res-1', persistenceId: '', containerPath: '' });
    expect(evaluation.stages.at(-1)?.reason).toMatch(/data lives in its executor sandbox on host-1 and is lost when the sandbox is removed/);
    expect(accept(o, plan).errors).toEqual([]);
  });

  it("with role '*' uses unreserved resources as they are and reserves nothing", () => {
    const o = bigOffer();
    const evaluation = evaluateOffer(o, request({ dataVolumeMode: SANDBOX, role: '*' }), IDS);
    expect(evaluation.passed).toBe(true);
    const plan = evaluation.plan as OfferPlan;
    expect(plan.reserve).toEqual([]);
    expect([...plan.taskResources, ...plan.executorResources].every((r) => r.reservations === undefined)).toBe(true);
    expect(plan.reservation.toJSON()).toEqual({ agentId: 'agent-1', role: '*', reservationId: '', persistenceId: '', containerPath: '' });
    expect(evaluation.stages.find((s) => s.stage === 'reservation')?.reason).toMatch(/role '\*' cannot hold reservations/);
    expect(checkAccept(o, launchOperations(plan, [serverTask(plan)]), { principal: PRINCIPAL, role: '*' }).errors).toEqual([]);
  });
});

describe('where resources come from', () => {
  it('uses resources statically reserved for the role as they are, but reserves the executor share from "*"', () => {
    const o = offer([cpus(3, { reservations: [{ type: mesos.v1.Resource.ReservationInfo.Type.STATIC, role: ROLE }] }), cpus(1), mem(8192), disk(20000), ports([[7000, 9100]])]);
    const plan = planOf(o);
    expect(plan.reserve.find((r) => r.name === 'cpus')?.scalar?.value).toBe(0.1);
    expect(plan.executorResources[0]).toEqual({ name: 'cpus', type: SCALAR, reservations: R, scalar: { value: 0.1 } });
    expect(plan.taskResources.filter((r) => r.name === 'cpus')).toEqual([{ name: 'cpus', type: SCALAR, reservations: [{ type: mesos.v1.Resource.ReservationInfo.Type.STATIC, role: ROLE }], scalar: { value: 2 } }]);
    expect(accept(o, plan).errors).toEqual([]);
  });

  it('rounds scalars like Mesos (three decimals): 0.7 + 0.2 cpus reserve 0.9, not 0.8999999999999999', () => {
    const plan = planOf(bigOffer(), request({ resources: { cpus: 0.7, memMb: 1024.0004, diskMb: 100 }, executorResources: { cpus: 0.2, memMb: 32 } }));
    expect(plan.reserve[0]?.scalar?.value).toBe(0.9);
    expect(plan.reserve[1]?.scalar?.value).toBe(1056);
    expect(plan.taskResources[0]?.scalar?.value).toBe(0.7);
  });

  it('takes single ports out of wide ranges and leaves the rest of the offer alone', () => {
    const o = offer([cpus(4), mem(8192), disk(20000), ports([[6990, 7000], [7001, 7001], [7100, 9100]])]);
    const plan = planOf(o);
    const taken = plan.taskResources.find((r) => r.name === 'ports')?.ranges?.range;
    expect(taken).toEqual([7000, 7001, 7199, 8778, 9042].map((p) => ({ begin: p, end: p })));
    const result = checkAccept(o, launchOperations(plan, [serverTask(plan)]), { principal: PRINCIPAL, role: ROLE });
    expect(result.errors).toEqual([]);
    const left = result.unused.find((r) => r.name === 'ports' && !r.reservations)?.ranges?.range;
    expect(left).toEqual([
      { begin: 6990, end: 6999 },
      { begin: 7100, end: 7198 },
      { begin: 7200, end: 8777 },
      { begin: 8779, end: 9041 },
      { begin: 9043, end: 9100 },
    ]);
  });

  it('MULTI_ROLE offers: every resource in the plan carries the offer\'s allocation_info', () => {
    const o = bigOffer({ allocationRole: ROLE });
    const plan = planOf(o);
    for (const r of [...plan.reserve, ...plan.create, ...plan.taskResources, ...plan.executorResources]) expect(r.allocation_info).toEqual({ role: ROLE });
    expect(accept(o, plan).errors).toEqual([]);
  });
});

describe('a node with a reservation', () => {
  const req = request({ reservation: RESERVATION });

  it('relaunches from its reservation and volume without reserving anything', () => {
    const plan = planOf(reservedOffer(), req);
    expect(plan.reserve).toEqual([]);
    expect(plan.create).toEqual([]);
    expect(plan.taskResources.find((r) => r.name === 'disk')?.disk?.persistence?.id).toBe('vol-1');
    expect(plan.taskResources.every((r) => r.reservations?.[0]?.labels?.labels?.[1]?.value === 'res-1')).toBe(true);
  });

  it('needs only the server share when its executor still runs on the agent, with an identical ExecutorInfo share', () => {
    const fresh = planOf(bigOffer());
    const o = offer(
      [cpus(2, { reservations: R }), mem(4096, { reservations: R }), disk(10240, { reservations: R, disk: fresh.create[0]?.disk ?? {} }), ports([[7000, 7001], [7199, 7199], [8778, 8778], [9042, 9042]], { reservations: R })],
      { executorIds: ['node-0-executor-1'] },
    );
    const evaluation = evaluateOffer(o, request({ reservation: RESERVATION, runningExecutorId: 'node-0-executor-1' }), IDS);
    expect(evaluation.passed).toBe(true);
    expect(evaluation.plan?.executorResources).toEqual(fresh.executorResources);
    expect(evaluation.stages.find((s) => s.stage === 'resources')?.reason).toMatch(/executor node-0-executor-1 still runs and holds its share/);
    expect(checkAccept(o, launchOperations(evaluation.plan as OfferPlan, [serverTask(evaluation.plan as OfferPlan)]), { principal: PRINCIPAL, role: ROLE }).errors).toEqual([]);
  });

  it('reserves only the difference from "*" when its configured cpus/mem grew', () => {
    const plan = planOf(reservedOffer(), request({ reservation: RESERVATION, resources: { cpus: 3, memMb: 5120, diskMb: 10240 } }));
    expect(plan.reserve.map((r) => [r.name, r.scalar?.value])).toEqual([
      ['cpus', 1],
      ['mem', 1024],
    ]);
    expect(plan.taskResources.filter((r) => r.name === 'cpus')).toEqual([{ name: 'cpus', type: SCALAR, reservations: R, scalar: { value: 3 } }]);
    expect(accept(reservedOffer(), plan).errors).toEqual([]);
  });

  it('labels carry the framework name, so another framework with the same node ids never matches', () => {
    const r = ours('res-1', 'node-0', 'other-framework');
    const o = offer([cpus(2.1, { reservations: r }), mem(4352, { reservations: r }), disk(10240, { reservations: r }), ports([[7000, 9100]], { reservations: r })]);
    const last = evaluateOffer(o, req, IDS).stages.at(-1);
    expect(last).toMatchObject({ stage: 'reservation', passed: false });
    expect(last?.reason).toContain("lacks node-0's reserved cpus, mem, ports (reservation res-1)");
  });

  it('never touches the pools of a disk that is not ours', () => {
    const plan = planOf(offer([cpus(4), mem(8192), disk(20000), disk(5000, { reservations: ours('res-9', 'node-9') }), ports([[7000, 9100]])]));
    expect(plan.reserve.filter((r) => r.name === 'disk')).toEqual([{ name: 'disk', type: SCALAR, reservations: R, scalar: { value: 10240 } }]);
  });
});
