// Stages that decide whether this offer's agent may host the node at all: the offer's role, the
// agent the node is bound to or must avoid, and one Cassandra node per host.
import { fail, pass, type EvaluationContext } from '../context';
import { roleMayUse, topReservation } from '../reservation-labels';
import type { StageOutcome } from '../types';

function allocationRole(ctx: EvaluationContext): string | undefined {
  const fromOffer = ctx.offer.allocation_info?.role;
  if (fromOffer) return fromOffer;
  return (ctx.offer.resources ?? []).map((r) => r.allocation_info?.role).find((r): r is string => !!r);
}

/** The offer is for our role; PERSISTENT_VOLUME needs a role that can hold reservations. */
export function roleStage(ctx: EvaluationContext): StageOutcome {
  const { role } = ctx.request;
  if (ctx.persistent && !ctx.reserving) {
    return fail('role', "data volume mode PERSISTENT_VOLUME needs a role other than '*' (a persistent volume lives on disk reserved for a role): configure a role, or use SANDBOX");
  }
  const allocated = allocationRole(ctx);
  if (allocated !== undefined && allocated !== role) {
    return fail('role', `offer is allocated to role ${allocated}; ${ctx.request.nodeId} needs role ${role}`);
  }
  const foreign = (ctx.offer.resources ?? [])
    .map((r) => topReservation(r)?.role)
    .filter((r): r is string => !!r && !roleMayUse(r, role));
  if (allocated === undefined && foreign.length > 0) {
    return fail('role', `offer holds resources reserved for role ${[...new Set(foreign)].join(', ')}: it is not an offer for role ${role}`);
  }
  if (allocated !== undefined) return pass('role', `offer is allocated to role ${role}`);
  return pass('role', `offer is for role ${role} (no allocation role in the offer: the framework is not MULTI_ROLE)`);
}

/** The node's own agent when it is bound to one; never an excluded agent. */
export function agentStage(ctx: EvaluationContext): StageOutcome {
  const { request, agentId, hostname } = ctx;
  const where = `agent ${agentId} (${hostname})`;
  if (request.excludedAgentIds?.has(agentId)) {
    return fail('agent', `${where} is excluded for ${request.nodeId} (for example the lost agent of the node it replaces)`);
  }
  const reserved = request.reservation?.agentId;
  if (reserved && reserved !== agentId) {
    const what = ctx.hasReservation ? `has reservation ${ctx.reservationId} (and its data) on agent ${reserved}` : `is bound to agent ${reserved}`;
    return fail('agent', `${request.nodeId} ${what}; offer is from ${where}`);
  }
  if (!reserved && request.agentId && request.agentId !== agentId) {
    return fail('agent', `${request.nodeId} restarts in place on agent ${request.agentId}, where its sandbox data is; offer is from ${where}`);
  }
  if (ctx.boundAgentId) return pass('agent', `offer is from ${where}, the agent ${request.nodeId} is bound to`);
  return pass('agent', `${request.nodeId} is not bound to an agent and ${where} is not excluded`);
}

/** One Cassandra node per host: the fixed ports and the data directory cannot be shared. */
export function hostStage(ctx: EvaluationContext): StageOutcome {
  if (ctx.request.hostnamesInUse.has(ctx.hostname)) {
    return fail('host', `host ${ctx.hostname} already runs another Cassandra node of this framework (one node per host)`);
  }
  return pass('host', `no other Cassandra node of this framework runs on host ${ctx.hostname}`);
}
