// From a derived PlanSpec and the stored operator controls to the Plan everyone sees, and from a Plan
// to the steps that may be worked on now.
import type { cassandra_mesos } from '../gen/cassandra_mesos';
import { aggregateStatus } from './status';
import type { Phase, PhaseSpec, Plan, PlanSpec, Step, StepSpec } from './types';

export type PlanControlInput = cassandra_mesos.v1.PlanControl.$Properties;
type StepOverrideInput = cassandra_mesos.v1.StepOverride.$Properties;

/**
 * Applies operator controls to a derived plan:
 * - a force-completed step is COMPLETE (its message says so, and what the state said);
 * - an interrupted plan is WAITING unless it is COMPLETE or ERROR, and has no candidates;
 * - a restart request is passed through on the step (`restartRequestedAtMs`) for the core to act on.
 * Phase and plan statuses follow `aggregateStatus`.
 */
export function buildPlan(spec: PlanSpec, control: PlanControlInput | undefined | null): Plan {
  const controlPlan = control?.planName ?? '';
  if (control && controlPlan !== '' && controlPlan !== spec.name) {
    throw new Error(
      `buildPlan: the control of plan '${controlPlan}' was passed for plan '${spec.name}'; pass the PlanControl stored under plans/${spec.name}`,
    );
  }
  const overrides = overridesByStep(control?.overrides ?? []);
  const interrupted = control?.interrupted === true;
  const phases = spec.phases.map((phase) => buildPhase(phase, overrides));
  return {
    name: spec.name,
    strategy: spec.strategy,
    status: aggregateStatus(
      phases.map((p) => p.status),
      { hasErrors: spec.errors.length > 0, interrupted },
    ),
    interrupted,
    errors: [...spec.errors],
    phases,
  };
}

function buildPhase(spec: PhaseSpec, overrides: ReadonlyMap<string, StepOverrideInput>): Phase {
  const steps = spec.steps.map((step) => buildStep(step, overrides.get(step.name)));
  return {
    name: spec.name,
    strategy: spec.strategy,
    status: aggregateStatus(steps.map((s) => s.status)),
    steps,
  };
}

function buildStep(spec: StepSpec, override: StepOverrideInput | undefined): Step {
  const restartRequestedAtMs = override?.restartRequestedAtMs ?? 0;
  if (override?.forceComplete === true && spec.status !== 'COMPLETE') {
    const was = spec.message === '' ? spec.status : `${spec.status}: ${spec.message}`;
    return {
      name: spec.name,
      status: 'COMPLETE',
      message: `force-completed by an operator (state says ${was})`,
      forced: true,
      restartRequestedAtMs,
    };
  }
  return { name: spec.name, status: spec.status, message: spec.message, forced: false, restartRequestedAtMs };
}

function overridesByStep(overrides: readonly StepOverrideInput[]): Map<string, StepOverrideInput> {
  const byStep = new Map<string, StepOverrideInput>();
  // Later entries win: control updates replace an entry, but a hand-edited znode may repeat a step.
  for (const o of overrides) byStep.set(o.stepName ?? '', o);
  return byStep;
}

/**
 * The steps that may be worked on now.
 * - Interrupted plan: none.
 * - Phases: a serial plan works on its first phase that is not COMPLETE; a parallel plan on every one.
 * - Steps of such a phase: serial = its first step that is not COMPLETE, unless that step is ERROR
 *   (an ERROR step blocks the steps behind it); parallel = every step that is neither COMPLETE nor ERROR.
 * ERROR steps are never candidates: the core must first derive another status (the cluster healed,
 * a new config) or an operator restarts or force-completes them.
 */
export function candidateSteps(plan: Plan): Step[] {
  if (plan.interrupted) return [];
  const open = plan.phases.filter((p) => p.status !== 'COMPLETE');
  const phases = plan.strategy === 'serial' ? open.slice(0, 1) : open;
  return phases.flatMap(phaseCandidates);
}

function phaseCandidates(phase: Phase): Step[] {
  if (phase.strategy === 'parallel') {
    return phase.steps.filter((s) => s.status !== 'COMPLETE' && s.status !== 'ERROR');
  }
  const first = phase.steps.find((s) => s.status !== 'COMPLETE');
  return first === undefined || first.status === 'ERROR' ? [] : [first];
}

/** Every step of the plan, in order. */
export function allSteps(plan: Plan): Step[] {
  return plan.phases.flatMap((p) => p.steps);
}
