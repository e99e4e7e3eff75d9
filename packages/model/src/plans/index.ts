export type { Phase, PhaseSpec, Plan, PlanSpec, Status, Step, StepSpec, Strategy } from './types';
export { STATUSES } from './types';
export { aggregateStatus } from './status';
export { allSteps, buildPlan, candidateSteps } from './build';
export type { PlanControlInput } from './build';
export { continuePlan, forceCompleteStep, interruptPlan, pruneOverrides, restartStep } from './control';
export { nameBasedUuid, phaseId, renderPlan, resolveStep, stepId } from './render';
export type { RenderedPhase, RenderedPlan, RenderedStep, StepResolution } from './render';
