import { mesos } from '../../src/gen/mesos';
import {
  createOperation,
  destroyOperation,
  evaluateOffer,
  findOrphanedResources,
  launchOperation,
  launchOperations,
  releaseOperations,
  reserveOperation,
  unreserveOperation,
} from '../../src/offers';
import type { OfferPlan } from '../../src/offers/types';
import { checkAccept } from './support/accept-rules';
import { FRAMEWORK, IDS, PRINCIPAL, ROLE, bigOffer, cpus, disk, dynamicUnlabelled, mem, offer, ours, ports, request, serverTask, staticRole, volumeDisk } from './support/fixtures';

const Type = mesos.v1.Offer.Operation.Type;
const R9 = ours('res-9', 'node-9');
const R1 = ours('res-1', 'node-1');

describe('findOrphanedResources', () => {
  const o = offer([
    cpus(2.1, { reservations: R9 }),
    mem(4352, { reservations: R9 }),
    disk(10240, { reservations: R9, disk: volumeDisk('vol-9') }),
    ports([[7000, 7001]], { reservations: R9 }),
    cpus(2.1, { reservations: R1 }),
    disk(10240, { reservations: R1, disk: volumeDisk('vol-1') }),
    cpus(1, { reservations: ours('res-x', 'node-0', 'other-framework') }),
    cpus(1, { reservations: dynamicUnlabelled() }),
    cpus(1, { reservations: staticRole() }),
    cpus(4),
  ]);
  const orphans = findOrphanedResources(o, FRAMEWORK, new Set(['res-1']));

  it('finds our labelled reservations no known node claims, and only those', () => {
    expect(orphans.unreserve.map((r) => [r.name, r.reservations?.[0]?.labels?.labels?.[1]?.value])).toEqual([
      ['cpus', 'res-9'],
      ['mem', 'res-9'],
      ['disk', 'res-9'],
      ['ports', 'res-9'],
    ]);
  });

  it('destroys the volume and unreserves the disk under it', () => {
    expect(orphans.destroy).toEqual([{ name: 'disk', type: mesos.v1.Value.Type.SCALAR, reservations: R9, disk: volumeDisk('vol-9'), scalar: { value: 10240 } }]);
    expect(orphans.unreserve[2]?.disk).toBeUndefined();
  });

  it('releases them with DESTROY then UNRESERVE, accepted by the ACCEPT rules, leaving them unreserved', () => {
    const ops = releaseOperations(orphans);
    expect(ops.map((op) => op.type)).toEqual([Type.DESTROY, Type.UNRESERVE]);
    const result = checkAccept(o, ops, { principal: PRINCIPAL, role: ROLE });
    expect(result.errors).toEqual([]);
    const unreserved = result.afterOperations.filter((r) => !r.reservations);
    expect(unreserved.map((r) => [r.name, r.scalar?.value ?? r.ranges?.range])).toEqual([
      ['cpus', 6.1],
      ['mem', 4352],
      ['disk', 10240],
      ['ports', [{ begin: 7000, end: 7001 }]],
    ]);
    expect(result.afterOperations.some((r) => r.disk?.persistence?.id === 'vol-1')).toBe(true);
  });

  it('finds nothing when every reservation is known, and releases nothing', () => {
    const none = findOrphanedResources(o, FRAMEWORK, new Set(['res-1', 'res-9']));
    expect(none).toEqual({ destroy: [], unreserve: [] });
    expect(releaseOperations(none)).toEqual([]);
  });

  it('keeps allocation_info for MULTI_ROLE offers', () => {
    const multi = { ...o, allocation_info: { role: ROLE } };
    for (const r of findOrphanedResources(multi, FRAMEWORK, new Set()).unreserve) expect(r.allocation_info).toEqual({ role: ROLE });
  });
});

describe('operation builders', () => {
  const r = [cpus(1)];

  it('build each Offer.Operation, valid as a mesos.v1.Offer.Operation message', () => {
    const task = serverTask({ taskResources: r, executorResources: [] });
    const ops = [reserveOperation(r), unreserveOperation(r), createOperation(r), destroyOperation(r), launchOperation([task])];
    expect(ops.map((op) => op.type)).toEqual([Type.RESERVE, Type.UNRESERVE, Type.CREATE, Type.DESTROY, Type.LAUNCH]);
    expect(ops[0]?.reserve?.resources).toEqual(r);
    expect(ops[4]?.launch?.task_infos).toEqual([task]);
    for (const op of ops) {
      expect(mesos.v1.Offer.Operation.verify(op)).toBeNull();
      const decoded = mesos.v1.Offer.Operation.decode(mesos.v1.Offer.Operation.encode(op).finish());
      expect(decoded.type).toBe(op.type);
      expect(decoded.id).toBeFalsy(); // Mesos rejects LAUNCH with an operation id
    }
  });

  it('refuse empty operations, which Mesos rejects', () => {
    expect(() => reserveOperation([])).toThrow(/RESERVE needs at least one item/);
    expect(() => launchOperation([])).toThrow(/LAUNCH needs at least one item/);
  });

  it('launchOperations puts RESERVE and CREATE before LAUNCH, and leaves out empty ones', () => {
    const plan = evaluateOffer(bigOffer(), request(), IDS).plan as OfferPlan;
    const task = serverTask(plan);
    expect(launchOperations(plan, [task]).map((op) => op.type)).toEqual([Type.RESERVE, Type.CREATE, Type.LAUNCH]);
    expect(launchOperations({ reserve: [], create: [] }, [task]).map((op) => op.type)).toEqual([Type.LAUNCH]);
  });

  it('the ACCEPT rules catch a launch that takes more than the offer holds', () => {
    const o = bigOffer();
    const plan = evaluateOffer(o, request(), IDS).plan as OfferPlan;
    const greedy = { ...plan, taskResources: plan.taskResources.map((x) => (x.name === 'cpus' ? { ...x, scalar: { value: 9 } } : x)) };
    const errors = checkAccept(o, launchOperations(plan, [serverTask(greedy)]), { principal: PRINCIPAL, role: ROLE }).errors;
    expect(errors.join('\n')).toMatch(/R6 node-0-server-1: task \+ executor not contained/);
    const noReserve = checkAccept(o, [launchOperation([serverTask(plan)])], { principal: PRINCIPAL, role: ROLE }).errors;
    expect(noReserve.join('\n')).toMatch(/not contained/);
    const foreignPrincipal = checkAccept(o, launchOperations(plan, [serverTask(plan)]), { principal: 'someone-else', role: ROLE }).errors;
    expect(foreignPrincipal.join('\n')).toMatch(/R3 principal/);
  });
});
