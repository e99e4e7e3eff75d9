// Offers: each one is accepted (release orphaned reservations; start Cassandra on a node's own agent;
// place a node on a new host: RESERVE + CREATE, and LAUNCH in the same ACCEPT when it may start now)
// or declined with a filter, short while something still needs offers, long when nothing does.
// Every state change a launch depends on is persisted BEFORE the ACCEPT (write-ahead): a scheduler
// killed in between finds the task in its state, reconciliation reports it unknown, and it relaunches.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { evaluateOffer, findOrphanedResources, launchOperations, releaseOperations, reserveOperation, createOperation } from '../offers';
import type { OfferEvaluation, OfferPlan, PlacementRequest } from '../offers';
import { RESERVATION_LABEL, labelValue, topReservation } from '../offers/reservation-labels';
import { advance, type OfferNeeds } from './advance';
import { hasJoined, isAgentLost, isPlaced, nextExecutorId, nodeIdOfExecutor } from './node-facts';
import { buildServerTaskInfo, serverTaskId } from './task-builder';
import { reviveOrSuppress } from './offer-flow';
import { launchJobTaskFromOffer } from './jobs/job-tasks';
import type { MesosOffer, MesosOperation, NodeRecord } from './types';
import type { Working } from './working';

const { NodeTaskKind } = cassandra_mesos.v1;

/** How many waiting nodes one offer is tried for (they differ only in excluded agents and constraints). */
const PLACEMENT_TRIES = 3;

interface Batch {
  readonly needs: OfferNeeds;
  readonly knownReservationIds: ReadonlySet<string>;
  readonly hostnamesInUse: Set<string>;
  readonly nodesByAgent: ReadonlyMap<string, readonly string[]>;
  readonly placements: { nodeId: string; launch: boolean }[];
  /** Agents of the nodes whose deploy steps come next: their offers are wanted again soon. */
  readonly nextAgents: ReadonlySet<string>;
  readonly next: string[];
  readonly short: string[];
  readonly long: string[];
  readonly evaluations: OfferEvaluation[];
}

export function handleOffers(w: Working, offers: readonly MesosOffer[]): void {
  const ids = offers.map((o) => o.id?.value ?? '');
  if (!w.volatile.subscribed || !w.framework) {
    w.emit({ type: 'decline', offerIds: ids, refuseSeconds: w.settings.declineShortSeconds, reason: 'offers before SUBSCRIBED was handled: declined' });
    return;
  }
  const needs = advance(w);
  const batch = newBatch(w, needs);
  for (const offer of offers) handleOffer(w, batch, offer);
  if (batch.next.length > 0) {
    w.emit({ type: 'decline', offerIds: batch.next, refuseSeconds: w.settings.declineNextSeconds, reason: 'the node on this agent is next in the deploy plan but cannot start yet' });
  }
  if (batch.short.length > 0) {
    w.emit({ type: 'decline', offerIds: batch.short, refuseSeconds: w.settings.declineShortSeconds, evaluations: batch.evaluations, reason: 'not usable now; nodes still need offers' });
  }
  if (batch.long.length > 0) {
    w.emit({ type: 'decline', offerIds: batch.long, refuseSeconds: w.settings.declineLongSeconds, reason: 'nothing needs offers' });
  }
  reviveOrSuppress(w, needs.pending);
}

function newBatch(w: Working, needs: OfferNeeds): Batch {
  const knownReservationIds = new Set<string>();
  const hostnamesInUse = new Set<string>();
  const nodesByAgent = new Map<string, string[]>();
  for (const node of w.nodes.values()) {
    if (node.reservation?.reservationId) knownReservationIds.add(node.reservation.reservationId);
    if (node.hostname !== '') hostnamesInUse.add(node.hostname);
    if (node.agentId !== '') {
      const list = nodesByAgent.get(node.agentId);
      if (list) list.push(node.nodeId);
      else nodesByAgent.set(node.agentId, [node.nodeId]);
    }
  }
  const nextAgents = new Set<string>();
  for (const nodeId of nextSteps(needs)) {
    const agentId = w.node(nodeId)?.agentId;
    if (agentId) nextAgents.add(agentId);
  }
  return { needs, knownReservationIds, hostnamesInUse, nodesByAgent, placements: [...needs.placements], nextAgents, next: [], short: [], long: [], evaluations: [] };
}

