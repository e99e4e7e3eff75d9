// Everything the stages share while one offer is evaluated for one node. Stages read the request and
// the offer, take resources out of `pools` and record what the node gets in `claim`.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { Claim } from './claim';
import { offerPools, type PoolEntry } from './offer-pools';
import { formatAmount, formatMilli, toMilli } from './quantities';
import { ourReservation } from './reservation-labels';
import type { MesosOffer, PlacementRequest, ReservationIds, StageOutcome, OfferStage } from './types';

export interface EvaluationContext {
  readonly offer: MesosOffer;
  readonly request: PlacementRequest;
  readonly agentId: string;
  readonly hostname: string;
  readonly persistent: boolean;
  /** Whether the role can hold reservations (not "*"). */
  readonly reserving: boolean;
  /** The node already holds a reservation that the offer must carry. */
  readonly hasReservation: boolean;
  /** The reservation id the node uses: its existing one, the new one, or '' when nothing is reserved. */
  readonly reservationId: string;
  readonly persistenceId: string;
  /** The node must stay on one agent (reservation or sandbox restart in place). */
  readonly boundAgentId: string | undefined;
  readonly pools: PoolEntry[];
  readonly claim: Claim;
  /** The node's executor still runs on this agent and holds its share (not in the offer). */
  readonly executorHeld: boolean;
  /** Set by the reservation stage: the node's existing volume in this offer. */
  existingVolume: PoolEntry | undefined;
}

export type Stage = (ctx: EvaluationContext) => StageOutcome;

export function pass(stage: OfferStage, reason: string): StageOutcome {
  return { stage, passed: true, reason };
}

export function fail(stage: OfferStage, reason: string): StageOutcome {
  return { stage, passed: false, reason };
}

export function createContext(offer: MesosOffer, request: PlacementRequest, ids: ReservationIds): EvaluationContext {
  const Mode = cassandra_mesos.v1.DataVolumeMode;
  if (request.dataVolumeMode !== Mode.PERSISTENT_VOLUME && request.dataVolumeMode !== Mode.SANDBOX) {
    throw new TypeError(`placement request for ${request.nodeId} has data volume mode ${String(request.dataVolumeMode)}: it must be PERSISTENT_VOLUME or SANDBOX (a validated FrameworkConfig never has another)`);
  }
  const persistent = request.dataVolumeMode === Mode.PERSISTENT_VOLUME;
  const reserving = request.role !== '*';
  const existing = request.reservation;
  const hasReservation = !!existing?.reservationId;
  const reservationId = hasReservation ? (existing?.reservationId ?? '') : reserving ? ids.reservationId : '';
  const persistenceId = hasReservation ? (existing?.persistenceId ?? '') : persistent ? ids.persistenceId : '';
  const boundAgentId = existing?.agentId || request.agentId || undefined;
  const owner = { frameworkName: request.frameworkName, reservationId, nodeId: request.nodeId };
  return {
    offer,
    request,
    agentId: offer.agent_id?.value ?? '',
    hostname: offer.hostname,
    persistent,
    reserving,
    hasReservation,
    reservationId,
    persistenceId,
    boundAgentId,
    pools: offerPools(offer, { role: request.role, frameworkName: request.frameworkName, reservationId: hasReservation ? reservationId : undefined }),
    claim: new Claim(reserving ? ourReservation(request.role, request.principal, owner) : undefined),
    executorHeld: !!request.runningExecutorId && (offer.executor_ids ?? []).some((e) => e.value === request.runningExecutorId),
    existingVolume: undefined,
  };
}

/** The node's needs in thousandths, split into server and executor share. */
export function needs(ctx: EvaluationContext): { cpus: { server: number; executor: number }; mem: { server: number; executor: number }; diskServer: number } {
  const r = ctx.request.resources;
  const e = ctx.request.executorResources;
  return {
    cpus: { server: toMilli(r.cpus), executor: toMilli(e.cpus) },
    mem: { server: toMilli(r.memMb), executor: toMilli(e.memMb) },
    diskServer: toMilli(r.diskMb),
  };
}

/** "2.1 cpus (2 server + 0.1 executor)" */
export function describeNeed(name: string, server: number, executor: number): string {
  const total = formatAmount(name, server + executor);
  if (executor === 0) return total;
  const unit = name === 'cpus' ? '' : ' MB';
  return `${total} (${formatMilli(server)}${unit} server + ${formatMilli(executor)}${unit} executor)`;
}

const PORT_FIELDS = [
  ['storage', 'storage'],
  ['sslStorage', 'ssl_storage'],
  ['native', 'native'],
  ['jmx', 'jmx'],
  ['jolokia', 'jolokia'],
] as const;

/** The node's fixed ports (zero = unused), ascending, with the settings that ask for each. */
export function requestedPorts(ctx: EvaluationContext): Array<{ port: number; names: string[] }> {
  const byPort = new Map<number, string[]>();
  for (const [field, name] of PORT_FIELDS) {
    const port = Number(ctx.request.ports[field] ?? 0);
    if (port > 0) byPort.set(port, [...(byPort.get(port) ?? []), name]);
  }
  return [...byPort.entries()].sort((a, b) => a[0] - b[0]).map(([port, names]) => ({ port, names }));
}
