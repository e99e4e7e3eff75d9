// Builds the Offer message a framework receives (Master::offer): url, hostname, attributes,
// executor_ids, and resources in the framework's format.
import type { AgentRecord } from './agent-record';
import type { MasterContext } from './context';
import type { Framework } from './framework';
import type { OfferRecord } from './offers';
import { formatForFramework } from './resource-format';
import type { OfferProps, ResourceProps } from './types';

/** Mesos lists resources unreserved first, then by name; order does not matter to clients but helps readers. */
function ordered(list: ResourceProps[]): ResourceProps[] {
  const rank = (r: ResourceProps): number => (r.reservations?.length ?? 0) > 0 ? 1 : 0;
  const names = ['cpus', 'gpus', 'mem', 'disk', 'ports'];
  const nameRank = (r: ResourceProps): number => (names.includes(r.name) ? names.indexOf(r.name) : names.length);
  return [...list].sort((a, b) => rank(a) - rank(b) || nameRank(a) - nameRank(b) || a.name.localeCompare(b.name));
}

export function buildOffer(ctx: MasterContext, fw: Framework, agent: AgentRecord, offer: OfferRecord): OfferProps {
  const caps = fw.caps;
  const out: OfferProps = {
    id: { value: offer.id },
    framework_id: { value: fw.id },
    agent_id: { value: agent.id },
    hostname: agent.hostname,
    url: { scheme: 'http', address: { hostname: agent.hostname, ip: agent.ip, port: agent.httpPort }, path: '/slave(1)' },
    resources: ordered(offer.resources.toList()).map((r) => formatForFramework(r, offer.role, caps)),
    attributes: agent.attributes,
    executor_ids: ctx.executorIds(fw, agent.id).map((value) => ({ value })),
  };
  if (caps.multiRole) out.allocation_info = { role: offer.role };
  return out;
}
