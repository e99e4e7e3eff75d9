// The baseline of the health-check bench: Cassandra's own nodetool, a fresh JVM per read that connects
// over JMX/RMI — how operators, the original framework's QA report and DC/OS's readiness check read a
// node. Started the way bin/nodetool starts it, minus the shell (so the figure is, if anything, low).
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Runtime } from '@cassandra-mesos/testkit';

/** Where a JMX client connects and how it authenticates (the password stays in the 0600 file). */
export interface JmxEndpoint {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  /** nodetool's -pwf file ("<user> <password>", mode 0600). */
  readonly passwordFile: string;
}

export interface ToolRun {
  readonly elapsedMs: number;
  readonly stdout: string;
}

export class BenchSetupError extends Error {
  override readonly name = 'BenchSetupError';
}

// conf/jvm17-clients.options of Cassandra 5.0: what bin/nodetool passes on JDK 17.
const JDK17_CLIENT_ARGS: readonly string[] = [
  '-Djdk.attach.allowAttachSelf=true',
  ...[
    'java.base/jdk.internal.misc',
    'java.base/jdk.internal.ref',
    'java.base/sun.nio.ch',
    'java.management.rmi/com.sun.jmx.remote.internal.rmi',
    'java.rmi/sun.rmi.registry',
    'java.rmi/sun.rmi.server',
    'java.sql/java.sql',
    'jdk.unsupported/sun.misc',
    'jdk.compiler/com.sun.tools.javac.file',
    'jdk.attach/sun.tools.attach',
  ].map((p) => `--add-exports=${p}=ALL-UNNAMED`),
  ...[
    'java.base/java.lang.module',
    'java.base/jdk.internal.loader',
    'java.base/jdk.internal.ref',
    'java.base/jdk.internal.reflect',
    'java.base/jdk.internal.math',
    'java.base/jdk.internal.module',
    'java.base/jdk.internal.util.jar',
    'jdk.management/com.sun.management.internal',
    'java.base/sun.nio.ch',
    'java.base/java.io',
    'java.base/java.util.concurrent',
    'java.base/java.util',
    'java.base/java.util.concurrent.atomic',
    'java.base/java.lang',
    'java.base/java.math',
    'jdk.compiler/com.sun.tools.javac',
    'java.base/java.lang.reflect',
    'java.base/java.net',
  ].map((p) => `--add-opens=${p}=ALL-UNNAMED`),
];

// Like Cassandra's conf/logback-tools.xml: warnings and errors to stderr, nothing else. Without a
// configuration logback logs DEBUG to stdout, which would both slow nodetool down and garble its output.
const TOOLS_LOGBACK = `<configuration>
  <appender name="STDERR" class="ch.qos.logback.core.ConsoleAppender">
    <target>System.err</target>
    <encoder><pattern>%-5level %date{HH:mm:ss.SSS} %msg%n</pattern></encoder>
  </appender>
  <root level="WARN"><appender-ref ref="STDERR" /></root>
</configuration>
`;

/** Inherited variables that would silently change how a JVM starts (and so the figure). */
const SCRUBBED_ENV = ['JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS', 'JDK_JAVA_OPTIONS', 'CLASSPATH'];

function javaEnv(runtime: Runtime): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, JAVA_HOME: runtime.java.home };
  for (const name of SCRUBBED_ENV) delete env[name];
  return env;
}

/** Runs a program to completion; rejects with its output when it fails, times out or is aborted. */
export function runTool(
  command: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; timeoutMs: number; signal: AbortSignal; what: string },
): Promise<ToolRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      {
        env: options.env,
        timeout: options.timeoutMs,
        killSignal: 'SIGKILL',
        signal: options.signal,
        maxBuffer: 4 << 20,
      },
      (error, stdout, stderr) => {
        const elapsedMs = performance.now() - started;
        if (error === null) {
          resolve({ elapsedMs, stdout });
          return;
        }
        const why = options.signal.aborted
          ? 'aborted'
          : error.killed
            ? `killed after ${options.timeoutMs} ms`
            : `exit code ${String(error.code)}`;
        const output = `${stdout}\n${stderr}`.trim().split('\n').slice(-20).join('\n');
        reject(new BenchSetupError(`${options.what} failed (${why}):\n${output}`));
      },
    );
  });
}

/**
 * testkit starts Cassandra without its RMI JMX connector (no cassandra.jmx.*.port: Jolokia does not
 * need one), so start the JDK's management agent inside the running JVM through the attach API
 * (`jcmd <pid> ManagementAgent.start`): loopback only, no TLS, password authentication with a
 * read-only role — the same kind of access the Jolokia side has. Cassandra registers its MBeans in
 * the platform MBean server, which is what this agent exports, so nodetool sees everything.
 */
