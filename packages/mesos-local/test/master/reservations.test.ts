// Dynamic reservations and persistent volumes: RESERVE + CREATE in one ACCEPT, offered back with the
// reservation and disk info to frameworks of that role only; DESTROY + UNRESERVE undo it.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return -- events are checked as raw wire JSON, which is untyped on purpose */
import { call, frameworkInfo, scalar, startHarness, subscribeFramework, type Harness, type Json, type Subscription } from './support/harness';

const ROLE = 'cassandra';
const reservation = { principal: 'cm', labels: { labels: [{ key: 'owner', value: 'node-0' }] } };
const reserved = (name: string, value: number, extra: Json = {}): Json => ({ ...scalar(name, value), role: ROLE, reservation, ...extra });
const volume = { persistence: { id: 'data-0', principal: 'cm' }, volume: { mode: 'RW', container_path: 'data' } };

async function offerOn(sub: Subscription, agentId = 'm1-S0'): Promise<Json> {
  for (;;) {
    const offers = (await sub.next('OFFERS')).offers.offers as Json[];
    const o = offers.find((x) => x.agent_id.value === agentId);
    if (o) return o;
  }
}

describe('reservations and persistent volumes', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('round-trips RESERVE + CREATE, offers them back with reservation and disk info, then DESTROY + UNRESERVE', async () => {
    const sub = await subscribeFramework(h, frameworkInfo({ role: ROLE, principal: 'cm' }));
    const first = await offerOn(sub);
    const ops = [
      { type: 'RESERVE', id: { value: 'op-1' }, reserve: { resources: [reserved('cpus', 1), reserved('mem', 512), reserved('disk', 1000)] } },
      { type: 'CREATE', create: { volumes: [reserved('disk', 1000, { disk: volume })] } },
    ];
    expect((await call(h, sub, { type: 'ACCEPT', accept: { offer_ids: [first.id], operations: ops, filters: { refuse_seconds: 0 } } })).status).toBe(202);
    const feedback = (await sub.next('UPDATE_OPERATION_STATUS')).update_operation_status.status;
    expect(feedback.state).toBe('OPERATION_FINISHED');
    expect(feedback.operation_id).toEqual({ value: 'op-1' });
    expect(Buffer.from(String(feedback.uuid.value), 'base64')).toHaveLength(16);
    const ack = await call(h, sub, { type: 'ACKNOWLEDGE_OPERATION_STATUS', acknowledge_operation_status: { agent_id: { value: 'm1-S0' }, operation_id: { value: 'op-1' }, uuid: feedback.uuid.value } });
    expect(ack.status).toBe(202);

    const next = await offerOn(sub);
    const byKey = (o: Json) => (o.resources as Json[]).map((r) => [r.name, r.role, r.scalar?.value ?? null, r.reservation ?? null, r.disk ?? null]);
    expect(byKey(next)).toEqual(
      expect.arrayContaining([
        ['cpus', '*', 3, null, null],
        ['cpus', ROLE, 1, reservation, null],
        ['mem', ROLE, 512, reservation, null],
        ['disk', ROLE, 1000, reservation, volume],
      ]),
    );
    expect(byKey(next).filter((r) => r[0] === 'disk' && r[1] === ROLE)).toHaveLength(1);

    // A task uses the volume; it is not offered while the task runs, and comes back after.
    const volumeResource = (next.resources as Json[]).find((r) => r.disk)!;
    await call(h, sub, {
      type: 'ACCEPT',
      accept: {
        offer_ids: [next.id],
        operations: [{ type: 'LAUNCH', launch: { task_infos: [{ name: 'n', task_id: { value: 'n0' }, agent_id: { value: 'm1-S0' }, command: { value: 'x' }, resources: [reserved('cpus', 1), volumeResource] }] } }],
        filters: { refuse_seconds: 0 },
      },
    });
    const launched = h.agents[0]?.called('runTask')[0]?.args[1] as Json;
    expect(launched.resources[1].disk.persistence.id).toBe('data-0');
    const during = await offerOn(sub);
    expect((during.resources as Json[]).some((r) => r.disk)).toBe(false);
    h.master.statusUpdate('m1-S0', sub.frameworkId, new (await import('@cassandra-mesos/model')).mesos.v1.TaskStatus({ task_id: { value: 'n0' }, state: 2, uuid: new Uint8Array(16).fill(1) }));
    await sub.update('n0');
    await call(h, sub, { type: 'DECLINE', decline: { offer_ids: [during.id], filters: { refuse_seconds: 0 } } });
    const after = await offerOn(sub);
    const vol = (after.resources as Json[]).find((r) => r.disk);
    expect(vol?.disk).toEqual(volume);

    await call(h, sub, {
      type: 'ACCEPT',
      accept: {
        offer_ids: [after.id],
        operations: [
          { type: 'DESTROY', destroy: { volumes: [vol] } },
          { type: 'UNRESERVE', unreserve: { resources: [reserved('cpus', 1), reserved('mem', 512), reserved('disk', 1000)] } },
        ],
        filters: { refuse_seconds: 0 },
      },
    });
    const plain = await offerOn(sub);
    expect((plain.resources as Json[]).every((r) => r.role === '*' && !r.reservation && !r.disk)).toBe(true);
    expect((plain.resources as Json[]).find((r) => r.name === 'cpus')?.scalar.value).toBe(4);
    sub.close();
  });

  it('offers reserved resources only to frameworks of that role, in the refinement format when asked', async () => {
    const owner = await subscribeFramework(h, frameworkInfo({ role: ROLE, principal: 'cm' }));
    const first = await offerOn(owner);
    await call(h, owner, {
      type: 'ACCEPT',
      accept: { offer_ids: [first.id], operations: [{ type: 'RESERVE', reserve: { resources: [reserved('cpus', 3), reserved('mem', 2048)] } }], filters: { refuse_seconds: 3600 } },
    });
    const other = await subscribeFramework(h, frameworkInfo({ role: 'other' }));
    const offered = await offerOn(other);
    expect((offered.resources as Json[]).map((r) => [r.name, r.role, r.scalar?.value])).toEqual([['cpus', '*', 1], ['mem', '*', 2048], ['disk', '*', 10000], ['ports', '*', undefined]]);
    const refined = await subscribeFramework(h, frameworkInfo({ roles: [ROLE], capabilities: [{ type: 'MULTI_ROLE' }, { type: 'RESERVATION_REFINEMENT' }] }));
    await call(h, other, { type: 'TEARDOWN' });
    const mine = await offerOn(refined);
    const cpus = (mine.resources as Json[]).find((r) => r.name === 'cpus' && r.reservations);
    expect(cpus).toEqual({
      name: 'cpus',
      type: 'SCALAR',
      scalar: { value: 3 },
      reservations: [{ type: 'DYNAMIC', role: ROLE, principal: 'cm', labels: reservation.labels }],
      allocation_info: { role: ROLE },
    });
    owner.close();
    refined.close();
  });

  it('drops invalid operations with OPERATION_ERROR and keeps applying the rest', async () => {
    const sub = await subscribeFramework(h, frameworkInfo({ role: ROLE, principal: 'cm' }));
    const offer = await offerOn(sub);
    await call(h, sub, {
      type: 'ACCEPT',
      accept: {
        offer_ids: [offer.id],
        operations: [
          { type: 'CREATE', id: { value: 'bad' }, create: { volumes: [{ ...scalar('disk', 10), disk: volume }] } },
          { type: 'RESERVE', id: { value: 'too-much' }, reserve: { resources: [reserved('cpus', 40)] } },
        ],
      },
    });
    const a = (await sub.next('UPDATE_OPERATION_STATUS')).update_operation_status.status;
    expect([a.operation_id.value, a.state, a.uuid]).toEqual(['bad', 'OPERATION_ERROR', undefined]);
    expect(a.message).toBe("Invalid CREATE operation: persistent volume 'data-0' must be created on reserved resources");
    const b = (await sub.next('UPDATE_OPERATION_STATUS')).update_operation_status.status;
    expect([b.operation_id.value, b.state]).toEqual(['too-much', 'OPERATION_ERROR']);
    sub.close();
  });
});
