// A framework's session with the Mesos master over the v1 scheduler HTTP API (reference §1, §4.7, §4.8).
//
// - SUBSCRIBE runs on its own long-lived connection; every other call is a separate POST carrying the
//   Mesos-Stream-Id of the current subscription.
// - Events are delivered through one async iterator (events()), in stream order, unwrapped and typed.
// - A heartbeat watchdog drops the stream after k × heartbeat_interval_seconds without any byte;
//   dropped or failed subscriptions are retried with truncated exponential backoff, resubscribing with
//   the saved FrameworkID (in Call.framework_id and framework_info.id).
// - ERROR ends the session: the iterator throws MesosFrameworkError ('removed', 'failed-over', …).
import { mesos } from '@cassandra-mesos/model';
import { CONTENT_TYPE_PROTOBUF, codecFor } from '../codec/codec';
import type { Codec, MesosContentType } from '../codec/codec';
import { headerValue, runSubscription } from '../http/subscription';
import { MesosHttpTransport } from '../http/transport';
import type { RetryOptions, TlsOptions } from '../http/transport';
import { basicAuth } from '../http/auth';
import type { AuthorizationProvider } from '../http/auth';
import {
  MesosBadRequestError,
  MesosForbiddenError,
  MesosHttpError,
  MesosNotAcceptableError,
  MesosNotSubscribedError,
  MesosSessionClosedError,
  MesosUnauthorizedError,
  MesosUnsupportedMediaTypeError,
} from '../http/errors';
import { AbortedError, Backoff, sleep } from '../util/backoff';
import type { BackoffOptions } from '../util/backoff';
import { AsyncQueue } from '../util/async-queue';
import { silentLogger } from '../util/logger';
import type { SessionLogger } from '../util/logger';
import { idMessage } from '../util/ids';
import type { IdInput } from '../util/ids';
import type {
  FiltersInput,
  FrameworkInfoInput,
  KillPolicyInput,
  OfferConstraintsInput,
  OfferOperationInput,
  OperationStatus,
  SchedulerEventMessage,
  TaskStatus,
} from '../types';
import { MesosFrameworkError, MesosHeartbeatTimeoutError } from './events';
import type { SchedulerEvent } from './events';

const { Call, Event } = mesos.v1.scheduler;
type CallInput = mesos.v1.scheduler.Call.$Properties;

export const SCHEDULER_API_PATH = '/api/v1/scheduler';
export const DEFAULT_RESUBSCRIBE_BACKOFF: BackoffOptions = { initialMs: 500, maxMs: 15_000 };
export const DEFAULT_HEARTBEAT_TIMEOUT_FACTOR = 5;
const DEFAULT_HEARTBEAT_INTERVAL_SECONDS = 15;

export interface SchedulerSessionOptions {
  /** The master: "http://host:5050" (the API path is added) or the full endpoint URL. */
  master: string;
  /** The framework; set `id` (or frameworkId) to resubscribe a framework that already exists. */
  frameworkInfo: FrameworkInfoInput;
  /** The saved FrameworkID, e.g. from ZooKeeper; wins over frameworkInfo.id. */
  frameworkId?: string;
  suppressedRoles?: string[];
  offerConstraints?: OfferConstraintsInput;
  /** Encoding of calls and of the event stream; protobuf by default. */
  contentType?: MesosContentType;
  /** HTTP basic authentication (reference §8.1). */
  credentials?: { principal: string; secret: string };
  /** Any other Authorization header source (wins over credentials). */
  authorization?: AuthorizationProvider;
  tls?: TlsOptions;
  /** Timeout of non-subscribe calls; 75 s by default. */
  requestTimeoutMs?: number;
  /** Most 307 hops per request; 9 by default. */
  maxRedirects?: number;
  /** Transport-level retries of 503 / refused connections per request. */
  unavailableRetry?: RetryOptions;
  /** k: the stream is dead after k × heartbeat_interval_seconds without bytes; 5 by default. */
  heartbeatTimeoutFactor?: number;
  /** Delay between SUBSCRIBE attempts; 500 ms doubling to 15 s by default. */
  resubscribeBackoff?: BackoffOptions;
  /** Largest accepted event record, bytes. */
  maxRecordBytes?: number;
  logger?: SessionLogger;
}

export type SchedulerSessionState = 'idle' | 'subscribing' | 'subscribed' | 'closed';

