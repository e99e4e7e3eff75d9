// Restart-in-place backoff: a node whose Cassandra keeps dying is relaunched after 10s, 20s, 40s, ...
// up to a cap, so a crash loop does not hammer the agent; a launch Mesos or the executor rejected as
// invalid (TASK_ERROR) is not retried with the same config at all.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { formatMs } from './node-facts';
import type { CoreSettings, NodeRecord } from './types';

export interface LaunchFailure {
  readonly description: string;
  readonly invalidTask: boolean;
  readonly configId: string;
}

export function backoffAfterFailure(
  node: NodeRecord,
  failure: LaunchFailure,
  nowMs: number,
  settings: CoreSettings,
): cassandra_mesos.v1.RestartBackoff {
  const failures = (node.backoff?.consecutiveFailures ?? 0) + 1;
  const delay = Math.min(settings.restartBackoffMaxMs, settings.restartBackoffInitialMs * 2 ** Math.min(failures - 1, 30));
  return cassandra_mesos.v1.RestartBackoff.create({
    consecutiveFailures: failures,
    notBeforeMs: nowMs + delay,
    lastFailure: failure.description,
    lastFailureAtMs: nowMs,
    taskInvalid: failure.invalidTask,
    failedConfigId: failure.configId,
  });
}

export type BackoffVerdict =
  | { readonly blocked: false }
  | { readonly blocked: true; readonly invalid: boolean; readonly untilMs: number; readonly message: string };

/**
 * Whether the node's backoff holds its next launch now. An operator's restart of the step (requested
 * after the failure) lifts it; an invalid launch stays blocked until the target config changes.
 */
export function backoffVerdict(node: NodeRecord, targetId: string, nowMs: number, restartRequestedAtMs: number): BackoffVerdict {
  const b = node.backoff;
  if (!b || (b.consecutiveFailures ?? 0) === 0) return { blocked: false };
  const lastFailureAtMs = Number(b.lastFailureAtMs ?? 0);
  if (restartRequestedAtMs > lastFailureAtMs) return { blocked: false };
  if (b.taskInvalid && b.failedConfigId === targetId) {
    return {
      blocked: true,
      invalid: true,
      untilMs: Number.POSITIVE_INFINITY,
      message: `the last launch was rejected as invalid (${b.lastFailure}); it is not retried with config ${targetId}: fix the configuration, or restart this step to try again`,
    };
  }
  const until = Number(b.notBeforeMs ?? 0);
  if (until <= nowMs) return { blocked: false };
  return {
    blocked: true,
    invalid: false,
    untilMs: until,
    message: `restarting in ${formatMs(until - nowMs)} after ${b.consecutiveFailures} consecutive failure(s); last: ${b.lastFailure}`,
  };
}