/** How many unfinished deploy steps count as "next" (the candidate and the one after it). */
const NEXT_STEPS = 2;

function nextSteps(needs: OfferNeeds): string[] {
  if (needs.view.plan.interrupted) return [];
  const out: string[] = [];
  for (const phase of needs.view.plan.phases) {
    for (const step of phase.steps) {
      if (step.status === 'COMPLETE') continue;
      out.push(step.name);
      if (out.length >= NEXT_STEPS) return out;
    }
  }
  return out;
}

function handleOffer(w: Working, batch: Batch, offer: MesosOffer): void {
  const offerId = offer.id?.value ?? '';
  const agentId = offer.agent_id?.value ?? '';
  const ops: MesosOperation[] = releaseOperations(findOrphanedResources(offer, w.target.frameworkName, batch.knownReservationIds));
  const reasons: string[] = ops.length > 0 ? ['releasing orphaned reservations'] : [];
  for (const nodeId of batch.nodesByAgent.get(agentId) ?? []) {
    const node = w.node(nodeId);
    if (node) checkNodeOnOfferedAgent(w, node, offer);
  }
  shutdownStrayExecutors(w, offer);

  let used = false;
  for (const nodeId of batch.needs.launchable.get(agentId) ?? []) {
    const node = w.node(nodeId);
    if (!node || !isPlaced(node) || node.agentId !== agentId) continue;
    if (previousExecutorRuns(node, offer)) {
      waitForPreviousExecutor(w, node, offer);
      continue;
    }
    const evaluation = evaluateOffer(offer, request(w, node, new Set()), { reservationId: '', persistenceId: '' });
    if (evaluation.passed && evaluation.plan) {
      ops.push(...launch(w, node, evaluation.plan, agentId, true));
      reasons.push(`starting Cassandra on ${nodeId}`);
      used = true;
      break;
    }
    noteShortfall(w, batch, node, evaluation);
  }
  if (!used) {
    const job = launchJobTaskFromOffer(w, offer);
    if (job) {
      ops.push(...job.ops);
      reasons.push(job.reason);
      used = true;
    }
  }
  if (!used && !batch.hostnamesInUse.has(offer.hostname)) {
    const placed = tryPlacement(w, batch, offer);
    if (placed) {
      ops.push(...placed.ops);
      reasons.push(placed.reason);
    }
  }
  if (ops.length > 0) {
    w.emit({ type: 'accept', offerIds: [offerId], operations: ops, filters: { refuse_seconds: w.settings.acceptRefuseSeconds }, reason: `offer ${offerId} from ${offer.hostname}: ${reasons.join('; ')}` });
  } else {
    (batch.nextAgents.has(agentId) ? batch.next : batch.needs.pending ? batch.short : batch.long).push(offerId);
  }
}

function tryPlacement(w: Working, batch: Batch, offer: MesosOffer): { ops: MesosOperation[]; reason: string } | undefined {
  for (let i = 0; i < batch.placements.length && i < PLACEMENT_TRIES; i++) {
    const p = batch.placements[i];
    const node = p ? w.node(p.nodeId) : undefined;
    if (!p || !node || isPlaced(node)) continue;
    const ids = { reservationId: w.ctx.ids.uuid(), persistenceId: w.ctx.ids.uuid() };
    const evaluation = evaluateOffer(offer, request(w, node, batch.hostnamesInUse), ids);
    if (!evaluation.passed || !evaluation.plan) {
      noteShortfall(w, batch, node, evaluation);
      const failed = evaluation.stages[evaluation.stages.length - 1]?.stage;
      // Only the excluded agent and constraints differ between waiting nodes; anything else fails for all.
      if (failed !== 'agent' && failed !== 'placement') return undefined;
      continue;
    }
    batch.placements.splice(i, 1);
    batch.hostnamesInUse.add(offer.hostname);
    const plan = evaluation.plan;
    const placedNode = cassandra_mesos.v1.NodeRecord.create({
      ...node,
      agentId: evaluation.agentId,
      hostname: evaluation.hostname,
      ip: plan.ip,
      agentLostAtMs: 0,
      reservation: cassandra_mesos.v1.NodeReservation.create({
        ...plan.reservation,
        reservedAtMs: w.nowMs,
        // Nothing reserved (role "*") means nothing to confirm.
        confirmed: plan.reservation.reservationId === '',
      }),
    });
    w.setShortfall(node.nodeId, undefined);
    if (p.launch) {
      return { ops: launch(w, placedNode, plan, evaluation.agentId, false), reason: `placing ${node.nodeId} on ${offer.hostname} and starting Cassandra` };
    }
    w.putNode(placedNode, `placing ${node.nodeId} on ${offer.hostname} (reservation ${plan.reservation.reservationId || 'none: role *'})`);
    const ops: MesosOperation[] = [];
    if (plan.reserve.length > 0) ops.push(reserveOperation(plan.reserve));
    if (plan.create.length > 0) ops.push(createOperation(plan.create));
    return { ops, reason: `placing ${node.nodeId} on ${offer.hostname}` };
  }
  return undefined;
}

