import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The repository root (the directory holding scripts/setup-runtime.sh), or undefined when testkit runs elsewhere. */
export function findRepoRoot(from: string = __dirname): string | undefined {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'scripts', 'setup-runtime.sh')) && existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Where setup-runtime.sh installed the components: $CASSANDRA_MESOS_RUNTIME_DIR or <repo>/.runtime. */
export function runtimeDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CASSANDRA_MESOS_RUNTIME_DIR;
  if (fromEnv) return resolve(fromEnv);
  const root = findRepoRoot();
  if (!root) throw new Error('testkit: cannot find the repository root; set CASSANDRA_MESOS_RUNTIME_DIR to the directory setup-runtime.sh installed into');
  return join(root, '.runtime');
}

/** Scratch root for process directories: $CASSANDRA_MESOS_WORK_DIR, <repo>/.work (git-ignored), or the OS temp dir. */
export function workRoot(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CASSANDRA_MESOS_WORK_DIR;
  if (fromEnv) return resolve(fromEnv);
  const root = findRepoRoot();
  return root ? join(root, '.work', 'testkit') : join(tmpdir(), 'cassandra-mesos-testkit');
}
