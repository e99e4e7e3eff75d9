// Local mode: one scheduler per embedded state directory, guaranteed by the store's process lock, so
// the scheduler that holds the lock is the leader from start() on. The term ends when the lock is lost
// (its file no longer names this process) or on stop().
import type { ProcessLock } from '../state/file/process-lock';
import { BaseLeaderElection, storedLeaderInfo, type LeaderInfo } from './leader-election';

export interface LocalLeaderElectionOptions {
  /** The lock of the embedded state store (FileStateStore.lock). */
  readonly lock: ProcessLock;
  readonly info: LeaderInfo;
}

export class LocalLeaderElection extends BaseLeaderElection {
  private readonly lock: ProcessLock;
  private readonly onLockLost = (): void => {
    const reason: unknown = this.lock.lost.reason;
    this.finish('lock-lost', reason instanceof Error ? reason.message : `lost the lock ${this.lock.file}`);
  };

  constructor(options: LocalLeaderElectionOptions) {
    super(storedLeaderInfo(options.info));
    this.lock = options.lock;
  }

  start(): Promise<void> {
    if (this.state !== 'idle') return Promise.reject(new Error('this election was already started; create a new one to run again'));
    if (this.lock.lost.aborted) {
      this.finish('lock-lost', `the lock ${this.lock.file} was already lost`);
      return Promise.reject(this.lock.lost.reason as Error);
    }
    this.state = 'candidate';
    this.lock.lost.addEventListener('abort', this.onLockLost, { once: true });
    this.beginTerm(this.lock.owner.token);
    return Promise.resolve();
  }

  currentLeader(): Promise<LeaderInfo | undefined> {
    return Promise.resolve(this.isLeader ? this.info : undefined);
  }

  stop(): Promise<void> {
    this.lock.lost.removeEventListener('abort', this.onLockLost);
    if (this.state === 'idle') this.state = 'ended';
    this.finish('resigned', 'stop() was called');
    return Promise.resolve();
  }
}