export interface ReconcileTask {
  taskId: IdInput;
  agentId?: IdInput;
}

export class SchedulerSession {
  private readonly transport: MesosHttpTransport;
  private readonly codec: Codec;
  private readonly log: SessionLogger;
  private readonly queue: AsyncQueue<SchedulerEvent>;
  private readonly lifetime = new AbortController();
  private readonly heartbeatFactor: number;
  private frameworkInfo: FrameworkInfoInput;
  private suppressedRoles: string[] | undefined;
  private offerConstraints: OfferConstraintsInput | undefined;
  private savedFrameworkId: string | undefined;
  private activeStreamId: string | undefined;
  private dropCurrent: ((reason: Error) => void) | undefined;
  private runLoop: Promise<void> | undefined;
  private stateValue: SchedulerSessionState = 'idle';
  private everSubscribed = false;

  constructor(private readonly options: SchedulerSessionOptions) {
    const codec = codecFor(options.contentType ?? CONTENT_TYPE_PROTOBUF);
    if (!codec) throw new TypeError(`contentType must be application/x-protobuf or application/json, not '${String(options.contentType)}'`);
    this.codec = codec;
    this.heartbeatFactor = options.heartbeatTimeoutFactor ?? DEFAULT_HEARTBEAT_TIMEOUT_FACTOR;
    if (!(this.heartbeatFactor > 0)) throw new RangeError('heartbeatTimeoutFactor must be > 0');
    this.log = options.logger ?? silentLogger;
    const { id, ...info } = options.frameworkInfo;
    this.frameworkInfo = info;
    this.savedFrameworkId = options.frameworkId ?? (id?.value || undefined);
    this.suppressedRoles = options.suppressedRoles;
    this.offerConstraints = options.offerConstraints;
    this.transport = new MesosHttpTransport({
      url: schedulerEndpoint(options.master),
      authorization:
        options.authorization ?? (options.credentials ? basicAuth(options.credentials.principal, options.credentials.secret) : undefined),
      tls: options.tls,
      requestTimeoutMs: options.requestTimeoutMs,
      maxRedirects: options.maxRedirects,
      unavailableRetry: options.unavailableRetry,
      onRedirect: (url) => this.log.info('mesos master moved', { url }),
    });
    this.queue = new AsyncQueue<SchedulerEvent>(() => void this.close());
    // Encode once now so a FrameworkInfo the codec cannot encode fails here, not in the retry loop.
    this.codec.encode(Call, this.subscribeCall());
  }

  /** The FrameworkID: the saved one, or the one assigned at the first SUBSCRIBED. */
  get frameworkId(): string | undefined {
    return this.savedFrameworkId;
  }

  /** The endpoint in use (after redirects). */
  get masterUrl(): string {
    return this.transport.url;
  }

  get state(): SchedulerSessionState {
    return this.stateValue;
  }

  /** Mesos-Stream-Id of the current subscription, undefined while not subscribed. */
  get streamId(): string | undefined {
    return this.activeStreamId;
  }

  /**
   * Starts the session and returns its events. Call it once: there is one consumer. The iterator ends
   * after close(); it throws MesosFrameworkError when the master ends the framework's subscription
   * (ERROR event), or the typed HTTP error when SUBSCRIBE is refused for good (400/401/406/415).
   * Leaving the loop early (break) closes the session.
   */
  events(): AsyncIterableIterator<SchedulerEvent> {
    if (this.stateValue === 'closed') throw new MesosSessionClosedError('events()');
    if (this.runLoop) throw new Error('SchedulerSession.events() may be called only once');
    this.runLoop = this.run();
    return this.queue;
  }

  /** Drops the current subscription and subscribes again (e.g. the app suspects a one-way partition). */
  reconnect(): void {
    this.dropCurrent?.(new Error('reconnect requested'));
  }

  /** Ends the stream, every timer and pooled connection. In-flight calls reject. Idempotent. */
  async close(): Promise<void> {
    if (this.stateValue !== 'closed') {
      this.stateValue = 'closed';
      this.activeStreamId = undefined;
      this.lifetime.abort();
      this.dropCurrent?.(new MesosSessionClosedError('close()'));
      this.transport.close();
    }
    await this.runLoop;
    this.queue.end();
  }

  // ---- calls -------------------------------------------------------------------------------------