function request(w: Working, node: NodeRecord, hostnamesInUse: ReadonlySet<string>): PlacementRequest {
  const c = w.target.config;
  const excluded = new Set<string>();
  const old = node.replacesNodeId !== '' ? w.node(node.replacesNodeId) : undefined;
  if (old?.agentId) excluded.add(old.agentId);
  return {
    nodeId: node.nodeId,
    frameworkName: w.target.frameworkName,
    role: c.role,
    principal: c.principal,
    resources: c.resources,
    executorResources: w.ctx.launch.executorResources,
    ports: c.ports,
    dataVolumeMode: c.dataVolumeMode,
    ...(isPlaced(node) && node.reservation ? { reservation: node.reservation, agentId: node.agentId } : {}),
    hostnamesInUse,
    excludedAgentIds: excluded,
    constraints: w.target.placementConstraints,
  };
}

/**
 * Records the node's server launch (write-ahead) and returns the ACCEPT operations. Every launch gets
 * a fresh executor, so its ExecutorInfo never has to match one started with older settings.
 */
function launch(w: Working, node: NodeRecord, plan: OfferPlan, agentId: string, placedBefore: boolean): MesosOperation[] {
  const framework = w.framework;
  if (!framework) throw new Error('launch without a framework record');
  const executorId = nextExecutorId(node);
  const taskId = serverTaskId(node.nodeId, w.ctx.ids.uuid());
  const task = cassandra_mesos.v1.NodeTask.create({
    taskId,
    kind: NodeTaskKind.SERVER,
    state: 'TASK_STAGING',
    launchedAtMs: w.nowMs,
    stateAtMs: w.nowMs,
    configId: w.target.id,
  });
  const reservation = placedBefore ? cassandra_mesos.v1.NodeReservation.create({ ...node.reservation, confirmed: true }) : node.reservation;
  const updated = cassandra_mesos.v1.NodeRecord.create({
    ...node,
    executorId,
    appliedConfigId: w.target.id,
    serverPid: 0,
    // Liveness needs a health check of THIS launch; the previous process's last check says nothing.
    health: null,
    reservation,
    executorResourcesJson: JSON.stringify(plan.executorResources),
    tasks: [...node.tasks.filter((t) => t.kind !== NodeTaskKind.SERVER), task],
  });
  w.putNode(updated, `launching Cassandra on ${node.nodeId} (${node.hostname === '' ? updated.hostname : node.hostname}) as ${taskId} with config ${w.target.id}`);
  w.setShortfall(node.nodeId, undefined);
  if (!hasJoined(node)) w.volatile.lastLaunchAtMs = w.nowMs;
  const taskInfo = buildServerTaskInfo({
    node: updated,
    nodes: w.nodes,
    target: w.target,
    frameworkId: framework.frameworkId,
    agentId,
    taskId,
    executorId,
    plan,
    launch: w.ctx.launch,
  });
  return launchOperations(plan, [taskInfo]);
}

