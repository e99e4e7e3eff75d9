// Reading a simulation's record for assertions: decisions, operations, plan steps.
import { mesos } from '../../src/gen/mesos';
import type { Plan, Status } from '../../src/plans';
import type { Decision } from '../../src/scheduler/types';
import type { RecordedDecision, Simulation } from './simulation';

const OpType = mesos.v1.Offer.Operation.Type;

export function decisionsOf<T extends Decision['type']>(
  sim: Simulation,
  type: T,
  since = 0,
): (RecordedDecision & { decision: Extract<Decision, { type: T }> })[] {
  return sim.decisions.filter(
    (d): d is RecordedDecision & { decision: Extract<Decision, { type: T }> } =>
      d.decision.type === type && d.atMs >= since,
  );
}

/** Tasks launched through ACCEPT decisions (what the scheduler asked for), in order. */
export function launchedTaskIds(sim: Simulation, since = 0): string[] {
  return decisionsOf(sim, 'accept', since).flatMap((d) =>
    d.decision.operations.flatMap((op) =>
      op.type === OpType.LAUNCH ? (op.launch?.task_infos ?? []).map((t) => t.task_id.value) : [],
    ),
  );
}

/** Index in the decision log of the first ACCEPT that launches a task. */
export function firstLaunchIndex(sim: Simulation): number {
  return sim.decisions.findIndex(
    (d) => d.decision.type === 'accept' && d.decision.operations.some((op) => op.type === OpType.LAUNCH),
  );
}

/** Index of the first persist-node that gives `nodeId` a reservation with an id. */
export function firstReservationIndex(sim: Simulation, nodeId: string): number {
  return sim.decisions.findIndex(
    (d) =>
      d.decision.type === 'persist-node' &&
      d.decision.node.nodeId === nodeId &&
      (d.decision.node.reservation?.reservationId ?? '') !== '',
  );
}

export function steps(plan: Plan): Record<string, Status> {
  return Object.fromEntries(plan.phases.flatMap((p) => p.steps.map((s) => [s.name, s.status])));
}

/** Server launches (from the executors' point of view) per node. */
export function serverLaunches(sim: Simulation, nodeId?: string): Simulation['executors']['launches'] {
  return sim.executors.launches.filter(
    (l) => l.kind === 'server' && (nodeId === undefined || l.nodeId === nodeId),
  );
}

/** A simulation must never make Mesos refuse an operation, break write-ahead, or harm Cassandra. */
export function expectClean(sim: Simulation): void {
  expect(sim.problems).toEqual([]);
  expect(sim.executors.violations).toEqual([]);
}
