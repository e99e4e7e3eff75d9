// Offer evaluation as a pipeline of small stages (dcos-commons style). Each stage says, in words an
// operator understands, why the offer is or is not good for the node; evaluation stops at the first
// failure. A passing offer comes with exactly what to RESERVE, CREATE and launch with.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { mesos } from '../gen/mesos';
import { createContext, type EvaluationContext, type Stage } from './context';
import { toMilli } from './quantities';
import { DATA_VOLUME_CONTAINER_PATH } from './reservation-labels';
import { plainCopy, withScalar } from './resource-shapes';
import { agentStage, hostStage, roleStage } from './stages/binding';
import { placementStage } from './stages/placement';
import { portsStage } from './stages/ports';
import { reservationStage } from './stages/reservation';
import { resourcesStage } from './stages/resources';
import { volumeStage } from './stages/volume';
import type { MesosOffer, MesosResource, OfferEvaluation, OfferPlan, PlacementRequest, ReservationIds, StageOutcome } from './types';

const STAGES: readonly Stage[] = [roleStage, agentStage, hostStage, placementStage, reservationStage, resourcesStage, portsStage, volumeStage];

/**
 * The address the node binds: the agent's IP from the offer's `url.address.ip` (what the master
 * knows the agent by), else the offer's hostname. A hostname works for Cassandra's listen/rpc
 * addresses only if it resolves to the agent's own interface on that host.
 */
export function agentAddress(offer: MesosOffer): string {
  const ip = offer.url?.address?.ip;
  return ip ? ip : offer.hostname;
}

/**
 * The executor's resources when its running executor already holds them (not in the offer): the
 * same shape it was launched with, because Mesos rejects a task whose ExecutorInfo differs from the
 * running executor's. That shape is deterministic: executor shares are always taken from the node's
 * reservation or reserved from "*" with the node's labels (role "*": unreserved).
 */
function heldExecutorResources(ctx: EvaluationContext): MesosResource[] {
  const out: MesosResource[] = [];
  const e = ctx.request.executorResources;
  for (const [name, value] of [['cpus', e.cpus], ['mem', e.memMb]] as const) {
    const milli = toMilli(value);
    if (milli === 0) continue;
    const shape: MesosResource = { name, type: mesos.v1.Value.Type.SCALAR };
    if (ctx.offer.allocation_info) shape.allocation_info = plainCopy(ctx.offer.allocation_info);
    out.push(withScalar(ctx.claim.reservation ? { ...shape, reservations: [plainCopy(ctx.claim.reservation)] } : shape, milli));
  }
  return out;
}

function buildPlan(ctx: EvaluationContext): OfferPlan {
  const claim = ctx.claim.merged();
  const reservation = cassandra_mesos.v1.NodeReservation.create({
    agentId: ctx.agentId,
    role: ctx.request.role,
    reservationId: ctx.reservationId,
    persistenceId: ctx.persistenceId,
    containerPath: ctx.persistent ? (ctx.request.reservation?.containerPath || DATA_VOLUME_CONTAINER_PATH) : '',
  });
  return {
    reserve: claim.reserve,
    create: claim.create,
    reservation,
    taskResources: claim.task,
    executorResources: ctx.executorHeld ? heldExecutorResources(ctx) : claim.executor,
    ip: agentAddress(ctx.offer),
  };
}

/**
 * Evaluates one offer for one node. `ids` are used only for a node without a reservation: the id
 * of the reservation to make and of the volume to create (PERSISTENT_VOLUME).
 */
export function evaluateOffer(offer: MesosOffer, request: PlacementRequest, ids: ReservationIds): OfferEvaluation {
  const ctx = createContext(offer, request, ids);
  const stages: StageOutcome[] = [];
  const evaluation: OfferEvaluation = { offerId: offer.id?.value ?? '', agentId: ctx.agentId, hostname: ctx.hostname, passed: false, stages };
  for (const stage of STAGES) {
    const outcome = stage(ctx);
    stages.push(outcome);
    if (!outcome.passed) return evaluation;
  }
  evaluation.passed = true;
  evaluation.plan = buildPlan(ctx);
  return evaluation;
}