  /** ACCEPT offers (all from one agent) with operations applied in order; see Operations. */
  async accept(offerIds: readonly IdInput[], operations: readonly OfferOperationInput[], filters?: FiltersInput): Promise<void> {
    await this.send('ACCEPT', {
      type: Call.Type.ACCEPT,
      accept: { offer_ids: offerIdList(offerIds), operations: [...operations], ...(filters ? { filters } : {}) },
    });
  }

  async decline(offerIds: readonly IdInput[], filters?: FiltersInput): Promise<void> {
    await this.send('DECLINE', {
      type: Call.Type.DECLINE,
      decline: { offer_ids: offerIdList(offerIds), ...(filters ? { filters } : {}) },
    });
  }

  async acceptInverseOffers(inverseOfferIds: readonly IdInput[], filters?: FiltersInput): Promise<void> {
    await this.send('ACCEPT_INVERSE_OFFERS', {
      type: Call.Type.ACCEPT_INVERSE_OFFERS,
      accept_inverse_offers: { inverse_offer_ids: offerIdList(inverseOfferIds), ...(filters ? { filters } : {}) },
    });
  }

  async declineInverseOffers(inverseOfferIds: readonly IdInput[], filters?: FiltersInput): Promise<void> {
    await this.send('DECLINE_INVERSE_OFFERS', {
      type: Call.Type.DECLINE_INVERSE_OFFERS,
      decline_inverse_offers: { inverse_offer_ids: offerIdList(inverseOfferIds), ...(filters ? { filters } : {}) },
    });
  }

  /** REVIVE the given roles, or all roles: unsuppresses them and clears every offer filter. */
  async revive(roles?: readonly string[]): Promise<void> {
    await this.send('REVIVE', { type: Call.Type.REVIVE, ...(roles && roles.length > 0 ? { revive: { roles: [...roles] } } : {}) });
  }

  /** SUPPRESS offers for the given roles, or all roles. */
  async suppress(roles?: readonly string[]): Promise<void> {
    await this.send('SUPPRESS', { type: Call.Type.SUPPRESS, ...(roles && roles.length > 0 ? { suppress: { roles: [...roles] } } : {}) });
  }

  async kill(taskId: IdInput, agentId?: IdInput, killPolicy?: KillPolicyInput): Promise<void> {
    const kill: mesos.v1.scheduler.Call.Kill.$Properties = { task_id: idMessage(taskId, 'taskId') };
    if (agentId !== undefined) kill.agent_id = idMessage(agentId, 'agentId');
    if (killPolicy) kill.kill_policy = killPolicy;
    await this.send('KILL', { type: Call.Type.KILL, kill });
  }

  /** SHUTDOWN a custom executor. */
  async shutdown(executorId: IdInput, agentId: IdInput): Promise<void> {
    await this.send('SHUTDOWN', {
      type: Call.Type.SHUTDOWN,
      shutdown: { executor_id: idMessage(executorId, 'executorId'), agent_id: idMessage(agentId, 'agentId') },
    });
  }

  /**
   * ACKNOWLEDGE a status update. Only updates that carry a uuid may be acknowledged; one without
   * (a master-generated update: reconciliation, invalid launch, agent removal) is refused with a
   * TypeError, since acking it is a protocol error.
   */
  async acknowledge(status: TaskStatus | mesos.v1.TaskStatus.$Properties): Promise<void> {
    const taskId = status.task_id?.value;
    if (!status.uuid || status.uuid.length === 0) {
      throw new TypeError(`status update of task '${taskId}' has no uuid: it was generated by the master and must not be acknowledged`);
    }
    if (status.uuid.length !== 16) throw new TypeError(`status update of task '${taskId}' has a ${status.uuid.length}-byte uuid (expected 16)`);
    if (!status.agent_id?.value) throw new TypeError(`status update of task '${taskId}' has no agent_id`);
    await this.send('ACKNOWLEDGE', {
      type: Call.Type.ACKNOWLEDGE,
      acknowledge: { agent_id: { value: status.agent_id.value }, task_id: idMessage(taskId ?? '', 'task_id'), uuid: status.uuid },
    });
  }

