import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runtimeDir } from './paths';

/** The shape of .runtime/runtime.json written by scripts/setup-runtime.sh (schemaVersion 1). */
export interface Runtime {
  readonly runtimeDir: string;
  readonly java: { readonly home: string; readonly bin: string; readonly version: string };
  readonly cassandra: { readonly version: string; readonly home: string; readonly libDir: string; readonly jammJar: string; readonly mainClass: string };
  readonly jolokia: { readonly version: string; readonly agentJar: string };
  readonly zookeeper: { readonly version: string; readonly home: string; readonly libDir: string; readonly mainClass: string };
  readonly s3proxy: { readonly version: string; readonly home: string; readonly libDir: string; readonly mainClass: string };
}

export class RuntimeNotInstalledError extends Error {
  override readonly name = 'RuntimeNotInstalledError';
}

const SETUP_HINT = 'run `bash scripts/setup-runtime.sh` at the repository root (it installs Java 17, Cassandra, Jolokia, ZooKeeper and s3proxy into .runtime/)';

/** Validates parsed runtime.json content; throws naming the first missing field. */
export function parseRuntime(json: unknown, source: string): Runtime {
  const need = (path: string): string => {
    let v: unknown = json;
    for (const key of path.split('.')) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
    if (typeof v !== 'string' || v === '') throw new RuntimeNotInstalledError(`testkit: ${source} has no '${path}'; ${SETUP_HINT}`);
    return v;
  };
  const schema = typeof json === 'object' && json !== null ? (json as Record<string, unknown>).schemaVersion : undefined;
  if (schema !== 1) throw new RuntimeNotInstalledError(`testkit: ${source} has schemaVersion ${String(schema)}, expected 1; ${SETUP_HINT}`);
  return {
    runtimeDir: need('runtimeDir'),
    java: { home: need('java.home'), bin: need('java.bin'), version: need('java.version') },
    cassandra: {
      version: need('cassandra.version'),
      home: need('cassandra.home'),
      libDir: need('cassandra.libDir'),
      jammJar: need('cassandra.jammJar'),
      mainClass: need('cassandra.mainClass'),
    },
    jolokia: { version: need('jolokia.version'), agentJar: need('jolokia.agentJar') },
    zookeeper: { version: need('zookeeper.version'), home: need('zookeeper.home'), libDir: need('zookeeper.libDir'), mainClass: need('zookeeper.mainClass') },
    s3proxy: { version: need('s3proxy.version'), home: need('s3proxy.home'), libDir: need('s3proxy.libDir'), mainClass: need('s3proxy.mainClass') },
  };
}

/** Reads <runtime dir>/runtime.json; a clear error tells how to install it when it is missing. */
export function loadRuntime(dir: string = runtimeDir()): Runtime {
  const file = join(dir, 'runtime.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new RuntimeNotInstalledError(`testkit: ${file} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${String(code)})`}; ${SETUP_HINT}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new RuntimeNotInstalledError(`testkit: ${file} is not valid JSON (${(err as Error).message}); ${SETUP_HINT}`);
  }
  return parseRuntime(json, file);
}
