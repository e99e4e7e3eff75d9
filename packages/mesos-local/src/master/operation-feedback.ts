// UPDATE_OPERATION_STATUS for resource operations that carry an `id` (§4.3): OPERATION_FINISHED with
// a uuid that must be acknowledged, OPERATION_ERROR (no uuid) when the operation was dropped.
import type { MasterContext } from './context';
import type { Framework } from './framework';
import { uuidBytes, uuidKey } from './ids';
import { formatForFramework } from './resource-format';
import { EventType, OperationState, type OperationProps, type OperationStatusProps, type ResourceProps } from './types';

export function operationFinished(ctx: MasterContext, fw: Framework, op: OperationProps, agentId: string, role: string, produced: ResourceProps[]): void {
  const id = op.id?.value;
  if (!id) return;
  const uuid = uuidBytes();
  const status: OperationStatusProps = {
    operation_id: { value: id },
    state: OperationState.OPERATION_FINISHED,
    converted_resources: produced.map((r) => formatForFramework(r, role, fw.caps)),
    uuid: { value: uuid },
    agent_id: { value: agentId },
  };
  fw.operations.set(id, { ...status, uuid: undefined });
  fw.pendingOperationUpdates.set(uuidKey(uuid), status);
  ctx.send(fw, { type: EventType.UPDATE_OPERATION_STATUS, update_operation_status: { status } });
}

export function operationError(ctx: MasterContext, fw: Framework, op: OperationProps, agentId: string | undefined, message: string): void {
  const id = op.id?.value;
  if (!id) return;
  const status: OperationStatusProps = { operation_id: { value: id }, state: OperationState.OPERATION_ERROR, message };
  if (agentId) status.agent_id = { value: agentId };
  fw.operations.set(id, status);
  ctx.send(fw, { type: EventType.UPDATE_OPERATION_STATUS, update_operation_status: { status } });
}

/** Resends unacknowledged operation updates (after a resubscription). */
export function resendOperationUpdates(ctx: MasterContext, fw: Framework): void {
  for (const status of fw.pendingOperationUpdates.values()) {
    ctx.send(fw, { type: EventType.UPDATE_OPERATION_STATUS, update_operation_status: { status } });
  }
}

/** RECONCILE_OPERATIONS: the latest status of each listed operation (all when none listed), without uuid. */
export function reconcileOperations(ctx: MasterContext, fw: Framework, ids: string[]): void {
  const wanted = ids.length > 0 ? ids : [...fw.operations.keys()];
  for (const id of wanted) {
    const known = fw.operations.get(id);
    const status: OperationStatusProps = known ?? { operation_id: { value: id }, state: OperationState.OPERATION_UNKNOWN };
    ctx.send(fw, { type: EventType.UPDATE_OPERATION_STATUS, update_operation_status: { status: { ...status, uuid: undefined } } });
  }
}