  /** ACKNOWLEDGE_OPERATION_STATUS for an operation update that carries a uuid. */
  async acknowledgeOperationStatus(status: OperationStatus | mesos.v1.OperationStatus.$Properties): Promise<void> {
    const operationId = status.operation_id?.value;
    const uuid = status.uuid?.value;
    if (!uuid || uuid.length === 0) throw new TypeError(`operation status of '${operationId}' has no uuid and must not be acknowledged`);
    if (!operationId) throw new TypeError('operation status has no operation_id');
    await this.send('ACKNOWLEDGE_OPERATION_STATUS', {
      type: Call.Type.ACKNOWLEDGE_OPERATION_STATUS,
      acknowledge_operation_status: {
        uuid,
        operation_id: { value: operationId },
        ...(status.agent_id?.value ? { agent_id: { value: status.agent_id.value } } : {}),
        ...(status.resource_provider_id?.value ? { resource_provider_id: { value: status.resource_provider_id.value } } : {}),
      },
    });
  }

  /** RECONCILE: the given tasks (explicit), or every task the master knows (implicit, empty list). */
  async reconcile(tasks: readonly ReconcileTask[] = []): Promise<void> {
    await this.send('RECONCILE', {
      type: Call.Type.RECONCILE,
      reconcile: {
        tasks: tasks.map((t) => ({
          task_id: idMessage(t.taskId, 'taskId'),
          ...(t.agentId !== undefined ? { agent_id: idMessage(t.agentId, 'agentId') } : {}),
        })),
      },
    });
  }

  /** MESSAGE to an executor: best effort, may be lost. */
  async message(agentId: IdInput, executorId: IdInput, data: Uint8Array): Promise<void> {
    await this.send('MESSAGE', {
      type: Call.Type.MESSAGE,
      message: { agent_id: idMessage(agentId, 'agentId'), executor_id: idMessage(executorId, 'executorId'), data },
    });
  }

  /**
   * UPDATE_FRAMEWORK (synchronous: resolves once the master applied it). The new FrameworkInfo (and
   * roles / constraints when given) are also used for every later resubscription.
   */
  async updateFramework(
    frameworkInfo: FrameworkInfoInput,
    options: { suppressedRoles?: string[]; offerConstraints?: OfferConstraintsInput } = {},
  ): Promise<void> {
    const fid = this.savedFrameworkId;
    if (!fid) throw new MesosNotSubscribedError('UPDATE_FRAMEWORK');
    const { id: _ignored, ...info } = frameworkInfo;
    const suppressedRoles = options.suppressedRoles ?? this.suppressedRoles;
    const offerConstraints = options.offerConstraints ?? this.offerConstraints;
    await this.send('UPDATE_FRAMEWORK', {
      type: Call.Type.UPDATE_FRAMEWORK,
      update_framework: {
        framework_info: { ...info, id: { value: fid } },
        ...(suppressedRoles ? { suppressed_roles: suppressedRoles } : {}),
        ...(offerConstraints ? { offer_constraints: offerConstraints } : {}),
      },
    });
    this.frameworkInfo = info;
    this.suppressedRoles = suppressedRoles;
    this.offerConstraints = offerConstraints;
  }

  /** TEARDOWN: removes the framework (all its tasks are killed), then closes this session. */
  async teardown(): Promise<void> {
    await this.send('TEARDOWN', { type: Call.Type.TEARDOWN });
    await this.close();
  }

  // ---- internals ---------------------------------------------------------------------------------

  private async send(what: string, call: Omit<CallInput, 'framework_id'>): Promise<void> {
    if (this.stateValue === 'closed') throw new MesosSessionClosedError(what);
    const streamId = this.activeStreamId;
    const frameworkId = this.savedFrameworkId;
    if (!streamId || !frameworkId) throw new MesosNotSubscribedError(what);
    const body = this.codec.encode(Call, Call.create({ ...call, framework_id: { value: frameworkId } }));
    try {
      await this.transport.post(body, {
        headers: { 'Content-Type': this.codec.contentType, 'Mesos-Stream-Id': streamId },
        signal: this.lifetime.signal,
      });
    } catch (err) {
      if (err instanceof AbortedError && this.isClosed()) throw new MesosSessionClosedError(what);
      // 403: the master no longer sees this subscription; get a new one.
      if (err instanceof MesosForbiddenError && this.activeStreamId === streamId) {
        this.log.warn('call refused with 403, resubscribing', { call: what });
        this.dropCurrent?.(err);
      }
      throw err;
    }
  }

