// An executor's session with its agent over the v1 executor HTTP API (reference §3).
//
// - SUBSCRIBE (JSON by default, protobuf by option) carries every TaskInfo without an acknowledged
//   update and every update the agent has not ACKNOWLEDGED yet, so nothing is lost across reconnects.
// - update() stamps a fresh uuid, SOURCE_EXECUTOR, executor_id and timestamp, and keeps the update
//   until the ACKNOWLEDGED event for that uuid.
// - Disconnection (§3.4 item 8): without checkpointing the event iterator throws
//   MesosAgentDisconnectedError (exit); with it, SUBSCRIBE is retried with backoff bounded by
//   MESOS_SUBSCRIPTION_BACKOFF_MAX until MESOS_RECOVERY_TIMEOUT, then MesosAgentRecoveryTimeoutError.
import { randomUUID } from 'node:crypto';
import { mesos } from '@cassandra-mesos/model';
import { CONTENT_TYPE_JSON, codecFor } from '../codec/codec';
import type { Codec, MesosContentType } from '../codec/codec';
import { bearerAuth } from '../http/auth';
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
import { runSubscription } from '../http/subscription';
import { MesosHttpTransport } from '../http/transport';
import type { RetryOptions, TlsOptions } from '../http/transport';
import type { ExecutorEventMessage, TaskInfo, TaskStatus } from '../types';
import { AbortedError, Backoff, sleep } from '../util/backoff';
import { AsyncQueue } from '../util/async-queue';
import { silentLogger } from '../util/logger';
import type { SessionLogger } from '../util/logger';
import { readExecutorEnvironment } from './environment';
import type { ExecutorEnvironment } from './environment';
import { MesosAgentDisconnectedError, MesosAgentRecoveryTimeoutError } from './events';
import type { ExecutorEvent } from './events';

const { Call, Event } = mesos.v1.executor;
type CallInput = mesos.v1.executor.Call.$Properties;

export const EXECUTOR_API_PATH = '/api/v1/executor';
const DEFAULT_FIRST_RETRY_MS = 250;

/** A status as the executor fills it; the session adds uuid, source, executor_id and timestamp. */
export type ExecutorStatusInput = Omit<mesos.v1.TaskStatus.$Properties, 'uuid' | 'source' | 'timestamp'>;

export interface ExecutorSessionOptions {
  /** The agent's environment; read from process.env when omitted. */
  environment?: ExecutorEnvironment;
  /** Encoding of calls and of the event stream; JSON by default. */
  contentType?: MesosContentType;
  /** Endpoint override; default http(s)://$MESOS_AGENT_ENDPOINT/api/v1/executor. */
  agentUrl?: string;
  /** Authorization source; default Bearer $MESOS_EXECUTOR_AUTHENTICATION_TOKEN when set. */
  authorization?: AuthorizationProvider;
  tls?: TlsOptions;
  requestTimeoutMs?: number;
  unavailableRetry?: RetryOptions;
  /** First wait before re-subscribing (checkpointing); grows up to MESOS_SUBSCRIPTION_BACKOFF_MAX. */
  firstRetryMs?: number;
  maxRecordBytes?: number;
  logger?: SessionLogger;
}

export type ExecutorSessionState = 'idle' | 'subscribing' | 'subscribed' | 'closed';

export class ExecutorSession {
  readonly environment: ExecutorEnvironment;
  private readonly transport: MesosHttpTransport;
  private readonly codec: Codec;
  private readonly log: SessionLogger;
  private readonly queue: AsyncQueue<ExecutorEvent>;
  private readonly lifetime = new AbortController();
  /** Updates not yet ACKNOWLEDGED by the agent, by uuid (hex), in the order they were made. */
  private readonly pendingUpdates = new Map<string, TaskStatus>();
  /** Tasks launched here that have no acknowledged update yet, by task id. */
  private readonly pendingTasks = new Map<string, TaskInfo>();
  private dropCurrent: ((reason: Error) => void) | undefined;
  private runLoop: Promise<void> | undefined;
  private stateValue: ExecutorSessionState = 'idle';
  private everSubscribed = false;
  private shutdownReceived = false;

