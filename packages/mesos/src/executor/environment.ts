// The environment a Mesos agent gives an executor (reference §3.2), read into a typed config.
import { DurationFormatError, parseDuration } from '../util/duration';

interface CommonEnvironment {
  frameworkId: string;
  executorId: string;
  /** "ip:port" of the agent (MESOS_AGENT_ENDPOINT). */
  agentEndpoint: string;
  /** MESOS_SLAVE_ID, when the agent set it. */
  agentId: string | undefined;
  /** Sandbox path on the host (MESOS_DIRECTORY). */
  directory: string;
  /** Sandbox path inside the container (MESOS_SANDBOX). */
  sandbox: string;
  /** MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD, in ms. */
  shutdownGracePeriodMs: number;
  /** MESOS_EXECUTOR_AUTHENTICATION_TOKEN (sent as a Bearer token), when executor auth is on. */
  authenticationToken: string | undefined;
  /** LIBPROCESS_SSL_ENABLED: the agent speaks https. */
  sslEnabled: boolean;
}

export type ExecutorEnvironment =
  | (CommonEnvironment & { checkpoint: false })
  | (CommonEnvironment & {
      checkpoint: true;
      /** MESOS_RECOVERY_TIMEOUT, ms: how long to keep trying to resubscribe after the agent went away. */
      recoveryTimeoutMs: number;
      /** MESOS_SUBSCRIPTION_BACKOFF_MAX, ms: the longest wait between two SUBSCRIBE attempts. */
      subscriptionBackoffMaxMs: number;
    });

export interface EnvironmentProblem {
  variable: string;
  message: string;
}

export class ExecutorEnvironmentError extends Error {
  readonly code = 'EXECUTOR_ENVIRONMENT_INVALID';
  constructor(readonly problems: EnvironmentProblem[]) {
    super(`invalid executor environment: ${problems.map((p) => `${p.variable}: ${p.message}`).join('; ')}`);
    this.name = 'ExecutorEnvironmentError';
  }

  /** The variables that are missing or malformed. */
  get variables(): string[] {
    return this.problems.map((p) => p.variable);
  }
}

/** Reads and validates the executor's environment; throws ExecutorEnvironmentError listing every problem. */
export function readExecutorEnvironment(env: Record<string, string | undefined> = process.env): ExecutorEnvironment {
  const problems: EnvironmentProblem[] = [];
  const required = (variable: string): string => {
    const value = env[variable];
    if (value === undefined || value.trim() === '') {
      problems.push({ variable, message: 'is not set (the Mesos agent sets it for every executor)' });
      return '';
    }
    return value;
  };
  const duration = (variable: string): number => {
    const value = required(variable);
    if (value === '') return 0;
    try {
      return parseDuration(value);
    } catch (err) {
      problems.push({ variable, message: err instanceof DurationFormatError ? err.message : String(err) });
      return 0;
    }
  };

  const frameworkId = required('MESOS_FRAMEWORK_ID');
  const executorId = required('MESOS_EXECUTOR_ID');
  const agentEndpoint = required('MESOS_AGENT_ENDPOINT');
  if (agentEndpoint !== '' && !isHostPort(agentEndpoint)) {
    problems.push({ variable: 'MESOS_AGENT_ENDPOINT', message: `'${agentEndpoint}' is not <ip>:<port> (e.g. 10.0.0.5:5051)` });
  }
  const directory = required('MESOS_DIRECTORY');
  const sandbox = required('MESOS_SANDBOX');
  const shutdownGracePeriodMs = duration('MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD');
  const checkpointText = env['MESOS_CHECKPOINT'];
  let checkpoint = false;
  if (checkpointText === '1') checkpoint = true;
  else if (checkpointText !== undefined && checkpointText !== '0' && checkpointText !== '') {
    problems.push({ variable: 'MESOS_CHECKPOINT', message: `'${checkpointText}' is not "1" or "0"` });
  }
  const recoveryTimeoutMs = checkpoint ? duration('MESOS_RECOVERY_TIMEOUT') : 0;
  const subscriptionBackoffMaxMs = checkpoint ? duration('MESOS_SUBSCRIPTION_BACKOFF_MAX') : 0;
  const token = env['MESOS_EXECUTOR_AUTHENTICATION_TOKEN'];
  const ssl = (env['LIBPROCESS_SSL_ENABLED'] ?? env['SSL_ENABLED'] ?? '').toLowerCase();

  if (problems.length > 0) throw new ExecutorEnvironmentError(problems);
  const common: CommonEnvironment = {
    frameworkId,
    executorId,
    agentEndpoint,
    agentId: env['MESOS_SLAVE_ID'] || undefined,
    directory,
    sandbox,
    shutdownGracePeriodMs,
    authenticationToken: token || undefined,
    sslEnabled: ssl === 'true' || ssl === '1',
  };
  return checkpoint ? { ...common, checkpoint, recoveryTimeoutMs, subscriptionBackoffMaxMs } : { ...common, checkpoint };
}

function isHostPort(text: string): boolean {
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:\s/[\]]+):([0-9]{1,5})$/.exec(text);
  if (!match) return false;
  const port = Number(match[2]);
  return port > 0 && port < 65536;
}
