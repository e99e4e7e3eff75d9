export { DEFAULT_RECONCILE_SETTINGS, ReconcileTracker } from './tracker';
export type { ReconcileOutcome, ReconcilePhase, ReconcileSettings, ReconcileTask } from './tracker';
export { RECONCILIATION_PLAN, RECONCILIATION_STEP, reconciliationPlanSpec } from './plan';
