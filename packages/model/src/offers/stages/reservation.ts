// A node that already holds a reservation must get it back: the offer has to carry the cpus, mem,
// disk and ports reserved with the node's labels and, for PERSISTENT_VOLUME, the volume with its
// persistence id. Anything else would start Cassandra without its data.
import { fail, needs, pass, requestedPorts, type EvaluationContext } from '../context';
import type { PoolEntry } from '../offer-pools';
import { formatAmount, formatRanges } from '../quantities';
import type { StageOutcome } from '../types';

function ours(ctx: EvaluationContext, name: string): PoolEntry[] {
  return ctx.pools.filter((e) => e.kind === 'ours' && e.name === name && e.persistenceId === undefined);
}

function describeOurs(ctx: EvaluationContext, volume: PoolEntry | undefined): string {
  const parts: string[] = [];
  for (const name of ['cpus', 'mem', 'disk']) {
    const milli = ours(ctx, name).reduce((acc, e) => acc + e.totalMilli, 0);
    if (milli > 0) parts.push(formatAmount(name, milli));
  }
  const ports = ours(ctx, 'ports').flatMap((e) => e.totalPorts);
  if (ports.length > 0) parts.push(`ports ${formatRanges(ports)}`);
  if (volume) parts.push(`volume ${volume.persistenceId ?? ''} (${formatAmount('disk', volume.totalMilli)})`);
  return parts.join(', ');
}

/** Reservations of this framework for other nodes, to tell an operator what the agent holds instead. */
function otherReservations(ctx: EvaluationContext): string {
  const notes = [...new Set(ctx.pools.filter((e) => e.kind === 'unusable' && e.note.startsWith('reserved for node')).map((e) => e.note))];
  return notes.length > 0 ? ` (the agent holds resources ${notes.join('; ')})` : '';
}

function findVolume(ctx: EvaluationContext): { volume?: PoolEntry; problem?: string } {
  if (!ctx.persistenceId) return { problem: `belongs to reservation ${ctx.reservationId}, which has no persistent volume (it was made for SANDBOX data); the node cannot switch to PERSISTENT_VOLUME in place` };
  const volumes = ctx.pools.filter((e) => e.kind === 'ours' && e.persistenceId !== undefined);
  const volume = volumes.find((e) => e.persistenceId === ctx.persistenceId);
  if (volume) return { volume };
  if (volumes.length > 0) {
    return { problem: `carries volume ${volumes.map((v) => v.persistenceId).join(', ')} with reservation ${ctx.reservationId}, not the node's volume ${ctx.persistenceId}` };
  }
  if (ours(ctx, 'disk').length > 0) {
    return { problem: `carries the disk reserved for volume ${ctx.persistenceId} but no volume on it: its CREATE failed or the volume was destroyed, so the node's data is not there; replace the node` };
  }
  return { problem: `does not carry volume ${ctx.persistenceId}` };
}

export function reservationStage(ctx: EvaluationContext): StageOutcome {
  const { request } = ctx;
  if (!ctx.hasReservation) {
    if (!ctx.reserving) return pass('reservation', `role '*' cannot hold reservations: ${request.nodeId} runs on unreserved resources`);
    return pass('reservation', `${request.nodeId} has no reservation yet: what it takes is reserved with reservation ${ctx.reservationId}`);
  }
  const reservedRole = request.reservation?.role;
  if (reservedRole && reservedRole !== request.role) {
    return fail('reservation', `${request.nodeId}'s reservation ${ctx.reservationId} was made for role ${reservedRole}, but the node now asks for role ${request.role}`);
  }
  const n = needs(ctx);
  const missing: string[] = [];
  if (n.cpus.server + n.cpus.executor > 0 && ours(ctx, 'cpus').length === 0) missing.push('cpus');
  if (n.mem.server + n.mem.executor > 0 && ours(ctx, 'mem').length === 0) missing.push('mem');
  if (!ctx.persistent && n.diskServer > 0 && ours(ctx, 'disk').length === 0) missing.push('disk');
  if (requestedPorts(ctx).length > 0 && ours(ctx, 'ports').length === 0) missing.push('ports');
  let volumeProblem: string | undefined;
  if (ctx.persistent) {
    const found = findVolume(ctx);
    ctx.existingVolume = found.volume;
    volumeProblem = found.problem;
  }
  if (missing.length > 0 || volumeProblem) {
    const lacks = missing.length > 0 ? `lacks ${request.nodeId}'s reserved ${missing.join(', ')} (reservation ${ctx.reservationId})` : '';
    const joined = [lacks, volumeProblem].filter((s) => !!s).join(' and ');
    return fail('reservation', `offer from agent ${ctx.agentId} ${joined}${otherReservations(ctx)}`);
  }
  return pass('reservation', `offer carries ${request.nodeId}'s reservation ${ctx.reservationId}: ${describeOurs(ctx, ctx.existingVolume)}`);
}