  private subscribeCall(): mesos.v1.scheduler.Call {
    const fid = this.savedFrameworkId;
    return Call.create({
      type: Call.Type.SUBSCRIBE,
      ...(fid ? { framework_id: { value: fid } } : {}),
      subscribe: {
        framework_info: { ...this.frameworkInfo, ...(fid ? { id: { value: fid } } : {}) },
        ...(this.suppressedRoles ? { suppressed_roles: this.suppressedRoles } : {}),
        ...(this.offerConstraints ? { offer_constraints: this.offerConstraints } : {}),
      },
    });
  }

  private async run(): Promise<void> {
    const backoff = new Backoff(this.options.resubscribeBackoff ?? DEFAULT_RESUBSCRIBE_BACKOFF);
    while (this.stateValue !== 'closed') {
      this.stateValue = 'subscribing';
      let subscribed = false;
      let reason: Error;
      try {
        ({ subscribed, reason } = await this.subscribeOnce(() => backoff.reset()));
      } catch (err) {
        if (this.isClosed()) break;
        if (isFatal(err)) {
          this.fail(err as Error);
          return;
        }
        reason = err instanceof Error ? err : new Error(String(err));
      }
      this.activeStreamId = undefined;
      if (this.isClosed()) break;
      this.stateValue = 'subscribing';
      const delay = backoff.next();
      this.log.warn('mesos subscription lost, resubscribing', { reason: reason.message, retryInMs: delay });
      if (subscribed) this.queue.push({ type: 'DISCONNECTED', reason, retryInMs: delay });
      try {
        await sleep(delay, this.lifetime.signal);
      } catch {
        break;
      }
    }
    this.queue.end();
  }

  private isClosed(): boolean {
    return this.stateValue === 'closed';
  }

  private fail(err: Error): void {
    this.log.warn('mesos session stopped', { error: err.message });
    this.stateValue = 'closed';
    this.activeStreamId = undefined;
    this.lifetime.abort();
    this.transport.close();
    this.queue.fail(err);
  }

  /** One SUBSCRIBE and its stream, until the stream ends or is dropped. */
  private async subscribeOnce(onSubscribed: () => void): Promise<{ subscribed: boolean; reason: Error }> {
    let subscribed = false;
    let streamId: string | undefined;
    let drop: ((reason: Error) => void) | undefined;
    try {
      const reason = await runSubscription({
        transport: this.transport,
        codec: this.codec,
        body: this.codec.encode(Call, this.subscribeCall()),
        eventClass: Event,
        signal: this.lifetime.signal,
        watchdogMs: this.heartbeatFactor * DEFAULT_HEARTBEAT_INTERVAL_SECONDS * 1000,
        watchdogError: (ms) => new MesosHeartbeatTimeoutError(ms),
        maxRecordBytes: this.options.maxRecordBytes,
        onDropHandle: (d) => {
          drop = d;
          this.dropCurrent = d;
        },
        onOpen: (headers) => {
          streamId = headerValue(headers['mesos-stream-id']);
          if (!streamId) throw new MesosHttpError('SUBSCRIBE response has no Mesos-Stream-Id header', 200, this.transport.url);
        },
        onEvent: (event, control) => {
          if (event.type === Event.Type.SUBSCRIBED) {
            const interval = event.subscribed?.heartbeat_interval_seconds || DEFAULT_HEARTBEAT_INTERVAL_SECONDS;
            control.setWatchdog(Math.round(this.heartbeatFactor * interval * 1000));
            subscribed = true;
            this.activeStreamId = streamId;
            onSubscribed();
          }
          this.deliver(event);
        },
      });
      return { subscribed, reason };
    } finally {
      this.activeStreamId = undefined;
      if (this.dropCurrent === drop) this.dropCurrent = undefined;
    }
  }

