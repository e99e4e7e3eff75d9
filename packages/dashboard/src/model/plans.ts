// Plans (deploy, and a job's plan while it runs) summarised for the plans section: step counts, the
// step being worked on, and which of interrupt/continue make sense now.
import type { PlanPayload, PlanStatus } from './api-types';

export interface PlanStepView {
  readonly name: string;
  readonly status: PlanStatus;
  readonly message: string;
}

export interface PlanPhaseView {
  readonly name: string;
  readonly status: PlanStatus;
  readonly steps: readonly PlanStepView[];
}

export interface PlanView {
  readonly name: string;
  readonly status: PlanStatus;
  readonly phases: readonly PlanPhaseView[];
  readonly errors: readonly string[];
  readonly totalSteps: number;
  readonly completeSteps: number;
  /** "node-1 IN_PROGRESS" or "node-2 ERROR: …": what an operator looks at first; "" when nothing stands out. */
  readonly focus: string;
  /** Interrupting a COMPLETE plan changes nothing an operator can see. */
  readonly canInterrupt: boolean;
  /** A plan waits when interrupted (or on a timer); continue lets it hand out steps again. */
  readonly canContinue: boolean;
}

/** The deploy plan first, then the others by name: the order of the sections never jumps. */
export function orderPlanNames(names: readonly string[]): string[] {
  return [...new Set(names)].sort((a, b) => (a === 'deploy' ? -1 : b === 'deploy' ? 1 : a.localeCompare(b)));
}

export function planView(name: string, plan: PlanPayload): PlanView {
  const phases = plan.phases.map((p) => ({
    name: p.name,
    status: p.status,
    steps: p.steps.map((s) => ({ name: s.name, status: s.status, message: s.message ?? '' })),
  }));
  const steps = phases.flatMap((p) => p.steps);
  return {
    name,
    status: plan.status,
    phases,
    errors: [...(plan.errors ?? [])],
    totalSteps: steps.length,
    completeSteps: steps.filter((s) => s.status === 'COMPLETE').length,
    focus: focusOf(steps),
    canInterrupt: plan.status !== 'COMPLETE',
    canContinue: plan.status === 'WAITING',
  };
}

function focusOf(steps: readonly PlanStepView[]): string {
  const failed = steps.find((s) => s.status === 'ERROR');
  if (failed) return `${failed.name} ERROR${failed.message ? `: ${failed.message}` : ''}`;
  const working = steps.find((s) => s.status === 'IN_PROGRESS');
  if (working) return `${working.name} IN_PROGRESS${working.message ? `: ${working.message}` : ''}`;
  const waiting = steps.find((s) => s.status === 'WAITING');
  if (waiting) return `${waiting.name} WAITING${waiting.message ? `: ${waiting.message}` : ''}`;
  return '';
}
