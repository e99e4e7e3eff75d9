// ExecutorMetadata: the facts about its host an executor reports to the scheduler (reply to a
// MetadataRequest). A fact that cannot be found is left empty and its reason returned in `problems`
// for the caller to log: one missing fact must not cost the scheduler all the others.
import { cassandra_mesos } from '@cassandra-mesos/model';
import { dirname, join } from 'node:path';
import { nodeHostPorts, type HostPorts } from './host';
import { cassandraVersionFromJarNames, parseJavaVersion } from './versions';

export interface MetadataSources {
  readonly executorId: string;
  /** The address the node will use. */
  readonly ip: string;
  readonly sandbox: string;
  /** Where Cassandra keeps its data (may not exist yet: the nearest existing parent is measured). */
  readonly dataPath: string;
  /** JAVA_HOME of the JVM that runs Cassandra. */
  readonly javaHome: string;
  /** Cassandra's directory, holding lib/ (.runtime/cassandra-<version> or an unpacked tarball). */
  readonly cassandraHome: string;
  /** The executor's package.json; default the one this code ships in. */
  readonly executorPackageJson?: string;
}

export interface CollectedMetadata {
  readonly metadata: cassandra_mesos.v1.ExecutorMetadata;
  /** Why a field is empty, one sentence each. */
  readonly problems: readonly string[];
}

export const JAVA_VERSION_TIMEOUT_MS = 15_000;

// src/metadata/ and dist/metadata/ both sit two levels below the package root.
const OWN_PACKAGE_JSON = join(__dirname, '..', '..', 'package.json');

export async function collectExecutorMetadata(sources: MetadataSources, host: HostPorts = nodeHostPorts): Promise<CollectedMetadata> {
  const problems: string[] = [];
  const attempt = async <T>(fact: () => Promise<T>, empty: T): Promise<T> => {
    try {
      return await fact();
    } catch (err) {
      problems.push(errorText(err));
      return empty;
    }
  };
  const [hostname, freeBytes, javaVersion, cassandraVersion, executorVersion] = await Promise.all([
    attempt(() => Promise.resolve(host.hostname()), ''),
    attempt(() => freeBytesAt(host, sources.dataPath), 0),
    attempt(() => javaVersionOf(host, sources.javaHome), ''),
    attempt(() => cassandraVersionIn(host, sources.cassandraHome), ''),
    attempt(() => packageVersion(host, sources.executorPackageJson ?? OWN_PACKAGE_JSON), ''),
  ]);
  const metadata = cassandra_mesos.v1.ExecutorMetadata.create({
    executorId: sources.executorId,
    ip: sources.ip,
    hostname,
    sandbox: sources.sandbox,
    dataPathFreeBytes: freeBytes,
    javaVersion,
    cassandraVersion,
    executorVersion,
  });
  return { metadata, problems };
}

async function freeBytesAt(host: HostPorts, dataPath: string): Promise<number> {
  let path = dataPath;
  for (;;) {
    try {
      const s = await host.statfs(path);
      return s.bavail * s.bsize;
    } catch (err) {
      const parent = dirname(path);
      // The data directory is created at the first start: measure the file system it will live on.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' && parent !== path) {
        path = parent;
        continue;
      }
      throw new Error(`free space at ${dataPath}: statfs(${path}) failed: ${errorText(err)}`);
    }
  }
}

async function javaVersionOf(host: HostPorts, javaHome: string): Promise<string> {
  const java = join(javaHome, 'bin', 'java');
  let result;
  try {
    result = await host.run(java, ['-version'], JAVA_VERSION_TIMEOUT_MS);
  } catch (err) {
    throw new Error(`Java version: cannot run ${java} -version: ${errorText(err)}`);
  }
  const output = `${result.stderr}\n${result.stdout}`;
  const version = parseJavaVersion(output);
  if (result.code === 0 && version !== undefined) return version;
  const firstLine = output.trim().split('\n')[0] ?? '';
  const how = result.signal ? `was killed by ${result.signal} (timeout ${JAVA_VERSION_TIMEOUT_MS} ms?)` : `exited with code ${String(result.code)}`;
  throw new Error(
    version === undefined && result.code === 0
      ? `Java version: ${java} -version printed no 'version "…"' line: ${JSON.stringify(firstLine)}`
      : `Java version: ${java} -version ${how}: ${JSON.stringify(firstLine)}`,
  );
}

async function cassandraVersionIn(host: HostPorts, cassandraHome: string): Promise<string> {
  const lib = join(cassandraHome, 'lib');
  let names: string[];
  try {
    names = await host.readdir(lib);
  } catch (err) {
    throw new Error(`Cassandra version: cannot list ${lib}: ${errorText(err)}`);
  }
  const found = cassandraVersionFromJarNames(names);
  if ('version' in found) return found.version;
  throw new Error(`Cassandra version: ${lib} has ${found.error}`);
}

async function packageVersion(host: HostPorts, file: string): Promise<string> {
  let version: unknown;
  try {
    version = (JSON.parse(await host.readFile(file)) as { version?: unknown }).version;
  } catch (err) {
    throw new Error(`executor version: cannot read ${file}: ${errorText(err)}`);
  }
  if (typeof version !== 'string' || version === '') throw new Error(`executor version: ${file} has no "version"`);
  return version;
}

/** The message of an Error (also one from another realm, as Node's own errors are under jest). */
function errorText(err: unknown): string {
  if (typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string') return (err as { message: string }).message;
  return String(err);
}