  constructor(private readonly options: ExecutorSessionOptions = {}) {
    this.environment = options.environment ?? readExecutorEnvironment();
    const codec = codecFor(options.contentType ?? CONTENT_TYPE_JSON);
    if (!codec) throw new TypeError(`contentType must be application/json or application/x-protobuf, not '${String(options.contentType)}'`);
    this.codec = codec;
    this.log = options.logger ?? silentLogger;
    const env = this.environment;
    const token = env.authenticationToken;
    this.transport = new MesosHttpTransport({
      url: options.agentUrl ?? `${env.sslEnabled || options.tls ? 'https' : 'http'}://${env.agentEndpoint}${EXECUTOR_API_PATH}`,
      authorization: options.authorization ?? (token ? bearerAuth(token) : undefined),
      tls: options.tls,
      requestTimeoutMs: options.requestTimeoutMs,
      unavailableRetry: options.unavailableRetry,
      // The agent never redirects; a 307 here is a misconfiguration, so do not follow it.
      maxRedirects: 0,
    });
    this.queue = new AsyncQueue<ExecutorEvent>(() => void this.close());
  }

  get state(): ExecutorSessionState {
    return this.stateValue;
  }

  /** Updates the agent has not acknowledged yet (resent with every SUBSCRIBE). */
  get unacknowledgedUpdates(): TaskStatus[] {
    return [...this.pendingUpdates.values()];
  }

  /** Tasks without an acknowledged update yet (resent with every SUBSCRIBE). */
  get unacknowledgedTasks(): TaskInfo[] {
    return [...this.pendingTasks.values()];
  }

  /**
   * Subscribes and returns the agent's events. Call it once. The iterator ends after close() or after
   * the agent closes the stream following SHUTDOWN; it throws MesosAgentDisconnectedError /
   * MesosAgentRecoveryTimeoutError when the agent is gone for good (the executor should then exit),
   * or the typed HTTP error when SUBSCRIBE is refused (400/401/403/406/415).
   */
  events(): AsyncIterableIterator<ExecutorEvent> {
    if (this.stateValue === 'closed') throw new MesosSessionClosedError('events()');
    if (this.runLoop) throw new Error('ExecutorSession.events() may be called only once');
    this.runLoop = this.run();
    return this.queue;
  }

  /**
   * Sends a status update reliably: stamps a fresh 16-byte uuid, SOURCE_EXECUTOR, executor_id and a
   * timestamp, keeps it until the agent ACKNOWLEDGEs that uuid, and resends it with every SUBSCRIBE
   * until then. Resolves with the uuid once the agent accepted the call, or once the update is queued
   * for the next SUBSCRIBE when the agent is unreachable. Throws (and forgets the update) when the
   * agent rejects it (400/401/415).
   */
  async update(status: ExecutorStatusInput): Promise<Uint8Array> {
    if (this.stateValue === 'closed') throw new MesosSessionClosedError('UPDATE');
    const executorId = this.environment.executorId;
    const taskId = status.task_id?.value;
    if (!taskId) throw new TypeError('a status update needs task_id');
    if (status.state === mesos.v1.TaskState.TASK_STAGING) {
      throw new TypeError(`task '${taskId}': executors may not send TASK_STAGING`);
    }
    if (status.executor_id?.value !== undefined && status.executor_id.value !== executorId) {
      throw new TypeError(`task '${taskId}': status.executor_id '${status.executor_id.value}' is not this executor ('${executorId}')`);
    }
    const uuid = Buffer.from(randomUUID().replace(/-/g, ''), 'hex');
    const full = mesos.v1.TaskStatus.create({
      ...status,
      executor_id: { value: executorId },
      source: mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR,
      uuid,
      timestamp: Date.now() / 1000,
    });
    const key = uuid.toString('hex');
    this.pendingUpdates.set(key, full);
    if (this.stateValue !== 'subscribed') {
      this.log.info('agent not subscribed: update queued for the next SUBSCRIBE', { taskId });
      return uuid;
    }
    try {
      await this.send('UPDATE', { type: Call.Type.UPDATE, update: { status: full } });
    } catch (err) {
      if (this.isClosed()) throw err;
      if (err instanceof MesosHttpError && !err.retryable && !(err instanceof MesosForbiddenError)) {
        this.pendingUpdates.delete(key);
        throw err;
      }
      if (err instanceof MesosForbiddenError) throw err; // kept: resent on the next SUBSCRIBE
      this.log.warn('update not delivered now, it will be resent on SUBSCRIBE', { taskId, error: (err as Error).message });
    }
    return uuid;
  }

