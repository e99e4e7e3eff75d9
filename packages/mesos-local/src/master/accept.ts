// ACCEPT (and DECLINE, an ACCEPT without operations): offer validation, operations in order, and a
// refusal filter over whatever the operations left unused (§1.6, §4.2, §4.3).
import type { MasterContext } from './context';
import { refuseDurationMs } from './filters';
import type { Framework } from './framework';
import { launch, launchGroup, type LaunchScope } from './launch';
import { operationError, operationFinished } from './operation-feedback';
import type { OfferRecord } from './offers';
import { applyResourceOperation, isResourceOperation } from './operations';
import { Resources } from './resources';
import { Reason, TaskState, masterStatus } from './status';
import { OperationType, type Call, type FiltersProps, type OperationProps } from './types';

function validateOffers(ctx: MasterContext, fw: Framework, ids: string[]): string | undefined {
  if (ids.length === 0) return 'No offers specified';
  const seen = new Set<string>();
  let first: OfferRecord | undefined;
  for (const id of ids) {
    if (seen.has(id)) return `Duplicate offer ${id} in offer list`;
    seen.add(id);
    const offer = ctx.offers.get(id);
    if (!offer) return `Offer ${id} is no longer valid`;
    if (offer.frameworkId !== fw.id) return `Offer ${id} has invalid framework ${offer.frameworkId} while framework ${fw.id} is expected`;
    if (!first) first = offer;
    else if (offer.agentId !== first.agentId) {
      return `Aggregated offers must belong to one single agent. Offer ${id} uses agent ${offer.agentId} and offer ${first.id} uses agent ${first.agentId}`;
    }
    else if (offer.role !== first.role) {
      return `Aggregated offers must be allocated to the same role. Offer ${id} uses role ${offer.role} and offer ${first.id} uses role ${first.role}`;
    }
  }
  return undefined;
}

function rejectInvalidOffers(ctx: MasterContext, fw: Framework, ids: string[], operations: OperationProps[], error: string): void {
  for (const id of ids) {
    const offer = ctx.offers.get(id);
    if (offer && offer.frameworkId === fw.id) ctx.removeOffer(id, false);
  }
  const state = fw.partitionAware ? TaskState.TASK_DROPPED : TaskState.TASK_LOST;
  for (const op of operations) {
    const tasks = op.type === OperationType.LAUNCH ? (op.launch?.task_infos ?? []) : op.type === OperationType.LAUNCH_GROUP ? (op.launch_group?.task_group?.tasks ?? []) : [];
    for (const task of tasks) {
      const status = masterStatus(ctx.clock, {
        taskId: task.task_id?.value ?? '',
        state,
        reason: Reason.REASON_INVALID_OFFERS,
        message: `Task launched with invalid offers: ${error}`,
      });
      ctx.sendUpdate(fw, status);
    }
    if (tasks.length === 0) operationError(ctx, fw, op, undefined, `Operation attempted with invalid offers: ${error}`);
  }
}

export function accept(ctx: MasterContext, fw: Framework, offerIds: string[], operations: OperationProps[], filters: FiltersProps | null | undefined): void {
  const error = validateOffers(ctx, fw, offerIds);
  if (error) {
    ctx.log.info({ frameworkId: fw.id, error }, 'ACCEPT with invalid offers');
    rejectInvalidOffers(ctx, fw, offerIds, operations, error);
    return;
  }
  const offers = offerIds.map((id) => ctx.removeOffer(id, false)).filter((o): o is OfferRecord => o !== undefined);
  const first = offers[0];
  const agent = first ? ctx.agents.get(first.agentId) : undefined;
  if (!first || !agent) return;
  const available = Resources.sum(offers.map((o) => o.resources.toList()));
  const scope: LaunchScope = { master: ctx, fw, agent, role: first.role, pendingExecutors: new Map(), available, seen: new Set() };
  for (const op of operations) {
    if (op.type === OperationType.LAUNCH) launch(scope, op, agent);
    else if (op.type === OperationType.LAUNCH_GROUP) launchGroup(scope, op, agent);
    else if (isResourceOperation(op.type)) {
      const result = applyResourceOperation(fw, agent, first.role, op, available);
      if (result.ok) operationFinished(ctx, fw, op, agent.id, first.role, result.produced);
      else {
        ctx.log.info({ frameworkId: fw.id, error: result.error }, 'dropping invalid operation');
        operationError(ctx, fw, op, agent.id, result.error);
      }
    } else {
      operationError(ctx, fw, op, agent.id, `Unsupported operation ${OperationType[op.type ?? 0] ?? String(op.type)}`);
    }
  }
  const duration = refuseDurationMs(filters, ctx.config.allocationIntervalMs);
  ctx.filters.add(fw.id, first.role, agent.id, available, duration, ctx.clock.now());
}

export function decline(ctx: MasterContext, fw: Framework, call: Call): void {
  for (const { value } of call.decline?.offer_ids ?? []) {
    const offer = ctx.offers.get(value);
    if (!offer || offer.frameworkId !== fw.id) continue; // unknown offers are ignored
    ctx.removeOffer(value, false);
    const duration = refuseDurationMs(call.decline?.filters, ctx.config.allocationIntervalMs);
    ctx.filters.add(fw.id, offer.role, offer.agentId, offer.resources, duration, ctx.clock.now());
  }
}
