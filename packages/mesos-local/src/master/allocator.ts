// One allocation cycle (the hierarchical allocator, simplified): for every registered agent, each
// active framework role that is not suppressed gets the agent's unallocated resources it may use,
// unless a refusal filter covers them. Frameworks with the smallest share go first (DRF-like).
import type { MasterContext } from './context';
import type { Framework } from './framework';
import { buildOffer } from './offer-builder';
import type { OfferRecord } from './offers';
import { Resources, usableByRole } from './resources';
import { EventType, type OfferProps } from './types';

/** Mesos --min_allocatable_resources default: "cpus:0.01|mem:32". */
function allocatable(r: Resources): boolean {
  return r.scalar('cpus') >= 0.01 || r.scalar('mem') >= 32;
}

function share(ctx: MasterContext, fw: Framework): number {
  let cpus = 0;
  let mem = 0;
  let totalCpus = 0;
  let totalMem = 0;
  for (const agent of ctx.agents.values()) {
    totalCpus += agent.total.scalar('cpus');
    totalMem += agent.total.scalar('mem');
  }
  const held = new Resources();
  for (const t of fw.tasks.values()) held.add(t.resources);
  for (const o of ctx.offers.ofFramework(fw.id)) held.add(o.resources);
  cpus = held.scalar('cpus');
  mem = held.scalar('mem');
  return Math.max(totalCpus > 0 ? cpus / totalCpus : 0, totalMem > 0 ? mem / totalMem : 0);
}

export function allocate(ctx: MasterContext, onOfferTimeout: (offerId: string) => void): number {
  ctx.allocationRuns++;
  const now = ctx.clock.now();
  const frameworks = [...ctx.frameworks.values()].filter((f) => f.active).sort((a, b) => share(ctx, a) - share(ctx, b));
  if (frameworks.length === 0) return 0;
  const byFramework = new Map<Framework, OfferProps[]>();
  for (const agent of ctx.agents.values()) {
    if (agent.state !== 'registered' || !agent.port) continue;
    const available = ctx.available(agent);
    for (const fw of frameworks) {
      for (const role of fw.roles) {
        if (fw.suppressedRoles.has(role)) continue;
        const candidate = available.filter((r) => usableByRole(r, role));
        if (candidate.isEmpty() || !allocatable(candidate)) continue;
        if (ctx.filters.isFiltered(fw.id, role, agent.id, candidate, now)) continue;
        const record: OfferRecord = { id: ctx.ids.offer(), frameworkId: fw.id, agentId: agent.id, role, resources: candidate, timer: undefined };
        if (ctx.config.offerTimeoutMs !== undefined) {
          record.timer = ctx.clock.setTimeout(() => onOfferTimeout(record.id), ctx.config.offerTimeoutMs);
        }
        ctx.offers.add(record);
        available.subtract(candidate);
        const list = byFramework.get(fw) ?? [];
        list.push(buildOffer(ctx, fw, agent, record));
        byFramework.set(fw, list);
      }
    }
  }
  let sent = 0;
  for (const [fw, offers] of byFramework) {
    ctx.send(fw, { type: EventType.OFFERS, offers: { offers } });
    sent += offers.length;
  }
  return sent;
}
