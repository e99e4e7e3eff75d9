// Prepares a container (sandbox, persistent volumes, fetched URIs) and starts its process with the
// executor environment and CommandInfo's shell semantics.
import { join } from 'node:path';
import type { mesos } from '@cassandra-mesos/model';
import type { EnvironmentInputs } from './sandbox';
import { createSandbox, executorEnvironment } from './sandbox';
import type { Fetcher } from './fetcher';
import { SupervisedProcess } from './supervised-process';
import { linkVolume, persistentVolumes } from './volumes';

type CommandInfo = mesos.v1.CommandInfo.$Properties;
type Resource = mesos.v1.Resource.$Properties;

export interface ContainerInputs {
  workDir: string;
  sandbox: string;
  fetcher: Fetcher;
  uris: CommandInfo['uris'];
  /** Evaluated once the sandbox exists, so that tasks queued meanwhile get their volumes too. */
  resources: () => readonly Resource[];
}

/** Creates the sandbox, links persistent volumes and fetches the URIs. Throws with a readable message. */
export async function prepareContainer(c: ContainerInputs): Promise<void> {
  await createSandbox(c.sandbox);
  linkVolumes(c.workDir, c.sandbox, c.resources());
  await c.fetcher.fetchAll(c.uris ?? [], c.sandbox);
}

export function linkVolumes(
  workDir: string,
  sandbox: string,
  resources: readonly Resource[] | null | undefined,
): void {
  for (const v of persistentVolumes(resources)) linkVolume(workDir, sandbox, v);
}

/** shell=true (default): /bin/sh -c value, arguments ignored; shell=false: exec value with arguments (argv[0] first). */
export function commandLine(command: CommandInfo): { file: string; args: string[]; argv0?: string } {
  const value = command.value ?? '';
  if (command.shell !== false) return { file: '/bin/sh', args: ['-c', value] };
  const args = command.arguments ?? [];
  return { file: value, args: args.slice(1), argv0: args[0] ?? value };
}

export function startProcess(
  command: CommandInfo,
  sandbox: string,
  env: EnvironmentInputs,
): SupervisedProcess {
  return new SupervisedProcess({
    ...commandLine(command),
    cwd: sandbox,
    env: executorEnvironment(env),
    stdoutPath: join(sandbox, 'stdout'),
    stderrPath: join(sandbox, 'stderr'),
  });
}
