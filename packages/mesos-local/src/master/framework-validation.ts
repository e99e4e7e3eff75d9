// FrameworkInfo rules checked on SUBSCRIBE (answered with an ERROR event) and UPDATE_FRAMEWORK
// (answered with 400), per §1.5 / §2.2.
import type { FrameworkInfo } from '../contracts';
import { rolesOf } from './framework';
import { validateId } from './ids';
import { validateRole } from './roles';
import { CapabilityType, has } from './types';

const MAX_FAILOVER_SECONDS = Number.MAX_SAFE_INTEGER / 1e9;

export function validateFrameworkInfo(info: FrameworkInfo, rootSubmissions: boolean): string | undefined {
  const multiRole = info.capabilities.some((c) => c.type === CapabilityType.MULTI_ROLE);
  if (multiRole && has(info, 'role')) return "'FrameworkInfo.role' must not be set when the framework is MULTI_ROLE capable";
  if (!multiRole && info.roles.length > 0) return "'FrameworkInfo.roles' must not be set when the framework is not MULTI_ROLE capable";
  const roles = rolesOf(info);
  if (new Set(roles).size !== roles.length) return "'FrameworkInfo.roles' contains duplicate items";
  for (const role of roles) {
    const err = validateRole(role);
    if (err) return `Invalid role: ${err}`;
  }
  if (info.id) {
    const err = validateId(info.id.value);
    if (err) return `Invalid 'FrameworkInfo.id': ${err}`;
  }
  const ft = info.failover_timeout;
  if (typeof ft !== 'number' || !Number.isFinite(ft) || Math.abs(ft) > MAX_FAILOVER_SECONDS) {
    return `Illegal 'FrameworkInfo.failover_timeout': ${String(ft)} is not a valid duration`;
  }
  if (info.user === 'root' && !rootSubmissions) return 'User "root" is not allowed to run frameworks without --root_submissions set';
  for (const role of Object.keys(info.offer_filters)) {
    if (!roles.includes(role)) return `'FrameworkInfo.offer_filters' contains role '${role}' the framework is not subscribed to`;
  }
  return undefined;
}

export function validateSuppressedRoles(info: FrameworkInfo, suppressed: readonly string[]): string | undefined {
  const roles = rolesOf(info);
  for (const role of suppressed) {
    if (!roles.includes(role)) return `Suppressed role '${role}' is not contained in the list of roles`;
  }
  return undefined;
}

/** What UPDATE_FRAMEWORK (and a resubscription, after copying user/checkpoint) may not change. */
export function validateFrameworkUpdate(old: FrameworkInfo, next: FrameworkInfo): string | undefined {
  if ((old.principal ?? '') !== (next.principal ?? '')) {
    return `Changing framework's principal is not allowed; attempted to change from '${old.principal}' to '${next.principal}'`;
  }
  if (old.user !== next.user) return `Updating 'FrameworkInfo.user' is unsupported; attempted to update from '${old.user}' to '${next.user}'`;
  if (old.checkpoint !== next.checkpoint) {
    return `Updating 'FrameworkInfo.checkpoint' is unsupported; attempted to update from '${String(old.checkpoint)}' to '${String(next.checkpoint)}'`;
  }
  return undefined;
}
