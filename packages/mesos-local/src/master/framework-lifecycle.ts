// SUBSCRIBE, failover, disconnection, the failover timer, TEARDOWN and UPDATE_FRAMEWORK (§1.5, §4.1).
import type { MasterContext } from './context';
import { Framework } from './framework';
import { validateFrameworkInfo, validateFrameworkUpdate, validateSuppressedRoles } from './framework-validation';
import { resendOperationUpdates } from './operation-feedback';
import type { EventStream } from './stream';
import { EventType, v1, type Call } from './types';
import type { FrameworkInfo } from '../contracts';

function refuse(stream: EventStream, message: string): void {
  stream.send({ type: EventType.ERROR, error: { message } });
  stream.close();
}

/** Tells every registered agent about the (re)subscription: they resend pending updates at once. */
export function broadcastFramework(ctx: MasterContext, fw: Framework): void {
  for (const agent of ctx.agents.values()) if (agent.state === 'registered') agent.port?.frameworkSubscribed(fw.info);
}

function discardOffers(ctx: MasterContext, fw: Framework, rescind: boolean, roles?: string[]): void {
  for (const offer of ctx.offers.ofFramework(fw.id)) {
    if (!roles || roles.includes(offer.role)) ctx.removeOffer(offer.id, rescind);
  }
}

export function subscribe(ctx: MasterContext, call: Call, stream: EventStream): Framework | undefined {
  const requested = new v1.FrameworkInfo(call.subscribe?.framework_info ?? { user: '', name: '' });
  const problem = validateFrameworkInfo(requested, ctx.config.rootSubmissions)
    ?? validateSuppressedRoles(requested, call.subscribe?.suppressed_roles ?? []);
  if (problem) {
    refuse(stream, problem);
    return undefined;
  }
  const now = ctx.clock.now();
  let fw: Framework;
  const id = requested.id?.value;
  if (id) {
    if (ctx.isCompleted(id)) {
      refuse(stream, 'Framework has been removed');
      return undefined;
    }
    const known = ctx.frameworks.get(id);
    if (!known) {
      fw = new Framework(id, requested, now); // a framework this master never saw: recovered
      ctx.frameworks.set(id, fw);
    } else if (known.recovered) {
      fw = known;
      fw.info = requested;
      fw.recovered = false;
      fw.reregisteredTimeMs = now;
    } else {
      fw = known;
      const next = new v1.FrameworkInfo({ ...requested, user: known.info.user, checkpoint: known.info.checkpoint });
      const err = validateFrameworkUpdate(known.info, next);
      if (err) {
        refuse(stream, err);
        return undefined;
      }
      fw.info = next;
      fw.reregisteredTimeMs = now;
    }
  } else {
    const newId = ctx.ids.framework();
    fw = new Framework(newId, new v1.FrameworkInfo({ ...requested, id: { value: newId } }), now);
    ctx.frameworks.set(newId, fw);
  }
  const old = fw.stream;
  fw.stream = stream;
  if (old && !old.closed) refuse(old, 'Framework failed over');
  fw.failoverTimer?.cancel();
  fw.failoverTimer = undefined;
  fw.unregisteredTimeMs = undefined;
  discardOffers(ctx, fw, false);
  fw.suppressedRoles = new Set(call.subscribe?.suppressed_roles ?? []);
  stream.onClose(() => disconnected(ctx, fw, stream));
  stream.send({
    type: EventType.SUBSCRIBED,
    subscribed: { framework_id: { value: fw.id }, heartbeat_interval_seconds: ctx.config.heartbeatIntervalSeconds, master_info: ctx.masterInfo() },
  });
  stream.startHeartbeats(ctx.config.heartbeatIntervalSeconds * 1000);
  ctx.log.info({ frameworkId: fw.id, streamId: stream.id }, 'framework subscribed');
  broadcastFramework(ctx, fw);
  resendOperationUpdates(ctx, fw);
  return fw;
}

/** The subscription stream closed: deactivate, drop offers, start the failover timer. */
export function disconnected(ctx: MasterContext, fw: Framework, stream: EventStream): void {
  if (fw.stream !== stream || !ctx.frameworks.has(fw.id)) return; // an old stream, or already removed
  fw.stream = undefined;
  fw.unregisteredTimeMs = ctx.clock.now();
  discardOffers(ctx, fw, true);
  const ms = Math.max(0, fw.info.failover_timeout * 1000);
  ctx.log.info({ frameworkId: fw.id, failoverTimeoutMs: ms }, 'framework disconnected');
  fw.failoverTimer = ctx.clock.setTimeout(() => {
    if (!fw.connected) removeFramework(ctx, fw, 'failover timeout expired');
  }, ms);
}

/** Removes a framework for good: its executors and tasks are shut down, its ID is remembered as completed. */
export function removeFramework(ctx: MasterContext, fw: Framework, why: string): void {
  if (!ctx.frameworks.has(fw.id)) return;
  ctx.log.info({ frameworkId: fw.id, why }, 'removing framework');
  ctx.frameworks.delete(fw.id);
  fw.failoverTimer?.cancel();
  discardOffers(ctx, fw, false);
  ctx.filters.clear(fw.id);
  for (const agent of ctx.agents.values()) {
    if (agent.state === 'registered' && agent.port) agent.port.shutdownFramework(fw.id);
    else agent.frameworksToShutdown.add(fw.id);
  }
  const stream = fw.stream;
  fw.stream = undefined;
  stream?.close();
  const completedTasks = [...fw.completedTasks, ...fw.tasks.keys()];
  ctx.completedFrameworks.push({ id: fw.id, info: fw.info, removedTimeMs: ctx.clock.now(), completedTasks });
  const excess = ctx.completedFrameworks.length - ctx.config.maxCompletedFrameworks;
  if (excess > 0) ctx.completedFrameworks.splice(0, excess);
}

export type UpdateResult = { status: 200 } | { status: 400; message: string };

export function updateFramework(ctx: MasterContext, fw: Framework, call: Call): UpdateResult {
  const update = call.update_framework;
  const next = new v1.FrameworkInfo(update?.framework_info ?? { user: '', name: '' });
  const problem = validateFrameworkInfo(next, ctx.config.rootSubmissions)
    ?? validateFrameworkUpdate(fw.info, next)
    ?? validateSuppressedRoles(next, update?.suppressed_roles ?? []);
  if (problem) return { status: 400, message: problem };
  const before = fw.roles;
  fw.info = next;
  const removed = before.filter((r) => !fw.roles.includes(r));
  if (removed.length > 0) discardOffers(ctx, fw, true, removed);
  fw.suppressedRoles = new Set(update?.suppressed_roles ?? []);
  broadcastFramework(ctx, fw);
  return { status: 200 };
}

export type { FrameworkInfo };
