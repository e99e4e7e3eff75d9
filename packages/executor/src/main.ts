#!/usr/bin/env node
// Entry point of the cassandra-mesos executor. The Mesos agent starts it (ExecutorInfo.command) with
// the MESOS_* environment; the scheduler adds CASSANDRA_MESOS_* (see app/runtime-env.ts). Exit codes:
// 0 after SHUTDOWN, 1 when the agent is gone for good, 2 when the environment is unusable.
import { ExecutorEnvironmentError, ExecutorSession, readExecutorEnvironment } from '@cassandra-mesos/mesos';
import { createExecutorLogger, sessionLogger } from './app/logger';
import { ExecutorApp } from './app/executor-app';
import { EXECUTOR_ENVIRONMENT, ExecutorRuntimeError, readExecutorRuntime } from './app/runtime-env';
import { systemClock } from './clock';

const HELP = `cassandra-mesos executor: runs one Cassandra node for the cassandra-mesos scheduler.

It is started by a Mesos agent, never by hand: the agent sets MESOS_FRAMEWORK_ID, MESOS_EXECUTOR_ID,
MESOS_AGENT_ENDPOINT, MESOS_SANDBOX, MESOS_DIRECTORY and MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD.
The scheduler sets (defaults: found in the sandbox when Mesos fetched them there):
  ${EXECUTOR_ENVIRONMENT.javaHome}   JDK 17 home (default JAVA_HOME)
  ${EXECUTOR_ENVIRONMENT.cassandraHome}   Cassandra home with lib/cassandra-all-*.jar
  ${EXECUTOR_ENVIRONMENT.jolokiaJar}   Jolokia JVM agent jar (…-javaagent.jar)
  ${EXECUTOR_ENVIRONMENT.extraJvmArgs}   extra JVM flags for Cassandra, space separated
  ${EXECUTOR_ENVIRONMENT.logLevel}   trace|debug|info|warn|error (default info)
Logs: JSON lines on stderr (the sandbox's stderr file); Cassandra's own logs in cassandra/logs/.`;

async function main(): Promise<number> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  let environment;
  let runtime;
  try {
    environment = readExecutorEnvironment(process.env);
    runtime = readExecutorRuntime(process.env, environment.sandbox);
  } catch (err) {
    if (err instanceof ExecutorEnvironmentError || err instanceof ExecutorRuntimeError) {
      process.stderr.write(`${JSON.stringify({ level: 'fatal', component: 'executor', msg: err.message })}\n`);
      return 2;
    }
    throw err;
  }
  const log = createExecutorLogger({ level: runtime.logLevel, executorId: environment.executorId, frameworkId: environment.frameworkId });
  log.info({ sandbox: environment.sandbox, javaHome: runtime.javaHome, cassandraHome: runtime.cassandraHome, checkpoint: environment.checkpoint }, 'executor starting');
  const session = new ExecutorSession({ environment, logger: sessionLogger(log) });
  const app = new ExecutorApp({ session, runtime, log, clock: systemClock });
  // SIGTERM from the agent (or an operator): stop Cassandra cleanly, like SHUTDOWN.
  process.once('SIGTERM', () => void session.close());
  try {
    await app.run();
    log.info('executor stopped');
    return 0;
  } catch (err) {
    log.fatal({ error: err instanceof Error ? err.message : String(err) }, 'executor stopped: the agent is gone');
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${JSON.stringify({ level: 'fatal', component: 'executor', msg: String(err instanceof Error ? err.stack : err) })}\n`);
    process.exit(1);
  },
);
