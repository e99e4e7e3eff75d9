import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExecutorRuntimeError, readExecutorRuntime } from '../../src/app/runtime-env';

function fakeInstall(): { sandbox: string; javaHome: string; cassandraHome: string; jolokia: string } {
  const root = mkdtempSync(join(tmpdir(), 'runtime-env-'));
  const javaHome = join(root, 'jdk');
  mkdirSync(join(javaHome, 'bin'), { recursive: true });
  writeFileSync(join(javaHome, 'bin', 'java'), '');
  const cassandraHome = join(root, 'cassandra');
  mkdirSync(join(cassandraHome, 'lib'), { recursive: true });
  writeFileSync(join(cassandraHome, 'lib', 'cassandra-all-5.0.9.jar'), '');
  writeFileSync(join(cassandraHome, 'lib', 'jamm-0.4.0.jar'), '');
  const jolokia = join(root, 'jolokia-agent-jvm-2.6.0-javaagent.jar');
  writeFileSync(jolokia, '');
  const sandbox = join(root, 'sandbox');
  mkdirSync(sandbox);
  return { sandbox, javaHome, cassandraHome, jolokia };
}

describe('readExecutorRuntime', () => {
  it('reads the locations the scheduler set, with the jamm agent found in lib/', () => {
    const i = fakeInstall();
    const runtime = readExecutorRuntime(
      { CASSANDRA_MESOS_JAVA_HOME: i.javaHome, CASSANDRA_MESOS_CASSANDRA_HOME: i.cassandraHome, CASSANDRA_MESOS_JOLOKIA_JAR: i.jolokia, CASSANDRA_MESOS_JVM_EXTRA_ARGS: ' -XX:TieredStopAtLevel=1  -Dx=y ' },
      i.sandbox,
    );
    expect(runtime).toEqual({
      javaHome: i.javaHome,
      cassandraHome: i.cassandraHome,
      cassandraLibDir: join(i.cassandraHome, 'lib'),
      jammJar: join(i.cassandraHome, 'lib', 'jamm-0.4.0.jar'),
      jolokiaAgentJar: i.jolokia,
      extraJvmArgs: ['-XX:TieredStopAtLevel=1', '-Dx=y'],
      logLevel: 'info',
    });
  });

  it('finds artifacts Mesos fetched into the sandbox', () => {
    const i = fakeInstall();
    const sandbox = join(i.sandbox, '..');
    const runtime = readExecutorRuntime({ JAVA_HOME: i.javaHome }, sandbox);
    expect(runtime.cassandraHome).toBe(i.cassandraHome);
    expect(runtime.jolokiaAgentJar).toBe(i.jolokia);
  });

  it('lists every problem, naming the variable to set', () => {
    const i = fakeInstall();
    let error: unknown;
    try {
      readExecutorRuntime(
        { CASSANDRA_MESOS_JAVA_HOME: '/nowhere', CASSANDRA_MESOS_CASSANDRA_HOME: i.javaHome, CASSANDRA_MESOS_JVM_EXTRA_ARGS: 'oops', CASSANDRA_MESOS_EXECUTOR_LOG_LEVEL: 'loud' },
        i.sandbox,
      );
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ExecutorRuntimeError);
    const problems = (error as ExecutorRuntimeError).problems;
    expect(problems).toEqual([
      'CASSANDRA_MESOS_JAVA_HOME=/nowhere is not a JDK 17 home: /nowhere/bin/java does not exist',
      `CASSANDRA_MESOS_CASSANDRA_HOME=${i.javaHome} is not a Cassandra home: ${i.javaHome}/lib does not exist`,
      'CASSANDRA_MESOS_JOLOKIA_JAR is not set and no jolokia-agent-jvm-*-javaagent.jar is in the sandbox: set it to the Jolokia JVM agent jar',
      'CASSANDRA_MESOS_EXECUTOR_LOG_LEVEL=loud is not one of trace, debug, info, warn, error, fatal',
      "CASSANDRA_MESOS_JVM_EXTRA_ARGS may only hold JVM flags (each starting with '-'); 'oops' is not one",
    ]);
  });
});
