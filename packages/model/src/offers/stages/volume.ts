// Where the node's data lives. PERSISTENT_VOLUME: a node with a reservation gets its existing volume
// back; a new node needs one disk that can hold the whole volume (the root disk or a PATH disk with
// enough room, or a MOUNT disk, which Mesos only hands out whole), which we RESERVE and CREATE a
// volume on. SANDBOX: nothing to do, but the operator should know the data dies with the sandbox.
import { mesos } from '../../gen/mesos';
import { fail, needs, pass, type EvaluationContext } from '../context';
import type { PoolEntry } from '../offer-pools';
import { formatAmount, formatMilli, toMilli } from '../quantities';
import { DATA_VOLUME_CONTAINER_PATH } from '../reservation-labels';
import { plainCopy, withScalar } from '../resource-shapes';
import type { MesosResource, StageOutcome } from '../types';

const DISK_ORDER = ['ROOT', 'PATH', 'MOUNT'] as const;

function describeDisk(e: PoolEntry): string {
  const root = e.shape.disk?.source?.path?.root ?? e.shape.disk?.source?.mount?.root;
  return `${e.diskKind ?? 'ROOT'}${root ? ` ${root}` : ''} disk`;
}

/** The disk a new volume goes on: the first of ROOT, PATH, MOUNT that fits (for MOUNT, the smallest). */
function chooseDisk(candidates: readonly PoolEntry[], need: number): PoolEntry | undefined {
  for (const kind of DISK_ORDER) {
    const fitting = candidates.filter((e) => e.diskKind === kind && (kind === 'MOUNT' ? e.milli === e.totalMilli && e.totalMilli >= need : e.milli >= need));
    if (kind === 'MOUNT') fitting.sort((a, b) => a.totalMilli - b.totalMilli);
    if (fitting[0]) return fitting[0];
  }
  return undefined;
}

function newVolume(ctx: EvaluationContext, disk: PoolEntry, need: number): MesosResource {
  const amount = disk.diskKind === 'MOUNT' ? disk.totalMilli : need;
  disk.milli -= amount;
  const { shape } = ctx.claim.heldShape(disk);
  const reserved = withScalar(shape, amount);
  ctx.claim.reserve.push(reserved);
  const persistence: mesos.v1.Resource.DiskInfo.Persistence.$Properties = { id: ctx.persistenceId };
  if (ctx.request.principal) persistence.principal = ctx.request.principal;
  const volume: MesosResource = {
    ...reserved,
    disk: {
      ...plainCopy(reserved.disk ?? {}),
      persistence,
      volume: { mode: mesos.v1.Volume.Mode.RW, container_path: DATA_VOLUME_CONTAINER_PATH },
    },
  };
  ctx.claim.create.push(volume);
  ctx.claim.addToTask(volume);
  return volume;
}

export function volumeStage(ctx: EvaluationContext): StageOutcome {
  const { nodeId } = ctx.request;
  if (!ctx.persistent) {
    return pass('volume', `data volume mode SANDBOX: ${nodeId}'s data lives in its executor sandbox on ${ctx.hostname} and is lost when the sandbox is removed (use PERSISTENT_VOLUME for real data)`);
  }
  const need = needs(ctx).diskServer;
  const existing = ctx.existingVolume;
  if (existing) {
    ctx.claim.addToTask(withScalar(existing.shape, existing.totalMilli));
    const smaller = existing.totalMilli < need ? `; the configuration asks for ${formatAmount('disk', need)}, but volumes cannot grow in place` : '';
    return pass('volume', `${nodeId} gets its volume ${ctx.persistenceId} back (${formatMilli(existing.totalMilli)} MB on the ${describeDisk(existing)})${smaller}`);
  }
  const candidates = ctx.pools.filter((e) => e.name === 'disk' && e.kind === 'unreserved' && e.persistenceId === undefined && DISK_ORDER.some((k) => k === e.diskKind));
  const disk = chooseDisk(candidates, need);
  if (!disk) {
    const offered = candidates.map((e) => `${describeDisk(e)} ${formatMilli(e.milli)} MB${e.diskKind === 'MOUNT' ? ' (only usable whole)' : ''}`);
    return fail('volume', `no single disk can hold ${nodeId}'s ${formatMilli(need)} MB volume (unreserved: ${offered.length > 0 ? offered.join(', ') : 'none'})`);
  }
  const volume = newVolume(ctx, disk, need);
  const size = formatMilli(toMilli(volume.scalar?.value));
  return pass('volume', `volume ${ctx.persistenceId} of ${size} MB is created on the ${describeDisk(disk)} at ${DATA_VOLUME_CONTAINER_PATH} (reservation ${ctx.reservationId})`);
}
