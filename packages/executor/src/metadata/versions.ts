// Reading versions out of what the runtime components leave behind. Pure.

/**
 * The version in `java -version` output (printed on stderr), e.g. `openjdk version "17.0.15" 2025-04-15`
 * → "17.0.15". Lines such as "Picked up JAVA_TOOL_OPTIONS: …" may come first.
 */
export function parseJavaVersion(output: string): string | undefined {
  return /^(?:openjdk|java) version "([^"]+)"/m.exec(output)?.[1];
}

// Maven Central's server jar (what scripts/setup-runtime.sh installs) and the Apache tarball's.
const CASSANDRA_JAR = /^(?:cassandra-all|apache-cassandra)-(\d+\.\d+(?:\.\d+)?(?:-[A-Za-z0-9.]+)?)\.jar$/;

/**
 * The Cassandra release from the file names in its lib directory: `cassandra-all-5.0.9.jar` or
 * `apache-cassandra-5.0.9.jar`. Several different releases → an error naming them.
 */
export function cassandraVersionFromJarNames(names: readonly string[]): { readonly version: string } | { readonly error: string } {
  const versions = [...new Set(names.map((n) => CASSANDRA_JAR.exec(n)?.[1]).filter((v): v is string => v !== undefined))];
  if (versions.length === 1 && versions[0] !== undefined) return { version: versions[0] };
  if (versions.length === 0) return { error: 'no cassandra-all-<version>.jar or apache-cassandra-<version>.jar' };
  return { error: `jars of several releases (${versions.sort().join(', ')})` };
}
