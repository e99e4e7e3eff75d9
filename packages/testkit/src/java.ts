import type { Runtime } from './runtime';

/** Flags every testkit JVM gets: quick start (C1 only), no hsperfdata files, no heap dumps in cwd, a name in `ps`. */
export function commonJvmArgs(opts: { name: string; tmpDir: string; heapDumpDir: string }): string[] {
  return [
    '-XX:TieredStopAtLevel=1',
    '-XX:+PerfDisableSharedMem',
    '-XX:+HeapDumpOnOutOfMemoryError',
    `-XX:HeapDumpPath=${opts.heapDumpDir}`,
    '-Djava.net.preferIPv4Stack=true',
    `-Djava.io.tmpdir=${opts.tmpDir}`,
    `-Dcassandra-mesos.testkit.name=${opts.name.replace(/\s+/g, '-')}`,
  ];
}

/** The environment for a testkit JVM: JAVA_HOME pinned to the runtime's JDK 17. */
export function javaEnv(runtime: Runtime): Record<string, string> {
  return { JAVA_HOME: runtime.java.home };
}

/** `<dir>/*` — a classpath wildcard for all jars in a lib dir. */
export function libClasspath(libDir: string): string {
  return `${libDir}/*`;
}
