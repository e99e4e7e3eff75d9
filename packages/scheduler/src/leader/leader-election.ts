// Only the elected leader talks to Mesos and writes state. A leadership *term* starts with `elected`
// and ends with `lost`; its AbortSignal aborts first, synchronously, so everything started under the
// term (offers, launches, writes, jobs) can stop at once. A term that ended never comes back: the
// candidacy is over (`ended`), and the scheduler joins again with a new election (usually: it exits
// and Marathon restarts it, which also drops any state it kept in memory).
import { EventEmitter } from 'node:events';

/** What a leader tells the others about itself (stored in its election znode; never secrets). */
export interface LeaderInfo {
  /** Host name or address where its API answers. */
  readonly host: string;
  readonly apiPort: number;
  readonly pid: number;
  readonly startedAtMs: number;
  /** Scheduler release, when known. */
  readonly version?: string;
}

/** The fields of LeaderInfo that are stored; anything else on the object is dropped before storing. */
export const LEADER_INFO_FIELDS = ['host', 'apiPort', 'pid', 'startedAtMs', 'version'] as const satisfies ReadonlyArray<keyof LeaderInfo>;

export type LeadershipEndReason =
  /** ZooKeeper expired the session (or it is presumed expired: no server reachable for the session timeout). */
  | 'session-expired'
  /** The ZooKeeper connection the election uses was closed. */
  | 'session-closed'
  /** No round trip to ZooKeeper succeeded for most of the session timeout: the session may be gone. */
  | 'connection-lost'
  /** The election znode was deleted (by an operator, or with the session). */
  | 'candidate-deleted'
  /** The embedded store's lock file no longer names this process. */
  | 'lock-lost'
  /** stop() was called. */
  | 'resigned';

export class LeadershipLostError extends Error {
  override readonly name = 'LeadershipLostError';
  readonly code = 'LEADERSHIP_LOST';
  constructor(
    readonly reason: LeadershipEndReason,
    readonly detail: string,
  ) {
    super(`leadership ended (${reason}): ${detail}`);
  }
}

export interface LeadershipTerm {
  /** Unique per term (the election znode's name, or the lock's token). */
  readonly id: string;
  readonly electedAtMs: number;
  readonly info: LeaderInfo;
  /** Aborts with a LeadershipLostError the moment the term ends. */
  readonly signal: AbortSignal;
  /** ZooKeeper only: the election znode; pass the term as the store's write fence. */
  readonly candidatePath?: string;
}

export interface LeaderElectionEvents {
  elected: [LeadershipTerm];
  /** The term ended (only after `elected`); the term's signal has already aborted. */
  lost: [LeadershipLostError];
  /** The candidacy is over, whether it ever led or not (after `lost` when it led). */
  ended: [LeadershipLostError];
}

export interface LeaderElection {
  /** Joins the election; `elected` follows when (if ever) this candidate leads. */
  start(): Promise<void>;
  readonly isLeader: boolean;
  /** The current term, while leading. */
  readonly term: LeadershipTerm | undefined;
  /** Who leads now (any candidate can tell), or undefined when nobody does. */
  currentLeader(): Promise<LeaderInfo | undefined>;
  /** Resolves with the term once elected; rejects when the candidacy ends first or `signal` aborts. */
  waitUntilElected(signal?: AbortSignal): Promise<LeadershipTerm>;
  /** Leaves the election (ending the term if leading) and lets a standby take over. */
  stop(): Promise<void>;
  on<E extends keyof LeaderElectionEvents>(event: E, listener: (...args: LeaderElectionEvents[E]) => void): this;
  off<E extends keyof LeaderElectionEvents>(event: E, listener: (...args: LeaderElectionEvents[E]) => void): this;
}

/** Copies only the stored fields, checking them, so nothing else (and no secret) ends up in the znode. */
export function storedLeaderInfo(info: LeaderInfo): LeaderInfo {
  if (info.host === '') throw new RangeError('leader info: host is empty');
  if (!Number.isInteger(info.apiPort) || info.apiPort < 0 || info.apiPort > 65_535) throw new RangeError(`leader info: apiPort ${info.apiPort} is not a port`);
  if (!Number.isInteger(info.pid) || info.pid <= 0) throw new RangeError(`leader info: pid ${info.pid} is not a pid`);
  const picked: Record<string, unknown> = {};
  for (const field of LEADER_INFO_FIELDS) if (info[field] !== undefined) picked[field] = info[field];
  return picked as unknown as LeaderInfo;
}

type State = 'idle' | 'candidate' | 'leader' | 'ended';

/** Term bookkeeping shared by the ZooKeeper and the local election. */
export abstract class BaseLeaderElection extends EventEmitter<LeaderElectionEvents> implements LeaderElection {
  protected state: State = 'idle';
  private current: { term: LeadershipTerm; controller: AbortController } | undefined;
  private endError: LeadershipLostError | undefined;

  protected constructor(readonly info: LeaderInfo) {
    super();
  }

  abstract start(): Promise<void>;
  abstract currentLeader(): Promise<LeaderInfo | undefined>;
  abstract stop(): Promise<void>;

  get isLeader(): boolean {
    return this.state === 'leader';
  }

  get term(): LeadershipTerm | undefined {
    return this.current?.term;
  }

  waitUntilElected(signal?: AbortSignal): Promise<LeadershipTerm> {
    if (this.current) return Promise.resolve(this.current.term);
    if (this.endError) return Promise.reject(this.endError);
    return new Promise((resolve, reject) => {
      const cleanup = (): void => {
        this.off('elected', onElected);
        this.off('ended', onEnded);
        signal?.removeEventListener('abort', onAbort);
      };
      const onElected = (term: LeadershipTerm): void => {
        cleanup();
        resolve(term);
      };
      const onEnded = (err: LeadershipLostError): void => {
        cleanup();
        reject(err);
      };
      const onAbort = (): void => {
        cleanup();
        reject(signal?.reason instanceof Error ? signal.reason : new Error('waitUntilElected aborted'));
      };
      if (signal?.aborted) return onAbort();
      this.on('elected', onElected);
      this.on('ended', onEnded);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Starts a term and announces it. */
  protected beginTerm(id: string, candidatePath?: string): LeadershipTerm {
    const controller = new AbortController();
    const term: LeadershipTerm = { id, electedAtMs: Date.now(), info: this.info, signal: controller.signal, candidatePath };
    this.current = { term, controller };
    this.state = 'leader';
    this.emit('elected', term);
    return term;
  }

  /**
   * Ends the candidacy: aborts the term's signal first (so work under it stops before anything else
   * runs), then emits `lost` (if leading) and `ended`. Returns false when it had already ended.
   */
  protected finish(reason: LeadershipEndReason, detail: string): boolean {
    if (this.state === 'ended') return false;
    const error = new LeadershipLostError(reason, detail);
    const leading = this.current;
    this.state = 'ended';
    this.current = undefined;
    this.endError = error;
    if (leading) {
      leading.controller.abort(error);
      this.emit('lost', error);
    }
    this.emit('ended', error);
    return true;
  }
}