  private deliver(event: SchedulerEventMessage): void {
    const T = Event.Type;
    switch (event.type) {
      case T.SUBSCRIBED: {
        const s = event.subscribed;
        const frameworkId = s?.framework_id?.value;
        if (!frameworkId) throw new MesosHttpError('SUBSCRIBED event without framework_id', 200, this.transport.url);
        this.savedFrameworkId = frameworkId;
        this.stateValue = 'subscribed';
        this.log.info('subscribed to mesos', { frameworkId, master: this.transport.url });
        this.queue.push({
          type: 'SUBSCRIBED',
          frameworkId,
          heartbeatIntervalSeconds: s?.heartbeat_interval_seconds || DEFAULT_HEARTBEAT_INTERVAL_SECONDS,
          masterInfo: (s?.master_info as SchedulerSubscribedMasterInfo) ?? undefined,
          resubscribed: this.everSubscribed,
        });
        this.everSubscribed = true;
        return;
      }
      case T.HEARTBEAT:
        this.queue.push({ type: 'HEARTBEAT' });
        return;
      case T.OFFERS:
        this.queue.push({ type: 'OFFERS', offers: (event.offers?.offers ?? []) as SchedulerOffers });
        return;
      case T.INVERSE_OFFERS:
        this.queue.push({ type: 'INVERSE_OFFERS', inverseOffers: (event.inverse_offers?.inverse_offers ?? []) as SchedulerInverseOffers });
        return;
      case T.RESCIND:
        if (event.rescind?.offer_id) this.queue.push({ type: 'RESCIND', offerId: event.rescind.offer_id as SchedulerOfferId });
        return;
      case T.RESCIND_INVERSE_OFFER:
        if (event.rescind_inverse_offer?.inverse_offer_id) {
          this.queue.push({ type: 'RESCIND_INVERSE_OFFER', inverseOfferId: event.rescind_inverse_offer.inverse_offer_id as SchedulerOfferId });
        }
        return;
      case T.UPDATE:
        if (event.update?.status) this.queue.push({ type: 'UPDATE', status: event.update.status as TaskStatus });
        return;
      case T.UPDATE_OPERATION_STATUS:
        if (event.update_operation_status?.status) {
          this.queue.push({ type: 'UPDATE_OPERATION_STATUS', status: event.update_operation_status.status as OperationStatus });
        }
        return;
      case T.MESSAGE:
        if (event.message) {
          this.queue.push({
            type: 'MESSAGE',
            agentId: event.message.agent_id as SchedulerAgentId,
            executorId: event.message.executor_id as SchedulerExecutorId,
            data: event.message.data,
          });
        }
        return;
      case T.FAILURE: {
        const f = event.failure;
        this.queue.push({
          type: 'FAILURE',
          agentId: (f?.agent_id as SchedulerAgentId | null | undefined) ?? undefined,
          executorId: (f?.executor_id as SchedulerExecutorId | null | undefined) ?? undefined,
          status: f && Object.prototype.hasOwnProperty.call(f, 'status') ? (f.status ?? undefined) : undefined,
        });
        return;
      }
      case T.ERROR:
        throw new MesosFrameworkError(event.error?.message ?? '(no message)');
      case T.UNKNOWN:
      default:
        this.log.warn('ignoring unknown mesos event', { type: event.type });
    }
  }
}

type SchedulerSubscribedMasterInfo = Extract<SchedulerEvent, { type: 'SUBSCRIBED' }>['masterInfo'];
type SchedulerOffers = Extract<SchedulerEvent, { type: 'OFFERS' }>['offers'];
type SchedulerInverseOffers = Extract<SchedulerEvent, { type: 'INVERSE_OFFERS' }>['inverseOffers'];
type SchedulerOfferId = Extract<SchedulerEvent, { type: 'RESCIND' }>['offerId'];
type SchedulerAgentId = Extract<SchedulerEvent, { type: 'MESSAGE' }>['agentId'];
type SchedulerExecutorId = Extract<SchedulerEvent, { type: 'MESSAGE' }>['executorId'];

function isFatal(err: unknown): boolean {
  return (
    err instanceof MesosFrameworkError ||
    err instanceof MesosBadRequestError ||
    err instanceof MesosUnauthorizedError ||
    err instanceof MesosNotAcceptableError ||
    err instanceof MesosUnsupportedMediaTypeError ||
    (err instanceof MesosHttpError && err.status === 405)
  );
}

function offerIdList(ids: readonly IdInput[]): Array<{ value: string }> {
  if (ids.length === 0) throw new TypeError('at least one offer id is needed');
  return ids.map((id) => idMessage(id, 'offer id'));
}


/** "http://m:5050" → "http://m:5050/api/v1/scheduler"; a URL with a path is used as given. */
export function schedulerEndpoint(master: string): string {
  let url: URL;
  try {
    url = new URL(master);
  } catch {
    throw new TypeError(`master '${master}' is not a URL (expected e.g. http://master:5050)`);
  }
  if (url.pathname === '/' || url.pathname === '') url.pathname = SCHEDULER_API_PATH;
  return url.toString();
}
