// Leader election with ZooKeeper's recipe: every candidate creates an ephemeral sequential znode under
// `<base>/leader`; the lowest sequence leads; every other candidate watches only the candidate just
// before it (no herd: one leaving wakes one watcher), and on a change looks again: it leads only if it
// is now the lowest. A leader's znode goes with its session, so a standby takes over when the leader
// closes, crashes or is cut off for longer than the session timeout.
//
// A leader stops acting at once when:
//  - its session ends: `session-expired` (expired, or presumed expired), `session-closed` (closed here);
//  - its znode is deleted: `candidate-deleted`;
//  - no round trip to ZooKeeper succeeded for LEASE_FRACTION of the session timeout, counted from when
//    the last successful one was *sent*: `connection-lost`. The server cannot expire the session (and
//    so elect a standby) before a full session timeout after it last heard from us, which is no earlier
//    than that send, so this ends the term before any standby can be elected (the library alone may
//    not notice a silent network partition for minutes).
import { randomBytes } from 'node:crypto';
import zookeeper from 'node-zookeeper-client';
import type { Logger } from 'pino';
import { frameworkBasePath } from '../state/keys';
import { SessionEndedError, type ZooKeeperConnection } from '../state/zookeeper/connection';
import { StateUnavailableError } from '../state/errors';
import { CANDIDATE_PREFIX, encodeLeaderInfo, readLeader, sortCandidates } from './candidates';
import { BaseLeaderElection, storedLeaderInfo, type LeaderInfo } from './leader-election';

export interface ZooKeeperLeaderElectionOptions {
  readonly connection: ZooKeeperConnection;
  readonly frameworkName: string;
  readonly info: LeaderInfo;
  readonly logger?: Logger;
}

/** A term lasts at most this fraction of the session timeout past the last successful round trip. */
const LEASE_FRACTION = 0.8;
/** The leader proves its session this many times per session timeout. */
const PROBES_PER_SESSION_TIMEOUT = 4;
/** After a failed look at the candidates (e.g. while disconnected), look again after this long. */
const RECHECK_AFTER_ERROR_MS = 1_000;

/** The election znode's parent for a framework, chroot included. */
export function electionPath(connection: ZooKeeperConnection, frameworkName: string): string {
  return `${connection.address.chroot}${frameworkBasePath(frameworkName)}/leader`;
}

export class ZooKeeperLeaderElection extends BaseLeaderElection {
  private readonly connection: ZooKeeperConnection;
  private readonly path: string;
  private readonly token = randomBytes(8).toString('hex');
  private readonly logger: Logger | undefined;
  private ownName: string | undefined;
  private checking = false;
  private checkAgain = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private probeTimer: NodeJS.Timeout | undefined;
  private deadlineTimer: NodeJS.Timeout | undefined;
  private probing = false;
  private lastProofSentAt = 0;
  private readonly watcher = (): void => this.scheduleCheck();
  private readonly onSessionEnded = (): void => {
    const reason: unknown = this.connection.sessionEnded.reason;
    const closed = reason instanceof SessionEndedError && reason.how === 'closed';
    this.end(closed ? 'session-closed' : 'session-expired', reason instanceof Error ? reason.message : 'the ZooKeeper session ended');
  };
  private readonly onReconnected = (): void => this.scheduleCheck();

  constructor(options: ZooKeeperLeaderElectionOptions) {
    super(storedLeaderInfo(options.info));
    this.connection = options.connection;
    this.path = electionPath(options.connection, options.frameworkName);
    this.logger = options.logger;
  }

  private get isOver(): boolean {
    return this.state === 'ended';
  }

  /** The election znode, once created. */
  get candidatePath(): string | undefined {
    return this.ownName === undefined ? undefined : `${this.path}/${this.ownName}`;
  }

  async start(): Promise<void> {
    if (this.state !== 'idle') throw new Error('this election was already started; create a new one to run again');
    if (this.connection.sessionEnded.aborted) throw this.connection.sessionEnded.reason as Error;
    this.state = 'candidate';
    this.connection.sessionEnded.addEventListener('abort', this.onSessionEnded, { once: true });
    this.connection.on('reconnected', this.onReconnected);
    try {
      await this.connection.mkdirp(this.path);
      this.ownName = await this.createCandidate();
      this.logger?.info({ candidate: this.candidatePath }, 'joined the leader election');
      await this.check();
    } catch (err) {
      this.end('resigned', `joining the election failed: ${err instanceof Error ? err.message : String(err)}`);
      throw err;
    }
  }

  currentLeader(): Promise<LeaderInfo | undefined> {
    return readLeader(this.connection, this.path);
  }

  async stop(): Promise<void> {
    if (this.state === 'idle') this.state = 'ended';
    const candidate = this.candidatePath;
    if (!this.end('resigned', 'stop() was called') || candidate === undefined) return;
    await this.removeCandidate(candidate);
  }

