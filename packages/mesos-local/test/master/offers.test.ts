// §4.2: allocation, offer format by capability, refusal filters, DECLINE/REVIVE/SUPPRESS, rescind.
/* eslint-disable @typescript-eslint/no-unsafe-member-access -- events are checked as raw wire JSON, which is untyped on purpose */
import { refuseDurationMs } from '../../src/master/filters';
import { call, frameworkInfo, sleep, startHarness, subscribeFramework, type Harness, type Json } from './support/harness';

async function offers(sub: Awaited<ReturnType<typeof subscribeFramework>>, timeoutMs = 2000): Promise<Json[]> {
  return (await sub.next('OFFERS', timeoutMs)).offers.offers as Json[];
}

describe('offers', () => {
  let h: Harness;
  afterEach(async () => {
    await h.close();
  });

  it('offers every agent, one OFFERS event, in the pre-MULTI_ROLE format', async () => {
    h = await startHarness({ agents: 2 });
    const sub = await subscribeFramework(h);
    const list = await offers(sub);
    expect(list).toHaveLength(2);
    expect(list[0]).toEqual({
      id: { value: 'm1-O0' },
      framework_id: { value: 'm1-0000' },
      agent_id: { value: 'm1-S0' },
      hostname: '127.0.0.1',
      url: { scheme: 'http', address: { hostname: '127.0.0.1', ip: '127.0.0.1', port: 5051 }, path: '/slave(1)' },
      resources: [
        { name: 'cpus', type: 'SCALAR', scalar: { value: 4 }, role: '*' },
        { name: 'mem', type: 'SCALAR', scalar: { value: 4096 }, role: '*' },
        { name: 'disk', type: 'SCALAR', scalar: { value: 10000 }, role: '*' },
        { name: 'ports', type: 'RANGES', ranges: { range: [{ begin: 31000, end: 32000 }] }, role: '*' },
      ],
      attributes: [
        { name: 'rack', type: 'TEXT', text: { value: 'r1' } },
        { name: 'dc', type: 'TEXT', text: { value: 'dc1' } },
      ],
    });
    expect((list[1] as Json).id.value).toBe('m1-O1');
    sub.close();
  });

  it('sets allocation_info for MULTI_ROLE and uses reservations[] with RESERVATION_REFINEMENT', async () => {
    h = await startHarness();
    const sub = await subscribeFramework(h, frameworkInfo({ roles: ['cassandra'], capabilities: [{ type: 'MULTI_ROLE' }, { type: 'RESERVATION_REFINEMENT' }] }));
    const [offer] = await offers(sub);
    expect(offer?.allocation_info).toEqual({ role: 'cassandra' });
    expect(offer?.resources[0]).toEqual({ name: 'cpus', type: 'SCALAR', scalar: { value: 4 }, allocation_info: { role: 'cassandra' } });
    sub.close();
  });

  it('counts offered resources as allocated: a second framework gets nothing until they are declined', async () => {
    h = await startHarness();
    const a = await subscribeFramework(h);
    const [offer] = await offers(a);
    const b = await subscribeFramework(h);
    await sleep(200);
    expect(b.peek('OFFERS')).toHaveLength(0);
    await call(h, a, { type: 'DECLINE', decline: { offer_ids: [offer?.id], filters: { refuse_seconds: 60 } } });
    expect(await offers(b)).toHaveLength(1);
    a.close();
    b.close();
  });

  it('does not re-offer declined resources within refuse_seconds, and does after', async () => {
    h = await startHarness();
    const sub = await subscribeFramework(h);
    const [offer] = await offers(sub);
    await call(h, sub, { type: 'DECLINE', decline: { offer_ids: [offer?.id], filters: { refuse_seconds: 0.4 } } });
    const declinedAt = Date.now();
    await offers(sub, 2000);
    expect(Date.now() - declinedAt).toBeGreaterThanOrEqual(350);
    sub.close();
  });

  it('re-offers after REVIVE despite a long filter', async () => {
    h = await startHarness();
    const sub = await subscribeFramework(h);
    const [offer] = await offers(sub);
    await call(h, sub, { type: 'DECLINE', decline: { offer_ids: [offer?.id], filters: { refuse_seconds: 3600 } } });
    await sleep(200);
    expect(sub.peek('OFFERS')).toHaveLength(0);
    expect((await call(h, sub, { type: 'REVIVE' })).status).toBe(202);
    expect(await offers(sub)).toHaveLength(1);
    sub.close();
  });

  it('installs a filter over the unused part of an ACCEPT', async () => {
    h = await startHarness();
    const sub = await subscribeFramework(h);
    const [offer] = await offers(sub);
    await call(h, sub, { type: 'ACCEPT', accept: { offer_ids: [offer?.id], operations: [], filters: { refuse_seconds: 3600 } } });
    await sleep(200);
    expect(sub.peek('OFFERS')).toHaveLength(0);
    sub.close();
  });

  it('SUPPRESS stops offers; REVIVE resumes them', async () => {
    h = await startHarness();
    const sub = await subscribeFramework(h);
    const [offer] = await offers(sub);
    await call(h, sub, { type: 'SUPPRESS' });
    await call(h, sub, { type: 'DECLINE', decline: { offer_ids: [offer?.id], filters: { refuse_seconds: 0 } } });
    await sleep(200);
    expect(sub.peek('OFFERS')).toHaveLength(0);
    await call(h, sub, { type: 'REVIVE', revive: { roles: ['*'] } });
    expect(await offers(sub)).toHaveLength(1);
    sub.close();
  });

  it('rescinds offers after offerTimeoutMs', async () => {
    h = await startHarness({ master: { offerTimeoutMs: 100 } });
    const sub = await subscribeFramework(h);
    const [offer] = await offers(sub);
    const rescind = await sub.next('RESCIND');
    expect(rescind.rescind.offer_id).toEqual(offer?.id);
    sub.close();
  });

  it('rescinds offers of a removed agent and sends FAILURE{agent_id}', async () => {
    h = await startHarness();
    const sub = await subscribeFramework(h);
    const [offer] = await offers(sub);
    h.master.removeAgent('m1-S0');
    expect((await sub.next('RESCIND')).rescind.offer_id).toEqual(offer?.id);
    expect((await sub.next('FAILURE')).failure).toEqual({ agent_id: { value: 'm1-S0' } });
    sub.close();
  });

  it('silently discards outstanding offers on resubscription', async () => {
    h = await startHarness();
    const sub = await subscribeFramework(h, frameworkInfo({ failover_timeout: 60 }));
    const [offer] = await offers(sub);
    const again = await subscribeFramework(h, frameworkInfo({ failover_timeout: 60, id: { value: sub.frameworkId } }));
    expect(h.master.ctx.offers.get(String(offer?.id.value))).toBeUndefined();
    const [fresh] = await offers(again);
    expect(fresh?.id).not.toEqual(offer?.id);
    expect(again.peek('RESCIND')).toHaveLength(0);
    again.close();
  });
});

describe('refuseDurationMs', () => {
  it.each([
    [undefined, 5000],
    [{}, 5000],
    [{ refuse_seconds: -3 }, 5000],
    [{ refuse_seconds: 0 }, 0],
    [{ refuse_seconds: 0.2 }, 1000],
    [{ refuse_seconds: 30 }, 30_000],
    [{ refuse_seconds: 1e12 }, 365 * 24 * 3600 * 1000],
  ])('%j -> %d ms (allocation interval 1 s)', (filters, ms) => {
    expect(refuseDurationMs(filters, 1000)).toBe(ms);
  });
});
