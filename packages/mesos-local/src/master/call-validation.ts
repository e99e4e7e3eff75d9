// validation::scheduler::call::validate (§1.1): the problems that make a call a 400
// "Failed to validate scheduler::Call: <msg>".
import { isValidUuidBytes } from './ids';
import { CallType, has, type Call } from './types';

const SUB_MESSAGE: Partial<Record<number, keyof Call>> = {
  [CallType.ACCEPT]: 'accept',
  [CallType.DECLINE]: 'decline',
  [CallType.ACCEPT_INVERSE_OFFERS]: 'accept_inverse_offers',
  [CallType.DECLINE_INVERSE_OFFERS]: 'decline_inverse_offers',
  [CallType.KILL]: 'kill',
  [CallType.SHUTDOWN]: 'shutdown',
  [CallType.ACKNOWLEDGE]: 'acknowledge',
  [CallType.ACKNOWLEDGE_OPERATION_STATUS]: 'acknowledge_operation_status',
  [CallType.RECONCILE]: 'reconcile',
  [CallType.RECONCILE_OPERATIONS]: 'reconcile_operations',
  [CallType.MESSAGE]: 'message',
  [CallType.REQUEST]: 'request',
  [CallType.UPDATE_FRAMEWORK]: 'update_framework',
};

export function validateCall(call: Call, authenticatedPrincipal: string | undefined): string | undefined {
  if (!has(call, 'type')) return "Expecting 'type' to be present";
  if (call.type === CallType.SUBSCRIBE) {
    if (!call.subscribe) return "Expecting 'subscribe' to be present";
    const infoId = call.subscribe.framework_info?.id?.value;
    if (infoId !== call.framework_id?.value) return "'framework_id' differs from 'subscribe.framework_info.id'";
    const principal = call.subscribe.framework_info?.principal;
    if (authenticatedPrincipal !== undefined && principal && principal !== authenticatedPrincipal) {
      return `Authenticated principal '${authenticatedPrincipal}' does not match principal '${principal}' set in \`FrameworkInfo\``;
    }
    return undefined;
  }
  if (!call.framework_id) return "Expecting 'framework_id' to be present";
  const sub = SUB_MESSAGE[call.type];
  if (sub && !has(call, sub)) return `Expecting '${sub}' to be present`;
  if (call.type === CallType.ACKNOWLEDGE && !isValidUuidBytes(call.acknowledge?.uuid)) {
    return `Invalid UUID: expecting 16 bytes, got ${call.acknowledge?.uuid?.length ?? 0}`;
  }
  if (call.type === CallType.ACKNOWLEDGE_OPERATION_STATUS) {
    if (!isValidUuidBytes(call.acknowledge_operation_status?.uuid)) {
      return `Invalid UUID: expecting 16 bytes, got ${call.acknowledge_operation_status?.uuid?.length ?? 0}`;
    }
    if (!call.acknowledge_operation_status?.agent_id) return "Expecting 'agent_id' to be present";
  }
  if (call.type === CallType.UPDATE_FRAMEWORK && call.update_framework?.framework_info?.id?.value !== call.framework_id.value) {
    return "'framework_id' differs from 'update_framework.framework_info.id'";
  }
  return undefined;
}
