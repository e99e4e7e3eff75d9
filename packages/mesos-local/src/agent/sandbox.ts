// Sandbox layout and the environment an executor is started with (Mesos: executorEnvironment(), §3.2).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExecutorInfo, FrameworkInfo } from '../contracts';
import { durationInfoMs, formatDurationMs } from './duration';

export function sandboxPath(
  workDir: string,
  agentId: string,
  frameworkId: string,
  executorId: string,
  containerId: string,
): string {
  return join(
    workDir,
    'slaves',
    agentId,
    'frameworks',
    frameworkId,
    'executors',
    executorId,
    'runs',
    containerId,
  );
}

export async function createSandbox(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: 0o755 });
}

export interface EnvironmentInputs {
  agentId: string;
  endpoint: string; // ip:port
  frameworkId: string;
  framework: FrameworkInfo;
  executor: ExecutorInfo;
  sandbox: string;
  shutdownGraceMs: number;
  recoveryTimeoutMs: number;
  subscriptionBackoffMaxMs: number;
  /** Set for the command tasks the built-in command executor runs. */
  allocationRole?: string;
}

/** The executor's environment: the agent's own, the MESOS_* variables, then CommandInfo.environment. */
export function executorEnvironment(i: EnvironmentInputs): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  const checkpoint = i.framework.checkpoint === true;
  const grace = durationInfoMs(i.executor.shutdown_grace_period) ?? i.shutdownGraceMs;
  Object.assign(env, {
    MESOS_FRAMEWORK_ID: i.frameworkId,
    MESOS_EXECUTOR_ID: i.executor.executor_id.value,
    MESOS_AGENT_ENDPOINT: i.endpoint,
    MESOS_SLAVE_PID: `slave(1)@${i.endpoint}`,
    MESOS_SLAVE_ID: i.agentId,
    MESOS_DIRECTORY: i.sandbox,
    MESOS_SANDBOX: i.sandbox,
    MESOS_CHECKPOINT: checkpoint ? '1' : '0',
    MESOS_HTTP_COMMAND_EXECUTOR: '0',
    MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD: formatDurationMs(grace),
    LIBPROCESS_PORT: '0',
  });
  if (checkpoint) {
    env.MESOS_RECOVERY_TIMEOUT = formatDurationMs(i.recoveryTimeoutMs);
    env.MESOS_SUBSCRIPTION_BACKOFF_MAX = formatDurationMs(i.subscriptionBackoffMaxMs);
  } else {
    delete env.MESOS_RECOVERY_TIMEOUT;
    delete env.MESOS_SUBSCRIPTION_BACKOFF_MAX;
  }
  if (i.allocationRole !== undefined) env.MESOS_ALLOCATION_ROLE = i.allocationRole;
  for (const v of i.executor.command?.environment?.variables ?? []) {
    // Secrets by reference need a secret resolver module in Mesos; secrets by value are supported.
    const secret = v.secret?.value?.data;
    if (secret) env[v.name] = Buffer.from(secret).toString('utf8');
    else if (v.value !== undefined && v.value !== null) env[v.name] = v.value;
  }
  return env;
}
