import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findMarkedProcesses } from '../process/markers';

/**
 * Keeps the work dirs of the `keep` most recent sessions (for post-mortems) and deletes older ones,
 * never one whose session still has a live process.
 */
export function pruneWorkDirs(root: string, keep = 10): string[] {
  let entries: Array<{ name: string; mtime: number }>;
  try {
    entries = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => ({ name: d.name, mtime: statSync(join(root, d.name)).mtimeMs }));
  } catch {
    return [];
  }
  const live = new Set(findMarkedProcesses().map((p) => p.marker.session));
  const removed: string[] = [];
  for (const e of entries.sort((a, b) => b.mtime - a.mtime).slice(keep)) {
    if (live.has(e.name)) continue;
    rmSync(join(root, e.name), { recursive: true, force: true });
    removed.push(e.name);
  }
  return removed;
}
