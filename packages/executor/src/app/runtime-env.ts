// What the executor needs besides the Mesos environment: where Java, Cassandra and the Jolokia agent
// are on this agent. The scheduler sets these in ExecutorInfo.command.environment; when it fetched the
// artifacts into the sandbox instead, the defaults find them there.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

export interface ExecutorRuntime {
  /** JDK 17 home (bin/java). */
  readonly javaHome: string;
  /** Cassandra home; its lib/ holds cassandra-all and every dependency. */
  readonly cassandraHome: string;
  readonly cassandraLibDir: string;
  readonly jammJar: string;
  readonly jolokiaAgentJar: string;
  /** Extra JVM flags put before the rendered ones (e.g. faster start in development). */
  readonly extraJvmArgs: readonly string[];
  readonly logLevel: string;
}

export const EXECUTOR_ENVIRONMENT = {
  javaHome: 'CASSANDRA_MESOS_JAVA_HOME',
  cassandraHome: 'CASSANDRA_MESOS_CASSANDRA_HOME',
  jolokiaJar: 'CASSANDRA_MESOS_JOLOKIA_JAR',
  extraJvmArgs: 'CASSANDRA_MESOS_JVM_EXTRA_ARGS',
  logLevel: 'CASSANDRA_MESOS_EXECUTOR_LOG_LEVEL',
} as const;

const LOG_LEVELS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);

export class ExecutorRuntimeError extends Error {
  readonly code = 'EXECUTOR_RUNTIME_INVALID';
  constructor(readonly problems: readonly string[]) {
    super(`the executor cannot run Cassandra on this agent:\n- ${problems.join('\n- ')}`);
    this.name = 'ExecutorRuntimeError';
  }
}

/** Reads and checks the runtime; throws ExecutorRuntimeError listing every problem. */
export function readExecutorRuntime(env: Record<string, string | undefined>, sandbox: string): ExecutorRuntime {
  const problems: string[] = [];
  const dir = (variable: string, fallback: string | undefined, what: string, mustContain: string): string => {
    const value = env[variable] || fallback;
    if (!value) {
      problems.push(`${variable} is not set and no ${what} was fetched into the sandbox: set it to the ${what} directory`);
      return '';
    }
    const path = isAbsolute(value) ? value : join(sandbox, value);
    if (!existsSync(join(path, mustContain))) problems.push(`${variable}=${path} is not a ${what}: ${join(path, mustContain)} does not exist`);
    return path;
  };

  const javaHome = dir(EXECUTOR_ENVIRONMENT.javaHome, env['JAVA_HOME'] || findInSandbox(sandbox, /^(jdk|java|openjdk)/, 'bin/java'), 'JDK 17 home', 'bin/java');
  const cassandraHome = dir(EXECUTOR_ENVIRONMENT.cassandraHome, findInSandbox(sandbox, /^(apache-)?cassandra/, 'lib'), 'Cassandra home', 'lib');
  const cassandraLibDir = cassandraHome ? join(cassandraHome, 'lib') : '';
  let jammJar = '';
  if (cassandraLibDir && existsSync(cassandraLibDir)) {
    const jars = readdirSync(cassandraLibDir);
    const jamm = jars.find((f) => /^jamm-.*\.jar$/.test(f));
    if (!jars.some((f) => /^cassandra-all-.*\.jar$/.test(f))) problems.push(`${cassandraLibDir} has no cassandra-all-<version>.jar: it is not a Cassandra distribution`);
    if (jamm) jammJar = join(cassandraLibDir, jamm);
    else problems.push(`${cassandraLibDir} has no jamm-<version>.jar (Cassandra needs it as a -javaagent)`);
  }

  const jolokiaValue = env[EXECUTOR_ENVIRONMENT.jolokiaJar] || findJolokiaJar(sandbox);
  let jolokiaAgentJar = '';
  if (!jolokiaValue) problems.push(`${EXECUTOR_ENVIRONMENT.jolokiaJar} is not set and no jolokia-agent-jvm-*-javaagent.jar is in the sandbox: set it to the Jolokia JVM agent jar`);
  else {
    jolokiaAgentJar = isAbsolute(jolokiaValue) ? jolokiaValue : join(sandbox, jolokiaValue);
    if (!existsSync(jolokiaAgentJar)) problems.push(`${EXECUTOR_ENVIRONMENT.jolokiaJar}=${jolokiaAgentJar} does not exist`);
  }

  const logLevel = env[EXECUTOR_ENVIRONMENT.logLevel] || 'info';
  if (!LOG_LEVELS.has(logLevel)) problems.push(`${EXECUTOR_ENVIRONMENT.logLevel}=${logLevel} is not one of ${[...LOG_LEVELS].join(', ')}`);
  const extraJvmArgs = (env[EXECUTOR_ENVIRONMENT.extraJvmArgs] ?? '').split(/\s+/).filter((a) => a !== '');
  const badFlag = extraJvmArgs.find((a) => !a.startsWith('-'));
  if (badFlag !== undefined) problems.push(`${EXECUTOR_ENVIRONMENT.extraJvmArgs} may only hold JVM flags (each starting with '-'); '${badFlag}' is not one`);

  if (problems.length > 0) throw new ExecutorRuntimeError(problems);
  return { javaHome, cassandraHome, cassandraLibDir, jammJar, jolokiaAgentJar, extraJvmArgs, logLevel };
}

function findInSandbox(sandbox: string, name: RegExp, mustContain: string): string | undefined {
  if (!existsSync(sandbox)) return undefined;
  return readdirSync(sandbox)
    .filter((f) => name.test(f) && isDirectory(join(sandbox, f)) && existsSync(join(sandbox, f, mustContain)))
    .map((f) => join(sandbox, f))[0];
}

function findJolokiaJar(sandbox: string): string | undefined {
  if (!existsSync(sandbox)) return undefined;
  const jar = readdirSync(sandbox).find((f) => /^jolokia-agent-jvm-.*-javaagent\.jar$/.test(f));
  return jar ? join(sandbox, jar) : undefined;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
