// Persistent volumes: a disk resource with disk.persistence.id and disk.volume.container_path is a
// directory of the agent, <workDir>/volumes/roles/<role>/<persistence id>, that outlives sandboxes and
// executors. It appears in the sandbox at <sandbox>/<container_path> as a symlink (as Mesos does without
// a mount namespace).
import { lstatSync, mkdirSync, readlinkSync, symlinkSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import type { mesos } from '@cassandra-mesos/model';

type Resource = mesos.v1.Resource.$Properties;

export interface PersistentVolume {
  role: string;
  persistenceId: string;
  containerPath: string;
}

export function persistentVolumes(resources: readonly Resource[] | null | undefined): PersistentVolume[] {
  const volumes: PersistentVolume[] = [];
  for (const r of resources ?? []) {
    const id = r.disk?.persistence?.id;
    const containerPath = r.disk?.volume?.container_path;
    if (r.name !== 'disk' || !id || !containerPath) continue;
    volumes.push({ role: resourceRole(r), persistenceId: id, containerPath });
  }
  return volumes;
}

function resourceRole(r: Resource): string {
  const reservations = r.reservations ?? [];
  const last = reservations[reservations.length - 1];
  return last?.role || r.role || '*';
}

export function volumePath(workDir: string, v: PersistentVolume): string {
  // A hierarchical role ("a/b") must not nest directories: its '/' is replaced.
  return join(workDir, 'volumes', 'roles', v.role.replace(/\//g, ' '), v.persistenceId);
}

/** Creates the volume directory if needed and links it into the sandbox. Throws on a bad container path. */
export function linkVolume(workDir: string, sandbox: string, v: PersistentVolume): string {
  if (isAbsolute(v.containerPath))
    throw new Error(`volume container path '${v.containerPath}' must be relative`);
  const target = normalize(join(sandbox, v.containerPath));
  if (!target.startsWith(sandbox + sep))
    throw new Error(`volume container path '${v.containerPath}' leaves the sandbox`);
  const source = volumePath(workDir, v);
  mkdirSync(source, { recursive: true, mode: 0o755 });
  mkdirSync(dirname(target), { recursive: true });
  const existing = linkTarget(target);
  if (existing === source) return target;
  if (existing !== undefined) throw new Error(`'${v.containerPath}' already exists in the sandbox`);
  symlinkSync(source, target, 'dir');
  return target;
}

function linkTarget(path: string): string | undefined {
  try {
    const st = lstatSync(path);
    return st.isSymbolicLink() ? readlinkSync(path) : '';
  } catch {
    return undefined;
  }
}
