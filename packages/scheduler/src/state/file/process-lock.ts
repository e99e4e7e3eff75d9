// One scheduler per embedded state directory. The lock is a file naming its holder (pid, host, process
// start time, a random token). It is created with link(2) from a fully written temp file, which fails
// if the lock exists, so there is never a moment where the lock exists half written.
//
// A lock whose holder is gone (same host, pid not running, or the pid now belongs to a process that
// started later) is stale and is broken: renamed away, then re-read to make sure what was moved is the
// stale lock and not a new holder's (if it is, it is linked back). A holder re-reads its lock file every
// few seconds; if the file no longer names it, `lost` aborts and the store refuses writes, so even the
// narrow race of two processes breaking the same stale lock ends with at most one writer.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { StateLockedError } from '../errors';
import { errorCode, syncDirectories } from './value-file';

export interface LockOwner {
  readonly pid: number;
  readonly hostname: string;
  /** Start time of the holder process in clock ticks since boot (Linux), to tell a reused pid apart. */
  readonly processStartTime?: string;
  readonly acquiredAtMs: number;
  /** Identifies one acquisition. */
  readonly token: string;
}

export interface ProcessLockOptions {
  /** How often the holder re-reads its lock file; default 2 s. */
  readonly checkIntervalMs?: number;
}

const ACQUIRE_ATTEMPTS = 5;
/** A lock file that does not name us is re-read once after this long before the lock counts as lost. */
const RECHECK_DELAY_MS = 200;

/** The start time of a process (field 22 of /proc/<pid>/stat), or undefined where there is no /proc. */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain spaces: count fields after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function isRunning(owner: LockOwner): boolean {
  if (owner.hostname !== hostname()) return true; // another host (shared directory): cannot tell, assume it is
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    if (errorCode(err) === 'ESRCH') return false;
  }
  const startTime = processStartTime(owner.pid);
  return owner.processStartTime === undefined || startTime === undefined || startTime === owner.processStartTime;
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const o = JSON.parse(text) as Partial<LockOwner>;
    if (typeof o.pid === 'number' && typeof o.hostname === 'string' && typeof o.token === 'string' && typeof o.acquiredAtMs === 'number') {
      return o as LockOwner;
    }
  } catch {
    // not JSON: reported as unreadable below
  }
  return undefined;
}

/** The owner named by a lock file; undefined when there is no file; throws when it is unreadable. */
async function readOwner(file: string): Promise<LockOwner | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return undefined;
    throw err;
  }
  const owner = parseOwner(text);
  if (owner === undefined) {
    throw new StateLockedError(file, undefined, `lock file ${file} is unreadable; if no scheduler uses this state directory, delete it`);
  }
  return owner;
}

function describeOwner(owner: LockOwner): string {
  const self = owner.pid === process.pid && owner.hostname === hostname() ? ' (this process)' : '';
  return `scheduler pid ${owner.pid}${self} on host ${owner.hostname} since ${new Date(owner.acquiredAtMs).toISOString()}`;
}

export class ProcessLock {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private released = false;

  private constructor(
    readonly file: string,
    readonly owner: LockOwner,
    checkIntervalMs: number,
  ) {
    this.timer = setInterval(() => void this.verify(), checkIntervalMs);
    this.timer.unref();
  }

  /** Aborts (with a StateLockedError) when the lock file stops naming this holder. */
  get lost(): AbortSignal {
    return this.controller.signal;
  }

  /** Takes the lock at `file`, breaking it if its holder is gone; throws StateLockedError naming a live holder. */
  static async acquire(file: string, options: ProcessLockOptions = {}): Promise<ProcessLock> {
    const owner: LockOwner = {
      pid: process.pid,
      hostname: hostname(),
      processStartTime: processStartTime(process.pid),
      acquiredAtMs: Date.now(),
      token: randomBytes(12).toString('hex'),
    };
    const temp = `${file}.${owner.token}.tmp`;
    await writeFile(temp, `${JSON.stringify(owner)}\n`, { mode: 0o600, flush: true });
    try {
      for (let attempt = 1; attempt <= ACQUIRE_ATTEMPTS; attempt++) {
        try {
          await link(temp, file);
          await syncDirectories([dirname(file)]);
          return new ProcessLock(file, owner, options.checkIntervalMs ?? 2_000);
        } catch (err) {
          if (errorCode(err) !== 'EEXIST') throw err;
        }
        const holder = await readOwner(file);
        if (holder === undefined) continue; // released meanwhile
        if (isRunning(holder)) {
          throw new StateLockedError(
            file,
            holder.pid,
            `embedded state in ${dirname(file)} is in use by ${describeOwner(holder)}; stop that scheduler or give this one another state directory`,
          );
        }
        await breakStaleLock(file, holder);
      }
      throw new StateLockedError(file, undefined, `could not take the lock ${file}: other processes keep taking it; is another scheduler starting?`);
    } finally {
      await rm(temp, { force: true });
    }
  }

  /** Re-reads the lock file; aborts `lost` when it no longer names this holder. Resolves with whether it is held. */
  async verify(): Promise<boolean> {
    if (this.released || this.lost.aborted) return false;
    if (await this.fileNamesUs()) return true;
    // A racing process breaking a stale lock may have moved ours away for a moment before linking it back.
    await new Promise((r) => setTimeout(r, RECHECK_DELAY_MS));
    if (this.released || this.lost.aborted) return false;
    let now: LockOwner | undefined;
    try {
      now = await readOwner(this.file);
    } catch {
      now = undefined;
    }
    if (now?.token === this.owner.token) return true;
    clearInterval(this.timer);
    const by = now === undefined ? 'it was deleted' : `it now names ${describeOwner(now)}`;
    this.controller.abort(new StateLockedError(this.file, now?.pid, `lost the lock ${this.file}: ${by}; this scheduler must stop writing state`));
    return false;
  }

  /** Deletes the lock file if it still names this holder. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    clearInterval(this.timer);
    if (await this.fileNamesUs()) await rm(this.file, { force: true });
  }

  private async fileNamesUs(): Promise<boolean> {
    try {
      return (await readOwner(this.file))?.token === this.owner.token;
    } catch {
      return false;
    }
  }
}

async function breakStaleLock(file: string, stale: LockOwner): Promise<void> {
  const moved = `${file}.stale-${randomBytes(6).toString('hex')}`;
  try {
    await rename(file, moved);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return;
    throw err;
  }
  let what: LockOwner | undefined;
  try {
    what = await readOwner(moved);
  } catch {
    what = undefined;
  }
  if (what !== undefined && what.token !== stale.token) {
    // Someone took the lock between our read and our rename: give it back (unless yet another process took it).
    await link(moved, file).catch((err: unknown) => {
      if (errorCode(err) !== 'EEXIST') throw err;
    });
  }
  await rm(moved, { force: true });
}
