// Enough cpus, mem and disk for the server task plus the executor, from the right pools:
//   executor  the node's reservation, else unreserved (then RESERVEd): its share must always be
//             reserved so a restart in place fits, and identical on every launch of the executor
//   server    the node's reservation, else resources reserved for the role, else unreserved (RESERVEd)
//   disk      SANDBOX: the root disk like the server; PERSISTENT_VOLUME: the volume stage picks a disk,
//             here we only check that the offer has enough unreserved disk for a volume at all
import { describeNeed, fail, needs, pass, type EvaluationContext } from '../context';
import { availableByKind, takeScalar, type PoolEntry, type PoolKind } from '../offer-pools';
import { formatAmount, formatMilli } from '../quantities';
import type { StageOutcome } from '../types';

const SERVER_KINDS: readonly PoolKind[] = ['ours', 'role', 'unreserved'];

function kindText(ctx: EvaluationContext, kind: PoolKind): string {
  switch (kind) {
    case 'ours':
      return `reserved for ${ctx.request.nodeId}`;
    case 'role':
      return `reserved for role ${ctx.request.role}`;
    case 'unreserved':
      return 'unreserved';
    case 'unusable':
      return 'not usable';
  }
}

/** "1.5 cpus unreserved for role cassandra", "3 cpus for role cassandra (1 reserved for node-0, 2 unreserved)". */
export function describeAvailable(ctx: EvaluationContext, name: string, accept?: (e: PoolEntry) => boolean): string {
  const avail = availableByKind(ctx.pools, name, accept);
  const usable = [...avail.entries()].filter(([kind]) => kind !== 'unusable');
  const role = ctx.request.role;
  const total = usable.reduce((acc, [, milli]) => acc + milli, 0);
  const first = usable[0];
  if (!first) return `no ${name} for role ${role}`;
  if (usable.length === 1) return `${formatAmount(name, first[1])} ${kindText(ctx, first[0])}${first[0] === 'unreserved' ? ` for role ${role}` : ''}`;
  return `${formatAmount(name, total)} for role ${role} (${usable.map(([kind, milli]) => `${formatMilli(milli)} ${kindText(ctx, kind)}`).join(', ')})`;
}

/** "; not usable: 4 cpus (reserved for node-9 (reservation r-9))", or '' */
function describeUnusable(ctx: EvaluationContext, name: string, accept?: (e: PoolEntry) => boolean): string {
  const entries = ctx.pools.filter((e) => e.name === name && e.kind === 'unusable' && e.persistenceId === undefined && (!accept || accept(e)));
  const milli = entries.reduce((acc, e) => acc + e.milli, 0);
  if (milli === 0) return '';
  return `; not usable: ${formatAmount(name, milli)} (${[...new Set(entries.map((e) => e.note))].join('; ')})`;
}

function takeCpusAndMem(ctx: EvaluationContext, held: boolean, shortages: string[], taken: string[]): void {
  const n = needs(ctx);
  const executorKinds: readonly PoolKind[] = ctx.reserving ? ['ours', 'unreserved'] : ['unreserved'];
  for (const name of ['cpus', 'mem'] as const) {
    const server = n[name].server;
    const executor = held ? 0 : n[name].executor;
    if (server + executor === 0) continue;
    const available = describeAvailable(ctx, name);
    const unusable = describeUnusable(ctx, name);
    const forExecutor = takeScalar(ctx.pools, name, executor, executorKinds);
    const forServer = takeScalar(ctx.pools, name, server, SERVER_KINDS);
    const need = describeNeed(name, server, executor);
    if (forExecutor.missingMilli > 0) {
      const from = ctx.reserving ? `unreserved or already reserved for ${ctx.request.nodeId}` : 'unreserved';
      shortages.push(`offer has ${available}, ${ctx.request.nodeId} needs ${need}; the executor's share must be ${from}, short by ${formatAmount(name, forExecutor.missingMilli)}${unusable}`);
    } else if (forServer.missingMilli > 0) {
      shortages.push(`offer has ${available}, ${ctx.request.nodeId} needs ${need}${unusable}`);
    } else {
      ctx.claim.addScalars('executor', forExecutor.pieces);
      ctx.claim.addScalars('task', forServer.pieces);
      taken.push(need);
    }
  }
}

const volumeDisk = (e: PoolEntry): boolean => e.diskKind === 'ROOT' || e.diskKind === 'PATH' || e.diskKind === 'MOUNT';
const rootDisk = (e: PoolEntry): boolean => e.diskKind === 'ROOT';

function takeDisk(ctx: EvaluationContext, shortages: string[], taken: string[]): void {
  const need = needs(ctx).diskServer;
  if (need === 0) return;
  const { nodeId } = ctx.request;
  if (!ctx.persistent) {
    const available = describeAvailable(ctx, 'disk', rootDisk);
    const unusable = describeUnusable(ctx, 'disk', rootDisk);
    const got = takeScalar(ctx.pools, 'disk', need, SERVER_KINDS, rootDisk);
    if (got.missingMilli > 0) shortages.push(`offer has ${available} on the root disk, ${nodeId} needs ${formatAmount('disk', need)} in its sandbox${unusable}`);
    else {
      ctx.claim.addScalars('task', got.pieces);
      taken.push(formatAmount('disk', need));
    }
    return;
  }
  if (ctx.hasReservation) return; // the existing volume is the node's disk (volume stage)
  const free = ctx.pools.filter((e) => e.name === 'disk' && e.kind === 'unreserved' && e.persistenceId === undefined && volumeDisk(e)).reduce((acc, e) => acc + e.milli, 0);
  if (free < need) {
    shortages.push(`offer has ${describeAvailable(ctx, 'disk')}, ${nodeId} needs ${formatAmount('disk', need)} of unreserved disk for its persistent volume${describeUnusable(ctx, 'disk')}`);
  } else {
    taken.push(`a ${formatAmount('disk', need)} volume`);
  }
}

export function resourcesStage(ctx: EvaluationContext): StageOutcome {
  const held = ctx.executorHeld;
  const shortages: string[] = [];
  const taken: string[] = [];
  takeCpusAndMem(ctx, held, shortages, taken);
  takeDisk(ctx, shortages, taken);
  if (shortages.length > 0) return fail('resources', shortages.join('; '));
  const parts = [`${ctx.request.nodeId} takes ${taken.length > 0 ? taken.join(', ') : 'nothing'}`];
  if (held) parts.push(`its executor ${ctx.request.runningExecutorId ?? ''} still runs and holds its share`);
  const reserved = ctx.claim.reserve.length > 0;
  if (reserved) parts.push(`what was unreserved is reserved with reservation ${ctx.reservationId}`);
  return pass('resources', parts.join('; '));
}