/**
 * Relaunching in place waits until the node's previous executor has exited. On Mesos an executor's
 * resources go back to the agent only when the executor terminates, not when its last task ends; until
 * then the offer lacks the executor's share of the node's reservation. Launching the new executor
 * (every launch gets a fresh one) from such an offer would RESERVE a second executor share under the
 * node's labels, and the reservation would grow by one share per restart once the old executor is gone.
 * Taking the missing share without reserving it is no better: it is not in the offer (Mesos refuses
 * the launch) or comes from the unreserved pool (the next restart may not fit). So the node waits:
 * an offer lists the framework's executors running on its agent at the moment the offer was made,
 * together with exactly the resources they do not hold, so "not listed" means the share is back.
 * The wait is bounded by the agent: it destroys an executor at the end of its shutdown grace period
 * after our SHUTDOWN (sent when the server task ended, and again for each offer that still lists it,
 * see shutdownStrayExecutors). The deploy step says what the node waits for, and past
 * `executorExitWarnMs` that it has waited unusually long and which agent to look at.
 */
function previousExecutorRuns(node: NodeRecord, offer: MesosOffer): boolean {
  return node.executorId !== '' && (offer.executor_ids ?? []).some((e) => e.value === node.executorId);
}

function waitForPreviousExecutor(w: Working, node: NodeRecord, offer: MesosOffer): void {
  w.setShortfall(node.nodeId, {
    atMs: w.nowMs,
    hostname: offer.hostname,
    reason: `its previous executor ${node.executorId} still runs on ${offer.hostname} and holds the executor's share of the reservation`,
    previousExecutorId: node.executorId,
  });
}

function noteShortfall(w: Working, batch: Batch, node: NodeRecord, evaluation: OfferEvaluation): void {
  batch.evaluations.push(evaluation);
  const last = evaluation.stages[evaluation.stages.length - 1];
  w.setShortfall(node.nodeId, { atMs: w.nowMs, hostname: evaluation.hostname, reason: last ? `${last.stage}: ${last.reason}` : 'no stage ran' });
}

/**
 * An offer from a node's agent: the agent is back if it was lost; the node's reservation is confirmed
 * when the offer carries it, and forgotten when it should be there and is not (its RESERVE was in an
 * ACCEPT that never took effect).
 */
function checkNodeOnOfferedAgent(w: Working, node: NodeRecord, offer: MesosOffer): void {
  let updated = node;
  const reasons: string[] = [];
  if (isAgentLost(node)) {
    updated = cassandra_mesos.v1.NodeRecord.create({ ...updated, agentLostAtMs: 0 });
    reasons.push(`agent ${node.agentId} is back (it sends offers)`);
    const unsure = node.tasks.map((t) => ({ taskId: t.taskId ?? '', agentId: node.agentId }));
    if (unsure.length > 0) w.emit({ type: 'reconcile', tasks: unsure, reason: `${node.nodeId}'s agent is back: asking for its tasks' states` });
  }
  const r = node.reservation;
  if (r?.reservationId && !r.confirmed) {
    if (carriesReservation(offer, r.reservationId)) {
      updated = cassandra_mesos.v1.NodeRecord.create({ ...updated, reservation: cassandra_mesos.v1.NodeReservation.create({ ...r, confirmed: true }) });
      reasons.push(`reservation ${r.reservationId} confirmed by an offer`);
    } else if (node.tasks.length === 0 && w.nowMs - (r.reservedAtMs ?? 0) >= w.settings.reservationConfirmMs) {
      updated = cassandra_mesos.v1.NodeRecord.create({ ...updated, agentId: '', hostname: '', ip: '', reservation: null });
      reasons.push(`reservation ${r.reservationId} never appeared in an offer of ${node.hostname} (its RESERVE did not take effect): placing the node again`);
    }
  }
  if (updated !== node) w.putNode(updated, `${node.nodeId}: ${reasons.join('; ')}`);
}

function carriesReservation(offer: MesosOffer, reservationId: string): boolean {
  return (offer.resources ?? []).some((r) => labelValue(topReservation(r), RESERVATION_LABEL) === reservationId);
}

/** Our executors on the agent that serve no task of their node any more (old launches, removed nodes). */
function shutdownStrayExecutors(w: Working, offer: MesosOffer): void {
  const agentId = offer.agent_id?.value ?? '';
  for (const e of offer.executor_ids ?? []) {
    const nodeId = nodeIdOfExecutor(e.value);
    if (nodeId === undefined) continue;
    const node = w.node(nodeId);
    if (node && node.executorId === e.value && node.tasks.length > 0) continue;
    w.emit({ type: 'shutdown-executor', executorId: e.value, agentId, reason: `executor ${e.value} on ${offer.hostname} runs no task of ${node ? nodeId : `a removed node (${nodeId})`}` });
  }
}
