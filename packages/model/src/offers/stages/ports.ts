// Every fixed port of the node inside the offer's `ports` ranges. We take exactly the ports we bind,
// as single-port ranges (an offered 7000-9100 yields 7000, 7001, 7199, 8778, 9042), from the node's
// reservation first, then the role's reserved ports, then unreserved ports (which we RESERVE).
import { fail, pass, requestedPorts, type EvaluationContext } from '../context';
import type { PoolEntry, PoolKind } from '../offer-pools';
import { formatRanges, rangesContain, removePort } from '../quantities';
import type { StageOutcome } from '../types';

const KINDS: readonly PoolKind[] = ['ours', 'role', 'unreserved'];

function portEntries(ctx: EvaluationContext, kind: PoolKind): PoolEntry[] {
  return ctx.pools.filter((e) => e.name === 'ports' && e.kind === kind);
}

function offeredRanges(ctx: EvaluationContext): string {
  const parts: string[] = [];
  for (const kind of ['ours', 'role', 'unreserved'] as const) {
    const ranges = portEntries(ctx, kind).flatMap((e) => e.totalPorts);
    if (ranges.length === 0) continue;
    const label = kind === 'ours' ? `reserved for ${ctx.request.nodeId}` : kind === 'role' ? `reserved for role ${ctx.request.role}` : 'unreserved';
    parts.push(`${label} ${formatRanges(ranges)}`);
  }
  return parts.length > 0 ? parts.join('; ') : 'no usable ports';
}

export function portsStage(ctx: EvaluationContext): StageOutcome {
  const wanted = requestedPorts(ctx);
  if (wanted.length === 0) return pass('ports', `${ctx.request.nodeId} uses no fixed ports`);
  const missing: string[] = [];
  const blocked: string[] = [];
  const byEntry = new Map<PoolEntry, number[]>();
  for (const { port, names } of wanted) {
    const entry = KINDS.flatMap((kind) => portEntries(ctx, kind)).find((e) => rangesContain(e.ports, port));
    if (entry) {
      byEntry.set(entry, [...(byEntry.get(entry) ?? []), port]);
      entry.ports = removePort(entry.ports, port);
      continue;
    }
    const label = `${port} (${names.join(', ')})`;
    const holder = portEntries(ctx, 'unusable').find((e) => rangesContain(e.ports, port));
    if (holder) blocked.push(`${label} is ${holder.note}`);
    else missing.push(label);
  }
  if (missing.length > 0 || blocked.length > 0) {
    const parts: string[] = [];
    if (missing.length > 0) parts.push(`port${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not in the offer's port ranges`);
    if (blocked.length > 0) parts.push(`port ${blocked.join('; port ')}`);
    return fail('ports', `${parts.join('; ')} (offer has ${offeredRanges(ctx)})`);
  }
  const reserving = [...byEntry.keys()].some((e) => e.kind === 'unreserved') && ctx.reserving;
  for (const [entry, ports] of byEntry) ctx.claim.addPorts(entry, ports);
  const list = wanted.map((w) => w.port).join(', ');
  return pass('ports', `ports ${list} are in the offer's ranges (${offeredRanges(ctx)})${reserving ? `; the unreserved ones are reserved with reservation ${ctx.reservationId}` : ''}`);
}