  /** MESSAGE to the scheduler (best effort, may be lost). */
  async message(data: Uint8Array): Promise<void> {
    if (this.stateValue !== 'subscribed') {
      if (this.isClosed()) throw new MesosSessionClosedError('MESSAGE');
      throw new MesosNotSubscribedError('MESSAGE');
    }
    await this.send('MESSAGE', { type: Call.Type.MESSAGE, message: { data } });
  }

  /** Ends the stream and every timer; in-flight calls reject. Idempotent. */
  async close(): Promise<void> {
    if (this.stateValue !== 'closed') {
      this.stateValue = 'closed';
      this.lifetime.abort();
      this.dropCurrent?.(new MesosSessionClosedError('close()'));
      this.transport.close();
    }
    await this.runLoop;
    this.queue.end();
  }

  // ---- internals ---------------------------------------------------------------------------------

  private isClosed(): boolean {
    return this.stateValue === 'closed';
  }

  private baseCall(): Pick<CallInput, 'framework_id' | 'executor_id'> {
    return { framework_id: { value: this.environment.frameworkId }, executor_id: { value: this.environment.executorId } };
  }

  private async send(what: string, call: Omit<CallInput, 'framework_id' | 'executor_id'>): Promise<void> {
    const body = this.codec.encode(Call, Call.create({ ...this.baseCall(), ...call }));
    try {
      await this.transport.post(body, { headers: { 'Content-Type': this.codec.contentType }, signal: this.lifetime.signal });
    } catch (err) {
      if (err instanceof AbortedError && this.isClosed()) throw new MesosSessionClosedError(what);
      throw err;
    }
  }

  private subscribeCall(): mesos.v1.executor.Call {
    return Call.create({
      ...this.baseCall(),
      type: Call.Type.SUBSCRIBE,
      subscribe: {
        unacknowledged_tasks: [...this.pendingTasks.values()],
        unacknowledged_updates: [...this.pendingUpdates.values()].map((status) => ({ status })),
      },
    });
  }

  /** Sends the updates made after `included` was sent with SUBSCRIBE (they would wait for the next one). */
  private flushQueuedUpdates(included: ReadonlySet<string>): void {
    for (const [key, status] of this.pendingUpdates) {
      if (included.has(key)) continue;
      this.send('UPDATE', { type: Call.Type.UPDATE, update: { status } }).catch((err: unknown) => {
        this.log.warn('queued update not delivered, it will be resent on SUBSCRIBE', {
          taskId: status.task_id.value,
          error: err instanceof Error ? err.message : String(err),
        });
      });
    }
  }

  private async run(): Promise<void> {
    const env = this.environment;
    const backoff = env.checkpoint
      ? new Backoff({ initialMs: Math.min(this.options.firstRetryMs ?? DEFAULT_FIRST_RETRY_MS, env.subscriptionBackoffMaxMs), maxMs: env.subscriptionBackoffMaxMs })
      : undefined;
    let lostAt: number | undefined;
    while (!this.isClosed()) {
      this.stateValue = 'subscribing';
      let subscribed = false;
      let reason: Error;
      const included = new Set(this.pendingUpdates.keys());
      try {
        reason = await runSubscription({
          transport: this.transport,
          codec: this.codec,
          body: this.codec.encode(Call, this.subscribeCall()),
          eventClass: Event,
          signal: this.lifetime.signal,
          maxRecordBytes: this.options.maxRecordBytes,
          onDropHandle: (drop) => {
            this.dropCurrent = drop;
          },
          onEvent: (event) => {
            if (event.type === Event.Type.SUBSCRIBED) {
              subscribed = true;
              lostAt = undefined;
              backoff?.reset();
            }
            this.deliver(event);
            if (event.type === Event.Type.SUBSCRIBED) this.flushQueuedUpdates(included);
          },
        });
      } catch (err) {
        if (this.isClosed()) break;
        if (isFatal(err)) {
          this.fail(err as Error);
          return;
        }
        reason = err instanceof Error ? err : new Error(String(err));
      } finally {
        this.dropCurrent = undefined;
      }
      if (this.isClosed()) break;
      this.stateValue = 'subscribing';
      if (this.shutdownReceived) {
        this.log.info('agent closed the stream after SHUTDOWN');
        break;
      }
      if (!env.checkpoint || !backoff) {
        this.fail(new MesosAgentDisconnectedError(reason));
        return;
      }
      const now = Date.now();
      lostAt ??= now;
      const remaining = env.recoveryTimeoutMs - (now - lostAt);
      if (remaining <= 0) {
        this.fail(new MesosAgentRecoveryTimeoutError(env.recoveryTimeoutMs, reason));
        return;
      }
      const delay = Math.min(backoff.next(), remaining);
      this.log.warn('lost the agent, re-subscribing', { reason: reason.message, retryInMs: delay });
      if (subscribed) this.queue.push({ type: 'DISCONNECTED', reason, retryInMs: delay });
      try {
        await sleep(delay, this.lifetime.signal);
      } catch {
        break;
      }
    }
    this.stateValue = 'closed';
    this.transport.close();
    this.queue.end();
  }

