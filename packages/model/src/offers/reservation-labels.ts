// How we mark what we reserve: a DYNAMIC reservation for our role and principal, labelled with the
// framework name, the node's reservation id and the node id. The labels are what lets a later offer
// be recognised as "node-3's reservation" and lets unclaimed reservations be garbage-collected.
import { mesos } from '../gen/mesos';
import type { MesosReservation, MesosResource } from './types';

export const FRAMEWORK_LABEL = 'cassandra_mesos_framework';
export const RESERVATION_LABEL = 'cassandra_mesos_reservation';
export const NODE_LABEL = 'cassandra_mesos_node';

/** Container path of a node's persistent volume inside its sandbox. */
export const DATA_VOLUME_CONTAINER_PATH = 'cassandra-data';

export interface ReservationOwner {
  frameworkName: string;
  reservationId: string;
  nodeId: string;
}

/** The reservation we push on top of an unreserved resource (post-refinement format). */
export function ourReservation(role: string, principal: string, owner: ReservationOwner): MesosReservation {
  const info: MesosReservation = {
    type: mesos.v1.Resource.ReservationInfo.Type.DYNAMIC,
    role,
    labels: {
      labels: [
        { key: FRAMEWORK_LABEL, value: owner.frameworkName },
        { key: RESERVATION_LABEL, value: owner.reservationId },
        { key: NODE_LABEL, value: owner.nodeId },
      ],
    },
  };
  if (principal) info.principal = principal;
  return info;
}

/**
 * The reservation stack of a resource in post-refinement form. A pre-refinement resource (`role` +
 * `reservation`, only seen when talking to a master that did not convert) becomes a one-entry stack.
 */
export function reservationStack(r: MesosResource): MesosReservation[] {
  if (r.reservations && r.reservations.length > 0) return r.reservations;
  const role = r.role;
  if (!role || role === '*') return [];
  const Type = mesos.v1.Resource.ReservationInfo.Type;
  const info: MesosReservation = { type: r.reservation ? Type.DYNAMIC : Type.STATIC, role };
  if (r.reservation?.principal) info.principal = r.reservation.principal;
  if (r.reservation?.labels) info.labels = r.reservation.labels;
  return [info];
}

/** The current (last) reservation of a resource, undefined when unreserved. */
export function topReservation(r: MesosResource): MesosReservation | undefined {
  const stack = reservationStack(r);
  return stack[stack.length - 1];
}

export function labelValue(reservation: MesosReservation | undefined, key: string): string | undefined {
  const label = reservation?.labels?.labels?.find((l) => l.key === key);
  return label ? (label.value ?? '') : undefined;
}

export function hasLabels(reservation: MesosReservation | undefined): boolean {
  return (reservation?.labels?.labels?.length ?? 0) > 0;
}

/** Whether a reservation for `reserved` may be used by `role` (same role or an ancestor of it). */
export function roleMayUse(reservedRole: string, role: string): boolean {
  return reservedRole === role || role.startsWith(`${reservedRole}/`);
}

/** "k=v, k2=v2" for reasons. */
export function describeLabels(reservation: MesosReservation | undefined): string {
  return (reservation?.labels?.labels ?? []).map((l) => `${l.key}=${l.value ?? ''}`).join(', ');
}
