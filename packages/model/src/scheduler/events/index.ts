// The live events feed's vocabulary and the pure function that derives events from state changes.
export { clusterEventsBetween } from './cluster-events';
export type { ClusterEvent, ClusterEventDraft, ClusterEventKind, ClusterEventLevel } from './types';
