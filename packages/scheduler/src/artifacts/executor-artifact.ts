// Which executor tarball the executors fetch. When the operator names no executor URI, the scheduler
// serves the tarball it ships with (cassandra-mesos-scheduler/artifacts/) and tells each executor to
// fetch it from the scheduler's own API port; the default CASSANDRA_MESOS_EXECUTOR_COMMAND runs its
// launcher.
import { readdirSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { ARTIFACTS_PATH } from './artifact-router';

const ARTIFACT_DIR_ENV = 'CASSANDRA_MESOS_ARTIFACT_DIR';
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
 * CASSANDRA_MESOS_ARTIFACT_DIR (it must exist), else `<installDir>/artifacts` (it may not: then
 * nothing is served). installDir is the parent of the scheduler's code: the unpacked tarball's
 * cassandra-mesos-scheduler/ for lib/scheduler.js, packages/scheduler for dist/main.js.
 */
export function resolveArtifactDir(configuredDir: string, installDir: string): string {
  const configured = configuredDir.trim();
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
  /** CASSANDRA_MESOS_ARTIFACT_DIR ('' = the default). */
  readonly artifactDir: string;
  /** The directory above the scheduler's code (see resolveArtifactDir). */
  readonly installDir: string;
  /** The configuration's executor URI (CASSANDRA_MESOS_EXECUTOR_URI); when set, nothing is served for it. */
  readonly configuredExecutorUri: string;
  readonly apiHost: string;
  readonly apiPort: number;
  /** For Marathon's HOST (the agent this scheduler runs on). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly osHostname?: () => string;
}

export interface ExecutorArtifactPlan {
  /** Serve this directory at ARTIFACTS_PATH. */
  readonly artifactDir: string;
  /** The served tarball's URI, for LaunchSettings.servedExecutorUri; unset when nothing is served. */
  readonly servedExecutorUri?: string;
  /** One sentence for the startup log: where executors come from. */
  readonly summary: string;
}

/**
 * Decides where executors fetch the executor from. Throws ArtifactSetupError (a configuration error)
 * for a missing explicit directory or an ambiguous one.
 */
export function planExecutorArtifact(input: ExecutorArtifactInput): ExecutorArtifactPlan {
  const artifactDir = resolveArtifactDir(input.artifactDir, input.installDir);
  const tarball = input.configuredExecutorUri ? undefined : findExecutorTarball(artifactDir);
  const servedExecutorUri = tarball ? artifactUri(advertisedHost(input.apiHost, input.env, input.osHostname), input.apiPort, tarball) : undefined;
  let summary: string;
  if (input.configuredExecutorUri) summary = `executors fetch the executor from ${input.configuredExecutorUri}`;
  else if (servedExecutorUri) summary = `executors fetch the executor from this scheduler: ${servedExecutorUri}`;
  else summary = `no executor tarball to serve in ${artifactDir} and CASSANDRA_MESOS_EXECUTOR_URI is empty: CASSANDRA_MESOS_EXECUTOR_COMMAND must start an executor installed on every agent`;
  return { artifactDir, ...(servedExecutorUri ? { servedExecutorUri } : {}), summary };
}
