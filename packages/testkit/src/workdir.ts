import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { currentSession } from './process/markers';
import { workRoot } from './paths';

/** A fresh directory for one component instance: <work root>/<session>/<label>-<random>. */
export function freshDir(label: string, root: string = workRoot()): string {
  const dir = join(root, currentSession(), `${label}-${randomBytes(3).toString('hex')}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}
