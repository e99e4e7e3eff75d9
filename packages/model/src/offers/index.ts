// Offer evaluation and the Mesos operations of a launch. See evaluate.ts for the stage pipeline.
// (The Mesos* type aliases in ./types are internal names; the package exports the generated types.)
export { OFFER_STAGES } from './types';
export type {
  ConstraintOperator,
  NodePortsInput,
  NodeReservationInput,
  NodeResourcesInput,
  OfferEvaluation,
  OfferPlan,
  OfferStage,
  PlacedNode,
  PlacementConstraint,
  PlacementRequest,
  ReservationIds,
  StageOutcome,
} from './types';
export { agentAddress, evaluateOffer } from './evaluate';
export { findOrphanedResources } from './orphans';
export type { OrphanedResources } from './orphans';
export {
  createOperation,
  destroyOperation,
  launchOperation,
  launchOperations,
  releaseOperations,
  reserveOperation,
  unreserveOperation,
} from './operations';
export { BUILT_IN_CONSTRAINT_FIELDS, CONSTRAINT_OPERATORS, formatConstraint, parsePlacementConstraints, validatePlacementConstraint } from './constraint-parse';
export type { ParsedConstraints } from './constraint-parse';
export { checkConstraint, offerAttributes, offerSubject } from './constraint-check';
export type { ConstraintResult, ConstraintSubject } from './constraint-check';
export { DATA_VOLUME_CONTAINER_PATH, FRAMEWORK_LABEL, NODE_LABEL, RESERVATION_LABEL, ourReservation } from './reservation-labels';
