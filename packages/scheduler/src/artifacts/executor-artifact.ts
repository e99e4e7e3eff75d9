// Which executor tarball the executors fetch and how they are started. When the operator names no
// executor URI, the scheduler serves the tarball it ships with (cassandra-mesos-scheduler/artifacts/)
// and tells each executor to fetch it from the scheduler's own API port.
import { readdirSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { ARTIFACTS_PATH } from './artifact-router';

export const ARTIFACT_DIR_ENV = 'CASSANDRA_MESOS_ARTIFACT_DIR';
export const ARTIFACT_DIR_DESCRIPTION =
  'Directory whose files the scheduler serves at /v1/artifacts/<name> on its API port. Default: `artifacts/` of the scheduler tarball. When CASSANDRA_MESOS_EXECUTOR_URI is empty and the directory holds one cassandra-mesos-executor-<version>.tar.gz, every executor fetches that tarball from the scheduler.';

/** What the agent runs in the sandbox once it has unpacked the executor tarball. */
export const EXECUTOR_TARBALL_COMMAND = 'cassandra-mesos-executor/bin/cassandra-mesos-executor';
const EXECUTOR_COMMAND_ENV = 'CASSANDRA_MESOS_EXECUTOR_COMMAND';
const EXECUTOR_TARBALL = /^cassandra-mesos-executor-[0-9A-Za-z._-]+\.tar\.gz$/;
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]']);

export class ArtifactSetupError extends Error {
  readonly code = 'ARTIFACT_SETUP_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'ArtifactSetupError';
  }
}

/**
 * $CASSANDRA_MESOS_ARTIFACT_DIR (it must exist), else `<installDir>/artifacts` (it may not: then
 * nothing is served). installDir is the parent of the scheduler's code: the unpacked tarball's
 * cassandra-mesos-scheduler/ for lib/scheduler.js, packages/scheduler for dist/main.js.
 */
export function resolveArtifactDir(env: Readonly<Record<string, string | undefined>>, installDir: string): string {
  const configured = env[ARTIFACT_DIR_ENV]?.trim();
  if (!configured) return join(installDir, 'artifacts');
  const directory = resolve(configured);
  let isDirectory = false;
  try {
    isDirectory = statSync(directory).isDirectory();
  } catch {
    isDirectory = false;
  }
  if (!isDirectory) {
    throw new ArtifactSetupError(`${ARTIFACT_DIR_ENV}=${configured} is not a directory (${directory}): create it, or unset ${ARTIFACT_DIR_ENV} to serve ${join(installDir, 'artifacts')}`);
  }
  return directory;
}

/** The one cassandra-mesos-executor-<version>.tar.gz in the directory; undefined when there is none. */
export function findExecutorTarball(directory: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const tarballs = names.filter((n) => EXECUTOR_TARBALL.test(n) && statSync(join(directory, n)).isFile()).sort();
  if (tarballs.length > 1) {
    throw new ArtifactSetupError(
      `${directory} holds ${tarballs.length} executor tarballs (${tarballs.join(', ')}) and the scheduler cannot tell which to serve: keep one, or set CASSANDRA_MESOS_EXECUTOR_URI to the one the executors should fetch`,
    );
  }
  return tarballs[0];
}

/**
 * The host agents reach the scheduler at: the API address when it is a specific one, else Marathon's
 * HOST (the agent the scheduler runs on), else this machine's host name.
 */
export function advertisedHost(apiHost: string, env: Readonly<Record<string, string | undefined>>, osHostname: () => string = hostname): string {
  if (!WILDCARD_HOSTS.has(apiHost)) return apiHost;
  return env['HOST']?.trim() || osHostname();
}

export function artifactUri(host: string, port: number, name: string): string {
  const authority = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `http://${authority}:${port}${ARTIFACTS_PATH}/${encodeURIComponent(name)}`;
}

export interface ExecutorArtifactInput {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The directory above the scheduler's code (see resolveArtifactDir). */
  readonly installDir: string;
  /** The configuration's executor URI (CASSANDRA_MESOS_EXECUTOR_URI); when set, nothing is served for it. */
  readonly configuredExecutorUri: string;
  /** The parsed CASSANDRA_MESOS_EXECUTOR_COMMAND (its default when unset). */
  readonly executorCommand: string;
  readonly apiHost: string;
  readonly apiPort: number;
  readonly osHostname?: () => string;
}

export interface ExecutorArtifactPlan {
  /** Serve this directory at ARTIFACTS_PATH. */
  readonly artifactDir: string;
  /** The served tarball's URI, for LaunchSettings.servedExecutorUri; unset when nothing is served. */
  readonly servedExecutorUri?: string;
  /** For LaunchSettings.executorCommand. */
  readonly executorCommand: string;
  /** One sentence for the startup log: where executors come from. */
  readonly summary: string;
}

/**
 * Decides the executor's URI and command. An explicit CASSANDRA_MESOS_EXECUTOR_COMMAND always wins;
 * otherwise an executor that comes as a tarball (served or configured) runs the tarball's launcher.
 * Throws ArtifactSetupError (a configuration error) for a missing explicit directory or an ambiguous one.
 */
export function planExecutorArtifact(input: ExecutorArtifactInput): ExecutorArtifactPlan {
  const artifactDir = resolveArtifactDir(input.env, input.installDir);
  const tarball = input.configuredExecutorUri ? undefined : findExecutorTarball(artifactDir);
  const servedExecutorUri = tarball ? artifactUri(advertisedHost(input.apiHost, input.env, input.osHostname), input.apiPort, tarball) : undefined;
  const explicitCommand = Boolean(input.env[EXECUTOR_COMMAND_ENV]?.trim());
  const fromTarball = servedExecutorUri !== undefined || input.configuredExecutorUri !== '';
  const executorCommand = !explicitCommand && fromTarball ? EXECUTOR_TARBALL_COMMAND : input.executorCommand;
  let summary: string;
  if (input.configuredExecutorUri) summary = `executors fetch the executor from ${input.configuredExecutorUri}`;
  else if (servedExecutorUri) summary = `executors fetch the executor from this scheduler: ${servedExecutorUri}`;
  else summary = `no executor tarball to serve in ${artifactDir} and CASSANDRA_MESOS_EXECUTOR_URI is empty: the executor must already be on every agent`;
  return { artifactDir, ...(servedExecutorUri ? { servedExecutorUri } : {}), executorCommand, summary };
}