  private async createCandidate(): Promise<string> {
    const prefix = `${this.path}/${CANDIDATE_PREFIX}${this.token}-`;
    try {
      const created = await this.connection.create(prefix, encodeLeaderInfo(this.info), zookeeper.CreateMode.EPHEMERAL_SEQUENTIAL);
      return created.slice(this.path.length + 1);
    } catch (err) {
      // The answer may have been lost while the create happened: find it by our token.
      if (!(err instanceof StateUnavailableError) || this.connection.sessionEnded.aborted) throw err;
      const mine = sortCandidates(await this.connection.getChildren(this.path)).find((c) => c.token === this.token);
      if (mine === undefined) throw err;
      return mine.name;
    }
  }

  private scheduleCheck(): void {
    this.check().catch((err: unknown) => {
      if (this.state === 'ended') return;
      this.logger?.warn({ err }, 'could not look at the election candidates; trying again');
      clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(() => this.scheduleCheck(), RECHECK_AFTER_ERROR_MS);
    });
  }

  /** Looks at the candidates; runs one at a time, and once more if asked while running. */
  private async check(): Promise<void> {
    if (this.checking) {
      this.checkAgain = true;
      return;
    }
    this.checking = true;
    try {
      do {
        this.checkAgain = false;
        await this.checkOnce();
      } while (this.checkAgain && this.state !== 'ended');
    } finally {
      this.checking = false;
    }
  }

  private async checkOnce(): Promise<void> {
    if (this.state === 'ended' || this.ownName === undefined) return;
    const sentAt = Date.now();
    const candidates = sortCandidates(await this.connection.getChildren(this.path));
    if (this.isOver) return; // ended while we waited
    const index = candidates.findIndex((c) => c.name === this.ownName);
    if (index === -1) {
      this.end('candidate-deleted', `its election znode ${this.candidatePath} is gone`);
      return;
    }
    // Sequence numbers only grow, so a leader stays the lowest: nothing to do when already leading.
    if (this.state === 'leader') return;
    const predecessor = candidates[index - 1];
    if (predecessor === undefined) {
      this.lead(sentAt);
      return;
    }
    const stat = await this.connection.exists(`${this.path}/${predecessor.name}`, this.watcher);
    if (stat === undefined) this.checkAgain = true; // it left between listing and watching
  }

  private lead(proofSentAt: number): void {
    const candidate = this.candidatePath as string;
    this.lastProofSentAt = proofSentAt;
    // Watch our own znode: its deletion ends the term without waiting for the next probe.
    this.connection.exists(candidate, this.watcher).catch(() => undefined);
    const sessionTimeout = this.connection.sessionTimeoutMs;
    this.probeTimer = setInterval(() => void this.probe(candidate), Math.max(50, Math.floor(sessionTimeout / PROBES_PER_SESSION_TIMEOUT)));
    this.armDeadline();
    this.logger?.info({ candidate }, 'elected leader');
    this.beginTerm(this.ownName as string, candidate);
  }

  private async probe(candidate: string): Promise<void> {
    if (this.probing || this.state !== 'leader') return;
    this.probing = true;
    const sentAt = Date.now();
    try {
      const stat = await this.connection.exists(candidate);
      if (stat === undefined) {
        this.end('candidate-deleted', `its election znode ${candidate} is gone`);
        return;
      }
      this.lastProofSentAt = Math.max(this.lastProofSentAt, sentAt);
      this.armDeadline();
    } catch {
      // No answer: the deadline decides.
    } finally {
      this.probing = false;
    }
  }

  private armDeadline(): void {
    clearTimeout(this.deadlineTimer);
    if (this.state === 'ended') return;
    const lease = Math.floor(this.connection.sessionTimeoutMs * LEASE_FRACTION);
    this.deadlineTimer = setTimeout(
      () => this.end('connection-lost', `no answer from ZooKeeper for ${lease} ms (${LEASE_FRACTION * 100}% of the session timeout); the session may be gone`),
      this.lastProofSentAt + lease - Date.now(),
    );
  }

  /** Ends the candidacy; returns false when it had already ended. */
  private end(reason: Parameters<BaseLeaderElection['finish']>[0], detail: string): boolean {
    clearInterval(this.probeTimer);
    clearTimeout(this.deadlineTimer);
    clearTimeout(this.retryTimer);
    this.connection.sessionEnded.removeEventListener('abort', this.onSessionEnded);
    this.connection.off('reconnected', this.onReconnected);
    const wasLeader = this.state === 'leader';
    if (!this.finish(reason, detail)) return false;
    if (wasLeader) this.logger?.error({ reason, detail }, 'leadership lost');
    const candidate = this.candidatePath;
    // Give the candidacy up so a standby can take over, if our session (and so our znode) still lives.
    if (reason !== 'resigned' && reason !== 'candidate-deleted' && candidate !== undefined) void this.removeCandidate(candidate);
    return true;
  }

  private async removeCandidate(candidate: string): Promise<void> {
    if (this.connection.sessionEnded.aborted) return;
    await this.connection.remove(candidate, -1).catch(() => undefined);
  }
}
