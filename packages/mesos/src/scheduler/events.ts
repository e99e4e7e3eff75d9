// What a SchedulerSession delivers: the Mesos events (payloads unwrapped and typed) plus DISCONNECTED.
// SUBSCRIBED doubles as the "connected" notification: it follows every successful (re)subscribe, and
// the session accepts calls from then on. Reconcile after each one.
import type {
  AgentID,
  ExecutorID,
  InverseOffer,
  MasterInfo,
  Offer,
  OfferID,
  OperationStatus,
  TaskStatus,
} from '../types';

export type SchedulerEvent =
  | {
      type: 'SUBSCRIBED';
      frameworkId: string;
      heartbeatIntervalSeconds: number;
      masterInfo: MasterInfo | undefined;
      /** False for the first subscription of this session, true after a reconnect. */
      resubscribed: boolean;
    }
  | {
      type: 'DISCONNECTED';
      /** Why the subscription was lost (stream closed, heartbeat timeout, 503, …). */
      reason: Error;
      /** Milliseconds until the next SUBSCRIBE attempt. */
      retryInMs: number;
    }
  | { type: 'OFFERS'; offers: Offer[] }
  | { type: 'INVERSE_OFFERS'; inverseOffers: InverseOffer[] }
  | { type: 'RESCIND'; offerId: OfferID }
  | { type: 'RESCIND_INVERSE_OFFER'; inverseOfferId: OfferID }
  /** A task status. Acknowledge it (acknowledge(status)) once it is persisted, if it has a uuid. */
  | { type: 'UPDATE'; status: TaskStatus }
  | { type: 'UPDATE_OPERATION_STATUS'; status: OperationStatus }
  | { type: 'MESSAGE'; agentId: AgentID; executorId: ExecutorID; data: Uint8Array }
  | { type: 'FAILURE'; agentId: AgentID | undefined; executorId: ExecutorID | undefined; status: number | undefined }
  | { type: 'HEARTBEAT' };

export type SchedulerEventType = SchedulerEvent['type'];

/**
 * The master sent ERROR: the subscription is over for good. The event iterator throws this, and the
 * session stops. `reason` says which case it is:
 * - 'removed': "Framework has been removed" (torn down or failover timeout expired). Start afresh
 *   without the old framework id, after deciding what to do with the old tasks' state.
 * - 'failed-over': another scheduler instance subscribed with this framework id. Do not fight it.
 * - 'rejected': any other error (invalid FrameworkInfo, authorization). Fix the configuration.
 */
export class MesosFrameworkError extends Error {
  readonly code = 'MESOS_FRAMEWORK_ERROR';
  readonly reason: 'removed' | 'failed-over' | 'rejected';
  constructor(readonly mesosMessage: string) {
    super(`Mesos master ended the subscription: ${mesosMessage}`);
    this.name = 'MesosFrameworkError';
    this.reason = /has been removed/i.test(mesosMessage)
      ? 'removed'
      : /failed over/i.test(mesosMessage)
        ? 'failed-over'
        : 'rejected';
  }
}

/** No bytes arrived on the subscription stream for k × heartbeat_interval_seconds. */
export class MesosHeartbeatTimeoutError extends Error {
  readonly code = 'MESOS_HEARTBEAT_TIMEOUT';
  constructor(readonly silentMs: number) {
    super(`no bytes from the Mesos master for ${silentMs} ms: subscription presumed dead`);
    this.name = 'MesosHeartbeatTimeoutError';
  }
}
