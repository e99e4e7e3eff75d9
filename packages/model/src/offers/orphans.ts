// Garbage collection of our reservations: resources and volumes labelled with this framework's name
// whose reservation id no known node claims (a replaced or removed node, or a launch whose record was
// never written). Volumes are DESTROYed first, because Mesos refuses to UNRESERVE a disk that still
// holds a volume; the disk under each volume is then unreserved with the rest.
import { FRAMEWORK_LABEL, RESERVATION_LABEL, labelValue, topReservation } from './reservation-labels';
import { plainCopy, shapeOf } from './resource-shapes';
import type { MesosOffer, MesosResource } from './types';

export interface OrphanedResources {
  /** Volumes for one DESTROY operation (before the UNRESERVE). */
  destroy: MesosResource[];
  /** Resources for one UNRESERVE operation (volumes' disks included, without their volume). */
  unreserve: MesosResource[];
}

/** The resource as offered (post-refinement, with its quantity), without anything we do not send back. */
function asOffered(r: MesosResource, allocation: MesosOffer['allocation_info']): MesosResource {
  const out = shapeOf(r);
  if (!out.allocation_info && allocation) out.allocation_info = plainCopy(allocation);
  if (r.scalar) out.scalar = { value: r.scalar.value };
  if (r.ranges) out.ranges = plainCopy(r.ranges);
  if (r.set) out.set = plainCopy(r.set);
  return out;
}

function withoutVolume(r: MesosResource): MesosResource {
  const out: MesosResource = { ...r };
  const disk = { ...(r.disk ?? {}) };
  delete disk.persistence;
  delete disk.volume;
  if (disk.source) out.disk = disk;
  else delete out.disk;
  return out;
}

/**
 * Reservations/volumes carrying our framework label that belong to no known node. Resources of other
 * frameworks, unlabelled reservations and resources of known nodes are never touched.
 */
export function findOrphanedResources(offer: MesosOffer, frameworkName: string, knownReservationIds: ReadonlySet<string>): OrphanedResources {
  const destroy: MesosResource[] = [];
  const unreserve: MesosResource[] = [];
  for (const r of offer.resources ?? []) {
    const top = topReservation(r);
    if (!top || labelValue(top, FRAMEWORK_LABEL) !== frameworkName) continue;
    if (knownReservationIds.has(labelValue(top, RESERVATION_LABEL) ?? '')) continue;
    const resource = asOffered(r, offer.allocation_info);
    if (resource.disk?.persistence) {
      destroy.push(resource);
      unreserve.push(withoutVolume(resource));
    } else {
      unreserve.push(resource);
    }
  }
  return { destroy, unreserve };
}
