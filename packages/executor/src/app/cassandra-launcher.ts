// Starts the Cassandra JVM of a server task: renders the node's files from the task (model's
// renderServer), writes them into the sandbox, makes up the Jolokia credentials (written 0600 for
// the agent, kept in memory for our client, never sent or logged) and starts `java … CassandraDaemon`
// under the process supervisor.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CassandraJmx } from '@cassandra-mesos/cassandra-jmx';
import { CassandraConfigError, renderJolokiaAgentProperties, renderServer, type RenderedServer } from '@cassandra-mesos/model';
import type { cassandra_mesos } from '@cassandra-mesos/model';
import { SupervisedProcess, ProcessStartError } from '../process/supervisor';
import { ServerStartError } from '../server/runner';
import type { ExecutorRuntime } from './runtime-env';

/** The user name of the Jolokia agent's basic auth; the password is new for every start. */
export const JOLOKIA_USER = 'cassandra-mesos';

/** Where a node's files live in the sandbox. */
export function sandboxLayout(sandbox: string) {
  const home = join(sandbox, 'cassandra');
  return {
    sandbox,
    confDir: join(home, 'conf'),
    logDir: join(home, 'logs'),
    tmpDir: join(home, 'tmp'),
    jolokiaConfigFile: join(home, 'conf', 'jolokia.properties'),
    /** stdout and stderr of the JVM (WARN and above; system.log is in logDir). */
    stdoutLog: join(home, 'logs', 'stdout.log'),
  };
}

export interface StartedCassandra {
  readonly process: SupervisedProcess;
  readonly jmx: CassandraJmx;
  readonly jolokiaUrl: string;
  readonly rendered: RenderedServer;
}

export interface TaskResources {
  readonly memMb: number;
  readonly cpus: number;
}

/** Renders the config for `server` (throws ServerStartError INVALID_TASK when it cannot be rendered). */
export function renderForTask(server: cassandra_mesos.v1.IServerTask, resources: TaskResources, sandbox: string, runtime: ExecutorRuntime): RenderedServer {
  const layout = sandboxLayout(sandbox);
  try {
    return renderServer({
      config: server.config ?? {},
      taskMemMb: resources.memMb,
      layout: { sandbox, confDir: layout.confDir, logDir: layout.logDir, tmpDir: layout.tmpDir, jolokiaConfigFile: layout.jolokiaConfigFile },
      runtime: { jolokiaAgentJar: runtime.jolokiaAgentJar, jammJar: runtime.jammJar, cassandraLibDir: runtime.cassandraLibDir },
      ...(resources.cpus > 0 ? { availableProcessors: resources.cpus } : {}),
    });
  } catch (err) {
    if (err instanceof CassandraConfigError) throw new ServerStartError('INVALID_TASK', `the task's Cassandra configuration cannot be used: ${err.message}`);
    throw err;
  }
}

/** Writes the rendered files (each atomically) and creates the node's directories. */
export function writeNodeFiles(rendered: RenderedServer, sandbox: string, configId: string): void {
  const layout = sandboxLayout(sandbox);
  try {
    const { root, data, commitlog, savedCaches, hints, cdcRaw } = rendered.directories;
    for (const dir of [layout.confDir, layout.logDir, layout.tmpDir, root, data, commitlog, savedCaches, hints, cdcRaw]) mkdirSync(dir, { recursive: true });
    chmodSync(layout.confDir, 0o700);
    for (const [name, content] of Object.entries(rendered.files)) writeAtomically(join(layout.confDir, name), content, 0o644);
    writeAtomically(join(layout.confDir, 'config-id'), `${configId}\n`, 0o644);
  } catch (err) {
    throw new ServerStartError('CONFIG_WRITE_FAILED', `cannot write the node's files under ${sandbox}: ${(err as Error).message}`);
  }
}

export async function startCassandra(
  server: cassandra_mesos.v1.IServerTask,
  resources: TaskResources,
  sandbox: string,
  runtime: ExecutorRuntime,
): Promise<StartedCassandra> {
  const rendered = renderForTask(server, resources, sandbox, runtime);
  writeNodeFiles(rendered, sandbox, server.configId ?? '');
  const layout = sandboxLayout(sandbox);
  const password = randomBytes(24).toString('base64url');
  try {
    writeAtomically(layout.jolokiaConfigFile, renderJolokiaAgentProperties({ user: JOLOKIA_USER, password }), 0o600);
  } catch (err) {
    throw new ServerStartError('CONFIG_WRITE_FAILED', `cannot write the Jolokia credentials file ${layout.jolokiaConfigFile}: ${(err as Error).message}`);
  }

  let child: SupervisedProcess;
  try {
    child = await SupervisedProcess.start({
      command: join(runtime.javaHome, 'bin', 'java'),
      args: [...runtime.extraJvmArgs, ...rendered.jvmArgs],
      cwd: sandbox,
      env: { JAVA_HOME: runtime.javaHome, PATH: `${join(runtime.javaHome, 'bin')}:/usr/bin:/bin`, LANG: 'C.UTF-8' },
      logFile: layout.stdoutLog,
      watchdogName: 'cassandra-mesos-watchdog',
    });
  } catch (err) {
    if (err instanceof ProcessStartError) throw new ServerStartError('START_FAILED', err.message);
    throw err;
  }
  const jmx = new CassandraJmx({
    url: rendered.jolokia.url,
    credentials: { username: JOLOKIA_USER, password },
    nodeName: `${server.config?.listenAddress ?? rendered.jolokia.host} (pid ${child.pid})`,
    timeoutMs: 10_000,
  });
  return { process: child, jmx, jolokiaUrl: rendered.jolokia.url, rendered };
}

function writeAtomically(path: string, content: string, mode: number): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content, { mode });
  chmodSync(tmp, mode);
  renameSync(tmp, path);
}