  private fail(err: Error): void {
    this.log.warn('executor session stopped', { error: err.message });
    this.stateValue = 'closed';
    this.lifetime.abort();
    this.transport.close();
    this.queue.fail(err);
  }

  private deliver(event: ExecutorEventMessage): void {
    const T = Event.Type;
    switch (event.type) {
      case T.SUBSCRIBED: {
        const s = event.subscribed;
        if (!s) throw new MesosHttpError('SUBSCRIBED event without its payload', 200, this.transport.url);
        this.stateValue = 'subscribed';
        this.queue.push({
          type: 'SUBSCRIBED',
          executorInfo: s.executor_info as Extract<ExecutorEvent, { type: 'SUBSCRIBED' }>['executorInfo'],
          frameworkInfo: s.framework_info as Extract<ExecutorEvent, { type: 'SUBSCRIBED' }>['frameworkInfo'],
          agentInfo: s.agent_info as Extract<ExecutorEvent, { type: 'SUBSCRIBED' }>['agentInfo'],
          containerId: (s.container_id as Extract<ExecutorEvent, { type: 'SUBSCRIBED' }>['containerId'] | null | undefined) ?? undefined,
          resubscribed: this.everSubscribed,
        });
        this.everSubscribed = true;
        return;
      }
      case T.LAUNCH: {
        const task = event.launch?.task as TaskInfo | undefined;
        if (!task) return;
        this.pendingTasks.set(task.task_id.value, task);
        this.queue.push({ type: 'LAUNCH', task });
        return;
      }
      case T.LAUNCH_GROUP: {
        const group = event.launch_group?.task_group as Extract<ExecutorEvent, { type: 'LAUNCH_GROUP' }>['taskGroup'] | undefined;
        if (!group) return;
        for (const task of (group.tasks ?? []) as TaskInfo[]) this.pendingTasks.set(task.task_id.value, task);
        this.queue.push({ type: 'LAUNCH_GROUP', taskGroup: group });
        return;
      }
      case T.KILL: {
        const kill = event.kill;
        if (!kill) return;
        this.queue.push({
          type: 'KILL',
          taskId: kill.task_id as Extract<ExecutorEvent, { type: 'KILL' }>['taskId'],
          killPolicy: (kill.kill_policy as Extract<ExecutorEvent, { type: 'KILL' }>['killPolicy'] | null | undefined) ?? undefined,
        });
        return;
      }
      case T.ACKNOWLEDGED: {
        const ack = event.acknowledged;
        if (!ack) return;
        this.pendingUpdates.delete(Buffer.from(ack.uuid).toString('hex'));
        this.pendingTasks.delete(ack.task_id.value);
        this.queue.push({
          type: 'ACKNOWLEDGED',
          taskId: ack.task_id as Extract<ExecutorEvent, { type: 'ACKNOWLEDGED' }>['taskId'],
          uuid: ack.uuid,
        });
        return;
      }
      case T.MESSAGE:
        this.queue.push({ type: 'MESSAGE', data: event.message?.data ?? new Uint8Array(0) });
        return;
      case T.ERROR:
        this.log.warn('agent reported an error', { message: event.error?.message });
        this.queue.push({ type: 'ERROR', message: event.error?.message ?? '(no message)' });
        return;
      case T.SHUTDOWN:
        this.shutdownReceived = true;
        this.queue.push({ type: 'SHUTDOWN' });
        return;
      case T.HEARTBEAT:
        this.queue.push({ type: 'HEARTBEAT' });
        return;
      case T.UNKNOWN:
      default:
        this.log.warn('ignoring unknown agent event', { type: event.type });
    }
  }
}

function isFatal(err: unknown): boolean {
  return (
    err instanceof MesosBadRequestError ||
    err instanceof MesosUnauthorizedError ||
    err instanceof MesosForbiddenError ||
    err instanceof MesosNotAcceptableError ||
    err instanceof MesosUnsupportedMediaTypeError ||
    (err instanceof MesosHttpError && err.status === 405)
  );
}
