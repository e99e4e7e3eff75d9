import { ExecutorEnvironmentError, readExecutorEnvironment } from '../../src/executor/environment';

const BASE = {
  MESOS_FRAMEWORK_ID: 'fw-0001',
  MESOS_EXECUTOR_ID: 'cassandra-node-0',
  MESOS_AGENT_ENDPOINT: '10.0.0.5:5051',
  MESOS_DIRECTORY: '/var/lib/mesos/slaves/S0/frameworks/F/executors/E/runs/R',
  MESOS_SANDBOX: '/mnt/mesos/sandbox',
  MESOS_CHECKPOINT: '0',
  MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD: '5secs',
  MESOS_SLAVE_ID: 'S0',
};

const problemsOf = (env: Record<string, string | undefined>) => {
  try {
    readExecutorEnvironment(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ExecutorEnvironmentError);
    return (err as ExecutorEnvironmentError).problems;
  }
  throw new Error('expected an ExecutorEnvironmentError');
};

describe('readExecutorEnvironment', () => {
  it('reads a non-checkpointing executor environment', () => {
    expect(readExecutorEnvironment(BASE)).toEqual({
      frameworkId: 'fw-0001',
      executorId: 'cassandra-node-0',
      agentEndpoint: '10.0.0.5:5051',
      agentId: 'S0',
      directory: BASE.MESOS_DIRECTORY,
      sandbox: '/mnt/mesos/sandbox',
      checkpoint: false,
      shutdownGracePeriodMs: 5000,
      authenticationToken: undefined,
      sslEnabled: false,
    });
  });

  it('reads the recovery settings only when checkpointing', () => {
    const env = readExecutorEnvironment({
      ...BASE,
      MESOS_CHECKPOINT: '1',
      MESOS_RECOVERY_TIMEOUT: '15mins',
      MESOS_SUBSCRIPTION_BACKOFF_MAX: '2secs',
      MESOS_EXECUTOR_AUTHENTICATION_TOKEN: 'jwt.token.here',
      LIBPROCESS_SSL_ENABLED: 'true',
      MESOS_AGENT_ENDPOINT: '[::1]:5051',
    });
    expect(env).toMatchObject({
      checkpoint: true,
      recoveryTimeoutMs: 900_000,
      subscriptionBackoffMaxMs: 2000,
      authenticationToken: 'jwt.token.here',
      sslEnabled: true,
      agentEndpoint: '[::1]:5051',
    });
    // not checkpointing: the recovery variables are not needed, even if malformed
    expect(readExecutorEnvironment({ ...BASE, MESOS_RECOVERY_TIMEOUT: 'soon' }).checkpoint).toBe(false);
  });

  it('names every missing variable', () => {
    const problems = problemsOf({ MESOS_CHECKPOINT: '1' });
    expect(problems.map((p) => p.variable)).toEqual([
      'MESOS_FRAMEWORK_ID',
      'MESOS_EXECUTOR_ID',
      'MESOS_AGENT_ENDPOINT',
      'MESOS_DIRECTORY',
      'MESOS_SANDBOX',
      'MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD',
      'MESOS_RECOVERY_TIMEOUT',
      'MESOS_SUBSCRIPTION_BACKOFF_MAX',
    ]);
    expect(problems[0]?.message).toMatch(/is not set/);
  });

  it('names malformed variables and says why', () => {
    const problems = problemsOf({
      ...BASE,
      MESOS_CHECKPOINT: 'true',
      MESOS_AGENT_ENDPOINT: 'http://10.0.0.5:5051',
      MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD: '5s',
    });
    expect(problems.map((p) => p.variable)).toEqual(['MESOS_AGENT_ENDPOINT', 'MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD', 'MESOS_CHECKPOINT']);
    expect(problems[0]?.message).toContain("'http://10.0.0.5:5051' is not <ip>:<port>");
    expect(problems[1]?.message).toContain("'5s' is not a duration");
    expect(problems[2]?.message).toContain('\'true\' is not "1" or "0"');
    const err = new ExecutorEnvironmentError(problems);
    expect(err.message).toMatch(/^invalid executor environment: MESOS_AGENT_ENDPOINT: .*; MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD: /);
    expect(err.variables).toEqual(['MESOS_AGENT_ENDPOINT', 'MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD', 'MESOS_CHECKPOINT']);
  });

  it('rejects a malformed recovery timeout and a port out of range when checkpointing', () => {
    const problems = problemsOf({
      ...BASE,
      MESOS_CHECKPOINT: '1',
      MESOS_RECOVERY_TIMEOUT: '15 minutes',
      MESOS_SUBSCRIPTION_BACKOFF_MAX: '2secs',
      MESOS_AGENT_ENDPOINT: '10.0.0.5:70000',
    });
    expect(problems.map((p) => p.variable)).toEqual(['MESOS_AGENT_ENDPOINT', 'MESOS_RECOVERY_TIMEOUT']);
  });
});