export async function startJmxAgent(
  runtime: Runtime,
  options: {
    pid: number;
    host: string;
    port: number;
    user: string;
    password: string;
    dir: string;
    signal: AbortSignal;
  },
): Promise<JmxEndpoint> {
  if (!/^\S+$/.test(options.user) || !/^\S+$/.test(options.password))
    throw new BenchSetupError(
      'JMX user and password must be non-empty without whitespace (the password file is "user password")',
    );
  mkdirSync(options.dir, { recursive: true });
  const passwordFile = join(options.dir, 'jmxremote.password');
  const accessFile = join(options.dir, 'jmxremote.access');
  // Same format, two files: the JDK agent rewrites its file with salted hashes on the first login,
  // after which it is useless as nodetool's -pwf file.
  const clientPasswordFile = join(options.dir, 'nodetool.password');
  // The JDK agent refuses a password file that others can read; 'wx' guarantees a fresh 0600 file.
  for (const file of [passwordFile, clientPasswordFile])
    writeFileSync(file, `${options.user} ${options.password}\n`, { mode: 0o600, flag: 'wx' });
  writeFileSync(accessFile, `${options.user} readonly\n`, { mode: 0o600, flag: 'wx' });
  const jcmd = join(runtime.java.home, 'bin', 'jcmd');
  const run = await runTool(
    jcmd,
    [
      String(options.pid),
      'ManagementAgent.start',
      `jmxremote.host=${options.host}`,
      `jmxremote.port=${options.port}`,
      // One port for the registry and the connector, so nothing else needs to be free or reachable.
      `jmxremote.rmi.port=${options.port}`,
      'jmxremote.ssl=false',
      'jmxremote.registry.ssl=false',
      'jmxremote.authenticate=true',
      `jmxremote.password.file=${passwordFile}`,
      `jmxremote.access.file=${accessFile}`,
      'jmxremote.autodiscovery=false',
    ],
    {
      env: javaEnv(runtime),
      timeoutMs: 60_000,
      signal: options.signal,
      what: `jcmd ${options.pid} ManagementAgent.start`,
    },
  );
  // jcmd exits 0 even when the diagnostic command itself threw; the exception is in its output.
  if (/Exception|Error/.test(run.stdout))
    throw new BenchSetupError(
      `jcmd ${options.pid} ManagementAgent.start did not start the JMX agent:\n${run.stdout.trim()}`,
    );
  return { host: options.host, port: options.port, user: options.user, passwordFile: clientPasswordFile };
}

/** `java … org.apache.cassandra.tools.NodeTool -h … -p … -u … -pwf … <command…>` as bin/nodetool builds it. */
export function nodetoolCommand(
  runtime: Runtime,
  endpoint: JmxEndpoint,
  toolDir: string,
  command: readonly string[],
): { command: string; args: string[] } {
  return {
    command: runtime.java.bin,
    args: [
      `-javaagent:${runtime.cassandra.jammJar}`,
      '-ea',
      '-cp',
      `${toolDir}:${runtime.cassandra.libDir}/*`,
      ...JDK17_CLIENT_ARGS,
      '-Xmx128m',
      '-XX:ParallelGCThreads=1',
      `-Dcassandra.storagedir=${toolDir}`,
      `-Dlogback.configurationFile=${join(toolDir, 'logback-tools.xml')}`,
      // nodetool appends every command to ~/.cassandra/nodetool.history: keep it in the scratch dir.
      `-Duser.home=${toolDir}`,
      'org.apache.cassandra.tools.NodeTool',
      '-h',
      endpoint.host,
      '-p',
      String(endpoint.port),
      '-u',
      endpoint.user,
      '-pwf',
      endpoint.passwordFile,
      ...command,
    ],
  };
}

/** Prepares nodetool's scratch dir (logback configuration, history) and returns a runner for `command`. */
export function nodetoolRunner(
  runtime: Runtime,
  endpoint: JmxEndpoint,
  toolDir: string,
  command: readonly string[],
): (signal: AbortSignal) => Promise<ToolRun> {
  mkdirSync(toolDir, { recursive: true });
  writeFileSync(join(toolDir, 'logback-tools.xml'), TOOLS_LOGBACK);
  const cmd = nodetoolCommand(runtime, endpoint, toolDir, command);
  const env = javaEnv(runtime);
  return (signal) =>
    runTool(cmd.command, cmd.args, {
      env,
      timeoutMs: 120_000,
      signal,
      what: `nodetool ${command.join(' ')}`,
    });
}

/** `nodetool info` output ("Key   : value" lines) as a map; lines without a colon are skipped. */
export function parseNodetoolInfo(stdout: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const match = /^([^:]+?)\s*:\s*(.*?)\s*$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) fields.set(match[1].trim(), match[2]);
  }
  return fields;
}
