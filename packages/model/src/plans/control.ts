// Operator decisions over a plan, as pure updates of its stored PlanControl. The API layer resolves
// the step first (resolveStep) so an unknown name gets a clear error before anything is stored.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import type { PlanControlInput } from './build';
import type { PlanSpec } from './types';

type PlanControl = cassandra_mesos.v1.PlanControl;
type StepOverrideInput = cassandra_mesos.v1.StepOverride.$Properties;

/** Stops handing out new steps of the plan; work already running finishes. Survives scheduler restarts. */
export function interruptPlan(
  control: PlanControlInput | undefined | null,
  planName: string,
  nowMs: number,
): PlanControl {
  return withControl(control, planName, nowMs, (c) => ({ ...c, interrupted: true }));
}

/** Lets an interrupted plan hand out steps again. */
export function continuePlan(
  control: PlanControlInput | undefined | null,
  planName: string,
  nowMs: number,
): PlanControl {
  return withControl(control, planName, nowMs, (c) => ({ ...c, interrupted: false }));
}

/** Marks a step COMPLETE whatever the state says, so a serial phase can move past it. */
export function forceCompleteStep(
  control: PlanControlInput | undefined | null,
  planName: string,
  stepName: string,
  nowMs: number,
): PlanControl {
  return withOverride(control, planName, stepName, nowMs, (o) => ({ ...o, forceComplete: true }));
}

/**
 * Asks the core to redo the step's work once (e.g. restart that node); also undoes a force-complete.
 * The core compares `restartRequestedAtMs` with what it did since (e.g. the server task's launch time).
 */
export function restartStep(
  control: PlanControlInput | undefined | null,
  planName: string,
  stepName: string,
  nowMs: number,
): PlanControl {
  return withOverride(control, planName, stepName, nowMs, (o) => ({
    ...o,
    forceComplete: false,
    restartRequestedAtMs: nowMs,
  }));
}

/**
 * Drops overrides the state has made obsolete, so they cannot mask future work:
 * - overrides of steps the plan no longer has (a removed node);
 * - force-complete of a step whose derived status is COMPLETE by itself (if that step has work again
 *   later, e.g. after a config change, it must not be skipped).
 * Returns the updated control to persist, or undefined when nothing changed.
 */
export function pruneOverrides(
  control: PlanControlInput | undefined | null,
  spec: PlanSpec,
  nowMs: number,
): PlanControl | undefined {
  if (!control) return undefined;
  const raw = new Map(spec.phases.flatMap((p) => p.steps.map((s) => [s.name, s.status] as const)));
  const before = control.overrides ?? [];
  const after: StepOverrideInput[] = [];
  for (const o of before) {
    const status = raw.get(o.stepName ?? '');
    if (status === undefined) continue;
    const kept = o.forceComplete === true && status === 'COMPLETE' ? { ...o, forceComplete: false } : o;
    if (kept.forceComplete === true || (kept.restartRequestedAtMs ?? 0) !== 0) after.push(kept);
  }
  const unchanged = after.length === before.length && after.every((o, i) => o === before[i]);
  if (unchanged) return undefined;
  return toControl({ ...control, overrides: after, updatedAtMs: nowMs }, spec.name);
}

function withOverride(
  control: PlanControlInput | undefined | null,
  planName: string,
  stepName: string,
  nowMs: number,
  update: (o: StepOverrideInput) => StepOverrideInput,
): PlanControl {
  if (stepName === '') throw new Error(`plan '${planName}': a step name is required to change a step`);
  return withControl(control, planName, nowMs, (c) => {
    const overrides = c.overrides ?? [];
    const existing = overrides.find((o) => o.stepName === stepName) ?? { stepName };
    const others = overrides.filter((o) => o.stepName !== stepName);
    return { ...c, overrides: [...others, update(existing)] };
  });
}

function withControl(
  control: PlanControlInput | undefined | null,
  planName: string,
  nowMs: number,
  update: (c: PlanControlInput) => PlanControlInput,
): PlanControl {
  const current = control ?? { planName };
  const stored = current.planName ?? '';
  if (stored !== '' && stored !== planName) {
    throw new Error(`the control of plan '${stored}' cannot be changed as plan '${planName}'`);
  }
  return toControl({ ...update(current), updatedAtMs: nowMs }, planName);
}

function toControl(c: PlanControlInput, planName: string): PlanControl {
  return cassandra_mesos.v1.PlanControl.create({
    planName,
    interrupted: c.interrupted === true,
    overrides: (c.overrides ?? []).map((o) =>
      cassandra_mesos.v1.StepOverride.create({
        stepName: o.stepName ?? '',
        forceComplete: o.forceComplete === true,
        restartRequestedAtMs: o.restartRequestedAtMs ?? 0,
      }),
    ),
    updatedAtMs: c.updatedAtMs ?? 0,
  });
}
